"""The per-type breakdown as a rich table for the terminal (``agentgym eval --by-type``)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from agentgym.report.breakdown import TypeRow


def breakdown_table(rows: Sequence[TypeRow], title: str = "By task type") -> Table:
    table = Table(title=title)
    table.add_column("Kind")
    table.add_column("Outcome")
    table.add_column("Episodes", justify="right")
    table.add_column("Success", justify="right")
    table.add_column("Tool reliability", justify="right")
    table.add_column("Avg tool calls", justify="right")
    table.add_column("Most frequent wrong calls")
    for row in rows:
        table.add_row(
            row.kind,
            row.outcome or "-",
            str(row.episodes),
            f"{row.success_rate:.3f}",
            f"{row.tool_reliability:.3f}",
            f"{row.avg_tool_calls:.2f}",
            "\n".join(w.label() for w in row.wrong_calls) or "-",
        )
    return table
