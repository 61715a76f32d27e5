"""The scenario contract: what every scenario gives the core.

A scenario is simulated work with tools: a backend the tools act on, tasks split into
train / validation / test, a scripted expert (the ``gold`` policy) and a grader that judges
the final backend state. This module is deliberately free of numpy and pydantic so that
registering a scenario costs nothing at CLI start-up.
"""

from __future__ import annotations

import json
import math
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

SPLITS = ("train", "validation", "test")
DIFFICULTIES = ("beginner", "intermediate", "advanced")
ResultStatus = Literal["ok", "error", "retry"]


@dataclass(frozen=True)
class ToolSpec:
    """A tool on offer: its name, what it does and the JSON Schema of its arguments."""

    name: str
    description: str
    parameters: Mapping[str, Any]


@dataclass(frozen=True)
class ToolCall:
    """An agent action: call ``name`` with ``arguments``."""

    name: str
    arguments: Mapping[str, Any]


@dataclass(frozen=True)
class FinalAnswer:
    """An agent action: stop and answer the customer."""

    text: str = "Done."


Action = ToolCall | FinalAnswer


@dataclass(frozen=True)
class ToolEvent:
    """One tool call the agent made and the text it got back."""

    name: str
    arguments: Mapping[str, Any]
    result: str


@dataclass(frozen=True)
class Observation:
    """What an agent has seen: the ticket, its tool calls so far, the tools on offer.

    It is all an agent (learned, scripted, or inside a framework) may decide on; it never
    holds hidden backend state, so the same decision is made natively and in a framework.
    """

    ticket: str
    history: tuple[ToolEvent, ...] = ()
    tools: tuple[str, ...] = ()


@dataclass(frozen=True)
class Task:
    """One unit of work: the ticket text plus the hidden facts the backend is built from."""

    id: str
    split: str
    ticket: str
    kind: str
    outcome: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Step:
    """One tool call inside an episode, with the grader's view of it."""

    tool: str
    arguments: Mapping[str, Any]
    result: str
    status: ResultStatus
    correct: bool
    tokens: int
    seconds: float
    reward: float


@dataclass
class Trajectory:
    """A finished episode: what was called, what it cost, and whether the task succeeded."""

    task_id: str
    kind: str
    outcome: str
    seed: int
    steps: list[Step]
    success: bool
    truncated: bool
    final_answer: str | None
    tokens: int
    seconds: float
    outcome_reward: float
    answer_reward: float = 0.0  # the final answer's own reward (negative if premature)

    @property
    def tool_calls(self) -> int:
        return len(self.steps)

    @property
    def correct_calls(self) -> int:
        return sum(step.correct for step in self.steps)

    @property
    def total_reward(self) -> float:
        return sum(step.reward for step in self.steps) + self.answer_reward + self.outcome_reward


@dataclass(frozen=True)
class Baselines:
    """What an unaided agent spends per task; efficiency is measured against it."""

    tokens_per_task: float = 500.0
    seconds_per_task: float = 240.0


@dataclass(frozen=True)
class RewardScheme:
    """The reward each event earns; scenarios may override the defaults."""

    success: float = 10.0
    failure: float = -5.0
    correct_call: float = 10.0
    incorrect_call: float = -20.0
    token_bonus: float = 5.0
    speed_bonus: float = 3.0
    early_finish: float = -20.0  # answering while the expert would still call a tool


@dataclass(frozen=True)
class ToolResult:
    """What a tool returns to the episode: text for the agent and its simulated cost."""

    text: str
    status: ResultStatus = "ok"
    seconds: float = 0.0


class ScenarioError(ValueError):
    """Bad scenario input (e.g. a malformed task file); the message is user-facing."""


# built once: ``json.dumps`` with non-default options builds a new encoder on every call
_STRICT_JSON = json.JSONEncoder(sort_keys=True, allow_nan=False)
_SORTED_JSON = json.JSONEncoder(sort_keys=True)


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


