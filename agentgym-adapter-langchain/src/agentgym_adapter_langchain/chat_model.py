"""An AgentGym policy as a LangChain chat model.

LangChain's agent loop only ever talks to a chat model, so that is the seam: every reply of
``ChatAgentGymPolicy`` is one ``policy.decide(observation)``, where the observation is read
from the conversation. Everything else (tool execution, middleware, tracing, streaming
fallbacks) stays LangChain's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.language_models.base import LangSmithParams
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import ConfigDict, Field, field_validator

from agentgym_adapter_langchain.conversation import message_for_action, observation_from_messages

PROVIDER = "agentgym"


def bound_tool_names(tools: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """Names of tools bound in OpenAI format (``{"function": {"name": ...}}``) or bare dicts."""
    names = (tool.get("function", tool).get("name") for tool in tools)
    return tuple(name for name in names if isinstance(name, str))


class ChatAgentGymPolicy(BaseChatModel):
    """A chat model whose every reply is the decision of an AgentGym ``DecisionPolicy``.

    ``bind_tools`` (which ``create_agent`` always calls) binds the tools in OpenAI format;
    their names become ``Observation.tools``. ``tool_choice`` is accepted for
    compatibility but the policy alone decides whether to call a tool. Sampling
    parameters (temperature, max_tokens, ...) have no meaning here and are ignored.
    """

    model_config = ConfigDict(populate_by_name=True)

    policy: Any = Field(exclude=True)
    """Anything with ``decide(Observation) -> ToolCall | FinalAnswer``."""
    model_name: str = Field(default="agentgym-policy", alias="model")
    """The name traces report (``ls_model_name``)."""

    @field_validator("policy")
    @classmethod
    def _has_decide(cls, policy: Any) -> Any:
        if not callable(getattr(policy, "decide", None)):
            raise ValueError(f"policy must have decide(observation); got {type(policy).__name__}")
        return policy

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
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        formatted = [convert_to_openai_tool(tool) for tool in tools]
        if tool_choice is not None:
            kwargs["tool_choice"] = tool_choice
        return self.bind(tools=formatted, **kwargs)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        observation = observation_from_messages(
            messages, bound_tool_names(kwargs.get("tools") or ())
        )
        message = message_for_action(self.policy.decide(observation), messages)
        message.response_metadata = {"model_name": self.model_name, "model_provider": PROVIDER}
        return ChatResult(generations=[ChatGeneration(message=message)])
