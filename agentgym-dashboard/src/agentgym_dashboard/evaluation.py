"""The report's own numbers for a finished run, computed once and kept: the test split
replayed, the reference policies on the same tasks, the per-type breakdown
(``agentgym.report.build.report_run``), and the HTML report page (``agentgym.report.html``).

The replay takes seconds, so it runs in a worker thread, one run at a time (it is CPU
bound), when a page first asks; a run whose ``result.json`` changed is computed again.
Nothing is written: the report page is built in memory and sent as a download.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from agentgym.report.build import Report, RunReport, report_run
from agentgym.report.runs import load_run
from agentgym.trainer import RESULT_FILE


class Evaluations:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done: dict[tuple[Path, int], RunReport] = {}
        self._references: dict[str, dict[str, dict[str, Any]]] = {}  # shared by runs of one scenario

    def run_report(self, run_dir: Path) -> RunReport:
        """The run's part of a report (blocking: call it from a worker thread)."""
        key = (run_dir, os.stat(run_dir / RESULT_FILE).st_mtime_ns)
        with self._lock:
            if key not in self._done:
                self._done[key] = report_run(load_run(run_dir), self._references)
            return self._done[key]

    def report_page(self, run_dir: Path) -> str:
        """``agentgym report RUN_DIR``'s page for this run, as text (blocking)."""
        from agentgym.report.html import render
        from agentgym.report.plots import learning_curves, require_matplotlib

        require_matplotlib()
        part = self.run_report(run_dir)
        return render(Report([part], learning_curves([part.run])))
