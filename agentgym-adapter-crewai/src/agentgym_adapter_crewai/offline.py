"""Keep CrewAI offline and quiet unless the user has decided otherwise.

With its defaults CrewAI exports telemetry (an OpenTelemetry exporter to
telemetry.crewai.com) and may start trace collection, which makes network calls that
stall every run when there is no network and, on a first run in a terminal, asks an
interactive question. The defaults below are set with ``os.environ.setdefault`` so an
explicit choice in the environment always wins, and before crewai is first imported,
because crewai reads some of them at import time.
"""

from __future__ import annotations

import os
from types import ModuleType

from agentgym.adapters import require

OFFLINE_DEFAULTS: dict[str, str] = {
    "CREWAI_DISABLE_TELEMETRY": "true",
    "OTEL_SDK_DISABLED": "true",
    "CREWAI_TRACING_ENABLED": "false",
    "CREWAI_DISABLE_VERSION_CHECK": "true",
}


def apply_offline_defaults() -> None:
    """Set the offline defaults for every variable the user has not set."""
    for name, value in OFFLINE_DEFAULTS.items():
        os.environ.setdefault(name, value)


def import_crewai(module: str = "crewai") -> ModuleType:
    """Import a crewai module with the offline defaults applied, or say what to install."""
    apply_offline_defaults()
    imported: ModuleType = require(module, "crewai", "crewai")
    return imported


def tracing_requested() -> bool:
    """Whether the user turned CrewAI tracing on through the environment."""
    return os.environ.get("CREWAI_TRACING_ENABLED", "").strip().lower() in ("true", "1")
