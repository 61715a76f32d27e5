"""The metrics users were promised, computed from graded episodes and nothing else."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
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


def standard_metrics(trajectories: Sequence[Trajectory], baselines: Baselines) -> dict[str, Any]:
    """tool_reliability, success_rate, pass_hat_k, tokens, cost and time against baselines."""
    episodes = len(trajectories)
    if episodes == 0:
        raise ValueError("no episodes to measure")
    calls = sum(t.tool_calls for t in trajectories)
    correct = sum(t.correct_calls for t in trajectories)
    avg_tokens = sum(t.tokens for t in trajectories) / episodes
    avg_time = sum(t.seconds for t in trajectories) / episodes
    return {
        "tool_reliability": correct / calls if calls else 0.0,
        "success_rate": sum(t.success for t in trajectories) / episodes,
        "pass_hat_k": pass_hat_k(trajectories),
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
