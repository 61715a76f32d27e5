"""Progress on stderr: training (a rich bar on a terminal, plain log lines otherwise) and evaluation."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


def _describe(line: dict[str, Any]) -> str:
    text = (f"update {line['step']} episodes {line['episodes']} reward {line['mean_reward']:.1f} "
            f"tool_reliability {line['tool_reliability']:.3f} success {line['success']:.3f}")
    if "val_success" in line:
        text += f" | validation success {line['val_success']:.3f} reliability {line['val_tool_reliability']:.3f}"
    return text


class ConsoleReporter:
    """Shows progress on stderr so that stdout stays clean for ``--json``."""

    def __init__(self, verbose: bool = False, quiet: bool = False) -> None:
        self.verbose = verbose
        self.quiet = quiet
        self.console = Console(stderr=True)
        self.progress: Progress | None = None
        self.task: Any = None

    def start(self, total_updates: int, done_updates: int) -> None:
        if self.quiet:
            return
        if sys.stderr.isatty():
            self.progress = Progress(
                TextColumn("[bold]training"), BarColumn(), TextColumn("{task.completed}/{task.total} updates"),
                TextColumn("{task.fields[status]}"), TimeRemainingColumn(), console=self.console,
            )
            self.task = self.progress.add_task("train", total=total_updates, completed=done_updates, status="")
            self.progress.start()

    def update(self, line: dict[str, Any]) -> None:
        if self.quiet:
            return
        if self.progress is not None:
            status = f"reward {line['mean_reward']:.1f} reliability {line['tool_reliability']:.2f}"
            self.progress.update(self.task, completed=line["step"], status=status)
            if self.verbose:
                self.progress.console.print(_describe(line))
        elif self.verbose or "val_success" in line:
            print(_describe(line), file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


@contextmanager
def episode_progress(label: str, total: int, quiet: bool = False) -> Iterator[Callable[[int], None]]:
    """``progress(done)`` for an evaluation: a rich bar on stderr when it is a terminal and
    the output is not ``--json``; nothing otherwise (stdout stays clean either way)."""
    if quiet or not sys.stderr.isatty():
        yield lambda done: None
        return
    bar = Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TextColumn("episodes"),
                   TimeRemainingColumn(), console=Console(stderr=True), transient=True)
    task = bar.add_task(label, total=total)
    with bar:
        yield lambda done: bar.update(task, completed=done)
