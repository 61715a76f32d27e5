"""An AutoGen tool defined by a JSON Schema (a core ``ToolSpec``) instead of a Python signature.

``FunctionTool`` derives its schema from type hints, but scenario tools are described by JSON
Schema, so this ``BaseTool`` publishes the spec's schema verbatim and hands the arguments on
unchanged. Validation is left to the callee on purpose: a scenario's episode answers bad
arguments with an ``ERROR`` result and counts the step, exactly as in a native run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from autogen_core import CancellationToken
from autogen_core.tools import BaseTool, ParametersSchema, ToolSchema
from pydantic import BaseModel, ConfigDict

from agentgym.scenario import ToolSpec


class AnyArguments(BaseModel):
    """Accepts any JSON object; the tool's schema (not this model) tells the model what to send."""

    model_config = ConfigDict(extra="allow")


class SpecTool(BaseTool[AnyArguments, BaseModel]):
    """``spec`` offered to AutoGen; a call runs ``call(arguments) -> text``."""

    def __init__(self, spec: ToolSpec, call: Callable[[Mapping[str, Any]], str]) -> None:
        super().__init__(AnyArguments, str, spec.name, spec.description)  # type: ignore[arg-type]
        self.spec = spec
        self._call = call

    @property
    def schema(self) -> ToolSchema:
        parameters = dict(self.spec.parameters) or {"type": "object", "properties": {}}
        parameters.setdefault("type", "object")
        parameters.setdefault("properties", {})
        return ToolSchema(
            name=self.name,
            description=self.description,
            parameters=ParametersSchema(**parameters),  # type: ignore[typeddict-item]
            strict=False,
        )

    async def run(self, args: AnyArguments, cancellation_token: CancellationToken) -> str:  # type: ignore[override]
        # Called inline (not in a thread) so parallel calls hit the backend in a fixed order.
        return self._call(args.model_dump())
