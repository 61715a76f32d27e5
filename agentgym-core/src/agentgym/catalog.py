"""The installed scenarios as plain data: what ``agentgym list --json --detailed`` prints and
what ``agentgym dashboard`` shows, from one place. Read from the scenario classes only (no
scenario is instantiated), so listing stays cheap."""

from __future__ import annotations

from typing import Any

SUMMARY_KEYS = ("name", "description", "difficulty", "plugin", "success_criteria")


def scenario_rows(registry: Any) -> list[dict[str, Any]]:
    """One row per registered scenario: name, description, difficulty, plugin, success
    criteria, baselines and step cap."""
    rows = []
    for name in registry.names("scenarios"):
        entry = registry.get("scenarios", name)
        cls = entry.target
        rows.append({
            "name": name,
            "description": cls.description,
            "difficulty": cls.difficulty,
            "plugin": entry.plugin,
            "success_criteria": dict(cls.success_criteria),
            "baselines": {"tokens_per_task": cls.baselines.tokens_per_task,
                          "seconds_per_task": cls.baselines.seconds_per_task},
            "max_steps": cls.max_steps,
        })
    return rows
