"""``agentgym report RUN_DIR [RUN_DIR ...]``: one self-contained HTML page per call.

Missing matplotlib is exit 1 with the install line; a run directory with a missing or
corrupt file is exit 2 naming the file. The page (and ``--png`` files) are written only
after everything was computed, each atomically.
"""

from __future__ import annotations

from pathlib import Path

import typer

DEFAULT_OUTPUT = Path("report.html")


def register(app: typer.Typer) -> None:
    @app.command()
    def report(
        run_dirs: list[Path] = typer.Argument(..., help="One or more run directories (overlaid)."),
        output: Path = typer.Option(DEFAULT_OUTPUT, "-o", "--output", help="The HTML file to write."),
        png: Path | None = typer.Option(None, "--png", help="Also write each plot as a PNG here."),
    ) -> None:
        """Learning curves, test metrics against random and gold, per-type breakdown, provenance."""
        from agentgym.artifacts import ArtifactError, check_writable
        from agentgym.cli.errors import FAILED, fail
        from agentgym.cli.progress import stage_progress
        from agentgym.report.build import build_report, report_stages, write_report
        from agentgym.report.plots import PlottingUnavailable

        try:  # before the work: the page goes only to a regular file or a new path
            check_writable(output)
            if png is not None and png.exists() and not png.is_dir():
                raise ArtifactError(f"--png {png} is not a folder")
            with stage_progress("report", report_stages(len(run_dirs))) as stage:
                built = build_report(run_dirs, stage)
        except PlottingUnavailable as error:
            fail(str(error), FAILED)
        except ArtifactError as error:  # a missing, corrupt or tampered run file, named
            fail(str(error))
        for path in write_report(built, output, png):
            typer.echo(f"wrote {path}")
