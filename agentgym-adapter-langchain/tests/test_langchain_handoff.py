"""The safe hand-off inside LangChain, with the trained customer_support policy.

- The README's first example used to offer six tools (no ``send_reset_link``): the wrap now
  refuses them, naming what is missing; with ``strict=False`` the policy answers where it
  needs a missing tool and never calls another state-changing tool in its place.
- A user's own tools with other names and argument names, connected through ``tool_map``,
  make exactly the native calls on the test tickets.
- ``tool_choice`` and structured output keep LangChain's contracts or fail before any tool runs.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from langchain.agents import create_agent
from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel

from agentgym.adapters import EpisodeSlot
from agentgym.evaluation import evaluation_specs
from agentgym.handoff import StructuredOutputUnsupported, ToolSetMismatch, ToolSetWarning
from agentgym.scenario import Observation
from agentgym_adapter_langchain import ChatAgentGymPolicy, LangChainAdapter

SIX = ("lookup_user", "check_payment", "refund", "send_email", "close_ticket", "escalate")
SAMPLE = 100  # test tickets for the reduced tool set (every fifth)

# a user's help desk: their tool names and argument names for the trained tools
THEIRS: dict[str, tuple[str, dict[str, str]]] = {
    "kb_search": ("search_kb", {"text": "query"}),
    "add_note": ("update_ticket", {"ticket": "ticket_id", "text": "note"}),
    "find_customer": ("lookup_user", {"address": "email"}),
    "password_reset_mail": ("send_reset_link", {"address": "email"}),
    "last_charge": ("check_payment", {"address": "email"}),
    "give_money_back": ("refund", {"charge": "payment_id"}),
    "new_api_key": ("create_api_key", {"address": "email"}),
    "recent_logs": ("check_logs", {"address": "email"}),
    "to_human": ("escalate", {"ticket": "ticket_id", "why": "reason"}),
    "mail_customer": ("send_email", {"address": "to", "title": "subject", "text": "body"}),
    "resolve": ("close_ticket", {"ticket": "ticket_id", "summary": "resolution"}),
    "ask": ("ask_customer", {"text": "question"}),
}


def their_tool(name: str, trained: str, renames: dict[str, str], slot: EpisodeSlot) -> BaseTool:
    """A user's tool: their name and arguments; its body does what their desk does (here:
    the episode's backend, called with the desk's own argument names)."""

    def call(**arguments: Any) -> str:
        return slot.call_tool(trained, {renames[key]: value for key, value in arguments.items()})

    schema = {"type": "object", "properties": {arg: {"type": "string"} for arg in renames},
              "required": list(renames)}
    return StructuredTool.from_function(func=call, name=name, description=f"{name} on our desk", args_schema=schema)


def scenario_tools(scenario: Any, slot: EpisodeSlot, names: tuple[str, ...]) -> list[BaseTool]:
    return [tool for tool in LangChainAdapter().create_environment(scenario, slot) if tool.name in names]


def run_all(adapter: LangChainAdapter, agent: Any, slot: EpisodeSlot, scenario: Any, specs: list[Any]) -> list[Any]:
    out = []
    for spec in specs:
        episode = slot.episode = scenario.new_episode(spec.task, spec.episode_seed)
        episode.finish(adapter.run_agent(agent, spec.task.ticket))
        out.append(episode.trajectory())
    return out


def test_the_six_tool_example_is_refused_naming_the_missing_tools(support_policy: Any) -> None:
    scenario = support_policy.scenario
    tools = scenario_tools(scenario, EpisodeSlot(), SIX)
    with pytest.raises(ToolSetMismatch) as refused:
        LangChainAdapter().wrap_agent(support_policy, tools, max_steps=scenario.max_steps)
    message = str(refused.value)
    assert "missing search_kb, update_ticket, send_reset_link, create_api_key, check_logs, ask_customer" in message
    assert "strict=False" in message


def test_with_strict_false_the_policy_answers_instead_of_substituting(support_policy: Any) -> None:
    scenario = support_policy.scenario
    adapter, slot = LangChainAdapter(), EpisodeSlot()
    with pytest.warns(ToolSetWarning, match="send_reset_link"):
        agent = adapter.wrap_agent(support_policy, scenario_tools(scenario, slot, SIX), max_steps=scenario.max_steps,
                                   strict=False)
    tests = list(scenario.tasks("test"))
    specs = evaluation_specs(tests[:: len(tests) // SAMPLE], 1)
    reduced = run_all(adapter, agent, slot, scenario, specs)
    native = [scenario.run(support_policy, s.task, s.episode_seed) for s in specs]

    refusal = scenario.abstain_answer(Observation(""), "")
    answered_instead = 0
    for short, full in zip(reduced, native, strict=True):
        # every call is the native run's call at that step: nothing is taken in place of a missing tool
        assert short.steps == full.steps[: len(short.steps)], f"{short.task_id}: a call the native run did not make"
        if short.steps != full.steps:
            assert full.steps[len(short.steps)].tool not in SIX and short.final_answer == refusal
            answered_instead += 1
    assert answered_instead >= 10, "the policy needs a missing tool on many tickets (password resets at least)"
    assert sum(t.success for t in reduced) < sum(t.success for t in native)


@pytest.mark.slow
def test_the_users_own_tools_connected_by_tool_map_solve_the_same_tickets(support_policy: Any) -> None:
    scenario = support_policy.scenario
    adapter, slot = LangChainAdapter(), EpisodeSlot()
    tools = [their_tool(name, trained, renames, slot) for name, (trained, renames) in THEIRS.items()]
    with pytest.raises(ToolSetMismatch, match="tool_map"):  # without the map: nothing the policy knows
        adapter.wrap_agent(support_policy, tools, max_steps=scenario.max_steps)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the mapped tool set is complete: no warning either
        agent = adapter.wrap_agent(support_policy, tools, max_steps=scenario.max_steps, tool_map=THEIRS)

    specs = evaluation_specs(list(scenario.tasks("test")), 1)
    theirs = run_all(adapter, agent, slot, scenario, specs)
    native = [scenario.run(support_policy, s.task, s.episode_seed) for s in specs]

    assert len(theirs) == 500
    assert [t.success for t in theirs] == [t.success for t in native]
    assert theirs == native, "through tool_map the policy makes exactly the native calls"
    assert sum(t.success for t in theirs) > 250


def test_tool_choice_is_honoured(support_policy: Any) -> None:
    scenario = support_policy.scenario
    tools = scenario_tools(scenario, EpisodeSlot(), scenario.tool_names)
    ticket = scenario.tasks("test")[0].ticket
    model = ChatAgentGymPolicy(policy=support_policy)
    assert model.bind_tools(tools, tool_choice="none").invoke(ticket).tool_calls == []
    [call] = model.bind_tools(tools, tool_choice="lookup_user").invoke(ticket).tool_calls
    assert call["name"] == "lookup_user" and call["args"] == scenario.resolve_arguments(
        "lookup_user", Observation(ticket, (), scenario.tool_names))
    assert model.bind_tools(tools, tool_choice="any").invoke(ticket).tool_calls


class Resolution(BaseModel):
    summary: str


def test_structured_output_is_refused_before_any_tool_runs(support_policy: Any) -> None:
    scenario = support_policy.scenario
    task = scenario.tasks("test")[0]
    slot = EpisodeSlot()
    tools = scenario_tools(scenario, slot, scenario.tool_names)
    model = ChatAgentGymPolicy(policy=support_policy)
    with pytest.raises(StructuredOutputUnsupported, match="with_structured_output"):
        model.with_structured_output(Resolution)
    with pytest.raises(StructuredOutputUnsupported, match="response_format"):
        LangChainAdapter().wrap_agent(support_policy, tools, max_steps=14, response_format=Resolution)

    agent = create_agent(model, tools, response_format=Resolution)  # built by the user, not the adapter
    episode = slot.episode = scenario.new_episode(task, 0)
    with pytest.raises(StructuredOutputUnsupported, match="response_format"):
        agent.invoke({"messages": [{"role": "user", "content": task.ticket}]})
    assert episode.steps == [], "no tool ran before the refusal"
