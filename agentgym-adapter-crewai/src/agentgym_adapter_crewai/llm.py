"""The policy in CrewAI's model slot: a ``BaseLLM`` whose every reply is a policy decision.

CrewAI's agent executor uses native function calling only when the LLM says it supports
it (otherwise it silently falls back to parsing ReAct text). In that mode ``call`` must
return a *list* of OpenAI-style tool calls to run tools, or a non-empty string, which
CrewAI takes verbatim as the final answer (an empty one is rejected). Tool results come
back as ``role: tool`` messages, read by ``conversation.read_observation``.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from agentgym_adapter_crewai.offline import import_crewai

import_crewai()

from crewai.events.types.llm_events import LLMCallType  # noqa: E402
from crewai.llms.base_llm import BaseLLM, llm_call_context  # noqa: E402
from pydantic import Field  # noqa: E402

from agentgym.adapters import DecisionPolicy  # noqa: E402
from agentgym.handoff import (  # noqa: E402
    STRUCTURED_OUTPUT,
    HandOff,
    StructuredOutputUnsupported,
    ToolMapSpec,
    argument_names,
)
from agentgym.scenario import Action, FinalAnswer, ToolCall  # noqa: E402
from agentgym_adapter_crewai.conversation import read_observation  # noqa: E402
from agentgym_adapter_crewai.names import ToolNames  # noqa: E402

# Large enough that CrewAI never summarises the conversation or swaps a tool result for
# a file reference: the policy must see every result verbatim.
CONTEXT_WINDOW = 1_000_000


class PolicyLLM(BaseLLM):
    """A CrewAI LLM that asks an AgentGym policy what to do next.

    The tools CrewAI offers are checked against the tools the policy was trained on
    (``agentgym.handoff``: ``strict=False`` warns instead of raising, ``tool_map`` connects
    tools with other names). A task that wants structured output (``output_pydantic``,
    ``output_json``, ``response_model``) is refused at the first call, before any tool runs.
    """

    model: str = "agentgym/policy"
    llm_type: str = "agentgym"
    policy: Any = Field(exclude=True, description="Any object with decide(Observation).")
    names: ToolNames = Field(default_factory=ToolNames, exclude=True)
    handoff: Any = Field(default=None, exclude=True, description="The policy's agentgym.handoff.HandOff.")

    def __init__(self, policy: DecisionPolicy, names: ToolNames | None = None, *,
                 tool_map: ToolMapSpec | None = None, strict: bool = True,
                 abstain_threshold: float | None = None, **data: Any):
        data.setdefault("model", "agentgym/policy")
        handoff = HandOff(policy, tool_map=tool_map, strict=strict, abstain_threshold=abstain_threshold)
        data.update(policy=policy, names=names or ToolNames(), handoff=handoff)
        super().__init__(**data)

    # --- what CrewAI asks of a model ----------------------------------------------
    def supports_function_calling(self) -> bool:
        return True

    def supports_stop_words(self) -> bool:
        return False

    def get_context_window_size(self) -> int:
        return CONTEXT_WINDOW

    def get_input_tokens_count(
        self, messages: Any, tools: Any = None, response_model: Any = None
    ) -> int:
        """The base class's estimate, without its per-call warning (nothing is billed)."""
        if isinstance(messages, str):
            return (len(messages) + 3) // 4
        return sum((len(str(message.get("content") or "")) + 3) // 4 for message in messages)

    def call(
        self,
        messages: Any,
        tools: list[dict[str, Any]] | None = None,
        callbacks: list[Any] | None = None,
        available_functions: dict[str, Any] | None = None,
        from_task: Any = None,
        from_agent: Any = None,
        response_model: Any = None,
    ) -> str | list[dict[str, Any]]:
        """One decision: tool calls for a ``ToolCall``, the answer text for a ``FinalAnswer``."""
        with llm_call_context():
            self._emit_call_started_event(
                messages=messages, tools=tools, from_task=from_task, from_agent=from_agent
            )
            refuse_structured_output(from_task, response_model)
            formatted = self._format_messages(messages)
            self._invoke_before_llm_call_hooks(formatted, from_agent)
            offered = [schema["function"]["name"] for schema in tools or () if "function" in schema]
            observation = read_observation(
                formatted,
                offered=offered,
                names=self.names,
                ticket=getattr(from_task, "description", None),
            )
            action = self.handoff.decide(observation, None, offered_tools(tools, self.names))
            reply = self.reply(action, offered, tools)
            self._emit_call_completed_event(
                response=reply,
                call_type=LLMCallType.TOOL_CALL
                if isinstance(reply, list)
                else LLMCallType.LLM_CALL,
                from_task=from_task,
                from_agent=from_agent,
                messages=formatted,
            )
            if isinstance(reply, str):
                reply = self._invoke_after_llm_call_hooks(formatted, reply, from_agent)
            return reply

    async def acall(
        self,
        messages: Any,
        tools: list[dict[str, Any]] | None = None,
        callbacks: list[Any] | None = None,
        available_functions: dict[str, Any] | None = None,
        from_task: Any = None,
        from_agent: Any = None,
        response_model: Any = None,
    ) -> str | list[dict[str, Any]]:
        """The same decision for CrewAI's async paths (deciding is CPU-only and quick)."""
        return self.call(
            messages, tools, callbacks, available_functions, from_task, from_agent, response_model
        )

    # --- turning a decision into CrewAI's reply --------------------------------------
    def reply(
        self, action: Action, offered: list[str], tools: list[dict[str, Any]] | None
    ) -> str | list[dict[str, Any]]:
        """CrewAI's reply for ``action``.

        With tools on offer a string is the final answer as is. Without (an agent that has
        no tools, or CrewAI's last call after ``max_iter``) CrewAI parses ReAct text, so
        the answer is marked ``Final Answer:``; the policy cannot call a tool then, and
        says so in its answer (``agentgym.abstention``).
        """
        if isinstance(action, ToolCall) and offered:
            return [tool_call(self.names.function(action.name), action.arguments)]
        text = action.text if isinstance(action, FinalAnswer) else FinalAnswer().text
        text = text.strip() or FinalAnswer().text
        return text if tools else f"Final Answer: {text}"


def tool_call(function_name: str, arguments: Any) -> dict[str, Any]:
    """One OpenAI-style tool call, the shape CrewAI's executor reads and echoes back."""
    return {
        "id": f"call_{uuid.uuid4().hex[:24]}",
        "type": "function",
        "function": {"name": function_name, "arguments": json.dumps(dict(arguments))},
    }


def offered_tools(tools: list[dict[str, Any]] | None, names: ToolNames) -> dict[str, frozenset[str]]:
    """The offered tools under their own names, with their argument names."""
    found: dict[str, frozenset[str]] = {}
    for schema in tools or ():
        function = schema.get("function")
        if isinstance(function, dict) and isinstance(function.get("name"), str):
            found[names.own(function["name"])] = argument_names(function.get("parameters"))
    return found


def refuse_structured_output(task: Any, response_model: Any) -> None:
    """A task that wants a schema filled is refused before the policy makes any call."""
    for option in ("output_pydantic", "output_json", "response_model"):
        if getattr(task, option, None) is not None:
            raise StructuredOutputUnsupported(STRUCTURED_OUTPUT.format(option=f"the task's {option}"))
    if response_model is not None:
        raise StructuredOutputUnsupported(STRUCTURED_OUTPUT.format(option="response_model"))
