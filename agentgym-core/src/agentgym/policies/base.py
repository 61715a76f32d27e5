"""What every learnable policy provides: logits, their gradient, and named parameters."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

import numpy as np

from agentgym.features import SparseBatch

MASKED = -1e9


def sparse_matmul(batch: SparseBatch, weights: np.ndarray) -> np.ndarray:
    """``X @ W`` for a sparse batch X: gather the rows of W, scale, and sum them per row.

    Done on ``W.T`` (actions x features): each gather then reads one short contiguous row
    and the temporaries are one (actions x nonzeros) array, 3-7x faster than gathering
    rows of ``W`` at batch sizes of 64-2000 rows, with the same sums in the same order.
    Policies keep such weights column-major, so ``W.T`` is contiguous without a copy.
    """
    out = np.zeros((batch.rows, weights.shape[1]), dtype=np.float64)
    if len(batch.indices):
        gathered = np.ascontiguousarray(weights.T).take(batch.indices, axis=1)
        gathered *= batch.values
        starts = batch.offsets[:-1]
        nonempty = np.diff(batch.offsets) > 0
        out[nonempty] = np.add.reduceat(gathered, starts[nonempty], axis=1).T
    return out


def sparse_transpose_matmul(batch: SparseBatch, grad: np.ndarray, n_features: int) -> np.ndarray:
    """``X.T @ G`` for a sparse batch: one bincount per output column, over a contiguous
    (columns x nonzeros) copy of G's rows, each repeated once per nonzero of its row (a
    repeat copies runs, 2x faster than a take by row ids)."""
    scaled = np.repeat(np.ascontiguousarray(grad.T), np.diff(batch.offsets), axis=1)
    scaled *= batch.values
    columns = [np.bincount(batch.indices, weights=scaled[c], minlength=n_features) for c in range(grad.shape[1])]
    return np.stack(columns, axis=1)


def masked_softmax(logits: np.ndarray, mask: np.ndarray) -> np.ndarray:
    z = np.where(mask, logits, MASKED)
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z) * mask
    return e / e.sum(axis=1, keepdims=True)


class Policy(ABC):
    """A softmax policy over ``n_actions`` given sparse features."""

    kind: str = ""
    # True when a row's logits depend on that row alone, bit for bit whatever else is in
    # the batch, and ``backward`` needs no forward cache: the logits a rollout computed can
    # then stand in for the update's own forward pass
    exact_row_logits: bool = False

    def __init__(self, n_features: int, n_actions: int, seed: int, **settings: Any) -> None:
        self.n_features = n_features
        self.n_actions = n_actions
        self.settings = settings
        self.params = self.init_params(np.random.default_rng(seed))

    @property
    def params(self) -> dict[str, np.ndarray]:
        """Named parameter arrays (updated in place by optimizers)."""
        return self._params

    @params.setter
    def params(self, value: dict[str, np.ndarray]) -> None:
        # weights over the sparse features are kept column-major, so the ``W.T`` that
        # ``sparse_matmul`` gathers from is contiguous as it is: copying it for every forward
        # pass cost 4-5x the gather itself (a fresh 400 KB block, page-faulted in each time)
        self._params = {
            name: np.asfortranarray(array) if array.ndim == 2 and array.shape[0] == self.n_features else array
            for name, array in value.items()
        }

    @abstractmethod
    def init_params(self, rng: np.random.Generator) -> dict[str, np.ndarray]:
        """Fresh parameters."""

    @abstractmethod
    def forward(self, batch: SparseBatch) -> tuple[np.ndarray, Any]:
        """Logits (rows x actions) and whatever ``backward`` needs."""

    @abstractmethod
    def backward(self, batch: SparseBatch, cache: Any, dlogits: np.ndarray) -> dict[str, np.ndarray]:
        """Gradients of a loss with respect to every parameter, given d loss / d logits."""

    def action_term(self, batch: SparseBatch) -> np.ndarray:
        """Logit contribution of the per-action features (shared weights ``theta``)."""
        return batch.action_features @ self.params["theta"]

    def action_grad(self, batch: SparseBatch, dlogits: np.ndarray) -> np.ndarray:
        return np.einsum("ra,rak->k", dlogits, batch.action_features)

    def probabilities(self, batch: SparseBatch, mask: np.ndarray) -> np.ndarray:
        logits, _ = self.forward(batch)
        return masked_softmax(logits, mask)

    def config(self) -> dict[str, Any]:
        return {"kind": self.kind, "n_features": self.n_features, "n_actions": self.n_actions, **self.settings}
