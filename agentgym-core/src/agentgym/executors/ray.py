"""``ray``: episodes split across Ray actors, on this machine or on a cluster.

Ray is imported only here, inside functions, so ``import agentgym`` never pays for it.
Each actor rebuilds the scenario, featurizer and policy from the ``RolloutContext`` once;
``collect`` puts the weights in the object store once and gives each actor a contiguous
chunk of specs. Episodes carry their own seeds, so a chunk re-run after a crash gives the
same records: Ray's own fault tolerance (actor restarts plus task retries) is enough.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Sequence
from types import ModuleType
from typing import Any

import numpy as np

from agentgym.executors.base import Executor, RolloutContext, chunks, run_with_params
from agentgym.memo import GreedyMemo
from agentgym.rollout import EpisodeRecord, EpisodeSpec

MISSING_RAY = "the ray executor needs ray: pip install 'agentgym[ray]'"
OPTIONS = {"address": str, "cpus_per_worker": float, "max_restarts": int, "max_task_retries": int,
           "start_timeout": float}


class RayMissingError(RuntimeError):
    """Ray is not installed; the message says how to get it."""


def import_ray() -> ModuleType:
    """Ray, or a one-line error instead of an ImportError traceback."""
    try:
        import ray
    except ImportError:
        raise RayMissingError(MISSING_RAY) from None
    return ray


class RolloutWorker:
    """What lives inside one actor: its own scenario, featurizer and policy."""

    def __init__(self, context: RolloutContext) -> None:
        self.built = context.build()
        self.memo = GreedyMemo()

    def ready(self) -> int:
        """The actor's pid, once built; lets start() wait for (and fail on) construction."""
        return os.getpid()

    def run(
        self, params: dict[str, np.ndarray], specs: list[EpisodeSpec], greedy: bool
    ) -> list[EpisodeRecord]:
        return run_with_params(self.built, params, specs, greedy, self.memo)


class RayExecutor(Executor):
    """Rollouts on Ray actors.

    Options: ``address`` (a cluster to join; default ``RAY_ADDRESS``, else a private local
    Ray with ``num_cpus=workers``), ``cpus_per_worker`` (logical CPUs each actor reserves,
    default 1), ``max_restarts`` / ``max_task_retries`` (how many crashes an actor and a
    chunk survive, default 3 each), ``start_timeout`` (seconds to wait for the actors to be
    placed and built, default 300).
    """

    name = "ray"
    option_types = OPTIONS

    def __init__(self, workers: int = 1, **options: Any) -> None:
        super().__init__(workers, **options)
        self._ray = import_ray()
        self._cpus_per_worker = float(options.get("cpus_per_worker", 1))
        self._owns_connection = False
        self.actors: list[Any] = []

    def start(self, context: RolloutContext) -> None:
        try:
            self._connect()
            self._stop_actors()
            self._spawn(context)
        except BaseException:  # Ctrl-C or a worker that cannot build: leave nothing running
            self.close()
            raise

    def collect(
        self, params: dict[str, np.ndarray], specs: Sequence[EpisodeSpec], greedy: bool
    ) -> list[EpisodeRecord]:
        if not self.actors:
            raise RuntimeError("the ray executor is not started (or already closed)")
        if not specs:
            return []
        ray = self._ray
        try:
            weights = ray.put(params)
            refs = [
                actor.run.remote(weights, chunk, greedy)
                for actor, chunk in zip(self.actors, chunks(specs, len(self.actors)), strict=False)
            ]
            return [record for part in ray.get(refs) for record in part]
        except KeyboardInterrupt:
            self.close()
            raise

    def close(self) -> None:
        """Kill our actors; shut Ray down only if we started or joined it. Safe to repeat."""
        self._stop_actors()
        if self._owns_connection:
            self._owns_connection = False
            # For a cluster we joined this only disconnects; the cluster keeps running.
            self._ray.shutdown()

    def pids(self) -> list[int]:
        """Process ids of the live actors (for tests and diagnostics)."""
        return list(self._ray.get([actor.ready.remote() for actor in self.actors]))

    def _connect(self) -> None:
        """Reuse a Ray already initialised in this process, else join ``address``, else start one."""
        ray = self._ray
        if ray.is_initialized():
            return
        address = self.options.get("address") or os.environ.get("RAY_ADDRESS")
        if address:
            ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING)
        else:
            # "local" always starts a private instance, even if `ray start` left one running.
            os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
            ray.init(
                address="local",
                num_cpus=math.ceil(self.workers * self._cpus_per_worker),
                include_dashboard=False,
                log_to_driver=False,
                logging_level=logging.WARNING,
            )
        self._owns_connection = True

    def _spawn(self, context: RolloutContext) -> None:
        ray = self._ray
        actor_class = ray.remote(
            num_cpus=self._cpus_per_worker,
            max_restarts=int(self.options.get("max_restarts", 3)),
            max_task_retries=int(self.options.get("max_task_retries", 3)),
            scheduling_strategy="SPREAD",
        )(RolloutWorker)
        self.actors = [actor_class.remote(context) for _ in range(self.workers)]
        timeout = float(self.options.get("start_timeout", 300))
        try:
            ray.get([actor.ready.remote() for actor in self.actors], timeout=timeout)
        except ray.exceptions.GetTimeoutError:
            self.close()
            raise RuntimeError(
                f"ray could not place {self.workers} rollout workers within {timeout:.0f}s; "
                "the cluster may have too few CPUs (see the cpus_per_worker option)"
            ) from None

    def _stop_actors(self) -> None:
        actors, self.actors = self.actors, []
        for actor in actors:
            try:
                self._ray.kill(actor)
            except Exception:  # noqa: BLE001 - already dead or Ray already down: nothing to release
                pass
