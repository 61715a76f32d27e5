"""The safe hand-off inside CrewAI, with the trained customer_support policy: the tool-set
check at wrap time, ``tool_map`` renames and structured output refused before any tool runs."""

from __future__ import annotations

from typing import Any

import pytest
from crewai import Crew, Task
from crewai.tools import tool
from pydantic import BaseModel

from agentgym.adapters import EpisodeSlot
from agentgym.evaluation import evaluation_specs
from agentgym.handoff import StructuredOutputUnsupported, ToolSetMismatch
from agentgym_adapter_crewai import CrewAIAdapter

TICKETS = 8


class Resolution(BaseModel):
    summary: str


def desk(scenario: Any, slot: EpisodeSlot) -> list[Any]:
    """The scenario's tools, except that the user's look-up is ``find_customer(address)``."""

    @tool("find_customer")
    def find_customer(address: str) -> str:
        """Find a customer's account by email."""
        return slot.call_tool("lookup_user", {"email": address})

    tools = [t for t in CrewAIAdapter().create_environment(scenario, slot) if t.name != "lookup_user"]
    return [find_customer, *tools]


def test_a_reduced_tool_set_is_refused_at_wrap_time(support_policy: Any) -> None:
    scenario = support_policy.scenario
    tools = [t for t in CrewAIAdapter().create_environment(scenario, EpisodeSlot()) if t.name != "refund"]
    with pytest.raises(ToolSetMismatch, match="missing refund"):
        CrewAIAdapter().wrap_agent(support_policy, tools, max_steps=scenario.max_steps)


def test_tool_map_connects_the_users_tool_and_the_calls_are_the_native_ones(support_policy: Any) -> None:
    scenario = support_policy.scenario
    adapter, slot = CrewAIAdapter(), EpisodeSlot()
    agent = adapter.wrap_agent(support_policy, desk(scenario, slot), max_steps=scenario.max_steps,
                               tool_map={"find_customer": ("lookup_user", {"address": "email"})})
    tests = list(scenario.tasks("test"))
    for spec in evaluation_specs(tests[:: len(tests) // TICKETS], 1):
        episode = slot.episode = scenario.new_episode(spec.task, spec.episode_seed)
        episode.finish(adapter.run_agent(agent, spec.task.ticket))
        assert episode.trajectory() == scenario.run(support_policy, spec.task, spec.episode_seed)


def test_structured_output_is_refused_before_any_tool_runs(support_policy: Any) -> None:
    scenario = support_policy.scenario
    task = scenario.tasks("test")[0]
    adapter, slot = CrewAIAdapter(), EpisodeSlot()
    agent = adapter.wrap_agent(support_policy, adapter.create_environment(scenario, slot), max_steps=14)
    with pytest.raises(StructuredOutputUnsupported, match="output_pydantic"):
        adapter.crew_for(agent, task.ticket, task_options={"output_pydantic": Resolution})

    # a Task the user builds with output_pydantic: the first model call refuses it
    episode = slot.episode = scenario.new_episode(task, 0)
    crew = Crew(agents=[agent], tasks=[Task(description=task.ticket, expected_output="a resolution", agent=agent,
                                            output_pydantic=Resolution)])
    with pytest.raises(StructuredOutputUnsupported, match="output_pydantic"):
        crew.kickoff()
    assert episode.steps == []
