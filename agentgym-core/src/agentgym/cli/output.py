"""Printing metrics: one JSON object, or a rich table."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

ORDER = ("tool_reliability", "success_rate", "pass_hat_k", "avg_tokens", "cost_reduction",
         "avg_response_time", "time_savings", "avg_tool_calls", "episodes")


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, sort_keys=True, default=str))


def metrics_table(metrics: dict[str, Any], title: str, criteria: dict[str, float] | None = None) -> Table:
    table = Table(title=title)
    table.add_column("Metric")
    table.add_column("Value", justify="right")
    table.add_column("Target", justify="right")
    criteria = criteria or {}
    names = [n for n in ORDER if n in metrics] + [n for n in metrics if n not in ORDER]
    for name in names:
        value = metrics[name]
        if name == "pass_hat_k":
            text = "  ".join(f"k={k}: {v:.3f}" for k, v in value.items())
        elif isinstance(value, float):
            text = f"{value:.3f}"
        else:
            text = str(value)
        target = ""
        if name in criteria:
            ok = float(value) >= criteria[name]
            target = f"{'[green]pass' if ok else '[red]fail'} >= {criteria[name]}"
        table.add_row(name, text, target)
    return table


def print_metrics(metrics: dict[str, Any], title: str, criteria: dict[str, float] | None = None) -> None:
    Console().print(metrics_table(metrics, title, criteria))
