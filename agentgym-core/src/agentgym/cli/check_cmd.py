"""``agentgym check SCENARIO``: run the scenario contract against an installed scenario.

The same checks as ``agentgym.testing.ScenarioContractTests``; exit 1 if any fails, 2 for
an unknown scenario (the error lists what is installed).
"""

from __future__ import annotations

from typing import Any

import typer

STYLE = {"pass": "[green]pass[/green]", "fail": "[red]FAIL[/red]", "skip": "[yellow]skip[/yellow]"}


def _table(name: str, results: list[Any]) -> Any:
    from rich.table import Table

    table = Table(title=f"agentgym check {name}", show_lines=True)
    table.add_column("Check", no_wrap=True)
    table.add_column("Result", no_wrap=True)
    table.add_column("Details", overflow="fold")
    for result in results:
        table.add_row(result.name, STYLE[result.status], result.message)
    return table


def register(app: typer.Typer) -> None:
    @app.command("check")
    def check(
        scenario: str = typer.Argument(..., help="An installed scenario (see `agentgym list`)."),
        sample: int = typer.Option(50, "--sample", min=1, help="Tasks per split the expert must solve."),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    ) -> None:
        """Check a scenario against the contract: determinism, isolation, splits, schemas, gold, ..."""
        from agentgym import contract, hooks
        from agentgym.cli.output import print_json

        instance = hooks.make_scenario(scenario)  # UnknownEntry -> exit 2, listing what is installed
        results = contract.run_checks(instance, sample)
        passed = all(result.passed for result in results)
        if as_json:
            print_json({"scenario": scenario, "passed": passed,
                        "checks": [result.as_json() for result in results]})
        else:
            from rich.console import Console

            console = Console()
            from agentgym.cli.tables import print_table

            print_table(_table(scenario, results), console)
            counts = {s: sum(r.status == s for r in results) for s in ("pass", "fail", "skip")}
            verdict = "[green]passes[/green]" if passed else "[red]fails[/red]"
            console.print(f"{scenario} {verdict} the scenario contract: {counts['pass']} passed, "
                          f"{counts['fail']} failed, {counts['skip']} skipped")
        if not passed:
            raise typer.Exit(1)
