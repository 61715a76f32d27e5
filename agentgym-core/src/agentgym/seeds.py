"""Seeds for episodes: numpy's ``SeedSequence(parts).generate_state(1)[0]``, one at a time
or for a whole batch at once.

A training batch needs two seeds an episode. Building a numpy ``SeedSequence`` costs ~18 us,
nearly all object set-up, and runs in the learner between updates, where nothing else can
use the time. The hash itself is a fixed sequence of 32-bit operations (numpy's
``bit_generator.pyx``: a pool of four words, ``hashmix`` and ``mix``), and its multipliers
never depend on the data, so ``derive_seeds`` runs it on numpy arrays for a whole batch at
once. Its seeds equal ``derive_seed`` bit for bit (a test checks it).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

POOL_SIZE = 4
INIT_A = 0x43B0D7E5
MULT_A = 0x931E8875
INIT_B = 0x8B51F9DD
MULT_B = 0x58F38DED
MIX_MULT_L = 0xCA01F9DD
MIX_MULT_R = 0x4973F715
XSHIFT = np.uint32(16)
WORD = 2**32


@lru_cache(maxsize=8192)  # evaluation seeds repeat at every validation
def derive_seed(*parts: int) -> int:
    """A well-mixed 32-bit seed from integers (run seed, episode index, trial, ...)."""
    return int(np.random.SeedSequence([int(p) for p in parts]).generate_state(1)[0])


def derive_seeds(*parts: int | np.ndarray) -> np.ndarray:
    """``derive_seed`` for many part lists at once: each part is an int or an array (all
    arrays of one length); row ``i`` is ``derive_seed`` of the i-th element of each."""
    columns = np.broadcast_arrays(*[_column(p) for p in parts])
    if not columns or columns[0].ndim != 1:
        raise ValueError("derive_seeds needs at least one 1-d array among its parts")
    if len(parts) > POOL_SIZE or any(((c < 0) | (c >= WORD)).any() for c in columns):
        # words beyond the pool, or parts of several words: numpy's general path
        return np.array([derive_seed(*row) for row in zip(*(c.tolist() for c in columns), strict=True)],
                        dtype=np.int64)
    columns = [c.astype(np.int64) for c in columns]
    with np.errstate(over="ignore"):
        return _first_words([c.astype(np.uint32) for c in columns]).astype(np.int64)


def _column(part: int | np.ndarray) -> np.ndarray:
    """Integers as an array that holds them exactly (Python ints and uint64 as objects)."""
    if isinstance(part, int):
        return np.asarray(part, dtype=object)
    column = np.asarray(part)
    if column.dtype.kind not in "iu":
        raise TypeError("seed parts must be integers")
    return column.astype(object) if column.dtype == np.uint64 else column.astype(np.int64)


def _first_words(entropy: list[np.ndarray]) -> np.ndarray:
    """SeedSequence's mix_entropy and generate_state(1) over columns of 32-bit words."""
    hash_const = INIT_A

    def hashmix(value: np.ndarray) -> np.ndarray:
        nonlocal hash_const
        value = value ^ np.uint32(hash_const)
        hash_const = (hash_const * MULT_A) % WORD
        value = value * np.uint32(hash_const)
        return value ^ (value >> XSHIFT)

    def mix(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        result = np.uint32(MIX_MULT_L) * x - np.uint32(MIX_MULT_R) * y
        return result ^ (result >> XSHIFT)

    zeros = np.zeros_like(entropy[0])
    pool = [hashmix(entropy[i] if i < len(entropy) else zeros) for i in range(POOL_SIZE)]
    for src in range(POOL_SIZE):
        for dst in range(POOL_SIZE):
            if src != dst:
                pool[dst] = mix(pool[dst], hashmix(pool[src]))
    value = (pool[0] ^ np.uint32(INIT_B)) * np.uint32((INIT_B * MULT_B) % WORD)
    return value ^ (value >> XSHIFT)
