"""Assembling a report: load each run, replay its test split, run the references, plot.

Everything is computed in memory first and written last, each file atomically, so a
failure at any point leaves an existing report untouched.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from agentgym.artifacts import atomic_write_bytes, atomic_write_text
from agentgym.report.breakdown import TypeRow, breakdown
from agentgym.report.evaluate import REFERENCES, evaluate_reference, evaluate_trained
from agentgym.report.runs import RunData, load_run

DEFAULT_TRIALS = 4


@dataclass(frozen=True)
class RunReport:
    """One run's part of the report."""

    run: RunData
    replayed: dict[str, Any]
    references: dict[str, dict[str, Any]]
    by_type: list[TypeRow]

    @property
    def test_metrics(self) -> dict[str, Any]:
        return dict(self.run.result["test_metrics"])

    @property
    def criteria(self) -> dict[str, float]:
        return {name: float(value) for name, value in self.run.result["success_criteria"].items()}

    @property
    def reproduced(self) -> bool:
        """Whether replaying the saved policy gave result.json's test metrics again."""
        return _same(self.replayed, self.test_metrics)


@dataclass(frozen=True)
class Report:
    runs: list[RunReport]
    plots: dict[str, bytes]
    created: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)


def report_run(run: RunData, cache: dict[str, dict[str, dict[str, Any]]],
               stage: Callable[[str], None] = lambda label: None) -> RunReport:
    """Replay the run's test split; the references are shared by runs on the same scenario.
    ``stage(label)`` is told as each slow step starts."""
    trials = int(run.config.get("trials", DEFAULT_TRIALS))
    stage(f"replaying {run.path.name} on test")
    scenario, tasks, trained = evaluate_trained(run.path, "test", trials)
    key = json.dumps([scenario.name, scenario.options, trials], sort_keys=True, default=str)
    stage(f"random and gold policies on {scenario.name}")
    if key not in cache:
        cache[key] = {name: evaluate_reference(scenario, tasks, trials, name).metrics for name in REFERENCES}
    return RunReport(run, trained.metrics, cache[key], breakdown(scenario, tasks, trained.trajectories))


def report_stages(run_count: int) -> int:
    """How many times ``build_report`` calls its ``stage``: two per run, then plotting."""
    return 2 * run_count + 1


def build_report(run_dirs: Sequence[Path], stage: Callable[[str], None] = lambda label: None) -> Report:
    """Load every run first (so a broken one fails before any slow work), then the rest;
    ``stage(label)`` is told as each slow step starts (``report_stages`` of them)."""
    from agentgym.report.plots import learning_curves, require_matplotlib

    require_matplotlib()
    runs = [load_run(Path(path)) for path in run_dirs]
    cache: dict[str, dict[str, dict[str, Any]]] = {}
    reports = [report_run(run, cache, stage) for run in runs]
    stage("plotting learning curves")
    return Report(reports, learning_curves(runs))


def write_report(report: Report, output: Path, png_dir: Path | None = None) -> list[Path]:
    """The HTML page (and each plot as a PNG); every file is written atomically."""
    from agentgym.report.html import render

    page = render(report)
    written: list[Path] = []
    if png_dir is not None:
        for name, data in report.plots.items():
            atomic_write_bytes(png_dir / f"{name}.png", data)
            written.append(png_dir / f"{name}.png")
    atomic_write_text(output, page)
    written.append(output)
    return written
