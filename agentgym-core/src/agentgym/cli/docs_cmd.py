"""``agentgym docs [NAME]``: the guides shipped in the core wheel, listed or printed."""

from __future__ import annotations

import sys

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def docs(
        name: str | None = typer.Argument(None, help="The page to print (e.g. writing-a-scenario); none lists the pages."),
    ) -> None:
        """List the documentation pages, or print one (formatted on a terminal, Markdown otherwise)."""
        from agentgym.docs_pages import page_names, page_title, read_page

        if name is None:
            for page in page_names():
                typer.echo(f"{page:<20} {page_title(page)}")
            return
        try:
            text = read_page(name.removesuffix(".md"))
        except KeyError:
            from agentgym.cli.errors import fail

            fail(f"no page '{name}'; pages: {', '.join(page_names())}")
            return
        if sys.stdout.isatty():
            from rich.console import Console
            from rich.markdown import Markdown

            Console().print(Markdown(text))
        else:
            typer.echo(text, nl=False)
