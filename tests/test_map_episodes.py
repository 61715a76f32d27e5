"""``Executor.map_episodes``: episodes through a runner built once per worker, in spec order.

This is how ``agentgym eval --framework`` spreads a framework's episodes over the process
executor's workers; here the runner is the toy scenario's expert, so the test is about the
distribution (order, progress, errors), not a framework.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import pytest

from agentgym.evaluation import evaluation_specs
from agentgym.executors.local import LocalExecutor
from agentgym.executors.process import ProcessExecutor, WorkerFailed
from agentgym.reference import GoldPolicy
from agentgym.toy import ToyOrderScenario


@dataclass(frozen=True)
class ExpertJob:
    """The toy expert on each spec; ``fail_in_workers`` makes worker processes raise."""

    fail_in_workers: int = 0  # the pid of the process that may run it (0: any)

    def build(self) -> Any:
        if self.fail_in_workers and os.getpid() != self.fail_in_workers:
            raise RuntimeError("no runner in this worker")
        scenario = ToyOrderScenario()
        builds.append(os.getpid())
        return lambda spec: scenario.run(GoldPolicy(scenario, spec.task), spec.task, spec.episode_seed)


builds: list[int] = []  # runners built in this process


def specs() -> list[Any]:
    scenario = ToyOrderScenario()
    return evaluation_specs([*scenario.tasks("train"), *scenario.tasks("test")], trials=3)


def test_workers_give_the_local_trajectories_in_spec_order() -> None:
    builds.clear()
    done: list[int] = []
    local = LocalExecutor().map_episodes(ExpertJob(), specs())
    with ProcessExecutor(workers=2) as executor:
        mapped = executor.map_episodes(ExpertJob(), specs(), done.append)
        again = executor.map_episodes(ExpertJob(), specs())  # the workers keep their runner
    assert mapped == again == local and len(local) == 75
    assert [t.task_id for t in mapped] == [s.task.id for s in specs()]
    assert done == sorted(done) and done[-1] == 75 and len(done) > 2, "progress comes chunk by chunk"
    assert builds.count(os.getpid()) == 1 + 2, "this process built one runner per map (and one for local)"


def test_a_worker_that_fails_fails_the_map_with_its_error() -> None:
    with ProcessExecutor(workers=2) as executor, pytest.raises(WorkerFailed, match="no runner in this worker"):
        executor.map_episodes(ExpertJob(fail_in_workers=os.getpid()), specs())
