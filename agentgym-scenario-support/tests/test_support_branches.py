"""The expert's plan branches on what the tools return, not on the ticket type alone."""

from __future__ import annotations

import dataclasses
from itertools import combinations

import pytest
from support_testlib import EXPECTED_SEQUENCES, PAIRS, expected_sequence, gold_tools, is_plain, observation

from agentgym.scenario import FinalAnswer, ToolCall
from agentgym_scenario_support import gold
from agentgym_scenario_support.scenario import CustomerSupportScenario
from agentgym_scenario_support.tickets import KINDS, OUTCOMES


def test_the_table_covers_every_outcome() -> None:
    assert set(PAIRS) == {(kind, outcome) for kind in KINDS for outcome, _ in OUTCOMES[kind]}


@pytest.mark.parametrize("pair", PAIRS, ids=["/".join(p) for p in PAIRS])
def test_expert_sequence_per_outcome(calm: CustomerSupportScenario, pair_tasks, pair) -> None:  # type: ignore[no-untyped-def]
    task = pair_tasks[pair]
    for seed in range(5):
        trajectory = calm.run(gold_policy(calm, task), task, seed)
        assert tuple(step.tool for step in trajectory.steps) == EXPECTED_SEQUENCES[pair]
        assert trajectory.success and not trajectory.truncated
        assert all(step.status == "ok" for step in trajectory.steps)


def gold_policy(scenario, task):  # type: ignore[no-untyped-def]
    from agentgym.reference import GoldPolicy

    return GoldPolicy(scenario, task)


@pytest.mark.parametrize("split", ["test", "validation", "natural"])
def test_every_task_follows_its_documented_sequence(calm: CustomerSupportScenario, split: str) -> None:
    plain = 0
    for index, task in enumerate(calm.tasks(split)):
        assert gold_tools(calm, task, index) == expected_sequence(task), task.id
        if is_plain(task):
            plain += 1
            assert expected_sequence(task) == EXPECTED_SEQUENCES[(task.kind, task.outcome)]
    assert 0.5 * len(calm.tasks(split)) < plain < len(calm.tasks(split))


def test_documented_contrasts() -> None:
    seq = EXPECTED_SEQUENCES
    # refund inside vs outside the window: refund vs escalate
    assert "refund" in seq[("refund_request", "within_window")]
    assert "refund" not in seq[("refund_request", "outside_window")]
    assert seq[("refund_request", "outside_window")][-1] == "escalate"
    # a payment already refunded is explained, not refunded again
    assert "refund" not in seq[("refund_request", "already_refunded")]
    # locked account: escalate, no reset link
    assert seq[("password_reset", "locked")][-1] == "escalate"
    assert "send_reset_link" not in seq[("password_reset", "locked")]
    # unknown email: ask for another address; with none, tell the customer and close
    for kind in ("password_reset", "billing_inquiry"):
        assert seq[(kind, "unknown_email")] == ("lookup_user", "ask_customer", "send_email", "close_ticket")
    # API errors found in the logs: new key / KB article / escalate
    assert "create_api_key" in seq[("api_integration", "invalid_key")]
    assert "search_kb" in seq[("api_integration", "rate_limited")]
    assert seq[("api_integration", "server_error")][-1] == "escalate"


def _same_ticket_other_outcome(task, outcome):  # type: ignore[no-untyped-def]
    return dataclasses.replace(task, outcome=outcome, params={**task.params, "outcome": outcome})


