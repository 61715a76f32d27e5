"""``letters``: the hashed featurizer plus the ticket's letter frequencies as a text vector."""

from __future__ import annotations

import string
from dataclasses import dataclass

import numpy as np

from agentgym.features import Featurizer, FeaturizerSettings


@dataclass(frozen=True)
class LettersSettings(FeaturizerSettings):
    letter_weight: float = 1.0

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.letter_weight, int | float) or self.letter_weight <= 0:
            raise ValueError(f"setting 'letter_weight' must be a positive number, not {self.letter_weight!r}")


class LettersFeaturizer(Featurizer):
    text_dim = len(string.ascii_lowercase)

    def text_vector(self, text: str) -> np.ndarray:
        counts = np.array([text.lower().count(letter) for letter in string.ascii_lowercase], dtype=np.float64)
        norm = np.linalg.norm(counts)
        return counts / norm * self.settings.letter_weight if norm else counts
