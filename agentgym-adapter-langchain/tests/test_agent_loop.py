"""wrap_agent's loop: tool errors come back to the policy, the step cap ends runs cleanly."""

from __future__ import annotations

import asyncio

from langchain.agents.middleware import ToolCallRequest, wrap_tool_call
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.tools import BaseTool

from agentgym.scenario import Action, FinalAnswer, Observation, ToolCall
from agentgym.testing import ScriptedPolicy
from agentgym_adapter_langchain import LangChainAdapter


class NeverFinishes:
    def decide(self, observation: Observation) -> Action:
        return ToolCall("lookup_order", {"order_id": "O-1"})


def test_a_raising_tool_becomes_an_error_tool_message(exploding_tool: BaseTool) -> None:
    agent = LangChainAdapter().wrap_agent(
        ScriptedPolicy([("explode", {})]), [exploding_tool], max_steps=3
    )
    messages = agent.invoke({"messages": [HumanMessage("Explode, please.")]})["messages"]
    (error,) = [m for m in messages if isinstance(m, ToolMessage)]
    assert error.status == "error"
    assert error.content == "ERROR: RuntimeError: boom"
    assert messages[-1].content == "Last tool said: ERROR: RuntimeError: boom"


def test_the_async_path_handles_tool_errors_too(exploding_tool: BaseTool) -> None:
    adapter = LangChainAdapter()
    agent = adapter.wrap_agent(ScriptedPolicy([("explode", {})]), [exploding_tool], max_steps=3)
    state = asyncio.run(agent.ainvoke({"messages": [HumanMessage("Explode, please.")]}))
    assert state["messages"][-1].content == "Last tool said: ERROR: RuntimeError: boom"


def test_the_step_cap_ends_with_a_final_answer_after_exactly_max_steps_calls(
    order_tools: list[BaseTool],
) -> None:
    adapter = LangChainAdapter()
    for max_steps in (1, 3, 8):
        agent = adapter.wrap_agent(NeverFinishes(), order_tools, max_steps=max_steps)
        messages = agent.invoke({"messages": [HumanMessage("Where is O-1?")]})["messages"]
        results = [m for m in messages if isinstance(m, ToolMessage) and m.status == "success"]
        assert len(results) == max_steps
        assert isinstance(messages[-1], AIMessage) and not messages[-1].tool_calls
        assert "limit" in adapter.run_agent(agent, "Where is O-1?")


def test_the_recursion_limit_is_derived_from_max_steps(order_tools: list[BaseTool]) -> None:
    adapter = LangChainAdapter()
    small = adapter.wrap_agent(NeverFinishes(), order_tools, max_steps=2)
    large = adapter.wrap_agent(NeverFinishes(), order_tools, max_steps=20)
    assert 0 < small.config["recursion_limit"] < large.config["recursion_limit"] < 200


def test_options_go_to_create_agent_and_user_middleware_runs_first(
    order_tools: list[BaseTool],
) -> None:
    seen: list[str] = []

    @wrap_tool_call
    def audit(request: ToolCallRequest, handler):  # type: ignore[no-untyped-def]
        seen.append(request.tool_call["name"])
        return handler(request)

    agent = LangChainAdapter().wrap_agent(
        ScriptedPolicy([("lookup_order", {"order_id": "O-2"})]),
        order_tools,
        max_steps=2,
        middleware=[audit],
        system_prompt="You are a support agent.",
        model_name="support-policy",
        name="support_agent",
    )
    answer = LangChainAdapter().run_agent(agent, "Where is O-2?")
    assert answer == "Last tool said: Order O-2: shipped."
    assert seen == ["lookup_order"]
    assert agent.name == "support_agent"


def test_the_final_answer_text_is_returned_verbatim(order_tools: list[BaseTool]) -> None:
    class Answers:
        def decide(self, observation: Observation) -> Action:
            return FinalAnswer("  Your order O-3 is on its way.\n")

    agent = LangChainAdapter().wrap_agent(Answers(), order_tools, max_steps=2)
    assert (
        LangChainAdapter().run_agent(agent, "Where is O-3?") == "  Your order O-3 is on its way.\n"
    )
