"""The documentation pages that ship inside the core wheel (``agentgym/docs/*.md``).

A wheel user has no checkout, so the guides travel as package data and ``agentgym docs``
reads them from there; a page's name is its file name without ``.md``.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def _folder() -> Traversable:
    return files("agentgym") / "docs"


def page_names() -> list[str]:
    """Every page's name, sorted."""
    return sorted(entry.name[:-3] for entry in _folder().iterdir() if entry.name.endswith(".md"))


def page_title(name: str) -> str:
    """The page's first heading, without the ``#``."""
    for line in read_page(name).splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return name


def read_page(name: str) -> str:
    """The Markdown of page ``name``; ``KeyError`` when there is no such page."""
    if name not in page_names():
        raise KeyError(name)
    return (_folder() / f"{name}.md").read_text(encoding="utf-8")
