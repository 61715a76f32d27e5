"""``LangChainAdapter``: the ``langchain`` framework adapter.

Import-cheap: LangChain is imported inside the methods, after ``load_framework`` has
checked it is installed (a missing package is a one-line "pip install" message).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from agentgym.adapters import (
    DecisionPolicy,
    ExtractedTool,
    FrameworkAdapter,
    require,
)

if TYPE_CHECKING:
    from agentgym.scenario import Episode, Scenario


def load_framework() -> None:
    """Import LangChain, or raise ``FrameworkMissing`` naming the package to install.

    ``langchain`` depends on ``langchain-core`` and ``langgraph``, so one import checks all
    three and ``pip install langchain`` fixes any of them (the message keeps the cause).
    """
    require("langchain.agents", "langchain", LangChainAdapter.name)


class LangChainAdapter(FrameworkAdapter):
    """Runs a policy as the chat model of a LangChain ``create_agent`` agent."""

    name = "langchain"
    framework = "LangChain"
    description = "LangChain create_agent (LangGraph) with the policy as its chat model."

    def extract_tools(self, agent_or_tools: Any) -> list[ExtractedTool]:
        """Tools from a list (``BaseTool``, ``@tool``, plain functions) or a built agent."""
        load_framework()
        from agentgym_adapter_langchain.tools import extract

        return extract(agent_or_tools)

    def wrap_agent(
        self, policy: DecisionPolicy, tools: Sequence[Any], *, max_steps: int, **options: Any
    ) -> Any:
        """A ``create_agent`` agent whose model is ``policy``; ``options`` go to create_agent."""
        load_framework()
        from agentgym_adapter_langchain.agent import build_agent

        return build_agent(policy, tools, max_steps=max_steps, **options)

    def create_environment(self, scenario: Scenario, episode: Episode) -> list[Any]:
        load_framework()
        from agentgym_adapter_langchain.environment import episode_tools

        return list(episode_tools(scenario, episode))

    def run_agent(self, agent: Any, ticket: str) -> str:
        load_framework()
        from agentgym_adapter_langchain.agent import run

        return run(agent, ticket)
