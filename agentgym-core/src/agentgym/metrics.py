"""The metrics users were promised, computed from graded episodes and nothing else."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
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


def standard_metrics(trajectories: Iterable[Trajectory], baselines: Baselines) -> dict[str, Any]:
    """tool_reliability, success_rate, pass_hat_k, tokens, cost and time against baselines.

    One pass over the episodes (an evaluation of a large task file replays them as it is read).
    """
    episodes = calls = correct = successes = 0
    tokens: float = 0
    seconds: float = 0
    per_task: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for t in trajectories:
        episodes += 1
        calls += t.tool_calls
        correct += t.correct_calls
        successes += t.success
        tokens += t.tokens
        seconds += t.seconds
        counts = per_task[t.task_id]
        counts[0] += 1
        counts[1] += t.success
    if episodes == 0:
        raise ValueError("no episodes to measure")
    avg_tokens = tokens / episodes
    avg_time = seconds / episodes
    return {
        "tool_reliability": correct / calls if calls else 0.0,
        "success_rate": successes / episodes,
        "pass_hat_k": _pass_hat_k(per_task),
        "avg_tokens": avg_tokens,
        "cost_reduction": 1.0 - avg_tokens / baselines.tokens_per_task,
        "avg_response_time": avg_time,
        "time_savings": 1.0 - avg_time / baselines.seconds_per_task,
        "avg_tool_calls": calls / episodes,
        "episodes": episodes,
    }


def meets_criteria(metrics: dict[str, Any], criteria: dict[str, float]) -> bool:
    """Whether every success criterion (metric >= threshold) holds."""
    return all(float(metrics.get(name, float("-inf"))) >= value for name, value in criteria.items())
