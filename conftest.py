"""Set-up for every test under the repository (core, scenario and adapter packages alike).

pytest runs from the repository root over all test folders (see ``pyproject.toml``), so
this file applies to all of them. It skips nothing. It:

- turns off the telemetry and tracing of the frameworks and Ray (``os.environ.setdefault``
  at import, before any test module imports a framework; subprocesses inherit it);
- loads AgentGym's opt-in pytest plugin (fixtures ``agentgym_plugins``,
  ``register_plugin``, ``no_network``);
- fails any test that opens a socket to a non-loopback address (``no_network``, autouse).
"""

from __future__ import annotations

import os

OFFLINE_ENVIRONMENT = {
    "CREWAI_DISABLE_TELEMETRY": "true",
    "CREWAI_DISABLE_VERSION_CHECK": "true",
    "OTEL_SDK_DISABLED": "true",
    "CREWAI_TRACING_ENABLED": "false",
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
    "RAY_USAGE_STATS_ENABLED": "0",
}
for _name, _value in OFFLINE_ENVIRONMENT.items():
    os.environ.setdefault(_name, _value)

import pytest  # noqa: E402

pytest_plugins = ["agentgym.testing"]


@pytest.fixture(autouse=True)
def _offline(no_network: list[str]) -> None:
    """Every test runs with the network guard (``agentgym.testing.no_network``)."""
