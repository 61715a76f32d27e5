"""An AgentGym policy as a LangChain chat model.

LangChain's agent loop only ever talks to a chat model, so that is the seam: every reply of
``ChatAgentGymPolicy`` is one ``policy.decide(observation)``, where the observation is read
from the conversation. Everything else (tool execution, middleware, tracing, streaming
fallbacks) stays LangChain's.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.language_models.base import LangSmithParams
from langchain_core.language_models.model_profile import ModelProfile
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.messages.tool import tool_call_chunk
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import ConfigDict, Field, PrivateAttr, field_validator, model_validator

from agentgym.handoff import (
    STRUCTURED_OUTPUT,
    HandOff,
    StructuredOutputUnsupported,
    argument_names,
    normalize_tool_choice,
)
from agentgym_adapter_langchain.conversation import message_for_action, observation_from_messages

PROVIDER = "agentgym"


def bound_tools(tools: Sequence[Mapping[str, Any]]) -> dict[str, frozenset[str]]:
    """Tools bound in OpenAI format (``{"function": {"name", "parameters"}}``) or bare dicts:
    each name with its argument names, in order."""
    found: dict[str, frozenset[str]] = {}
    for tool in tools:
        function = tool.get("function", tool)
        name = function.get("name")
        if isinstance(name, str):
            found[name] = argument_names(function.get("parameters"))
    return found


class ChatAgentGymPolicy(BaseChatModel):
    """A chat model whose every reply is the decision of an AgentGym ``DecisionPolicy``.

    ``bind_tools`` (which ``create_agent`` calls) binds the tools in OpenAI format and checks
    them against the tools the policy was trained on (``agentgym.handoff``): a missing or
    renamed tool raises ``ToolSetMismatch`` before any tool runs (``strict=False`` warns
    instead, and the policy answers rather than call what is missing); ``tool_map``
    connects tools with other names. ``tool_choice`` is honoured: ``"none"`` answers,
    ``"any"``/``"required"`` calls a tool or raises, a tool's name calls that tool or raises.
    Structured output (``with_structured_output``, ``create_agent(response_format=...)``)
    is refused with ``StructuredOutputUnsupported``: the policy answers in plain text.
    Sampling parameters (temperature, max_tokens, ...) have no meaning here and are ignored.
    """

    model_config = ConfigDict(populate_by_name=True)

    policy: Any = Field(exclude=True)
    """Anything with ``decide(Observation) -> ToolCall | FinalAnswer``."""
    model_name: str = Field(default="agentgym-policy", alias="model")
    """The name traces report (``ls_model_name``)."""
    tool_map: dict[str, Any] | None = None
    """``{"their_name": "trained_name"}`` or ``{"their_name": ("trained_name", {"their_arg": "trained_arg"})}``."""
    strict: bool = True
    """Refuse tools that differ from the trained ones (False: warn, and abstain instead)."""
    abstain_threshold: float | None = None
    """Override the run's calibrated abstention threshold (trained policies only)."""

    _handoff: HandOff = PrivateAttr()
    _formatted: dict[int, tuple[Any, dict[str, Any]]] = PrivateAttr(default_factory=dict)

    @field_validator("policy")
    @classmethod
    def _has_decide(cls, policy: Any) -> Any:
        if not callable(getattr(policy, "decide", None)):
            raise ValueError(f"policy must have decide(observation); got {type(policy).__name__}")
        return policy

    @model_validator(mode="after")
    def _hand_off(self) -> ChatAgentGymPolicy:
        self._handoff = HandOff(self.policy, tool_map=self.tool_map, strict=self.strict,
                                abstain_threshold=self.abstain_threshold)
        return self

    def _resolve_model_profile(self) -> ModelProfile | None:
        """Tool calling, and ``structured_output`` so that ``create_agent(response_format=...)``
        hands the format to ``bind_tools``, which refuses it before any tool runs (LangChain
        would otherwise fake it with a forced tool call the policy never makes)."""
        return {"tool_calling": True, "tool_choice": True, "structured_output": True}

    @property
    def _llm_type(self) -> str:
        return "agentgym-policy"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name, "policy": type(self.policy).__qualname__}

    def _get_ls_params(self, stop: list[str] | None = None, **kwargs: Any) -> LangSmithParams:
        params = super()._get_ls_params(stop=stop, **kwargs)
        params["ls_provider"] = PROVIDER
        return params

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | dict[str, Any] | bool | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        refuse_structured_output(kwargs)
        formatted = [self._openai_tool(tool) for tool in tools]
        self._handoff.check(bound_tools(formatted))
        if tool_choice is not None:
            normalize_tool_choice(tool_choice)  # a malformed choice fails here, not at the first call
            kwargs["tool_choice"] = tool_choice
        return self.bind(tools=formatted, **kwargs)

    def _openai_tool(self, tool: Any) -> dict[str, Any]:
        """A tool in OpenAI format, converted once per tool object: ``create_agent`` binds the
        same tools before every model call, and converting them cost more than deciding."""
        if isinstance(tool, dict):
            return convert_to_openai_tool(tool)
        known = self._formatted.get(id(tool))
        if known is None or known[0] is not tool:  # the tool itself is kept, so its id stays its own
            known = self._formatted[id(tool)] = (tool, convert_to_openai_tool(tool))
        return known[1]

    def with_structured_output(self, schema: Any, *, include_raw: bool = False, **kwargs: Any) -> Any:
        """Refused: the policy answers in plain text (``StructuredOutputUnsupported``)."""
        raise StructuredOutputUnsupported(STRUCTURED_OUTPUT.format(option="with_structured_output"))

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        refuse_structured_output(kwargs)
        offered = bound_tools(kwargs.get("tools") or ())
        observation = observation_from_messages(messages, tuple(offered))
        action = self._handoff.decide(observation, kwargs.get("tool_choice"), offered)
        message = message_for_action(action, messages)
        message.response_metadata = {"model_name": self.model_name, "model_provider": PROVIDER}
        return ChatResult(generations=[ChatGeneration(message=message)])


    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        """The decision as one last chunk (a policy decides at once): its text, or its tool
        call as a tool-call chunk, which LangChain assembles into ``tool_calls``."""
        message = self._generate(messages, stop, run_manager, **kwargs).generations[0].message
        chunk = AIMessageChunk(
            content=message.content,
            tool_call_chunks=[
                tool_call_chunk(name=call["name"], args=json.dumps(call["args"]), id=call["id"], index=i)
                for i, call in enumerate(getattr(message, "tool_calls", []))
            ],
            response_metadata=message.response_metadata,
            chunk_position="last",
        )
        if run_manager is not None and isinstance(message.content, str) and message.content:
            run_manager.on_llm_new_token(message.content, chunk=ChatGenerationChunk(message=chunk))
        yield ChatGenerationChunk(message=chunk)


def refuse_structured_output(options: Mapping[str, Any]) -> None:
    """Structured output asked through model options (``response_format``, LangChain's
    ``ls_structured_output_format``) is refused with one clear error."""
    for option in ("response_format", "ls_structured_output_format"):
        if options.get(option) is not None:
            raise StructuredOutputUnsupported(STRUCTURED_OUTPUT.format(option=option))
