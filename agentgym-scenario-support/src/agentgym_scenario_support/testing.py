"""Helpers for tests that run customer_support through an agent framework.

The adapter packages' end-to-end tests share them: pick a test task a trained policy
solves natively, predict the backend snapshot the expert's work leaves, and list a
trajectory's calls for comparison with a framework run.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from agentgym.scenario import Scenario, Task, Trajectory


def solved_natively(policy: Any, kind: str, outcome: str, seed: int) -> tuple[Task, Trajectory]:
    """The first test task of this kind and outcome that the policy solves natively."""
    scenario: Scenario = policy.scenario
    for task in scenario.tasks("test"):
        if (task.kind, task.outcome) == (kind, outcome):
            native = scenario.run(policy, task, seed)
            if native.success:
                return task, native
    pytest.skip(f"the budget-limited policy solves no {kind}/{outcome} test task natively")


def expected_snapshot(task: Task, before: dict[str, Any]) -> dict[str, Any]:
    """The backend snapshot after the expert's work on ``task``, from the one before it."""
    facts = task.params
    after = {key: list(value) for key, value in before.items()}

    def ticket(status: str) -> None:
        after["tickets"] = sorted(
            (tid, status if tid == facts["ticket_id"] else old, notes)
            for tid, old, notes in before["tickets"]
        )

    def counted(key: str, name: str) -> None:
        after[key] = sorted((Counter(dict(before[key])) + Counter({name: 1})).items())

    if (task.kind, task.outcome) == ("refund_request", "within_window"):
        after["payments"] = sorted(
            (pid, "refunded" if pid == facts["payment_id"] else status)
            for pid, status in before["payments"]
        )
        counted("emails", facts["email"])
        ticket("closed")
    elif (task.kind, task.outcome) == ("password_reset", "locked"):
        counted("escalations", facts["ticket_id"])
        ticket("escalated")
    else:  # pragma: no cover - CASES lists the pairs above
        raise AssertionError(f"no expectation for {task.kind}/{task.outcome}")
    return after


def calls(trajectory: Trajectory) -> list[tuple[str, dict[str, Any], str]]:
    return [(step.tool, dict(step.arguments), step.result) for step in trajectory.steps]
