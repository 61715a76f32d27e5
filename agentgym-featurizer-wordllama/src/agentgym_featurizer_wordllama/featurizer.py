"""``wordllama``: the hashed featurizer plus a dense block, the ticket's pooled WordLlama embedding.

Hashing sees words as unrelated buckets: "refund" and "Rückerstattung", "acct" and "account"
share nothing. Pretrained token embeddings place them near each other, so the policy's
weights on one carry over to the other. The core places the vector beside the hashed blocks
and crosses it with the last tool called (``Featurizer.text_dim`` / ``text_vector``); the
policy stays a numpy linear model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from agentgym.features import Featurizer, FeaturizerSettings
from agentgym_featurizer_wordllama import embeddings

DIMS = (64, 128, 256)


@dataclass(frozen=True)
class WordLlamaSettings(FeaturizerSettings):
    """The hashed settings, plus: ``dims``, how many embedding components to keep (the
    first 64, 128 or all 256); ``weight``, the length of the text vector (1.0 weighs it as
    much as one hashed block)."""

    dims: int = 256
    weight: float = 1.0

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.dims, int) or isinstance(self.dims, bool) or self.dims not in DIMS:
            raise ValueError(f"setting 'dims' must be one of {', '.join(map(str, DIMS))}, not {self.dims!r}")
        if not isinstance(self.weight, int | float) or isinstance(self.weight, bool) \
                or not 0 < self.weight < float("inf"):
            raise ValueError(f"setting 'weight' must be a positive number, not {self.weight!r}")


class WordLlamaFeaturizer(Featurizer):
    """The hashed features of a scenario plus the ticket's WordLlama vector (``dims`` floats)."""

    settings: WordLlamaSettings

    def __init__(self, tool_names: Sequence[str], max_steps: int, result_status: Callable[[str], str],
                 settings: FeaturizerSettings | None = None, *args: Any, **kwargs: Any) -> None:
        settings = settings or WordLlamaSettings()
        if not isinstance(settings, WordLlamaSettings):
            raise TypeError(f"the wordllama featurizer needs WordLlamaSettings, not {type(settings).__name__}")
        self.text_dim = settings.dims  # read by Featurizer.__init__ to lay out the blocks
        self.encoder = embeddings.load()
        super().__init__(tool_names, max_steps, result_status, settings, *args, **kwargs)

    def text_vector(self, text: str) -> np.ndarray:
        return self.settings.weight * self.encoder.pooled(text, self.settings.dims)
