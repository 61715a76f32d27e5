"""AgentGym adapter for AutoGen: a trained policy as an AutoGen model client.

Importing this package is cheap: AutoGen is imported only when the adapter is used, so
``agentgym plugins list`` never pays for it. The public names below load on first access.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["AutoGenAdapter", "PolicyChatCompletionClient", "SpecTool", "__version__"]

_LAZY = {
    "AutoGenAdapter": "agentgym_adapter_autogen.adapter",
    "PolicyChatCompletionClient": "agentgym_adapter_autogen.model_client",
    "SpecTool": "agentgym_adapter_autogen.spec_tool",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
