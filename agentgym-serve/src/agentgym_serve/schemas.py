"""The chat-completions API's requests and responses, as pydantic models.

Only what a tool-use policy can honour is modelled strictly: the messages (with their tool
calls and results), the tools on offer, ``tool_choice``, ``stream`` and ``n``. Sampling
parameters (``temperature``, ``max_tokens``, ``seed``, ...) mean nothing to a greedy policy;
they are accepted and ignored (``extra="ignore"``), as the OpenAI-compatible servers do for
parameters they do not implement.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

# --- requests ---------------------------------------------------------------------------------


class _Lenient(BaseModel):
    """Fields nobody here reads are ignored; the ones that are read are checked strictly
    (``"stream": "yes"`` is an error, not True)."""

    model_config = ConfigDict(extra="ignore", strict=True)


class TextPart(_Lenient):
    type: Literal["text"]
    text: str


Content = str | list[TextPart]


class FunctionCall(_Lenient):
    name: str
    arguments: str  # JSON text, as the API sends it


class ToolCall(_Lenient):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCall


class SystemMessage(_Lenient):
    role: Literal["system", "developer"]
    content: Content


class UserMessage(_Lenient):
    role: Literal["user"]
    content: Content


class AssistantMessage(_Lenient):
    role: Literal["assistant"]
    content: Content | None = None
    tool_calls: list[ToolCall] | None = None


class ToolMessage(_Lenient):
    role: Literal["tool"]
    content: Content
    tool_call_id: str


Message = Annotated[SystemMessage | UserMessage | AssistantMessage | ToolMessage, Field(discriminator="role")]


class FunctionDefinition(_Lenient):
    name: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")
    description: str | None = None
    parameters: dict[str, Any] | None = None


class ToolDefinition(_Lenient):
    type: Literal["function"]
    function: FunctionDefinition


class NamedFunction(_Lenient):
    name: str


class NamedToolChoice(_Lenient):
    type: Literal["function"]
    function: NamedFunction


ToolChoice = Literal["none", "auto", "required"] | NamedToolChoice


class StreamOptions(_Lenient):
    include_usage: bool = False


class ResponseFormat(_Lenient):
    type: Literal["text", "json_object", "json_schema"]


class ChatCompletionRequest(_Lenient):
    """``POST /v1/chat/completions``: the model names the run; the messages are the episode."""

    model: str = Field(min_length=1)
    messages: list[Message] = Field(min_length=1)
    tools: list[ToolDefinition] | None = None
    tool_choice: ToolChoice | None = None
    stream: bool | None = False
    stream_options: StreamOptions | None = None
    n: int | None = 1
    response_format: ResponseFormat | None = None


# --- responses --------------------------------------------------------------------------------


class Usage(BaseModel):
    """Tokens by the scenario's own estimate (``Scenario.count_tokens``), not a tokenizer's."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class FunctionCallOut(BaseModel):
    name: str
    arguments: str


class ToolCallOut(BaseModel):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCallOut


class AssistantReply(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str | None
    tool_calls: list[ToolCallOut] | None = None
    refusal: None = None


FinishReason = Literal["stop", "tool_calls"]


class Choice(BaseModel):
    index: int = 0
    message: AssistantReply
    finish_reason: FinishReason
    logprobs: None = None


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: Usage


class _Sparse(BaseModel):
    """Written without its unset (None) fields, as OpenAI streams deltas: clients merge a
    delta into what they have, and a null would overwrite it."""

    @model_serializer(mode="wrap")
    def _without_none(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return {key: value for key, value in handler(self).items() if value is not None}


class FunctionDelta(_Sparse):
    name: str | None = None
    arguments: str | None = None


class ToolCallDelta(_Sparse):
    index: int = 0
    id: str | None = None
    type: Literal["function"] | None = None
    function: FunctionDelta


class Delta(_Sparse):
    role: Literal["assistant"] | None = None
    content: str | None = None
    tool_calls: list[ToolCallDelta] | None = None


class ChunkChoice(BaseModel):
    index: int = 0
    delta: Delta
    finish_reason: FinishReason | None = None
    logprobs: None = None


class ChatCompletionChunk(BaseModel):
    id: str
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int
    model: str
    choices: list[ChunkChoice]
    usage: Usage | None = None


class ModelCard(BaseModel):
    """One loaded run, as ``GET /v1/models`` lists it (OpenAI's fields, then AgentGym's)."""

    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "agentgym"
    scenario: str
    policy: str
    featurizer: dict[str, Any]
    manifest_sha256: str
    weights_sha256: dict[str, str]


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


class ErrorBody(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(BaseModel):
    """OpenAI's error format: ``{"error": {"message", "type", "param", "code"}}``."""

    error: ErrorBody
