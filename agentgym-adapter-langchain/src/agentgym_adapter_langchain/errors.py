"""How a tool's exception reads to the policy.

``ERROR``-prefixed like scenario error results (``Scenario.result_status`` classifies on
it), and carrying the exception's message verbatim, which the policy may parse.
"""

from __future__ import annotations


def error_text(error: BaseException) -> str:
    message = str(error)
    return (
        f"ERROR: {type(error).__name__}: {message}" if message else f"ERROR: {type(error).__name__}"
    )
