"""Measuring a policy on a task list: every task ``trials`` times, each trial its own seed.

Trial seeds depend only on the evaluation seed, the task's position and the trial number,
so the trained policy, the reference policies and every framework adapter face exactly the
same backends and the same transient failures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np

from agentgym import hooks
from agentgym.rollout import EpisodeSpec
from agentgym.scenario import Scenario, Task, Trajectory
from agentgym.seeds import derive_seeds

EVAL_SEED = 2026


def evaluation_specs(tasks: Sequence[Task], trials: int, seed: int = EVAL_SEED, first: int = 0) -> list[EpisodeSpec]:
    """Every task ``trials`` times, each trial seeded by (seed, task position, trial).

    :param first: the position of ``tasks[0]`` in the whole task list (for a list in parts).
    """
    if not tasks:
        return []
    index = np.repeat(np.arange(len(tasks)), trials)
    trial = np.tile(np.arange(trials), len(tasks))
    episode_seeds = derive_seeds(seed, 7, index + first, trial).tolist()
    sample_seeds = derive_seeds(seed, 11, index + first, trial).tolist()
    return [
        EpisodeSpec(tasks[i], e, s)
        for i, e, s in zip(index.tolist(), episode_seeds, sample_seeds, strict=True)
    ]


def iter_evaluation_specs(tasks: Iterable[Task], trials: int, seed: int = EVAL_SEED,
                          block: int = 1024) -> Iterator[EpisodeSpec]:
    """``evaluation_specs`` of a task stream, made ``block`` tasks at a time (same seeds)."""
    stream, first = iter(tasks), 0
    while chunk := list(islice(stream, block)):
        yield from evaluation_specs(chunk, trials, seed, first)
        first += len(chunk)


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


def select_tasks(scenario: Scenario, split: str, task_file: Any = None, max_tasks: int | None = None) -> Iterable[Task]:
    """A split's task list, or the tasks of a user's file (streamed, at most ``max_tasks``)."""
    if task_file is not None:
        from agentgym.streaming import TaskFile, task_cap

        return TaskFile(scenario, Path(task_file), task_cap(max_tasks))
    return scenario.tasks(split)
