"""``mlp``: one hidden tanh layer, then a softmax over the tools plus finish."""

from __future__ import annotations

from typing import Any

import numpy as np

from agentgym.features import ACTION_FEATURES, SparseBatch
from agentgym.policies.base import Policy, sparse_matmul, sparse_transpose_matmul


class MLPPolicy(Policy):
    kind = "mlp"

    def __init__(self, n_features: int, n_actions: int, seed: int, hidden_size: int = 64, **settings: Any) -> None:
        self.hidden_size = hidden_size
        super().__init__(n_features, n_actions, seed, hidden_size=hidden_size, **settings)

    def init_params(self, rng: np.random.Generator) -> dict[str, np.ndarray]:
        h = self.hidden_size
        return {
            "W1": rng.normal(0.0, 0.1, (self.n_features, h)),
            "b1": np.zeros(h),
            "W2": rng.normal(0.0, 1.0 / np.sqrt(h), (h, self.n_actions)) * 0.1,
            "b2": np.zeros(self.n_actions),
            "theta": np.zeros(len(ACTION_FEATURES)),
        }

    def forward(self, batch: SparseBatch) -> tuple[np.ndarray, Any]:
        hidden = np.tanh(sparse_matmul(batch, self.params["W1"]) + self.params["b1"])
        return hidden @ self.params["W2"] + self.params["b2"] + self.action_term(batch), hidden

    def backward(self, batch: SparseBatch, cache: Any, dlogits: np.ndarray) -> dict[str, np.ndarray]:
        hidden = cache
        dhidden = (dlogits @ self.params["W2"].T) * (1.0 - hidden**2)
        return {
            "W1": sparse_transpose_matmul(batch, dhidden, self.n_features),
            "b1": dhidden.sum(axis=0),
            "W2": hidden.T @ dlogits,
            "b2": dlogits.sum(axis=0),
            "theta": self.action_grad(batch, dlogits),
        }
