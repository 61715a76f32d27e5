"""Measuring a policy on a task list: every task ``trials`` times, each trial its own seed.

Trial seeds depend only on the evaluation seed, the task's position and the trial number,
so the trained policy, the reference policies and every framework adapter face exactly the
same backends and the same transient failures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from agentgym import hooks
from agentgym.rollout import EpisodeSpec, derive_seed
from agentgym.scenario import Scenario, Task, Trajectory

EVAL_SEED = 2026


def evaluation_specs(tasks: Sequence[Task], trials: int, seed: int = EVAL_SEED) -> list[EpisodeSpec]:
    return [
        EpisodeSpec(task, derive_seed(seed, 7, index, trial), derive_seed(seed, 11, index, trial))
        for index, task in enumerate(tasks)
        for trial in range(trials)
    ]


def measure(scenario: Scenario, trajectories: Sequence[Trajectory]) -> dict[str, Any]:
    """The merged metrics of every plugin for these episodes."""
    return hooks.compute_metrics(scenario, trajectories)


def run_reference(
    scenario: Scenario,
    make_policy: Callable[[Task, EpisodeSpec], Any],
    specs: Sequence[EpisodeSpec],
) -> list[Trajectory]:
    """Run a per-task decision policy (gold, random, a framework agent) over ``specs``."""
    return [scenario.run(make_policy(spec.task, spec), spec.task, spec.episode_seed) for spec in specs]


def select_tasks(scenario: Scenario, split: str, task_file: Any = None) -> Sequence[Task]:
    if task_file is not None:
        return scenario.load_tasks(task_file)
    return scenario.tasks(split)
