"""Evaluating task files of any size: tasks stream from the file, episodes run in blocks.

A task file is read one task at a time (``Scenario.load_tasks`` yields them), with a cap on
the number of tasks (``--max-tasks``, ``AGENTGYM_MAX_TASKS``, default ``DEFAULT_MAX_TASKS``)
checked by a first pass over the file, before any episode runs. An evaluation of more than
``IN_MEMORY_EPISODES`` episodes does not hold its trajectories (a few KB each: gigabytes
for a large file): ``ReplayedEpisodes`` holds the recipe instead, and runs the episodes again,
block by block, each time it is read. Episodes are a function of the task, its seeds and the
policy alone, so every reading sees the same episodes, and what stays in memory per task is
a few counters (pass^k's successes per task, the task ids seen). Smaller evaluations keep their trajectories, but also run in blocks, so what
an episode makes besides its trajectory (a learned policy's feature rows) is never held for
all of them at once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from agentgym.scenario import ScenarioError

if TYPE_CHECKING:
    from agentgym.records import Task, Trajectory
    from agentgym.rollout import EpisodeSpec
    from agentgym.scenario import Scenario

DEFAULT_MAX_TASKS = 100_000
IN_MEMORY_EPISODES = 2_000  # a test split of 500 tasks x 4 trials; ~40 MB of trajectories at most
BLOCK_EPISODES = 512  # episodes run (and held) at once when replaying
CAP_VARIABLE = "AGENTGYM_MAX_TASKS"

RunBlock = Callable[[Sequence["EpisodeSpec"]], list["Trajectory"]]


def task_cap(explicit: int | None = None) -> int:
    """The most tasks a task file may hold: ``explicit`` (``--max-tasks``), else the
    ``AGENTGYM_MAX_TASKS`` variable, else ``DEFAULT_MAX_TASKS``."""
    if explicit is not None:
        return explicit
    raw = os.environ.get(CAP_VARIABLE, "").strip()
    if not raw:
        return DEFAULT_MAX_TASKS
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise ScenarioError(f"{CAP_VARIABLE} must be a positive whole number, not {raw!r}")
    return value


@dataclass(frozen=True)
class TaskFile:
    """The tasks of a user's file, read again from the file each time they are iterated."""

    scenario: Scenario
    path: Path
    cap: int

    def __iter__(self) -> Iterator[Task]:
        for count, task in enumerate(self.scenario.load_tasks(self.path), start=1):
            if count > self.cap:
                raise ScenarioError(f"{self.path} has more than {self.cap} tasks (--max-tasks, or "
                                    f"{CAP_VARIABLE}); split the file or raise the cap")
            yield task

    def count(self) -> int:
        """Read the whole file once: every line checked, the cap enforced, nothing kept."""
        return sum(1 for _ in self)


@dataclass(frozen=True)
class TaskView:
    """The first ``limit`` tasks of a re-readable source, each through ``change`` (a
    perturbation): read again from the source each time it is iterated, nothing held."""

    source: Iterable[Task]
    limit: int | None = None
    change: Callable[[Task], Task] | None = None

    def __iter__(self) -> Iterator[Task]:
        tasks = islice(self.source, self.limit)
        return tasks if self.change is None else map(self.change, tasks)


def first_tasks(tasks: Iterable[Task], limit: int | None) -> Iterable[Task]:
    """``--limit``: a list's first ``limit`` tasks, or a streamed file's, still streamed."""
    if isinstance(tasks, Sequence):
        return list(tasks)[:limit]
    return tasks if limit is None else TaskView(tasks, limit)


def changed_tasks(tasks: Iterable[Task], change: Callable[[Task], Task]) -> Iterable[Task]:
    """Every task through ``change``: a list for a list, else streamed like its source."""
    if isinstance(tasks, Sequence):
        return [change(task) for task in tasks]
    return TaskView(tasks, None, change)


def task_count(tasks: Iterable[Task]) -> int:
    """How many tasks: a sequence's length, or one pass over a re-readable ``TaskFile``."""
    return len(tasks) if isinstance(tasks, Sequence) else sum(1 for _ in tasks)


class ReplayedEpisodes(Sequence["Trajectory"]):
    """The graded episodes of an evaluation, run again (block by block) each time they are read.

    Iterate it: each pass runs every episode once. Indexing runs the episodes up to the index.
    """

    def __init__(self, tasks: Iterable[Task], trials: int, run: RunBlock, tasks_counted: int) -> None:
        self.tasks = tasks
        self.trials = trials
        self.run = run
        self.size = tasks_counted * trials

    def __len__(self) -> int:
        return self.size

    def specs(self) -> Iterator[EpisodeSpec]:
        from agentgym.evaluation import iter_evaluation_specs

        return iter_evaluation_specs(self.tasks, self.trials, block=BLOCK_EPISODES)

    def blocks(self) -> Iterator[tuple[list[EpisodeSpec], list[Trajectory]]]:
        specs = self.specs()
        while block := list(islice(specs, BLOCK_EPISODES)):
            yield block, self.run(block)

    def __iter__(self) -> Iterator[Trajectory]:
        for _, trajectories in self.blocks():
            yield from trajectories

    def pairs(self) -> Iterator[tuple[Task, Trajectory]]:
        """(task, graded episode) of every episode, in order."""
        for block, trajectories in self.blocks():
            for spec, trajectory in zip(block, trajectories, strict=True):
                yield spec.task, trajectory

    @overload
    def __getitem__(self, index: int) -> Trajectory: ...
    @overload
    def __getitem__(self, index: slice) -> list[Trajectory]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return list(islice(iter(self), *index.indices(self.size)))
        if not -self.size <= index < self.size:
            raise IndexError(index)
        spec = next(islice(self.specs(), index % self.size, None))
        return self.run([spec])[0]


def evaluation_episodes(tasks: Iterable[Task], trials: int, run: RunBlock,
                        count: int | None = None) -> Sequence[Trajectory]:
    """Every task ``trials`` times: a list when it is small, else ``ReplayedEpisodes``. A task
    file is checked whole (and its cap enforced) before any episode runs (``count``: already
    counted by the caller, so the file is not read once more)."""
    from agentgym.evaluation import evaluation_specs

    count = task_count(tasks) if count is None else count
    if count * trials > IN_MEMORY_EPISODES:
        return ReplayedEpisodes(tasks, trials, run, count)
    specs = evaluation_specs(list(tasks), trials)
    # in blocks: what running an episode makes besides its trajectory (a learned policy's
    # feature rows, tens of KB an episode) is dropped after each block, not held for all
    return [trajectory for start in range(0, len(specs), BLOCK_EPISODES)
            for trajectory in run(specs[start:start + BLOCK_EPISODES])]
