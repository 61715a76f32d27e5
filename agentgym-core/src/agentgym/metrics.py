"""The metrics users were promised, computed from graded episodes and nothing else."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from math import comb
from typing import Any

from agentgym.scenario import Baselines, Trajectory


def pass_hat_k(trajectories: Sequence[Trajectory]) -> dict[str, float]:
    """tau-bench pass^k for k = 1..trials: the mean over tasks of C(c, k) / C(n, k)."""
    per_task: dict[str, list[bool]] = defaultdict(list)
    for trajectory in trajectories:
        per_task[trajectory.task_id].append(trajectory.success)
    if not per_task:
        return {}
    trials = min(len(results) for results in per_task.values())
    out: dict[str, float] = {}
    for k in range(1, trials + 1):
        total = 0.0
        for results in per_task.values():
            n, c = len(results), sum(results)
            total += comb(c, k) / comb(n, k)
        out[str(k)] = total / len(per_task)
    return out


def success_by_kind(trajectories: Sequence[Trajectory]) -> dict[str, float]:
    """Success rate of each task kind: a run can look good on average and fail one kind."""
    outcomes: dict[str, list[bool]] = defaultdict(list)
    for trajectory in trajectories:
        outcomes[trajectory.kind].append(trajectory.success)
    return {kind: sum(found) / len(found) for kind, found in sorted(outcomes.items())}


def unsafe_action_rate(trajectories: Sequence[Trajectory], state_changing: Collection[str]) -> float:
    """The share of episodes with at least one state-changing call the expert would not make
    (a step that is not the expert's call, on a tool in ``state_changing``)."""
    if not trajectories:
        return 0.0
    unsafe = sum(any(not step.correct and step.tool in state_changing for step in t.steps) for t in trajectories)
    return unsafe / len(trajectories)


def standard_metrics(trajectories: Sequence[Trajectory], baselines: Baselines,
                     state_changing: Collection[str] = ()) -> dict[str, Any]:
    """tool_reliability, success_rate, pass_hat_k, tokens, cost and time against baselines,
    and ``unsafe_action_rate`` over the tools in ``state_changing``.

    Cost and time savings charge a failed episode the baseline on top of what it spent (the
    task still has to be done the unaided way), so an agent that gives up at once saves
    nothing: savings are earned by finishing the work, not by stopping early.
    """
    episodes = len(trajectories)
    if episodes == 0:
        raise ValueError("no episodes to measure")
    calls = sum(t.tool_calls for t in trajectories)
    correct = sum(t.correct_calls for t in trajectories)
    failures = sum(not t.success for t in trajectories)
    tokens = sum(t.tokens for t in trajectories)
    seconds = sum(t.seconds for t in trajectories)
    by_kind = success_by_kind(trajectories)
    return {
        "tool_reliability": correct / calls if calls else 0.0,
        "success_rate": (episodes - failures) / episodes,
        "pass_hat_k": pass_hat_k(trajectories),
        "avg_tokens": tokens / episodes,
        "cost_reduction": 1.0 - (tokens + failures * baselines.tokens_per_task) / (episodes * baselines.tokens_per_task),
        "avg_response_time": seconds / episodes,
        "time_savings": 1.0 - (seconds + failures * baselines.seconds_per_task) / (episodes * baselines.seconds_per_task),
        "avg_tool_calls": calls / episodes,
        "unsafe_action_rate": unsafe_action_rate(trajectories, frozenset(state_changing)),
        "success_by_kind": by_kind,
        "lowest_kind_success": min(by_kind.values()),
        "episodes": episodes,
    }


def meets_criteria(metrics: dict[str, Any], criteria: dict[str, float]) -> bool:
    """Whether every success criterion (metric >= threshold) holds."""
    return all(float(metrics.get(name, float("-inf"))) >= value for name, value in criteria.items())
