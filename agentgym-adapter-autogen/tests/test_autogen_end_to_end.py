"""Whole episodes through AutoGen's own loop, graded by the scenario.

To run another scenario or policy, add it to SCENARIOS or override the ``make_policy``
fixture; the tests do not change. ``customer_support`` runs with a trained policy (the
conftest's ``support_policy``, a small trained run) on an even sample of its test tasks.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from agentgym import hooks
from agentgym.adapters import DecisionPolicy
from agentgym.reference import GoldPolicy
from agentgym.scenario import Scenario, Task
from agentgym.toy import ToyOrderScenario
from agentgym_adapter_autogen.adapter import AutoGenAdapter
from agentgym_adapter_autogen.runner import final_answer


def _registered(name: str) -> Callable[[], Scenario]:
    def build() -> Scenario:
        try:
            return hooks.make_scenario(name)
        except Exception as error:  # noqa: BLE001 - not installed: skip, say why
            pytest.skip(f"scenario '{name}' is not available: {error}")

    return build


SCENARIOS: dict[str, Callable[[], Scenario]] = {
    "toy_orders": ToyOrderScenario,
    "customer_support": _registered("customer_support"),
}
TRAINED = {"customer_support"}
"""Scenarios run with the trained policy (``support_policy``) instead of the gold one."""
SAMPLE = 20
PolicyFactory = Callable[[Scenario, Task], DecisionPolicy]


def sample_tasks(scenario: Scenario) -> list[Task]:
    """An even spread of the test split (all of a small one)."""
    tasks = list(scenario.tasks("test"))
    return tasks[:: max(1, len(tasks) // SAMPLE)][:SAMPLE]


@pytest.fixture(params=sorted(SCENARIOS))
def scenario(request: pytest.FixtureRequest) -> Scenario:
    return SCENARIOS[request.param]()


@pytest.fixture
def make_policy(scenario: Scenario, request: pytest.FixtureRequest) -> PolicyFactory:
    if scenario.name in TRAINED:
        trained = request.getfixturevalue("support_policy")
        return lambda scenario, task: trained
    return GoldPolicy


def test_agent_run_executes_the_tools_and_the_grader_agrees(
    scenario: Scenario, make_policy: PolicyFactory
) -> None:
    adapter = AutoGenAdapter()
    solved = 0
    for task in sample_tasks(scenario):
        episode = scenario.new_episode(task, seed=0)
        tools = adapter.create_environment(scenario, episode)
        agent = adapter.wrap_agent(make_policy(scenario, task), tools, max_steps=scenario.max_steps)
        result = asyncio.run(agent.run(task=task.ticket))  # AutoGen's own API, no adapter help
        episode.finish(final_answer(result, agent.name))
        trajectory = episode.trajectory()
        # A trained policy need not solve every task: the grader must agree with the native run.
        native = scenario.run(make_policy(scenario, task), task, seed=0)
        expected = True if make_policy is GoldPolicy else native.success
        assert trajectory.success is expected, (
            task.id, [(s.tool, s.result) for s in trajectory.steps]
        )
        solved += trajectory.success
    assert solved, "the policy should solve some of the tasks"


def test_framework_episode_matches_the_native_one(
    scenario: Scenario, make_policy: PolicyFactory
) -> None:
    adapter = AutoGenAdapter()
    for task in sample_tasks(scenario):
        native = scenario.run(make_policy(scenario, task), task, seed=3)
        framed = adapter.run_episode(make_policy(scenario, task), scenario, task, seed=3)

        def calls(trajectory: Any) -> list[tuple[Any, ...]]:
            return [(s.tool, dict(s.arguments), s.result, s.correct) for s in trajectory.steps]

        assert calls(framed) == calls(native)
        assert (framed.success, framed.final_answer) == (native.success, native.final_answer)
