"""The framework adapter contract: how a trained policy goes back into LangChain & co.

An adapter package subclasses ``FrameworkAdapter`` and registers the class through the
``register_adapters`` hook. Adapters import their framework lazily (inside methods), so
``agentgym plugins list`` never pays for it; ``require`` turns a missing framework into a
one-line message naming the package to install.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

if TYPE_CHECKING:
    from agentgym.scenario import Action, Episode, Observation, Scenario, Task, ToolSpec, Trajectory


class DecisionPolicy(Protocol):
    """Anything that decides the next action from an observation (trained, gold, random)."""

    def decide(self, observation: Observation) -> Action: ...


class FrameworkMissing(RuntimeError):
    """The adapter's framework is not installed; the message says what to install."""


@dataclass(frozen=True)
class ExtractedTool:
    """A framework tool seen by the core: its spec and a callable that runs it natively.

    ``run(arguments)`` returns the tool's text; a tool that raises comes back as error text
    (starting with ``ERROR`` or the framework's own error prefix), never as an exception,
    matching ``Episode.call_tool``.
    """

    spec: ToolSpec
    run: Callable[[Mapping[str, Any]], str]


def require(module: str, package: str, adapter: str) -> Any:
    """Import ``module`` or raise FrameworkMissing naming the pip package to install."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise FrameworkMissing(
            f"the '{adapter}' adapter needs {package}: pip install {package} ({error})"
        ) from None


class FrameworkAdapter(ABC):
    """Runs a trained policy inside one agent framework's own loop."""

    name: ClassVar[str]
    framework: ClassVar[str] = ""
    description: ClassVar[str] = ""

    @abstractmethod
    def extract_tools(self, agent_or_tools: Any) -> list[ExtractedTool]:
        """The framework's tools (a list of tools, or a built agent) as core tool specs."""

    @abstractmethod
    def wrap_agent(
        self, policy: DecisionPolicy, tools: Sequence[Any], *, max_steps: int, **options: Any
    ) -> Any:
        """A framework-native agent in which ``policy`` makes every decision."""

    @abstractmethod
    def create_environment(self, scenario: Scenario, episode: Episode | EpisodeSlot) -> list[Any]:
        """The scenario's tools as framework tools whose calls go to ``episode.call_tool``
        (an episode, or the ``EpisodeSlot`` of ``episode_runner`` that holds the current one)."""

    @abstractmethod
    def run_agent(self, agent: Any, ticket: str) -> str:
        """Run a wrapped agent on one ticket through the framework's loop; the final answer."""

    def episode_runner(
        self, policy: DecisionPolicy, scenario: Scenario, **options: Any
    ) -> Callable[[Task, int], Trajectory]:
        """``run(task, seed)``: episodes through one agent, built here once.

        The agent's tools call an ``EpisodeSlot``; each run puts a fresh episode in it, so
        evaluating many tasks builds the framework's agent (graph, crew, ...) only once.
        ``options`` go to ``wrap_agent``.
        """
        slot = EpisodeSlot()
        agent = self.wrap_agent(policy, self.create_environment(scenario, slot), max_steps=scenario.max_steps,
                                **options)

        def run(task: Task, seed: int) -> Trajectory:
            episode = slot.episode = scenario.new_episode(task, seed)
            try:
                episode.finish(self.run_agent(agent, task.ticket))
            finally:
                slot.episode = None
            return episode.trajectory()

        return run

    def run_episode(
        self, policy: DecisionPolicy, scenario: Scenario, task: Task, seed: int
    ) -> Trajectory:
        """Run one task through the framework's agent loop and return the graded episode."""
        return self.episode_runner(policy, scenario)(task, seed)


class EpisodeSlot:
    """Stands in for the episode framework tools act on, so one built agent serves many
    episodes: ``call_tool`` goes to the episode put in ``episode``."""

    def __init__(self) -> None:
        self.episode: Episode | None = None

    def call_tool(self, name: str, arguments: Mapping[str, Any]) -> str:
        if self.episode is None:
            raise RuntimeError(f"tool '{name}' was called outside an episode")
        return self.episode.call_tool(name, arguments)
