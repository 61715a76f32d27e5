"""The scripted expert: the right next tool from the task and what the tools said.

The plan branches on tool results (an unknown email, a locked account, a payment outside
the refund window, the error in the logs), so the right tool depends on earlier results,
not on the ticket type alone. A call whose result was an error (a transient timeout
included) is not done, so the expert retries it.

Before the type's own plan, the expert makes sure it knows whose account it works on and
what the customer wants: it asks the customer (``ask_customer``) for their address when
the ticket shows none or the one shown has no account, and, when the ticket does not say
what the customer wants (the task's ``ambiguous`` fact), for their request, once more if
the first answer was vague (the ``vague_request`` fact).

A tool call counts as *correct* (``tool_reliability``) when it is exactly the call this
expert would make in the same state: same tool, same arguments.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agentgym.scenario import Action, FinalAnswer, Observation, ToolCall
from agentgym_scenario_support.resolver import NO_ACCOUNT, State, fill, state

ANSWER = "Your request has been handled; thank you for contacting support."


def plan(kind: str, done: dict[str, str]) -> list[str]:
    """The expert's tool sequence for ``kind`` once the account was found, as far as the
    results so far determine it."""
    steps = ["lookup_user"]
    account = done.get("lookup_user", "")
    if kind == "password_reset":
        if "status locked" in account:
            return steps + ["escalate"]
        return steps + ["send_reset_link", "close_ticket"]
    if kind == "billing_inquiry":
        return steps + ["check_payment", "send_email", "close_ticket"]
    if kind == "refund_request":
        steps.append("check_payment")
        payment = done.get("check_payment")
        if payment is None:
            return steps
        if "inside the refund window" in payment:
            return steps + ["refund", "send_email", "close_ticket"]
        if "outside the refund window" in payment:
            return steps + ["escalate"]
        return steps + ["send_email", "close_ticket"]
    if kind == "api_integration":
        steps.append("check_logs")
        logs = done.get("check_logs")
        if logs is None:
            return steps
        if "invalid_api_key" in logs:
            return steps + ["create_api_key", "send_email", "close_ticket"]
        if "rate_limit_exceeded" in logs:
            return steps + ["search_kb", "send_email", "close_ticket"]
        return steps + ["escalate"]
    if kind == "data_migration":
        steps += ["search_kb", "check_logs"]
        logs = done.get("check_logs")
        if logs is None:
            return steps
        if "failed" in logs:
            return steps + ["escalate"]
        return steps + ["update_ticket", "send_email", "close_ticket"]
    return steps + ["escalate"]


def requests_needed(facts: Mapping[str, Any]) -> int:
    """How many answers about their request the customer must give before it is clear."""
    if not facts.get("ambiguous"):
        return 0
    return 2 if facts.get("vague_request") else 1


def next_tool(kind: str, facts: Mapping[str, Any], known: State) -> str | None:
    """The expert's next tool in this state, or None when the work is done."""
    ctx = known.context
    if ctx is None:
        return None
    if ctx.email is None:
        return "ask_customer"
    account = known.done.get("lookup_user")
    if account is None:
        return "lookup_user"
    if account.startswith(NO_ACCOUNT):
        if not ctx.no_other:
            return "ask_customer"
        steps = ["send_email", "close_ticket"]
    else:
        if known.request_answers < requests_needed(facts):
            return "ask_customer"
        steps = plan(kind, known.done)
    return next((tool for tool in steps if tool not in known.done), None)


def gold_action(kind: str, observation: Observation, facts: Mapping[str, Any] | None = None) -> Action:
    """The expert's next action: its next tool with the resolver's arguments, or the answer."""
    known = state(observation)
    tool = next_tool(kind, facts or {}, known)
    if tool is None:
        return FinalAnswer(ANSWER)
    return ToolCall(tool, fill(tool, known.context) or {})  # type: ignore[arg-type]
