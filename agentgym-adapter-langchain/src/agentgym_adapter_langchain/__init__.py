"""Run an AgentGym-trained tool-use policy inside LangChain's own agent loop.

Importing this package does not import LangChain; ``ChatAgentGymPolicy`` (which does) is
loaded on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agentgym_adapter_langchain.adapter import LangChainAdapter

if TYPE_CHECKING:
    from agentgym_adapter_langchain.chat_model import ChatAgentGymPolicy

__version__ = "0.1.0"
__all__ = ["ChatAgentGymPolicy", "LangChainAdapter", "__version__"]


def __getattr__(name: str) -> Any:
    if name == "ChatAgentGymPolicy":
        from agentgym_adapter_langchain.adapter import load_framework

        load_framework()
        from agentgym_adapter_langchain.chat_model import ChatAgentGymPolicy

        return ChatAgentGymPolicy
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
