"""Reading a LangChain conversation into the policy's Observation, and back."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

from agentgym.scenario import FinalAnswer, Observation, ToolCall, ToolEvent
from agentgym_adapter_langchain.conversation import message_for_action, observation_from_messages


def _call(name: str, args: dict[str, str], call_id: str) -> dict[str, object]:
    return {"name": name, "args": args, "id": call_id, "type": "tool_call"}


def test_ticket_history_and_tools_are_read_from_the_messages() -> None:
    result = "Order O-12: delayed.\n  Carrier ref: C-99  "  # whitespace kept verbatim
    messages = [
        SystemMessage("You are a support agent."),
        HumanMessage("Where is O-12?"),
        AIMessage("", tool_calls=[_call("lookup_order", {"order_id": "O-12"}, "a")]),
        ToolMessage(result, tool_call_id="a"),
        AIMessage("", tool_calls=[_call("close_ticket", {"order_id": "O-12"}, "b")]),
        ToolMessage("ERROR: RuntimeError: boom", tool_call_id="b", status="error"),
        HumanMessage("A follow-up that is not the ticket."),
    ]
    observation = observation_from_messages(messages, ["lookup_order", "close_ticket"])
    assert observation == Observation(
        ticket="Where is O-12?",
        history=(
            ToolEvent("lookup_order", {"order_id": "O-12"}, result),
            ToolEvent("close_ticket", {"order_id": "O-12"}, "ERROR: RuntimeError: boom"),
        ),
        tools=("lookup_order", "close_ticket"),
    )
    assert type(observation.history[0].result) is str


def test_results_are_matched_by_call_id_and_unanswered_calls_are_left_out() -> None:
    messages = [
        HumanMessage([{"type": "text", "text": "Ticket in content blocks."}]),
        AIMessage("", tool_calls=[_call("a", {}, "1"), _call("b", {}, "2"), _call("c", {}, "3")]),
        ToolMessage("result of b", tool_call_id="2"),
        ToolMessage("result of a", tool_call_id="1"),
    ]
    observation = observation_from_messages(messages)
    assert observation.ticket == "Ticket in content blocks."
    assert [(e.name, e.result) for e in observation.history] == [
        ("a", "result of a"),
        ("b", "result of b"),
    ]
    assert observation.tools == ()


def test_a_tool_call_becomes_one_tool_call_with_a_fresh_id() -> None:
    earlier = [HumanMessage("t"), AIMessage("", tool_calls=[_call("x", {}, "agentgym_call_0")])]
    message = message_for_action(ToolCall("lookup_order", {"order_id": "O-1"}), earlier)
    assert message.content == ""
    assert message.tool_calls == [_call("lookup_order", {"order_id": "O-1"}, "agentgym_call_1")]


def test_a_final_answer_is_plain_content_without_tool_calls() -> None:
    message = message_for_action(FinalAnswer("All done."), [HumanMessage("t")])
    assert message.content == "All done."
    assert message.tool_calls == []
