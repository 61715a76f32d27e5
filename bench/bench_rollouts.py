"""Rollout throughput of the ``local``, ``process`` and ``ray`` executors with slow tools.

Each tool call sleeps ``--latency-ms`` (default 20 ms), so a worker spends its time waiting,
not computing: throughput should scale with workers, even past the number of cores. The
goal is a speedup of at least 0.7 x N over the same executor at one worker, up to N = 8.
Ray's fixed costs are measured on the side, since they are paid once per run, not per
batch: one ``ray.init`` (as the executor does it) and one ``ray.shutdown`` for the whole
sweep, and the creation of N actors in each row's start-up time.

Run: ``.venv/bin/python bench/bench_rollouts.py`` (about 2-3 minutes on 2 cores).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence

import numpy as np

from agentgym import hooks
from agentgym.executors.base import Executor, RolloutContext
from agentgym.rollout import EpisodeRecord, EpisodeSpec, derive_seed

os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")


def make_specs(context: RolloutContext, episodes: int) -> list[EpisodeSpec]:
    tasks = hooks.make_scenario(context.scenario).tasks("train")
    return [
        EpisodeSpec(tasks[i % len(tasks)], derive_seed(0, i, 1), derive_seed(0, i, 2))
        for i in range(episodes)
    ]


def zero_params(context: RolloutContext) -> dict[str, np.ndarray]:
    """Zero weights: the uniform random policy over the tools the resolver allows."""
    _, _, policy = context.build()
    return {name: np.zeros_like(value) for name, value in policy.params.items()}


def start_ray(cpus: int) -> float:
    """A private local Ray, started the way the executor starts one; seconds taken."""
    import logging

    import ray

    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    began = time.perf_counter()
    ray.init(
        address="local",
        num_cpus=cpus,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.WARNING,
    )
    return time.perf_counter() - began


def stop_ray() -> float:
    import ray

    began = time.perf_counter()
    ray.shutdown()
    return time.perf_counter() - began


def measure(
    name: str,
    workers: int,
    context: RolloutContext,
    params: dict[str, np.ndarray],
    specs: Sequence[EpisodeSpec],
) -> tuple[float, float, float, list[EpisodeRecord]]:
    """(start-up s, episodes/s, close s, records); a small warm-up batch is not timed."""
    executor: Executor = hooks.factory("executors", name)(workers=workers)
    began = time.perf_counter()
    executor.start(context)
    started = time.perf_counter() - began
    try:
        executor.collect(params, specs[:workers], greedy=False)
        began = time.perf_counter()
        records = executor.collect(params, specs, greedy=False)
        rate = len(specs) / (time.perf_counter() - began)
    finally:
        began = time.perf_counter()
        executor.close()
        closed = time.perf_counter() - began
    return started, rate, closed, records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--episodes", type=int, default=128)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--executors", nargs="+", default=["local", "process", "ray"])
    args = parser.parse_args()

    context = RolloutContext("customer_support", {"tool_latency_ms": args.latency_ms})
    specs = make_specs(context, args.episodes)
    params = zero_params(context)
    reference: list[EpisodeRecord] | None = None
    print(
        f"customer_support, {args.episodes} episodes per measurement, {args.latency_ms:g} ms per tool call, "
        f"{os.cpu_count()} CPUs"
    )
    header = f"{'executor':<9}{'workers':>8}{'ep/s':>9}{'speedup':>9}{'/(0.7N)':>9}{'same':>6}{'start s':>9}{'close s':>9}"
    print(header)
    print("-" * len(header))
    total = time.perf_counter()
    fixed: dict[str, float] = {}
    for name in args.executors:
        if name == "ray":
            fixed["ray.init"] = start_ray(max(args.workers))
        base: float | None = None
        for workers in [1] if name == "local" else args.workers:
            started, rate, closed, records = measure(name, workers, context, params, specs)
            base = base or rate
            speedup = rate / base
            reference = reference or records
            same = all(a.trajectory == b.trajectory for a, b in zip(records, reference, strict=True))
            print(
                f"{name:<9}{workers:>8}{rate:>9.1f}{speedup:>9.2f}{speedup / (0.7 * workers):>9.2f}"
                f"{'yes' if same else 'NO':>6}{started:>9.2f}{closed:>9.2f}"
            )
        if name == "ray":
            fixed["ray.shutdown"] = stop_ray()
    print(
        "\n/(0.7N) >= 1 meets the goal. 'start s' = building the workers (for ray: creating the actors in "
        "a running Ray); 'close s' = stopping them."
    )
    if fixed:
        print("ray fixed costs: " + ", ".join(f"{k} {v:.2f} s" for k, v in fixed.items()))
    print(f"total {time.perf_counter() - total:.0f} s")


if __name__ == "__main__":
    main()
