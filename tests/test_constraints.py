"""The set-up names no package index anywhere: ``constraints.txt`` pins ``name==version`` only,
no requirement, constraint, build or CI file names an index or find-links location, and no
lock file that records index URLs is committed. Installs then use whatever index the
machine's pip is configured with."""

from __future__ import annotations

import fnmatch
import re
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
CONSTRAINTS = REPO / "constraints.txt"
PIN = re.compile(r"^(?P<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)==(?P<version>[A-Za-z0-9.+!_-]+)$")
FIRST_PARTY = re.compile(r"^agentgym([-_.].*)?$")

# Files where an index or find-links location would change where packages come from.
CHECKED = (
    "requirements*.txt", "requirements*.in", "constraints*.txt", "pyproject.toml", "Makefile",
    "*.mk", ".ci/*", "setup.cfg", "tox.ini", "pip.conf", "pip.ini", "uv.toml", "poetry.toml",
    ".pypirc", "noxfile.py",
)
LOCK_FILES = ("uv.lock", "pylock.toml", "pylock.*.toml", "poetry.lock", "pdm.lock", "Pipfile.lock")
INDEX_PATTERN = re.compile(
    r"index[-_]url|find[-_]links|pypi\.org|files\.pythonhosted|https?://|file:/", re.IGNORECASE
)
INDEX_KEY = re.compile(r"(^|\.)(index|index[-_]url|extra[-_]index[-_]url|find[-_]links)(\.|\[|$)", re.I)


def repository_files() -> list[PurePosixPath]:
    """Tracked files plus new files not ignored (so a problem shows before it is committed)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=REPO, capture_output=True, text=True, check=True, timeout=60,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"not a git checkout: {error}")
    return sorted({PurePosixPath(name) for name in listed.split("\0") if name})


def matches(path: PurePosixPath, patterns: tuple[str, ...]) -> bool:
    as_text = str(path)
    return any(
        fnmatch.fnmatch(path.name, pattern) or fnmatch.fnmatch(as_text, pattern)
        or ("/" in pattern and fnmatch.fnmatch(as_text, f"*/{pattern}"))
        for pattern in patterns
    )


def strings(value: Any, where: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, f"{where}[{index}]")


def index_locations(name: str, text: str) -> list[str]:
    """Where ``text`` (a file called ``name``) names a package index or find-links location."""
    if name.endswith(".toml"):
        data = tomllib.loads(text)
        data.get("project", {}).pop("urls", None)  # Homepage, Documentation: not indexes
        found = [f"{key} = {value!r}" for key, value in strings(data) if INDEX_PATTERN.search(value)]
        found += [key for key, _ in strings(data) if INDEX_KEY.search(key)]
        comments = [line.strip() for line in text.splitlines()
                    if line.lstrip().startswith("#") and INDEX_PATTERN.search(line)]
        return found + comments
    return [line.strip() for line in text.splitlines() if INDEX_PATTERN.search(line)]


# --- the checker itself ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("requirements-dev.txt", "--index-url https://example.invalid/simple\npytest==8.0\n"),
        ("requirements.txt", "-f /opt/wheels\n--find-links=/opt/wheels\n"),
        ("constraints.txt", "--extra-index-url http://mirror.invalid/simple\n"),
        ("Makefile", "install:\n\tPIP_INDEX_URL=https://mirror.invalid pip install -r req.txt\n"),
        ("pyproject.toml", '[[tool.uv.index]]\nname = "mirror"\nurl = "https://mirror.invalid/simple"\n'),
        ("pyproject.toml", '[tool.pdm]\n[[tool.pdm.source]]\nname = "x"\nurl = "file:///opt/pypi"\n'),
    ],
)
def test_checker_finds_index_locations(name: str, text: str) -> None:
    assert index_locations(name, text)


def test_checker_leaves_project_urls_alone() -> None:
    text = '[project]\nname = "x"\n[project.urls]\nHomepage = "https://github.com/x/y"\n'

    assert index_locations("pyproject.toml", text) == []


# --- the repository --------------------------------------------------------------------------
def test_constraints_pin_name_equals_version_only() -> None:
    if not CONSTRAINTS.exists():
        pytest.skip("constraints.txt is not there yet")
    names: dict[str, str] = {}
    for number, raw in enumerate(CONSTRAINTS.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        assert match, f"constraints.txt:{number}: {raw!r} is not a `name==version` line"
        name = re.sub(r"[-_.]+", "-", match["name"]).lower()
        assert name not in names, f"constraints.txt:{number}: {match['name']} is pinned twice"
        assert not FIRST_PARTY.match(name), (
            f"constraints.txt:{number}: {match['name']} is ours (pip freeze --exclude-editable)"
        )
        names[name] = match["version"]
    assert names, "constraints.txt pins nothing"


def test_no_file_names_a_package_index() -> None:
    problems = []
    for path in repository_files():
        if not matches(path, CHECKED):
            continue
        full = REPO / path
        if not full.is_file():
            continue
        for found in index_locations(path.name, full.read_text(encoding="utf-8", errors="replace")):
            problems.append(f"{path}: {found}")

    assert problems == [], "package index or find-links locations named in:\n" + "\n".join(problems)


def test_no_lock_file_recording_index_urls() -> None:
    locks = [str(path) for path in repository_files() if matches(path, LOCK_FILES)]

    assert locks == [], f"lock files that record index URLs: {locks}"
