"""The trained policy as an AutoGen ``ChatCompletionClient``.

AutoGen's agents talk to a model client, so this is where the policy plugs in: every
``create`` reads the transcript into an ``Observation``, asks ``policy.decide`` and answers
the way an LLM with function calling would (``FunctionCall``s or final text). The client
keeps no conversation state of its own; only usage counters.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import AsyncGenerator, Mapping, Sequence
from typing import Any, Literal

from autogen_core import CancellationToken, FunctionCall
from autogen_core.models import (
    ChatCompletionClient,
    CreateResult,
    LLMMessage,
    ModelCapabilities,  # type: ignore[attr-defined]  # deprecated, still abstract
    ModelFamily,
    ModelInfo,
    RequestUsage,
)
from autogen_core.tools import Tool, ToolSchema
from pydantic import BaseModel

from agentgym.adapters import DecisionPolicy
from agentgym.handoff import (
    STRUCTURED_OUTPUT,
    HandOff,
    StructuredOutputUnsupported,
    ToolMapSpec,
    argument_names,
)
from agentgym.scenario import ToolCall
from agentgym_adapter_autogen.transcript import observation_from_messages

ToolChoice = Tool | Literal["auto", "required", "none"]


def estimate_tokens(text: str) -> int:
    """Same estimate as ``Scenario.count_tokens`` (four characters a token), so costs agree."""
    return math.ceil(len(text) / 4)


class PolicyChatCompletionClient(ChatCompletionClient):
    """A model client whose every completion is one decision of an AgentGym policy.

    The tools AutoGen offers are checked against the tools the policy was trained on
    (``agentgym.handoff``; ``strict=False`` warns instead of raising, ``tool_map`` connects
    tools with other names), and ``tool_choice`` is honoured: ``"none"`` answers,
    ``"required"`` calls a tool or raises, a ``Tool`` calls that tool or raises. Structured
    output (``json_output``, ``AssistantAgent(output_content_type=...)``) is refused.
    """

    def __init__(self, policy: DecisionPolicy, *, token_limit: int = 128_000, tool_map: ToolMapSpec | None = None,
                 strict: bool = True, abstain_threshold: float | None = None) -> None:
        self.policy = policy
        self.handoff = HandOff(policy, tool_map=tool_map, strict=strict, abstain_threshold=abstain_threshold)
        self.token_limit = token_limit
        self._usage = RequestUsage(prompt_tokens=0, completion_tokens=0)

    # --- completions ------------------------------------------------------------------
    async def create(
        self,
        messages: Sequence[LLMMessage],
        *,
        tools: Sequence[Tool | ToolSchema] = [],
        tool_choice: ToolChoice = "auto",
        json_output: bool | type[BaseModel] | None = None,
        extra_create_args: Mapping[str, Any] = {},
        cancellation_token: CancellationToken | None = None,
    ) -> CreateResult:
        """Decide the next action from the transcript."""
        if json_output is not None and json_output is not False:
            raise StructuredOutputUnsupported(STRUCTURED_OUTPUT.format(option="json_output / output_content_type"))
        offered = offered_tools(tools)
        observation = observation_from_messages(messages, tools)
        choice = tool_choice.name if isinstance(tool_choice, Tool) else tool_choice
        action = self.handoff.decide(observation, choice, offered)
        content: str | list[FunctionCall]
        if isinstance(action, ToolCall):
            arguments = json.dumps(dict(action.arguments))
            content = [
                FunctionCall(id=f"call_{uuid.uuid4().hex}", arguments=arguments, name=action.name)
            ]
            finish: Literal["function_calls", "stop"] = "function_calls"
            completion = estimate_tokens(action.name + arguments)
        else:
            content = action.text
            finish = "stop"
            completion = estimate_tokens(content)
        usage = RequestUsage(self.count_tokens(messages, tools=tools), completion)
        self._usage = RequestUsage(
            self._usage.prompt_tokens + usage.prompt_tokens,
            self._usage.completion_tokens + usage.completion_tokens,
        )
        return CreateResult(finish_reason=finish, content=content, usage=usage, cached=False)

    async def create_stream(
        self,
        messages: Sequence[LLMMessage],
        *,
        tools: Sequence[Tool | ToolSchema] = [],
        tool_choice: ToolChoice = "auto",
        json_output: bool | type[BaseModel] | None = None,
        extra_create_args: Mapping[str, Any] = {},
        cancellation_token: CancellationToken | None = None,
    ) -> AsyncGenerator[str | CreateResult, None]:
        """A decision is made at once: final text comes as one chunk, then the result."""
        result = await self.create(
            messages,
            tools=tools,
            tool_choice=tool_choice,
            json_output=json_output,
            extra_create_args=extra_create_args,
            cancellation_token=cancellation_token,
        )
        if isinstance(result.content, str):
            yield result.content
        yield result

    async def close(self) -> None:
        """Nothing to release: the policy lives in memory."""

    # --- usage and token accounting -----------------------------------------------------
    def actual_usage(self) -> RequestUsage:
        return RequestUsage(self._usage.prompt_tokens, self._usage.completion_tokens)

    def total_usage(self) -> RequestUsage:
        return RequestUsage(self._usage.prompt_tokens, self._usage.completion_tokens)

    def count_tokens(
        self, messages: Sequence[LLMMessage], *, tools: Sequence[Tool | ToolSchema] = []
    ) -> int:
        text = "".join(str(message.content) for message in messages)
        schemas = [tool if isinstance(tool, Mapping) else tool.schema for tool in tools]
        return estimate_tokens(text) + estimate_tokens(json.dumps(schemas, default=str))

    def remaining_tokens(
        self, messages: Sequence[LLMMessage], *, tools: Sequence[Tool | ToolSchema] = []
    ) -> int:
        return max(0, self.token_limit - self.count_tokens(messages, tools=tools))

    # --- what AutoGen checks before offering tools --------------------------------------
    @property
    def capabilities(self) -> ModelCapabilities:  # type: ignore[override]
        return {"vision": False, "function_calling": True, "json_output": False}

    @property
    def model_info(self) -> ModelInfo:
        return ModelInfo(
            vision=False,
            function_calling=True,
            json_output=False,
            family=ModelFamily.UNKNOWN,
            structured_output=False,
            multiple_system_messages=True,
        )


def offered_tools(tools: Sequence[Tool | ToolSchema]) -> dict[str, frozenset[str]]:
    """The offered tools' names and argument names, from ``Tool``s or their schemas."""
    found: dict[str, frozenset[str]] = {}
    for tool in tools:
        schema = tool if isinstance(tool, Mapping) else tool.schema
        found[schema["name"]] = argument_names(schema.get("parameters"))
    return found
