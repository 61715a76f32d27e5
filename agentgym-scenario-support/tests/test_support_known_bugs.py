"""Defects found while testing, in files this test suite does not own.

Each is a strict xfail: it documents the defect, keeps the suite green, and turns into a
failure (XPASS) once the defect is fixed, so the marker gets removed then.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from support_testlib import call, finish_with_gold, task_for

from agentgym.scenario import ScenarioError
from agentgym_scenario_support.backend import REFUND_WINDOW_DAYS, build_backend
from agentgym_scenario_support.scenario import CustomerSupportScenario
from agentgym_scenario_support.task_file import load_task_file


def _colliding_refund_task(calm: CustomerSupportScenario):  # type: ignore[no-untyped-def]
    """A within-window refund whose payment id is also an (outside-window) id of another customer.

    build_backend draws other customers' ids as PAY-<4 digits><index> (5 digits) and the
    customer's own as PAY-<10000..99999>, so they can coincide; the rng draws do not depend
    on payment_id, so the other ids are the same when it is changed. It happens for real,
    e.g. train-0063 with seed 155 at the time of writing.
    """
    base = task_for(calm, "refund_request", "within_window", split="train")
    for seed in range(200):
        probe = build_backend(dict(base.params), seed)
        other = next((p for p in probe.payments
                      if p.email != base.params["email"] and p.days_ago > REFUND_WINDOW_DAYS), None)
        if other is not None:
            task = dataclasses.replace(base, params={**base.params, "payment_id": other.id})
            return task, seed
    raise AssertionError("no seed with an outside-window payment of another customer")


@pytest.mark.xfail(strict=True, reason="backend.py build_backend: payment ids are not unique (see report)")
def test_payment_ids_are_unique_in_a_backend(calm: CustomerSupportScenario) -> None:
    task, seed = _colliding_refund_task(calm)
    ids = [p.id for p in build_backend(dict(task.params), seed).payments]
    assert len(ids) == len(set(ids))


@pytest.mark.xfail(strict=True, reason="backend.py: with a duplicate payment id, refund hits the other customer's "
                                       "payment and the expert retries the refused refund until truncation")
def test_expert_succeeds_when_payment_ids_collide(calm: CustomerSupportScenario) -> None:
    task, seed = _colliding_refund_task(calm)
    trajectory = finish_with_gold(calm, calm.new_episode(task, seed))
    assert trajectory.success


@pytest.mark.xfail(strict=True, reason="gold.py _results keys results by tool name only: a lookup of another "
                                       "email switches the expert to the unknown-email branch (see report)")
def test_a_read_about_someone_else_does_not_derail_the_expert(calm: CustomerSupportScenario) -> None:
    task = task_for(calm, "refund_request", "within_window")
    episode = calm.new_episode(task, 3)
    call(episode, "lookup_user")
    call(episode, "lookup_user", email="somebody.else@example.org")  # an extra read: nothing changes
    trajectory = finish_with_gold(calm, episode)
    assert trajectory.success  # fails: the expert now emails and closes instead of refunding


@pytest.mark.xfail(strict=True, reason="task_file.py accepts duplicate ids; pass_hat_k then merges the tasks "
                                       "and reports k beyond --trials")
def test_duplicate_task_ids_in_a_file_are_refused(tmp_path: Path) -> None:
    line = {"kind": "password_reset", "outcome": "active", "name": "A B", "email": "a@b.io",
            "subject": "s", "body": "b", "id": "same"}
    path = tmp_path / "dup.jsonl"
    path.write_text(json.dumps(line) + "\n" + json.dumps({**line, "outcome": "locked"}) + "\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match="line 2"):
        load_task_file(path)


@pytest.mark.xfail(strict=True, reason="task_file.py/backend.py silently clamp days_ago to fit the outcome")
def test_days_ago_that_contradicts_the_outcome_is_refused(tmp_path: Path) -> None:
    line = {"kind": "refund_request", "outcome": "within_window", "name": "A B", "email": "a@b.io",
            "subject": "s", "body": "b", "days_ago": 45}
    path = tmp_path / "contradiction.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match="line 1"):
        load_task_file(path)
