"""Tool names in both directions: CrewAI's function names and the tools' own names.

CrewAI offers each tool to the model under ``sanitize_tool_name(tool.name)`` ("Lookup
User" becomes ``lookup_user``, a clash gets ``_2``). The policy and the core speak the
tools' own names (the scenario's), so every name crossing the model boundary goes through
this map. It holds plain strings, so it needs no crewai import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ToolNames:
    """CrewAI function name <-> the tool's own name; unknown names pass through."""

    by_function: Mapping[str, str] = field(default_factory=dict)

    def own(self, function_name: str) -> str:
        """The tool's own name for a function name CrewAI used."""
        return self.by_function.get(function_name, function_name)

    def function(self, own_name: str) -> str:
        """The function name CrewAI offers a tool under (CrewAI sanitizes unknown ones)."""
        for function_name, name in self.by_function.items():
            if name == own_name:
                return function_name
        return own_name
