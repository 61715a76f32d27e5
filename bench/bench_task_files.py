"""Peak memory of ``agentgym eval --tasks FILE`` for task files of 1k, 10k and 100k tasks, and
of a ~50 MB file (refused by the default cap, or evaluated whole with ``--full``).

    python bench/bench_task_files.py [--sizes 1000 10000 100000] [--trials 1] [--full]

Each evaluation runs in a fresh process (the real console entry point), which reports its
own peak RSS (``ru_maxrss``) when it exits. The baseline, measured in the same command, is
the same evaluation of the smallest file: memory flat in the number of tasks means a ratio
near 1.0 however large the file. Both the trained policy (a small customer_support run,
trained first) and the scripted expert (``--policy gold``) are measured. The goal: under
500 MB for every file.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_MB = 500
PAIRS = (("password_reset", "active"), ("password_reset", "locked"), ("billing_inquiry", "found"),
         ("api_integration", "invalid_key"), ("refund_request", "within_window"), ("data_migration", "clean"),
         ("refund_request", "outside_window"), ("data_migration", "failed"))
REPORT_RSS = """
import resource, sys
report_to = sys.argv.pop(1)
from agentgym.cli import main
try:
    main()
finally:
    with open(report_to, "w") as out:
        out.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))  # KiB on Linux
"""


def write_tasks(path: Path, count: int) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for index in range(count):
            kind, outcome = PAIRS[index % len(PAIRS)]
            out.write(json.dumps({
                "kind": kind, "outcome": outcome, "name": f"Casey Morgan{index}",
                "email": f"casey{index}@example.org", "subject": f"{kind.replace('_', ' ')} help",
                "body": "Hello, something is wrong with my account since this morning. Please help me!",
            }) + "\n")


def run_measured(args: list[str], env: dict[str, str], folder: Path) -> tuple[int, float, float, str]:
    """(exit code, peak RSS in MB, seconds, last stderr line) of ``agentgym ARGS``."""
    rss_file = folder / "rss.txt"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", REPORT_RSS, str(rss_file), *args], env=env,
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    peak_mb = int(rss_file.read_text()) / 1024
    last = (done.stderr.strip().splitlines() or [""])[-1]
    return done.returncode, peak_mb, seconds, last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--trials", type=int, default=1, help="trials per task (default 1)")
    parser.add_argument("--full", action="store_true", help="also evaluate the ~50 MB file whole")
    parser.add_argument("--policies", nargs="+", choices=("trained", "gold"), default=["trained", "gold"])
    parser.add_argument("--no-50mb", action="store_true", help="skip the ~50 MB file (e.g. for a version "
                        "without the cap, which would hold it all in memory)")
    args = parser.parse_args()

    env = {k: v for k, v in os.environ.items() if not k.startswith("AGENTGYM_")}
    env.update({"NO_COLOR": "1", "COLUMNS": "120"})
    with tempfile.TemporaryDirectory(prefix="bench-task-files-") as name:
        folder = Path(name)
        print("training a small customer_support run to evaluate ...", flush=True)
        subprocess.run([sys.executable, "-c", "from agentgym.cli import main; main()", "train", "customer_support",
                        "-e", "640", "--executor", "local", "-o", str(folder / "runs"), "--json"],
                       env=env, check=True, capture_output=True)
        run_dir = next((folder / "runs").iterdir())
        files = {}
        for size in sorted(args.sizes):
            files[size] = folder / f"tasks-{size}.jsonl"
            write_tasks(files[size], size)
        big = folder / "tasks-50mb.jsonl"
        write_tasks(big, 50 * (1 << 20) // (files[max(files)].stat().st_size // max(files)))

        print(f"{'policy':8} {'tasks':>8} {'file MB':>8} {'peak RSS MB':>12} {'x smallest':>10} {'seconds':>8}"
              f" {'episodes/s':>10}  exit")
        worst = 0.0
        measured = {"trained": [str(run_dir)], "gold": ["--scenario", "customer_support", "--policy", "gold"]}
        for label, policy_args in ((name, measured[name]) for name in args.policies):
            baseline = None
            cases = [(size, files[size], []) for size in sorted(files)]
            if not args.no_50mb:
                cases.append((None, big, []))
            if args.full and not args.no_50mb:
                cases.append((None, big, ["--max-tasks", "10000000"]))
            for size, path, extra in cases:
                code, peak, seconds, last = run_measured(
                    ["eval", *policy_args, "--tasks", str(path), "--trials", str(args.trials), "--json", *extra],
                    env, folder)
                tasks = size if size is not None else sum(1 for _ in open(path, encoding="utf-8"))
                baseline = baseline or peak
                worst = max(worst, peak)
                rate = f"{tasks * args.trials / seconds:10.0f}" if code == 0 else f"{'-':>10}"
                outcome = "0" if code == 0 else f"{code}: {last[:70]}"
                print(f"{label:8} {tasks:8d} {path.stat().st_size / (1 << 20):8.1f} {peak:12.1f} "
                      f"{peak / baseline:10.2f} {seconds:8.1f} {rate}  {outcome}", flush=True)
        print(f"largest peak RSS: {worst:.1f} MB (goal: under {GOAL_MB} MB)")
        return 0 if worst < GOAL_MB else 1


if __name__ == "__main__":
    sys.exit(main())
