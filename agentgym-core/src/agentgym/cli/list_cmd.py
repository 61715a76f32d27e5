"""``agentgym list``: the scenarios installed plugins registered."""

from __future__ import annotations

import json

import typer


def register(app: typer.Typer) -> None:
    @app.command("list")
    def list_scenarios(
        detailed: bool = typer.Option(False, "--detailed", help="Also show success criteria, baselines (the agent the savings are measured against) and max steps."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    ) -> None:
        """List the scenarios you can train on."""
        from agentgym.catalog import SUMMARY_KEYS, scenario_rows
        from agentgym.plugins import load_plugins

        rows = scenario_rows(load_plugins().registry)
        if as_json:
            summary = [{k: row[k] for k in SUMMARY_KEYS} for row in rows]
            typer.echo(json.dumps(rows if detailed else summary, indent=2))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(title="Scenarios")
        for column in ("Name", "Difficulty", "Plugin", "Description"):
            table.add_column(column)
        if detailed:
            table.add_column("Success criteria")
            table.add_column("Baseline per task")
            table.add_column("Max steps", justify="right")
        for row in rows:
            cells = [row["name"], row["difficulty"], row["plugin"], row["description"]]
            if detailed:
                cells.append(", ".join(f"{k} >= {v}" for k, v in row["success_criteria"].items()))
                baseline = row["baselines"]
                cells.append(f"{baseline['tokens_per_task']} tokens, {baseline['seconds_per_task']} s")
                cells.append(str(row["max_steps"]))
            table.add_row(*cells)
        if not rows:
            Console().print("No scenarios installed: pip install agentgym-scenario-support")
            return
        from agentgym.cli.tables import print_table

        print_table(table)
