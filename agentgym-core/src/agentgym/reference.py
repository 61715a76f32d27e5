"""Reference policies every scenario has: the scripted expert and uniform random choice."""

from __future__ import annotations

import random

from agentgym.scenario import Action, FinalAnswer, Observation, Scenario, Task, ToolCall


class GoldPolicy:
    """The scenario's scripted expert, bound to one task (it may read the task's facts)."""

    def __init__(self, scenario: Scenario, task: Task) -> None:
        self.scenario = scenario
        self.task = task

    def decide(self, observation: Observation) -> Action:
        return self.scenario.gold_action(self.task, observation)


class RandomPolicy:
    """Uniform over the tools on offer plus finishing; arguments from the resolver."""

    def __init__(self, scenario: Scenario, seed: int) -> None:
        self.scenario = scenario
        self.rng = random.Random(seed)

    def decide(self, observation: Observation) -> Action:
        names = observation.tools or self.scenario.tool_names
        choice = self.rng.randrange(len(names) + 1)
        if choice == len(names):
            return FinalAnswer("Done.")
        name = names[choice]
        return ToolCall(name, self.scenario.resolve_arguments(name, observation) or {})
