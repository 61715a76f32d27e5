"""``agentgym dashboard`` as users run it: a real server on loopback, its live event streams
(runs appearing, metric lines arriving), Ctrl-C, the command line's refusals and exit codes,
and ``agentgym --help`` without the web stack."""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dashboard_testlib import Dashboard, copy_run, environment, events, start_dashboard

WEB_STACK = ("starlette", "uvicorn", "jinja2", "plotly", "sse_starlette", "agentgym_dashboard.app",
             "agentgym_dashboard.cli")


def agentgym(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "from agentgym.cli import main; main()", *args],
                          capture_output=True, text=True, env=environment(env), timeout=timeout)


class Stream:
    """A server-sent event stream read in a thread: ``next(within)`` returns the next event."""

    def __init__(self, url: str, headers: dict[str, str] | None = None) -> None:
        self.events: queue.Queue[tuple[str, str, str]] = queue.Queue()
        self.client = httpx.Client(timeout=httpx.Timeout(10, read=None))
        self.response = self.client.send(self.client.build_request("GET", url, headers=headers), stream=True)
        assert self.response.status_code == 200
        assert self.response.headers["content-type"].startswith("text/event-stream")
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        try:
            for event in events(self.response):
                self.events.put(event)
        except (httpx.HTTPError, RuntimeError):
            pass

    def next(self, within: float) -> tuple[str, str, Any]:
        name, ident, data = self.events.get(timeout=within)
        return name, ident, json.loads(data)

    def close(self) -> None:
        self.response.close()
        self.client.close()


@pytest.fixture
def live(watched: Path, tmp_path: Path) -> Iterator[Dashboard]:
    dashboard = start_dashboard([watched], tmp_path / "server")
    yield dashboard
    assert dashboard.interrupt() == 0, dashboard.text()
    assert dashboard.network_attempts() == []


@pytest.mark.slow
def test_a_new_metrics_line_is_pushed_within_two_seconds(live: Dashboard, watched: Path) -> None:
    """The run page's stream sends the points of each line appended to metrics.jsonl, read
    from where the page's data ended; a line still being written waits for its newline.
    (The run holds the training lock, as a live trainer does: it is running.)"""
    from agentgym import run_state

    run = f"{live.url}/runs/0/seed0"
    metrics = watched / "seed0" / "metrics.jsonl"
    with run_state.training(watched / "seed0"):
        start = httpx.get(f"{run}/curves").json()
        assert start["offset"] == metrics.stat().st_size
        assert 'data-status="running"' in httpx.get(run).text
        stream = Stream(f"{run}/events?offset={start['offset']}&status=running")
        try:
            last = json.loads(metrics.read_text(encoding="utf-8").splitlines()[-1])
            new = {**last, "step": last["step"] + 1, "episodes": last["episodes"] + 64, "success": 0.625,
                   "tool_reliability": 0.75, "mean_reward": -12.5, "entropy": 0.5, "val_success": 0.5,
                   "val_tool_reliability": 0.875}
            text = json.dumps(new)
            with metrics.open("a", encoding="utf-8") as out:
                out.write(text[:20])
                out.flush()
                with pytest.raises(queue.Empty):  # half a line: nothing yet
                    stream.next(within=1.5)
                written = time.monotonic()
                out.write(text[20:] + "\n")
            name, ident, points = stream.next(within=2.0)
            assert time.monotonic() - written < 2.0
            x = float(new["episodes"])
            assert (name, ident) == ("points", str(metrics.stat().st_size))
            assert points["success"] == {"train": [[x], [0.625]], "validation": [[x], [0.5]]}
            assert points["tool_reliability"] == {"train": [[x], [0.75]], "validation": [[x], [0.875]]}
            assert points["mean_reward"] == {"train": [[x], [-12.5]]}
            assert points["entropy"] == {"train": [[x], [0.5]]}
        finally:
            stream.close()


def test_a_run_replaced_under_the_page_resets_its_stream(live: Dashboard, watched: Path) -> None:
    """``--resume`` rewrites metrics.jsonl (a new, shorter file): the page must start over."""
    run = f"{live.url}/runs/0/seed1"
    metrics = watched / "seed1" / "metrics.jsonl"
    offset = httpx.get(f"{run}/curves").json()["offset"]
    stream = Stream(f"{run}/events?offset={offset}")
    try:
        lines = metrics.read_text(encoding="utf-8").splitlines()
        replacement = metrics.with_name(".metrics.jsonl.new")
        replacement.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
        os.replace(replacement, metrics)
        assert stream.next(within=3.0)[0] == "reset"
    finally:
        stream.close()


