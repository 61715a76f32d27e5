"""Property-based: random and malformed tool calls never break an episode or the backend."""

from __future__ import annotations

import copy
import math
from collections import Counter
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support_testlib import PAIRS, task_for

from agentgym.scenario import Task
from agentgym_scenario_support import tools
from agentgym_scenario_support.backend import REFUND_WINDOW_DAYS, Backend, build_backend
from agentgym_scenario_support.scenario import CustomerSupportScenario

SCENARIOS = {rate: CustomerSupportScenario(failure_rate=rate) for rate in (0.0, 0.05, 0.5)}
_any = SCENARIOS[0.0]
TASKS: list[Task] = [task_for(_any, *pair, split=split) for pair in PAIRS for split in ("train", "test")]
TOOL_NAMES = list(_any.tool_names)
ARGUMENT_NAMES = sorted({key for spec in tools.SPECS for key in spec.parameters["properties"]})
READ_ONLY = {"lookup_user", "check_payment", "check_logs", "search_kb"}

huge_text = st.builds(lambda ch, n: ch * n, st.sampled_from(["a", "é", "\x00", " ", "PAY-1", "💥"]),
                      st.integers(1_000, 100_000))
leaf = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40), huge_text,
    st.sampled_from(["", " ", "TCK-1", "PAY-12345", "nobody@example.org", "ann@x.io"]),
)
json_value = st.recursive(
    leaf, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
argument_key = st.one_of(st.sampled_from(ARGUMENT_NAMES), st.text(max_size=12))
tool_name = st.one_of(
    st.sampled_from(TOOL_NAMES), st.sampled_from(TOOL_NAMES), st.text(max_size=20),
    st.sampled_from(["", "finish", "LOOKUP_USER", "lookup_user ", "refund\n"]),
)


@st.composite
def actions(draw: st.DrawFn) -> tuple[str, str, Any]:
    """(mode, tool, arguments): mode 'finish', 'resolved', 'mutated' or 'random'."""
    mode = draw(st.sampled_from(["resolved", "resolved", "mutated", "random", "random", "finish"]))
    name = draw(tool_name)
    if mode == "random":
        arguments = draw(st.one_of(
            st.dictionaries(argument_key, json_value, max_size=4),
            st.none(), st.integers(), st.text(max_size=10), st.lists(leaf, max_size=3),
        ))
    elif mode == "mutated":
        arguments = draw(st.tuples(st.sampled_from(["drop", "retype", "extra", "huge"]), argument_key, json_value))
    else:
        arguments = None
    return mode, name, arguments


def _arguments(episode: Any, mode: str, name: str, drawn: Any) -> Any:
    if mode == "random":
        return drawn
    resolved = dict(episode.scenario.resolve_arguments(name, episode.observe()) or {}) if name in TOOL_NAMES else {}
    if mode == "mutated" and resolved:
        how, key, value = drawn
        target = key if key in resolved else next(iter(resolved))
        if how == "drop":
            resolved.pop(target)
        elif how == "retype":
            resolved[target] = value
        elif how == "extra":
            resolved[f"{key}_extra"] = value
        else:
            resolved[target] = "x" * 50_000
    return resolved


def check_backend(initial: Backend, backend: Backend, history: list[tuple[str, str]]) -> None:
    """The backend's own invariants plus consistency with where it started and what was said."""
    backend.check_invariants()
    # payments: same set, same amounts; only paid -> refunded, only inside the window, at most once
    assert [(p.id, p.email, p.amount, p.days_ago) for p in backend.payments] == [
        (p.id, p.email, p.amount, p.days_ago) for p in initial.payments
    ]
    refunds = Counter(text.split()[1].rstrip(":") for name, text in history
                      if name == "refund" and text.startswith("Refunded "))
    assert all(count == 1 for count in refunds.values()), refunds
    for before, after in zip(initial.payments, backend.payments, strict=True):
        assert after.amount > 0 and after.status in ("paid", "refunded")
        if before.status == "refunded":
            assert after.status == "refunded"
        elif after.status == "refunded":
            assert before.days_ago <= REFUND_WINDOW_DAYS
            assert refunds[after.id] == 1
    per_customer: dict[str, float] = {}
    for payment in backend.payments:  # what each customer has paid, net of refunds
        net = 0.0 if payment.status == "refunded" else payment.amount
        per_customer[payment.email] = per_customer.get(payment.email, 0.0) + net
    assert all(balance >= 0 for balance in per_customer.values())
    # users are never created, deleted or unlocked
    assert {e: (u.name, u.status, u.plan) for e, u in backend.users.items()} == {
        e: (u.name, u.status, u.plan) for e, u in initial.users.items()
    }
    # tickets: open -> closed | escalated, once; an escalation record iff escalated
    assert set(backend.tickets) == set(initial.tickets)
    escalated = Counter(ticket_id for ticket_id, _ in backend.escalations)
    for ticket_id, ticket in backend.tickets.items():
        assert escalated[ticket_id] == (ticket.status == "escalated")
        assert len(ticket.notes) == sum(1 for n, t in history if n == "update_ticket" and t.startswith("Note added"))
    # reset links only to active accounts; keys only for known users, all distinct
    assert all(backend.users[email].status == "active" for email in backend.reset_links)
    new_keys = sum(len(keys) for keys in backend.api_keys.values()) - sum(len(k) for k in initial.api_keys.values())
    assert new_keys == backend.key_counter >= 0
    assert set(backend.api_keys) <= set(backend.users)
    all_keys = [key for keys in backend.api_keys.values() for key in keys]
    assert len(all_keys) == len(set(all_keys))
    assert len(backend.emails) == sum(1 for n, t in history if n == "send_email" and t.startswith("Email sent"))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    task_index=st.integers(0, len(TASKS) - 1),
    seed=st.integers(0, 2**32 - 1),
    rate=st.sampled_from(sorted(SCENARIOS)),
    plan=st.lists(actions(), min_size=1, max_size=14),
)
def test_random_calls_never_break_an_episode(task_index: int, seed: int, rate: float, plan: list) -> None:
    scenario = SCENARIOS[rate]
    task = TASKS[task_index]
    episode = scenario.new_episode(task, seed)
    initial = build_backend(dict(task.params), seed)
    assert episode.backend == initial
    said: list[tuple[str, str]] = []
    for mode, name, drawn in plan:
        if mode == "finish":
            episode.finish(name)
            continue
        arguments = _arguments(episode, mode, name, drawn)
        was_done = episode.done
        calls_before = len(episode.steps)
        before = copy.deepcopy(episode.backend)
        snapshot = episode.backend.snapshot()
        result = episode.call_tool(name, arguments)
        assert isinstance(result, str) and result
        if was_done:
            assert result.startswith("ERROR") and len(episode.steps) == calls_before
            continue
        step = episode.steps[-1]
        assert step.result == result and math.isfinite(step.reward) and step.tokens > 0
        assert math.isfinite(step.seconds) and step.seconds >= 0
        assert step.status == scenario.result_status(result)
        if result.startswith("ERROR (transient)"):
            assert episode.backend.snapshot() == snapshot
        if result.startswith("ERROR") or name in READ_ONLY:
            assert episode.backend == before  # errors and reads change nothing at all
        if not isinstance(arguments, Mapping) or name not in TOOL_NAMES:
            assert result.startswith("ERROR")
        said.append((name, result))
        check_backend(initial, episode.backend, said)
    trajectory = episode.trajectory()
    assert trajectory.tool_calls <= scenario.max_steps
    assert trajectory.success in (True, False)
    assert math.isfinite(trajectory.total_reward) and math.isfinite(trajectory.outcome_reward)
    assert all(math.isfinite(r) for r in scenario.broadcast_rewards(trajectory))
    assert trajectory.tokens >= 0 and math.isfinite(trajectory.seconds)
    assert episode.trajectory() == trajectory  # grading is repeatable
    check_backend(initial, episode.backend, said)


