"""Whole episodes through AutoGen's own loop, graded by the scenario.

To run another scenario or policy (e.g. the core's customer_support with a trained policy),
add it to SCENARIOS or override the ``make_policy`` fixture; the tests do not change.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from agentgym.adapters import DecisionPolicy
from agentgym.reference import GoldPolicy
from agentgym.scenario import Scenario, Task
from agentgym.toy import ToyOrderScenario

from agentgym_adapter_autogen.adapter import AutoGenAdapter
from agentgym_adapter_autogen.runner import final_answer

SCENARIOS: dict[str, Callable[[], Scenario]] = {"toy_orders": ToyOrderScenario}
PolicyFactory = Callable[[Scenario, Task], DecisionPolicy]


@pytest.fixture(params=sorted(SCENARIOS))
def scenario(request: pytest.FixtureRequest) -> Scenario:
    return SCENARIOS[request.param]()


@pytest.fixture
def make_policy() -> PolicyFactory:
    return GoldPolicy


def test_agent_run_executes_the_tools_and_the_grader_agrees(
    scenario: Scenario, make_policy: PolicyFactory
) -> None:
    adapter = AutoGenAdapter()
    for task in scenario.tasks("test"):
        episode = scenario.new_episode(task, seed=0)
        tools = adapter.create_environment(scenario, episode)
        agent = adapter.wrap_agent(make_policy(scenario, task), tools, max_steps=scenario.max_steps)
        result = asyncio.run(agent.run(task=task.ticket))  # AutoGen's own API, no adapter help
        episode.finish(final_answer(result, agent.name))
        trajectory = episode.trajectory()
        assert trajectory.success, (task.id, [(s.tool, s.result) for s in trajectory.steps])


def test_framework_episode_matches_the_native_one(
    scenario: Scenario, make_policy: PolicyFactory
) -> None:
    adapter = AutoGenAdapter()
    for task in scenario.tasks("test"):
        native = scenario.run(make_policy(scenario, task), task, seed=3)
        framed = adapter.run_episode(make_policy(scenario, task), scenario, task, seed=3)

        def calls(trajectory: Any) -> list[tuple[Any, ...]]:
            return [(s.tool, dict(s.arguments), s.result, s.correct) for s in trajectory.steps]

        assert calls(framed) == calls(native)
        assert (framed.success, framed.final_answer) == (native.success, native.final_answer)
