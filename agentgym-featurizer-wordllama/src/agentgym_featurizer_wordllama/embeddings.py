"""The pretrained token embeddings, read from the files the ``wordllama`` wheel ships.

The files are found with ``importlib.util.find_spec``, which locates the package without
running its ``__init__`` (that one sets up logging for the whole process and imports its
own inference stack); they are read with ``tokenizers`` and ``safetensors`` directly. Nothing
is ever downloaded: a missing file is an error naming the package to reinstall. The table
is loaded once per process and shared by every featurizer built in it.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from tokenizers import Tokenizer

PACKAGE = "wordllama"
MODEL = "l2_supercat"
WEIGHTS = f"weights/{MODEL}_256.safetensors"
TOKENIZER = f"tokenizers/{MODEL}_tokenizer_config.json"
TENSOR = "embedding.weight"
FULL_DIM = 256


@dataclass(frozen=True)
class TokenEmbeddings:
    """A tokenizer and its embedding table (one row per token id, float16 as shipped)."""

    tokenizer: Tokenizer
    table: np.ndarray

    def pooled(self, text: str, dims: int) -> np.ndarray:
        """The mean of ``text``'s token embeddings, first ``dims`` components, unit length
        (zeros for a text with no tokens). The components are ordered by importance
        (Matryoshka training), so a prefix is a smaller embedding of the same text."""
        ids = self.tokenizer.encode(text, add_special_tokens=False).ids
        if not ids:
            return np.zeros(dims)
        vector = self.table[ids, :dims].astype(np.float64).mean(axis=0)
        norm = np.linalg.norm(vector)
        return vector / norm if norm > 0 else vector


def package_folder() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ValueError(f"the '{PACKAGE}' package is not installed (pip install {PACKAGE})")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def load() -> TokenEmbeddings:
    """The ``l2_supercat`` tokenizer and 256-d table, loaded once per process."""
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    folder = package_folder()
    missing = [name for name in (WEIGHTS, TOKENIZER) if not (folder / name).is_file()]
    if missing:
        raise ValueError(f"the '{PACKAGE}' package in {folder} lacks {', '.join(missing)} "
                         f"(reinstall it: pip install --force-reinstall {PACKAGE})")
    table = load_file(str(folder / WEIGHTS))[TENSOR]
    tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
    if table.ndim != 2 or table.shape[1] != FULL_DIM or table.shape[0] < tokenizer.get_vocab_size():
        raise ValueError(f"the '{PACKAGE}' weights have shape {table.shape}; expected (vocabulary, {FULL_DIM})")
    table.flags.writeable = False
    return TokenEmbeddings(tokenizer, table)
