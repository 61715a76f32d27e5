"""Defects found while testing the scenario, kept as regression tests.

Each was a strict xfail while the defect was open; all are fixed now and stay as
regression tests.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from support_testlib import call, finish_with_gold, task_for

from agentgym.reference import RandomPolicy
from agentgym.scenario import Observation, ScenarioError, ToolEvent
from agentgym_scenario_support import resolver
from agentgym_scenario_support.backend import build_backend
from agentgym_scenario_support.scenario import CustomerSupportScenario
from agentgym_scenario_support.task_file import load_task_file


def test_payment_ids_are_unique_in_every_backend(calm: CustomerSupportScenario) -> None:
    """Other customers' payment ids are drawn from a different range than the customer's
    own, so a refund can never hit another customer's payment (train-0063, seed 155 did)."""
    for task in calm.tasks("train")[:300]:
        for seed in (0, 155, 9_999):
            ids = [p.id for p in build_backend(dict(task.params), seed).payments]
            assert len(ids) == len(set(ids)), (task.id, seed, ids)


def test_the_expert_refunds_the_customers_own_payment(calm: CustomerSupportScenario) -> None:
    task = task_for(calm, "refund_request", "within_window", split="train")
    trajectory = finish_with_gold(calm, calm.new_episode(task, 155))
    assert trajectory.success
    refunds = [step for step in trajectory.steps if step.tool == "refund" and not step.result.startswith("ERROR")]
    assert [step.arguments["payment_id"] for step in refunds] == [task.params["payment_id"]]


def test_a_read_about_someone_else_does_not_derail_the_expert(calm: CustomerSupportScenario) -> None:
    task = task_for(calm, "refund_request", "within_window")
    episode = calm.new_episode(task, 3)
    call(episode, "lookup_user")
    call(episode, "lookup_user", email="somebody.else@example.org")  # an extra read: nothing changes
    trajectory = finish_with_gold(calm, episode)
    assert trajectory.success  # fails: the expert now emails and closes instead of refunding


def test_duplicate_task_ids_in_a_file_are_refused(tmp_path: Path) -> None:
    line = {"kind": "password_reset", "outcome": "active", "name": "A B", "email": "a@b.io",
            "subject": "s", "body": "b", "id": "same"}
    path = tmp_path / "dup.jsonl"
    path.write_text(json.dumps(line) + "\n" + json.dumps({**line, "outcome": "locked"}) + "\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match="line 2"):
        load_task_file(path)


def test_days_ago_that_contradicts_the_outcome_is_refused(tmp_path: Path) -> None:
    line = {"kind": "refund_request", "outcome": "within_window", "name": "A B", "email": "a@b.io",
            "subject": "s", "body": "b", "days_ago": 45}
    path = tmp_path / "contradiction.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match="line 1"):
        load_task_file(path)


def test_the_per_episode_resolver_state_equals_one_computed_from_scratch() -> None:
    """The resolver advances each episode's state by one event per step (a cache keyed by
    the events' identity); copies of the same observations, which share no event objects,
    must get exactly the same arguments and expert plan from a fresh walk."""
    scenario = CustomerSupportScenario(failure_rate=0.2)
    tasks = scenario.tasks("train")
    episodes = [scenario.new_episode(tasks[i * 7 % len(tasks)], i) for i in range(200)]
    policies = [RandomPolicy(scenario, i) for i in range(200)]
    slips = random.Random(3)
    checked = 0
    while any(not e.done for e in episodes):
        for episode, policy in zip(episodes, policies, strict=True):  # interleaved, like lockstep
            if episode.done:
                continue
            seen = episode.observe()
            fresh = Observation(seen.ticket, tuple(ToolEvent(e.name, dict(e.arguments), e.result) for e in seen.history))
            assert resolver.state(seen) == resolver.state(fresh)
            assert scenario.resolve_all(seen) == scenario.resolve_all(fresh)
            # the cache of every tool's arguments (kept without the latest result) against
            # each tool filled on its own
            assert scenario.resolve_all(seen) == [scenario.resolve_arguments(t, seen) for t in scenario.tool_names]
            checked += 1
            expert = scenario.gold_action(episode.task, seen)
            episode.act(policy.decide(seen) if slips.random() < 0.3 else expert)
    assert checked > 800
    assert len(resolver._states) <= resolver.STATE_CACHE_LIMIT


def test_the_resolver_cache_forgets_finished_episodes_not_those_being_played(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its limit the state cache drops its oldest half: the episodes of a lockstep
    batch of up to a quarter of the limit, touched every step, are never walked again from
    the start while as many other observations a step (graders' replays, finished
    episodes, one-off questions) fill the cache."""
    monkeypatch.setattr(resolver, "STATE_CACHE_LIMIT", 64)
    monkeypatch.setattr(resolver, "_states", {})
    starts = []
    real_start = resolver._start
    monkeypatch.setattr(resolver, "_start", lambda ticket: starts.append(ticket) or real_start(ticket))
    scenario = CustomerSupportScenario()
    tasks = scenario.tasks("train")
    batch = [scenario.new_episode(tasks[i], i) for i in range(16)]
    one_offs = 0
    for _ in range(8):
        for episode in batch:
            if not episode.done:
                seen = episode.observe()
                episode.act(scenario.gold_action(episode.task, seen))
        for n in range(len(batch)):  # observations nobody asks about again
            one_offs += 1
            ticket = tasks[100 + one_offs].ticket
            resolver.state(Observation(ticket, (ToolEvent("search_kb", {"query": "x"}, f"result {n}"),)))
        assert len(resolver._states) <= 64
    assert one_offs > 64 and len(starts) == len(batch) + one_offs  # one walk from the start per episode
