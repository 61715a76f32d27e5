"""Requests per second and p50/p99 latency of ``agentgym serve``, against a no-op floor.

One server process runs the real app (``agentgym_serve.app.create_app``, uvicorn, access
log off) with one extra route, ``POST /bench/noop``, which reads the body and answers a
fixed ``{}``: the floor, what any request costs on this stack before the policy does
anything. The client (aiohttp, one asyncio process, keep-alive connections) sends
single-decision requests, the first turn of a test ticket with the scenario's tools offered
(``POST /v1/chat/completions``, not streamed), round-robin over ``--tickets`` tickets, and
the same bodies to the floor. Each endpoint is measured at 1 and at 8 concurrent clients,
floor and decisions alternating; each measurement is ``--seconds`` long after a warm-up.

Goals (issue 22): at least 500 decisions/s at 8 clients; decision p99 at most 3x the
floor's p99 at the same concurrency. ``--check`` exits 1 when a goal is missed. Client and
server share the machine, so on a busy one the rates fall with the CPU the server gets: the
last columns (Linux) give the server's CPU time per request and the share of one core it
had, which do not depend on that.

Run: ``.venv/bin/python bench/bench_serve.py [--run RUN_DIR] [--seconds 5]``. Without
``--run`` it trains a small customer_support run first (about 15 s).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

GOAL_RATE = 500.0  # decisions per second at 8 clients
GOAL_P99_RATIO = 3.0  # decision p99 over the floor's p99, same concurrency
CONCURRENCY = (1, 8)

# The server: the real app plus the floor route, on a free loopback port it prints.
SERVER = r"""
import sys
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from agentgym_serve.app import create_app
from agentgym_serve.listening import bind, run_server
from agentgym_serve.runs import load_runs


async def noop(request: Request) -> Response:
    await request.body()
    return Response(b"{}", media_type="application/json")


