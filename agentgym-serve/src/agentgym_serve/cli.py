"""``agentgym serve RUN_DIR [RUN_DIR ...]``: the runs behind an OpenAI-compatible endpoint.

Imported only when the command runs (the plugin registers it by name). The socket is bound
before uvicorn starts (``agentgym_serve.listening``), so a busy port or a bad address is one
clear line, and the line announcing the server carries the real port (``--port 0`` picks a
free one).
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from agentgym.cli.errors import UsageError
from agentgym_serve.listening import bind, check_exposure, run_server

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
    check_exposure(host, api_key, allow_unauthenticated, API_KEY_VARIABLE)
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
