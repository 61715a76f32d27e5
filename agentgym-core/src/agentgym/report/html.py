"""One self-contained HTML page: inline CSS, plots as base64 PNG data URIs, no scripts.

It opens from disk, offline, in any browser and can be mailed as a single file.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any

from agentgym.report.breakdown import TypeRow
from agentgym.report.build import Report, RunReport
from agentgym.report.evaluate import REFERENCES
from agentgym.report.plots import CURVES

ORDER = ("tool_reliability", "success_rate", "pass_hat_k", "avg_tokens", "cost_reduction",
         "avg_response_time", "time_savings", "avg_tool_calls", "unsafe_action_rate", "episodes")
PROVENANCE = ("scenario", "status", "seed", "training_seconds", "episodes_completed", "updates",
              "env_steps", "convergence_episode", "meets_target", "weights_sha256")

STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto;
       max-width: 1100px; color: #1f2328; background: #fff; line-height: 1.4; }
h1 { font-size: 1.6rem; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; font-size: .9rem; }
th, td { border: 1px solid #d0d7de; padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: #1a7f37; font-weight: 600; } .fail { color: #cf222e; font-weight: 600; }
.note { background: #fff8c5; border: 1px solid #d4a72c; padding: .5rem .8rem; }
.plots { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 1rem; }
figure { margin: 0; } figure img { width: 100%; height: auto; border: 1px solid #d0d7de; }
pre { background: #f6f8fa; padding: .6rem; overflow-x: auto; font-size: .8rem; }
"""


