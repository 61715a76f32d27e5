"""Where a policy fails: success, reliability and wrong tool calls per task kind and outcome.

Trajectories do not store what the expert wanted at each step, so it is recomputed: the
expert's action depends only on the task and the observation before the call, and that
observation is rebuilt from the earlier steps exactly as the episode built it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
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


def _row(kind: str, outcome: str, group: Sequence[Trajectory], mistakes: Counter[tuple[str, str]]) -> TypeRow:
    calls = sum(t.tool_calls for t in group)
    return TypeRow(
        kind=kind,
        outcome=outcome,
        episodes=len(group),
        success_rate=sum(t.success for t in group) / len(group),
        tool_reliability=sum(t.correct_calls for t in group) / calls if calls else 0.0,
        avg_tool_calls=calls / len(group),
        wrong_calls=[WrongCall(c, e, n) for (c, e), n in mistakes.most_common(TOP_WRONG_CALLS)],
    )


def breakdown(scenario: Scenario, tasks: Sequence[Task], trajectories: Sequence[Trajectory]) -> list[TypeRow]:
    """One row per (kind, outcome), sorted by kind then outcome.

    :param tasks: the task list the trajectories ran on (to recompute the expert's calls).
    """
    by_id: Mapping[str, Task] = {task.id: task for task in tasks}
    groups: dict[tuple[str, str], list[Trajectory]] = defaultdict(list)
    mistakes: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    for trajectory in trajectories:
        key = (trajectory.kind, trajectory.outcome)
        groups[key].append(trajectory)
        mistakes[key].update(wrong_calls(scenario, by_id.get(trajectory.task_id), trajectory))
    return [_row(kind, outcome, groups[(kind, outcome)], mistakes[(kind, outcome)])
            for kind, outcome in sorted(groups)]


def breakdown_json(rows: Sequence[TypeRow]) -> list[dict[str, Any]]:
    return [row.as_json() for row in rows]
