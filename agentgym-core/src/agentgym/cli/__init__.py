"""The ``agentgym`` command (typer + rich).

Only typer and rich are imported at start-up; each command imports what it needs (numpy,
pydantic, plugins) when it runs, so ``agentgym --version`` and ``agentgym plugins list``
stay fast and import no framework.
"""

from __future__ import annotations

import sys
from importlib import import_module

import typer

from agentgym import __version__
from agentgym.cli.errors import run_guarded

COMMAND_MODULES = {
    "info": "agentgym.cli.info_cmd",
    "plugins": "agentgym.cli.plugins_cmd",
    "list": "agentgym.cli.list_cmd",
    "train": "agentgym.cli.train_cmd",
    "eval": "agentgym.cli.eval_cmd",
    "check": "agentgym.cli.check_cmd",
    "new": "agentgym.cli.new_cmd",
    "report": "agentgym.cli.report_cmd",
}


def _version(value: bool) -> None:
    if not value:
        return
    from agentgym.plugins import load_plugins

    manager = load_plugins()
    loaded = [r for r in manager.external_records() if r.error is None]
    typer.echo(f"agentgym {__version__}")
    typer.echo("plugins: " + (", ".join(f"{r.name}-{r.version}" for r in loaded) or "none"))
    raise typer.Exit()


def root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and installed plugins."
    ),
) -> None:
    """AgentGym: train tool-use policies on simulated scenarios, measure them, ship them."""


def build_app(command: str | None = None) -> typer.Typer:
    """The ``agentgym`` app with every command, or with only ``command`` when that names one:
    ``main`` builds just the command being run, which keeps start-up (and ``--version``) fast."""
    app = typer.Typer(
        name="agentgym",
        help="Train tool-using agents with reinforcement learning, then hand the policy back to your framework.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode="rich",
    )
    app.callback()(root)
    names = [command] if command in COMMAND_MODULES else list(COMMAND_MODULES)
    for name in names:
        import_module(COMMAND_MODULES[name]).register(app)
    return app


def __getattr__(name: str) -> typer.Typer:
    """``agentgym.cli.app``: the full app, built on first use (for tests and embedding)."""
    if name == "app":
        app = globals()["app"] = build_app()
        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Console entry point: one-line errors and exit codes 0 / 1 / 2, never a traceback."""
    command = sys.argv[1] if len(sys.argv) > 1 else None
    sys.exit(run_guarded(build_app(command)))
