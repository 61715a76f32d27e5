"""extract_tools: from a tool list and from a built agent, with LangChain's own schemas."""

from __future__ import annotations

import pytest
from langchain.agents import create_agent
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.tools import BaseTool, tool
from langchain_core.utils.function_calling import convert_to_openai_tool
from langgraph.prebuilt import ToolNode

from agentgym.scenario import FinalAnswer, Observation
from agentgym_adapter_langchain import LangChainAdapter


class Answers:
    def decide(self, observation: Observation) -> FinalAnswer:
        return FinalAnswer()


@pytest.fixture
def adapter() -> LangChainAdapter:
    return LangChainAdapter()


def test_from_a_tool_list_specs_are_langchains_openai_conversion(
    adapter: LangChainAdapter, order_tools: list[BaseTool]
) -> None:
    extracted = adapter.extract_tools(order_tools)
    assert [e.spec.name for e in extracted] == ["lookup_order", "close_ticket"]
    for tool_, item in zip(order_tools, extracted, strict=True):
        function = convert_to_openai_tool(tool_)["function"]
        assert item.spec.description == function["description"]
        assert item.spec.parameters == function["parameters"]
    assert extracted[0].run({"order_id": "O-7"}) == "Order O-7: shipped."


def test_plain_functions_are_converted_like_create_agent_does(adapter: LangChainAdapter) -> None:
    def refund(order_id: str, amount: float) -> str:
        """Refund part of an order."""
        return f"Refunded {amount} on {order_id}."

    (extracted,) = adapter.extract_tools([refund])
    assert extracted.spec.name == "refund"
    assert set(extracted.spec.parameters["properties"]) == {"order_id", "amount"}
    assert extracted.run({"order_id": "O-1", "amount": 2.5}) == "Refunded 2.5 on O-1."


def test_from_an_agent_built_with_create_agent(
    adapter: LangChainAdapter, order_tools: list[BaseTool]
) -> None:
    model = GenericFakeChatModel(messages=iter(()))
    agent = create_agent(model, order_tools)
    extracted = adapter.extract_tools(agent)
    assert [e.spec.name for e in extracted] == ["lookup_order", "close_ticket"]
    assert extracted[1].run({"order_id": "O-3"}) == "Ticket for O-3 closed."


def test_from_a_wrapped_agent_and_a_tool_node(
    adapter: LangChainAdapter, order_tools: list[BaseTool]
) -> None:
    wrapped = adapter.wrap_agent(Answers(), order_tools, max_steps=2)
    assert [e.spec.name for e in adapter.extract_tools(wrapped)] == ["lookup_order", "close_ticket"]
    node = ToolNode(order_tools)
    assert [e.spec.name for e in adapter.extract_tools(node)] == ["lookup_order", "close_ticket"]


def test_run_gives_the_text_the_agent_loop_would(adapter: LangChainAdapter) -> None:
    @tool
    def stock(sku: str) -> dict[str, int]:
        """Units in stock per warehouse."""
        return {"north": 3, "south": 0}

    (extracted,) = adapter.extract_tools([stock])
    assert extracted.run({"sku": "A"}) == '{"north": 3, "south": 0}'


def test_run_reports_a_raising_tool_as_error_text(
    adapter: LangChainAdapter, exploding_tool: BaseTool
) -> None:
    (extracted,) = adapter.extract_tools([exploding_tool])
    assert extracted.run({}) == "ERROR: RuntimeError: boom"


def test_run_reports_bad_arguments_as_error_text(
    adapter: LangChainAdapter, order_tools: list[BaseTool]
) -> None:
    result = adapter.extract_tools(order_tools)[0].run({})
    assert result.startswith("ERROR: ValidationError") and "order_id" in result


def test_things_that_are_not_tools_are_rejected(adapter: LangChainAdapter) -> None:
    with pytest.raises(TypeError, match="not a LangChain tool"):
        adapter.extract_tools([{"type": "web_search"}])
    with pytest.raises(TypeError, match="expects LangChain tools"):
        adapter.extract_tools(42)
    with pytest.raises(ValueError, match="no tool node"):
        adapter.extract_tools(create_agent(GenericFakeChatModel(messages=iter(())), []))
