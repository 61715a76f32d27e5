"""What an executor is given and what it must do.

An executor gets a ``RolloutContext`` (plain data: scenario name and options, featurizer
name and settings, policy kind and shape) and rebuilds the scenario, featurizer and policy where
its workers live. ``collect`` runs episodes with the given weights and returns them in the
order of the specs, so results never depend on the number of workers.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

import numpy as np

from agentgym.features import Featurizer, FeaturizerSettings
from agentgym.featurizers import FeaturizerSpec
from agentgym.memo import GreedyMemo
from agentgym.policies.base import Policy
from agentgym.rollout import BatchStart, EpisodeRecord, EpisodeSpec, run_batch
from agentgym.scenario import Scenario, Trajectory
from agentgym.training_batch import CreditRule, TrainingBatch

EpisodeRunner = Callable[[EpisodeSpec], Trajectory]
Progress = Callable[[int], None]  # called with the number of episodes done so far


class EpisodeJob(Protocol):
    """Episodes run by something costly to build (a framework's agent): ``build`` makes the
    runner once per worker. Plain, picklable data, so a worker process can rebuild it."""

    def build(self) -> EpisodeRunner: ...


@dataclass(frozen=True)
class RolloutContext:
    scenario: str
    scenario_options: dict[str, Any] = field(default_factory=dict)
    featurizer: FeaturizerSpec | FeaturizerSettings = FeaturizerSpec()  # settings alone: ``hashed``
    policy: str = "linear"
    policy_settings: dict[str, Any] = field(default_factory=dict)

    def build(self) -> tuple[Scenario, Featurizer, Policy]:
        from agentgym import featurizers, hooks

        scenario = hooks.make_scenario(self.scenario, **self.scenario_options)
        featurizer = featurizers.build(scenario, self.featurizer_spec)
        policy = hooks.factory("policies", self.policy)(
            n_features=featurizer.n_features,
            n_actions=len(scenario.tool_names) + 1,
            seed=0,
            **self.policy_settings,
        )
        return scenario, featurizer, policy

    @property
    def featurizer_spec(self) -> FeaturizerSpec:
        if isinstance(self.featurizer, FeaturizerSettings):
            return FeaturizerSpec("hashed", self.featurizer.plain())
        return self.featurizer


class Executor(ABC):
    name: str = ""
    option_types: ClassVar[Mapping[str, type]] = {}  # the options it takes (see agentgym.options)

    def __init__(self, workers: int = 1, **options: Any) -> None:
        from agentgym.options import check_options

        if workers < 1:
            raise ValueError("workers must be at least 1")
        check_options(f"executor '{self.name}'", self.option_types, options)
        self.workers = workers
        self.options = options

    @abstractmethod
    def start(self, context: RolloutContext) -> None:
        """Prepare workers for this scenario and policy shape."""

    @abstractmethod
    def collect(self, params: dict[str, np.ndarray], specs: Sequence[EpisodeSpec], greedy: bool) -> list[EpisodeRecord]:
        """Run every spec with these weights; results in spec order."""

    def collect_training(
        self,
        params: dict[str, np.ndarray],
        specs: Sequence[EpisodeSpec],
        credit: CreditRule,
        scenario: Scenario,
        upcoming: Sequence[EpisodeSpec] = (),
    ) -> TrainingBatch:
        """Run a batch of training episodes (sampled, not greedy) and credit them with
        ``credit``: the learner's batch, in spec order. ``upcoming`` is the next batch, if
        the trainer knows it, for executors whose workers start it early.

        The default credits the records of ``collect`` here, with the trainer's
        ``scenario``; an executor whose workers can credit and stack their own episodes
        overrides it to spare the learner that work."""
        return TrainingBatch.build(self.collect(params, specs, greedy=False), scenario, credit)

    def map_episodes(self, job: EpisodeJob, specs: Sequence[EpisodeSpec],
                     progress: Progress | None = None) -> list[Trajectory]:
        """Run every spec through ``job``'s runner; trajectories in spec order. Needs no ``start``.

        The default builds the runner once, here, and runs the specs one after another; an
        executor with workers overrides it to build one runner per worker and share the specs.
        """
        runner = job.build()
        out: list[Trajectory] = []
        for spec in specs:
            out.append(runner(spec))
            if progress is not None:
                progress(len(out))
        return out

    def close(self) -> None:
        """Release workers. Optional: the default has nothing to release."""
        return None

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_with_params(
    built: tuple[Scenario, Featurizer, Policy],
    params: dict[str, np.ndarray],
    specs: Sequence[EpisodeSpec],
    greedy: bool,
    memo: GreedyMemo | None = None,
    start: BatchStart | None = None,
) -> list[EpisodeRecord]:
    """Load weights into a worker's policy and run a chunk of episodes (greedy ones through
    the worker's ``memo``, when it keeps one: validation repeats the same specs; sampled
    ones from ``start``, when the worker made it ahead)."""
    scenario, featurizer, policy = built
    policy.params = params
    return run_batch(scenario, featurizer, policy, specs, greedy, memo, start)


def chunks(specs: Sequence[EpisodeSpec], parts: int) -> list[list[EpisodeSpec]]:
    """Split specs into ``parts`` contiguous, nearly equal chunks (empty ones dropped)."""
    bounds = (np.arange(parts + 1) / parts * len(specs)).round().astype(int)
    return [list(specs[a:b]) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
