"""ChatAgentGymPolicy as a LangChain model: bound tools, one decision per reply."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.tools import BaseTool
from pydantic import ValidationError

from agentgym.scenario import Action, FinalAnswer, Observation, ToolCall
from agentgym_adapter_langchain import ChatAgentGymPolicy


class Recording:
    """Calls lookup_order once, then answers; remembers every observation."""

    def __init__(self) -> None:
        self.seen: list[Observation] = []

    def decide(self, observation: Observation) -> Action:
        self.seen.append(observation)
        if not observation.history:
            return ToolCall("lookup_order", {"order_id": "O-5"})
        return FinalAnswer(f"Answer after: {observation.history[-1].result}")


def test_bound_tool_names_reach_the_policy_and_a_call_comes_back(
    order_tools: list[BaseTool],
) -> None:
    policy = Recording()
    model = ChatAgentGymPolicy(policy=policy).bind_tools(order_tools)
    reply = model.invoke([HumanMessage("Where is O-5?")])
    assert isinstance(reply, AIMessage)
    assert reply.tool_calls == [
        {
            "name": "lookup_order",
            "args": {"order_id": "O-5"},
            "id": "agentgym_call_0",
            "type": "tool_call",
        }
    ]
    assert policy.seen[-1] == Observation("Where is O-5?", (), ("lookup_order", "close_ticket"))

    result = order_tools[0].invoke(reply.tool_calls[0])
    assert isinstance(result, ToolMessage)
    answer = model.invoke([HumanMessage("Where is O-5?"), reply, result])
    assert answer.content == "Answer after: Order O-5: shipped."
    assert answer.tool_calls == []
    assert answer.response_metadata["model_provider"] == "agentgym"


def test_streaming_falls_back_to_one_message_with_the_decision(order_tools: list[BaseTool]) -> None:
    model = ChatAgentGymPolicy(policy=Recording()).bind_tools(order_tools)
    chunks = list(model.stream("Where is O-5?"))
    assert len(chunks) == 1 and isinstance(chunks[0], AIMessage)
    assert chunks[0].tool_calls[0]["name"] == "lookup_order"


def test_with_no_tools_bound_the_model_never_calls_one() -> None:
    model = ChatAgentGymPolicy(policy=Recording())  # the policy would call lookup_order
    reply = model.invoke("Where is O-5?")
    assert reply.tool_calls == []
    assert "lookup_order" in reply.text and "no tools are offered" in reply.text


def test_a_policy_without_decide_is_rejected_at_construction() -> None:
    with pytest.raises(ValidationError, match="decide"):
        ChatAgentGymPolicy(policy=object())


def test_model_name_is_what_traces_report() -> None:
    model = ChatAgentGymPolicy(policy=Recording(), model="support-ppo-run-7")
    params = model._get_ls_params()
    assert (params["ls_provider"], params["ls_model_name"]) == ("agentgym", "support-ppo-run-7")
