"""REINFORCE with a baseline (the batch mean return), an entropy bonus and, optionally, the
scenario expert's guidance.

The guidance (``expert_coef``) adds the cross-entropy of the expert's action in every state
the policy itself visited (DAgger's loss, on the learner's own episodes): the policy gradient
learns only from the action it sampled, the expert term tells it which action was right in
that state, so reading a ticket is learned in a fraction of the episodes.
"""

from __future__ import annotations

import numpy as np

from agentgym.algorithms.base import (
    DecisionBatch,
    entropy_gradient,
    imitation_terms,
    log_softmax_terms,
    normalise,
)
from agentgym.optim import Adam
from agentgym.policies.base import Policy


class Reinforce:
    name = "reinforce"

    def __init__(self, learning_rate: float, entropy_coef: float = 0.02, weight_decay: float = 0.0,
                 expert_coef: float = 0.0, **_: object) -> None:
        self.optimizer = Adam(learning_rate, weight_decay=weight_decay)
        self.entropy_coef = entropy_coef
        self.expert_coef = expert_coef

    def loss_and_grads(self, policy: Policy, batch: DecisionBatch) -> tuple[float, float, dict[str, np.ndarray]]:
        """Loss = -mean(advantage * log pi(a|s)) - entropy_coef * mean(entropy)
        + expert_coef * mean(-log pi(expert's action | s))."""
        n = len(batch.actions)
        advantages = normalise(batch.returns)
        if batch.logits is not None and policy.exact_row_logits:
            logits, cache = batch.logits, None  # the same numbers a forward pass would give
        else:
            logits, cache = policy.forward(batch.features)
        probs, taken, entropy, logp_all = log_softmax_terms(logits, batch.masks, batch.actions)
        loss = -(advantages * taken).mean() - self.entropy_coef * entropy.mean()
        onehot = np.zeros_like(probs)
        onehot[np.arange(n), batch.actions] = 1.0
        dlogits = -(advantages[:, None] * (onehot - probs)) / n
        dlogits -= self.entropy_coef * entropy_gradient(probs, logp_all, entropy) / n
        if self.expert_coef:
            imitation, grad = imitation_terms(probs, logp_all, batch.experts)
            loss += self.expert_coef * imitation / n
            dlogits += self.expert_coef * grad / n
        return float(loss), float(entropy.mean()), policy.backward(batch.features, cache, dlogits)

    def update(self, policy: Policy, batch: DecisionBatch) -> dict[str, float]:
        loss, entropy, grads = self.loss_and_grads(policy, batch)
        self.optimizer.step(policy.params, grads)
        return {"loss": loss, "entropy": entropy}

    def state(self) -> dict[str, np.ndarray]:
        return self.optimizer.state()

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        self.optimizer.load_state(state)
