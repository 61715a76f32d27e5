"""A two-tool order desk: the smallest complete scenario.

It exists for contract tests (adapters and scenario kits run it offline in milliseconds)
and as a readable example of the scenario contract. It is not registered as a plugin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from agentgym.scenario import Scenario

if TYPE_CHECKING:
    from agentgym.episode import Episode
    from agentgym.records import Action, Observation, Task, ToolSpec

ORDER_ID = re.compile(r"\bO-\d+\b")
_SPLIT_SIZES = {"train": 20, "validation": 5, "test": 5}
ANSWER = "Your order has been looked up and the ticket closed."


class ToyOrderScenario(Scenario):
    name = "toy_orders"
    description = "Look an order up, then close the ticket (two tools; for contract tests)."
    difficulty = "beginner"
    max_steps = 4
    success_criteria = {"tool_reliability": 0.95}

    def tools(self) -> list[ToolSpec]:
        from agentgym.records import ToolSpec

        schema = {
            "type": "object",
            "properties": {"order_id": {"type": "string", "description": "e.g. O-123"}},
            "required": ["order_id"],
        }
        return [
            ToolSpec("lookup_order", "Look up an order's shipping status.", schema, changes_state=False),
            ToolSpec("close_ticket", "Close the customer's ticket about an order.", schema),
        ]

    def tasks(self, split: str) -> Sequence[Task]:
        from agentgym.records import Task

        offset = {"train": 100, "validation": 500, "test": 900}[split]
        statuses = ("shipped", "delayed", "delivered")
        return [
            Task(
                id=f"{split}-{i}",
                split=split,
                ticket=f"Hello, where is my order O-{offset + i}? Thanks.",
                kind="order_status",
                outcome=statuses[i % 3],
                params={"order_id": f"O-{offset + i}", "status": statuses[i % 3]},
            )
            for i in range(_SPLIT_SIZES[split])
        ]

    def new_episode(self, task: Task, seed: int) -> Episode:
        from agentgym.toy_episode import OrderEpisode

        return OrderEpisode(self, task, seed)

    def gold_action(self, task: Task, observation: Observation) -> Action:
        from agentgym.records import FinalAnswer, ToolCall

        done = {event.name for event in observation.history if event.result[:5] != "ERROR"}
        for tool in ("lookup_order", "close_ticket"):
            if tool not in done:
                return ToolCall(tool, self.resolve_arguments(tool, observation) or {})
        return FinalAnswer(ANSWER)

    def final_answer(self, observation: Observation) -> str:
        return ANSWER

    def resolve_arguments(self, tool: str, observation: Observation) -> dict[str, Any] | None:
        match = ORDER_ID.search(observation.ticket)
        return {"order_id": match.group(0)} if match else None

