"""The contract's tools as LangChain tools.

The offline environment (no LangSmith tracing), the network guard and the trained
customer_support policy of the end-to-end tests (``support_policy``) come from the
repository's root conftest.py.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator

import pytest
from langchain_core.tools import BaseTool, tool


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



@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: object) -> Iterator[None]:
    """LangChain's standard suites have async tests (``test_ainvoke``, ...) and leave running
    them to the project; pytest-asyncio runs those marked ``asyncio``. Marked here, as they
    are collected (innermost, so before pytest-asyncio looks for the marker)."""
    outcome = yield
    if not inspect.iscoroutinefunction(obj):
        return
    found = outcome.get_result()
    for item in found if isinstance(found, list) else [found]:
        if isinstance(item, pytest.Function):
            item.add_marker(pytest.mark.asyncio)
