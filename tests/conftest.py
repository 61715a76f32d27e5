"""Cross-package tests (discovery, CLI, configuration, hooks, set-up).

The offline environment variables, the ``agentgym.testing`` fixtures and the autouse
network guard come from the repository's root ``conftest.py``, which covers these tests
and every package's own tests. This file holds what only these tests share.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
AGENTGYM_VARIABLES = (
    "AGENTGYM_STRICT_PLUGINS",
    "AGENTGYM_DISABLE_PLUGIN_AUTOLOAD",
    "AGENTGYM_PLUGINS",
    "AGENTGYM_DISABLED_PLUGINS",
)


def clean_environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The test process's environment without the user's AGENTGYM_* plugin switches."""
    env = {k: v for k, v in os.environ.items() if k not in AGENTGYM_VARIABLES}
    env.update({"PYTHONIOENCODING": "utf-8", "NO_COLOR": "1", "COLUMNS": "200"})
    env.update(extra or {})
    return env


def _same_arrays(a: object, b: object) -> bool:
    """Equal nested tuples/lists of arrays, whatever shape a feature row has."""
    if isinstance(a, list | tuple):
        return isinstance(b, list | tuple) and len(a) == len(b) and all(map(_same_arrays, a, b))
    return np.array_equal(a, b)


def _assert_same_records(got: Sequence[Any], want: Sequence[Any]) -> None:
    assert len(got) == len(want)
    for a, b in zip(got, want, strict=True):
        assert a.trajectory == b.trajectory
        assert np.array_equal(a.actions, b.actions)
        assert np.array_equal(a.logps, b.logps)
        assert np.array_equal(a.masks, b.masks)
        assert _same_arrays(a.features, b.features)


@pytest.fixture
def assert_same_records() -> Callable[[Sequence[Any], Sequence[Any]], None]:
    """Asserts two lists of episode records are equal: trajectories, actions, log-probs,
    masks and every feature row (executors and the validation memo must not change them)."""
    return _assert_same_records


@pytest.fixture
def agentgym_env() -> Callable[..., dict[str, str]]:
    """``agentgym_env(extra)``: an environment for subprocesses (see ``clean_environment``)."""
    return clean_environment


@pytest.fixture
def run_agentgym() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``agentgym ARGS`` in a subprocess through the console entry point (exit codes)."""

    def run(*args: str, env: Mapping[str, str] | None = None, cwd: Path | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", "from agentgym.cli import main; main()", *args],
            capture_output=True, text=True, env=clean_environment(env), cwd=cwd or REPO,
            timeout=timeout,
        )

    return run


@pytest.fixture(autouse=True)
def _no_plugin_switches(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process tests start from the default plugin settings whatever the shell says."""
    for name in AGENTGYM_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def agentgym_main(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., CliResult]:
    """Run ``agentgym ARGS`` in this process through the console entry point
    ``agentgym.cli:main`` (exit code from its ``SystemExit``), with fresh plugin loading.
    Faster than a subprocess; use ``run_agentgym`` where a fresh interpreter matters."""
    from agentgym import plugins
    from agentgym.cli import main

    def run(*args: str, env: Mapping[str, str] | None = None) -> CliResult:
        monkeypatch.setenv("NO_COLOR", "1")
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr(sys, "argv", ["agentgym", *args])
        capsys.readouterr()
        plugins.reset()
        try:
            main()
            code = 0
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        finally:
            plugins.reset()
        out, err = capsys.readouterr()
        return CliResult(code, out, err)

    return run
