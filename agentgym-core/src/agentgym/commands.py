"""Commands that plugins add to the ``agentgym`` CLI (the ``register_commands`` hook).

A plugin registers a command by name, with the ``"module:attribute"`` path of what runs it
and one line of help. ``agentgym --help`` lists the command from that record alone, so a
web stack behind ``agentgym serve`` is never imported to show help; the target is
imported only when the command runs. This module stays free of typer and click for the
same reason: the registry validates entries with it, and only ``run_command`` loads click.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import Any

# The built-in commands: name -> the module whose ``register(app)`` adds it. A plugin may
# not take one of these names.
BUILTIN_COMMANDS: dict[str, str] = {
    "info": "agentgym.cli.info_cmd",
    "plugins": "agentgym.cli.plugins_cmd",
    "list": "agentgym.cli.list_cmd",
    "train": "agentgym.cli.train_cmd",
    "eval": "agentgym.cli.eval_cmd",
    "check": "agentgym.cli.check_cmd",
    "new": "agentgym.cli.new_cmd",
    "report": "agentgym.cli.report_cmd",
    "docs": "agentgym.cli.docs_cmd",
}
COMMAND_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
TARGET = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*:[A-Za-z_]\w*$")


class CommandError(RuntimeError):
    """A plugin command could not be loaded (its module fails to import, or the target is not
    a command); the message names the command and its plugin."""


@dataclass(frozen=True)
class CommandSpec:
    """One plugin command as registered: nothing of it is imported until it runs."""

    name: str
    target: str  # "package.module:attribute"
    help: str
    plugin: str


def validate_command(name: Any, target: Any, help: Any) -> tuple[str, str]:
    """Check one ``register(name, target, help)`` call; returns (name, help).

    Raises ``agentgym.registry.RegistrationError`` with a message that says what to fix.
    """
    from agentgym.registry import RegistrationError

    if not isinstance(name, str) or not COMMAND_NAME.match(name):
        raise RegistrationError(
            f"command name must be lowercase letters and digits, words joined by '-'; got {name!r}"
        )
    if name in BUILTIN_COMMANDS:
        raise RegistrationError(f"command '{name}' is a built-in agentgym command")
    if not isinstance(target, str) or not TARGET.match(target):
        raise RegistrationError(
            f"command '{name}': target must be 'package.module:attribute'; got {target!r}"
        )
    if not isinstance(help, str):
        raise RegistrationError(f"command '{name}': help must be a string")
    return name, " ".join(help.split())


def load_command(spec: CommandSpec) -> Any:
    """What ``spec.target`` names: a ``typer.Typer`` app or a ``click.Command``, imported now."""
    module_name, attribute = spec.target.split(":")
    where = f"command '{spec.name}' of plugin '{spec.plugin}'"
    from agentgym.interrupts import watching_ctrl_c

    failure: BaseException | None = None
    with watching_ctrl_c() as ctrl_c:
        try:
            target = getattr(import_module(module_name), attribute)
        except KeyboardInterrupt as error:
            if ctrl_c.pressed:  # the user's Ctrl-C: 130, as anywhere else
                raise
            failure = error
        except BaseException as error:  # noqa: BLE001 - SystemExit too: any import failure is the plugin's
            failure = error
    if failure is not None:
        message = " ".join(str(failure).split())
        reason = f"{type(failure).__name__}: {message}" if message else type(failure).__name__
        raise CommandError(f"{where} cannot be loaded from {spec.target}: {reason}") from None
    import typer

    if isinstance(target, typer.Typer) or _is_click_command(target):
        return target
    raise CommandError(
        f"{where}: {spec.target} is a {type(target).__name__}, not a typer.Typer or a click.Command"
    )


def _is_click_command(target: Any) -> bool:
    """A command of the ``click`` package (typer ships a click of its own, apart from it)."""
    if not type(target).__module__.startswith("click"):
        return False
    import click

    return isinstance(target, click.Command)


def run_command(spec: CommandSpec, args: Sequence[str]) -> None:
    """Import the command and run it with ``args`` (what followed its name on the command line).

    Errors take the CLI's usual path (``agentgym.cli.errors.run_guarded``): usage errors
    (typer's or click's, and ``agentgym.cli.errors.UsageError``) exit 2, anything else
    exits 1, each as one line; ``typer.Exit(code)`` ends with that code.
    """
    import typer

    target = load_command(spec)
    prog_name = f"agentgym {spec.name}"
    if isinstance(target, typer.Typer):
        code = typer.main.get_command(target).main(args=list(args), prog_name=prog_name, standalone_mode=False)
    else:
        code = _run_click(target, args, prog_name)
    # without standalone mode, click returns the code of an ``Exit`` instead of raising it
    if isinstance(code, int) and not isinstance(code, bool) and code:
        raise SystemExit(code)


def _run_click(command: Any, args: Sequence[str], prog_name: str) -> Any:
    """Run a ``click`` command; its exceptions mapped to the CLI's exit codes here, because
    the CLI's own handler knows typer's click, not this one."""
    import sys

    import click

    try:
        return command.main(args=list(args), prog_name=prog_name, standalone_mode=False)
    except click.ClickException as error:
        error.show()
        raise SystemExit(2 if isinstance(error, click.UsageError) else 1) from None
    except click.Abort:
        print("aborted", file=sys.stderr)
        raise SystemExit(130) from None
