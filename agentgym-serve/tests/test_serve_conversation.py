"""Reading a conversation back into the policy's observation (``agentgym_serve.conversation``)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter

from agentgym.scenario import ToolEvent
from agentgym_serve.conversation import observation_of, unwrap
from agentgym_serve.errors import APIError
from agentgym_serve.schemas import Message

MESSAGES = TypeAdapter(list[Message])
TICKET = "Ticket TCK-1 from Ana <ana@example.com>\nSubject: Refund\nPlease refund me. "


def read(messages: list[dict[str, Any]], tools: tuple[str, ...] = ("lookup_user",)) -> Any:
    return observation_of(MESSAGES.validate_python(messages), tools)


def call(call_id: str, name: str, arguments: str) -> dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def test_the_ticket_is_the_first_user_message_verbatim() -> None:
    observation = read([{"role": "system", "content": "Be nice."}, {"role": "user", "content": TICKET},
                        {"role": "user", "content": "Any news?"}])

    assert observation.ticket == TICKET, "whitespace and all: the features read it"
    assert (observation.history, observation.tools) == ((), ("lookup_user",))


def test_text_parts_are_joined() -> None:
    parts = [{"type": "text", "text": TICKET[:10]}, {"type": "text", "text": TICKET[10:]}]

    assert read([{"role": "user", "content": parts}]).ticket == TICKET


def test_crewais_task_prompt_is_unwrapped_to_the_task() -> None:
    prompt = (f"\nCurrent Task: {TICKET}\n\nThis is the expected criteria for your final answer: The answer."
              "\nyou MUST return the actual complete content as the final answer, not a summary.")

    assert read([{"role": "user", "content": prompt}]).ticket == TICKET.strip()
    assert unwrap(f"Current Task: {TICKET}\n\nBegin! This is VERY important to you") == TICKET.strip()
    assert unwrap("My Current Task: is this") == "My Current Task: is this", "only a prompt that starts so"


def test_history_pairs_each_call_with_its_result_in_result_order() -> None:
    observation = read([
        {"role": "user", "content": TICKET},
        {"role": "assistant", "content": None, "tool_calls": [
            call("a", "lookup_user", '{"email": "ana@example.com"}'), call("b", "check_payment", "")]},
        {"role": "tool", "tool_call_id": "b", "content": "Payment PAY-1: $5."},
        {"role": "tool", "tool_call_id": "a", "content": [{"type": "text", "text": "Account ana: active."}]},
        {"role": "assistant", "tool_calls": [call("c", "refund", '{"payment_id": "PAY-1"}')]},
    ])

    assert observation.history == (
        ToolEvent("check_payment", {}, "Payment PAY-1: $5."),
        ToolEvent("lookup_user", {"email": "ana@example.com"}, "Account ana: active."),
    ), "an unanswered call (refund) is not history yet"


@pytest.mark.parametrize(
    ("messages", "code", "param"),
    [
        ([{"role": "system", "content": "x"}], "missing_user_message", "messages"),
        ([{"role": "user", "content": TICKET}, {"role": "tool", "tool_call_id": "z", "content": "r"}],
         "unknown_tool_call_id", "messages.1.tool_call_id"),
        ([{"role": "user", "content": TICKET}, {"role": "assistant", "tool_calls": [call("a", "x", "[1]")]}],
         "invalid_value", "messages.1.tool_calls.0.function.arguments"),
        ([{"role": "user", "content": TICKET}, {"role": "assistant", "tool_calls": [call("a", "x", "{" * 5000)]}],
         "invalid_value", "messages.1.tool_calls.0.function.arguments"),
    ],
    ids=["no-user", "unknown-call-id", "arguments-not-object", "arguments-deeply-broken"],
)
def test_malformed_conversations_are_400s(messages: list[dict[str, Any]], code: str, param: str) -> None:
    with pytest.raises(APIError) as raised:
        read(messages)

    assert (raised.value.status, raised.value.code, raised.value.param) == (400, code, param)
