"""The policy as a ChatCompletionClient: transcript in, decision out."""

from __future__ import annotations

import asyncio
import json

from autogen_core import FunctionCall
from autogen_core.models import (
    AssistantMessage,
    CreateResult,
    FunctionExecutionResult,
    FunctionExecutionResultMessage,
    SystemMessage,
    UserMessage,
)
from autogen_core.tools import FunctionTool

from agentgym.scenario import Action, FinalAnswer, Observation, ToolCall, ToolEvent
from agentgym_adapter_autogen.model_client import PolicyChatCompletionClient


class Recorder:
    """Returns the queued actions in order and remembers what it saw."""

    def __init__(self, *actions: Action) -> None:
        self.actions = list(actions)
        self.seen: list[Observation] = []

    def decide(self, observation: Observation) -> Action:
        self.seen.append(observation)
        return self.actions.pop(0)


def lookup_order(order_id: str) -> str:
    return order_id


TRANSCRIPT = [
    SystemMessage(content="You are helpful."),
    UserMessage(content="Where is O-7?", source="user"),
    AssistantMessage(
        content=[
            FunctionCall(id="a", name="lookup_order", arguments='{"order_id": "O-7"}'),
            FunctionCall(id="b", name="close_ticket", arguments='{"order_id": "O-7"}'),
        ],
        source="desk",
    ),
    FunctionExecutionResultMessage(
        content=[  # out of order: matched by call id, not position
            FunctionExecutionResult(content="Ticket closed.", name="close_ticket", call_id="b"),
            FunctionExecutionResult(
                content="boom", name="lookup_order", call_id="a", is_error=True
            ),
        ]
    ),
    UserMessage(content="Any news?", source="other_agent"),
]
SCHEMA = {
    "name": "close_ticket",
    "description": "",
    "parameters": {"type": "object", "properties": {}},
}


def test_transcript_becomes_the_observation() -> None:
    policy = Recorder(FinalAnswer("ok"))
    client = PolicyChatCompletionClient(policy)
    tool = FunctionTool(lookup_order, description="Look up.")
    asyncio.run(client.create(TRANSCRIPT, tools=[tool, SCHEMA]))
    assert policy.seen == [
        Observation(
            ticket="Where is O-7?",
            history=(
                ToolEvent("close_ticket", {"order_id": "O-7"}, "Ticket closed."),
                ToolEvent("lookup_order", {"order_id": "O-7"}, "ERROR: boom"),
            ),
            tools=("lookup_order", "close_ticket"),
        )
    ]


def test_tool_call_becomes_a_function_call_with_json_arguments() -> None:
    client = PolicyChatCompletionClient(Recorder(ToolCall("lookup_order", {"order_id": "O-7"})))
    tool = FunctionTool(lookup_order, description="Look up.")
    result = asyncio.run(client.create(TRANSCRIPT[:2], tools=[tool, SCHEMA]))
    assert result.finish_reason == "function_calls"
    (call,) = result.content
    assert isinstance(call, FunctionCall) and call.name == "lookup_order" and call.id
    assert json.loads(call.arguments) == {"order_id": "O-7"}


def test_final_answer_becomes_text_and_streams() -> None:
    client = PolicyChatCompletionClient(Recorder(FinalAnswer("All done.")))

    async def collect() -> list[object]:
        return [chunk async for chunk in client.create_stream(TRANSCRIPT[:2])]

    chunks = asyncio.run(collect())
    assert chunks[0] == "All done."
    assert isinstance(chunks[-1], CreateResult) and chunks[-1].content == "All done."
    assert chunks[-1].finish_reason == "stop"


def test_tool_choice_none_gets_text_even_if_the_policy_wants_a_tool() -> None:
    client = PolicyChatCompletionClient(Recorder(ToolCall("lookup_order", {})))
    tool = FunctionTool(lookup_order, description="Look up.")
    result = asyncio.run(client.create(TRANSCRIPT, tools=[tool], tool_choice="none"))
    assert result.finish_reason == "stop" and isinstance(result.content, str)
    assert "'lookup_order'" in result.content and "no tools are offered" in result.content


def test_a_tool_the_policy_wants_but_is_not_offered_is_never_replaced() -> None:
    client = PolicyChatCompletionClient(Recorder(ToolCall("lookup_order", {"order_id": "O-7"})))
    result = asyncio.run(client.create(TRANSCRIPT[:2], tools=[SCHEMA]))  # only close_ticket
    assert result.finish_reason == "stop" and "not among the tools offered" in result.content


def test_usage_and_token_accounting() -> None:
    client = PolicyChatCompletionClient(
        Recorder(FinalAnswer("a"), FinalAnswer("b")), token_limit=1000
    )
    first = asyncio.run(client.create(TRANSCRIPT))
    asyncio.run(client.create(TRANSCRIPT))
    count = client.count_tokens(TRANSCRIPT, tools=[SCHEMA])
    assert count > client.count_tokens(TRANSCRIPT) > 0
    assert client.remaining_tokens(TRANSCRIPT) == 1000 - client.count_tokens(TRANSCRIPT)
    assert client.total_usage().prompt_tokens == 2 * first.usage.prompt_tokens
    assert client.actual_usage() == client.total_usage()
    assert client.model_info["function_calling"] and client.capabilities["function_calling"]
    asyncio.run(client.close())
