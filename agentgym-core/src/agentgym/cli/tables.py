"""Tables that never cut a value: a rich table when every word fits the terminal's width
(long cells wrap between words), otherwise one block per row, ``Header: value`` lines.

Rich shortens a cell with ``…`` when its column gets narrower than a word in it; a
distribution name or a metric cut that way is worse than no table. So the table is
measured first: its minimum width (each column as wide as its longest word) must fit.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text


def fit(table: Table, console: Console) -> RenderableType:
    """``table`` if it fits ``console``'s width without cutting a word, else its rows as blocks."""
    unbounded = console.options.update_width(10_000)  # Measurement.get clamps to the width it is given
    if Measurement.get(console, unbounded, table).minimum > console.width:
        return vertical(table)
    for column in table.columns:
        column.overflow = "fold"  # never "…": at worst a word breaks across lines
    return table


def vertical(table: Table) -> RenderableType:
    """Each row as its first cell, then ``Header: value`` per other cell, indented."""
    columns = table.columns
    blocks: list[RenderableType] = []
    if table.title:
        blocks.append(Text.from_markup(str(table.title), style="bold"))
    for index in range(table.row_count):
        first = columns[0]._cells[index]
        blocks.append(Text.from_markup(first, style="bold") if isinstance(first, str) else first)
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="dim")
        grid.add_column(overflow="fold")
        for column in columns[1:]:
            cell = column._cells[index]
            if cell == "":
                continue
            grid.add_row(f"  {column.header}:", cell)
        blocks.append(grid)
    return Group(*blocks)


def print_table(table: Table, console: Console | None = None) -> None:
    console = console or Console()
    console.print(fit(table, console))
