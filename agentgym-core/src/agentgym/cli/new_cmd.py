"""``agentgym new scenario NAME``: start a scenario package that already passes the contract."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

OutputOption = typer.Option("-o", "--output", help="Folder to create the package in (default: here).")

NEXT_STEPS = """Next steps:
  cd {folder}
  pip install -e ".[test]"
  agentgym check {name}
  pytest
  agentgym train {name} --episodes 200
The guide and the reference ship with AgentGym:
  agentgym docs writing-a-scenario
  agentgym docs scenario-reference"""


def register(app: typer.Typer) -> None:
    new_app = typer.Typer(help="Create a new plugin package from a template.", no_args_is_help=True)
    app.add_typer(new_app, name="new")

    @new_app.command("scenario")
    def new_scenario(
        name: str = typer.Argument(..., help="Scenario name: lowercase letters, digits, underscores."),
        output: Annotated[Path | None, OutputOption] = None,
        package: str | None = typer.Option(None, "--package", help="Distribution (and folder) name "
                                           "[default: agentgym-scenario-NAME with hyphens]."),
        module: str | None = typer.Option(None, "--module", help="Import package name "
                                          "[default: agentgym_scenario_NAME]."),
    ) -> None:
        """Write agentgym-scenario-NAME/: a small working scenario, its tests and a README."""
        from agentgym.cli.errors import fail
        from agentgym.scaffold import ScaffoldError, ScenarioNames, scaffold_scenario

        try:
            names = ScenarioNames.from_name(name, package, module)  # before loading plugins: a typo fails fast
            from agentgym.plugins import load_plugins

            installed = load_plugins().registry.names("scenarios")
            folder = scaffold_scenario(name, output or Path("."), installed=installed, dist=package, package=module)
        except ScaffoldError as error:
            fail(str(error))
            return
        typer.echo(f"created {folder} (package {names.package}, scenario '{name}')")
        typer.echo(NEXT_STEPS.format(folder=folder, name=name))
