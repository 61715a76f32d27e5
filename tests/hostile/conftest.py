"""Fixtures of the hostile tests; helpers live in ``hostile_lib``.

Every case runs ``agentgym`` as a user does (a fresh interpreter, the console entry point)
and checks three things: the exit code, the single line on stderr, and the files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from hostile_lib import TOY_TRAINING, Site, agentgym_command, environment, run_dir_of  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The deep fuzzing runs only when asked for (``-m fuzz_deep``); CI runs the short one."""
    if "fuzz_deep" in (config.getoption("markexpr", "") or ""):
        return
    skip = pytest.mark.skip(reason="deep fuzzing: run with -m fuzz_deep")
    for item in items:
        if "fuzz_deep" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path / "site", tmp_path / "work")


@pytest.fixture(scope="session")
def toy_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A finished (weak) echo_orders run, trained once; copy it before changing it."""
    output = tmp_path_factory.mktemp("toy-run")
    done = subprocess.run(agentgym_command("train", "echo_orders", *TOY_TRAINING, "-o", str(output)),
                          capture_output=True, text=True, env=environment(), timeout=300)
    assert done.returncode == 0, done.stderr
    return run_dir_of(output)


@pytest.fixture
def copied_toy_run(toy_run: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(toy_run, tmp_path / "run"))
