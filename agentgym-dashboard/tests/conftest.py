"""Fixtures for the agentgym-dashboard tests; helpers live in ``dashboard_testlib``.

The root conftest.py gives the offline environment and the network guard (autouse). Here:
two small finished customer_support runs (seeds 0 and 1, trained once per session, never
changed: tests work on copies), a watched folder with copies of them, and the dashboard app
over it, in process.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from dashboard_testlib import copy_run  # noqa: E402

SMALL_RUN = {"episodes": 640, "eval_interval": 5}


@pytest.fixture(scope="session")
def finished_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two finished customer_support runs (seeds 0 and 1); read them, never change them."""
    from agentgym.testing import cached_small_run

    return tuple(cached_small_run(tmp_path_factory, "customer_support", seed=seed, **SMALL_RUN)  # type: ignore[return-value]
                 for seed in (0, 1))


@pytest.fixture
def watched(finished_runs: tuple[Path, Path], tmp_path: Path) -> Path:
    """A folder holding copies of both finished runs, named ``seed0`` and ``seed1``."""
    folder = tmp_path / "runs"
    folder.mkdir()
    for index, run_dir in enumerate(finished_runs):
        copy_run(run_dir, folder, f"seed{index}")
    return folder


@pytest.fixture
def client_for() -> Iterator[object]:
    """``client_for(folder, ...)``: a Starlette TestClient over the dashboard of those folders."""
    from starlette.testclient import TestClient

    from agentgym_dashboard.app import create_app

    clients: list[TestClient] = []

    def make(*folders: Path) -> TestClient:
        client = TestClient(create_app(list(folders)))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
