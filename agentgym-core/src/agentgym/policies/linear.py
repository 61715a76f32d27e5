"""``linear``: logits = X W + b, a softmax over the tools plus finish."""

from __future__ import annotations

from typing import Any

import numpy as np

from agentgym.features import SparseBatch
from agentgym.policies.base import Policy, sparse_matmul, sparse_transpose_matmul


class LinearPolicy(Policy):
    kind = "linear"

    def init_params(self, rng: np.random.Generator) -> dict[str, np.ndarray]:
        return {
            "W": np.zeros((self.n_features, self.n_actions)),
            "b": np.zeros(self.n_actions),
        }

    def forward(self, batch: SparseBatch) -> tuple[np.ndarray, Any]:
        return sparse_matmul(batch, self.params["W"]) + self.params["b"], None

    def backward(self, batch: SparseBatch, cache: Any, dlogits: np.ndarray) -> dict[str, np.ndarray]:
        return {
            "W": sparse_transpose_matmul(batch, dlogits, self.n_features),
            "b": dlogits.sum(axis=0),
        }
