"""Environment step rate of customer_support in one process (no tool latency).

The headline is the Gymnasium env's random-policy rate beside ``Scenario.run``'s, and
their ratio (goal >= 0.5): the env is how every other RL library reaches a scenario, so
it must not be much slower than the scenario itself. A step is one decision: a tool call
or the final answer. Episodes are graded (the grader replays the expert on a fresh
backend), so the rates include grading, as they do in training.

- ``Scenario.run, random``: the uniform random reference policy
  (``agentgym.reference.RandomPolicy``); it resolves only the chosen tool's arguments and
  featurizes nothing. Its episodes are drawn as ``env.reset()`` draws them: a task uniformly
  from the whole split and an episode seed never used before, fresh every round. (Before
  2026-12-07 every round replayed the same 3,000 episodes, the first tasks with seeds 0..N,
  so from the second round on its caches served episodes it had already played and the env,
  on fresh episodes, was compared with a replay; ``--replay`` measures that way.)
- ``gymnasium env, random``: ``gymnasium.make("agentgym/customer_support-v0")`` (with
  gymnasium's default wrappers) stepped with uniformly random actions (drawn ahead): every step
  featurizes the observation (dense float32) and resolves every tool for the action mask;
- ``gold (Scenario.run)``: the scripted expert, on the first round's episodes (for scale).

The featurizer hashes each ticket once and keeps it, as it does over a training run, so
the env first runs ``--warmup-steps`` (their rate is printed too), and ``Scenario.run``
warms up on as many steps of its own. The machine is shared
and its speed drifts, so the two random rates are measured A, B, A, B, ..., A in many
short rounds (``--rounds``) and the ratio is the env's total over Scenario.run's total.
Both sides run in this one process on one thread, so rates are per CPU-second of the
process (``time.process_time``): a round is not charged for the time another process
held the core. (Before 2026-12-07 they were wall-clock rates in two long env rounds; the
per-round ratios swung 0.3-0.6 on this machine.)

Run: ``.venv/bin/python bench/bench_env.py [--episodes 600] [--env-steps 5000] [--rounds 6]``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from agentgym import hooks
from agentgym.reference import GoldPolicy, RandomPolicy
from agentgym.scenario import Scenario, Task


def decisions(trajectory: Any) -> int:
    return trajectory.tool_calls + (trajectory.final_answer is not None)


def draw(pool: list[Task], episodes: int, round_: int) -> list[tuple[Task, int]]:
    """``episodes`` (task, episode seed) pairs as ``env.reset()`` draws them: a task uniformly
    from the whole split, a seed no other round uses."""
    picks = np.random.default_rng(1000 + round_).integers(len(pool), size=episodes).tolist()
    return [(pool[i], round_ * episodes + n) for n, i in enumerate(picks)]


def run_policy(scenario: Scenario, episodes: list[tuple[Task, int]],
               make: Callable[[Task, int], Any]) -> tuple[float, float, int]:
    """(steps per CPU-second, episodes per CPU-second, steps) for one pass over
    ``episodes`` (task, seed)."""
    steps = 0
    began = time.process_time()
    for task, seed in episodes:
        steps += decisions(scenario.run(make(task, seed), task, seed))
    elapsed = time.process_time() - began
    return steps / elapsed, len(episodes) / elapsed, steps


def run_gym(env: Any, env_steps: int, seed: int = 0) -> tuple[float, float, int]:
    """(steps per CPU-second, episodes per CPU-second, steps) for ``env_steps`` uniformly
    random actions, drawn ahead:
    ``action_space.sample()`` costs ~8 us a call, as much as a fifth of a step, and is the
    sampler's time, not the env's (the random policy of ``Scenario.run`` draws with
    ``random.Random``, ~1 us)."""
    env.reset()
    episodes = 0
    actions = np.random.default_rng(seed).integers(env.action_space.n, size=env_steps).tolist()
    began = time.process_time()
    for action in actions:
        _, _, terminated, truncated, _ = env.step(action)
        if terminated or truncated:
            episodes += 1
            env.reset()
    elapsed = time.process_time() - began
    return env_steps / elapsed, episodes / elapsed, env_steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--episodes", type=int, default=600, help="episodes of Scenario.run a round")
    parser.add_argument("--env-steps", type=int, default=5000, help="steps of the gymnasium env a round")
    parser.add_argument("--rounds", type=int, default=6, help="gymnasium env rounds, each between two of Scenario.run")
    parser.add_argument("--warmup-steps", type=int, default=100_000,
                        help="env steps before measuring: the featurizer's caches (each ticket hashed once) fill up")
    parser.add_argument("--split", default="train", choices=("train", "validation", "test"))
    parser.add_argument("--replay", action="store_true",
                        help="Scenario.run replays the first --episodes tasks with seeds 0..N every round (the old method)")
    args = parser.parse_args()

    import gymnasium

    import agentgym.env  # registers every installed scenario as agentgym/<name>-v0

    scenario = hooks.make_scenario("customer_support")
    pool = list(scenario.tasks(args.split))

    def episodes(round_: int) -> list[tuple[Task, int]]:
        if args.replay:
            return [(pool[i % len(pool)], i) for i in range(args.episodes)]
        return draw(pool, args.episodes, round_)

    env = gymnasium.make(agentgym.env.env_id("customer_support"), split=args.split)
    env.action_space.seed(0)
    env.reset(seed=0)

    def random_policy(task: Task, i: int) -> RandomPolicy:
        return RandomPolicy(scenario, i)

    warmup = draw(pool, args.warmup_steps // 9, 99)  # ~9 decisions an episode: as many steps as the env's
    run_policy(scenario, warmup if not args.replay else episodes(0)[:50], random_policy)
    cold = run_gym(env, args.warmup_steps)
    native: list[tuple[float, float, int]] = [run_policy(scenario, episodes(0), random_policy)]
    gym: list[tuple[float, float, int]] = []
    for round_ in range(args.rounds):  # A B A B A: each env round between two Scenario.run rounds
        gym.append(run_gym(env, args.env_steps, seed=1 + round_))
        native.append(run_policy(scenario, episodes(1 + round_), random_policy))
    env.close()
    gold = run_policy(scenario, episodes(0), lambda task, i: GoldPolicy(scenario, task))

    def overall(runs: list[tuple[float, float, int]]) -> tuple[float, float, int]:
        seconds = sum(steps / rate for rate, _, steps in runs)
        episodes = sum(eps * steps / rate for rate, eps, steps in runs)
        steps = sum(steps for _, _, steps in runs)
        return steps / seconds, episodes / seconds, steps

    def line(figures: tuple[float, float, int]) -> str:
        rate, eps, steps = figures
        return f"{rate:>10,.0f} steps/CPU-s  {eps:>8,.0f} episodes/CPU-s  ({steps:,} steps)"

    method = "every round the same episodes (--replay)" if args.replay else "fresh episodes every round"
    print(f"customer_support, one process, split {args.split}, Scenario.run on {method}; rounds A B A ... "
          f"({len(native)} of Scenario.run, {len(gym)} of the env), after {args.warmup_steps:,} env steps "
          f"of warm-up (those ran at {cold[0]:,.0f} steps/CPU-s: every new ticket is hashed once)")
    rows = [("gymnasium env, random actions", line(overall(gym))),
            ("Scenario.run, random policy", line(overall(native))),
            ("gold (Scenario.run)", line(gold))]
    width = max(len(label) for label, _ in rows)
    for label, text in rows:
        print(f"  {label:<{width}}  {text}")
    ratios = sorted(g[0] / ((a[0] + b[0]) / 2) for g, a, b in zip(gym, native, native[1:], strict=False))
    print(f"  env rate / Scenario.run rate: per round {ratios[0]:.2f} to {ratios[-1]:.2f} "
          f"(median {ratios[len(ratios) // 2]:.2f}); overall {overall(gym)[0] / overall(native)[0]:.2f} (goal >= 0.5)")


if __name__ == "__main__":
    main()
