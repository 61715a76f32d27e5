"""The records of an episode: tools, actions, observations, tasks, steps, trajectories.

Plain frozen dataclasses (the mutable ``Step`` and ``Trajectory`` aside) shared by every
scenario, policy and adapter. ``agentgym.scenario`` re-exports them, so scenario authors
import everything from there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

ResultStatus = Literal["ok", "error", "retry"]


@dataclass(frozen=True)
class ToolSpec:
    """A tool on offer: its name, what it does and the JSON Schema of its arguments.

    ``changes_state`` says whether a call can change the backend (a refund, an email sent):
    such a tool is never taken in place of another one. It defaults to True, the safe
    assumption for a tool nobody described. ``extends_ticket`` marks a tool whose result is
    more of the task's own text (a customer's answer to a question): featurizers read it
    with the ticket for the rest of the episode, not only as the latest result.
    """

    name: str
    description: str
    parameters: Mapping[str, Any]
    changes_state: bool = True
    extends_ticket: bool = False


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
class ToolResult:
    """What a tool returns to the episode: text for the agent and its simulated cost."""

    text: str
    status: ResultStatus = "ok"
    seconds: float = 0.0
