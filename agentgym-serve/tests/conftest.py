"""Fixtures for the agentgym-serve tests; helpers live in ``serve_testlib``.

The root conftest.py gives the offline environment (telemetry and tracing off), the network
guard (autouse) and the small trained customer_support run (``support_run_dir``). Here:
CrewAI's storage goes to a temporary folder, and ``served`` is one real ``agentgym serve``
of that run (uvicorn on a free loopback port, with an API key) shared by the session.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from serve_testlib import Served, start_server  # noqa: E402

API_KEY = "test-key-0123456789"
_storage: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """CrewAI writes its storage under ``CREWAI_STORAGE_DIR``: a temporary folder, unless
    another conftest already chose one (before any test imports crewai)."""
    if "CREWAI_STORAGE_DIR" not in os.environ:
        _storage.append(tempfile.mkdtemp(prefix="agentgym-serve-crewai-"))
        os.environ["CREWAI_STORAGE_DIR"] = _storage[0]


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _storage:
        if os.environ.get("CREWAI_STORAGE_DIR") == folder:
            os.environ.pop("CREWAI_STORAGE_DIR")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def served(support_run_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """``agentgym serve RUN_DIR --api-key KEY`` for the whole session; stopped with Ctrl-C."""
    server = start_server([support_run_dir], tmp_path_factory.mktemp("served"), "--api-key", API_KEY)
    yield server
    server.interrupt()


@pytest.fixture(scope="session")
def scenario(support_policy: Any) -> Any:
    return support_policy.scenario
