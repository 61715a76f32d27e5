"""Milliseconds per episode through LangChain, AutoGen and CrewAI: the policy's episode beside
each framework's own floor.

The same trained customer_support policy runs the same test tickets with the same seeds:
natively (``scenario.run``: a ``TrainedPolicy.decide`` loop on the episode) and through
each framework's own agent loop, as ``agentgym eval --framework`` runs it on each worker
(``adapter.episode_runner``: the agent (create_agent / AssistantAgent / Agent) built once,
a fresh episode behind its tools for every ticket). Beside it stands the framework's
*floor*: the same loop, agent built once, and the same tools with a trivial scripted model
that replays, call for call, what the policy did natively on that ticket (no featurizing,
no forward pass, no hand-off rule). The floor is what any model costs in that framework.

Columns (CPU milliseconds per episode of this process, threads included, best of
``--repeat`` passes; wall time on a shared machine says more about the neighbours): the
policy, the floor, their ratio (the target is at most 2), the policy with the agent built
again for every episode (``adapter.run_episode``: what evaluation cost before), the
policy's ratio over native, the framework's import time (a fresh process that has already
loaded agentgym's plugins, so only the framework's own modules count), the first episode in
this process (that import again, the agent's first build and the framework's lazy imports:
what a user's first call pays) and how many framework trajectories equal the native ones
(policy and floor alike must).

Run: ``.venv/bin/python bench/bench_frameworks.py [--run RUN_DIR] [--tasks 50]``. Without
``--run`` it trains a small run first (about 15 s on an idle laptop core).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

for _name, _value in {
    "CREWAI_DISABLE_TELEMETRY": "true",
    "CREWAI_DISABLE_VERSION_CHECK": "true",
    "OTEL_SDK_DISABLED": "true",
    "CREWAI_TRACING_ENABLED": "false",
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
}.items():
    os.environ.setdefault(_name, _value)

FRAMEWORKS = ("langchain", "autogen", "crewai")
FRAMEWORK_MODULES = {"langchain": ("langchain.agents",), "autogen": ("autogen_core", "autogen_agentchat.agents"),
                     "crewai": ("crewai",)}


def timed(run: Callable[[], list[Any]], repeat: int) -> tuple[float, list[Any]]:
    """Least CPU time of ``repeat`` passes (this process, all its threads), and the last
    pass's trajectories."""
    best, result = float("inf"), []
    for _ in range(repeat):
        began = time.process_time()
        result = run()
        best = min(best, time.process_time() - began)
    return best, result


class Replay:
    """A trivial scripted model: on each ticket, the tool calls of its recorded native
    trajectory in order, then its final answer (what the floor runs inside each framework's
    loop). It reads only the ticket and how many calls were made, so one agent serves all."""

    def __init__(self, specs: Sequence[Any], trajectories: Sequence[Any]) -> None:
        from agentgym.scenario import FinalAnswer, ToolCall

        self.actions: dict[str, list[Any]] = {}
        for spec, trajectory in zip(specs, trajectories, strict=True):
            actions: list[Any] = [ToolCall(step.tool, dict(step.arguments)) for step in trajectory.steps]
            self.actions[spec.task.ticket] = [*actions, FinalAnswer(trajectory.final_answer or "Done.")]

    def decide(self, observation: Any) -> Any:
        actions = self.actions[observation.ticket]
        return actions[min(len(observation.history), len(actions) - 1)]


