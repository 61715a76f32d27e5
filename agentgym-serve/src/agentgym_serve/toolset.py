"""The tools a request offers, checked against the tools the run was trained on.

This is the one place the server compares offered tools with a run's action set; every
chat completion passes here before the policy decides (``decide.complete``).

NOTE for the safe hand-off work (issue 19): when the core gets its tool-set check
(names and argument names against the run's action set, ``tool_map`` renames, strict or
warning) and abstention, call it from ``check_offered_tools`` and map its refusal to the
``APIError`` below (400, code ``tool_set_mismatch``); abstention belongs in
``decide.decide_action``, where the policy's choice is made. Until then the rule here is:
each tool the run was trained on must be offered, under its own name, with the same
argument names; tools the run does not know may be offered too (the policy never calls
them). A request with no tools at all is not checked: the policy answers without a call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

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


def argument_names(parameters: Mapping[str, Any] | None) -> frozenset[str]:
    """The argument names a JSON Schema of an object declares (none when it declares none)."""
    properties = parameters.get("properties") if _is_mapping(parameters) else None
    return frozenset(properties) if _is_mapping(properties) else frozenset()


def _is_mapping(value: Any) -> bool:
    return isinstance(value, dict) or isinstance(value, Mapping)  # dict first: the ABC check is slow


def trained_tools(scenario: Any) -> dict[str, frozenset[str]]:
    """The run's tools (in action order) with their argument names."""
    return {spec.name: argument_names(spec.parameters) for spec in scenario.tools()}


def check_offered_tools(trained: Mapping[str, frozenset[str]], offered: Mapping[str, FunctionDefinition]) -> None:
    """Refuse (400, ``tool_set_mismatch``) tools that are not the ones the run was trained on.

    :param trained: the run's tools and their argument names (``trained_tools``).
    :param offered: the request's tools by name (``offered_tools``).
    """
    if not offered:
        return
    problems: list[str] = []
    missing = [name for name in trained if name not in offered]
    if missing:
        problems.append(f"missing {', '.join(missing)}")
    for name, arguments in trained.items():
        function = offered.get(name)
        if function is None:
            continue
        given = argument_names(function.parameters)
        if given != arguments:
            problems.append(f"{name} takes ({', '.join(sorted(arguments))}), offered with ({', '.join(sorted(given))})")
    if problems:
        raise APIError(
            "the tools offered are not the ones this model was trained on: " + "; ".join(problems),
            param="tools", code="tool_set_mismatch",
        )
