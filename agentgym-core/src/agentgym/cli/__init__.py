"""The ``agentgym`` command (typer + rich).

Only typer and rich are imported at start-up; each command imports what it needs (numpy,
pydantic, plugins) when it runs, so ``agentgym --version`` and ``agentgym plugins list``
stay fast and import no framework. Commands that plugins add (``register_commands``) are
listed from their registration alone and imported only when they run.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import TYPE_CHECKING

import typer

from agentgym import __version__
from agentgym.cli.errors import run_guarded
from agentgym.commands import BUILTIN_COMMANDS as COMMAND_MODULES
from agentgym.commands import CommandSpec

if TYPE_CHECKING:
    from agentgym.plugins import PluginManager

PLUGIN_PANEL = "Plugin commands"


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


def build_app(command: str | None = None, manager: PluginManager | None = None) -> typer.Typer:
    """The ``agentgym`` app with every command, or with only ``command`` when that names one:
    ``main`` builds just the command being run, which keeps start-up (and ``--version``) fast.

    Plugin commands are looked up unless ``command`` is a built-in one: in ``manager``, or
    in a quiet plugin load (help never fails because of a broken plugin).
    """
    app = typer.Typer(
        name="agentgym",
        help="Train tool-using agents with reinforcement learning, then hand the policy back to your framework.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode="rich",
    )
    app.callback()(root)
    if command in COMMAND_MODULES:
        import_module(COMMAND_MODULES[command]).register(app)
        return app
    # ``--version`` and the like answer before any command runs: no need to look for plugins'
    manager = None if _option_only(command) else manager or _quiet_plugins()
    plugin_commands = manager.commands if manager else {}
    if command in plugin_commands:
        _add_plugin_command(app, plugin_commands[command])
        return app
    if manager is not None and command is not None and command != "--help":
        _warn_broken(manager)  # the unknown command may be one a broken plugin would add
        _refuse_missing_first_party(command)
    for name in COMMAND_MODULES:
        import_module(COMMAND_MODULES[name]).register(app)
    for spec in plugin_commands.values():
        _add_plugin_command(app, spec)
    return app


def _option_only(command: str | None) -> bool:
    return command is not None and command.startswith("-") and command != "--help"


def _warn_broken(manager: PluginManager) -> None:
    for record in manager.external_records():
        if record.error:
            print(f"agentgym: warning: {record.failure()}", file=sys.stderr)


def _refuse_missing_first_party(command: str) -> None:
    """``agentgym serve`` without agentgym-serve: say what to install (exit 2), not just
    "no such command"."""
    from agentgym.first_party import provider

    distribution = provider("commands", command)
    if distribution is not None:
        from agentgym.cli.errors import UsageError

        raise UsageError(f"unknown command '{command}'; install {distribution}")


def _quiet_plugins() -> PluginManager:
    from agentgym.plugins import PluginManager

    return PluginManager(quiet=True).load()


def _add_plugin_command(app: typer.Typer, spec: CommandSpec) -> None:
    """A stand-in that shows the plugin's help line and, when run, imports the command and
    hands it every argument after its name (``--help`` included: the command answers it)."""

    @app.command(
        spec.name,
        help=spec.help or f"A command of plugin '{spec.plugin}'.",
        rich_help_panel=PLUGIN_PANEL,
        add_help_option=False,
        context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    )
    def run_plugin_command(context: typer.Context) -> None:
        from agentgym.commands import run_command

        run_command(spec, context.args)


def __getattr__(name: str) -> typer.Typer:
    """``agentgym.cli.app``: the full app, built on first use (for tests and embedding)."""
    if name == "app":
        app = globals()["app"] = build_app()
        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Console entry point: one-line errors and exit codes 0 / 1 / 2, never a traceback."""
    command = sys.argv[1] if len(sys.argv) > 1 else None
    sys.exit(run_guarded(lambda: build_app(command)))
