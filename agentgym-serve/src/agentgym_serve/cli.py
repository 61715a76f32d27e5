"""``agentgym serve RUN_DIR [RUN_DIR ...]``: the runs behind an OpenAI-compatible endpoint.

Imported only when the command runs (the plugin registers it by name). The socket is bound
here, before uvicorn starts, so a busy port or a bad address is one clear line, and the
line announcing the server carries the real port (``--port 0`` picks a free one).
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from pathlib import Path
from typing import Any

import typer

from agentgym.cli.errors import UsageError

API_KEY_VARIABLE = "AGENTGYM_SERVE_API_KEY"
LOG_LEVELS = ("critical", "error", "warning", "info", "debug")

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


@app.command()
def serve(
    run_dirs: list[Path] = typer.Argument(
        ..., metavar="RUN_DIR...", help="Run directories to serve; the model name of each is its folder name."
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on (0: any free port)."),
    api_key: str | None = typer.Option(
        None, "--api-key", envvar=API_KEY_VARIABLE, show_envvar=True,
        help="Require 'Authorization: Bearer KEY' on every /v1 request.",
    ),
    allow_unauthenticated: bool = typer.Option(
        False, "--allow-unauthenticated", help="Listen on a non-loopback address without an API key."
    ),
    access_log: bool = typer.Option(True, "--access-log/--no-access-log", help="Log one line per request."),
    log_level: str = typer.Option("info", "--log-level", help=f"One of {', '.join(LOG_LEVELS)}."),
) -> None:
    """Serve trained runs behind an OpenAI-compatible chat-completions endpoint (Ctrl-C stops it)."""
    if log_level not in LOG_LEVELS:
        raise UsageError(f"--log-level must be one of {', '.join(LOG_LEVELS)}; got '{log_level}'")
    check_exposure(host, api_key, allow_unauthenticated)
    from agentgym_serve.runs import load_runs

    runs = load_runs(run_dirs)
    listener = bind(host, port)
    served_port = listener.getsockname()[1]
    shown_host = f"[{host}]" if ":" in host else host
    print(
        f"agentgym serve: {', '.join(runs)} on http://{shown_host}:{served_port}/v1"
        f"{' (API key required)' if api_key else ''}; Ctrl-C stops it",
        file=sys.stderr, flush=True,
    )
    from agentgym_serve.app import create_app

    run_server(listener, create_app(runs, api_key), access_log=access_log, log_level=log_level)


def check_exposure(host: str, api_key: str | None, allow_unauthenticated: bool) -> None:
    """Refuse to listen beyond this machine without a key, unless the user said so."""
    if not api_key and not is_loopback(host) and not allow_unauthenticated:
        raise UsageError(
            f"refusing to listen on {host} without an API key: anyone who can reach it could use the "
            f"model. Pass --api-key KEY (or set {API_KEY_VARIABLE}), or --allow-unauthenticated"
        )


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``; failure is one line naming the address."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host.strip("[]"), port), family=family, backlog=2048)
    except OSError as error:
        reason = error.strerror or str(error)
        raise UsageError(f"cannot listen on {host}:{port}: {reason}") from None


def run_server(listener: socket.socket, app: Any, *, access_log: bool = True, log_level: str = "info") -> None:
    """Run ``app`` on uvicorn on ``listener`` until Ctrl-C (or SIGTERM), then shut down cleanly."""
    import uvicorn

    config = uvicorn.Config(
        app, lifespan="off", access_log=access_log, log_level=log_level, timeout_graceful_shutdown=5,
    )
    try:
        uvicorn.Server(config).run(sockets=[listener])
    except KeyboardInterrupt:
        pass  # uvicorn finished the requests in flight and shut down, then passed Ctrl-C on
    print("agentgym serve: stopped", file=sys.stderr, flush=True)
