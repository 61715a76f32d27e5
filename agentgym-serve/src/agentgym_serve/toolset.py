"""The tools a request offers, checked against the tools the run was trained on.

This is the one place the server compares offered tools with a run's action set; every
chat completion passes here before the policy decides (``decide.complete``). The check is
the core's (``agentgym.handoff.check_tool_set``, as in every adapter), strict: each tool the
run was trained on must be offered, under its own name, with the same argument names (400
``tool_set_mismatch`` otherwise, listing every problem); tools the run does not know may be
offered too (the policy never calls them). A request with no tools at all is not checked:
the policy answers without a call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from agentgym.handoff import ToolMap, argument_names, check_tool_set
from agentgym_serve.errors import APIError
from agentgym_serve.schemas import FunctionDefinition, ToolDefinition


def offered_tools(tools: Sequence[ToolDefinition] | None) -> dict[str, FunctionDefinition]:
    """The offered functions by name, in the request's order; a name offered twice is refused."""
    offered: dict[str, FunctionDefinition] = {}
    for i, tool in enumerate(tools or ()):
        name = tool.function.name
        if name in offered:
            raise APIError(f"tools.{i}.function.name: '{name}' is offered twice", param=f"tools.{i}.function.name",
                           code="duplicate_tool")
        offered[name] = tool.function
    return offered


def trained_tools(scenario: Any) -> dict[str, frozenset[str]]:
    """The run's tools (in action order) with their argument names."""
    return {spec.name: argument_names(spec.parameters) for spec in scenario.tools()}


def offered_arguments(offered: Mapping[str, FunctionDefinition]) -> dict[str, frozenset[str]]:
    """The offered tools' argument names, by tool name."""
    return {name: argument_names(function.parameters) for name, function in offered.items()}


def check_offered_tools(trained: Mapping[str, frozenset[str]], offered: Mapping[str, FunctionDefinition]) -> None:
    """Refuse (400, ``tool_set_mismatch``) tools that are not the ones the run was trained on.

    :param trained: the run's tools and their argument names (``trained_tools``).
    :param offered: the request's tools by name (``offered_tools``).
    """
    if not offered:
        return
    problems = check_tool_set(trained, offered_arguments(offered), ToolMap()).problems
    if problems:
        raise APIError(
            "the tools offered are not the ones this model was trained on: " + "; ".join(problems),
            param="tools", code="tool_set_mismatch",
        )
