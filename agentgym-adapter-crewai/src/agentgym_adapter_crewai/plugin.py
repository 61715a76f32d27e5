"""AgentGym plugin: registers the ``crewai`` adapter (crewai itself is imported lazily)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agentgym.hookspecs import hookimpl


@hookimpl
def register_adapters(register: Callable[[type[Any]], Any]) -> None:
    from agentgym_adapter_crewai.adapter import CrewAIAdapter

    register(CrewAIAdapter)
