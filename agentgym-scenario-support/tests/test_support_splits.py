"""Task lists: sizes, disjoint splits (text, customers, templates), determinism."""

from __future__ import annotations

import dataclasses
import re

import pytest
from support_testlib import PAIRS

from agentgym.reference import GoldPolicy, RandomPolicy
from agentgym.scenario import SPLITS
from agentgym_scenario_support import tickets
from agentgym_scenario_support.resolver import parse_ticket
from agentgym_scenario_support.scenario import CustomerSupportScenario

MINIMUM = {"train": 2000, "validation": 300, "test": 500}


@pytest.mark.parametrize("split", SPLITS)
def test_split_sizes_and_distinct_tickets(scenario: CustomerSupportScenario, split: str) -> None:
    tasks = scenario.tasks(split)
    assert len({task.ticket for task in tasks}) >= MINIMUM[split]
    assert len({task.id for task in tasks}) == len(tasks)
    assert len({task.params["ticket_id"] for task in tasks}) == len(tasks)
    assert all(task.split == split for task in tasks)


@pytest.mark.parametrize("split", SPLITS)
def test_every_kind_and_outcome_occurs_in_every_split(scenario: CustomerSupportScenario, split: str) -> None:
    assert {(task.kind, task.outcome) for task in scenario.tasks(split)} == set(PAIRS)


@pytest.mark.parametrize("split", SPLITS)
def test_ticket_header_matches_the_hidden_facts(scenario: CustomerSupportScenario, split: str) -> None:
    """The resolver reads id, name and email from the text; they must be the backend's."""
    for task in scenario.tasks(split):
        header = parse_ticket(task.ticket)
        assert header is not None, task.ticket
        assert header["id"] == task.params["ticket_id"]
        assert header["email"] == task.params["email"]
        assert header["name"] == task.params["name"]
        assert task.params["kind"] == task.kind and task.params["outcome"] == task.outcome


def _entities(scenario: CustomerSupportScenario, split: str) -> dict[str, set[str]]:
    tasks = scenario.tasks(split)
    names = {task.params["name"] for task in tasks}
    return {
        "ticket": {task.ticket for task in tasks},
        "ticket_id": {task.params["ticket_id"] for task in tasks},
        "name": names,
        "email": {task.params["email"] for task in tasks},
        "first": {name.split()[0] for name in names},
        "last": {name.split()[-1] for name in names},
        "domain": {task.params["email"].split("@", 1)[1] for task in tasks},
    }


@pytest.mark.parametrize(("a", "b"), [("train", "test"), ("train", "validation"), ("validation", "test")])
def test_splits_share_no_ticket_text_and_no_customer(scenario: CustomerSupportScenario, a: str, b: str) -> None:
    left, right = _entities(scenario, a), _entities(scenario, b)
    for key in left:
        assert not left[key] & right[key], f"{a} and {b} share a {key}: {sorted(left[key] & right[key])[:3]}"


def test_no_test_ticket_mentions_a_training_customer(scenario: CustomerSupportScenario) -> None:
    train = _entities(scenario, "train")
    words = train["first"] | train["last"]
    pattern = re.compile(r"\b(" + "|".join(sorted(words)) + r")\b", re.IGNORECASE)
    emails = train["email"]
    for task in scenario.tasks("test"):
        assert not pattern.search(task.ticket), task.ticket
        assert not any(email in task.ticket for email in emails)


def _template_tables() -> dict[str, dict[str, tuple[str, ...]]]:
    """Every per-kind table of phrasings in tickets (SUBJECTS, BODIES / PROBLEMS, REQUESTS...)."""
    tables = {}
    for name in dir(tickets):
        value = getattr(tickets, name)
        if (
            name.isupper() and isinstance(value, dict) and set(value) == set(tickets.KINDS)
            and all(isinstance(pool, tuple) and all(isinstance(s, str) for s in pool) for pool in value.values())
        ):
            tables[name] = value
    assert "SUBJECTS" in tables and len(tables) >= 2, sorted(tables)
    return tables


