"""The ``agentgym.plugins`` entry point: registers the ``autogen`` adapter (imports no AutoGen)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agentgym.hookspecs import hookimpl


@hookimpl
def register_adapters(register: Callable[[type[Any]], Any]) -> None:
    from agentgym_adapter_autogen.adapter import AutoGenAdapter

    register(AutoGenAdapter)