def import_seconds(name: str) -> float:
    """Seconds to import framework ``name``'s modules in a fresh process that has loaded
    agentgym's plugins already."""
    code = ("import importlib, time\n"
            "from agentgym import hooks\n"
            f"hooks.adapter({name!r})\n"
            "began = time.perf_counter()\n"
            f"for module in {FRAMEWORK_MODULES[name]!r}:\n"
            "    importlib.import_module(module)\n"
            "print(time.perf_counter() - began)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"importing {name} failed: {done.stderr.strip().splitlines()[-1:]}")
    return float(done.stdout.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, help="a customer_support run directory (default: train one)")
    parser.add_argument("--tasks", type=int, default=50, help="test tickets, spread over the split")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    parser.add_argument("--frameworks", nargs="+", default=list(FRAMEWORKS), choices=FRAMEWORKS)
    args = parser.parse_args(argv)

    import agentgym
    from agentgym import hooks
    from agentgym.evaluation import evaluation_specs

    with tempfile.TemporaryDirectory(prefix="bench-frameworks-") as scratch:
        os.environ.setdefault("CREWAI_STORAGE_DIR", str(Path(scratch) / "crewai"))
        run_dir = args.run
        if run_dir is None:
            began = time.perf_counter()
            from agentgym.testing import train_small_run  # the tests' small run (about 15 s)

            run_dir = Path(train_small_run("customer_support", Path(scratch))["run_dir"])
            print(f"trained {run_dir.name} in {time.perf_counter() - began:.1f} s", file=sys.stderr)
        policy = agentgym.load_policy(run_dir)
        scenario = policy.scenario
        tests = list(scenario.tasks("test"))
        tasks = tests[:: max(1, len(tests) // args.tasks)][: args.tasks]
        specs = evaluation_specs(tasks, trials=1)

        def native() -> list[Any]:
            return [scenario.run(policy, s.task, s.episode_seed) for s in specs]

        native(), native()  # warm caches (resolver, featurizer)
        native_s, reference = timed(native, args.repeat)
        rows: list[tuple[str, float, float | None, float | None, float | None, float | None, str]] = [
            ("native", 1000 * native_s / len(specs), None, None, None, None, "-")
        ]
        for name in args.frameworks:
            imported = import_seconds(name)
            adapter = hooks.adapter(name)
            began = time.perf_counter()
            adapter.run_episode(policy, scenario, specs[0].task, specs[0].episode_seed)
            first = time.perf_counter() - began
            run_policy = adapter.episode_runner(policy, scenario)
            run_floor = adapter.episode_runner(Replay(specs, reference), scenario)

            def framed(run: Any = run_policy) -> list[Any]:
                return [run(s.task, s.episode_seed) for s in specs]

            def floor(run: Any = run_floor) -> list[Any]:
                return [run(s.task, s.episode_seed) for s in specs]

            def rebuilt(adapter: Any = adapter) -> list[Any]:
                return [adapter.run_episode(policy, scenario, s.task, s.episode_seed) for s in specs]

            floor(), framed()  # first passes: the agents' lazy set-up
            seconds, trajectories = timed(framed, args.repeat)
            floor_s, floor_trajectories = timed(floor, args.repeat)
            rebuilt_s, rebuilt_trajectories = timed(rebuilt, 1)
            same = sum(a == b for a, b in zip(trajectories, reference, strict=True))
            floor_same = sum(a == b for a, b in zip(floor_trajectories, reference, strict=True))
            rebuilt_same = sum(a == b for a, b in zip(rebuilt_trajectories, reference, strict=True))
            n = len(specs)
            rows.append((name, 1000 * seconds / n, 1000 * floor_s / n, 1000 * rebuilt_s / n, imported, first,
                         f"{same}/{n}, {floor_same}/{n}, {rebuilt_same}/{n}"))

    success = sum(t.success for t in reference) / len(reference)
    native_ms = rows[0][1]
    print(f"customer_support, {len(specs)} test tickets (native success {success:.2f}), "
          f"CPU ms/episode, best of {args.repeat}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    print(f"{'path':<10} {'policy':>8} {'floor':>8} {'policy/floor':>12} {'rebuilt':>8} {'x native':>9} "
          f"{'import s':>9} {'first ep s':>11} {'same as native':>18}")

    def text(value: float | None, spec: str) -> str:
        return "-" if value is None else format(value, spec)

    for name, ms, floor_ms, rebuilt_ms, imported, first, same in rows:
        ratio = None if floor_ms is None else ms / floor_ms
        print(f"{name:<10} {ms:>8.2f} {text(floor_ms, '.2f'):>8} {text(ratio, '.2f'):>12} "
              f"{text(rebuilt_ms, '.2f'):>8} {ms / native_ms:>9.1f} {text(imported, '.2f'):>9} "
              f"{text(first, '.2f'):>11} {same:>18}")
    print("policy: the agent built once (agentgym eval --framework); floor: the same loop and tools with a "
          "scripted model replaying the native calls; rebuilt: the agent built for every episode; "
          "same as native: policy, floor, rebuilt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
