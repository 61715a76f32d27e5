"""Environment step rate of customer_support in one process (no tool latency).

Three figures, each in steps per second, where a step is one decision: a tool call or the
final answer. Episodes are graded (the grader replays the expert on a fresh backend), so
the rates include grading, as they do in training.

- ``random``: the uniform random reference policy (``agentgym.reference.RandomPolicy``)
  through ``Scenario.run``, over the first N tasks of the split;
- ``gold``: the scripted expert through ``Scenario.run``, same tasks and seeds;
- ``gym``: ``agentgym.make_env("customer_support")`` stepped with uniformly sampled
  actions (observation featurizing included), when ``agentgym.env`` exists.

Run: ``.venv/bin/python bench/bench_env.py [--episodes 3000] [--env-steps 20000]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from collections.abc import Callable
from typing import Any

from agentgym import hooks
from agentgym.reference import GoldPolicy, RandomPolicy
from agentgym.scenario import Scenario, Task


def decisions(trajectory: Any) -> int:
    return trajectory.tool_calls + (trajectory.final_answer is not None)


def run_policy(scenario: Scenario, tasks: list[Task], make: Callable[[Task, int], Any]) -> tuple[float, float, int]:
    """(steps/s, episodes/s, steps) for one pass over ``tasks``."""
    steps = 0
    began = time.perf_counter()
    for index, task in enumerate(tasks):
        steps += decisions(scenario.run(make(task, index), task, index))
    elapsed = time.perf_counter() - began
    return steps / elapsed, len(tasks) / elapsed, steps


def run_gym(env_steps: int, seed: int = 0) -> tuple[float, float, int]:
    """(steps/s, episodes/s, steps) for ``env_steps`` uniformly random actions."""
    import agentgym

    env = agentgym.make_env("customer_support")
    env.action_space.seed(seed)
    env.reset(seed=seed)
    episodes = 0
    began = time.perf_counter()
    for _ in range(env_steps):
        _, _, terminated, truncated, _ = env.step(env.action_space.sample())
        if terminated or truncated:
            episodes += 1
            env.reset()
    elapsed = time.perf_counter() - began
    env.close()
    return env_steps / elapsed, episodes / elapsed, env_steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--episodes", type=int, default=3000, help="episodes per reference policy")
    parser.add_argument("--env-steps", type=int, default=20000, help="steps of the gymnasium env")
    parser.add_argument("--split", default="train", choices=("train", "validation", "test"))
    args = parser.parse_args()

    scenario = hooks.make_scenario("customer_support")
    pool = list(scenario.tasks(args.split))
    tasks = [pool[i % len(pool)] for i in range(args.episodes)]
    run_policy(scenario, tasks[:50], lambda task, i: RandomPolicy(scenario, i))  # warm-up (caches, imports)

    rows: list[tuple[str, str]] = []
    for label, make in (
        ("random (Scenario.run)", lambda task, i: RandomPolicy(scenario, i)),
        ("gold (Scenario.run)", lambda task, i: GoldPolicy(scenario, task)),
    ):
        rate, eps, steps = run_policy(scenario, tasks, make)
        rows.append((label, f"{rate:>10,.0f} steps/s  {eps:>8,.0f} episodes/s  ({steps:,} steps)"))
    if importlib.util.find_spec("agentgym.env") is not None:
        rate, eps, steps = run_gym(args.env_steps)
        rows.append(("gym env, random actions", f"{rate:>10,.0f} steps/s  {eps:>8,.0f} episodes/s  ({steps:,} steps)"))
    else:
        rows.append(("gym env, random actions", "skipped: agentgym.env is not available"))

    print(f"customer_support, one process, split {args.split}, {args.episodes:,} episodes per policy")
    width = max(len(label) for label, _ in rows)
    for label, text in rows:
        print(f"  {label:<{width}}  {text}")


if __name__ == "__main__":
    main()
