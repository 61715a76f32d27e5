"""The toy order desk's episode (kept apart so that listing the scenario stays cheap)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from agentgym.episode import Episode
from agentgym.records import ToolResult
from agentgym.toy import ORDER_ID

if TYPE_CHECKING:
    from agentgym.records import Task
    from agentgym.scenario import Scenario


class OrderEpisode(Episode):
    def __init__(self, scenario: Scenario, task: Task, seed: int) -> None:
        super().__init__(scenario, task, seed)
        self.closed: set[str] = set()

    def execute(self, name: str, arguments: Mapping[str, Any]) -> ToolResult:
        order_id = arguments.get("order_id")
        if not isinstance(order_id, str) or not ORDER_ID.fullmatch(order_id):
            return ToolResult("ERROR: order_id must look like O-123.", "error", 0.1)
        if name == "lookup_order":
            status = self.task.params["status"]
            return ToolResult(f"Order {order_id}: {status}.", "ok", 0.2)
        self.closed.add(order_id)
        return ToolResult(f"Ticket for {order_id} closed.", "ok", 0.1)

    def grade(self) -> bool:
        return self.closed == {self.task.params["order_id"]}
