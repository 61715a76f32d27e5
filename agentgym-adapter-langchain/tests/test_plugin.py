"""The entry point registers the adapter, and loading it imports no LangChain."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from typing import Any

import pluggy

from agentgym import hookspecs
from agentgym_adapter_langchain import LangChainAdapter, plugin


def test_the_entry_point_names_the_plugin_module() -> None:
    (entry_point,) = [
        e for e in entry_points(group="agentgym.plugins") if e.name == "adapter-langchain"
    ]
    assert entry_point.value == "agentgym_adapter_langchain.plugin"
    assert entry_point.dist is not None and entry_point.dist.name == "agentgym-adapter-langchain"


def test_register_adapters_registers_the_langchain_adapter_through_pluggy() -> None:
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    manager.register(plugin, name="adapter-langchain")
    registered: list[type[Any]] = []
    manager.hook.register_adapters(register=registered.append)
    assert registered == [LangChainAdapter]
    assert LangChainAdapter.name == "langchain"


def test_loading_the_plugin_imports_no_framework() -> None:
    code = (
        "import sys, agentgym_adapter_langchain.plugin, agentgym_adapter_langchain.adapter\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'langchain', 'langchain_core', 'langgraph', 'pydantic', 'numpy'})\n"
        "print(','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_a_missing_framework_names_the_package_to_install() -> None:
    code = (
        "import sys\n"
        "sys.modules['langchain'] = None\n"
        "from agentgym.adapters import FrameworkMissing\n"
        "from agentgym_adapter_langchain import LangChainAdapter\n"
        "try:\n"
        "    LangChainAdapter().extract_tools([])\n"
        "except FrameworkMissing as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install langchain" in done.stdout
