"""Helpers shared by the agentgym-dashboard tests (imported as ``dashboard_testlib``).

A dashboard in a subprocess (``agentgym dashboard ... --port 0`` under the tests' network
guard), a reader of its server-sent events, and a fingerprint of every file under a folder
(to show the dashboard never writes into a run).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

# ``python -c GUARDED_CLI ARGS``: ``agentgym ARGS`` with every non-loopback connect and DNS
# lookup refused and recorded (written to $AGENTGYM_NETWORK_LOG at exit).
GUARDED_CLI = r"""
import os, sys

from agentgym.testing import guard_this_process

guard_this_process(os.environ["AGENTGYM_NETWORK_LOG"])
sys.argv = ["agentgym", *sys.argv[1:]]
from agentgym.cli import main

main()
"""
PLUGIN_SWITCHES = ("AGENTGYM_STRICT_PLUGINS", "AGENTGYM_DISABLE_PLUGIN_AUTOLOAD", "AGENTGYM_PLUGINS",
                   "AGENTGYM_DISABLED_PLUGINS")
ANNOUNCE = "agentgym dashboard: "


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in PLUGIN_SWITCHES}
    env.update({"PYTHONIOENCODING": "utf-8", "NO_COLOR": "1", "COLUMNS": "200"})
    env.update(extra or {})
    return env


@dataclass
class Dashboard:
    """``agentgym dashboard`` running in a subprocess, its output in a file."""

    process: subprocess.Popen[bytes]
    log: Path
    network_log: Path
    port: int
    exit_code: int | None = field(default=None)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def interrupt(self, timeout: float = 30) -> int:
        """Ctrl-C (SIGINT), as a user stops it; the exit code."""
        if self.exit_code is None:
            self.process.send_signal(signal.SIGINT)
            self.exit_code = self.process.wait(timeout=timeout)
        return self.exit_code

    def network_attempts(self) -> list[str]:
        """What the guard refused the dashboard (read after it exited)."""
        return json.loads(self.network_log.read_text(encoding="utf-8"))


def start_dashboard(folders: Sequence[Path], workdir: Path, *options: str,
                    env: dict[str, str] | None = None, timeout: float = 120) -> Dashboard:
    """``agentgym dashboard FOLDER ... --port 0 OPTIONS``; returns once it announced its URL."""
    workdir.mkdir(parents=True, exist_ok=True)
    log, network_log = workdir / "dashboard.log", workdir / "network.json"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", GUARDED_CLI, "dashboard", *map(str, folders), "--port", "0", *options],
            stdout=out, stderr=subprocess.STDOUT, cwd=workdir,
            env=environment({"AGENTGYM_NETWORK_LOG": str(network_log), **(env or {})}),
        )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            if line.startswith(ANNOUNCE) and " on http://127.0.0.1:" in line:
                port = int(line.split(" on http://127.0.0.1:", 1)[1].split("/", 1)[0])
                return Dashboard(process, log, network_log, port)
        if process.poll() is not None:
            raise AssertionError(f"agentgym dashboard exited with {process.returncode}:\n{text}")
        time.sleep(0.05)
    process.kill()
    raise AssertionError(f"agentgym dashboard did not start within {timeout} s:\n{log.read_text()}")


def events(response: httpx.Response) -> Iterator[tuple[str, str, str]]:
    """(event, id, data) for each server-sent event of a streaming response."""
    name, ident, data = "message", "", []
    for line in response.iter_lines():
        if not line:
            if data:
                yield name, ident, "\n".join(data)
            name, ident, data = "message", "", []
        elif line.startswith(":"):
            continue
        else:
            key, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if key == "event":
                name = value
            elif key == "id":
                ident = value
            elif key == "data":
                data.append(value)


def fingerprint(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every file under ``folder``: (size, modification time, sha256)."""
    prints = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            stat = path.stat()
            prints[str(path.relative_to(folder))] = (stat.st_size, stat.st_mtime_ns,
                                                     hashlib.sha256(path.read_bytes()).hexdigest())
    return prints


def copy_run(run_dir: Path, folder: Path, name: str | None = None) -> Path:
    """A copy of a finished run under ``folder`` (tests change copies, never the originals)."""
    target = folder / (name or run_dir.name)
    shutil.copytree(run_dir, target)
    return target


def metric_lines(run_dir: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text(encoding="utf-8").splitlines() if line]
