"""Learning curves read from ``metrics.jsonl`` as it grows: the byte offset where reading
stopped is kept, and only what was appended since is read and parsed.

Points come from the report's own ``series`` over the report's ``CURVES`` (the same keys,
titles and episodes axis as ``agentgym report``'s figures). A line still being written is
left for the next read. A file that shrank or was replaced (``--resume`` rewrites it) is a
reset: reading starts again from the top.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agentgym.report.plots import CURVES, series
from agentgym.report.runs import CURVE_KEYS

Points = dict[str, dict[str, list[list[float]]]]  # curve -> "train"/"validation" -> [xs, ys]


def curve_points(lines: list[dict[str, Any]]) -> Points:
    """Every curve's points in ``lines``: {curve: {"train": [xs, ys], "validation": [xs, ys]}}."""
    points: Points = {}
    for curve in CURVES:
        parts = {"train": list(series(lines, curve.train_key))}
        if curve.validation_key:
            parts["validation"] = list(series(lines, curve.validation_key))
        points[curve.name] = parts
    return points


def curve_meta() -> list[dict[str, Any]]:
    """What the browser needs to draw each curve: its name, title, axis label, rate or not."""
    return [{"name": c.name, "title": c.title, "key": c.train_key, "rate": c.rate,
             "validation": bool(c.validation_key)} for c in CURVES]


class Reset(Exception):
    """The file shrank or was replaced: whatever was read of it no longer holds."""


@dataclass
class MetricsTail:
    """Reads one ``metrics.jsonl`` from ``offset`` on, a chunk of complete lines at a time."""

    path: Path
    offset: int = 0
    lines: int = 0
    identity: tuple[int, int] | None = None
    problem: str = ""  # the first unusable line, if any (shown, skipped)

    def read(self) -> list[dict[str, Any]]:
        """The updates appended since the last read; raises ``Reset`` if the file was replaced."""
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            return []
        identity = (stat.st_dev, stat.st_ino)
        if self.identity is not None and (identity != self.identity or stat.st_size < self.offset):
            raise Reset(str(self.path))
        self.identity = identity
        if stat.st_size == self.offset:
            return []
        with open(self.path, "rb") as handle:
            handle.seek(self.offset)
            data = handle.read(stat.st_size - self.offset)
        end = data.rfind(b"\n")
        if end < 0:
            return []  # the first line is still being written
        updates = []
        for raw in data[: end + 1].splitlines():
            self.lines += 1
            if not raw.strip():
                continue
            try:
                line = json.loads(raw)
            except ValueError:
                line = None
            if isinstance(line, dict) and all(key in line for key in CURVE_KEYS):
                updates.append(line)
            elif not self.problem:
                self.problem = f"line {self.lines} of {self.path.name} is not an update (skipped)"
        self.offset += end + 1
        return updates


class CurveStore:
    """One run's curves so far, shared by every page that opens the run: the file is read
    once, then only what was appended since the last page asked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._start()

    def _start(self) -> None:
        self.tail = MetricsTail(self.path)
        self.points: Points = curve_points([])

    def snapshot(self) -> tuple[Points, int, str]:
        """(every point so far, the byte offset they end at, a problem found, if any)."""
        with self._lock:
            try:
                added = self.tail.read()
            except Reset:
                self._start()
                added = self.tail.read()
            extend(self.points, curve_points(added))
            copy = {name: {part: [list(xy[0]), list(xy[1])] for part, xy in parts.items()}
                    for name, parts in self.points.items()}
            return copy, self.tail.offset, self.tail.problem


def extend(points: Points, more: Points) -> None:
    for name, parts in more.items():
        for part, (xs, ys) in parts.items():
            points[name][part][0].extend(xs)
            points[name][part][1].extend(ys)


def count(points: Points) -> int:
    return sum(len(xy[0]) for parts in points.values() for xy in parts.values())


def dumps(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"))
