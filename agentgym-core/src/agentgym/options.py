"""Typed constructor options of scenarios and executors.

A scenario or executor declares the options it takes (``option_types``: name -> ``bool``,
``int``, ``float`` or ``str``). Anything else, a misspelt name (``failur_rate``) or a value
of another type, is refused with one line naming the option and what is accepted, instead
of being passed on silently.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

OPTION_TYPES = (bool, int, float, str)


def describe_options(declared: Mapping[str, type]) -> str:
    """``failure_rate (float), tool_latency_ms (float)``."""
    return ", ".join(f"{name} ({kind.__name__})" for name, kind in declared.items())


def check_value(kind: type, value: Any) -> str | None:
    """Why ``value`` is not a valid ``kind``, or None. A float option takes any finite
    number (an int too), never a bool."""
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"must be a float, not {value!r}"
        if not math.isfinite(value):
            return f"must be a finite number, not {value!r}"
        return None
    if kind is int:
        return None if isinstance(value, int) and not isinstance(value, bool) else f"must be an int, not {value!r}"
    return None if isinstance(value, kind) else f"must be a {kind.__name__}, not {value!r}"


def check_options(owner: str, declared: Mapping[str, type], given: Mapping[str, Any]) -> None:
    """Raise ``ValueError`` (one line) unless every option in ``given`` is declared and typed.

    :param owner: how messages name the owner, e.g. ``scenario 'customer_support'``.
    """
    for name, value in given.items():
        if name not in declared:
            known = f"its options: {describe_options(declared)}" if declared else "it takes none"
            raise ValueError(f"{owner} has no option {name!r}; {known}")
        problem = check_value(declared[name], value)
        if problem is not None:
            raise ValueError(f"{owner}: option {name} {problem}")


def declaration_problems(declared: Any) -> str | None:
    """Why an ``option_types`` declaration is unusable, or None."""
    if not isinstance(declared, Mapping):
        return f"option_types must be a mapping of option name to type, got {type(declared).__name__}"
    for name, kind in declared.items():
        if not isinstance(name, str) or not name.isidentifier():
            return f"option_types: option names must be identifiers, got {name!r}"
        if kind not in OPTION_TYPES:
            return f"option_types: option {name} must be one of bool, int, float, str; got {kind!r}"
    return None
