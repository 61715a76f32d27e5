"""``local``: episodes run in this process, a whole batch in lockstep."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from agentgym.executors.base import Executor, RolloutContext, run_with_params
from agentgym.memo import GreedyMemo
from agentgym.rollout import EpisodeRecord, EpisodeSpec


class LocalExecutor(Executor):
    name = "local"
    memo: GreedyMemo | None = None  # a started executor keeps one (validation repeats its specs)

    def start(self, context: RolloutContext) -> None:
        self.built = context.build()
        self.memo = GreedyMemo()

    def collect(self, params: dict[str, np.ndarray], specs: Sequence[EpisodeSpec], greedy: bool) -> list[EpisodeRecord]:
        return run_with_params(self.built, params, specs, greedy, self.memo)
