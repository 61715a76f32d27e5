"""Reading AutoGen's LLM messages back into the ``Observation`` a policy decides on.

The agent's model context is the only state: the ticket is the first user message, the
history is every function call the assistant made matched (by call id) to its result, and
the tools are the ones AutoGen offers on this call. Nothing else is kept between calls,
so the same transcript always gives the same observation.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from autogen_core import FunctionCall
from autogen_core.models import (
    AssistantMessage,
    FunctionExecutionResult,
    FunctionExecutionResultMessage,
    LLMMessage,
    UserMessage,
)
from autogen_core.tools import Tool, ToolSchema

from agentgym.scenario import Observation, ToolEvent


def tool_result_text(text: str, is_error: bool | None) -> str:
    """The text a policy sees for one tool result.

    Successful results pass through exactly. AutoGen reports a raising tool as its bare
    exception message (``"boom"``); scenarios mark failures with a leading ``ERROR``, which
    is what trained policies (and ``Scenario.result_status``) recognise, so an error result
    that does not already say so gets that prefix.
    """
    if is_error and not text.lstrip().lower().startswith("error"):
        return f"ERROR: {text}"
    return text


def tool_names(tools: Sequence[Tool | ToolSchema]) -> tuple[str, ...]:
    """Names of the tools on offer; AutoGen passes schema dicts, callers may pass tools."""
    return tuple(tool["name"] if isinstance(tool, Mapping) else tool.name for tool in tools)


def observation_from_messages(
    messages: Sequence[LLMMessage], tools: Sequence[Tool | ToolSchema] = ()
) -> Observation:
    """The observation encoded in an AutoGen model call (system messages are ignored)."""
    ticket: str | None = None
    calls: dict[str, FunctionCall] = {}
    pending: list[FunctionCall] = []
    history: list[ToolEvent] = []
    for message in messages:
        if isinstance(message, UserMessage) and ticket is None:
            ticket = _text(message.content)
        elif isinstance(message, AssistantMessage) and isinstance(message.content, list):
            for call in message.content:
                calls[call.id] = call
                pending.append(call)
        elif isinstance(message, FunctionExecutionResultMessage):
            for result in message.content:
                call = _match(result, calls, pending)
                if call is not None:
                    history.append(
                        ToolEvent(
                            call.name,
                            _arguments(call.arguments),
                            tool_result_text(result.content, result.is_error),
                        )
                    )
    return Observation(ticket or "", tuple(history), tool_names(tools))


def _match(
    result: FunctionExecutionResult, calls: dict[str, FunctionCall], pending: list[FunctionCall]
) -> FunctionCall | None:
    """The call a result answers: by call id, else (ids may be empty) the oldest same-named one."""
    call = calls.get(result.call_id) if result.call_id else None
    if call is None or call not in pending:
        call = next((c for c in pending if c.name == result.name), None)
    if call is not None:
        pending.remove(call)
    return call


def _arguments(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw) if raw else {}
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _text(content: str | list[Any]) -> str:
    if isinstance(content, str):
        return content
    return "\n".join(part for part in content if isinstance(part, str))
