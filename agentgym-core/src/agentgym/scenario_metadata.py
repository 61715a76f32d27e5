"""Checking a scenario class's metadata when it registers, not at the end of a run.

Registration reads only class attributes (no scenario is built), so a scenario that is
abstract, or whose metadata has the wrong type or cannot be written to JSON (the manifest
and ``agentgym list --json`` hold it), is refused while plugins load, naming the attribute.
"""

from __future__ import annotations

import inspect
import json
import math
from collections.abc import Mapping
from dataclasses import asdict, fields
from typing import Any

from agentgym.options import declaration_problems

NAME_LIKE = "lowercase letters, digits and underscores"


def _finite_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def metadata(cls: type) -> dict[str, Any]:
    """The class's metadata as plain data (what must survive ``json.dumps``)."""
    return {
        "name": cls.name,  # type: ignore[attr-defined]
        "description": cls.description,  # type: ignore[attr-defined]
        "difficulty": cls.difficulty,  # type: ignore[attr-defined]
        "version": cls.version,  # type: ignore[attr-defined]
        "success_criteria": dict(cls.success_criteria),  # type: ignore[attr-defined]
        "baselines": asdict(cls.baselines),  # type: ignore[attr-defined]
        "rewards": asdict(cls.rewards),  # type: ignore[attr-defined]
        "max_steps": cls.max_steps,  # type: ignore[attr-defined]
        "default_credit": cls.default_credit,  # type: ignore[attr-defined]
        "option_types": {name: kind.__name__ for name, kind in cls.option_types.items()},  # type: ignore[attr-defined]
    }


def metadata_problems(cls: type) -> list[str]:
    """What is wrong with a Scenario subclass's metadata, most basic first (empty: fine)."""
    from agentgym.scenario import DIFFICULTIES, Baselines, RewardScheme

    if inspect.isabstract(cls):
        missing = ", ".join(sorted(getattr(cls, "__abstractmethods__", ())))
        return [f"class {cls.__name__} is abstract (implement {missing})"]
    problems = []
    for attribute in ("description", "version", "default_credit"):
        if not isinstance(getattr(cls, attribute), str):
            problems.append(f"{attribute} must be a string, got {type(getattr(cls, attribute)).__name__}")
    if not problems and not cls.version:  # type: ignore[attr-defined]
        problems.append("version must not be empty")
    if cls.difficulty not in DIFFICULTIES:  # type: ignore[attr-defined]
        problems.append(f"difficulty must be one of {', '.join(DIFFICULTIES)}")
    criteria = cls.success_criteria  # type: ignore[attr-defined]
    if not isinstance(criteria, Mapping) or not all(
        isinstance(k, str) and _finite_number(v) for k, v in criteria.items()
    ):
        problems.append("success_criteria must map metric names to finite numbers")
    for attribute, kind in (("baselines", Baselines), ("rewards", RewardScheme)):
        value = getattr(cls, attribute)
        if not isinstance(value, kind) or not all(_finite_number(getattr(value, f.name)) for f in fields(value)):
            problems.append(f"{attribute} must be a {kind.__name__} of finite numbers")
    steps = cls.max_steps  # type: ignore[attr-defined]
    if not isinstance(steps, int) or isinstance(steps, bool) or not 1 <= steps <= 1000:
        problems.append(f"max_steps must be an int from 1 to 1000, got {steps!r}")
    splits = getattr(cls, "report_splits", ())
    if not isinstance(splits, tuple | list) or not all(isinstance(s, str) and s.isidentifier() for s in splits):
        problems.append("report_splits must be a tuple of split names (letters, digits, underscores)")
    perturbations = getattr(cls, "perturbations", {})
    if not isinstance(perturbations, Mapping) or not all(
        isinstance(k, str) and k and k != "all" and isinstance(v, str) for k, v in perturbations.items()
    ):
        problems.append("perturbations must map names (not 'all') to descriptions (strings)")
    declared = declaration_problems(cls.option_types)  # type: ignore[attr-defined]
    if declared:
        problems.append(declared)
    if not problems:
        try:
            json.dumps(metadata(cls), allow_nan=False)
        except (TypeError, ValueError) as error:
            problems.append(f"metadata cannot be written as JSON ({error})")
    return problems
