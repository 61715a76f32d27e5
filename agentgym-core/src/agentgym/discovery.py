"""Finding ``agentgym.plugins`` entry points without importing ``importlib.metadata``.

``importlib.metadata`` costs ~70 ms to import and ~25 ms to scan a large environment
(it parses every distribution's metadata); CLI start-up pays both on every command. The
entry points themselves are plain text files: this scans ``*.dist-info`` and ``*.egg-info``
folders on ``sys.path`` and parses only the ``entry_points.txt`` files that name the group.
Precedence is importlib.metadata's: the first distribution of a name on ``sys.path`` wins.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from importlib import import_module
from typing import Any

_SECTION = re.compile(r"^\s*\[(?P<name>[^\]]+)\]\s*$")


@dataclass(frozen=True)
class Distribution:
    name: str
    version: str


@dataclass(frozen=True)
class PluginEntryPoint:
    """The parts of ``importlib.metadata.EntryPoint`` the plugin loader uses."""

    name: str
    value: str
    group: str
    dist: Distribution

    def load(self) -> Any:
        module_name, _, attribute = self.value.partition(":")
        target: Any = import_module(module_name.strip())
        for part in filter(None, attribute.strip().split(".")):
            target = getattr(target, part)
        return target


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return None


def _metadata(folder: str) -> Distribution | None:
    text = _read(os.path.join(folder, "METADATA")) or _read(os.path.join(folder, "PKG-INFO"))
    if text is None:
        return None
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            break  # the headers end at the first blank line
        key, _, value = line.partition(":")
        if key in ("Name", "Version") and key not in fields:
            fields[key] = value.strip()
    if "Name" not in fields:
        return None
    return Distribution(fields["Name"], fields.get("Version", ""))


def _parse(text: str, group: str) -> list[tuple[str, str]]:
    entries: list[tuple[str, str]] = []
    inside = False
    for line in text.splitlines():
        section = _SECTION.match(line)
        if section:
            inside = section.group("name").strip() == group
            continue
        if inside and "=" in line and not line.lstrip().startswith(("#", ";")):
            name, _, value = line.partition("=")
            entries.append((name.strip(), value.strip()))
    return entries


def entry_points(*, group: str) -> list[PluginEntryPoint]:
    """Every entry point of ``group`` in the distributions importable from ``sys.path``."""
    seen: set[str] = set()
    found: list[PluginEntryPoint] = []
    marker = f"[{group}]"
    for directory in sys.path:
        try:
            listing = os.scandir(directory or ".")
        except OSError:
            continue
        with listing:
            folders = sorted(e.path for e in listing if e.name.endswith((".dist-info", ".egg-info")))
        for folder in folders:
            text = _read(os.path.join(folder, "entry_points.txt"))
            dist = _metadata(folder) if text is not None and marker in text else None
            if dist is None or _normalise(dist.name) in seen:
                continue
            seen.add(_normalise(dist.name))
            found.extend(PluginEntryPoint(n, v, group, dist) for n, v in _parse(text or "", group))
    return found
