"""Extraction: CrewAI tools (BaseTool subclasses, @tool functions, an Agent's) as core specs."""

from __future__ import annotations

from crewai import Agent
from crewai.tools import BaseTool, tool
from crewai.utilities.agent_utils import convert_tools_to_openai_schema
from pydantic import BaseModel, Field

from agentgym.testing import ScriptedPolicy
from agentgym_adapter_crewai.adapter import CrewAIAdapter
from agentgym_adapter_crewai.llm import PolicyLLM
from agentgym_adapter_crewai.tools import tool_names


class UserArguments(BaseModel):
    user_id: str = Field(description="e.g. U-42")


class LookupUser(BaseTool):
    """A tool whose name CrewAI rewrites before offering it to a model."""

    name: str = "Lookup User"
    description: str = "Look a user up by id."
    args_schema: type[BaseModel] = UserArguments

    def _run(self, user_id: str) -> str:
        return f"User {user_id}: active."


@tool("refund_order")
def refund_order(order_id: str, amount: float = 0.0) -> str:
    """Refund (part of) an order."""
    return f"Refunded {amount:.2f} on {order_id}."


@tool("explode")
def explode() -> str:
    """A tool that always fails."""
    raise RuntimeError("boom")


def test_specs_keep_own_names_and_crewai_schemas() -> None:
    tools = [LookupUser(), refund_order]
    extracted = {item.spec.name: item for item in CrewAIAdapter().extract_tools(tools)}
    assert list(extracted) == ["Lookup User", "refund_order"]
    schemas, _, _ = convert_tools_to_openai_schema(tools)
    for item, schema in zip(extracted.values(), schemas, strict=True):
        assert item.spec.parameters == schema["function"]["parameters"]
        assert item.spec.description == schema["function"]["description"]
    refund = extracted["refund_order"].spec.parameters
    assert set(refund["properties"]) == {"order_id", "amount"}
    # CrewAI offers strict schemas: every property listed as required, defaults kept.
    assert refund["required"] == ["order_id", "amount"]
    assert refund["properties"]["amount"]["default"] == 0.0


def test_extracted_tools_run_through_crewai() -> None:
    extracted = {
        item.spec.name: item for item in CrewAIAdapter().extract_tools([LookupUser(), refund_order])
    }
    assert extracted["Lookup User"].run({"user_id": "U-1"}) == "User U-1: active."
    assert (
        extracted["refund_order"].run({"order_id": "O-2", "amount": 5}) == "Refunded 5.00 on O-2."
    )


def test_extracted_tool_that_raises_gives_crewai_error_text() -> None:
    (item,) = CrewAIAdapter().extract_tools(explode)
    assert item.run({}) == "Error executing tool: boom"


def test_extract_from_an_agent() -> None:
    agent = Agent(
        role="support",
        goal="help",
        backstory="none",
        tools=[LookupUser(), refund_order],
        llm=PolicyLLM(ScriptedPolicy([])),
    )
    names = [item.spec.name for item in CrewAIAdapter().extract_tools(agent)]
    assert names == ["Lookup User", "refund_order"]


def test_names_map_both_ways_like_crewai_offers_them() -> None:
    names = tool_names([LookupUser(), refund_order])
    assert names.function("Lookup User") == "lookup_user"
    assert names.own("lookup_user") == "Lookup User"
    assert names.function("refund_order") == "refund_order"
    assert names.own("not_a_tool") == "not_a_tool"
