"""How training treats Python's cyclic garbage collector.

Rollouts allocate millions of short-lived objects that reference counting frees, and the
long-lived caches (featurizer, resolver, validation memo) only grow. The collector's passes
found no cyclic garbage in a whole training run, yet took ~10% of it: most of that was
rescanning the same survivors. So a batch runs with the collector paused, and at each
validation what survived so far is collected once and then exempted from later passes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """No cyclic collection inside; held over a whole update (or a worker's whole job), the
    batch is freed before the collector runs again, so its first pass sees only survivors."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def long_lived_objects_settled() -> Iterator[None]:
    """Lets ``settle`` exempt survivors from collection until the block ends (not at all when
    something else in this process froze objects already: unfreezing would undo that)."""
    ours = gc.get_freeze_count() == 0
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()


def settle() -> None:
    """Collect the young generations once, then exempt every survivor from later passes."""
    gc.collect(1)
    gc.freeze()
