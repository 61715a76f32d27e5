"""Batch seeds equal numpy's SeedSequence seeds one by one: runs stay reproducible across
versions that derive seeds either way."""

from __future__ import annotations

import random

import numpy as np
import pytest

from agentgym.evaluation import evaluation_specs
from agentgym.seeds import derive_seed, derive_seeds


def numpy_seed(*parts: int) -> int:
    return int(np.random.SeedSequence(list(parts)).generate_state(1)[0])


@pytest.mark.parametrize("case", range(200))
def test_batch_seeds_equal_seedsequence_seeds(case: int) -> None:
    rng = random.Random(case)
    n = rng.randrange(1, 70)
    parts: list[int | np.ndarray] = []
    for _ in range(rng.randrange(1, 6)):  # up to 5 parts: past the pool of 4, the general path
        bits = rng.choice([1, 16, 31, 32, 33, 64])  # 33 and 64 bits: parts of several words
        if rng.random() < 0.4:
            parts.append(rng.randrange(2**bits))
        else:
            parts.append(np.array([rng.randrange(2**min(bits, 62)) for _ in range(n)]))
    if not any(isinstance(p, np.ndarray) for p in parts):
        parts[0] = np.full(n, parts[0])
    rows = zip(*[p.tolist() if isinstance(p, np.ndarray) else [p] * n for p in parts], strict=True)
    expected = [numpy_seed(*row) for row in rows]
    assert derive_seeds(*parts).tolist() == expected
    assert [derive_seed(*row) for row in zip(*[p.tolist() if isinstance(p, np.ndarray) else [p] * n
                                              for p in parts], strict=True)] == expected


def test_evaluation_seeds_are_the_documented_ones() -> None:
    """Trial seeds come from (EVAL_SEED, 7 | 11, task position, trial) and nothing else."""
    specs = evaluation_specs([f"task-{i}" for i in range(5)], trials=3, seed=2026)  # type: ignore[list-item]
    assert [s.task for s in specs] == [f"task-{i}" for i in range(5) for _ in range(3)]
    assert [(s.episode_seed, s.sample_seed) for s in specs] == [
        (numpy_seed(2026, 7, i, t), numpy_seed(2026, 11, i, t)) for i in range(5) for t in range(3)
    ]
    assert evaluation_specs([], trials=4) == []
