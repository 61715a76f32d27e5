"""The core's adapter contract, run with real AutoGen tools."""

from __future__ import annotations

from typing import Any

from autogen_core.tools import FunctionTool

from agentgym.testing import AdapterContractTests
from agentgym_adapter_autogen.adapter import AutoGenAdapter


def lookup_order(order_id: str) -> str:
    return f"Order {order_id}: shipped."


async def close_ticket(order_id: str) -> str:
    """Close the customer's ticket about an order."""
    return f"Ticket for {order_id} closed."


def explode() -> str:
    raise RuntimeError("boom")


class TestAutoGenAdapterContract(AdapterContractTests):
    adapter_class = AutoGenAdapter

    def framework_tools(self) -> list[Any]:
        # Both kinds users hand to AssistantAgent: a FunctionTool and a plain async function.
        return [
            FunctionTool(lookup_order, description="Look up an order's shipping status."),
            close_ticket,
        ]

    def raising_tool(self) -> Any:
        return FunctionTool(explode, description="A tool that always fails.")
