"""Whole episodes through LangChain's loop match the same episodes run natively.

The framework loop must not change what happens: for each scenario and test task, the
trajectory graded after ``run_episode`` (create_agent, ToolNode, middleware) equals the one
``scenario.run`` produces with the same policy. To cover another scenario, add it to
``SCENARIOS``; ``customer_support`` joins automatically once its plugin is installed, and
runs with a trained policy too (the conftest's ``support_policy``, a small trained run).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from agentgym.reference import GoldPolicy, RandomPolicy
from agentgym.scenario import Scenario, Task
from agentgym.toy import ToyOrderScenario
from agentgym_adapter_langchain import LangChainAdapter


def _registered(name: str) -> Callable[[], Scenario]:
    def build() -> Scenario:
        try:
            from agentgym.plugins import load_plugins

            scenario_class: Any = load_plugins().registry.get("scenarios", name).target
        except Exception as error:  # noqa: BLE001 - not installed yet: skip, say why
            pytest.skip(f"scenario '{name}' is not available: {error}")
        return scenario_class()

    return build


SCENARIOS: dict[str, Callable[[], Scenario]] = {
    "toy_orders": ToyOrderScenario,
    "customer_support": _registered("customer_support"),
}


SAMPLE = 25
"""Test tasks per scenario: an even spread keeps a 500-task split to a few seconds."""


def sample_tasks(scenario: Scenario) -> list[Task]:
    tasks = list(scenario.tasks("test"))
    return tasks[:: max(1, len(tasks) // SAMPLE)][:SAMPLE]


@pytest.fixture(params=sorted(SCENARIOS))
def scenario(request: pytest.FixtureRequest) -> Scenario:
    return SCENARIOS[request.param]()


def test_gold_policy_episodes_match_the_native_run(scenario: Scenario) -> None:
    adapter = LangChainAdapter()
    for seed, task in enumerate(sample_tasks(scenario)):
        framework = adapter.run_episode(GoldPolicy(scenario, task), scenario, task, seed)
        native = scenario.run(GoldPolicy(scenario, task), task, seed)
        assert framework == native, f"task {task.id} differs inside LangChain"
        assert framework.success, f"the gold policy must solve {task.id}"


def test_random_policy_episodes_match_the_native_run(scenario: Scenario) -> None:
    """Random choices include bad arguments, unknown orders and the step cap."""
    adapter = LangChainAdapter()
    for seed, task in enumerate(sample_tasks(scenario)):
        framework = adapter.run_episode(RandomPolicy(scenario, seed), scenario, task, seed)
        native = scenario.run(RandomPolicy(scenario, seed), task, seed)
        assert framework == native, f"task {task.id} (seed {seed}) differs inside LangChain"


def test_trained_policy_episodes_match_the_native_run(support_policy: Any) -> None:
    """The policy from ``agentgym.load_policy`` decides inside LangChain as it does natively."""
    scenario = SCENARIOS["customer_support"]()
    adapter = LangChainAdapter()
    solved = 0
    for seed, task in enumerate(sample_tasks(scenario)):
        framework = adapter.run_episode(support_policy, scenario, task, seed)
        native = scenario.run(support_policy, task, seed)
        assert framework == native, f"task {task.id} (seed {seed}) differs inside LangChain"
        solved += framework.success
    assert solved, "the trained policy should solve some of the sampled tasks"
