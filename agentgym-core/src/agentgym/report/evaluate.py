"""Replaying the test split for a trained run and for the reference policies.

The references run on the very scenario instance the trained policy was loaded with (its
options included) and face the same trial seeds, so the comparison is like for like.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agentgym.scenario import Scenario, Task, Trajectory

REFERENCES = ("random", "gold")


@dataclass(frozen=True)
class Evaluation:
    """One policy measured on one task list: its metrics and every graded episode."""

    metrics: dict[str, Any]
    trajectories: list[Trajectory]


def evaluate_trained(run_dir: Path, split: str, trials: int) -> tuple[Scenario, Sequence[Task], Evaluation]:
    """The saved (best) policy of a run, greedy, with the run's abstention threshold, on
    ``split``: reproduces result.json."""
    from agentgym.evaluation import evaluation_specs, measure, run_trained
    from agentgym.trained import TrainedPolicy

    trained = TrainedPolicy.load(run_dir)
    scenario = trained.scenario
    tasks = scenario.tasks(split)
    trajectories = run_trained(trained, evaluation_specs(tasks, trials))
    return scenario, tasks, Evaluation(measure(scenario, trajectories), trajectories)


def evaluate_reference(scenario: Scenario, tasks: Sequence[Task], trials: int, policy: str) -> Evaluation:
    """``random`` or ``gold`` on the same tasks and trial seeds as the trained policy."""
    from agentgym.evaluation import evaluation_specs, measure, run_reference
    from agentgym.reference import GoldPolicy, RandomPolicy

    specs = evaluation_specs(tasks, trials)
    if policy == "gold":
        trajectories = run_reference(scenario, lambda task, spec: GoldPolicy(scenario, task), specs)
    elif policy == "random":
        trajectories = run_reference(scenario, lambda task, spec: RandomPolicy(scenario, spec.sample_seed), specs)
    else:
        raise ValueError(f"unknown reference policy '{policy}'; use gold or random")
    return Evaluation(measure(scenario, trajectories), trajectories)
