"""Milliseconds per episode through LangChain, AutoGen and CrewAI against the native episode.

The same trained customer_support policy runs the same test tickets with the same seeds four
ways: natively (``scenario.run``: a ``TrainedPolicy.decide`` loop on the episode) and through
each framework's own agent loop (``adapter.run_episode``: create_agent / AssistantAgent /
Crew). Each framework first runs one untimed episode, which pays its import and first-build
costs (reported on the side, since they are paid once per process); then the tickets run
``--repeat`` times and the best pass is reported, as ms/episode and as a ratio over native.
The last column checks that every framework trajectory equals the native one.

Run: ``.venv/bin/python bench/bench_frameworks.py [--run RUN_DIR] [--tasks 50]``. Without
``--run`` it trains a small run first (about 15 s on an idle laptop core).
"""

from __future__ import annotations

import argparse
import os
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


def timed(run: Callable[[], list[Any]], repeat: int) -> tuple[float, list[Any]]:
    """Best wall time of ``repeat`` passes, and the last pass's trajectories."""
    best, result = float("inf"), []
    for _ in range(repeat):
        began = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - began)
    return best, result


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
        rows: list[tuple[str, float, float, float, str]] = [
            ("native", 1000 * native_s / len(specs), 1.0, 0.0, "-")
        ]
        for name in args.frameworks:
            adapter = hooks.adapter(name)
            began = time.perf_counter()
            adapter.run_episode(policy, scenario, specs[0].task, specs[0].episode_seed)
            first = time.perf_counter() - began

            def framed(adapter: Any = adapter) -> list[Any]:
                return [adapter.run_episode(policy, scenario, s.task, s.episode_seed) for s in specs]

            seconds, trajectories = timed(framed, args.repeat)
            same = sum(a == b for a, b in zip(trajectories, reference, strict=True))
            ms = 1000 * seconds / len(specs)
            rows.append((name, ms, ms / rows[0][1], first, f"{same}/{len(specs)}"))

    success = sum(t.success for t in reference) / len(reference)
    print(f"customer_support, {len(specs)} test tickets (native success {success:.2f}), "
          f"best of {args.repeat}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    print(f"{'path':<10} {'ms/episode':>11} {'x native':>9} {'first episode s':>16} {'same as native':>15}")
    for name, ms, ratio, first, same in rows:
        first_text = f"{first:.2f}" if name != "native" else "-"
        print(f"{name:<10} {ms:>11.2f} {ratio:>9.1f} {first_text:>16} {same:>15}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
