"""``linear``: logits = X W + b + A theta, a softmax over the tools plus finish.

``A theta`` scores per-action features shared by every tool (retry the call that timed
out, don't repeat one that succeeded), so one lesson transfers across all tools.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from agentgym.features import ACTION_FEATURES, SparseBatch
from agentgym.policies.base import Policy, sparse_matmul, sparse_transpose_matmul


class LinearPolicy(Policy):
    kind = "linear"
    exact_row_logits = True  # per row: a gather and a sum, and a small matrix-vector product

    def init_params(self, rng: np.random.Generator) -> dict[str, np.ndarray]:
        return {
            "W": np.zeros((self.n_features, self.n_actions)),
            "b": np.zeros(self.n_actions),
            "theta": np.zeros(len(ACTION_FEATURES)),
        }

    def forward(self, batch: SparseBatch) -> tuple[np.ndarray, Any]:
        return sparse_matmul(batch, self.params["W"]) + self.params["b"] + self.action_term(batch), None

    def backward(self, batch: SparseBatch, cache: Any, dlogits: np.ndarray) -> dict[str, np.ndarray]:
        return {
            "W": sparse_transpose_matmul(batch, dlogits, self.n_features),
            "b": dlogits.sum(axis=0),
            "theta": self.action_grad(batch, dlogits),
        }