@pytest.mark.parametrize("kind", [k for k in KINDS if len(OUTCOMES[k]) > 1])
def test_same_ticket_different_results_different_next_tool(calm: CustomerSupportScenario, kind: str) -> None:
    """One ticket text, several backends: the expert starts the same way, then follows the results."""
    base = next(task for task in calm.tasks("test") if task.kind == kind and is_plain(task))
    runs = {}
    for outcome, _ in OUTCOMES[kind]:
        task = _same_ticket_other_outcome(base, outcome)
        episode = calm.new_episode(task, 3)
        while not episode.done:
            episode.act(calm.gold_action(task, episode.observe()))
        assert episode.trajectory().success
        runs[outcome] = [(event.name, event.result) for event in episode.history]
    for (a, run_a), (b, run_b) in combinations(runs.items(), 2):
        tools_a, tools_b = [name for name, _ in run_a], [name for name, _ in run_b]
        assert tools_a != tools_b, (a, b)
        assert tools_a[0] == tools_b[0] == "lookup_user"
        split = next(i for i, (x, y) in enumerate(zip(tools_a, tools_b, strict=False)) if x != y)
        assert split >= 1
        # the tools were the same up to the split, so the results are what differed
        assert [r for _, r in run_a[:split]] != [r for _, r in run_b[:split]], (a, b)


def test_expert_never_reads_the_hidden_outcome(calm: CustomerSupportScenario) -> None:
    """Same observation, any hidden outcome: the same action."""
    for task in calm.tasks("validation")[:100]:
        episode = calm.new_episode(task, 1)
        while not episode.done:
            obs = episode.observe()
            action = calm.gold_action(task, obs)
            for outcome, _ in OUTCOMES[task.kind]:
                assert calm.gold_action(_same_ticket_other_outcome(task, outcome), obs) == action
            episode.act(action)


TICKET = "Ticket TCK-123 from Ann Lee <ann@x.io>\nSubject: Refund request\nPlease refund."
ACCOUNT = ("lookup_user", {"email": "ann@x.io"}, "Account ann@x.io: Ann Lee, plan pro, status active.")
LOCKED = ("lookup_user", {"email": "ann@x.io"}, "Account ann@x.io: Ann Lee, plan pro, status locked.")
NO_ACCOUNT = ("lookup_user", {"email": "ann@x.io"}, "No account found for ann@x.io.")
INSIDE = ("check_payment", {"email": "ann@x.io"},
          "Latest payment PAY-55555: $49.00, 3 days ago, status paid; refundable, inside the refund window.")
OUTSIDE = ("check_payment", {"email": "ann@x.io"},
           "Latest payment PAY-55555: $49.00, 40 days ago, status paid; not refundable, outside the refund window.")
DONE_ALREADY = ("check_payment", {"email": "ann@x.io"},
                "Latest payment PAY-55555: $49.00, 3 days ago, status refunded; already refunded.")
TIMEOUT = ("check_payment", {"email": "ann@x.io"}, "ERROR (transient): check_payment timed out after 2s; retry.")
ASK_AGAIN = ("ask_customer", {"question": "We found no account for ann@x.io. Which email address is your account "
                              "registered under?"}, "That is the only address I have.")


def _next(kind: str, *events) -> str:  # type: ignore[no-untyped-def]
    action = gold.gold_action(kind, observation(TICKET, *events))
    return action.name if isinstance(action, ToolCall) else "finish"


def test_next_tool_from_hand_written_results() -> None:
    assert _next("refund_request") == "lookup_user"
    assert _next("refund_request", ACCOUNT) == "check_payment"
    assert _next("refund_request", NO_ACCOUNT) == "ask_customer"
    assert _next("refund_request", NO_ACCOUNT, ASK_AGAIN) == "send_email"
    assert _next("refund_request", ACCOUNT, INSIDE) == "refund"
    assert _next("refund_request", ACCOUNT, OUTSIDE) == "escalate"
    assert _next("refund_request", ACCOUNT, DONE_ALREADY) == "send_email"
    assert _next("refund_request", ACCOUNT, TIMEOUT) == "check_payment"  # retried
    assert _next("password_reset", ACCOUNT) == "send_reset_link"
    assert _next("password_reset", LOCKED) == "escalate"
    assert _next("password_reset", NO_ACCOUNT, ASK_AGAIN) == "send_email"
    logs = ("check_logs", {"email": "ann@x.io"})
    assert _next("api_integration", ACCOUNT, (*logs, "Logs: 401 Unauthorized: invalid_api_key.")) == "create_api_key"
    assert _next("api_integration", ACCOUNT, (*logs, "Logs: 429 Too Many Requests: rate_limit_exceeded.")) == "search_kb"
    assert _next("api_integration", ACCOUNT, (*logs, "Logs: 500 Internal Server Error.")) == "escalate"


