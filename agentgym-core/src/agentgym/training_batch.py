"""A training batch as the learner needs it: every decision, credited, plus per-episode outcomes.

Built where the episodes ran: a rollout worker credits its own episodes and stacks its
own decisions, then sends a few arrays instead of its episodes' trajectories, which the
learner would only unpickle to credit and summarise (and a worker would otherwise sit idle
while the learner did). Parts built by different workers concatenate to exactly the batch
built from all the records in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

import numpy as np

from agentgym import hooks
from agentgym.algorithms.base import DecisionBatch

if TYPE_CHECKING:
    from agentgym.records import Trajectory
    from agentgym.rollout import EpisodeRecord
    from agentgym.scenario import Scenario


@dataclass(frozen=True)
class CreditRule:
    """The run's credit strategy (None: the scenario's default) and discount factor; plain
    data, so a worker process can credit its episodes through its own plugins."""

    strategy: str | None
    discount: float

    def __call__(self, scenario: Scenario, trajectory: Trajectory) -> list[float]:
        return hooks.broadcast_rewards(scenario, trajectory, self.strategy, self.discount)


@dataclass
class EpisodeOutcomes:
    """Per episode: what a training log line reports (arrays in episode order)."""

    total_reward: np.ndarray
    correct_calls: np.ndarray
    tool_calls: np.ndarray
    success: np.ndarray
    decisions: np.ndarray

    @classmethod
    def of(cls, records: Sequence[EpisodeRecord]) -> EpisodeOutcomes:
        trajectories = [r.trajectory for r in records]
        return cls(
            total_reward=np.array([t.total_reward for t in trajectories], dtype=np.float64),
            correct_calls=np.array([t.correct_calls for t in trajectories], dtype=np.int64),
            tool_calls=np.array([t.tool_calls for t in trajectories], dtype=np.int64),
            success=np.array([t.success for t in trajectories], dtype=bool),
            decisions=np.array([len(r.actions) for r in records], dtype=np.int64),
        )

    @classmethod
    def concatenate(cls, parts: Sequence[EpisodeOutcomes]) -> EpisodeOutcomes:
        return cls(*(np.concatenate([getattr(p, field.name) for p in parts]) for field in fields(cls)))

    def summary(self) -> dict[str, float]:
        """Mean reward, tool reliability (correct calls over calls) and success rate."""
        calls = int(self.tool_calls.sum())
        return {
            "mean_reward": float(np.mean(self.total_reward)),
            "tool_reliability": int(self.correct_calls.sum()) / calls if calls else 0.0,
            "success": float(np.mean(self.success)),
        }


@dataclass
class TrainingBatch:
    """What one update learns from, and what its log line reports."""

    decisions: DecisionBatch
    outcomes: EpisodeOutcomes

    @classmethod
    def build(cls, records: Sequence[EpisodeRecord], scenario: Scenario, credit: CreditRule) -> TrainingBatch:
        credits = [credit(scenario, r.trajectory) for r in records]
        return cls(DecisionBatch.build(records, credits), EpisodeOutcomes.of(records))

    @classmethod
    def concatenate(cls, parts: Sequence[TrainingBatch]) -> TrainingBatch:
        """Parts of one batch, in episode order, as one."""
        if len(parts) == 1:
            return parts[0]
        return cls(DecisionBatch.concatenate([p.decisions for p in parts]),
                   EpisodeOutcomes.concatenate([p.outcomes for p in parts]))
