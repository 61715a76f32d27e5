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
from agentgym.abstention import EpisodeDecisions, state_changing_confidences
from agentgym.features import Featurizer
from agentgym.policies.base import Policy
from agentgym.rollout import ActionSpace, EpisodeRecord, EpisodeSpec, run_batch
from agentgym.scenario import Scenario, Task, Trajectory
from agentgym.seeds import derive_seeds

EVAL_SEED = 2026
NATIVE_BATCH = 256  # greedy episodes stepped together when a trained policy is measured here


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
    progress: Callable[[int], None] | None = None,
) -> list[Trajectory]:
    """Run a per-task decision policy (gold, random, a framework agent) over ``specs``;
    ``progress(done)`` after each episode."""
    out: list[Trajectory] = []
    for spec in specs:
        out.append(scenario.run(make_policy(spec.task, spec), spec.task, spec.episode_seed))
        if progress is not None:
            progress(len(out))
    return out


def select_tasks(scenario: Scenario, split: str, task_file: Any = None, max_tasks: int | None = None) -> Iterable[Task]:
    """A split's task list, or the tasks of a user's file (streamed, at most ``max_tasks``)."""
    if task_file is not None:
        from agentgym.streaming import TaskFile, task_cap

        return TaskFile(scenario, Path(task_file), task_cap(max_tasks))
    return scenario.tasks(split)


def stopped_by(records: Sequence[EpisodeRecord], changes_state: np.ndarray, threshold: float) -> list[int]:
    """Indices of greedy episodes the hand-off rule would stop: a state-changing decision
    less probable than ``threshold``. Up to that decision the two runs are the same."""
    if threshold <= 0.0:
        return []
    found = []
    for i, record in enumerate(records):
        actions = record.actions
        if len(actions) and bool((changes_state[actions] & (np.exp(record.logps) < threshold)).any()):
            found.append(i)
    return found


def with_abstention(
    built: tuple[Scenario, Featurizer, Policy],
    params: dict[str, np.ndarray],
    specs: Sequence[EpisodeSpec],
    records: Sequence[EpisodeRecord],
    threshold: float,
) -> list[EpisodeRecord]:
    """The greedy ``records`` of ``specs`` as they go with abstention at ``threshold``: the
    episodes it stops are played again here with the rule on (``run_batch(abstain_below=)``),
    the others are kept, so one run gives both the plain and the abstaining results."""
    scenario, featurizer, policy = built
    stopped = stopped_by(records, ActionSpace(scenario).changes_state, threshold)
    out = list(records)
    if stopped:
        policy.params = params
        replayed = run_batch(scenario, featurizer, policy, [specs[i] for i in stopped], True, abstain_below=threshold)
        for i, record in zip(stopped, replayed, strict=True):
            out[i] = record
    return out


def calibration_episodes(scenario: Scenario, records: Sequence[EpisodeRecord]) -> list[EpisodeDecisions]:
    """What ``agentgym.abstention.calibrate`` reads of greedy validation records."""
    space = ActionSpace(scenario)
    state_changing = {int(i) for i in np.flatnonzero(space.changes_state)}
    return [EpisodeDecisions(r.trajectory.success, state_changing_confidences(r.actions, r.logps, state_changing))
            for r in records]


def run_trained(trained: Any, specs: Sequence[EpisodeSpec], threshold: float | None = None,
                progress: Callable[[int], None] | None = None) -> list[Trajectory]:
    """A ``TrainedPolicy`` greedy on ``specs`` in this process, with abstention at
    ``threshold`` (default: the policy's own), as ``agentgym eval`` measures it natively.

    Episodes run in batches (stepped together), ``progress(done)`` after each.
    """
    from agentgym.executors.base import chunks

    threshold = trained.abstain_threshold if threshold is None else threshold
    built = (trained.scenario, trained.featurizer, trained.policy)
    params = trained.params
    out: list[Trajectory] = []
    for part in chunks(specs, max(1, len(specs) // NATIVE_BATCH)):
        plain = run_batch(*built, part, True)
        records = with_abstention(built, params, part, plain, threshold)
        out.extend(record.trajectory for record in records)
        if progress is not None:
            progress(len(out))
    return out
