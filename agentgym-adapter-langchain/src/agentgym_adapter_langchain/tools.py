"""LangChain tools seen by the core: find them, describe them, run them.

Schemas come from LangChain's own OpenAI conversion, and a tool runs through
``tool.invoke`` with a tool call, exactly as the agent's ``ToolNode`` runs it, so the text
``ExtractedTool.run`` returns is the text the policy would see inside the agent loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from langchain_core.messages import ToolMessage
from langchain_core.runnables import RunnableBinding
from langchain_core.tools import BaseTool
from langchain_core.tools import tool as as_tool
from langchain_core.utils.function_calling import convert_to_openai_tool
from langgraph.prebuilt import ToolNode
from langgraph.pregel import Pregel

from agentgym.adapters import ExtractedTool
from agentgym.scenario import ToolSpec
from agentgym_adapter_langchain.errors import error_text


def native_tools(agent_or_tools: Any) -> list[BaseTool]:
    """The ``BaseTool``s of a tool list or of a built agent (its graph's ``ToolNode``)."""
    while isinstance(agent_or_tools, RunnableBinding):
        agent_or_tools = agent_or_tools.bound
    if isinstance(agent_or_tools, Pregel):
        return _graph_tools(agent_or_tools)
    if isinstance(agent_or_tools, BaseTool | ToolNode):
        agent_or_tools = [agent_or_tools]
    if not isinstance(agent_or_tools, Iterable):
        raise TypeError(
            "extract_tools expects LangChain tools or an agent from create_agent; "
            f"got {type(agent_or_tools).__name__}"
        )
    tools: list[BaseTool] = []
    for item in agent_or_tools:
        if isinstance(item, ToolNode):
            tools.extend(item.tools_by_name.values())
        elif isinstance(item, BaseTool):
            tools.append(item)
        elif callable(item):
            tools.append(as_tool(item))
        else:
            raise TypeError(f"not a LangChain tool (provider tools cannot run locally): {item!r}")
    return tools


def _graph_tools(graph: Pregel) -> list[BaseTool]:
    tool_nodes = [node.bound for node in graph.nodes.values() if isinstance(node.bound, ToolNode)]
    if not tool_nodes:
        raise ValueError(f"the agent {graph.name!r} has no tool node, so no tools to extract")
    return [tool for tool_node in tool_nodes for tool in tool_node.tools_by_name.values()]


def tool_spec(tool: BaseTool) -> ToolSpec:
    """The core's view of a tool, via LangChain's OpenAI tool conversion."""
    function = convert_to_openai_tool(tool)["function"]
    return ToolSpec(
        name=function["name"],
        description=function.get("description", ""),
        parameters=function.get("parameters", {"type": "object", "properties": {}}),
    )


def tool_runner(tool: BaseTool) -> Callable[[Mapping[str, Any]], str]:
    """Run ``tool`` as the agent loop would; an exception comes back as error text."""

    def run(arguments: Mapping[str, Any]) -> str:
        call = {
            "name": tool.name,
            "args": dict(arguments),
            "id": "agentgym_extracted",
            "type": "tool_call",
        }
        try:
            output = tool.invoke(call)
        except Exception as error:  # the agent loop turns these into error ToolMessages too
            return error_text(error)
        return str(output.text) if isinstance(output, ToolMessage) else str(output)

    return run


def extract(agent_or_tools: Any) -> list[ExtractedTool]:
    return [
        ExtractedTool(tool_spec(tool), tool_runner(tool)) for tool in native_tools(agent_or_tools)
    ]
