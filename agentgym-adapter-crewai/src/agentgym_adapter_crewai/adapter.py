"""The ``crewai`` adapter: a trained policy run by CrewAI's own agent loop.

Import-cheap on purpose (the plugin system imports it to list adapters): every method
imports its crewai-backed module on first use, after the offline defaults are set.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from agentgym.adapters import DecisionPolicy, ExtractedTool, FrameworkAdapter

if TYPE_CHECKING:
    from agentgym.scenario import Episode, Scenario


class CrewAIAdapter(FrameworkAdapter):
    """Policy as a CrewAI ``BaseLLM`` inside an ``Agent``; one ``Crew`` per ticket."""

    name: ClassVar[str] = "crewai"
    framework: ClassVar[str] = "CrewAI"
    description: ClassVar[str] = (
        "Runs the policy as a CrewAI Agent's LLM (native function calling) in a Crew."
    )

    def extract_tools(self, agent_or_tools: Any) -> list[ExtractedTool]:
        """Specs of CrewAI tools (a list, one tool, or an ``Agent``), under their own names."""
        from agentgym_adapter_crewai.tools import extract_tools

        return extract_tools(agent_or_tools)

    def wrap_agent(
        self, policy: DecisionPolicy, tools: Sequence[Any], *, max_steps: int, **options: Any
    ) -> Any:
        """A CrewAI ``Agent`` whose LLM is ``policy``; ``options`` go to ``Agent``."""
        from agentgym_adapter_crewai.crew import policy_agent

        return policy_agent(policy, tools, max_steps=max_steps, **options)

    def create_environment(self, scenario: Scenario, episode: Episode) -> list[Any]:
        """The scenario's tools as CrewAI tools that call ``episode``."""
        from agentgym_adapter_crewai.environment import create_environment

        return list(create_environment(scenario, episode))

    def run_agent(self, agent: Any, ticket: str) -> str:
        """Kick off a one-task ``Crew`` for ``ticket`` and return its final answer."""
        from agentgym_adapter_crewai.crew import kickoff, ticket_crew

        return kickoff(ticket_crew(agent, ticket))

    def crew_for(self, agent: Any, ticket: str, **options: Any) -> Any:
        """The one-task ``Crew`` ``run_agent`` kicks off, to customise or run yourself."""
        from agentgym_adapter_crewai.crew import ticket_crew

        return ticket_crew(agent, ticket, **options)
