"""Reading CrewAI's native tool-calling messages back into an Observation (no crewai needed)."""

from __future__ import annotations

import json
from typing import Any

from agentgym.scenario import ToolEvent
from agentgym_adapter_crewai.conversation import read_observation, ticket_from_messages
from agentgym_adapter_crewai.names import ToolNames

NAMES = ToolNames({"lookup_user": "Lookup User"})
WRAPPED = (
    "\nCurrent Task: Where is order O-5?\nThanks.\n\nThis is the expected criteria for your "
    "final answer: An answer.\nyou MUST return the actual complete content as the final answer."
)


def call(call_id: str, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    function = {"name": name, "arguments": json.dumps(arguments)}
    return {"id": call_id, "type": "function", "function": function}


def conversation() -> list[dict[str, Any]]:
    return [
        {"role": "system", "content": "You are a policy."},
        {"role": "user", "content": WRAPPED},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [call("c1", "lookup_user", {"user_id": "U-1"})],
        },
        {
            "role": "tool",
            "tool_call_id": "c1",
            "name": "lookup_user",
            "content": "User U-1: id=U-1 ok\n",
        },
        {"role": "user", "content": "Analyze the tool result."},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [call("c2", "refund", {"order_id": "O-5"})],
        },
        {
            "role": "tool",
            "tool_call_id": "c2",
            "name": "refund",
            "content": "Error executing tool: boom",
        },
    ]


def test_history_pairs_calls_with_exact_results_under_own_names() -> None:
    observation = read_observation(conversation(), offered=["lookup_user", "refund"], names=NAMES)
    assert observation.history == (
        ToolEvent("Lookup User", {"user_id": "U-1"}, "User U-1: id=U-1 ok\n"),
        ToolEvent("refund", {"order_id": "O-5"}, "Error executing tool: boom"),
    )
    assert observation.tools == ("Lookup User", "refund")


def test_ticket_is_the_task_description_when_given() -> None:
    observation = read_observation(conversation(), offered=[], names=NAMES, ticket="Raw ticket")
    assert observation.ticket == "Raw ticket"


def test_ticket_falls_back_to_the_prompt_without_crewais_wrapper() -> None:
    assert ticket_from_messages(conversation()) == "Where is order O-5?\nThanks."
    assert ticket_from_messages([{"role": "user", "content": "Just a ticket"}]) == "Just a ticket"


def test_unanswered_calls_and_text_blocks() -> None:
    messages: list[dict[str, Any]] = [
        {
            "role": "user",
            "content": [{"type": "text", "text": "Ticket "}, {"type": "text", "text": "T-1"}],
        },
        {"role": "assistant", "content": None, "tool_calls": [call("c1", "x", {})]},
    ]
    observation = read_observation(messages, offered=["x"], names=ToolNames())
    assert observation.ticket == "Ticket T-1"
    assert observation.history == ()
    assert read_observation("plain prompt", offered=[], names=ToolNames()).ticket == "plain prompt"
