"""``agentgym dashboard [RUNS_DIR ...]``: the runs under those folders in a browser.

Imported only when the command runs. Loopback by default: the pages show configs, metrics
and tickets without a login, so listening on another address needs ``--allow-remote``.
The socket is bound before uvicorn starts (``agentgym_serve.listening``), so a busy port is
one line and the announced URL carries the real port (``--port 0`` picks a free one).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import typer

from agentgym.cli.errors import UsageError

DEFAULT_RUNS_DIR = Path("runs")
DEFAULT_PORT = 8765

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


def check_remote(host: str, allow_remote: bool) -> None:
    """Refuse to show the runs beyond this machine unless the user said so."""
    from agentgym_serve.listening import is_loopback

    if not is_loopback(host) and not allow_remote:
        raise UsageError(
            f"refusing to listen on {host}: the dashboard shows your runs, configs and tickets to anyone "
            "who can reach it, without a login. Pass --allow-remote if that is what you want"
        )


def check_folders(folders: list[Path]) -> list[Path]:
    missing = [str(folder) for folder in folders if not folder.is_dir()]
    if missing:
        raise UsageError(f"runs folder not found: {', '.join(missing)} "
                         "(pass the folder `agentgym train` writes run directories into, e.g. runs)")
    return [folder.resolve() for folder in folders]


@app.command()
def dashboard(
    runs_dirs: list[Path] = typer.Argument(
        None, metavar="[RUNS_DIR]...",
        help="Folders holding run directories (or run directories themselves); default: runs.",
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(DEFAULT_PORT, "--port", min=0, max=65535, help="Port to listen on (0: any free port)."),
    open_browser: bool = typer.Option(False, "--open", help="Open the dashboard in the default browser."),
    allow_remote: bool = typer.Option(
        False, "--allow-remote", help="Listen on a non-loopback address (the pages have no login)."
    ),
) -> None:
    """Runs (live), one run's curves as it trains, comparisons, scenarios and plugins; read-only."""
    check_remote(host, allow_remote)
    folders = check_folders(list(runs_dirs or [DEFAULT_RUNS_DIR]))
    from agentgym_serve.listening import bind, run_server

    listener = bind(host, port)
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{shown_host}:{listener.getsockname()[1]}/"
    print(f"agentgym dashboard: {', '.join(map(str, folders))} on {url}; Ctrl-C stops it",
          file=sys.stderr, flush=True)
    from agentgym_dashboard.app import create_app

    application = create_app(folders)
    if open_browser:
        import webbrowser

        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    run_server(listener, application, access_log=False, log_level="warning", name="agentgym dashboard")