@pytest.mark.slow
def test_runs_appear_change_and_go_without_a_reload(live: Dashboard, watched: Path,
                                                    finished_runs: tuple[Path, Path]) -> None:
    page = httpx.get(f"{live.url}/").text
    since = re.search(r'data-since="([^"]+)"', page)
    assert since is not None
    stream = Stream(f"{live.url}/events/runs?since={since.group(1)}")
    try:
        copy_run(finished_runs[1], watched, "arrived")
        name, ident, data = stream.next(within=5.0)
        assert name == "runs" and [u["id"] for u in data["upserts"]] == ["0/arrived"]
        assert data["upserts"][0]["status"] in ("finished", "stopped_early")
        assert 'data-run="0/arrived"' in data["upserts"][0]["html"]
        assert data["columns"] == ["test", "natural"]

        (watched / "arrived" / "result.json").unlink()
        name, _, data = stream.next(within=5.0)
        assert [(u["id"], u["status"]) for u in data["upserts"]] == [("0/arrived", "unreadable")]

        shutil.rmtree(watched / "arrived")
        name, ident2, data = stream.next(within=5.0)
        assert data["removed"] == ["0/arrived"] and data["upserts"] == []
        assert int(ident2.split("-")[1]) > int(ident.split("-")[1])
    finally:
        stream.close()

    again = Stream(f"{live.url}/events/runs", headers={"Last-Event-ID": ident})  # a browser reconnecting
    try:
        name, _, data = again.next(within=5.0)
        assert data["removed"] == ["0/arrived"], "what changed while it was away is sent"
    finally:
        again.close()
    stale = Stream(f"{live.url}/events/runs?since=0123abcd-5")  # a page from an earlier server
    try:
        assert stale.next(within=5.0)[0] == "reload"
    finally:
        stale.close()


@pytest.mark.slow
def test_ctrl_c_stops_it_cleanly_with_streams_open(watched: Path, tmp_path: Path) -> None:
    dashboard = start_dashboard([watched], tmp_path / "server")
    since = re.search(r'data-since="([^"]+)"', httpx.get(f"{dashboard.url}/").text)
    assert since is not None
    streams = [Stream(f"{dashboard.url}/events/runs?since={since.group(1)}"),
               Stream(f"{dashboard.url}/runs/0/seed0/events?offset=0")]
    try:
        time.sleep(1.0)
        assert dashboard.interrupt(timeout=30) == 0
    finally:
        for stream in streams:
            stream.close()
    text = dashboard.text()
    assert text.rstrip().endswith("agentgym dashboard: stopped")
    assert "Traceback" not in text


# --- the command line --------------------------------------------------------------------------


def test_a_non_loopback_address_needs_allow_remote(watched: Path) -> None:
    done = agentgym("dashboard", str(watched), "--host", "0.0.0.0")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "error: refusing to listen on 0.0.0.0: the dashboard shows your runs, configs and tickets to anyone "
        "who can reach it, without a login. Pass --allow-remote if that is what you want"
    ]


def test_a_missing_folder_is_exit_2_in_one_line(tmp_path: Path) -> None:
    done = agentgym("dashboard", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert f"runs folder not found: {tmp_path / 'nowhere'}" in done.stderr


def test_a_busy_port_is_exit_2_in_one_line(watched: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        done = agentgym("dashboard", str(watched), "--port", str(port))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].startswith(f"error: cannot listen on 127.0.0.1:{port}:")
    assert "Traceback" not in done.stderr


def test_open_starts_the_browser_on_the_dashboard(watched: Path, tmp_path: Path) -> None:
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.py"
    browser.write_text(f"import sys\nopen({str(opened)!r}, 'w').write(sys.argv[1])\n", encoding="utf-8")
    dashboard = start_dashboard([watched], tmp_path / "server", "--open",
                                env={"BROWSER": f"{sys.executable} {browser} %s"})
    try:
        deadline = time.monotonic() + 30
        while not opened.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert opened.read_text(encoding="utf-8") == f"{dashboard.url}/"
        assert httpx.get(opened.read_text(encoding="utf-8")).status_code == 200
    finally:
        assert dashboard.interrupt() == 0


def test_help_lists_dashboard_without_importing_the_web_stack() -> None:
    script = (
        "import sys\nfrom agentgym.cli import main\nsys.argv = ['agentgym', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print('IMPORTED', sorted(m for m in {WEB_STACK!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment(),
                          timeout=120)
    assert re.search(r"dashboard\s+Watch runs train, compare them", done.stdout), done.stdout
    assert done.stdout.strip().splitlines()[-1] == "IMPORTED []"
    helped = agentgym("dashboard", "--help")
    assert helped.returncode == 0
    for option in ("--host", "--port", "--open", "--allow-remote", "RUNS_DIR"):
        assert option in helped.stdout
