"""The safe hand-off inside AutoGen, with the trained customer_support policy: the tool-set
check at wrap time, ``tool_map`` renames, ``tool_choice`` and structured output."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from autogen_agentchat.agents import AssistantAgent
from autogen_core.models import UserMessage
from autogen_core.tools import FunctionTool
from pydantic import BaseModel

from agentgym.adapters import EpisodeSlot
from agentgym.evaluation import evaluation_specs
from agentgym.handoff import StructuredOutputUnsupported, ToolChoiceError, ToolSetMismatch, ToolSetWarning
from agentgym_adapter_autogen import AutoGenAdapter, PolicyChatCompletionClient

TICKETS = 20


class Resolution(BaseModel):
    summary: str


def desk(scenario: Any, slot: EpisodeSlot) -> list[Any]:
    """The scenario's tools, except that the user's look-up is ``find_customer(address)``."""

    async def find_customer(address: str) -> str:
        """Find a customer's account by email."""
        return slot.call_tool("lookup_user", {"email": address})

    tools = [tool for tool in AutoGenAdapter().create_environment(scenario, slot) if tool.name != "lookup_user"]
    return [FunctionTool(find_customer, description="Find a customer's account by email."), *tools]


def test_a_reduced_tool_set_is_refused_at_wrap_time(support_policy: Any) -> None:
    scenario = support_policy.scenario
    tools = [t for t in AutoGenAdapter().create_environment(scenario, EpisodeSlot()) if t.name != "send_reset_link"]
    with pytest.raises(ToolSetMismatch, match="missing send_reset_link"):
        AutoGenAdapter().wrap_agent(support_policy, tools, max_steps=scenario.max_steps)
    with pytest.warns(ToolSetWarning):
        AutoGenAdapter().wrap_agent(support_policy, tools, max_steps=scenario.max_steps, strict=False)


def test_tool_map_connects_the_users_tool_and_the_calls_are_the_native_ones(support_policy: Any) -> None:
    scenario = support_policy.scenario
    adapter, slot = AutoGenAdapter(), EpisodeSlot()
    tool_map = {"find_customer": ("lookup_user", {"address": "email"})}
    with pytest.raises(ToolSetMismatch, match="missing lookup_user"):
        adapter.wrap_agent(support_policy, desk(scenario, slot), max_steps=scenario.max_steps)
    agent = adapter.wrap_agent(support_policy, desk(scenario, slot), max_steps=scenario.max_steps, tool_map=tool_map)
    tests = list(scenario.tasks("test"))
    for spec in evaluation_specs(tests[:: len(tests) // TICKETS], 1):
        episode = slot.episode = scenario.new_episode(spec.task, spec.episode_seed)
        episode.finish(adapter.run_agent(agent, spec.task.ticket))
        assert episode.trajectory() == scenario.run(support_policy, spec.task, spec.episode_seed)


def test_tool_choice_and_structured_output(support_policy: Any) -> None:
    scenario = support_policy.scenario
    tools = AutoGenAdapter().create_environment(scenario, EpisodeSlot())
    client = PolicyChatCompletionClient(support_policy)
    ticket = [UserMessage(content=scenario.tasks("test")[0].ticket, source="user")]
    by_name = {tool.name: tool for tool in tools}

    named = asyncio.run(client.create(ticket, tools=tools, tool_choice=by_name["lookup_user"]))
    assert [call.name for call in named.content] == ["lookup_user"]
    assert isinstance(asyncio.run(client.create(ticket, tools=tools, tool_choice="none")).content, str)
    with pytest.raises(ToolChoiceError, match="'refund'"):  # no payment id in the conversation yet
        asyncio.run(client.create(ticket, tools=tools, tool_choice=by_name["refund"]))
    with pytest.raises(StructuredOutputUnsupported, match="json_output"):
        asyncio.run(client.create(ticket, tools=tools, json_output=Resolution))
    with pytest.raises(StructuredOutputUnsupported, match="output_content_type"):
        AutoGenAdapter().wrap_agent(support_policy, tools, max_steps=14, output_content_type=Resolution)

    # an AssistantAgent the user builds with output_content_type: refused before any tool runs
    slot = EpisodeSlot()
    task = scenario.tasks("test")[0]
    episode = slot.episode = scenario.new_episode(task, 0)
    agent = AssistantAgent("desk", model_client=PolicyChatCompletionClient(support_policy),
                           tools=AutoGenAdapter().create_environment(scenario, slot), output_content_type=Resolution)
    with pytest.raises(StructuredOutputUnsupported):
        asyncio.run(agent.run(task=task.ticket))
    assert episode.steps == []