app = create_app(load_runs(sys.argv[1:]))
app.router.routes.append(Route("/bench/noop", noop, methods=["POST"]))
listener = bind("127.0.0.1", 0)
print(listener.getsockname()[1], flush=True)
run_server(listener, app, access_log=False, log_level="warning")
"""


def single_decision_bodies(run_dir: Path, tickets: int) -> list[bytes]:
    """The first turn of ``tickets`` test tickets, spread over the split, tools offered."""
    import agentgym

    policy = agentgym.load_policy(run_dir)
    scenario = policy.scenario
    tools = [
        {"type": "function", "function": {"name": t.name, "description": t.description, "parameters": dict(t.parameters)}}
        for t in scenario.tools()
    ]
    tasks = scenario.tasks("test")
    step = max(1, len(tasks) // tickets)
    return [
        json.dumps({
            "model": Path(run_dir).resolve().name,
            "messages": [{"role": "system", "content": "You resolve help-desk tickets."},
                         {"role": "user", "content": task.ticket}],
            "tools": tools,
        }).encode()
        for task in tasks[::step][:tickets]
    ]


async def measure(url: str, bodies: list[bytes], clients: int, seconds: float, warmup: float) -> dict[str, float]:
    """``clients`` loops sending requests back to back; rate and latency percentiles (ms)."""
    import aiohttp

    latencies: list[float] = []
    failures = 0
    headers = {"Content-Type": "application/json"}
    connector = aiohttp.TCPConnector(limit=clients)
    async with aiohttp.ClientSession(connector=connector) as session:
        start = time.perf_counter() + warmup  # requests that begin before this are the warm-up
        end = start + seconds

        async def client(offset: int) -> None:
            nonlocal failures
            i = offset
            while time.perf_counter() < end:
                began = time.perf_counter()
                async with session.post(url, data=bodies[i % len(bodies)], headers=headers) as response:
                    await response.read()
                    ok = response.status == 200
                ended = time.perf_counter()
                i += clients
                if began >= start and ended <= end:
                    latencies.append(ended - began)
                    failures += not ok

        await asyncio.gather(*(client(k) for k in range(clients)))
    latencies.sort()
    return {
        "rate": len(latencies) / seconds,
        "p50": 1000 * statistics.median(latencies),
        "p99": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
        "requests": len(latencies),
        "failures": failures,
    }


def server_cpu_seconds(pid: int) -> float | None:
    """User + system CPU time the server process used so far (Linux ``/proc``), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_server(run_dir: Path) -> tuple[subprocess.Popen[str], int]:
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(run_dir)], stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    line = server.stdout.readline()
    if not line.strip().isdigit():
        server.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    return server, int(line)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, help="a customer_support run directory (default: train one)")
    parser.add_argument("--tickets", type=int, default=100, help="distinct test tickets to send (round-robin)")
    parser.add_argument("--seconds", type=float, default=5.0, help="length of each measurement")
    parser.add_argument("--warmup", type=float, default=1.0, help="untimed seconds before each measurement")
    parser.add_argument("--check", action="store_true", help="exit 1 if a goal is missed")
    args = parser.parse_args(argv)

    run_dir = args.run
    if run_dir is None:
        from agentgym.testing import train_small_run

        print("training a small customer_support run ...", file=sys.stderr)
        run_dir = Path(train_small_run("customer_support", Path(tempfile.mkdtemp()))["run_dir"])
    bodies = single_decision_bodies(run_dir, args.tickets)
    server, port = start_server(run_dir)
    results: dict[tuple[str, int], dict[str, float]] = {}
    try:
        base = f"http://127.0.0.1:{port}"
        for clients in CONCURRENCY:
            for name, path in (("floor (no-op)", "/bench/noop"), ("decision", "/v1/chat/completions")):
                cpu_before, wall_before = server_cpu_seconds(server.pid), time.perf_counter()
                row = asyncio.run(measure(base + path, bodies, clients, args.seconds, args.warmup))
                cpu_after, wall_after = server_cpu_seconds(server.pid), time.perf_counter()
                if cpu_before is not None and cpu_after is not None:
                    # over the whole call (warm-up included): server CPU per request and its share of a core
                    served = row["requests"] * (wall_after - wall_before) / args.seconds
                    row["cpu_us"] = 1e6 * (cpu_after - cpu_before) / served
                    row["cpu_share"] = (cpu_after - cpu_before) / (wall_after - wall_before)
                results[name, clients] = row
    finally:
        server.terminate()
        server.wait(timeout=30)

    print(f"agentgym serve, {len(bodies)} tickets, {args.seconds:g} s per row ({os.cpu_count()} CPUs)")
    print(f"  {'endpoint':14s} {'clients':>7s} {'req/s':>8s} {'p50 ms':>8s} {'p99 ms':>8s} {'failed':>7s} "
          f"{'server CPU/req':>15s} {'server core':>12s}")
    for (name, clients), row in results.items():
        cpu = f"{row['cpu_us']:12.0f} us {row['cpu_share']:11.0%}" if "cpu_us" in row else ""
        print(f"  {name:14s} {clients:7d} {row['rate']:8.0f} {row['p50']:8.2f} {row['p99']:8.2f} "
              f"{int(row['failures']):7d} {cpu}")
    missed = []
    for clients in CONCURRENCY:
        ratio = results["decision", clients]["p99"] / results["floor (no-op)", clients]["p99"]
        verdict = "ok" if ratio <= GOAL_P99_RATIO else f"above {GOAL_P99_RATIO:g}"
        print(f"  p99 decision / floor at {clients} client{'s' if clients > 1 else ''}: {ratio:.2f} ({verdict})")
        if clients == max(CONCURRENCY) and ratio > GOAL_P99_RATIO:
            missed.append("p99")
    rate = results["decision", max(CONCURRENCY)]["rate"]
    print(f"  decisions/s at {max(CONCURRENCY)} clients: {rate:.0f} "
          f"({'ok' if rate >= GOAL_RATE else f'below {GOAL_RATE:g}'})")
    if rate < GOAL_RATE:
        missed.append("rate")
    if any(row["failures"] for row in results.values()):
        missed.append("failures")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
