"""Where a policy fails: success, reliability and wrong tool calls per task kind and outcome.

Trajectories do not store what the expert wanted at each step, so it is recomputed: the
expert's action depends only on the task and the observation before the call, and that
observation is rebuilt from the earlier steps exactly as the episode built it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from agentgym.scenario import Observation, Scenario, Task, ToolCall, ToolEvent, Trajectory

TOP_WRONG_CALLS = 3
FINISH = "final answer"
OTHER_ARGUMENTS = "same tool, other arguments"
UNKNOWN = "unknown (task not found)"


@dataclass(frozen=True)
class WrongCall:
    """A tool the policy called where the expert would have done ``expected`` instead."""

    called: str
    expected: str
    count: int

    def label(self) -> str:
        """``called → expected ×count``, e.g. ``send_email → escalate ×12``."""
        return f"{self.called} \u2192 {self.expected} \u00d7{self.count}"


@dataclass(frozen=True)
class TypeRow:
    """One task kind and outcome, e.g. ``refund_request`` / ``outside_window``."""

    kind: str
    outcome: str
    episodes: int
    success_rate: float
    tool_reliability: float
    avg_tool_calls: float
    wrong_calls: list[WrongCall] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "outcome": self.outcome,
            "episodes": self.episodes,
            "success_rate": self.success_rate,
            "tool_reliability": self.tool_reliability,
            "avg_tool_calls": self.avg_tool_calls,
            "wrong_calls": [
                {"called": w.called, "expected": w.expected, "count": w.count} for w in self.wrong_calls
            ],
        }


def expected_call(scenario: Scenario, task: Task, trajectory: Trajectory, index: int) -> str:
    """What the expert would have done instead of step ``index``, as a short label."""
    step = trajectory.steps[index]
    history = tuple(ToolEvent(s.tool, s.arguments, s.result) for s in trajectory.steps[:index])
    action = scenario.gold_action(task, Observation(task.ticket, history, scenario.tool_names))
    if not isinstance(action, ToolCall):
        return FINISH
    return OTHER_ARGUMENTS if action.name == step.tool else action.name


def wrong_calls(scenario: Scenario, task: Task | None, trajectory: Trajectory) -> list[tuple[str, str]]:
    """(called, expected) for each incorrect call of one episode."""
    return [
        (step.tool, expected_call(scenario, task, trajectory, index) if task is not None else UNKNOWN)
        for index, step in enumerate(trajectory.steps)
        if not step.correct
    ]


@dataclass
class _Group:
    """Running totals of one (kind, outcome): no trajectory is kept."""

    episodes: int = 0
    successes: int = 0
    calls: int = 0
    correct: int = 0
    mistakes: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, trajectory: Trajectory, mistakes: list[tuple[str, str]]) -> None:
        self.episodes += 1
        self.successes += trajectory.success
        self.calls += trajectory.tool_calls
        self.correct += trajectory.correct_calls
        self.mistakes.update(mistakes)

    def row(self, kind: str, outcome: str) -> TypeRow:
        return TypeRow(
            kind=kind,
            outcome=outcome,
            episodes=self.episodes,
            success_rate=self.successes / self.episodes,
            tool_reliability=self.correct / self.calls if self.calls else 0.0,
            avg_tool_calls=self.calls / self.episodes,
            wrong_calls=[WrongCall(c, e, n) for (c, e), n in self.mistakes.most_common(TOP_WRONG_CALLS)],
        )


def breakdown_of_pairs(scenario: Scenario, pairs: Iterable[tuple[Task | None, Trajectory]]) -> list[TypeRow]:
    """One row per (kind, outcome) from (task, trajectory) pairs, holding only totals."""
    groups: dict[tuple[str, str], _Group] = defaultdict(_Group)
    for task, trajectory in pairs:
        groups[(trajectory.kind, trajectory.outcome)].add(trajectory, wrong_calls(scenario, task, trajectory))
    return [groups[key].row(*key) for key in sorted(groups)]


def breakdown(scenario: Scenario, tasks: Iterable[Task], trajectories: Sequence[Trajectory]) -> list[TypeRow]:
    """One row per (kind, outcome), sorted by kind then outcome.

    :param tasks: the task list the trajectories ran on (to recompute the expert's calls).
    """
    pairs = getattr(trajectories, "pairs", None)
    if pairs is not None:  # replayed episodes know their tasks: no index of every task needed
        return breakdown_of_pairs(scenario, pairs())
    by_id: Mapping[str, Task] = {task.id: task for task in tasks}
    return breakdown_of_pairs(scenario, ((by_id.get(t.task_id), t) for t in trajectories))


def breakdown_json(rows: Sequence[TypeRow]) -> list[dict[str, Any]]:
    return [row.as_json() for row in rows]
