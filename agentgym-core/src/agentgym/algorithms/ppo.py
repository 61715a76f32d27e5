"""PPO: clipped surrogate objective, a linear value baseline, epochs over minibatches, and the
scenario expert's guidance (``expert_coef``, as in ``reinforce``).

Advantages are the credited (discounted) returns minus the value estimate, normalised per
minibatch; the value head is linear in the same sparse features and trained alongside.
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
from agentgym.policies.base import Policy, sparse_matmul, sparse_transpose_matmul


class PPO:
    name = "ppo"

    def __init__(
        self,
        learning_rate: float,
        entropy_coef: float = 0.02,
        clip: float = 0.2,
        epochs: int = 4,
        minibatches: int = 4,
        value_coef: float = 0.5,
        seed: int = 0,
        weight_decay: float = 0.0,
        expert_coef: float = 0.0,
        **_: object,
    ) -> None:
        self.expert_coef = expert_coef
        self.optimizer = Adam(learning_rate, weight_decay=weight_decay)
        self.value_optimizer = Adam(learning_rate)
        self.entropy_coef, self.clip = entropy_coef, clip
        self.epochs, self.minibatches, self.value_coef = epochs, minibatches, value_coef
        self.seed = seed
        self.updates = 0
        self.value: dict[str, np.ndarray] = {}

    def _value(self, policy: Policy, batch: DecisionBatch) -> np.ndarray:
        if not self.value:
            self.value = {"V": np.zeros((policy.n_features, 1)), "c": np.zeros(1)}
        return (sparse_matmul(batch.features, self.value["V"]) + self.value["c"])[:, 0]

    def loss_and_grads(self, policy: Policy, batch: DecisionBatch) -> tuple[float, float, dict[str, np.ndarray]]:
        n = len(batch.actions)
        values = self._value(policy, batch)
        advantages = normalise(batch.returns - values)
        logits, cache = policy.forward(batch.features)
        probs, taken, entropy, logp_all = log_softmax_terms(logits, batch.masks, batch.actions)
        ratio = np.exp(taken - batch.old_logps)
        clipped = np.clip(ratio, 1 - self.clip, 1 + self.clip)
        surrogate = np.minimum(ratio * advantages, clipped * advantages)
        loss = -surrogate.mean() - self.entropy_coef * entropy.mean()
        # gradient flows through ratio only where the unclipped term is the minimum
        active = (ratio * advantages) <= (clipped * advantages)
        coeff = np.where(active, ratio * advantages, 0.0)
        onehot = np.zeros_like(probs)
        onehot[np.arange(n), batch.actions] = 1.0
        dlogits = -(coeff[:, None] * (onehot - probs)) / n
        dlogits -= self.entropy_coef * entropy_gradient(probs, logp_all, entropy) / n
        if self.expert_coef:  # the expert's guidance, as in REINFORCE
            imitation, grad = imitation_terms(probs, logp_all, batch.experts)
            loss += self.expert_coef * imitation / n
            dlogits += self.expert_coef * grad / n
        return float(loss), float(entropy.mean()), policy.backward(batch.features, cache, dlogits)

    def _value_step(self, policy: Policy, batch: DecisionBatch) -> None:
        error = self._value(policy, batch) - batch.returns
        scale = max(float(np.abs(batch.returns).mean()), 1.0)
        grad = (self.value_coef * error / scale / len(error))[:, None]
        grads = {
            "V": sparse_transpose_matmul(batch.features, grad, policy.n_features),
            "c": grad.sum(axis=0),
        }
        self.value_optimizer.step(self.value, grads)

    def update(self, policy: Policy, batch: DecisionBatch) -> dict[str, float]:
        rng = np.random.default_rng([self.seed, self.updates])
        self.updates += 1
        losses, entropies = [], []
        for _ in range(self.epochs):
            order = rng.permutation(len(batch.actions))
            for part in np.array_split(order, self.minibatches):
                if len(part) == 0:
                    continue
                minibatch = batch.subset(part)
                loss, entropy, grads = self.loss_and_grads(policy, minibatch)
                self.optimizer.step(policy.params, grads)
                self._value_step(policy, minibatch)
                losses.append(loss)
                entropies.append(entropy)
        return {"loss": float(np.mean(losses)), "entropy": float(np.mean(entropies))}

    def state(self) -> dict[str, np.ndarray]:
        state = {f"policy.{k}": v for k, v in self.optimizer.state().items()}
        state.update({f"value_opt.{k}": v for k, v in self.value_optimizer.state().items()})
        state.update({f"value.{k}": v for k, v in self.value.items()})
        state["updates"] = np.asarray(self.updates)
        return state

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        def part(prefix: str) -> dict[str, np.ndarray]:
            return {k[len(prefix):]: v for k, v in state.items() if k.startswith(prefix)}

        self.optimizer.load_state(part("policy."))
        self.value_optimizer.load_state(part("value_opt."))
        self.value = {k: np.array(v) for k, v in part("value.").items()}
        self.updates = int(state["updates"])
