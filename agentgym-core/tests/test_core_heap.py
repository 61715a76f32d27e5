"""The collector policy of training: survivors exempted between validations, and the
process left as it was found afterwards."""

from __future__ import annotations

import gc

import pytest

from agentgym.heap import cyclic_gc_paused, long_lived_objects_settled, settle


class Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def _unfrozen():  # type: ignore[no-untyped-def]
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_settle_collects_cycles_first_then_exempts_survivors() -> None:
    with long_lived_objects_settled():
        Cycle()  # garbage: must be collected, not frozen
        kept = Cycle()
        settle()
        assert gc.get_freeze_count() > 0
        assert gc.collect() == 0  # the frozen survivor is not even looked at
        assert kept.me is kept
    assert gc.get_freeze_count() == 0  # the block gives every object back to the collector


def test_objects_frozen_by_someone_else_stay_frozen() -> None:
    gc.freeze()
    theirs = gc.get_freeze_count()
    with long_lived_objects_settled():
        settle()
    assert gc.get_freeze_count() >= theirs


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an inner block does not re-enable it early
    assert gc.isenabled()
