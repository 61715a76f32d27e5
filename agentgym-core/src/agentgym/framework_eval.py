"""Evaluating a trained run inside a framework's own agent loop, on the executor's workers.

Building a framework's agent (a LangGraph graph, an AutoGen ``AssistantAgent``, a CrewAI
``Agent``) costs more than running one episode through it, so each worker builds it once
(``FrameworkAdapter.episode_runner``) and runs its share of the episodes through it
(``Executor.map_episodes``).
"""

from __future__ import annotations

from dataclasses import dataclass

from agentgym.executors.base import EpisodeRunner


@dataclass(frozen=True)
class FrameworkJob:
    """A trained run inside one framework, as plain data a worker process rebuilds."""

    framework: str
    run_dir: str
    abstain_threshold: float | None = None

    def build(self) -> EpisodeRunner:
        from pathlib import Path

        from agentgym import hooks
        from agentgym.trained import TrainedPolicy

        trained = TrainedPolicy.load(Path(self.run_dir), abstain_threshold=self.abstain_threshold)
        run = hooks.adapter(self.framework).episode_runner(trained, trained.scenario)
        return lambda spec: run(spec.task, spec.episode_seed)

