"""The metrics users were promised, computed from graded episodes and nothing else."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from math import comb
from typing import Any

from agentgym.scenario import Baselines, Trajectory


def _pass_hat_k(per_task: dict[str, list[int]]) -> dict[str, float]:
    """pass^k from each task's [episodes, successes]."""
    if not per_task:
        return {}
    trials = min(n for n, _ in per_task.values())
    out: dict[str, float] = {}
    for k in range(1, trials + 1):
        total = 0.0
        for n, c in per_task.values():
            total += comb(c, k) / comb(n, k)
        out[str(k)] = total / len(per_task)
    return out


def _per_task(trajectories: Iterable[Trajectory]) -> dict[str, list[int]]:
    per_task: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for trajectory in trajectories:
        counts = per_task[trajectory.task_id]
        counts[0] += 1
        counts[1] += trajectory.success
    return per_task


def pass_hat_k(trajectories: Iterable[Trajectory]) -> dict[str, float]:
    """tau-bench pass^k for k = 1..trials: the mean over tasks of C(c, k) / C(n, k)."""
    return _pass_hat_k(_per_task(trajectories))


def _rates(counts: dict[str, list[int]]) -> dict[str, float]:
    return {name: c / n for name, (n, c) in sorted(counts.items())}


def success_by_kind(trajectories: Iterable[Trajectory]) -> dict[str, float]:
    """Success rate of each task kind: a run can look good on average and fail one kind."""
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for trajectory in trajectories:
        counts = per_kind[trajectory.kind]
        counts[0] += 1
        counts[1] += trajectory.success
    return _rates(per_kind)


def _unsafe(trajectory: Trajectory, state_changing: Collection[str]) -> bool:
    return any(not step.correct and step.tool in state_changing for step in trajectory.steps)


def unsafe_action_rate(trajectories: Iterable[Trajectory], state_changing: Collection[str]) -> float:
    """The share of episodes with at least one state-changing call the expert would not make
    (a step that is not the expert's call, on a tool in ``state_changing``)."""
    episodes = unsafe = 0
    for trajectory in trajectories:
        episodes += 1
        unsafe += _unsafe(trajectory, state_changing)
    return unsafe / episodes if episodes else 0.0


def standard_metrics(trajectories: Iterable[Trajectory], baselines: Baselines,
                     state_changing: Collection[str] = ()) -> dict[str, Any]:
    """tool_reliability, success_rate, pass_hat_k, tokens, cost and time against baselines,
    and ``unsafe_action_rate`` over the tools in ``state_changing``.

    One pass over the episodes (an evaluation of a large task file replays them as it is read).
    Cost and time savings charge a failed episode the baseline on top of what it spent (the
    task still has to be done the unaided way), so an agent that gives up at once saves
    nothing: savings are earned by finishing the work, not by stopping early.
    """
    state_changing = frozenset(state_changing)
    episodes = calls = correct = failures = unsafe = 0
    tokens: float = 0
    seconds: float = 0
    per_task: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for t in trajectories:
        episodes += 1
        calls += t.tool_calls
        correct += t.correct_calls
        failures += not t.success
        tokens += t.tokens
        seconds += t.seconds
        unsafe += _unsafe(t, state_changing)
        for counts in (per_task[t.task_id], per_kind[t.kind]):
            counts[0] += 1
            counts[1] += t.success
    if episodes == 0:
        raise ValueError("no episodes to measure")
    by_kind = _rates(per_kind)
    return {
        "tool_reliability": correct / calls if calls else 0.0,
        "success_rate": (episodes - failures) / episodes,
        "pass_hat_k": _pass_hat_k(per_task),
        "avg_tokens": tokens / episodes,
        "cost_reduction": 1.0 - (tokens + failures * baselines.tokens_per_task) / (episodes * baselines.tokens_per_task),
        "avg_response_time": seconds / episodes,
        "time_savings": 1.0 - (seconds + failures * baselines.seconds_per_task) / (episodes * baselines.seconds_per_task),
        "avg_tool_calls": calls / episodes,
        "unsafe_action_rate": unsafe / episodes,
        "success_by_kind": by_kind,
        "lowest_kind_success": min(by_kind.values()),
        "episodes": episodes,
    }


def meets_criteria(metrics: dict[str, Any], criteria: dict[str, float]) -> bool:
    """Whether every success criterion (metric >= threshold) holds."""
    return all(float(metrics.get(name, float("-inf"))) >= value for name, value in criteria.items())
