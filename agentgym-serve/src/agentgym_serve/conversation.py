"""A chat-completions conversation read back into the ``Observation`` a policy decides on.

The policy was trained on observations: the ticket, each tool call with the text it
returned, and the tools on offer. A client sends the same facts as messages. The ticket is
the first user message (CrewAI's task prompt is unwrapped to the task itself); each
assistant tool call is paired with the ``tool`` message that answers it, result text
verbatim, in the order the results came. Reading them back exactly is what makes the
policy decide as it does natively.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from agentgym.scenario import Observation, ToolEvent
from agentgym_serve.errors import APIError
from agentgym_serve.schemas import AssistantMessage, Content, Message, ToolMessage, UserMessage

# Agent frameworks that wrap the task in a prompt of their own: (marker before the task,
# texts that end it). CrewAI's ``native_task`` and ``expected_output`` prompt slices.
PROMPT_WRAPPERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Current Task:", ("\nThis is the expected criteria for your final answer:", "\n\nBegin!")),
)


def text_of(content: Content | None) -> str:
    """Message content as text: a string, or its text parts joined."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "".join(part.text for part in content)


def ticket_of(messages: Sequence[Message]) -> str:
    """The task: the first user message, unwrapped from a framework's task prompt."""
    for message in messages:
        if isinstance(message, UserMessage):
            return unwrap(text_of(message.content))
    raise APIError("messages need a user message: the ticket the policy works on", param="messages",
                   code="missing_user_message")


def unwrap(text: str) -> str:
    """The task inside a framework's task prompt; any other text as it is."""
    stripped = text.lstrip()
    for marker, ends in PROMPT_WRAPPERS:
        if stripped.startswith(marker):
            task = stripped[len(marker):]
            for end in ends:
                task = task.split(end, 1)[0]
            return task.strip()
    return text


def history_of(messages: Sequence[Message]) -> tuple[ToolEvent, ...]:
    """Every answered tool call, in the order its result came back."""
    calls: dict[str, tuple[str, dict[str, Any]]] = {}
    events: list[ToolEvent] = []
    for i, message in enumerate(messages):
        if isinstance(message, AssistantMessage):
            for j, call in enumerate(message.tool_calls or ()):
                calls[call.id] = (call.function.name, arguments_of(call.function.arguments, i, j))
        elif isinstance(message, ToolMessage):
            answered = calls.pop(message.tool_call_id, None)
            if answered is None:
                raise APIError(
                    f"messages.{i}: tool_call_id {message.tool_call_id!r} answers no earlier assistant tool call",
                    param=f"messages.{i}.tool_call_id", code="unknown_tool_call_id",
                )
            name, arguments = answered
            events.append(ToolEvent(name, arguments, text_of(message.content)))
    return tuple(events)


def arguments_of(text: str, message: int, call: int) -> dict[str, Any]:
    """A tool call's arguments: JSON text of an object (empty text is no arguments)."""
    where = f"messages.{message}.tool_calls.{call}.function.arguments"
    if not text.strip():
        return {}
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise APIError(f"{where}: not valid JSON", param=where, code="invalid_value") from None
    if not isinstance(value, dict):
        raise APIError(f"{where}: must be a JSON object", param=where, code="invalid_value")
    return value


def observation_of(messages: Sequence[Message], offered: tuple[str, ...]) -> Observation:
    """What the policy sees: the ticket, the answered tool calls, the tools on offer."""
    return Observation(ticket=ticket_of(messages), history=history_of(messages), tools=offered)


def prompt_text(messages: Sequence[Message]) -> list[str]:
    """Every text a conversation carries (contents, tool names and arguments), for ``usage``."""
    texts: list[str] = []
    for message in messages:
        texts.append(text_of(message.content))
        if isinstance(message, AssistantMessage):
            for call in message.tool_calls or ():
                texts.extend((call.function.name, call.function.arguments))
    return texts