class Scenario(ABC):
    """Base class of every scenario; subclass it and register the class.

    Class attributes carry the metadata ``agentgym list`` shows, so listing scenarios never
    builds one. Constructor keyword options (e.g. ``tool_latency_ms``) tune a scenario.
    """

    name: ClassVar[str]
    description: ClassVar[str] = ""
    difficulty: ClassVar[str] = "beginner"
    version: ClassVar[str] = "0.1.0"
    success_criteria: ClassVar[Mapping[str, float]] = {}
    baselines: ClassVar[Baselines] = Baselines()
    rewards: ClassVar[RewardScheme] = RewardScheme()
    max_steps: ClassVar[int] = 10
    default_credit: ClassVar[str] = "shaped"

    def __init__(self, **options: Any) -> None:
        self.options = dict(options)

    # --- what the agent works with -------------------------------------------------
    @abstractmethod
    def tools(self) -> list[ToolSpec]:
        """The tools on offer, in a fixed order (the action order of learned policies)."""

    @property
    def tool_names(self) -> tuple[str, ...]:
        cached = self.__dict__.get("_tool_names")
        if cached is None:
            cached = self.__dict__["_tool_names"] = tuple(t.name for t in self.tools())
        return cached

    @abstractmethod
    def tasks(self, split: str) -> Sequence[Task]:
        """The deterministic task list of ``split`` (train, validation or test)."""

    @abstractmethod
    def new_episode(self, task: Task, seed: int) -> Episode:
        """A fresh backend for ``task``, built from the task and ``seed``."""

    @abstractmethod
    def gold_action(self, task: Task, observation: Observation) -> Action:
        """The expert's next action, from the task and what the tools returned so far."""

    @abstractmethod
    def resolve_arguments(self, tool: str, observation: Observation) -> dict[str, Any] | None:
        """Fill a tool's arguments from what the agent has seen, or None when it cannot.

        Uses only the observation (ticket and earlier results), never hidden backend state,
        so it fills the same arguments when a framework's agent loop passes the messages.
        """

    def resolve_all(self, observation: Observation) -> list[dict[str, Any] | None]:
        """``resolve_arguments`` for every tool, in tool order (override to share work)."""
        return [self.resolve_arguments(name, observation) for name in self.tool_names]

    def load_tasks(self, path: Path) -> list[Task]:
        """Tasks from a user's JSONL file; scenarios that support ``--tasks`` override this."""
        raise ScenarioError(f"scenario '{self.name}' does not accept a task file")

    # --- how results are read and costed --------------------------------------------
    def result_status(self, text: str) -> ResultStatus:
        """Classify a tool's result text: ``retry`` for a transient failure, ``error``, ``ok``."""
        head = text[:40].lower()
        if head.startswith("error (transient)"):
            return "retry"
        if head.startswith("error"):
            return "error"
        return "ok"

    def count_tokens(self, text: str) -> int:
        """The token estimate used for cost: one token per four characters, rounded up."""
        return math.ceil(len(text) / 4)

    def call_tokens(self, name: str, arguments: Mapping[str, Any], result: str) -> int:
        """Tokens one tool call costs: a fixed call overhead, the arguments and the result."""
        try:
            encoded = _SORTED_JSON.encode(arguments)
        except (TypeError, ValueError):  # keys or values JSON cannot hold: cost their repr
            encoded = repr(arguments)
        return 10 + self.count_tokens(encoded) + self.count_tokens(result)

    # --- credit assignment ------------------------------------------------------------
    def broadcast_rewards(self, trajectory: Trajectory, discount: float = 0.99) -> list[float]:
        """The scenario's default credit: its ``default_credit`` strategy with the run's discount."""
        from agentgym.credit import assign_credit

        return assign_credit(self.default_credit, trajectory, discount=discount)

    # --- convenience ------------------------------------------------------------------
    def run(self, policy: Any, task: Task, seed: int) -> Trajectory:
        """Run one episode with any object that has ``decide(observation) -> Action``."""
        episode = self.new_episode(task, seed)
        while not episode.done:
            episode.act(policy.decide(episode.observe()))
        return episode.trajectory()
