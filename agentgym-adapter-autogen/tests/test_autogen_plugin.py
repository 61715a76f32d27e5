"""Registration through the entry point, and that nothing imports AutoGen before it is used."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points

import pytest

from agentgym.adapters import FrameworkMissing
from agentgym_adapter_autogen.adapter import AutoGenAdapter


def test_entry_point_names_the_plugin_module() -> None:
    (entry,) = [e for e in entry_points(group="agentgym.plugins") if e.name == "adapter-autogen"]
    assert entry.value == "agentgym_adapter_autogen.plugin"


def test_plugin_registers_the_adapter() -> None:
    from agentgym_adapter_autogen import plugin

    registered: list[type] = []
    plugin.register_adapters(registered.append)
    assert registered == [AutoGenAdapter] and AutoGenAdapter.name == "autogen"


def test_loading_the_plugin_through_the_core_imports_no_autogen() -> None:
    """The real path (entry point -> plugin manager -> registry), in a clean interpreter."""
    code = (
        "import sys\n"
        "from importlib.metadata import entry_points\n"
        "from agentgym.plugins import PluginManager\n"
        "manager = PluginManager()\n"
        "eps = entry_points(group='agentgym.plugins')\n"
        "(ep,) = [e for e in eps if e.name == 'adapter-autogen']\n"
        "manager.load_entry_point(ep)\n"
        "entry = manager.registry.get('adapters', 'autogen')\n"
        "print(entry.plugin, entry.target.__name__,"
        " sorted(m for m in sys.modules if m.startswith('autogen')))"
    )
    env = {**os.environ, "AGENTGYM_STRICT_PLUGINS": "1"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["adapter-autogen", "AutoGenAdapter", "[]"]


def test_missing_framework_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "autogen_agentchat", None)
    with pytest.raises(FrameworkMissing, match="pip install autogen-agentchat"):
        AutoGenAdapter().wrap_agent(object(), [], max_steps=1)  # type: ignore[arg-type]
