"""Helpers shared by the agentgym-serve tests (imported as ``serve_testlib``).

A running server (``Served``, started by the ``served`` fixture), the scenario's tools as
each client writes them, and the help desk those tools act on: one episode of the scenario
at a time, swapped per ticket, so a framework's agent is built once and runs many tickets.
No AgentGym adapter is imported anywhere here: the frameworks only see an OpenAI-compatible
endpoint.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from pydantic import BaseModel, Field, create_model

from agentgym.scenario import Episode, Scenario, Task, Trajectory

TICKETS = 100  # test tickets per framework and mode (the "at least 100")
JSON_TYPES: dict[str, type] = {"string": str, "integer": int, "number": float, "boolean": bool}

# ``python -c GUARDED_SERVE ARGS``: ``agentgym ARGS`` under the tests' network guard (every
# non-loopback connect and DNS lookup refused and recorded, written to $AGENTGYM_NETWORK_LOG
# at exit). The offline environment variables come from the root conftest.py.
GUARDED_CLI = r"""
import os, sys

from agentgym.testing import guard_this_process

guard_this_process(os.environ["AGENTGYM_NETWORK_LOG"])
sys.argv = ["agentgym", *sys.argv[1:]]
from agentgym.cli import main

main()
"""
PLUGIN_SWITCHES = ("AGENTGYM_STRICT_PLUGINS", "AGENTGYM_DISABLE_PLUGIN_AUTOLOAD", "AGENTGYM_PLUGINS",
                   "AGENTGYM_DISABLED_PLUGINS", "AGENTGYM_SERVE_API_KEY")


# --- a server in a subprocess -------------------------------------------------------------------
@dataclass
class Served:
    """``agentgym serve`` running in a subprocess, its log in a file."""

    process: subprocess.Popen[bytes]
    log: Path
    network_log: Path
    port: int
    model: str
    api_key: str | None
    exit_code: int | None = field(default=None)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def interrupt(self, timeout: float = 30) -> int:
        """Ctrl-C (SIGINT), as a user stops it; the exit code."""
        if self.exit_code is None:
            self.process.send_signal(signal.SIGINT)
            self.exit_code = self.process.wait(timeout=timeout)
        return self.exit_code

    def network_attempts(self) -> list[str]:
        """What the guard refused the server (read after it exited)."""
        return json.loads(self.network_log.read_text(encoding="utf-8"))


def serve_environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in PLUGIN_SWITCHES}
    env.update({"PYTHONIOENCODING": "utf-8", "NO_COLOR": "1", "COLUMNS": "200"})
    env.update(extra or {})
    return env


def start_server(run_dirs: Sequence[Path], workdir: Path, *options: str,
                 env: dict[str, str] | None = None, timeout: float = 120) -> Served:
    """``agentgym serve RUN_DIR ... --port 0 OPTIONS`` under the network guard; returns once
    it announced its port (or fails the test with its log)."""
    workdir.mkdir(parents=True, exist_ok=True)
    log, network_log = workdir / "server.log", workdir / "network.json"
    environment = serve_environment({"AGENTGYM_NETWORK_LOG": str(network_log), **(env or {})})
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", GUARDED_CLI, "serve", *map(str, run_dirs), "--port", "0", *options],
            stdout=out, stderr=subprocess.STDOUT, env=environment, cwd=workdir,
        )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            if line.startswith("agentgym serve: ") and " on http://127.0.0.1:" in line:
                port = int(line.split(" on http://127.0.0.1:", 1)[1].split("/", 1)[0])
                key = options[options.index("--api-key") + 1] if "--api-key" in options else None
                key = key or (env or {}).get("AGENTGYM_SERVE_API_KEY")
                return Served(process, log, network_log, port, Path(run_dirs[0]).resolve().name, key)
        if process.poll() is not None:
            raise AssertionError(f"agentgym serve exited with {process.returncode}:\n{text}")
        time.sleep(0.05)
    process.kill()
    raise AssertionError(f"agentgym serve did not start within {timeout} s:\n{log.read_text()}")


# --- what the frameworks and the API see of the scenario --------------------------------------------
def openai_tools(scenario: Scenario) -> list[dict[str, Any]]:
    """The scenario's tools in the chat-completions ``tools`` format."""
    return [
        {"type": "function",
         "function": {"name": spec.name, "description": spec.description, "parameters": dict(spec.parameters)}}
        for spec in scenario.tools()
    ]


def arguments_model(spec: Any) -> type[BaseModel]:
    """A pydantic model of a tool's arguments, from its JSON Schema (what users write by hand)."""
    required = set(spec.parameters.get("required", ()))
    fields: dict[str, Any] = {}
    for name, schema in spec.parameters.get("properties", {}).items():
        kind = JSON_TYPES.get(schema.get("type", "string"), str)
        default = ... if name in required else None
        fields[name] = (kind if name in required else kind | None, Field(default, description=schema.get("description")))
    return create_model(f"{spec.name}_arguments", **fields)


class Desk:
    """The help desk the tools act on: the current ticket's episode."""

    def __init__(self) -> None:
        self.episode: Episode | None = None

    def call(self, name: str, arguments: dict[str, Any]) -> str:
        assert self.episode is not None, "no ticket is open"
        return self.episode.call_tool(name, {k: v for k, v in arguments.items() if v is not None})


def held_out_tickets(scenario: Scenario, count: int = TICKETS) -> list[Task]:
    """``count`` test tickets spread evenly over the test split."""
    tasks = list(scenario.tasks("test"))
    return tasks[:: max(1, len(tasks) // count)][:count]


def calls(trajectory: Trajectory) -> list[tuple[str, dict[str, Any], str]]:
    """The tool-call sequence: each call's tool, arguments and the result it got."""
    return [(step.tool, dict(step.arguments), step.result) for step in trajectory.steps]


# --- what a client sent --------------------------------------------------------------------------
class StreamFlags:
    """httpx event hooks recording each chat completion request's ``stream`` flag."""

    def __init__(self) -> None:
        self.flags: list[bool] = []

    def record(self, request: httpx.Request) -> None:
        if request.url.path.endswith("/chat/completions"):
            self.flags.append(bool(json.loads(request.content or b"{}").get("stream")))

    async def arecord(self, request: httpx.Request) -> None:
        self.record(request)

    def client(self) -> httpx.Client:
        return httpx.Client(event_hooks={"request": [self.record]})

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(event_hooks={"request": [self.arecord]})