def _number(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return escape(str(value))
    if isinstance(value, float):
        return f"{value:.3f}"
    return escape(str(value))


def flatten(metrics: Mapping[str, Any]) -> dict[str, Any]:
    """``pass_hat_k`` {"1": .9, ...} becomes rows ``pass^1``, ...; the rest keeps ORDER."""
    names = [n for n in ORDER if n in metrics] + sorted(n for n in metrics if n not in ORDER)
    flat: dict[str, Any] = {}
    for name in names:
        value = metrics[name]
        if isinstance(value, Mapping):
            flat.update({f"pass^{k}" if name == "pass_hat_k" else f"{name}.{k}": v for k, v in value.items()})
        else:
            flat[name] = value
    return flat


def marked(value: Any, target: float | None) -> str:
    """A metric cell, with a pass/fail mark when the metric has a target."""
    text = _number(value)
    if target is None or value is None:
        return f'<td class="num">{text}</td>'
    ok = float(value) >= target
    mark = '<span class="pass">&#10003; pass</span>' if ok else '<span class="fail">&#10007; fail</span>'
    return f'<td class="num">{text} {mark}</td>'


def table(headers: Sequence[str], rows: Iterable[str], css: str) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def metrics_table(part: RunReport) -> str:
    """Trained policy against the criteria and against random and gold on the same tasks."""
    trained = flatten(part.test_metrics)
    references = {name: flatten(part.references[name]) for name in REFERENCES}
    rows = []
    for name, value in trained.items():
        target = part.criteria.get(name)
        cells = [marked(value, target)] + [marked(references[r].get(name), target) for r in REFERENCES]
        goal = f"&ge; {target:g}" if target is not None else ""
        rows.append(f"<tr><th>{escape(name)}</th><td>{goal}</td>{''.join(cells)}</tr>")
    headers = ["Metric", "Target", "Trained", *(f"{r} policy" for r in REFERENCES)]
    return table(headers, rows, "metrics")


def held_out_table(part: RunReport) -> str:
    """The test split beside the scenario's other held-out splits (e.g. hand-written tasks), as
    the run measured them; empty when the run has no other split."""
    extra = part.run.result.get("report_metrics") or {}
    if not extra:
        return ""
    columns = {"test": flatten(part.test_metrics), **{split: flatten(m) for split, m in extra.items()}}
    names = list(dict.fromkeys(name for flat in columns.values() for name in flat))
    rows = [f"<tr><th>{escape(name)}</th>" + "".join(marked(flat.get(name), part.criteria.get(name))
                                                    for flat in columns.values()) + "</tr>" for name in names]
    return ("<h3>Held-out splits</h3><p>Measured when the run ended; none of them was used for "
            "training, early stopping or choosing the saved policy.</p>"
            + table(["Metric", *columns], rows, "splits"))


def breakdown_table(rows: Sequence[TypeRow]) -> str:
    body = []
    for row in rows:
        wrong = "<br>".join(escape(w.label()) for w in row.wrong_calls) or "-"
        body.append(
            f"<tr><td>{escape(row.kind)}</td><td>{escape(row.outcome or '-')}</td>"
            f'<td class="num">{row.episodes}</td><td class="num">{row.success_rate:.3f}</td>'
            f'<td class="num">{row.tool_reliability:.3f}</td><td class="num">{row.avg_tool_calls:.2f}</td>'
            f"<td>{wrong}</td></tr>"
        )
    headers = ["Kind", "Outcome", "Episodes", "Success", "Tool reliability", "Avg tool calls",
               "Most frequent wrong calls (called \u2192 expected)"]
    return table(headers, body, "breakdown")


def comparison_table(parts: Sequence[RunReport]) -> str:
    """Several runs side by side on their test metrics (only when more than one is given)."""
    flats = [flatten(part.test_metrics) for part in parts]
    names = list(dict.fromkeys(name for flat in flats for name in flat))
    rows = []
    for name in names:
        cells = "".join(marked(flat.get(name), part.criteria.get(name)) for flat, part in zip(flats, parts, strict=True))
        rows.append(f"<tr><th>{escape(name)}</th>{cells}</tr>")
    return table(["Metric", *(part.run.label for part in parts)], rows, "comparison")


def key_values(data: Mapping[str, Any], css: str) -> str:
    rows = [f"<tr><th>{escape(str(k))}</th><td>{escape(_plain(v))}</td></tr>" for k, v in data.items()]
    return table(["Key", "Value"], rows, css)


def _plain(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)


def provenance(part: RunReport) -> str:
    result = part.run.result
    facts = {key: result.get(key) for key in PROVENANCE if key in result}
    facts["run_dir"] = str(part.run.path)
    if result.get("best_validation"):
        facts["best_validation"] = result["best_validation"]
    return (
        "<h3>Provenance</h3>" + key_values(facts, "provenance")
        + "<h4>Package versions</h4>" + key_values(result.get("versions", {}), "versions")
        + "<h4>Configuration</h4>" + key_values(result.get("config") or part.run.config, "config")
    )


def figures(plots: Mapping[str, bytes]) -> str:
    titles = {curve.name: curve.title for curve in CURVES}
    items = []
    for name, data in plots.items():
        uri = "data:image/png;base64," + base64.b64encode(data).decode("ascii")
        title = escape(titles.get(name, name))
        items.append(f'<figure id="plot-{escape(name)}"><img src="{uri}" alt="{title}"></figure>')
    return f'<div class="plots">{"".join(items)}</div>'


def run_section(index: int, part: RunReport) -> str:
    note = "" if part.reproduced else (
        '<p class="note">Replaying the saved policy on the test split did not reproduce the '
        "metrics in result.json (the scenario or its plugins changed since training?); the "
        "table shows result.json, the breakdown shows the replay.</p>"
    )
    return (
        f'<section id="run-{index}"><h2>{escape(part.run.label)}</h2>'
        f"<p>Scenario <code>{escape(part.run.scenario)}</code>; test split, "
        f"{_number(part.test_metrics.get('episodes'))} episodes. Random and gold ran on the same "
        "tasks with the same trial seeds.</p>"
        f"{note}<h3>Test metrics</h3>{metrics_table(part)}{held_out_table(part)}"
        f"<h3>By task type and outcome</h3>{breakdown_table(part.by_type)}"
        f"{provenance(part)}</section>"
    )


def render(report: Report) -> str:
    labels = ", ".join(part.run.label for part in report.runs)
    comparison = (
        f'<section id="comparison"><h2>Comparison</h2>{comparison_table(report.runs)}</section>'
        if len(report.runs) > 1 else ""
    )
    sections = "".join(run_section(i, part) for i, part in enumerate(report.runs, start=1))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>AgentGym report: {escape(labels)}</title><style>{STYLE}</style></head><body>"
        f"<h1>AgentGym run report</h1><p>Runs: {escape(labels)}. Generated {escape(report.created)}.</p>"
        f'<section id="curves"><h2>Learning curves</h2>'
        "<p>Solid: training batches (sampled actions). Dashed with dots: validation (greedy).</p>"
        f"{figures(report.plots)}</section>{comparison}{sections}</body></html>\n"
    )
