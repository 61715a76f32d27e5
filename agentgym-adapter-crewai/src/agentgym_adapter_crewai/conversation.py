"""CrewAI's conversation messages read back into the ``Observation`` a policy decides on.

CrewAI's native tool loop appends an assistant message carrying ``tool_calls`` (OpenAI
style, arguments as JSON text) and then one ``role: tool`` message per call whose content
is exactly what the tool returned. Pairing them by call id rebuilds the policy's history
with the verbatim result text, which policies parse IDs from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from agentgym.scenario import Observation, ToolEvent
from agentgym_adapter_crewai.names import ToolNames

# CrewAI's prompt wrapper around a task (its i18n "task"/"native_task" and
# "expected_output" slices); only used when the Task object itself is not at hand.
_TASK_MARKER = "Current Task:"
_WRAPPER_ENDS = ("\nThis is the expected criteria for your final answer:", "\n\nBegin!")


def read_observation(
    messages: str | Sequence[Mapping[str, Any]],
    *,
    offered: Sequence[str],
    names: ToolNames,
    ticket: str | None = None,
) -> Observation:
    """The observation for one model call; ``ticket`` (the task description) wins if given."""
    listed = [{"role": "user", "content": messages}] if isinstance(messages, str) else messages
    return Observation(
        ticket=ticket if ticket is not None else ticket_from_messages(listed),
        history=history_from_messages(listed, names),
        tools=tuple(names.own(name) for name in offered),
    )


def history_from_messages(
    messages: Sequence[Mapping[str, Any]], names: ToolNames
) -> tuple[ToolEvent, ...]:
    """Tool calls matched with their results, in the order the results came back."""
    calls: dict[str, tuple[str, dict[str, Any]]] = {}
    events: list[ToolEvent] = []
    for message in messages:
        role = message.get("role")
        if role == "assistant":
            for call in message.get("tool_calls") or ():
                call_id, name, arguments = _read_call(call)
                calls[call_id] = (names.own(name), arguments)
        elif role == "tool" and message.get("tool_call_id") in calls:
            name, arguments = calls.pop(message["tool_call_id"])
            events.append(ToolEvent(name, arguments, text_of(message.get("content"))))
    return tuple(events)


def ticket_from_messages(messages: Sequence[Mapping[str, Any]]) -> str:
    """The task text from the first user message, without CrewAI's prompt wrapper."""
    for message in messages:
        if message.get("role") == "user":
            text = text_of(message.get("content"))
            if _TASK_MARKER in text:
                text = text.split(_TASK_MARKER, 1)[1]
                for end in _WRAPPER_ENDS:
                    text = text.split(end, 1)[0]
            return text.strip()
    return ""


def text_of(content: Any) -> str:
    """Message content as text (plain string, or a list of text blocks)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            str(block.get("text", "")) if isinstance(block, Mapping) else str(block)
            for block in content
        )
    return str(content)


def _read_call(call: Mapping[str, Any]) -> tuple[str, str, dict[str, Any]]:
    function = call.get("function") or {}
    raw = function.get("arguments", {})
    if isinstance(raw, str):
        try:
            raw = json.loads(raw) if raw.strip() else {}
        except json.JSONDecodeError:
            raw = {}
    arguments = dict(raw) if isinstance(raw, Mapping) else {}
    return str(call.get("id", "")), str(function.get("name", "")), arguments
