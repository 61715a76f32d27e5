"""What is installed: the plugins (as ``agentgym plugins list --json --all`` shows them,
broken ones with their error), what each registered, and every scenario (as
``agentgym list --json --detailed`` shows it) with its tools' schemas and a few sample
tickets per split. Plugins load once, when the dashboard starts; a scenario is built the
first time its page is opened."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

from agentgym.catalog import scenario_rows
from agentgym.plugins import describe_error, load_plugins
from agentgym.registry import KINDS

SAMPLE_TICKETS = 3


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    changes_state: bool
    schema: str  # the JSON Schema of its arguments, indented


@dataclass(frozen=True)
class Sample:
    id: str
    kind: str
    outcome: str
    ticket: str


@dataclass(frozen=True)
class ScenarioDetail:
    row: dict[str, Any]
    tools: list[Tool]
    samples: dict[str, list[Sample]]  # split -> its first tickets
    task_counts: dict[str, int]
    report_splits: tuple[str, ...]
    error: str = ""  # why the scenario could not be built, if it could not


def sample(tasks: Any, size: int = SAMPLE_TICKETS) -> list[Any]:
    """The first task of each kind, in order, up to ``size`` (then the next ones)."""
    picked, kinds = [], set()
    for task in tasks:
        if task.kind not in kinds:
            picked.append(task)
            kinds.add(task.kind)
            if len(picked) == size:
                return picked
    rest = [task for task in list(tasks)[: size * 4] if task not in picked]
    return picked + rest[: size - len(picked)]


class Catalog:
    def __init__(self) -> None:
        self.manager = load_plugins()
        self._details: dict[str, ScenarioDetail] = {}
        self._lock = threading.Lock()

    def plugins(self) -> list[dict[str, Any]]:
        """Every plugin record, external ones first, each with what it registered by kind."""
        registry = self.manager.registry
        given: dict[str, dict[str, list[str]]] = {}
        for kind in KINDS:
            for name in registry.names(kind):
                given.setdefault(registry.get(kind, name).plugin, {}).setdefault(kind, []).append(name)
        records = sorted(self.manager.records.values(), key=lambda r: (r.builtin, r.name))
        return [{**record.as_json(), "registered": given.get(record.name, {})} for record in records]

    def scenarios(self) -> list[dict[str, Any]]:
        return scenario_rows(self.manager.registry)

    def report_splits(self, scenario: str) -> tuple[str, ...]:
        """The held-out splits a scenario measures beside test (read from its class)."""
        try:
            return tuple(self.manager.registry.get("scenarios", scenario).target.report_splits)
        except Exception:  # noqa: BLE001 - not installed: the runs say what they measured
            return ()

    def scenario(self, name: str) -> ScenarioDetail | None:
        """A scenario's tools and sample tickets (blocking: builds it and its task lists)."""
        rows = {row["name"]: row for row in self.scenarios()}
        if name not in rows:
            return None
        with self._lock:
            if name not in self._details:
                self._details[name] = self._detail(rows[name])
            return self._details[name]

    def _detail(self, row: dict[str, Any]) -> ScenarioDetail:
        from agentgym import hooks

        try:
            scenario = hooks.make_scenario(row["name"], self.manager)
            tools = [Tool(t.name, t.description, t.changes_state, json.dumps(t.parameters, indent=2, sort_keys=True))
                     for t in scenario.tools()]
            samples, counts = {}, {}
            for split in scenario.splits:
                tasks = scenario.tasks(split)
                counts[split] = len(tasks)
                samples[split] = [Sample(t.id, t.kind, t.outcome, t.ticket) for t in sample(tasks)]
            return ScenarioDetail(row, tools, samples, counts, tuple(scenario.report_splits))
        except Exception as error:  # noqa: BLE001 - a broken scenario is shown with its error
            return ScenarioDetail(row, [], {}, {}, (), describe_error(error))
