"""``agentgym plugins list``: what is installed, which hooks each plugin implements, and
which plugins failed to load (with their error)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    plugins_app = typer.Typer(help="Inspect installed plugins.", no_args_is_help=True)
    app.add_typer(plugins_app, name="plugins")

    @plugins_app.command("list")
    def list_plugins(
        all_: bool = typer.Option(False, "--all", help="Include AgentGym's built-in plugins."),
        hook: str | None = typer.Option(None, "--hook", help="Only plugins implementing this hook."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    ) -> None:
        """List installed plugins with their distribution, version, hooks and status."""
        from agentgym.plugins import load_plugins

        manager = load_plugins()
        if hook is not None and hook not in {name for name in dir(manager.pm.hook) if not name.startswith("_")}:
            from agentgym.cli.errors import fail

            fail(f"unknown hook '{hook}'")
        _ = manager.registry  # run registration hooks so their failures show up here
        records = list(manager.records.values()) if all_ else manager.external_records()
        if hook is not None:
            records = [r for r in records if hook in r.hooks]
        if as_json:
            import json

            typer.echo(json.dumps([r.as_json() for r in records], indent=2))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(title="AgentGym plugins")
        for column in ("Name", "Distribution", "Version", "Hooks", "Status"):
            table.add_column(column)
        for r in records:
            status = f"[red]error: {r.error}[/red]" if r.error else "[green]ok[/green]"
            table.add_row(r.name, r.distribution, r.version, ", ".join(r.hooks), status)
        from agentgym.cli.tables import print_table

        print_table(table, Console(emoji=False))
