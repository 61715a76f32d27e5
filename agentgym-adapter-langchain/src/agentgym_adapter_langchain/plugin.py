"""The ``agentgym.plugins`` entry point: registers the ``langchain`` adapter.

Import-cheap on purpose: ``agentgym plugins list`` loads this module without LangChain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agentgym.hookspecs import hookimpl


@hookimpl
def register_adapters(register: Callable[[type[Any]], None]) -> None:
    from agentgym_adapter_langchain.adapter import LangChainAdapter

    register(LangChainAdapter)
