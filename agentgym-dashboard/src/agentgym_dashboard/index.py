"""The runs under the watched folders, kept current, with a generation number per change.

``refresh`` rescans (at most every ``min_interval`` seconds, whoever asks): a run whose
files did not change (``folders.signature``) is not read again, so a rescan of hundreds of
runs is a few stats each. Every change (a new run, a new status, more episodes, a run gone)
gets the next generation number; a page drawn at generation G asks for the changes since G
(the runs page's event stream does, and so does a reconnecting browser, through the
event id), so no change between drawing and listening is lost.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from agentgym_dashboard.folders import RunRef, find_runs, signature
from agentgym_dashboard.summary import RunSummary, summarize

MIN_INTERVAL = 0.5


@dataclass(frozen=True)
class Entry:
    ref: RunRef
    signature: tuple[object, ...]
    summary: RunSummary
    changed: int  # the generation at which the summary last changed


class RunsIndex:
    def __init__(self, roots: Sequence[Path], min_interval: float = MIN_INTERVAL) -> None:
        self.roots = [Path(root) for root in roots]
        self.min_interval = min_interval
        self.generation = 0
        self.entries: dict[str, Entry] = {}
        self.removed: dict[str, int] = {}  # run id -> the generation it disappeared at
        self._lock = threading.Lock()
        self._refreshed_at = float("-inf")

    def refresh(self, force: bool = False) -> int:
        """Rescan the folders unless that was done less than ``min_interval`` ago; the generation."""
        with self._lock:
            if not force and time.monotonic() - self._refreshed_at < self.min_interval:
                return self.generation
            seen = set()
            for ref in find_runs(self.roots):
                seen.add(ref.id)
                current = signature(ref.path)  # before reading: a change meanwhile shows next time
                entry = self.entries.get(ref.id)
                if entry is not None and entry.signature == current:
                    continue
                summary = summarize(ref.path)
                if entry is not None and entry.summary == summary:
                    self.entries[ref.id] = Entry(ref, current, summary, entry.changed)
                    continue
                self.generation += 1
                self.entries[ref.id] = Entry(ref, current, summary, self.generation)
                self.removed.pop(ref.id, None)
            for gone in sorted(set(self.entries) - seen):
                self.generation += 1
                del self.entries[gone]
                self.removed[gone] = self.generation
            self._refreshed_at = time.monotonic()
            return self.generation

    def snapshot(self) -> tuple[int, list[Entry]]:
        """The generation and every run, newest first."""
        with self._lock:
            entries = sorted(self.entries.values(), key=lambda e: (-e.summary.started, e.ref.id))
            return self.generation, entries

    def changes_since(self, generation: int) -> tuple[int, list[Entry], list[str]]:
        """(current generation, runs changed after ``generation``, runs removed after it)."""
        with self._lock:
            changed = [e for e in self.entries.values() if e.changed > generation]
            removed = [run_id for run_id, at in self.removed.items() if at > generation]
            return self.generation, changed, removed

    def get(self, run_id: str) -> Entry | None:
        with self._lock:
            return self.entries.get(run_id)

    def splits(self) -> list[str]:
        """The held-out splits any run measured: ``test`` first, then the others by name."""
        with self._lock:
            names = {name for e in self.entries.values() for name in e.summary.success}
        return ["test", *sorted(names - {"test"})]
