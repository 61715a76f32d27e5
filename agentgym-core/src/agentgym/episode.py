"""The ``Episode`` base class: one attempt at one task, with the bookkeeping every scenario
needs (step cap, correctness against the expert, tokens, time, rewards)."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from agentgym.records import Action, Observation, Step, Task, ToolCall, ToolEvent, ToolResult, Trajectory

if TYPE_CHECKING:
    from agentgym.scenario import Scenario

# built once: ``json.dumps`` with non-default options builds a new encoder on every call
_STRICT_JSON = json.JSONEncoder(sort_keys=True, allow_nan=False)


def _json_safe(arguments: Mapping[str, Any]) -> bool:
    """Whether a tool call's arguments are what a JSON tool call can carry."""
    if all(type(key) is str and type(value) is str for key, value in arguments.items()):
        return True  # the usual case, and any str encodes
    try:
        _STRICT_JSON.encode(arguments)
    except (TypeError, ValueError):
        return False
    return True


class Episode(ABC):
    """One attempt at one task against a freshly built backend.

    The base class does the bookkeeping every scenario needs (step cap, correctness
    against the expert, token and time accounting, rewards); a scenario implements
    ``execute`` (run a tool on its backend) and ``grade`` (judge the final state).
    """

    def __init__(self, scenario: Scenario, task: Task, seed: int) -> None:
        self.scenario = scenario
        self.task = task
        self.seed = seed
        self.steps: list[Step] = []
        self.history: list[ToolEvent] = []
        self.final_answer: str | None = None
        self.expert_actions: list[Action] = []  # the expert's action in each state the agent acted in
        self.finished_early = False
        self.truncated = False
        self.tokens = scenario.count_tokens(task.ticket)
        self.seconds = 0.0

    @property
    def done(self) -> bool:
        return self.final_answer is not None or self.truncated

    def observe(self) -> Observation:
        """What the agent has seen so far (one object per step: callers may cache by it)."""
        cached = self.__dict__.get("_observation")
        if cached is None or len(cached.history) != len(self.history):
            cached = Observation(self.task.ticket, tuple(self.history), self.scenario.tool_names)
            self.__dict__["_observation"] = cached
        return cached

    @abstractmethod
    def execute(self, name: str, arguments: Mapping[str, Any]) -> ToolResult:
        """Run one tool on the backend; return an error result (never raise) on bad input."""

    @abstractmethod
    def grade(self) -> bool:
        """Whether the final backend state is the one the task requires."""

    def call_tool(self, name: str, arguments: Mapping[str, Any]) -> str:
        """Run a tool call as an agent made it and return the text the agent sees."""
        if self.done:
            return "ERROR: the episode is over; no further tool calls are accepted."
        arguments = dict(arguments) if isinstance(arguments, Mapping) else {}
        expected = self.scenario.gold_action(self.task, self.observe())
        self.expert_actions.append(expected)
        correct = isinstance(expected, ToolCall) and expected.name == name and dict(
            expected.arguments
        ) == arguments
        if name not in self.scenario.tool_names:
            result = ToolResult(f"ERROR: unknown tool '{name}'.", "error")
        elif not _json_safe(arguments):
            result = ToolResult(f"ERROR: {name}: arguments must be JSON (string keys, plain values).", "error")
        else:
            result = self.execute(name, arguments)
        tokens = self.scenario.call_tokens(name, arguments, result.text)
        scheme = self.scenario.rewards
        step = Step(
            tool=name,
            arguments=arguments,
            result=result.text,
            status=result.status,
            correct=correct,
            tokens=tokens,
            seconds=result.seconds,
            reward=scheme.correct_call if correct else scheme.incorrect_call,
        )
        self.steps.append(step)
        self.history.append(ToolEvent(name, arguments, result.text))
        self.tokens += tokens
        self.seconds += result.seconds
        if len(self.steps) >= self.scenario.max_steps:
            self.truncated = True
        return result.text

    def finish(self, answer: str = "Done.") -> None:
        """The agent's final answer: the episode ends here."""
        if not self.done:
            expected = self.scenario.gold_action(self.task, self.observe())
            self.expert_actions.append(expected)
            self.finished_early = isinstance(expected, ToolCall)
            self.final_answer = answer or "Done."
            self.tokens += self.scenario.count_tokens(self.final_answer)

    def act(self, action: Action) -> str | None:
        """Apply an action of either kind; returns the tool's text for a tool call."""
        if isinstance(action, ToolCall):
            return self.call_tool(action.name, action.arguments)
        self.finish(action.text)
        return None

    def trajectory(self) -> Trajectory:
        """Grade the episode and return its record."""
        success = self.final_answer is not None and self.grade()
        scheme = self.scenario.rewards
        base = self.scenario.baselines
        outcome = scheme.success if success else scheme.failure
        outcome += scheme.token_bonus * max(0.0, 1.0 - self.tokens / base.tokens_per_task)
        outcome += scheme.speed_bonus * max(0.0, 1.0 - self.seconds / base.seconds_per_task)
        return Trajectory(
            task_id=self.task.id,
            kind=self.task.kind,
            outcome=self.task.outcome,
            seed=self.seed,
            steps=list(self.steps),
            success=success,
            truncated=self.truncated and self.final_answer is None,
            final_answer=self.final_answer,
            tokens=self.tokens,
            seconds=self.seconds,
            outcome_reward=outcome,
            answer_reward=scheme.early_finish if self.finished_early else 0.0,
        )
