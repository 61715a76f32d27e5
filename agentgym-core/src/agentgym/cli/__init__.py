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

app = typer.Typer(
    name="agentgym",
    help="Train tool-using agents with reinforcement learning, then hand the policy back to your framework.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)

COMMAND_MODULES = (
    "agentgym.cli.info_cmd",
    "agentgym.cli.plugins_cmd",
    "agentgym.cli.list_cmd",
    "agentgym.cli.train_cmd",
    "agentgym.cli.eval_cmd",
    "agentgym.cli.check_cmd",
    "agentgym.cli.new_cmd",
    "agentgym.cli.report_cmd",
)


def _version(value: bool) -> None:
    if not value:
        return
    from agentgym.plugins import load_plugins

    manager = load_plugins()
    loaded = [r for r in manager.external_records() if r.error is None]
    typer.echo(f"agentgym {__version__}")
    typer.echo("plugins: " + (", ".join(f"{r.name}-{r.version}" for r in loaded) or "none"))
    raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and installed plugins."
    ),
) -> None:
    """AgentGym: train tool-use policies on simulated scenarios, measure them, ship them."""


for _module in COMMAND_MODULES:
    import_module(_module).register(app)


def main() -> None:
    """Console entry point: one-line errors and exit codes 0 / 1 / 2, never a traceback."""
    sys.exit(run_guarded(app))
