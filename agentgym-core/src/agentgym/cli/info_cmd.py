"""``agentgym info``: version, tagline, quick start."""

from __future__ import annotations

import typer

from agentgym import TAGLINE, __version__

QUICK_START = """Quick start:
  agentgym list                              scenarios you can train on
  agentgym train customer_support            train a tool-use policy (numpy, CPU)
  agentgym eval RUN_DIR                      measure it on held-out tickets
  agentgym eval RUN_DIR --framework crewai   run it inside CrewAI's own agent loop"""


def register(app: typer.Typer) -> None:
    @app.command()
    def info() -> None:
        """Show the version, what AgentGym does, and how to start."""
        typer.echo(f"agentgym {__version__}: {TAGLINE}\n")
        typer.echo(QUICK_START)
