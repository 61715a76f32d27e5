"""AutoGen tools as core ``ExtractedTool``s, run through AutoGen's own tool-call path.

Everything goes through a ``Workbench``, the object ``AssistantAgent`` itself calls tools
through: its schemas are what the model is shown, and ``call_tool`` is the agent's execution
path (``run_json`` with a ``CancellationToken``, pydantic argument validation, exceptions
turned into ``is_error`` results).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from autogen_agentchat.agents import AssistantAgent
from autogen_core import CancellationToken
from autogen_core.tools import BaseTool, FunctionTool, StaticWorkbench, ToolSchema, Workbench

from agentgym.adapters import ExtractedTool
from agentgym.scenario import ToolSpec
from agentgym_adapter_autogen._loop import run_sync
from agentgym_adapter_autogen.transcript import tool_result_text


def as_tool(tool: Any) -> BaseTool[Any, Any]:
    """A tool as ``AssistantAgent`` holds it: functions become ``FunctionTool``s (doc as text)."""
    if isinstance(tool, BaseTool):
        return tool
    if callable(tool):
        return FunctionTool(tool, description=tool.__doc__ or "")
    raise TypeError(f"not an AutoGen tool or function: {tool!r}")


def workbenches(agent_or_tools: Any) -> list[Workbench]:
    """The workbenches behind an ``AssistantAgent``, a ``Workbench`` or a list of tools."""
    if isinstance(agent_or_tools, AssistantAgent):
        # AssistantAgent has no public accessor; its tools live in ``_workbench`` (0.7 series).
        return list(agent_or_tools._workbench)
    if isinstance(agent_or_tools, Workbench):
        return [agent_or_tools]
    if isinstance(agent_or_tools, Sequence) and not isinstance(agent_or_tools, str | bytes):
        benches = [item for item in agent_or_tools if isinstance(item, Workbench)]
        tools = [as_tool(item) for item in agent_or_tools if not isinstance(item, Workbench)]
        return ([StaticWorkbench(tools)] if tools else []) + benches
    return [StaticWorkbench([as_tool(agent_or_tools)])]


def offered_by(tools: Sequence[Any]) -> dict[str, frozenset[str]]:
    """Names and argument names of a tool list as ``AssistantAgent`` will offer them
    (a ``Workbench``'s tools are listed only when the agent runs, and checked then)."""
    from agentgym.handoff import argument_names

    found: dict[str, frozenset[str]] = {}
    for item in tools:
        if isinstance(item, Workbench):
            continue
        schema = as_tool(item).schema
        found[schema["name"]] = argument_names(schema.get("parameters"))
    return found


def spec_from_schema(schema: ToolSchema) -> ToolSpec:
    """AutoGen's tool schema as a core ``ToolSpec`` (same name, description, JSON Schema)."""
    parameters = dict(schema.get("parameters") or {"type": "object", "properties": {}})
    return ToolSpec(schema["name"], schema.get("description") or schema["name"], parameters)


async def extract(agent_or_tools: Any) -> list[ExtractedTool]:
    """Every tool on offer, each bound to the workbench that runs it."""
    extracted: list[ExtractedTool] = []
    for bench in workbenches(agent_or_tools):
        for schema in await bench.list_tools():
            extracted.append(
                ExtractedTool(spec_from_schema(schema), _runner(bench, schema["name"]))
            )
    return extracted


def _runner(bench: Workbench, name: str) -> Any:
    def run(arguments: Mapping[str, Any]) -> str:
        return run_sync(call_tool(bench, name, arguments))

    return run


async def call_tool(bench: Workbench, name: str, arguments: Mapping[str, Any]) -> str:
    """One call through the workbench; the text the policy would see in the agent loop."""
    result = await bench.call_tool(name, dict(arguments), CancellationToken())
    return tool_result_text(result.to_text(), result.is_error)
