"""How the wrapped agent behaves in AutoGen's loop: errors, the step cap, resets, teams."""

from __future__ import annotations

import asyncio

from autogen_agentchat.conditions import MaxMessageTermination, TextMessageTermination
from autogen_agentchat.messages import ToolCallExecutionEvent, ToolCallSummaryMessage
from autogen_agentchat.teams import RoundRobinGroupChat

from agentgym.reference import GoldPolicy
from agentgym.scenario import Action, Observation, ToolCall
from agentgym.testing import ScriptedPolicy
from agentgym.toy import ToyOrderScenario
from agentgym_adapter_autogen.adapter import AutoGenAdapter


def lookup_order(order_id: str) -> str:
    """Look up an order."""
    return f"Order {order_id}: shipped."


def explode() -> str:
    """Always fails."""
    raise RuntimeError("boom")


class Recording(ScriptedPolicy):
    def __init__(self, calls: list[tuple[str, dict[str, str]]]) -> None:
        super().__init__(calls)
        self.seen: list[Observation] = []

    def decide(self, observation: Observation) -> Action:
        self.seen.append(observation)
        return super().decide(observation)


def test_raising_tool_is_an_autogen_error_result_the_policy_sees() -> None:
    policy = Recording([("explode", {})])
    agent = AutoGenAdapter().wrap_agent(policy, [explode], max_steps=3)
    result = asyncio.run(agent.run(task="Do it."))
    (execution,) = [m for m in result.messages if isinstance(m, ToolCallExecutionEvent)]
    assert execution.content[0].is_error and execution.content[0].content == "boom"
    assert policy.seen[-1].history[-1].result == "ERROR: boom"
    assert result.messages[-1].to_text() == "Last tool said: ERROR: boom"


def test_step_cap_ends_with_the_last_tool_summary() -> None:
    class Looping:
        calls = 0

        def decide(self, observation: Observation) -> Action:
            self.calls += 1
            return ToolCall("lookup_order", {"order_id": f"O-{self.calls}"})

    adapter = AutoGenAdapter()
    agent = adapter.wrap_agent(Looping(), [lookup_order], max_steps=2)
    result = asyncio.run(agent.run(task="Loop."))
    assert isinstance(result.messages[-1], ToolCallSummaryMessage)
    assert adapter.run_agent(agent, "Loop again.") == "Order O-4: shipped."


def test_each_ticket_starts_from_a_clean_agent() -> None:
    policy = Recording([("lookup_order", {"order_id": "O-1"})])
    adapter = AutoGenAdapter()
    agent = adapter.wrap_agent(policy, [lookup_order], max_steps=3)
    adapter.run_agent(agent, "First ticket.")
    first_run = len(policy.seen)
    adapter.run_agent(agent, "Second ticket.")
    second = policy.seen[first_run]
    assert (second.ticket, second.history) == ("Second ticket.", ())


def test_inside_a_round_robin_group_chat() -> None:
    scenario = ToyOrderScenario()
    adapter = AutoGenAdapter()
    for task in scenario.tasks("test")[:2]:
        episode = scenario.new_episode(task, seed=0)
        triage = adapter.wrap_agent(
            ScriptedPolicy([]), [], max_steps=1, name="triage", system_message=None
        )
        desk = adapter.wrap_agent(
            GoldPolicy(scenario, task),
            adapter.create_environment(scenario, episode),
            max_steps=scenario.max_steps,
            name="desk",
        )
        team = RoundRobinGroupChat(
            [triage, desk],
            termination_condition=TextMessageTermination("desk") | MaxMessageTermination(12),
        )
        answer = adapter.run_agent(team, task.ticket)
        episode.finish(answer)
        trajectory = episode.trajectory()
        assert [s.tool for s in trajectory.steps] == ["lookup_order", "close_ticket"]
        assert trajectory.success and answer == trajectory.final_answer


def test_a_team_can_be_run_again() -> None:
    policy = Recording([("lookup_order", {"order_id": "O-1"})])
    adapter = AutoGenAdapter()
    agent = adapter.wrap_agent(policy, [lookup_order], max_steps=3, name="desk")
    team = RoundRobinGroupChat([agent], termination_condition=TextMessageTermination("desk"))
    assert adapter.run_agent(team, "One.") == "Last tool said: Order O-1: shipped."
    assert adapter.run_agent(team, "Two.") == "Last tool said: Order O-1: shipped."
    assert policy.seen[-1].ticket == "Two." and len(policy.seen[-1].history) == 1
