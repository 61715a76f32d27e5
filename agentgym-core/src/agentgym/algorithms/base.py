"""A batch of decisions for the learner, and the policy-gradient pieces algorithms share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from agentgym.features import SparseBatch
from agentgym.policies.base import masked_softmax
from agentgym.rollout import EpisodeRecord


@dataclass
class DecisionBatch:
    """Every decision of a batch of episodes, flattened."""

    features: SparseBatch
    masks: np.ndarray
    actions: np.ndarray
    returns: np.ndarray
    old_logps: np.ndarray
    logits: np.ndarray | None = None  # the rollouts' own, when every record kept them
    experts: np.ndarray | None = None  # the expert's action per decision (-1: none the policy may take)

    @classmethod
    def build(cls, records: Sequence[EpisodeRecord], credits: Sequence[Sequence[float]]) -> DecisionBatch:
        rows = [row for record in records for row in record.features]
        returns = np.concatenate([np.asarray(c, dtype=np.float64) for c in credits])
        if len(returns) != len(rows):
            raise ValueError(
                f"credit assignment returned {len(returns)} rewards for {len(rows)} decisions"
            )
        return cls(
            features=SparseBatch.stack(rows),
            masks=np.concatenate([r.masks for r in records]),
            actions=np.concatenate([r.actions for r in records]),
            returns=returns,
            old_logps=np.concatenate([r.logps for r in records]),
            logits=np.concatenate([r.logits for r in records])
            if records and all(r.logits is not None for r in records) else None,
            experts=np.concatenate([r.experts for r in records])
            if records and all(r.experts is not None for r in records) else None,
        )

    @classmethod
    def concatenate(cls, parts: Sequence[DecisionBatch]) -> DecisionBatch:
        """The decisions of every part, in order: what ``build`` makes of all their records."""
        if len(parts) == 1:
            return parts[0]
        return cls(
            features=SparseBatch.concatenate([p.features for p in parts]),
            masks=np.concatenate([p.masks for p in parts]),
            actions=np.concatenate([p.actions for p in parts]),
            returns=np.concatenate([p.returns for p in parts]),
            old_logps=np.concatenate([p.old_logps for p in parts]),
            logits=None if any(p.logits is None for p in parts) else np.concatenate([p.logits for p in parts]),
            experts=None if any(p.experts is None for p in parts) else np.concatenate([p.experts for p in parts]),
        )

    def subset(self, selection: np.ndarray) -> DecisionBatch:
        return DecisionBatch(
            self.features.take(selection),
            self.masks[selection],
            self.actions[selection],
            self.returns[selection],
            self.old_logps[selection],
            None if self.logits is None else self.logits[selection],
            None if self.experts is None else self.experts[selection],
        )


def log_softmax_terms(logits: np.ndarray, masks: np.ndarray, actions: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Probabilities, log-probabilities of the actions taken, entropies, and log-probs."""
    probs = masked_softmax(logits, masks)
    with np.errstate(divide="ignore"):
        logp_all = np.where(masks, np.log(np.maximum(probs, 1e-300)), 0.0)
    taken = logp_all[np.arange(len(actions)), actions]
    entropy = -(probs * logp_all).sum(axis=1)
    return probs, taken, entropy, logp_all


def entropy_gradient(probs: np.ndarray, logp_all: np.ndarray, entropy: np.ndarray) -> np.ndarray:
    """d entropy / d logits for a (masked) softmax."""
    return -probs * (logp_all + entropy[:, None])


def imitation_terms(probs: np.ndarray, logp_all: np.ndarray, experts: np.ndarray | None) -> tuple[float, np.ndarray]:
    """Cross-entropy of the expert's action in each visited state (DAgger's loss) and its
    gradient with respect to the logits, both summed over the decisions that have one."""
    grad = np.zeros_like(probs)
    if experts is None:
        return 0.0, grad
    rows = np.flatnonzero(experts >= 0)
    picked = experts[rows]
    grad[rows] = probs[rows]
    grad[rows, picked] -= 1.0
    return float(-logp_all[rows, picked].sum()), grad


def normalise(values: np.ndarray) -> np.ndarray:
    std = values.std()
    return (values - values.mean()) / (std + 1e-8)
