"""AgentGym's own plugins, registered through the same path as any third-party plugin."""

from __future__ import annotations

from importlib import import_module
from typing import Any


def lazy(target: str) -> Any:
    """A factory for ``module:Class`` that imports the module only when first called, so
    loading the built-in plugins imports no numpy (``agentgym --version`` stays fast)."""
    module_name, _, class_name = target.partition(":")

    def build(**kwargs: Any) -> Any:
        return getattr(import_module(module_name), class_name)(**kwargs)

    build.__qualname__ = build.__name__ = f"lazy({target})"
    return build
