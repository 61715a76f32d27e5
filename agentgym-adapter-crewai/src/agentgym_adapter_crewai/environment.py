"""A scenario's tools as CrewAI tools whose every call goes to one episode's backend."""

from __future__ import annotations

from typing import Any

from agentgym_adapter_crewai.offline import import_crewai

import_crewai()

from crewai.tools import BaseTool  # noqa: E402
from crewai.utilities.pydantic_schema_utils import create_model_from_schema  # noqa: E402
from pydantic import BaseModel, ConfigDict, Field  # noqa: E402

from agentgym.scenario import Episode, Scenario, ToolSpec  # noqa: E402


def _never_cache(_arguments: Any = None, _result: Any = None) -> bool:
    """Episode tools have side effects on the backend, so no result may be replayed."""
    return False


class EpisodeTool(BaseTool):
    """One scenario tool; ``_run`` forwards the call to ``episode.call_tool``.

    The episode validates its own arguments and answers bad ones with an error result
    (graded like any other call), so arguments reach it unvalidated: a schema rejection
    inside CrewAI would hide the call from the grader.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    episode: Any = Field(exclude=True)
    cache_function: Any = _never_cache

    def _validate_kwargs(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        return kwargs

    def _run(self, **arguments: Any) -> str:
        result: str = self.episode.call_tool(self.name, arguments)
        return result


def arguments_model(spec: ToolSpec) -> type[BaseModel]:
    """The tool's argument model from its JSON Schema, built the way CrewAI builds MCP tools'."""
    schema: dict[str, Any] = {"type": "object", "properties": {}, **dict(spec.parameters)}
    return create_model_from_schema(schema, model_name=f"{_camel(spec.name)}Arguments")


def episode_tool(spec: ToolSpec, episode: Episode) -> EpisodeTool:
    """A CrewAI tool for ``spec`` bound to ``episode``."""
    return EpisodeTool(
        name=spec.name,
        description=spec.description,
        args_schema=arguments_model(spec),
        episode=episode,
    )


def create_environment(scenario: Scenario, episode: Episode) -> list[EpisodeTool]:
    """Every tool of ``scenario`` as a CrewAI tool on ``episode``'s backend."""
    return [episode_tool(spec, episode) for spec in scenario.tools()]


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.replace("-", "_").split("_")) or "Tool"
