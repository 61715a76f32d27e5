"""Fixtures for the customer_support tests; helpers live in ``support_testlib``.

The repository root's conftest (network guard, ``agentgym.testing``) applies here too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from agentgym.scenario import Task

sys.path.insert(0, str(Path(__file__).parent))

from support_testlib import PAIRS, task_for  # noqa: E402

from agentgym_scenario_support.scenario import CustomerSupportScenario  # noqa: E402


@pytest.fixture(scope="session")
def scenario() -> CustomerSupportScenario:
    """The scenario with its documented defaults (5% transient failures)."""
    return CustomerSupportScenario()


@pytest.fixture(scope="session")
def calm() -> CustomerSupportScenario:
    """The scenario without transient failures, for exact tool sequences."""
    return CustomerSupportScenario(failure_rate=0.0)


@pytest.fixture(scope="session")
def pair_tasks(calm: CustomerSupportScenario) -> dict[tuple[str, str], Task]:
    """One test-split task for every (kind, outcome)."""
    return {pair: task_for(calm, *pair) for pair in PAIRS}
