"""Built-in metrics: the standard set every evaluation reports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agentgym.hookspecs import hookimpl
from agentgym.metrics import standard_metrics
from agentgym.scenario import Scenario, Trajectory


@hookimpl
def compute_metrics(scenario: Scenario, trajectories: Sequence[Trajectory]) -> dict[str, Any]:
    return standard_metrics(trajectories, scenario.baselines)
