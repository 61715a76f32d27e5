"""One line of text for stderr, whatever went into it.

Error messages quote what the user or a plugin gave (paths, names, values, printed output).
``one_line`` folds whitespace runs (newlines included) into single spaces and writes every
other character that is not printable (other line breaks such as U+0085, terminal escape
sequences, NUL) as a Python escape, so a message is always exactly one line and cannot
drive the terminal.
"""

from __future__ import annotations


def one_line(text: str) -> str:
    folded = " ".join(str(text).split())
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in folded)
