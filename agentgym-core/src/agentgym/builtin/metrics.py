"""Built-in metrics: the standard set every evaluation reports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from agentgym.hookspecs import hookimpl

if TYPE_CHECKING:
    from agentgym.scenario import Scenario, Trajectory


@hookimpl
def compute_metrics(scenario: Scenario, trajectories: Sequence[Trajectory]) -> dict[str, Any]:
    from agentgym.metrics import standard_metrics

    state_changing = {spec.name for spec in scenario.tools() if getattr(spec, "changes_state", True)}
    return standard_metrics(trajectories, scenario.baselines, state_changing)
