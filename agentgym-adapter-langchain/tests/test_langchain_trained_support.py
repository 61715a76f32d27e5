"""A trained customer_support policy runs a help desk written as a LangChain user writes it.

The desk's twelve tools are ``@tool`` functions (names and arguments as the policy was
trained on) whose bodies act on one episode's backend, as a user's tools act on their own
systems. They are extracted, the trained policy (``agentgym.load_policy``) is wrapped, and
LangGraph's ``agent.invoke`` runs the ticket. The backend must show the tool effects and the
scenario's grader must call it a success, with exactly the calls the policy makes natively.
"""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import AIMessage
from langchain_core.tools import BaseTool, tool

from agentgym.scenario import Episode, Scenario
from agentgym_adapter_langchain import LangChainAdapter
from agentgym_scenario_support.testing import calls, expected_snapshot, solved_natively

SEED = 7
CASES = [
    # (kind, outcome): what the backend must show afterwards
    ("refund_request", "within_window"),  # payment refunded, customer emailed, ticket closed
    ("password_reset", "locked"),  # ticket escalated to a specialist, nothing else changed
]


def help_desk_tools(episode: Episode) -> list[BaseTool]:
    """The customer_support tools as a LangChain user would write them."""

    @tool
    def search_kb(query: str) -> str:
        """Search the knowledge base for articles."""
        return episode.call_tool("search_kb", {"query": query})

    @tool
    def update_ticket(ticket_id: str, note: str) -> str:
        """Add an internal note to a ticket."""
        return episode.call_tool("update_ticket", {"ticket_id": ticket_id, "note": note})

    @tool
    def lookup_user(email: str) -> str:
        """Find a customer's account by email."""
        return episode.call_tool("lookup_user", {"email": email})

    @tool
    def send_reset_link(email: str) -> str:
        """Send a password reset link to an active account."""
        return episode.call_tool("send_reset_link", {"email": email})

    @tool
    def check_payment(email: str) -> str:
        """Show a customer's latest payment and its refund status."""
        return episode.call_tool("check_payment", {"email": email})

    @tool
    def refund(payment_id: str) -> str:
        """Refund a payment inside the 30-day refund window."""
        return episode.call_tool("refund", {"payment_id": payment_id})

    @tool
    def create_api_key(email: str) -> str:
        """Issue a new API key for a customer."""
        return episode.call_tool("create_api_key", {"email": email})

    @tool
    def check_logs(email: str) -> str:
        """Show a customer's recent API and job logs."""
        return episode.call_tool("check_logs", {"email": email})

    @tool
    def escalate(ticket_id: str, reason: str) -> str:
        """Hand the ticket to a human specialist."""
        return episode.call_tool("escalate", {"ticket_id": ticket_id, "reason": reason})

    @tool
    def send_email(to: str, subject: str, body: str) -> str:
        """Email the customer."""
        return episode.call_tool("send_email", {"to": to, "subject": subject, "body": body})

    @tool
    def close_ticket(ticket_id: str, resolution: str) -> str:
        """Close a resolved ticket."""
        return episode.call_tool("close_ticket", {"ticket_id": ticket_id, "resolution": resolution})

    @tool
    def ask_customer(question: str) -> str:
        """Ask the customer a question (their account email, or what they need) and get their answer."""
        return episode.call_tool("ask_customer", {"question": question})

    return [
        search_kb, update_ticket, lookup_user, send_reset_link, check_payment, refund,
        create_api_key, check_logs, escalate, send_email, close_ticket, ask_customer,
    ]


@pytest.mark.parametrize(("kind", "outcome"), CASES)
def test_trained_policy_resolves_a_ticket_with_the_users_langchain_tools(
    support_policy: Any, kind: str, outcome: str
) -> None:
    scenario: Scenario = support_policy.scenario
    task, native = solved_natively(support_policy, kind, outcome, SEED)
    episode = scenario.new_episode(task, SEED)
    backend = episode.backend  # type: ignore[attr-defined]
    before = backend.snapshot()
    adapter = LangChainAdapter()

    tools = help_desk_tools(episode)
    specs = {extracted.spec.name: extracted.spec for extracted in adapter.extract_tools(tools)}
    assert list(specs) == list(scenario.tool_names)
    for spec in scenario.tools():
        assert specs[spec.name].parameters["required"] == spec.parameters["required"]

    agent = adapter.wrap_agent(support_policy, tools, max_steps=scenario.max_steps)
    assert [e.spec.name for e in adapter.extract_tools(agent)] == list(scenario.tool_names)
    state = agent.invoke({"messages": [{"role": "user", "content": task.ticket}]})
    answer = state["messages"][-1]
    assert isinstance(answer, AIMessage) and not answer.tool_calls and answer.text
    episode.finish(answer.text)
    trajectory = episode.trajectory()

    assert calls(trajectory) == calls(native), "LangChain must run exactly the native calls"
    assert backend.snapshot() != before
    assert backend.snapshot() == expected_snapshot(task, before)
    expected_status = "closed" if kind == "refund_request" else "escalated"
    assert backend.tickets[task.params["ticket_id"]].status == expected_status
    assert trajectory.success, "the grader must accept the state LangChain's tool calls left"
    assert trajectory == native
