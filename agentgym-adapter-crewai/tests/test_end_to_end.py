"""A Crew kicked off on a scenario's tickets, with tools bound to the scenario's backend.

Scenarios are parameters: adding one is one more entry in ``SCENARIOS``. A policy given as
the string ``"trained"`` is the conftest's ``support_policy`` (a small customer_support run
loaded with ``agentgym.load_policy``); the tasks are the first test tasks the policy solves
natively.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import Any

import pytest
from crewai.tools import tool

from agentgym import hooks
from agentgym.reference import GoldPolicy
from agentgym.scenario import Action, Observation, Scenario, Task, ToolCall, Trajectory
from agentgym.toy import ToyOrderScenario
from agentgym_adapter_crewai.adapter import CrewAIAdapter
from agentgym_adapter_crewai.crew import kickoff, ticket_crew

PolicyFactory = Callable[[Scenario, Task], Any]


def customer_support() -> Scenario:
    try:
        return hooks.make_scenario("customer_support")
    except Exception as error:  # noqa: BLE001 - not installed: skip, say why
        pytest.skip(f"scenario 'customer_support' is not available: {error}")


SCENARIOS = [
    pytest.param(ToyOrderScenario, GoldPolicy, id="toy_orders-gold"),
    pytest.param(customer_support, "trained", id="customer_support-trained"),
]


class Recording:
    """Wraps a policy and keeps every observation CrewAI's loop gave it."""

    def __init__(self, policy: Any) -> None:
        self.policy = policy
        self.seen: list[Observation] = []

    def decide(self, observation: Observation) -> Action:
        self.seen.append(observation)
        action: Action = self.policy.decide(observation)
        return action


def run_in_crew(scenario: Scenario, task: Task, policy: Any) -> tuple[Trajectory, str]:
    episode = scenario.new_episode(task, seed=0)
    adapter = CrewAIAdapter()
    agent = adapter.wrap_agent(
        policy, adapter.create_environment(scenario, episode), max_steps=scenario.max_steps
    )
    answer = kickoff(ticket_crew(agent, task.ticket))
    episode.finish(answer)
    return episode.trajectory(), answer


@pytest.mark.parametrize(("make_scenario", "make_policy"), SCENARIOS)
def test_policy_solves_test_tasks_inside_a_crew(
    make_scenario: Callable[[], Scenario],
    make_policy: PolicyFactory | str,
    request: pytest.FixtureRequest,
) -> None:
    scenario = make_scenario()
    if make_policy == "trained":
        trained = request.getfixturevalue("support_policy")
        make_policy = lambda scenario, task: trained  # noqa: E731
    assert callable(make_policy)
    solved = (t for t in scenario.tasks("test") if scenario.run(make_policy(scenario, t), t, 0).success)
    tasks = list(islice(solved, 2))
    assert len(tasks) == 2, "the policy must solve test tasks natively to be tested in a crew"
    for task in tasks:
        policy = Recording(make_policy(scenario, task))
        trajectory, answer = run_in_crew(scenario, task, policy)
        native = scenario.run(make_policy(scenario, task), task, seed=0)
        assert trajectory.success, f"the grader rejected the crew's work on {task.id}"
        assert [(s.tool, dict(s.arguments), s.result) for s in trajectory.steps] == [
            (s.tool, dict(s.arguments), s.result) for s in native.steps
        ], "inside CrewAI the policy must make exactly the calls it makes natively"
        assert answer == native.final_answer
        assert {seen.ticket for seen in policy.seen} == {task.ticket}


def test_wrapped_agent_and_crew_settings() -> None:
    scenario = ToyOrderScenario()
    task = scenario.tasks("test")[0]
    adapter = CrewAIAdapter()
    tools = adapter.create_environment(scenario, scenario.new_episode(task, seed=0))
    agent = adapter.wrap_agent(GoldPolicy(scenario, task), tools, max_steps=7, verbose=False)
    crew = ticket_crew(agent, task.ticket)
    assert agent.max_iter == 7 and agent.cache is False and agent.max_retry_limit == 0
    assert crew.cache is False
    assert [t.description for t in crew.tasks] == [task.ticket]
    assert all(t.cache_function({}, "result") is False for t in tools)
    assert agent.llm.supports_function_calling()


def test_arguments_reach_the_episode_unvalidated_and_are_graded() -> None:
    scenario = ToyOrderScenario()
    task = scenario.tasks("test")[0]

    class BadArguments:
        def decide(self, observation: Observation) -> Action:
            if observation.history:
                return GoldPolicy(scenario, task).decide(observation)
            return ToolCall("lookup_order", {"order_id": 7})

    trajectory, _ = run_in_crew(scenario, task, BadArguments())
    first = trajectory.steps[0]
    assert (first.tool, dict(first.arguments), first.status) == (
        "lookup_order",
        {"order_id": 7},
        "error",
    )
    assert first.result.startswith("ERROR")


def test_environment_tools_offer_the_scenarios_schema() -> None:
    scenario = ToyOrderScenario()
    episode = scenario.new_episode(scenario.tasks("test")[0], seed=0)
    extracted = CrewAIAdapter().extract_tools(CrewAIAdapter().create_environment(scenario, episode))
    assert [item.spec.name for item in extracted] == list(scenario.tool_names)
    lookup = extracted[0].spec.parameters
    assert lookup["required"] == ["order_id"]
    assert lookup["properties"]["order_id"]["type"] == "string"


def test_a_policy_that_repeats_itself_ends_with_an_answer() -> None:
    calls: list[str] = []

    @tool("status")
    def status(order_id: str) -> str:
        """Order status."""
        calls.append(order_id)
        return "pending"

    class Repeating:
        def decide(self, observation: Observation) -> Action:
            return ToolCall("status", {"order_id": "O-1"})

    adapter = CrewAIAdapter()
    answer = adapter.run_agent(adapter.wrap_agent(Repeating(), [status], max_steps=20), "Status?")
    assert answer.startswith("Stopped:") and "same arguments" in answer
    assert len(calls) == 5


# --- a policy that loops ------------------------------------------------------------------------
class RoomyOrders(ToyOrderScenario):
    """The toy desk with room for CrewAI's loop guard (five identical calls) before the step cap."""

    max_steps = 8


class LooksUpForever:
    """Calls ``lookup_order`` with the same arguments whatever it sees."""

    def decide(self, observation: Observation) -> Action:
        return ToolCall("lookup_order", {"order_id": "O-900"})


def test_a_looping_policy_ends_its_own_episode_and_leaves_crewai_as_it_was() -> None:
    """CrewAI stops an agent that repeats a call by raising; each stop used to leave an event
    scope open in the caller's context, and the hundred-and-first looping episode of an
    evaluation died with StackDepthExceededError."""
    from crewai.events.event_context import get_current_parent_id

    scenario = RoomyOrders()
    task = scenario.tasks("test")[0]
    before = get_current_parent_id()

    for seed in range(3):
        trajectory = CrewAIAdapter().run_episode(LooksUpForever(), scenario, task, seed)
        assert not trajectory.success
        assert (trajectory.final_answer or "").startswith("Stopped:"), trajectory.final_answer
        assert get_current_parent_id() == before, "no CrewAI event scope is left open"
