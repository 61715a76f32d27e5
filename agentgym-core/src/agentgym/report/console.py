"""The per-type breakdown as a rich table for the terminal (``agentgym eval --by-type``).

Kind and outcome share one column so the table still reads in an 80-column terminal.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from agentgym.report.breakdown import TypeRow


def breakdown_table(rows: Sequence[TypeRow], title: str = "By task kind and outcome") -> Table:
    table = Table(title=title)
    table.add_column("Kind / outcome")
    table.add_column("Episodes", justify="right")
    table.add_column("Success", justify="right")
    table.add_column("Reliability", justify="right")
    table.add_column("Calls", justify="right")
    table.add_column("Wrong calls (called \u2192 expected)")
    for row in rows:
        table.add_row(
            f"{row.kind}\n[dim]{row.outcome or '-'}[/dim]",
            str(row.episodes),
            f"{row.success_rate:.3f}",
            f"{row.tool_reliability:.3f}",
            f"{row.avg_tool_calls:.2f}",
            "\n".join(w.label() for w in row.wrong_calls) or "-",
        )
    return table
