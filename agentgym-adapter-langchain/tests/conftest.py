"""Offline by construction (no LangSmith tracing, no sockets), the contract's tools, and a
trained customer_support policy for the end-to-end tests."""

from __future__ import annotations

import os

os.environ["LANGSMITH_TRACING"] = "false"
os.environ["LANGCHAIN_TRACING_V2"] = "false"
os.environ.pop("LANGSMITH_API_KEY", None)
os.environ.pop("LANGCHAIN_API_KEY", None)

import hashlib  # noqa: E402
import json  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
import pytest_socket  # noqa: E402
from langchain_core.tools import BaseTool, tool  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    pytest_socket.disable_socket(allow_unix_socket=True)
    yield
    pytest_socket.enable_socket()


@pytest.fixture
def order_tools() -> list[BaseTool]:
    """The contract's ``lookup_order`` and ``close_ticket`` as LangChain ``@tool``s."""

    @tool
    def lookup_order(order_id: str) -> str:
        """Look up an order's shipping status."""
        return f"Order {order_id}: shipped."

    @tool
    def close_ticket(order_id: str) -> str:
        """Close the customer's ticket about an order."""
        return f"Ticket for {order_id} closed."

    return [lookup_order, close_ticket]


@pytest.fixture
def exploding_tool() -> BaseTool:
    """The contract's ``explode``: no arguments, raises ``RuntimeError("boom")``."""

    @tool
    def explode() -> str:
        """Do the thing that explodes."""
        raise RuntimeError("boom")

    return explode


# --- a trained customer_support policy, shared by the end-to-end tests -------------------
# The same helper (same settings) lives in every adapter's tests/conftest.py and in
# tests/test_frameworks.py; the run is cached under the session's base temporary folder,
# keyed by its settings, so a session over the whole repository trains it once.

SUPPORT_TRAINING: dict[str, Any] = {
    "scenario": "customer_support",
    "episodes": 6400,
    "batch_size": 64,
    "eval_interval": 10,
    "trials": 1,  # the final test evaluation is not what these tests look at
    "checkpoint_interval": 0,
}


def trained_support_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A budget-limited customer_support run (seconds to train); skips if the scenario is missing."""
    from agentgym import hooks

    try:
        hooks.make_scenario("customer_support")
    except Exception as error:  # noqa: BLE001 - agentgym-scenario-support not installed: say why
        pytest.skip(f"scenario 'customer_support' is not available: {error}")
    key = hashlib.sha256(json.dumps(SUPPORT_TRAINING, sort_keys=True).encode()).hexdigest()[:12]
    marker = tmp_path_factory.getbasetemp() / f"agentgym-support-run-{key}.txt"
    if marker.exists():
        return Path(marker.read_text(encoding="utf-8"))
    from agentgym.config import build_config
    from agentgym.trainer import Trainer

    output = tmp_path_factory.mktemp("support-run")
    result = Trainer(build_config(**SUPPORT_TRAINING, output_dir=output)).run()
    marker.write_text(str(result["run_dir"]), encoding="utf-8")
    return Path(result["run_dir"])


@pytest.fixture(scope="session")
def support_run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run directory of a small trained customer_support policy."""
    return trained_support_run(tmp_path_factory)


@pytest.fixture(scope="session")
def support_policy(support_run_dir: Path) -> Any:
    """That run's policy, loaded as users load it (``agentgym.load_policy``)."""
    import agentgym

    return agentgym.load_policy(support_run_dir)
