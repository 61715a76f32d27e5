"""create_environment: scenario ToolSpecs as AutoGen tools bound to one episode."""

from __future__ import annotations

import asyncio

from autogen_core import CancellationToken

from agentgym.toy import ToyOrderScenario
from agentgym_adapter_autogen.adapter import AutoGenAdapter


def test_spec_schema_is_offered_verbatim() -> None:
    scenario = ToyOrderScenario()
    episode = scenario.new_episode(scenario.tasks("test")[0], seed=0)
    tools = AutoGenAdapter().create_environment(scenario, episode)
    for tool, spec in zip(tools, scenario.tools(), strict=True):
        assert tool.schema["name"] == spec.name
        assert tool.schema["description"] == spec.description
        assert dict(tool.schema["parameters"]) == dict(spec.parameters)


def test_calls_reach_the_episode_and_bad_arguments_are_its_to_judge() -> None:
    scenario = ToyOrderScenario()
    task = scenario.tasks("test")[0]
    episode = scenario.new_episode(task, seed=0)
    lookup = AutoGenAdapter().create_environment(scenario, episode)[0]
    token = CancellationToken()
    ok = asyncio.run(lookup.run_json({"order_id": task.params["order_id"]}, token))
    bad = asyncio.run(lookup.run_json({}, token))
    assert ok == f"Order {task.params['order_id']}: {task.params['status']}."
    assert bad.startswith("ERROR")  # the scenario's own error, counted as a step like natively
    assert [step.result for step in episode.steps] == [ok, bad]
