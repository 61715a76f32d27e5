"""Build the LangChain agent a policy runs in, and read its final answer.

It is ``create_agent`` with two of LangChain's own middlewares: ``ToolErrorMiddleware``
(by default an exception inside a tool crashes the run; here it becomes an error
``ToolMessage`` the policy can react to) and ``ToolCallLimitMiddleware`` (the step cap:
the call after ``max_steps`` is not run and the agent ends with an explanatory answer).
The graph's recursion limit is set from ``max_steps`` as a backstop to that cap.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain.agents import create_agent
from langchain.agents.middleware import (
    AgentMiddleware,
    ToolCallLimitMiddleware,
    ToolCallRequest,
    ToolErrorMiddleware,
)
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langgraph.graph.state import CompiledStateGraph

from agentgym.adapters import DecisionPolicy
from agentgym.handoff import STRUCTURED_OUTPUT, StructuredOutputUnsupported
from agentgym_adapter_langchain.chat_model import ChatAgentGymPolicy
from agentgym_adapter_langchain.errors import error_text


def _tool_error(error: Exception, request: ToolCallRequest) -> str:
    return error_text(error)


def step_middleware(max_steps: int) -> list[AgentMiddleware[Any, Any, Any]]:
    """The step cap and tool-error handling every wrapped agent gets."""
    return [
        ToolCallLimitMiddleware(run_limit=max_steps, exit_behavior="end"),
        ToolErrorMiddleware(_tool_error),
    ]


def recursion_limit(graph: CompiledStateGraph[Any, Any, Any, Any], max_steps: int) -> int:
    """Graph steps enough for ``max_steps`` tool rounds plus the answering round.

    A round visits each node of the loop at most once, so the node count bounds its steps
    whatever middleware the user added.
    """
    return (max_steps + 1) * len(graph.nodes) + 1


MODEL_OPTIONS = ("model_name", "tool_map", "strict", "abstain_threshold")


def build_agent(
    policy: DecisionPolicy, tools: Sequence[Any], *, max_steps: int, **options: Any
) -> CompiledStateGraph[Any, Any, Any, Any]:
    """``create_agent`` around the policy, its tools checked first.

    ``tool_map``, ``strict`` and ``abstain_threshold`` configure the chat model
    (``ChatAgentGymPolicy``), ``model_name`` names it in traces; the other ``options`` go to
    ``create_agent`` (``middleware`` is prepended to ours). ``response_format`` is refused.
    """
    if max_steps < 1:
        raise ValueError(f"max_steps must be at least 1; got {max_steps}")
    if options.get("response_format") is not None:
        raise StructuredOutputUnsupported(STRUCTURED_OUTPUT.format(option="response_format"))
    settings = {name: options.pop(name) for name in MODEL_OPTIONS if name in options}
    if "model_name" in settings:
        settings["model"] = settings.pop("model_name")
    model = ChatAgentGymPolicy(policy=policy, **settings)
    model.bind_tools(list(tools))  # the tool-set check, before create_agent builds anything
    middleware = [*options.pop("middleware", ()), *step_middleware(max_steps)]
    graph = create_agent(model, list(tools), middleware=middleware, **options)
    return graph.with_config(recursion_limit=recursion_limit(graph, max_steps))


def final_answer(messages: Sequence[BaseMessage]) -> str:
    """The text of the agent's last AI message (its answer, or the step cap's notice)."""
    for message in reversed(messages):
        if isinstance(message, AIMessage):
            return str(message.text)
    return ""


def run(agent: Any, ticket: str) -> str:
    state = agent.invoke({"messages": [HumanMessage(ticket)]})
    return final_answer(state["messages"])
