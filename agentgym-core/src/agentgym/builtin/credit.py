"""Built-in credit assignment: the scenario's default, or broadcast / discounted / shaped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agentgym.hookspecs import hookimpl

if TYPE_CHECKING:
    from agentgym.scenario import Scenario, Trajectory


@hookimpl(trylast=True)
def broadcast_rewards(
    scenario: Scenario, trajectory: Trajectory, strategy: str | None, discount: float
) -> list[float] | None:
    from agentgym.credit import STRATEGIES, assign_credit

    if strategy is None:
        return scenario.broadcast_rewards(trajectory, discount)
    if strategy in STRATEGIES:
        return assign_credit(strategy, trajectory, discount)
    return None
