"""Printing metrics: one JSON object, or a rich table."""

from __future__ import annotations

import json
from typing import Any

from rich.table import Table

ORDER = ("tool_reliability", "success_rate", "pass_hat_k", "avg_tokens", "cost_reduction",
         "avg_response_time", "time_savings", "avg_tool_calls", "unsafe_action_rate", "lowest_kind_success", "success_by_kind",
         "episodes")


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, sort_keys=True, default=str))


def shown_ks(ks: list[str]) -> list[str]:
    """The k of pass^k a table shows: every one up to four trials, else the powers of two and
    the last (--trials 50 printed fifty rows; --json keeps them all)."""
    if len(ks) <= 4:
        return ks
    last = max(ks, key=int)
    return [k for k in ks if int(k) & (int(k) - 1) == 0 and k != last] + [last]


def value_text(name: str, value: Any) -> str:
    """One metric's value as a table cell (pass^k and per-kind values one per line)."""
    if name == "pass_hat_k":
        return "\n".join(f"k={k}: {value[k]:.3f}" for k in shown_ks(list(value)))
    if isinstance(value, dict):
        return "\n".join(f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def metrics_table(metrics: dict[str, Any], title: str, criteria: dict[str, float] | None = None) -> Table:
    return splits_table({"Value": metrics}, title, criteria)


def splits_table(columns: dict[str, dict[str, Any]], title: str, criteria: dict[str, float] | None = None) -> Table:
    """Metrics of one or more evaluations side by side (e.g. test and natural), with targets."""
    table = Table(title=title)
    table.add_column("Metric")
    for label in columns:
        table.add_column(label, justify="right")
    table.add_column("Target", justify="right")
    criteria = criteria or {}
    first = next(iter(columns.values()))
    names = [n for n in ORDER if n in first] + [n for n in first if n not in ORDER]
    for name in names:
        cells = [value_text(name, metrics.get(name, "")) for metrics in columns.values()]
        target = ""
        if name in criteria:
            oks = [float(metrics[name]) >= criteria[name] for metrics in columns.values() if name in metrics]
            target = f"{'[green]pass' if all(oks) else '[red]fail'} >= {criteria[name]}"
        table.add_row(name, *cells, target)
    return table


def perturbations_table(base: dict[str, Any], perturbed: dict[str, dict[str, Any]], title: str) -> Table:
    """One row per perturbation beside the unperturbed tasks: success, its change, reliability, pass^k."""
    table = Table(title=title)
    for column in ("Tasks", "success", "change", "reliability", "pass^k"):
        table.add_column(column, justify="left" if column == "Tasks" else "right")

    def row(label: str, metrics: dict[str, Any], change: str) -> None:
        passes = metrics.get("pass_hat_k") or {}
        last = f"k={max(passes, key=int)}: {passes[max(passes, key=int)]:.3f}" if passes else ""
        table.add_row(label, f"{metrics['success_rate']:.3f}", change, f"{metrics['tool_reliability']:.3f}", last)

    row("unperturbed", base, "")
    for name, metrics in perturbed.items():
        row(name, metrics, f"{metrics['success_rate'] - base['success_rate']:+.3f}")
    return table


def print_metrics(metrics: dict[str, Any], title: str, criteria: dict[str, float] | None = None) -> None:
    from agentgym.cli.tables import print_table

    print_table(metrics_table(metrics, title, criteria))
