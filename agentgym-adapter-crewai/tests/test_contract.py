"""The core's adapter contract, run with real CrewAI tools of both kinds."""

from __future__ import annotations

from typing import Any

from crewai.tools import BaseTool, tool
from pydantic import BaseModel, Field

from agentgym.testing import AdapterContractTests
from agentgym_adapter_crewai.adapter import CrewAIAdapter


class OrderArguments(BaseModel):
    order_id: str = Field(description="e.g. O-123")


class CloseTicket(BaseTool):
    name: str = "close_ticket"
    description: str = "Close the customer's ticket about an order."
    args_schema: type[BaseModel] = OrderArguments

    def _run(self, order_id: str) -> str:
        return f"Ticket for {order_id} closed."


@tool("lookup_order")
def lookup_order(order_id: str) -> str:
    """Look up an order's shipping status."""
    return f"Order {order_id}: shipped."


@tool("explode")
def explode() -> str:
    """A tool that always fails."""
    raise RuntimeError("boom")


class TestCrewAIAdapterContract(AdapterContractTests):
    adapter_class = CrewAIAdapter

    def framework_tools(self) -> list[Any]:
        return [lookup_order, CloseTicket()]

    def raising_tool(self) -> Any:
        return explode
