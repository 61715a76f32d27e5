"""Learning curves as PNG bytes, one figure per metric, every run overlaid.

Figures are drawn on matplotlib's Agg canvas directly (no pyplot): no global state, no
display needed, and nothing of matplotlib is imported until a plot is drawn.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from agentgym.report.runs import RunData

INSTALL_HINT = "pip install 'agentgym[report]'"


class PlottingUnavailable(RuntimeError):
    """matplotlib is not installed; the message says how to get it."""


@dataclass(frozen=True)
class Curve:
    """One figure: a title, the training key and (optionally) its validation key."""

    name: str
    title: str
    train_key: str
    validation_key: str | None = None
    rate: bool = False  # a share in [0, 1]: fixed axis, so runs and reports compare at a glance


CURVES = (
    Curve("mean_reward", "Mean reward per training batch", "mean_reward"),
    Curve("tool_reliability", "Tool reliability", "tool_reliability", "val_tool_reliability", rate=True),
    Curve("success", "Success rate", "success", "val_success", rate=True),
    Curve("entropy", "Policy entropy", "entropy"),
)


def require_matplotlib() -> None:
    """Fail early, with the install line, before any work is done."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise PlottingUnavailable(f"matplotlib is not installed; {INSTALL_HINT}") from None


def series(lines: Sequence[dict[str, Any]], key: str) -> tuple[list[float], list[float]]:
    """A curve's points (episodes, value) from metric lines; lines without the key are skipped.
    The report's figures and the dashboard's live charts both read curves through it."""
    points = [(float(line["episodes"]), float(line[key])) for line in lines if line.get(key) is not None]
    return [x for x, _ in points], [y for _, y in points]


def figure(curve: Curve, runs: Sequence[RunData]) -> Any:
    """One curve for every run (validation dashed, same colour) on an Agg canvas."""
    require_matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    drawn = Figure(figsize=(7.0, 3.6), dpi=100)
    FigureCanvasAgg(drawn)
    drawn.subplots_adjust(left=0.11, right=0.98, top=0.91, bottom=0.14)  # fixed: layout engines cost 2x
    axes = drawn.add_subplot()
    for index, run in enumerate(runs):
        colour = f"C{index % 10}"
        xs, ys = series(run.metrics, curve.train_key)
        suffix = " (train)" if curve.validation_key else ""
        axes.plot(xs, ys, color=colour, linewidth=1.6, label=f"{run.label}{suffix}")
        if curve.validation_key:
            vx, vy = series(run.metrics, curve.validation_key)
            if vx:
                axes.plot(vx, vy, color=colour, linestyle="--", marker="o", markersize=3.5,
                          linewidth=1.2, label=f"{run.label} (validation)")
    axes.set_title(curve.title)
    axes.set_xlabel("episodes")
    axes.set_ylabel(curve.train_key)
    if curve.rate:
        axes.set_ylim(-0.02, 1.02)
    axes.grid(True, alpha=0.3)
    axes.legend(fontsize="small", loc="best")
    return drawn


def png(drawn: Any) -> bytes:
    buffer = io.BytesIO()
    drawn.savefig(buffer, format="png")
    return buffer.getvalue()


def learning_curves(runs: Sequence[RunData]) -> dict[str, bytes]:
    """Every figure of the report, by file stem (``success`` -> ``success.png``)."""
    return {curve.name: png(figure(curve, runs)) for curve in CURVES}
