"""A trained customer_support policy runs a help desk built as an AutoGen user builds it.

The desk's twelve tools are plain functions (sync and async, names and arguments as the policy
was trained on) in the user's ``AssistantAgent``; their bodies act on one episode's backend,
as a user's tools act on their own systems. The tools are extracted from that agent, the
trained policy (``agentgym.load_policy``) is wrapped, and AutoGen's own ``agent.run(task=ticket)``
runs the ticket. The backend must show the tool effects and the scenario's grader must call it
a success, with exactly the calls the policy makes natively.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from autogen_agentchat.agents import AssistantAgent
from autogen_agentchat.messages import TextMessage

from agentgym.scenario import Episode, Scenario
from agentgym.testing import ScriptedPolicy
from agentgym_adapter_autogen import AutoGenAdapter, PolicyChatCompletionClient
from agentgym_scenario_support.testing import calls, expected_snapshot, solved_natively

SEED = 7
CASES = [
    # (kind, outcome): what the backend must show afterwards
    ("refund_request", "within_window"),  # payment refunded, customer emailed, ticket closed
    ("password_reset", "locked"),  # ticket escalated to a specialist, nothing else changed
]


def help_desk_tools(episode: Episode) -> list[Callable[..., Any]]:
    """The customer_support tools as an AutoGen user would write them (plain functions)."""

    def search_kb(query: str) -> str:
        """Search the knowledge base for articles."""
        return episode.call_tool("search_kb", {"query": query})

    def update_ticket(ticket_id: str, note: str) -> str:
        """Add an internal note to a ticket."""
        return episode.call_tool("update_ticket", {"ticket_id": ticket_id, "note": note})

    async def lookup_user(email: str) -> str:
        """Find a customer's account by email."""
        return episode.call_tool("lookup_user", {"email": email})

    def send_reset_link(email: str) -> str:
        """Send a password reset link to an active account."""
        return episode.call_tool("send_reset_link", {"email": email})

    async def check_payment(email: str) -> str:
        """Show a customer's latest payment and its refund status."""
        return episode.call_tool("check_payment", {"email": email})

    def refund(payment_id: str) -> str:
        """Refund a payment inside the 30-day refund window."""
        return episode.call_tool("refund", {"payment_id": payment_id})

    def create_api_key(email: str) -> str:
        """Issue a new API key for a customer."""
        return episode.call_tool("create_api_key", {"email": email})

    def check_logs(email: str) -> str:
        """Show a customer's recent API and job logs."""
        return episode.call_tool("check_logs", {"email": email})

    async def escalate(ticket_id: str, reason: str) -> str:
        """Hand the ticket to a human specialist."""
        return episode.call_tool("escalate", {"ticket_id": ticket_id, "reason": reason})

    def send_email(to: str, subject: str, body: str) -> str:
        """Email the customer."""
        return episode.call_tool("send_email", {"to": to, "subject": subject, "body": body})

    async def close_ticket(ticket_id: str, resolution: str) -> str:
        """Close a resolved ticket."""
        return episode.call_tool("close_ticket", {"ticket_id": ticket_id, "resolution": resolution})

    def ask_customer(question: str) -> str:
        """Ask the customer a question (their account email, or what they need) and get their answer."""
        return episode.call_tool("ask_customer", {"question": question})

    return [
        search_kb, update_ticket, lookup_user, send_reset_link, check_payment, refund,
        create_api_key, check_logs, escalate, send_email, close_ticket, ask_customer,
    ]


@pytest.mark.parametrize(("kind", "outcome"), CASES)
def test_trained_policy_resolves_a_ticket_with_the_users_autogen_tools(
    support_policy: Any, kind: str, outcome: str
) -> None:
    scenario: Scenario = support_policy.scenario
    task, native = solved_natively(support_policy, kind, outcome, SEED)
    episode = scenario.new_episode(task, SEED)
    backend = episode.backend  # type: ignore[attr-defined]
    before = backend.snapshot()
    adapter = AutoGenAdapter()

    tools = help_desk_tools(episode)
    # The user's agent as built for an LLM; its model client plays no part in extraction
    # (a scripted stand-in here, since tests are offline).
    users_agent = AssistantAgent(
        "support", model_client=PolicyChatCompletionClient(ScriptedPolicy([])), tools=tools
    )
    specs = {extracted.spec.name: extracted.spec for extracted in adapter.extract_tools(users_agent)}
    assert list(specs) == list(scenario.tool_names)
    for spec in scenario.tools():
        assert specs[spec.name].parameters["required"] == spec.parameters["required"]
        assert specs[spec.name].description == spec.description

    agent = adapter.wrap_agent(support_policy, tools, max_steps=scenario.max_steps, name="support")
    result = asyncio.run(agent.run(task=task.ticket))  # AutoGen's own API
    answer = result.messages[-1]
    assert isinstance(answer, TextMessage) and answer.source == "support"
    episode.finish(answer.to_text())
    trajectory = episode.trajectory()

    assert calls(trajectory) == calls(native), "AutoGen must run exactly the native calls"
    assert backend.snapshot() != before
    assert backend.snapshot() == expected_snapshot(task, before)
    expected_status = "closed" if kind == "refund_request" else "escalated"
    assert backend.tickets[task.params["ticket_id"]].status == expected_status
    assert trajectory.success, "the grader must accept the state AutoGen's tool calls left"
    assert trajectory == native
