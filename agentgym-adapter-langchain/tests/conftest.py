"""Offline by construction (no LangSmith tracing, no sockets) plus the contract's tools."""

from __future__ import annotations

import os

os.environ["LANGSMITH_TRACING"] = "false"
os.environ["LANGCHAIN_TRACING_V2"] = "false"
os.environ.pop("LANGSMITH_API_KEY", None)
os.environ.pop("LANGCHAIN_API_KEY", None)

from collections.abc import Iterator  # noqa: E402

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