def test_refund_uses_the_payment_id_it_was_shown() -> None:
    action = gold.gold_action("refund_request", observation(TICKET, ACCOUNT, INSIDE))
    assert action == ToolCall("refund", {"payment_id": "PAY-55555"})


def test_expert_answers_once_the_plan_is_done() -> None:
    from agentgym_scenario_support.resolver import resolve_arguments

    before_mail = observation(TICKET, NO_ACCOUNT, ASK_AGAIN)
    mail = ("send_email", resolve_arguments("send_email", before_mail), "Email sent to ann@x.io.")
    before_close = observation(TICKET, NO_ACCOUNT, ASK_AGAIN, mail)
    closed = ("close_ticket", resolve_arguments("close_ticket", before_close), "TCK-123 closed.")
    done = observation(TICKET, NO_ACCOUNT, ASK_AGAIN, mail, closed)
    assert isinstance(gold.gold_action("password_reset", done), FinalAnswer)


def test_a_call_with_other_arguments_decides_nothing() -> None:
    other = ("lookup_user", {"email": "someone.else@x.io"}, "No account found for someone.else@x.io.")
    assert gold.gold_action("refund_request", observation(TICKET, other)).name == "lookup_user"


BARE = "Ticket TCK-124\nhi, my refund never came. my account is under ann@x.io btw"
NO_ADDRESS = "Ticket TCK-125\nPlease refund my last payment, thanks. Ann"
VAGUE = "Ticket TCK-126 from Ann Lee <ann@x.io>\nSubject: Hello\nSomething is off with my account, can you look?"


def _action(ticket: str, kind: str = "refund_request", facts=None, *events):  # type: ignore[no-untyped-def]
    return gold.gold_action(kind, observation(ticket, *events), facts or {})


def test_an_address_in_the_message_is_used_when_there_is_no_header() -> None:
    assert _action(BARE) == ToolCall("lookup_user", {"email": "ann@x.io"})


def test_with_no_address_anywhere_the_expert_asks_and_uses_the_answer() -> None:
    from agentgym_scenario_support.resolver import ASK_EMAIL

    assert _action(NO_ADDRESS) == ToolCall("ask_customer", {"question": ASK_EMAIL})
    answer = ("ask_customer", {"question": ASK_EMAIL}, "sure, it's ann.lee@work.example")
    assert _action(NO_ADDRESS, "refund_request", None, answer) == ToolCall("lookup_user", {"email": "ann.lee@work.example"})


def test_an_unclear_request_is_asked_for_once_or_twice_after_a_vague_answer() -> None:
    from agentgym_scenario_support.resolver import ASK_REQUEST

    ask = ToolCall("ask_customer", {"question": ASK_REQUEST})
    facts = {"ambiguous": True, "vague_request": True}
    assert _action(VAGUE, "billing_inquiry", facts) == ToolCall("lookup_user", {"email": "ann@x.io"})
    found = ("lookup_user", {"email": "ann@x.io"}, "Account ann@x.io: Ann Lee, plan pro, status active.")
    assert _action(VAGUE, "billing_inquiry", facts, found) == ask
    vague = ("ask_customer", {"question": ASK_REQUEST}, "just fix it")
    assert _action(VAGUE, "billing_inquiry", facts, found, vague) == ask
    clear = ("ask_customer", {"question": ASK_REQUEST}, "explain my invoice please")
    assert _action(VAGUE, "billing_inquiry", facts, found, vague, clear).name == "check_payment"
    assert _action(VAGUE, "billing_inquiry", {"ambiguous": True}, found, clear).name == "check_payment"
