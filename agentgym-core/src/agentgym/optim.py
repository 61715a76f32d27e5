"""Adam (with optional decoupled weight decay, AdamW) in numpy; its state is named arrays so
checkpoints restore it exactly. Weight decay shrinks rarely useful weights (template-specific
words) and keeps the ones every episode supports, which is what generalises to new tickets."""

from __future__ import annotations

import numpy as np


class Adam:
    def __init__(self, learning_rate: float, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8,
                 weight_decay: float = 0.0) -> None:
        self.learning_rate = learning_rate
        self.weight_decay = weight_decay
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        self.t = 0
        self.m: dict[str, np.ndarray] = {}
        self.v: dict[str, np.ndarray] = {}

    def step(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        """Apply one descent step in place (grads are of a loss to minimise)."""
        self.t += 1
        correction1 = 1.0 - self.beta1**self.t
        correction2 = 1.0 - self.beta2**self.t
        for name, grad in grads.items():
            m = self.m.setdefault(name, np.zeros_like(grad))
            v = self.v.setdefault(name, np.zeros_like(grad))
            m *= self.beta1
            m += (1.0 - self.beta1) * grad
            v *= self.beta2
            v += (1.0 - self.beta2) * grad * grad
            params[name] -= self.learning_rate * (m / correction1) / (np.sqrt(v / correction2) + self.eps)
            if self.weight_decay and grad.ndim == 2:  # decoupled (AdamW), weight matrices only
                params[name] *= 1.0 - self.learning_rate * self.weight_decay

    def state(self) -> dict[str, np.ndarray]:
        out = {"t": np.asarray(self.t)}
        out.update({f"m.{k}": v for k, v in self.m.items()})
        out.update({f"v.{k}": v for k, v in self.v.items()})
        return out

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        self.t = int(state["t"])
        self.m = {k[2:]: np.array(v) for k, v in state.items() if k.startswith("m.")}
        self.v = {k[2:]: np.array(v) for k, v in state.items() if k.startswith("v.")}
