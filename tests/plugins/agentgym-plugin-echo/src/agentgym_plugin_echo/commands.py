"""Command targets for the plugin-command tests: a typer app, a click command, and things
that are not commands. Only ``app`` is registered by the installed plugin (``agentgym echo``);
the hook tests register the others in-process."""

from __future__ import annotations

import click
import typer

from agentgym.cli.errors import UsageError

app = typer.Typer(add_completion=False)


@app.command()
def echo(
    words: list[str] = typer.Argument(..., help="What to print back."),
    times: int = typer.Option(1, "--times", min=1, help="How many times."),
    shout: bool = typer.Option(False, "--shout", help="In capitals."),
    exit_code: int = typer.Option(0, "--exit-code", help="End with this exit code."),
) -> None:
    """Print WORDS back, TIMES times."""
    if words == ["forbidden"]:
        raise UsageError("the word 'forbidden' is not allowed")
    if words == ["crash"]:
        raise RuntimeError("echo crashed on purpose")
    line = " ".join(words)
    for _ in range(times):
        typer.echo(line.upper() if shout else line)
    if exit_code:
        raise typer.Exit(exit_code)


@click.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--times", type=int, default=1, help="How many times.")
def click_echo(words: tuple[str, ...], times: int) -> None:
    """Print WORDS back (a click command)."""
    for _ in range(times):
        click.echo(" ".join(words))


not_a_command = 42
