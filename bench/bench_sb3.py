"""sb3-contrib's MaskablePPO against AgentGym's trainer on the same env: steps and time to a goal.

Both learn ``customer_support`` (train split) and are judged the same way: greedy success
rate on the TEST split (all its tasks, one trial each, the evaluation seeds). The figures
are the training env steps, and the training wall time, each needs before its test
success_rate first reaches the goal (``--goal``), and its training env steps per second.
The goal was 0.90 on customer_support v1; on v2 (harder tickets, four languages) the
default AgentGym policy plateaus at 0.79-0.80 test success, so the default goal is 0.75, a
level the default run reaches (``--goal 0.90`` asks the old question). An env step is
one decision (a tool call or the final answer) on both sides: AgentGym counts the
decisions of its training episodes, MaskablePPO the steps of
``gymnasium.make("agentgym/customer_support-v0")``, the env AgentGym's episodes run on.

- MaskablePPO (sb3-contrib) with the env's action mask (``action_masks()``), CPU torch with
  as many threads as the machine has cores unless a probe finds one thread faster (it
  prints both rates; on a shared 2-core machine two threads that wait on each other have
  been 5x slower), evaluated every ``--eval-every`` steps with
  ``predict(deterministic=True, action_masks=...)``; evaluation time is not training time.
  Two settings, each its own run:
  * ``defaults``: every hyper-parameter at sb3-contrib's default, one env
    (``MaskablePPO("MlpPolicy", env)``: n_steps 2048, batch 64, 10 epochs, lr 3e-4,
    two hidden layers of 64, ent_coef 0);
  * ``tuned``: the set in ``TUNED`` below: the defaults with ``gamma=0``. The env pays
    +10 for the expert's call and -20 for any other (the outcome on the last step), so with
    sb3's gamma 0.99 exploring past the first tool returns far less than answering at once:
    the defaults learned ``lookup_user -> finish`` on 441 of 500 test tickets, 0.000 success
    through 235k steps. With gamma 0 each decision is judged by its own reward (AgentGym's
    default ``shaped`` credit is close to this: a decision's own reward plus the discounted
    outcome, never later calls' rewards), and the defaults reach 0.750 test success at
    153,600 steps (2.0x AgentGym's 75,912; 0.504 at 82k, 0.738 at 123k). Tried and not
    kept (one run each): gamma 0.5 and 0.2, 0.000 through 102k / 82k; a set for speed
    (8 envs stepped together, n_steps 256 a env, batch 256, 4 epochs, lr 1e-3, ent_coef
    0.01, one hidden layer of 64, gamma 0): 3.3x the steps/s but 0.638 at 235k, behind the
    defaults in steps.
- AgentGym: the default ``agentgym train customer_support`` config (``Trainer`` in this
  process). At each of its validation points the current policy is also evaluated greedily
  on the test split (that extra evaluation is not counted; its own validation is), on an
  executor of its own so that it leaves the trainer's workers as they were, and the run
  stops once test success reaches the goal. It runs twice, before and after MaskablePPO (the
  same seed gives the same steps: A, B, A), and its wall time and rate are taken over both.

The budget decides the goal (>= 3x fewer env steps to the goal): each MaskablePPO run gets
3x the steps AgentGym needed (rounded up to whole evaluation intervals; ``--budget`` sets
another). A run that reaches the goal within it gives its measured ratio; one that does not has
shown that the ratio is over 3x, and its curve (printed) shows whether it had plateaued.
Goals: >= 3x fewer env steps, >= 20x more env steps/s, >= 10x less wall time.

torch and sb3-contrib are dev requirements (``make install``); agentgym never imports them.

Run: ``.venv/bin/python bench/bench_sb3.py [--settings defaults tuned] [--eval-every 10240]``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections import Counter
from typing import Any

import numpy as np

os.environ.setdefault("AGENTGYM_DISABLED_PLUGINS", "broken-import")  # the repo's deliberately broken test plugin

from agentgym.config import build_config  # noqa: E402
from agentgym.evaluation import EVAL_SEED  # noqa: E402
from agentgym.executors.base import Executor  # noqa: E402
from agentgym.executors.local import LocalExecutor  # noqa: E402
from agentgym.rollout import derive_seed  # noqa: E402
from agentgym.trainer import Trainer  # noqa: E402

SCENARIO = "customer_support"
DEFAULT_GOAL = 0.75  # test success; v2's default policy plateaus at 0.79-0.80
TEST_ENVS = 50  # test-split envs evaluated side by side


# The tuned MaskablePPO set (documented in the module docstring): sb3-contrib's defaults, gamma 0.
TUNED: dict[str, Any] = {"n_envs": 1, "gamma": 0.0}
SETTINGS: dict[str, dict[str, Any]] = {"defaults": {"n_envs": 1}, "tuned": TUNED}


def sb3_test_success(model: Any, envs: list[Any], sequences: Counter[tuple[str, ...]] | None = None) -> float:
    """Greedy success rate of a MaskablePPO model, with the mask, on every task of the test
    split, one episode each at the evaluation seeds (and, into ``sequences``, how often each
    action sequence was played). The ``envs`` (test-split copies) play different tasks side
    by side, so that one ``predict`` serves them all."""
    inner = envs[0].unwrapped
    pending = list(range(len(inner.tasks)))[::-1]
    playing: dict[int, tuple[int, list[str], Any, Any]] = {}  # env slot -> task, actions, observation, info
    successes = 0

    def start(slot: int) -> None:
        if pending:
            index = pending.pop()
            observation, info = envs[slot].reset(seed=derive_seed(EVAL_SEED, index), options={"task_index": index})
            playing[slot] = (index, [], observation, info)

    for slot in range(len(envs)):
        start(slot)
    while playing:
        slots = list(playing)
        actions, _ = model.predict(np.stack([playing[k][2] for k in slots]), deterministic=True,
                                   action_masks=np.stack([playing[k][3]["action_mask"] for k in slots]))
        for slot, action in zip(slots, actions.tolist(), strict=True):
            index, played, _, _ = playing.pop(slot)
            played.append(inner.actions.names[action])
            observation, _, terminated, truncated, info = envs[slot].step(action)
            if terminated or truncated:
                successes += bool(info["success"])
                if sequences is not None:
                    sequences[tuple(played)] += 1
                start(slot)
            else:
                playing[slot] = (index, played, observation, info)
    return successes / len(inner.tasks)


def make_model(setting: str, seed: int) -> tuple[Any, str, int]:
    """A MaskablePPO model of ``setting`` on its training envs; the env id; steps a rollout."""
    import gymnasium
    from sb3_contrib import MaskablePPO
    from stable_baselines3.common.vec_env import DummyVecEnv

    import agentgym.env

    options = dict(SETTINGS[setting])
    n_envs = options.pop("n_envs")
    env_id = agentgym.env.env_id(SCENARIO)
    envs = DummyVecEnv([lambda: gymnasium.make(env_id)] * n_envs)
    model = MaskablePPO("MlpPolicy", envs, seed=seed, device="cpu", verbose=0, **options)
    return model, env_id, model.n_steps * n_envs


def run_sb3(setting: str, budget: int, eval_every: int, seed: int, threads: int, goal: float,
            max_seconds: float = float("inf")) -> dict[str, Any]:
    import gymnasium
    import torch

    torch.set_num_threads(threads)
    model, env_id, rollout = make_model(setting, seed)
    envs = model.get_env()
    test_envs = [gymnasium.make(env_id, split="test") for _ in range(TEST_ENVS)]
    chunk = max(1, round(eval_every / rollout)) * rollout  # learn() stops at whole rollouts
    training = 0.0
    reached: tuple[int, float] | None = None
    curve = []
    sequences: Counter[tuple[str, ...]] = Counter()
    while model.num_timesteps < budget and training < max_seconds:
        started = time.perf_counter()
        model.learn(total_timesteps=chunk, reset_num_timesteps=False)
        training += time.perf_counter() - started
        sequences = Counter()
        success = sb3_test_success(model, test_envs, sequences)
        curve.append((model.num_timesteps, success))
        print(f"  maskable-ppo/{setting} {model.num_timesteps:>8} steps  {training:7.1f} s training  "
              f"{model.num_timesteps / training:6.0f} steps/s  test success {success:.3f}", flush=True)
        if success >= goal:
            reached = (model.num_timesteps, training)
            break
    (common, count), = sequences.most_common(1)
    print(f"  maskable-ppo/{setting} greedy policy at the end: {count}/{len(test_envs[0].unwrapped.tasks)} test tasks "
          f"played {' -> '.join(common)}")
    envs.close()
    for env in test_envs:
        env.close()
    cut = reached is None and model.num_timesteps < budget
    if cut:
        print(f"  maskable-ppo/{setting} stopped by --max-seconds at {model.num_timesteps} of {budget} steps")
    return {"reached": reached, "steps": model.num_timesteps, "seconds": training, "cut": cut,
            "rate": model.num_timesteps / training, "curve": curve, "best": max(s for _, s in curve)}


def run_agentgym(seed: int, goal: float) -> dict[str, Any]:
    config = build_config(scenario=SCENARIO, seed=seed, output_dir=tempfile.mkdtemp(prefix="bench-sb3-"))
    trainer = Trainer(config)
    test_tasks = trainer.scenario.tasks("test")
    # the test probe runs on an executor of its own: through the trainer's, its 500 episodes
    # filled the workers' greedy memo and caches, which then served validation less well
    probe = LocalExecutor()
    probe.start(trainer.context)
    state: dict[str, Any] = {"excluded": 0.0, "reached": None, "curve": [], "best": 0.0}
    validate = trainer.validate

    def validate_and_test(executor: Executor, line: dict[str, Any]) -> None:
        validate(executor, line)
        started = time.perf_counter()
        success = trainer.evaluate(probe, trainer.policy.params, test_tasks, trials=1)["success_rate"]
        state["excluded"] += time.perf_counter() - started
        # this update's time is added to trainer.elapsed after validation returns
        so_far = trainer.elapsed + (time.perf_counter() - state["update_started"]) - state["excluded"]
        state["curve"].append((trainer.env_steps, success))
        state["best"] = max(state["best"], success)
        print(f"  agentgym {trainer.env_steps:>8} steps  {so_far:7.1f} s training  "
              f"{trainer.env_steps / so_far:6.0f} steps/s  test success {success:.3f}", flush=True)
        if success >= goal and state["reached"] is None:
            state["reached"] = (trainer.env_steps, so_far)
            trainer.stopped_early = True

    one_update = trainer.one_update

    def timed_update(executor: Executor) -> dict[str, Any]:
        state["update_started"] = time.perf_counter()
        return one_update(executor)

    trainer.validate = validate_and_test  # type: ignore[method-assign]
    trainer.one_update = timed_update  # type: ignore[method-assign]
    try:
        result = trainer.run()
    finally:
        probe.close()
    seconds = result["training_seconds"] - state["excluded"]
    return {"reached": state["reached"], "steps": result["env_steps"], "seconds": seconds,
            "rate": result["env_steps"] / seconds, "best": state["best"],
            "final_test_success": result["test_metrics"]["success_rate"]}


def both_runs(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """AgentGym's side from its runs before and after MaskablePPO's (the same seed, so the same
    steps): wall times and rates over both, so a slow or fast minute on this shared machine
    during one short run does not decide the ratios against minutes-long runs."""
    runs = (before, after)
    if before["steps"] != after["steps"]:
        raise SystemExit("the two AgentGym runs of one seed took different steps: training is not deterministic")
    seconds = sum(run["seconds"] for run in runs)
    reached = None
    if all(run["reached"] for run in runs):
        reached = (before["reached"][0], sum(run["reached"][1] for run in runs) / len(runs))
    print(f"  agentgym runs: {before['rate']:.0f} and {after['rate']:.0f} steps/s; both together "
          f"{sum(run['steps'] for run in runs) / seconds:.0f}")
    return {**before, "reached": reached, "seconds": seconds / len(runs),
            "rate": sum(run["steps"] for run in runs) / seconds}


def probe_threads(seed: int) -> int:
    """torch threads for MaskablePPO: as many as the machine has cores, unless one thread is
    faster here (measured on one rollout and update of the tuned set). On a shared 2-core
    machine two threads wait on each other and have been 5x slower than one."""
    import torch

    cores = os.cpu_count() or 1
    rates = {}
    for threads in dict.fromkeys((cores, 1)):
        torch.set_num_threads(threads)
        model, _, rollout = make_model("tuned", seed)
        started = time.perf_counter()
        model.learn(total_timesteps=rollout)
        rates[threads] = model.num_timesteps / (time.perf_counter() - started)
        model.get_env().close()
    best = max(rates, key=rates.__getitem__)
    print("torch threads probe: " + ", ".join(f"{t} thread(s) {r:.0f} steps/s" for t, r in rates.items())
          + f"; using {best}")
    return best


def plateau(curve: list[tuple[int, float]]) -> str:
    """Best test success in the first and the second half of a run's evaluations."""
    if len(curve) < 4:
        return "too few evaluations to tell"
    half = len(curve) // 2
    first, second = max(s for _, s in curve[:half]), max(s for _, s in curve[half:])
    return (f"best {first:.3f} up to {curve[half - 1][0]} steps, {second:.3f} after "
            f"({'still rising' if second > first + 0.02 else 'plateaued'})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settings", nargs="+", default=list(SETTINGS), choices=list(SETTINGS))
    parser.add_argument("--budget", type=int, default=None,
                        help="MaskablePPO env steps per setting (default: 3x AgentGym's steps to the goal)")
    parser.add_argument("--goal", type=float, default=DEFAULT_GOAL, help="the test success_rate both sides train to")
    parser.add_argument("--eval-every", type=int, default=10_240, help="MaskablePPO steps between test evaluations")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--torch-threads", type=int, default=None,
                        help="default: the machine's cores, or 1 if a probe finds one thread faster")
    parser.add_argument("--max-seconds", type=float, default=float("inf"),
                        help="stop a MaskablePPO run after this much training time (the budget is then not decided)")
    parser.add_argument("--skip-sb3", action="store_true", help="only the AgentGym side")
    args = parser.parse_args()

    goal = args.goal
    print(f"{SCENARIO}: env steps and training wall time to TEST success_rate >= {goal} (greedy, every test "
          f"task); {os.cpu_count()} CPUs")
    print("AgentGym (default config), run 1 of 2 (before MaskablePPO):")
    first = run_agentgym(args.seed, goal)
    if args.skip_sb3:
        return
    our_steps = (first["reached"] or (first["steps"], first["seconds"]))[0]
    budget = args.budget or 3 * our_steps
    threads = args.torch_threads or probe_threads(args.seed)
    theirs: dict[str, dict[str, Any]] = {}
    for setting in args.settings:
        print(f"sb3-contrib MaskablePPO ({setting}), budget {budget} steps, torch threads {threads}:")
        theirs[setting] = run_sb3(setting, budget, args.eval_every, args.seed, threads, goal, args.max_seconds)
    print("AgentGym (default config), run 2 of 2 (after MaskablePPO):")
    ours = both_runs(first, run_agentgym(args.seed, goal))

    print()
    print(f"{'':<22} {f'steps to {goal}':>14} {f'wall to {goal}':>13} {'train steps/s':>14} {'best test success':>18}")
    sides = [("AgentGym", ours)] + [(f"MaskablePPO {name}", side) for name, side in theirs.items()]
    for name, side in sides:
        if side["reached"]:
            steps, wall = f"{side['reached'][0]}", f"{side['reached'][1]:.1f} s"
        else:
            steps, wall = f">{side['steps']}", f">{side['seconds']:.1f} s"
        print(f"{name:<22} {steps:>14} {wall:>13} {side['rate']:>14.0f} {side['best']:>18.3f}")
    if ours["reached"] is None:
        print(f"AgentGym did not reach {goal} test success during training; ratios use its whole run.")
    our_steps, our_wall = ours["reached"] or (ours["steps"], ours["seconds"])
    for name, side in theirs.items():
        if side["reached"]:
            their_steps, their_wall = side["reached"]
            bound = ""
        else:
            their_steps, their_wall = side["steps"], side["seconds"]
            bound = " (lower bound: not reached" + (" before --max-seconds)" if side["cut"] else " within the budget)")
            print(f"MaskablePPO {name} did not reach {goal} test success within {side['steps']} steps; "
                  f"{plateau(side['curve'])}")
        print(f"MaskablePPO {name}:")
        verdict = "met" if their_steps / our_steps >= 3 else ("not decided" if side["cut"] else "NOT met")
        print(f"  env steps  MaskablePPO / AgentGym = {their_steps / our_steps:6.1f}x{bound}   goal >= 3x: {verdict}")
        print(f"  steps/s    AgentGym / MaskablePPO = {ours['rate'] / side['rate']:6.1f}x   goal >= 20x")
        print(f"  wall time  MaskablePPO / AgentGym = {their_wall / our_wall:6.1f}x{bound}   goal >= 10x")


if __name__ == "__main__":
    main()
