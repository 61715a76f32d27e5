"""The ``autogen`` adapter: a trained policy driving AutoGen's ``AssistantAgent``.

Import-cheap on purpose (``agentgym plugins list`` loads it): AutoGen and this package's
AutoGen-facing modules are imported inside the methods, after ``require`` has checked that
the framework is installed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from agentgym.adapters import DecisionPolicy, ExtractedTool, FrameworkAdapter, require

if TYPE_CHECKING:
    from agentgym.scenario import Episode, Scenario


def _require_autogen() -> None:
    require("autogen_core", "autogen-core", AutoGenAdapter.name)
    require("autogen_agentchat", "autogen-agentchat", AutoGenAdapter.name)


class AutoGenAdapter(FrameworkAdapter):
    """Policy as an AutoGen model client inside an ``AssistantAgent`` (0.7 series)."""

    name = "autogen"
    framework = "AutoGen (autogen-agentchat 0.7)"
    description = "Runs the policy as the model client of an AutoGen AssistantAgent."

    def extract_tools(self, agent_or_tools: Any) -> list[ExtractedTool]:
        """Tools from a list (functions, ``FunctionTool``s, any ``BaseTool``), a ``Workbench``
        or a built ``AssistantAgent``; each runs through AutoGen's workbench."""
        _require_autogen()
        from agentgym_adapter_autogen._loop import run_sync
        from agentgym_adapter_autogen.tools import extract

        return run_sync(extract(agent_or_tools))

    def wrap_agent(
        self, policy: DecisionPolicy, tools: Sequence[Any], *, max_steps: int, **options: Any
    ) -> Any:
        """An ``AssistantAgent`` whose model client is ``policy``, its tools checked first.

        ``max_tool_iterations=max_steps`` lets one run take a whole multi-step episode (the
        default of 1 stops after one tool round); ``reflect_on_tool_use=False`` because the
        policy's own final answer is the reply. ``tool_map``, ``strict`` and
        ``abstain_threshold`` configure the hand-off (``agentgym.handoff``); the other
        ``options`` go to ``AssistantAgent`` (name, system_message, handoffs, ...) and may
        override these defaults. ``output_content_type`` is refused: the policy answers in
        plain text.
        """
        _require_autogen()
        from autogen_agentchat.agents import AssistantAgent

        from agentgym.handoff import STRUCTURED_OUTPUT, StructuredOutputUnsupported
        from agentgym_adapter_autogen.model_client import PolicyChatCompletionClient
        from agentgym_adapter_autogen.tools import offered_by

        if options.get("output_content_type") is not None:
            raise StructuredOutputUnsupported(STRUCTURED_OUTPUT.format(option="output_content_type"))
        handoff = {name: options.pop(name) for name in ("tool_map", "strict", "abstain_threshold") if name in options}
        client = PolicyChatCompletionClient(policy, **handoff)
        client.handoff.check(offered_by(tools))  # the tool-set check, before the agent is built

        settings: dict[str, Any] = {
            "name": "agentgym_policy",
            "description": "A tool-using agent driven by an AgentGym-trained policy.",
            "reflect_on_tool_use": False,
            "max_tool_iterations": max(1, max_steps),
        }
        settings.update(options)
        return AssistantAgent(model_client=client, tools=list(tools), **settings)

    def create_environment(self, scenario: Scenario, episode: Episode) -> list[Any]:
        """The scenario's tools as AutoGen tools that call ``episode.call_tool``."""
        _require_autogen()
        from agentgym_adapter_autogen.spec_tool import SpecTool

        return [
            SpecTool(spec, lambda arguments, name=spec.name: episode.call_tool(name, arguments))
            for spec in scenario.tools()
        ]

    def run_agent(self, agent: Any, ticket: str) -> str:
        """Reset ``agent`` (an agent or a team), run ``ticket`` as its task, return the answer."""
        _require_autogen()
        from agentgym_adapter_autogen._loop import run_sync
        from agentgym_adapter_autogen.runner import answer_ticket

        return run_sync(answer_ticket(agent, ticket))
