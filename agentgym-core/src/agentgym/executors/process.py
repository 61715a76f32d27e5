"""``process``: episodes split across a multiprocessing pool on this machine."""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Sequence
from typing import Any

import numpy as np

from agentgym.executors.base import Executor, RolloutContext, chunks, run_with_params
from agentgym.rollout import EpisodeRecord, EpisodeSpec

_worker_state: Any = None


def _init_worker(context: RolloutContext) -> None:
    global _worker_state
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the trainer's to handle
    _worker_state = context.build()


def _run_chunk(job: tuple[dict[str, np.ndarray], list[EpisodeSpec], bool]) -> list[EpisodeRecord]:
    params, specs, greedy = job
    return run_with_params(_worker_state, params, specs, greedy)


class ProcessExecutor(Executor):
    name = "process"

    def start(self, context: RolloutContext) -> None:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.pool = multiprocessing.get_context(method).Pool(
            self.workers, initializer=_init_worker, initargs=(context,)
        )

    def collect(self, params: dict[str, np.ndarray], specs: Sequence[EpisodeSpec], greedy: bool) -> list[EpisodeRecord]:
        jobs = [(params, chunk, greedy) for chunk in chunks(specs, self.workers)]
        return [record for part in self.pool.map(_run_chunk, jobs) for record in part]

    def close(self) -> None:
        pool = getattr(self, "pool", None)
        if pool is not None:
            pool.terminate()
            pool.join()
            self.pool = None
