"""CrewAI tools seen by the core: specs as CrewAI itself converts them for function calling.

The schema and the function name come from ``convert_tools_to_openai_schema``, the very
function CrewAI's agent executor uses to offer tools to a model, so a spec here is what a
model inside CrewAI would see (with the tool's own name kept for the core).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from agentgym_adapter_crewai.offline import import_crewai

import_crewai()

from crewai.agents.agent_builder.base_agent import BaseAgent  # noqa: E402
from crewai.tools import BaseTool  # noqa: E402
from crewai.utilities.agent_utils import (  # noqa: E402
    convert_tools_to_openai_schema,
    format_native_tool_output_for_agent,
)

from agentgym.adapters import ExtractedTool  # noqa: E402
from agentgym.scenario import ToolSpec  # noqa: E402
from agentgym_adapter_crewai.names import ToolNames  # noqa: E402


def native_tools(agent_or_tools: Any) -> list[BaseTool]:
    """The CrewAI tools of an ``Agent``, of a single tool, or of a list of tools."""
    if isinstance(agent_or_tools, BaseAgent):
        return list(agent_or_tools.tools or [])
    if isinstance(agent_or_tools, BaseTool):
        return [agent_or_tools]
    return list(agent_or_tools)


def tool_names(tools: Iterable[BaseTool]) -> ToolNames:
    """The function-name map CrewAI's executor will build for these tools."""
    _, _, by_function = convert_tools_to_openai_schema(list(tools))
    return ToolNames({function: tool.name for function, tool in by_function.items()})


def offered_by(tools: Iterable[BaseTool]) -> dict[str, frozenset[str]]:
    """Each tool's own name with the argument names CrewAI offers it with."""
    from agentgym.handoff import argument_names

    listed = list(tools)
    schemas, _, _ = convert_tools_to_openai_schema(listed)
    return {tool.name: argument_names(schema["function"].get("parameters"))
            for tool, schema in zip(listed, schemas, strict=True)}


def extract_tools(agent_or_tools: Any) -> list[ExtractedTool]:
    """Core specs for CrewAI tools, each with a runner that goes through the tool's ``run``."""
    tools = native_tools(agent_or_tools)
    schemas, _, _ = convert_tools_to_openai_schema(tools)
    extracted = []
    for tool, schema in zip(tools, schemas, strict=True):
        function = schema["function"]
        spec = ToolSpec(tool.name, function["description"], function["parameters"])
        extracted.append(ExtractedTool(spec, _runner(tool)))
    return extracted


def run_tool(tool: BaseTool, arguments: Mapping[str, Any]) -> str:
    """Run a tool as CrewAI's native tool loop does and return the text the model sees.

    A tool that raises gives CrewAI's own error text instead of an exception, the same
    as inside the agent loop.
    """
    try:
        raw = tool.run(**dict(arguments))
    except Exception as error:
        return f"Error executing tool: {error}"
    return format_native_tool_output_for_agent(tool, raw)


def _runner(tool: BaseTool) -> Any:
    def run(arguments: Mapping[str, Any]) -> str:
        return run_tool(tool, arguments)

    return run
