"""The scripted expert: the right next tool from the ticket type and what the tools said.

The plan branches on tool results (an unknown email, a locked account, a payment outside
the refund window, the error in the logs), so the right tool depends on earlier results,
not on the ticket type alone. A call whose result was an error (a transient timeout
included) is not done, so the expert retries it.

A tool call counts as *correct* (``tool_reliability``) when it is exactly the call this
expert would make in the same state: same tool, same arguments.
"""

from __future__ import annotations

from agentgym.scenario import Action, FinalAnswer, Observation, ToolCall
from agentgym_scenario_support.resolver import fill, state


def plan(kind: str, done: dict[str, str]) -> list[str]:
    """The expert's tool sequence for ``kind``, as far as the results so far determine it."""
    steps = ["lookup_user"]
    account = done.get("lookup_user")
    if account is None:
        return steps
    if account.startswith("No account"):
        return steps + ["send_email", "close_ticket"]
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


def gold_action(kind: str, observation: Observation) -> Action:
    """The expert's next action: the first planned tool without a successful result."""
    known = state(observation)
    for tool in plan(kind, known.done):
        if tool not in known.done:
            return ToolCall(tool, (fill(tool, known.context) if known.context else None) or {})
    return FinalAnswer("Your request has been handled; thank you for contacting support.")
