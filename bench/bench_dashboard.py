"""The dashboard's runs page over a big folder: hundreds of runs, one of them with a
100k-line ``metrics.jsonl``. Goal: the page in under 1 s, first render included.

    python bench/bench_dashboard.py [--runs 300] [--lines 100000] [--repeat 5] [--run RUN_DIR]

The runs are copies (hard links) of one real run directory: a small customer_support run
trained here first, unless ``--run`` names one. The long log is that run's own lines repeated
with their step and episodes renumbered (a log that long takes days to train). Everything
runs in this process through the ASGI app (Starlette's TestClient: no sockets), and every
figure is a median of ``--repeat`` fresh starts, printed beside a baseline measured the same
way: reading and parsing every run's ``result.json`` and ``config.toml``, the least any
listing of these runs costs.

Figures:
- runs page, first render: a fresh app, every run summarized;
- runs page, next renders: nothing changed (a few stats per run);
- rescan after one run's log grew by a line (what the live runs stream does every second);
- the long run's curves, first (the whole file parsed) and after one more line (only it read).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from functools import partial
from pathlib import Path

GOAL = 1.0


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def get(client: object, url: str) -> tuple[float, object]:
    """(seconds, response) of one request, checked to be a 200."""
    started = time.perf_counter()
    response = client.get(url)  # type: ignore[attr-defined]
    seconds = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code)
    return seconds, response


def small_run(where: Path) -> Path:
    from agentgym.testing import train_small_run

    print("training a small customer_support run to copy (use --run RUN_DIR to skip) ...", flush=True)
    return Path(train_small_run("customer_support", where, episodes=640, eval_interval=5)["run_dir"])


def long_log(source: Path, target: Path, lines: int) -> None:
    """``lines`` updates: the source run's lines over and over, renumbered."""
    original = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line]
    batch = original[0]["episodes"]
    with target.open("w", encoding="utf-8") as out:
        for step in range(1, lines + 1):
            line = dict(original[(step - 1) % len(original)], step=step, episodes=step * batch)
            out.write(json.dumps(line) + "\n")


def build_folder(run: Path, folder: Path, runs: int, lines: int) -> Path:
    """``runs`` hard-linked copies of ``run``; the first gets a ``lines``-line log of its own."""
    for index in range(runs):
        shutil.copytree(run, folder / f"{run.name}-{index:04d}", copy_function=os.link)
    big = folder / f"{run.name}-0000"
    (big / "metrics.jsonl").unlink()
    long_log(run / "metrics.jsonl", big / "metrics.jsonl", lines)
    return big


def baseline(folder: Path) -> None:
    for run in sorted(folder.iterdir()):
        json.loads((run / "result.json").read_text(encoding="utf-8"))
        tomllib.loads((run / "config.toml").read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--run", type=Path, help="a finished run directory to copy (default: train one)")
    args = parser.parse_args()

    from starlette.testclient import TestClient

    from agentgym_dashboard.app import create_app
    from agentgym_dashboard.catalog import Catalog

    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as temporary:
        base = Path(temporary)
        run = args.run or small_run(base / "trained")
        folder = base / "runs"
        folder.mkdir()
        big = build_folder(run, folder, args.runs, args.lines)
        size = (big / "metrics.jsonl").stat().st_size
        print(f"{args.runs} runs, one with a {args.lines}-line metrics.jsonl ({size / 1e6:.1f} MB); "
              f"median of {args.repeat} fresh starts", flush=True)
        catalog = Catalog()  # plugins load once per process, as in the server
        figures: dict[str, list[float]] = {name: [] for name in (
            "baseline: parse every result.json + config.toml", "runs page, first render",
            "runs page, next render", "rescan after a new line", "long run's curves, first",
            "long run's curves, after a new line")}
        names = list(figures)
        last_line = (big / "metrics.jsonl").read_text(encoding="utf-8").splitlines()[-1]
        for _ in range(args.repeat):
            figures[names[0]].append(timed(lambda: baseline(folder)))
            with TestClient(create_app([folder], catalog)) as client:
                seconds, page = get(client, "/")
                assert page.text.count("<tr data-run=") == args.runs  # type: ignore[attr-defined]
                figures[names[1]].append(seconds)
                figures[names[2]].append(statistics.median(get(client, "/")[0] for _ in range(3)))
                index = client.app.state.dashboard.index  # type: ignore[attr-defined]
                with (big / "metrics.jsonl").open("a", encoding="utf-8") as out:
                    out.write(last_line + "\n")
                figures[names[3]].append(timed(partial(index.refresh, force=True)))
                url = f"/runs/0/{big.name}/curves"
                figures[names[4]].append(get(client, url)[0])
                with (big / "metrics.jsonl").open("a", encoding="utf-8") as out:
                    out.write(last_line + "\n")
                figures[names[5]].append(get(client, url)[0])

    floor = statistics.median(figures[names[0]])
    worst = 0.0
    for name, values in figures.items():
        median = statistics.median(values)
        ratio = "(baseline)" if name == names[0] else f"ratio {median / floor:6.1f}"
        print(f"  {name:48s} {median * 1000:8.1f} ms  {ratio}  (min {min(values) * 1000:.1f} ms)")
        if name.startswith("runs page"):
            worst = max(worst, median)
    verdict = "ok" if worst < GOAL else "ABOVE GOAL"
    print(f"runs page: {worst * 1000:.0f} ms at worst (goal under {GOAL * 1000:.0f} ms): {verdict}")
    return 0 if worst < GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
