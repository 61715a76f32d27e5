"""Start-up time of ``agentgym --version`` and ``agentgym plugins list`` (table and JSON), as a ratio over
``python -c "import typer, rich"`` (the floor for any typer + rich CLI). Goal: at most 2.0.

    python bench/bench_cli_startup.py [--runs 15] [--check]

Each command runs ``--runs`` times in a fresh process, interleaved round-robin so machine
load drifts hit every command alike, after one warm-up run each; the median wall time is
reported. ``--check`` exits 1 when a ratio is above the goal. Profile a slow path with
``python -X importtime -c "import sys; from agentgym.cli import main; sys.argv = ['agentgym',
'--version']; main()" 2> importtime.txt``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

GOAL = 2.0


def agentgym_command() -> list[str]:
    script = Path(sys.executable).with_name("agentgym")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from agentgym.cli import main; main()"]


def commands() -> dict[str, list[str]]:
    agentgym = agentgym_command()
    return {
        "python -c 'import typer, rich'": [sys.executable, "-c", "import typer, rich"],
        "agentgym --version": [*agentgym, "--version"],
        "agentgym plugins list": [*agentgym, "plugins", "list"],
        "agentgym plugins list --json": [*agentgym, "plugins", "list", "--json"],
    }


def wall_time(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per command (default 15)")
    parser.add_argument("--check", action="store_true", help=f"exit 1 if a ratio is above {GOAL}")
    args = parser.parse_args()

    env = {k: v for k, v in os.environ.items() if not k.startswith("AGENTGYM_")}
    env.update({"COLUMNS": "120", "NO_COLOR": "1"})
    # Installed packages run from .pyc files (pip compiles wheels at install time); without
    # this, PYTHONDONTWRITEBYTECODE would leave agentgym's editable sources recompiled on
    # every run (~35 ms) while typer and rich load from their .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    todo = commands()
    times: dict[str, list[float]] = {name: [] for name in todo}
    for command in todo.values():
        wall_time(command, env)  # warm-up: file system caches, writes the .pyc files
    for _ in range(args.runs):
        for name, command in todo.items():
            times[name].append(wall_time(command, env))

    medians = {name: statistics.median(values) for name, values in times.items()}
    baseline_name = next(iter(todo))
    baseline = medians[baseline_name]
    print(f"median of {args.runs} runs ({sys.executable})")
    worst = 0.0
    for name, median in medians.items():
        spread = f"min {min(times[name]) * 1000:6.0f} ms  max {max(times[name]) * 1000:6.0f} ms"
        if name == baseline_name:
            print(f"  {name:32s} {median * 1000:7.0f} ms   (baseline)        {spread}")
            continue
        ratio = median / baseline
        worst = max(worst, ratio)
        verdict = "ok" if ratio <= GOAL else f"above {GOAL}"
        print(f"  {name:32s} {median * 1000:7.0f} ms   ratio {ratio:4.2f} {verdict:9s} {spread}")
    return 1 if args.check and worst > GOAL else 0


if __name__ == "__main__":
    sys.exit(main())