def _pools() -> dict[str, tuple[str, ...]]:
    """Every template and entity pool that tickets.share partitions between splits."""
    pools: dict[str, tuple[str, ...]] = {
        "FIRST_NAMES": tickets.FIRST_NAMES,
        "LAST_NAMES": tickets.LAST_NAMES,
        "DOMAINS": tickets.DOMAINS,
    }
    for table, per_kind in _template_tables().items():
        for kind, pool in per_kind.items():
            pools[f"{table}[{kind}]"] = pool
    return pools


@pytest.mark.parametrize(("name", "pool"), sorted(_pools().items()), ids=sorted(_pools()))
def test_template_and_entity_pools_are_partitioned(name: str, pool: tuple[str, ...]) -> None:
    parts = {split: set(tickets.share(pool, split)) for split in SPLITS}
    assert all(parts.values()), f"{name}: a split gets nothing"
    assert not parts["train"] & parts["test"]
    assert not parts["train"] & parts["validation"]
    assert not parts["validation"] & parts["test"]
    assert set().union(*parts.values()) == set(pool)


def test_no_test_ticket_uses_a_training_template(scenario: CustomerSupportScenario) -> None:
    """No phrasing from train's share of any template table appears in a test ticket."""
    train_subjects = {s for pool in tickets.SUBJECTS.values() for s in tickets.share(pool, "train")}
    train_phrases = {
        s for table in _template_tables().values() for pool in table.values() for s in tickets.share(pool, "train")
    }
    for task in scenario.tasks("test"):
        header = parse_ticket(task.ticket)
        assert header is not None
        assert header["subject"] not in train_subjects
        assert not any(phrase in task.ticket for phrase in train_phrases), task.ticket
    train_text = {parse_ticket(t.ticket)["subject"] for t in scenario.tasks("train")}  # type: ignore[index]
    assert train_text <= train_subjects


def test_two_scenarios_give_identical_task_lists() -> None:
    first, second = CustomerSupportScenario(), CustomerSupportScenario(failure_rate=0.0)
    for split in SPLITS:
        assert list(first.tasks(split)) == list(second.tasks(split))
    assert tickets.generate("test") == list(first.tasks("test"))


def _record(trajectory) -> dict:  # type: ignore[no-untyped-def]
    return dataclasses.asdict(trajectory)


def test_episodes_are_deterministic_per_seed(scenario: CustomerSupportScenario) -> None:
    other = CustomerSupportScenario()
    tasks = scenario.tasks("validation")[:25]
    for index, task in enumerate(tasks):
        for seed in (0, 7, 123456789):
            gold_a = scenario.run(GoldPolicy(scenario, task), task, seed)
            gold_b = other.run(GoldPolicy(other, task), task, seed)
            assert _record(gold_a) == _record(gold_b)
            rand_a = scenario.run(RandomPolicy(scenario, seed + index), task, seed)
            rand_b = other.run(RandomPolicy(other, seed + index), task, seed)
            assert _record(rand_a) == _record(rand_b)


def test_trials_differ_through_their_seeds() -> None:
    """Different seeds give different backends and different transient failures."""
    flaky = CustomerSupportScenario(failure_rate=0.3)
    task = flaky.tasks("test")[0]
    snapshots = {repr(flaky.new_episode(task, seed).backend.snapshot()) for seed in range(20)}
    assert len(snapshots) > 1
    patterns = {
        tuple(step.status for step in flaky.run(GoldPolicy(flaky, task), task, seed).steps) for seed in range(20)
    }
    assert len(patterns) > 1


def test_options_are_validated() -> None:
    with pytest.raises(ValueError):
        CustomerSupportScenario(failure_rate=1.0)
    with pytest.raises(ValueError):
        CustomerSupportScenario(failure_rate=-0.1)
    with pytest.raises(ValueError):
        CustomerSupportScenario(tool_latency_ms=-1)
    with pytest.raises(ValueError):
        CustomerSupportScenario().tasks("holdout")
