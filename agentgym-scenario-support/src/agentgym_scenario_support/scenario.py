"""customer_support: the scenario class, its episodes and its grader."""

from __future__ import annotations

import random
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from agentgym.scenario import (
    Action,
    Baselines,
    Episode,
    Observation,
    Scenario,
    Task,
    ToolCall,
    ToolEvent,
    ToolResult,
    ToolSpec,
)
from agentgym_scenario_support import gold, resolver, tickets, tools
from agentgym_scenario_support.backend import Backend, build_backend

DEFAULT_FAILURE_RATE = 0.05


class SupportEpisode(Episode):
    """One ticket against its own backend; tools fail transiently at the scenario's rate."""

    def __init__(self, scenario: CustomerSupportScenario, task: Task, seed: int) -> None:
        super().__init__(scenario, task, seed)
        self.backend: Backend = build_backend(dict(task.params), seed)
        self._faults = random.Random(seed * 7919 + 17)
        self._failure_rate = scenario.failure_rate
        self._sleep = scenario.tool_latency_ms / 1000.0

    def execute(self, name: str, arguments: Mapping[str, Any]) -> ToolResult:
        if self._sleep:
            time.sleep(self._sleep)
        if self._faults.random() < self._failure_rate:
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
        return self.backend.snapshot() == expert_snapshot(self.task, self.seed)


def expert_snapshot(task: Task, seed: int) -> dict[str, Any]:
    """The backend state the expert leaves behind for this task and seed (no faults)."""
    backend = build_backend(dict(task.params), seed)
    history: list[ToolEvent] = []
    for _ in range(CustomerSupportScenario.max_steps):
        action = gold.gold_action(task.kind, Observation(task.ticket, tuple(history)))
        if not isinstance(action, ToolCall):
            break
        result = tools.run_tool(backend, action.name, action.arguments)
        history.append(ToolEvent(action.name, action.arguments, result.text))
    return backend.snapshot()


class CustomerSupportScenario(Scenario):
    """A simulated help desk: 11 tools, five ticket types, graded on the final backend state."""

    name = "customer_support"
    description = (
        "A help desk with 11 tools (accounts, payments, refunds, API keys, logs, tickets) and "
        "five ticket types; success is judged on the final backend state."
    )
    difficulty = "intermediate"
    version = "0.1.0"
    success_criteria = {"tool_reliability": 0.95, "cost_reduction": 0.30, "time_savings": 0.98}
    baselines = Baselines(tokens_per_task=500.0, seconds_per_task=240.0)
    max_steps = 10
    default_credit = "shaped"

    def __init__(self, *, failure_rate: float = DEFAULT_FAILURE_RATE, tool_latency_ms: float = 0.0,
                 **options: Any) -> None:
        super().__init__(failure_rate=failure_rate, tool_latency_ms=tool_latency_ms, **options)
        if not 0.0 <= failure_rate < 1.0:
            raise ValueError("failure_rate must be in [0, 1)")
        if tool_latency_ms < 0:
            raise ValueError("tool_latency_ms must be >= 0")
        self.failure_rate = float(failure_rate)
        self.tool_latency_ms = float(tool_latency_ms)
        self._tasks: dict[str, list[Task]] = {}

    def tools(self) -> list[ToolSpec]:
        return list(tools.SPECS)

    def tasks(self, split: str) -> Sequence[Task]:
        if split not in tickets.SPLIT_SIZES:
            raise ValueError(f"unknown split '{split}'; use train, validation or test")
        if split not in self._tasks:
            self._tasks[split] = tickets.generate(split)
        return self._tasks[split]

    def new_episode(self, task: Task, seed: int) -> Episode:
        return SupportEpisode(self, task, seed)

    def gold_action(self, task: Task, observation: Observation) -> Action:
        return gold.gold_action(task.kind, observation)

    def resolve_arguments(self, tool: str, observation: Observation) -> dict[str, Any] | None:
        return resolver.resolve_arguments(tool, observation)

    def resolve_all(self, observation: Observation) -> list[dict[str, Any] | None]:
        return resolver.resolve_all(self.tool_names, observation)

    def load_tasks(self, path: Path) -> list[Task]:
        from agentgym_scenario_support.task_file import load_task_file

        return load_task_file(path)
