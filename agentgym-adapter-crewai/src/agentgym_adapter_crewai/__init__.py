"""Run an AgentGym-trained tool-use policy inside CrewAI's own agent loop.

Importing this package is cheap: crewai (slow to import) is loaded only when the adapter
is used, after the offline defaults in ``offline.py`` are in place.
"""

from __future__ import annotations

from agentgym_adapter_crewai.adapter import CrewAIAdapter

__version__ = "0.1.0"
__all__ = ["CrewAIAdapter", "__version__"]
