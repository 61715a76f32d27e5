"""A trained customer_support policy runs a help desk built as a CrewAI user builds it.

The desk's twelve tools are ``@tool`` functions and ``BaseTool`` subclasses (names and
arguments as the policy was trained on) on the user's ``Agent``; their bodies act on one
episode's backend, as a user's tools act on their own systems. The tools are extracted from
that agent, the trained policy (``agentgym.load_policy``) is wrapped, and a ``Crew`` is kicked
off on the ticket. The backend must show the tool effects and the scenario's grader must call
it a success, with exactly the calls the policy makes natively, and nothing may touch the
network (the conftest's guard).
"""

from __future__ import annotations

from typing import Any

import pytest
from crewai import Agent
from crewai.tools import BaseTool, tool
from pydantic import BaseModel, Field

from agentgym.scenario import Episode, Scenario
from agentgym_adapter_crewai import CrewAIAdapter
from agentgym_scenario_support.testing import calls, expected_snapshot, solved_natively

SEED = 7
CASES = [
    # (kind, outcome): what the backend must show afterwards
    ("refund_request", "within_window"),  # payment refunded, customer emailed, ticket closed
    ("password_reset", "locked"),  # ticket escalated to a specialist, nothing else changed
]


class PaymentArguments(BaseModel):
    payment_id: str = Field(description="e.g. PAY-12345")


class TicketArguments(BaseModel):
    ticket_id: str = Field(description="the ticket id, e.g. TCK-10234")
    resolution: str = Field(description="summary")


class EscalationArguments(BaseModel):
    ticket_id: str = Field(description="the ticket id, e.g. TCK-10234")
    reason: str = Field(description="why")


def help_desk_tools(episode: Episode) -> list[BaseTool]:
    """The customer_support tools as a CrewAI user would write them: ``@tool`` and ``BaseTool``."""

    @tool("search_kb")
    def search_kb(query: str) -> str:
        """Search the knowledge base for articles."""
        return episode.call_tool("search_kb", {"query": query})

    @tool("update_ticket")
    def update_ticket(ticket_id: str, note: str) -> str:
        """Add an internal note to a ticket."""
        return episode.call_tool("update_ticket", {"ticket_id": ticket_id, "note": note})

    @tool("lookup_user")
    def lookup_user(email: str) -> str:
        """Find a customer's account by email."""
        return episode.call_tool("lookup_user", {"email": email})

    @tool("send_reset_link")
    def send_reset_link(email: str) -> str:
        """Send a password reset link to an active account."""
        return episode.call_tool("send_reset_link", {"email": email})

    @tool("check_payment")
    def check_payment(email: str) -> str:
        """Show a customer's latest payment and its refund status."""
        return episode.call_tool("check_payment", {"email": email})

    class Refund(BaseTool):
        name: str = "refund"
        description: str = "Refund a payment inside the 30-day refund window."
        args_schema: type[BaseModel] = PaymentArguments

        def _run(self, payment_id: str) -> str:
            return episode.call_tool("refund", {"payment_id": payment_id})

    @tool("create_api_key")
    def create_api_key(email: str) -> str:
        """Issue a new API key for a customer."""
        return episode.call_tool("create_api_key", {"email": email})

    @tool("check_logs")
    def check_logs(email: str) -> str:
        """Show a customer's recent API and job logs."""
        return episode.call_tool("check_logs", {"email": email})

    class Escalate(BaseTool):
        name: str = "escalate"
        description: str = "Hand the ticket to a human specialist."
        args_schema: type[BaseModel] = EscalationArguments

        def _run(self, ticket_id: str, reason: str) -> str:
            return episode.call_tool("escalate", {"ticket_id": ticket_id, "reason": reason})

    @tool("send_email")
    def send_email(to: str, subject: str, body: str) -> str:
        """Email the customer."""
        return episode.call_tool("send_email", {"to": to, "subject": subject, "body": body})

    class CloseTicket(BaseTool):
        name: str = "close_ticket"
        description: str = "Close a resolved ticket."
        args_schema: type[BaseModel] = TicketArguments

        def _run(self, ticket_id: str, resolution: str) -> str:
            return episode.call_tool(
                "close_ticket", {"ticket_id": ticket_id, "resolution": resolution}
            )

    @tool("ask_customer")
    def ask_customer(question: str) -> str:
        """Ask the customer a question (their account email, or what they need) and get their answer."""
        return episode.call_tool("ask_customer", {"question": question})

    return [
        search_kb, update_ticket, lookup_user, send_reset_link, check_payment, Refund(),
        create_api_key, check_logs, Escalate(), send_email, CloseTicket(), ask_customer,
    ]


@pytest.mark.parametrize(("kind", "outcome"), CASES)
def test_trained_policy_resolves_a_ticket_with_the_users_crewai_tools(
    support_policy: Any, kind: str, outcome: str
) -> None:
    scenario: Scenario = support_policy.scenario
    task, native = solved_natively(support_policy, kind, outcome, SEED)
    episode = scenario.new_episode(task, SEED)
    backend = episode.backend  # type: ignore[attr-defined]
    before = backend.snapshot()
    adapter = CrewAIAdapter()

    # The user's agent as built for a hosted model (never called: constructing it is offline).
    users_agent = Agent(
        role="Support agent",
        goal="Resolve customer tickets",
        backstory="Works the help desk queue.",
        tools=help_desk_tools(episode),
        llm="gpt-4o-mini",
    )
    specs = {extracted.spec.name: extracted.spec for extracted in adapter.extract_tools(users_agent)}
    assert list(specs) == list(scenario.tool_names)
    for spec in scenario.tools():
        assert set(specs[spec.name].parameters["required"]) == set(spec.parameters["required"])

    agent = adapter.wrap_agent(support_policy, users_agent.tools, max_steps=scenario.max_steps)
    output = adapter.crew_for(agent, task.ticket).kickoff()  # CrewAI's own kickoff
    episode.finish(output.raw)
    trajectory = episode.trajectory()

    assert calls(trajectory) == calls(native), "CrewAI must run exactly the native calls"
    assert backend.snapshot() != before
    assert backend.snapshot() == expected_snapshot(task, before)
    expected_status = "closed" if kind == "refund_request" else "escalated"
    assert backend.tickets[task.params["ticket_id"]].status == expected_status
    assert trajectory.success, "the grader must accept the state CrewAI's tool calls left"
    assert trajectory == native
