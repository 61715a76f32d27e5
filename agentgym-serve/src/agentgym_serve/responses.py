"""A decision written as the API's response: one ``chat.completion``, or the
``chat.completion.chunk`` events of a stream (server-sent events ending with ``[DONE]``).

A streamed tool call arrives as OpenAI streams one: a first delta with the call's id and
function name, then its JSON arguments in fragments, then an empty delta carrying the
finish reason. A streamed answer arrives in fragments of text the same way.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

from agentgym.scenario import ToolCall
from agentgym_serve.decide import Decision
from agentgym_serve.schemas import (
    AssistantReply,
    ChatCompletion,
    ChatCompletionChunk,
    Choice,
    ChunkChoice,
    Delta,
    FunctionCallOut,
    FunctionDelta,
    ToolCallDelta,
    ToolCallOut,
)

FRAGMENT = 24  # characters per streamed fragment of arguments or answer text
DONE = b"data: [DONE]\n\n"


def new_ids() -> tuple[str, str, int]:
    """A completion id, a tool call id and the creation time (seconds)."""
    hex_id = uuid.uuid4().hex
    return f"chatcmpl-{hex_id}", f"call_{hex_id[:24]}", int(time.time())


def completion(decision: Decision, model: str) -> ChatCompletion:
    completion_id, call_id, created = new_ids()
    action = decision.action
    if isinstance(action, ToolCall):
        call = ToolCallOut(id=call_id, function=FunctionCallOut(name=action.name, arguments=decision.arguments or "{}"))
        choice = Choice(message=AssistantReply(content=None, tool_calls=[call]), finish_reason="tool_calls")
    else:
        choice = Choice(message=AssistantReply(content=action.text), finish_reason="stop")
    return ChatCompletion(id=completion_id, created=created, model=model, choices=[choice], usage=decision.usage)


def fragments(text: str) -> list[str]:
    return [text[i:i + FRAGMENT] for i in range(0, len(text), FRAGMENT)] or [""]


def chunks(decision: Decision, model: str, include_usage: bool) -> Iterator[ChatCompletionChunk]:
    """The stream's chunks, in order (the usage chunk last, when asked for)."""
    completion_id, call_id, created = new_ids()

    def chunk(delta: Delta, finish_reason: str | None = None) -> ChatCompletionChunk:
        choice = ChunkChoice(delta=delta, finish_reason=finish_reason)
        return ChatCompletionChunk(id=completion_id, created=created, model=model, choices=[choice])

    action = decision.action
    if isinstance(action, ToolCall):
        head = ToolCallDelta(id=call_id, type="function", function=FunctionDelta(name=action.name, arguments=""))
        yield chunk(Delta(role="assistant", tool_calls=[head]))
        for piece in fragments(decision.arguments or "{}"):
            yield chunk(Delta(tool_calls=[ToolCallDelta(function=FunctionDelta(arguments=piece))]))
        yield chunk(Delta(), "tool_calls")
    else:
        yield chunk(Delta(role="assistant", content=""))
        for piece in fragments(action.text):
            yield chunk(Delta(content=piece))
        yield chunk(Delta(), "stop")
    if include_usage:
        yield ChatCompletionChunk(id=completion_id, created=created, model=model, choices=[], usage=decision.usage)


def server_sent_events(decision: Decision, model: str, include_usage: bool) -> Iterator[bytes]:
    """The stream as server-sent events: ``data: {chunk}`` per chunk, then ``data: [DONE]``."""
    for item in chunks(decision, model, include_usage):
        yield b"data: " + item.model_dump_json().encode() + b"\n\n"
    yield DONE
