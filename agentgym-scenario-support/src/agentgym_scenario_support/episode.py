"""customer_support episodes: one ticket against its own backend, and the expert's end state."""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from agentgym.scenario import Episode, Observation, Task, ToolCall, ToolEvent, ToolResult
from agentgym_scenario_support import gold, tools
from agentgym_scenario_support.backend import Backend, build_backend
from agentgym_scenario_support.scenario import MAX_STEPS

if TYPE_CHECKING:
    from agentgym_scenario_support.scenario import CustomerSupportScenario


class SupportEpisode(Episode):
    """One ticket against its own backend; tools fail transiently at the scenario's rate."""

    def __init__(self, scenario: CustomerSupportScenario, task: Task, seed: int) -> None:
        super().__init__(scenario, task, seed)
        self.backend: Backend = build_backend(dict(task.params), seed)
        self._faults = random.Random(seed * 7919 + 17)
        self._failure_rate = scenario.failure_rate
        self._sleep = scenario.tool_latency_ms / 1000.0
        # calls (by position) that time out whatever the rate: the retry_noise perturbation
        self._forced = frozenset(task.params.get("forced_failures", ()))

    def execute(self, name: str, arguments: Mapping[str, Any]) -> ToolResult:
        if self._sleep:
            time.sleep(self._sleep)
        forced = len(self.steps) in self._forced
        if self._faults.random() < self._failure_rate or forced:
            return ToolResult(
                f"ERROR (transient): {name} timed out after {tools.TIMEOUT_SECONDS:.0f}s; retry.",
                "retry",
                tools.TIMEOUT_SECONDS,
            )
        return tools.run_tool(self.backend, name, arguments)

    def grade(self) -> bool:
        """Success: the final state equals the expert's on a fresh backend, and the ticket
        ended closed or escalated."""
        ticket = self.backend.tickets.get(self.task.params["ticket_id"])
        if ticket is None or ticket.status == "open":
            return False
        if not self.finished_early and all(step.correct for step in self.steps):
            # every call was the expert's own in that state (retried timeouts change
            # nothing) and the episode ended where the expert ends: its state is the
            # expert's, so the replay below would only confirm it
            return True
        return self.backend.snapshot() == expert_snapshot(self.task, self.seed)


def expert_snapshot(task: Task, seed: int) -> dict[str, Any]:
    """The backend state the expert leaves behind for this task and seed (no faults)."""
    backend = build_backend(dict(task.params), seed)
    history: list[ToolEvent] = []
    for _ in range(MAX_STEPS):
        action = gold.gold_action(task.kind, Observation(task.ticket, tuple(history)), task.params)
        if not isinstance(action, ToolCall):
            break
        result = tools.run_tool(backend, action.name, action.arguments)
        history.append(ToolEvent(action.name, action.arguments, result.text))
    return backend.snapshot()