@settings(max_examples=60, deadline=None)
@given(task_index=st.integers(0, len(TASKS) - 1), seed=st.integers(0, 2**32 - 1),
       prefix=st.lists(st.sampled_from(sorted(READ_ONLY)), max_size=3))
def test_reads_then_the_expert_still_succeed(task_index: int, seed: int, prefix: list[str]) -> None:
    """Read-only calls on the ticket's own customer never derail the expert that takes over."""
    scenario = SCENARIOS[0.05]
    task = TASKS[task_index]
    episode = scenario.new_episode(task, seed)
    for tool in prefix:
        episode.call_tool(tool, scenario.resolve_arguments(tool, episode.observe()) or {})
    while not episode.done:
        episode.act(scenario.gold_action(task, episode.observe()))
    trajectory = episode.trajectory()
    assert trajectory.success or trajectory.truncated


@settings(max_examples=100, deadline=None)
@given(name=st.sampled_from(TOOL_NAMES), arguments=st.dictionaries(argument_key, json_value, max_size=4),
       seed=st.integers(0, 1000))
def test_tools_validate_and_never_raise(name: str, arguments: dict, seed: int) -> None:
    task = TASKS[seed % len(TASKS)]
    backend = build_backend(dict(task.params), seed)
    before = copy.deepcopy(backend)
    result = tools.run_tool(backend, name, arguments)
    problem = tools.validate(name, arguments)
    if problem is not None:
        assert result.status == "error" and problem in result.text and backend == before
    backend.check_invariants()


# --- regressions: defects found by this suite, now fixed ---------------------------------


@pytest.mark.parametrize("arguments", [{1: "a", "email": "x@y.z"}, {"email": b"x@y.z"}, {"email": {1, 2}},
                                       {("a",): 1}, {"email": object()}],
                         ids=["mixed-keys", "bytes", "set", "tuple-key", "object"])
def test_non_json_arguments_come_back_as_an_error(arguments: dict) -> None:
    episode = _any.new_episode(TASKS[0], 1)
    result = episode.call_tool("lookup_user", arguments)
    assert result.startswith("ERROR")
