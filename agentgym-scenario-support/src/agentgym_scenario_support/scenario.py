"""customer_support: the scenario class (its metadata and entry points).

Import-cheap on purpose: the plugin system imports this class to list scenarios, so the
backend, tools, tickets, expert and resolver are imported by the methods that use them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agentgym.scenario import Baselines, Scenario, ScenarioError

if TYPE_CHECKING:
    from agentgym.episode import Episode
    from agentgym.records import Action, Observation, Task, ToolSpec

MAX_STEPS = 14

DEFAULT_FAILURE_RATE = 0.05

# what the policy tells the customer when it stops rather than act unsure (see abstain_answer)
ABSTAIN_ANSWER = "I can't finish this request safely on my own; a member of our support team will take it from here."

# name -> what it changes (agentgym_scenario_support.perturb does it)
PERTURBATIONS: dict[str, str] = {
    "neutral_subject": "the subject line names no topic",
    "other_subject": "the subject line names another ticket type's topic",
    "no_header": "no sender and no subject: only the message (an address must be found in it or asked for)",
    "distractor": "one more sentence about another ticket type's topic (negated, contrasted or in passing)",
    "typos": "a slip of the keyboard in about one word in eight",
    "retry_noise": "one of the first three tool calls times out and has to be retried",
}


class CustomerSupportScenario(Scenario):
    """A simulated help desk: 12 tools, five ticket types, graded on the final backend state."""

    name = "customer_support"
    description = (
        "A help desk with 12 tools (accounts, payments, refunds, API keys, logs, tickets, asking the "
        "customer) and five ticket types in four languages; success is judged on the final backend state."
    )
    difficulty = "intermediate"
    version = "0.2.0"
    success_criteria = {"success_rate": 0.90, "tool_reliability": 0.95, "cost_reduction": 0.30, "time_savings": 0.85}
    baselines = Baselines(tokens_per_task=500.0, seconds_per_task=240.0)
    max_steps = MAX_STEPS
    default_credit = "shaped"
    option_types = {"failure_rate": float, "tool_latency_ms": float}
    report_splits = ("natural",)
    perturbations = PERTURBATIONS

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
        # imported when a scenario is built, not when the class is listed
        from agentgym_scenario_support import episode, gold, resolver

        self._episode, self._gold, self._resolver = episode, gold, resolver

    def tools(self) -> list[ToolSpec]:
        from agentgym_scenario_support.tools import SPECS

        return list(SPECS)

    def tasks(self, split: str) -> Sequence[Task]:
        from agentgym_scenario_support import task_file, tickets

        if split not in self.splits:
            raise ScenarioError(f"unknown split '{split}'; use {', '.join(self.splits)}")
        if split not in self._tasks:
            self._tasks[split] = task_file.load_natural() if split == "natural" else tickets.generate(split)
        return self._tasks[split]

    def perturb(self, task: Task, name: str) -> Task:
        from agentgym_scenario_support.perturb import perturb

        return perturb(task, name)

    def new_episode(self, task: Task, seed: int) -> Episode:
        return self._episode.SupportEpisode(self, task, seed)

    def gold_action(self, task: Task, observation: Observation) -> Action:
        return self._gold.gold_action(task.kind, observation, task.params)

    def resolve_arguments(self, tool: str, observation: Observation) -> dict[str, Any] | None:
        return self._resolver.resolve_arguments(tool, observation)

    def resolve_all(self, observation: Observation) -> list[dict[str, Any] | None]:
        return self._resolver.resolve_all(self.tool_names, observation)

    def final_answer(self, observation: Observation) -> str:
        """The expert's closing sentence to the customer (``gold.ANSWER``)."""
        return self._gold.ANSWER

    def abstain_answer(self, observation: Observation, reason: str) -> str:
        """A help desk's hand-over: the customer hears that a person takes the ticket from here.

        The reason is for the operator (the adapters log it), not for the customer.
        """
        return ABSTAIN_ANSWER

    def load_tasks(self, path: Path) -> Iterator[Task]:
        from agentgym_scenario_support.task_file import iter_task_file

        return iter_task_file(path)
