"""The scenario contract: what every scenario gives the core.

A scenario is simulated work with tools: a backend the tools act on, tasks split into
train / validation / test, a scripted expert (the ``gold`` policy) and a grader that judges
the final backend state. This module is deliberately free of numpy and pydantic, and
defines only what a scenario class needs to exist (its metadata types), so registering a
scenario costs little at CLI start-up: the episode records (``agentgym.records``) and the
``Episode`` base (``agentgym.episode``) are re-exported from here and loaded on first use.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    import json

    from agentgym.episode import Episode
    from agentgym.records import Action, Observation, ResultStatus, Task, ToolSpec, Trajectory

SPLITS = ("train", "validation", "test")
DIFFICULTIES = ("beginner", "intermediate", "advanced")

# names importable from here that live in the lazily loaded modules
_LAZY = {
    **dict.fromkeys(
        ("Action", "FinalAnswer", "Observation", "ResultStatus", "Step", "Task", "ToolCall", "ToolEvent",
         "ToolResult", "ToolSpec", "Trajectory"),
        "agentgym.records",
    ),
    "Episode": "agentgym.episode",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


@cache
def _sorted_json() -> json.JSONEncoder:
    import json

    return json.JSONEncoder(sort_keys=True)  # built once: json.dumps with options builds one a call


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


class ScenarioError(ValueError):
    """Bad scenario input (e.g. a malformed task file); the message is user-facing."""


class Scenario(ABC):
    """Base class of every scenario; subclass it and register the class.

    Class attributes carry the metadata ``agentgym list`` shows, so listing scenarios never
    builds one; registration checks them (types, finite numbers, JSON-serialisable).
    Constructor keyword options (e.g. ``tool_latency_ms``) tune a scenario; each must be
    declared in ``option_types`` with its type, and any other is refused.
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
    option_types: ClassVar[Mapping[str, type]] = {}  # option name -> bool, int, float or str
    # Held-out splits measured after training beside ``test`` (e.g. hand-written tasks). They
    # are never used for training, early stopping or model selection; ``tasks`` accepts them.
    report_splits: ClassVar[tuple[str, ...]] = ()
    # Optional: named rewrites of a task that keep its meaning (``perturb``); name -> what it does.
    perturbations: ClassVar[Mapping[str, str]] = {}

    def __init__(self, **options: Any) -> None:
        from agentgym.options import check_options

        check_options(f"scenario '{getattr(self, 'name', type(self).__name__)}'", self.option_types, options)
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

    @property
    def splits(self) -> tuple[str, ...]:
        """Every split ``tasks`` accepts: train, validation, test, then the report splits."""
        return (*SPLITS, *self.report_splits)

    def perturb(self, task: Task, name: str) -> Task:
        """``task`` rewritten by the perturbation ``name`` (one of ``perturbations``).

        A perturbation changes how a task is presented (its wording, a header, a transient
        failure) but not what must be done: the expert's success stays 1.0, which
        ``agentgym check`` verifies. It is deterministic: the same task gives the same rewrite.
        """
        raise ScenarioError(f"scenario '{self.name}' has no perturbation '{name}'")

    def load_tasks(self, path: Path) -> Iterable[Task]:
        """Tasks from a user's file (``--tasks``), best yielded one at a time: a file may hold
        more tasks than fit in memory, and the core reads it lazily (once to check it, then
        again as episodes run), so each reading must give the same tasks. Raise
        ``ScenarioError`` naming the line of the first bad task. Scenarios that support
        ``--tasks`` override this."""
        raise ScenarioError(f"scenario '{self.name}' does not accept a task file")

    # --- how the agent answers -------------------------------------------------------
    def final_answer(self, observation: Observation) -> str:
        """What an agent says when it finishes the work (the expert's wording).

        Learned policies answer with it when they choose to finish, natively and inside a
        framework. The default is neutral; a scenario with a voice (a help desk) overrides it.
        """
        return "The task is complete."

    def abstain_answer(self, observation: Observation, reason: str) -> str:
        """What an agent says when it stops without acting because acting was not safe.

        ``reason`` says why (a tool it needs is not offered, it is not confident enough to
        change anything). The default states it; a scenario may word it for its own users.
        """
        return f"I stopped without acting, so a person should take this task over: {reason}."

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
            encoded = _sorted_json().encode(arguments)
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
