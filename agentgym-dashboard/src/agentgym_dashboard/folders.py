"""Finding run directories under the watched folders, and telling cheaply whether one changed.

A folder is a run directory when it holds any of the files a run writes (``config.toml``,
``metrics.jsonl``, ``result.json``, ``model/``, ``stopped.json``, ``training.lock``), so a
run with a missing or broken file is still found and shown as unreadable. A watched folder
that is itself a run directory is shown as one run. Names starting with a dot (the
trainer's temporary files) are skipped. Nothing here writes anything.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from agentgym.artifacts import MANIFEST_FILE, MODEL_DIR
from agentgym.run_state import LOCK_FILE, STOPPED_FILE, is_training
from agentgym.trainer import CONFIG_FILE, METRICS_FILE, RESULT_FILE

RUN_FILES = frozenset((CONFIG_FILE, METRICS_FILE, RESULT_FILE, MODEL_DIR, STOPPED_FILE, LOCK_FILE))
WATCHED = (CONFIG_FILE, METRICS_FILE, RESULT_FILE, STOPPED_FILE, LOCK_FILE)


@dataclass(frozen=True)
class RunRef:
    """Where a run is: the index of its watched folder and its directory name (its URL id)."""

    root: int
    name: str
    path: Path

    @property
    def id(self) -> str:
        return f"{self.root}/{self.name}"


def _names(path: str | os.PathLike[str]) -> set[str]:
    try:
        with os.scandir(path) as entries:
            return {entry.name for entry in entries}
    except OSError:
        return set()


def is_run_dir(path: str | os.PathLike[str]) -> bool:
    return not RUN_FILES.isdisjoint(_names(path))


def find_runs(roots: Sequence[Path]) -> Iterator[RunRef]:
    """Every run directory directly under each watched folder (or the folder itself)."""
    for index, root in enumerate(roots):
        if is_run_dir(root):
            yield RunRef(index, root.name, root)
            continue
        try:
            with os.scandir(root) as entries:
                children = sorted(e.name for e in entries if not e.name.startswith(".") and e.is_dir())
        except OSError:
            continue
        for name in children:
            path = root / name
            if is_run_dir(path):
                yield RunRef(index, name, path)


def signature(path: Path) -> tuple[object, ...]:
    """Changes whenever anything the summary reads changes: each watched file's identity, size
    and modification time, and whether a live process holds the training lock (a killed
    trainer leaves the lock file as it was)."""
    parts: list[object] = []
    for name in (*WATCHED, f"{MODEL_DIR}/{MANIFEST_FILE}"):
        try:
            stat = os.stat(path / name)
        except OSError:
            parts.append(None)
            continue
        parts.append((stat.st_ino, stat.st_size, stat.st_mtime_ns))
    lock_present = parts[WATCHED.index(LOCK_FILE)] is not None
    parts.append(lock_present and is_training(path))
    return tuple(parts)
