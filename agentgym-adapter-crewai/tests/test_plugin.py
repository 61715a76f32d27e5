"""Registration through the entry point, import cost, and the offline defaults."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points
from typing import Any

import pluggy
import pytest

from agentgym import hookspecs
from agentgym_adapter_crewai import offline, plugin
from agentgym_adapter_crewai.adapter import CrewAIAdapter


def test_entry_point_registers_the_crewai_adapter() -> None:
    (entry,) = [e for e in entry_points(group="agentgym.plugins") if e.name == "adapter-crewai"]
    assert entry.load() is plugin
    manager = pluggy.PluginManager("agentgym")
    manager.add_hookspecs(hookspecs)
    manager.register(plugin)
    manager.check_pending()
    registered: list[Any] = []
    manager.hook.register_adapters(register=registered.append)
    assert registered == [CrewAIAdapter]
    assert CrewAIAdapter.name == "crewai"


def test_plugin_and_adapter_modules_do_not_import_crewai() -> None:
    code = (
        "import sys, agentgym_adapter_crewai.plugin, agentgym_adapter_crewai.adapter;"
        "assert 'crewai' not in sys.modules, 'crewai imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_offline_defaults_never_override_the_users_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in offline.OFFLINE_DEFAULTS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CREWAI_TRACING_ENABLED", "true")
    offline.apply_offline_defaults()
    assert os.environ["CREWAI_TRACING_ENABLED"] == "true"
    assert os.environ["CREWAI_DISABLE_TELEMETRY"] == "true"
    assert os.environ["OTEL_SDK_DISABLED"] == "true"
    assert offline.tracing_requested()
