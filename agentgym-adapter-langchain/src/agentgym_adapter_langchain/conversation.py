"""Translate between a LangChain conversation and the policy's view of an episode.

The policy was trained on ``Observation`` (ticket, tool calls with their result texts, tools
on offer); inside LangChain the same facts live in the message list. Reading them back
exactly (result text verbatim) is what makes the policy decide as it did in training.
"""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage

from agentgym.scenario import Action, Observation, ToolCall, ToolEvent

CALL_ID_PREFIX = "agentgym_call_"


def observation_from_messages(
    messages: Sequence[BaseMessage], tools: Sequence[str] = ()
) -> Observation:
    """The ticket (first human message) and every answered tool call, in call order."""
    ticket = next((str(m.text) for m in messages if isinstance(m, HumanMessage)), "")
    results = {m.tool_call_id: str(m.text) for m in messages if isinstance(m, ToolMessage)}
    history = tuple(
        ToolEvent(call["name"], dict(call["args"]), results[call["id"]])
        for message in messages
        if isinstance(message, AIMessage)
        for call in message.tool_calls
        if call["id"] in results
    )
    return Observation(ticket=ticket, history=history, tools=tuple(tools))


def message_for_action(action: Action, messages: Sequence[BaseMessage]) -> AIMessage:
    """A tool call becomes one ``tool_calls`` entry; a final answer becomes plain content.

    Call ids count the tool calls already in the conversation, so they are unique within it
    and a rerun produces the same messages.
    """
    if isinstance(action, ToolCall):
        made = sum(len(m.tool_calls) for m in messages if isinstance(m, AIMessage))
        call = {
            "name": action.name,
            "args": dict(action.arguments),
            "id": f"{CALL_ID_PREFIX}{made}",
            "type": "tool_call",
        }
        return AIMessage(content="", tool_calls=[call])
    return AIMessage(content=action.text)
