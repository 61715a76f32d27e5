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
from agentgym.scenario import Action, FinalAnswer, Observation, ToolCall  # noqa: E402
from agentgym_adapter_crewai.conversation import read_observation  # noqa: E402
from agentgym_adapter_crewai.names import ToolNames  # noqa: E402

# Large enough that CrewAI never summarises the conversation or swaps a tool result for
# a file reference: the policy must see every result verbatim.
CONTEXT_WINDOW = 1_000_000


class PolicyLLM(BaseLLM):
    """A CrewAI LLM that asks an AgentGym policy what to do next."""

    model: str = "agentgym/policy"
    llm_type: str = "agentgym"
    policy: Any = Field(exclude=True, description="Any object with decide(Observation).")
    names: ToolNames = Field(default_factory=ToolNames, exclude=True)

    def __init__(self, policy: DecisionPolicy, names: ToolNames | None = None, **data: Any):
        data.setdefault("model", "agentgym/policy")
        data.update(policy=policy, names=names or ToolNames())
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
            formatted = self._format_messages(messages)
            self._invoke_before_llm_call_hooks(formatted, from_agent)
            offered = [schema["function"]["name"] for schema in tools or () if "function" in schema]
            observation = read_observation(
                formatted,
                offered=offered,
                names=self.names,
                ticket=getattr(from_task, "description", None),
            )
            reply = self.reply(self.policy.decide(observation), observation, offered, tools)
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
        self,
        action: Action,
        observation: Observation,
        offered: list[str],
        tools: list[dict[str, Any]] | None,
    ) -> str | list[dict[str, Any]]:
        """CrewAI's reply for ``action``.

        With tools on offer a string is the final answer as is. Without (an agent that has
        no tools, or CrewAI's last call after ``max_iter``) CrewAI parses ReAct text, so
        the answer is marked ``Final Answer:``; a tool call cannot be made then, and the
        run ends with an answer that says so.
        """
        if isinstance(action, ToolCall) and offered:
            return [tool_call(self.names.function(action.name), action.arguments)]
        text = action.text if isinstance(action, FinalAnswer) else stopped_answer(observation)
        text = text.strip() or FinalAnswer().text
        return text if tools else f"Final Answer: {text}"


def tool_call(function_name: str, arguments: Any) -> dict[str, Any]:
    """One OpenAI-style tool call, the shape CrewAI's executor reads and echoes back."""
    return {
        "id": f"call_{uuid.uuid4().hex[:24]}",
        "type": "function",
        "function": {"name": function_name, "arguments": json.dumps(dict(arguments))},
    }


def stopped_answer(observation: Observation) -> str:
    """The answer when the policy still wants a tool but CrewAI allows no more calls."""
    if observation.history:
        return f"Stopped at the step limit. Last tool result: {observation.history[-1].result}"
    return "Stopped at the step limit before any tool was called."
