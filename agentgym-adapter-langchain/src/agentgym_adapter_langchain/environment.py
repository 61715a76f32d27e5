"""A scenario's tools as LangChain tools bound to one episode's backend.

``args_schema`` is the spec's JSON Schema dict, which LangChain passes through unvalidated:
the episode sees the arguments exactly as the policy made them and grades them itself
(a bad call costs a step, as it does in training).
"""

from __future__ import annotations

from typing import Any

from langchain_core.tools import StructuredTool

from agentgym.scenario import Episode, Scenario, ToolSpec


def episode_tool(spec: ToolSpec, episode: Episode) -> StructuredTool:
    def call(**arguments: Any) -> str:
        return episode.call_tool(spec.name, arguments)

    return StructuredTool.from_function(
        func=call, name=spec.name, description=spec.description, args_schema=dict(spec.parameters)
    )


def episode_tools(scenario: Scenario, episode: Episode) -> list[StructuredTool]:
    return [episode_tool(spec, episode) for spec in scenario.tools()]
