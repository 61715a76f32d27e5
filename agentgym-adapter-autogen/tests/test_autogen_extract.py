"""extract_tools: AutoGen's own schemas and execution path, from a list and from an agent."""

from __future__ import annotations

from autogen_agentchat.agents import AssistantAgent
from autogen_core.tools import FunctionTool

from agentgym.scenario import FinalAnswer, Observation
from agentgym_adapter_autogen.adapter import AutoGenAdapter
from agentgym_adapter_autogen.model_client import PolicyChatCompletionClient


def lookup_order(order_id: str) -> str:
    """Look up an order's shipping status."""
    return f"Order {order_id}: shipped."


async def refund(order_id: str, amount: float = 0.0) -> str:
    """Refund part of an order."""
    return f"Refunded {amount:.2f} on {order_id}."


def explode() -> str:
    """Always fails."""
    raise RuntimeError("boom")


class Silent:
    def decide(self, observation: Observation) -> FinalAnswer:
        return FinalAnswer()


def test_from_a_function_list_keeps_autogen_schema_and_runs_natively() -> None:
    tool = FunctionTool(refund, description="Refund part of an order.")
    extracted = {t.spec.name: t for t in AutoGenAdapter().extract_tools([lookup_order, tool])}
    assert set(extracted) == {"lookup_order", "refund"}
    assert extracted["refund"].spec.parameters == dict(tool.schema["parameters"])
    assert extracted["lookup_order"].spec.description == "Look up an order's shipping status."
    assert extracted["refund"].run({"order_id": "O-1", "amount": 2}) == "Refunded 2.00 on O-1."


def test_from_a_built_assistant_agent_skips_handoffs() -> None:
    agent = AssistantAgent(
        "desk",
        model_client=PolicyChatCompletionClient(Silent()),
        tools=[lookup_order, refund],
        handoffs=["supervisor"],
    )
    extracted = AutoGenAdapter().extract_tools(agent)
    assert [t.spec.name for t in extracted] == ["lookup_order", "refund"]
    assert extracted[0].run({"order_id": "O-9"}) == "Order O-9: shipped."


def test_arguments_are_validated_by_autogen() -> None:
    (tool,) = AutoGenAdapter().extract_tools([refund])
    text = tool.run({"order_id": "O-1", "amount": "lots"})
    assert text.startswith("ERROR: ") and "amount" in text


def test_a_raising_tool_gives_error_text_not_an_exception() -> None:
    (tool,) = AutoGenAdapter().extract_tools([explode])
    assert tool.run({}) == "ERROR: boom"
