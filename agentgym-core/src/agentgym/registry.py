"""What plugins registered: scenarios, adapters, algorithms, policies, executors, featurizers
and commands.

Each plugin's registration hook is called on its own with a ``register`` callback bound to
that plugin, so every entry records its plugin, a duplicate name names both plugins, and a
plugin whose hook raises is marked broken without losing anyone else's entries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agentgym.plugins import PluginManager

NAME_RULE = re.compile(r"^[a-z][a-z0-9_]*$")
KINDS = ("scenarios", "adapters", "algorithms", "policies", "executors", "featurizers", "commands")


class RegistrationError(ValueError):
    """An entry a plugin tried to register is invalid."""


class UnknownEntry(LookupError):
    """A name nobody registered; the message lists what is installed."""


@dataclass(frozen=True)
class Entry:
    """One registered thing: its name, the object (class or factory) and its plugin."""

    kind: str
    name: str
    target: Any
    description: str
    plugin: str


def _validate_scenario(cls: Any) -> tuple[str, str]:
    from agentgym.scenario import DIFFICULTIES, Scenario

    if not (isinstance(cls, type) and issubclass(cls, Scenario)):
        raise RegistrationError(f"register_scenarios expects a Scenario subclass, got {cls!r}")
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not NAME_RULE.match(name):
        raise RegistrationError(
            f"scenario class {cls.__name__} needs a name of lowercase letters, digits and "
            f"underscores; got {name!r}"
        )
    if cls.difficulty not in DIFFICULTIES:
        raise RegistrationError(
            f"scenario '{name}': difficulty must be one of {', '.join(DIFFICULTIES)}"
        )
    if not all(isinstance(v, int | float) for v in dict(cls.success_criteria).values()):
        raise RegistrationError(f"scenario '{name}': success_criteria values must be numbers")
    return name, cls.description


def _validate_adapter(cls: Any) -> tuple[str, str]:
    from agentgym.adapters import FrameworkAdapter

    if not (isinstance(cls, type) and issubclass(cls, FrameworkAdapter)):
        raise RegistrationError(f"register_adapters expects a FrameworkAdapter subclass, got {cls!r}")
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not NAME_RULE.match(name):
        raise RegistrationError(f"adapter class {cls.__name__} needs a lowercase name")
    return name, cls.description


def _validate_factory(kind: str, name: Any, factory: Any, description: str) -> tuple[str, str]:
    if not isinstance(name, str) or not NAME_RULE.match(name):
        raise RegistrationError(f"{kind[:-1]} name must be lowercase with underscores; got {name!r}")
    if not callable(factory):
        raise RegistrationError(f"{kind[:-1]} '{name}': factory must be callable")
    return name, description


class Registry:
    """All registered entries, by kind and name."""

    def __init__(self) -> None:
        self.entries: dict[str, dict[str, Entry]] = {kind: {} for kind in KINDS}

    @classmethod
    def collect(cls, manager: PluginManager, kinds: tuple[str, ...] = KINDS) -> Registry:
        """Call each plugin's registration hooks of ``kinds`` (all of them by default)."""
        registry = cls()
        for kind in kinds:
            caller = getattr(manager.pm.hook, f"register_{kind}")
            for impl in caller.get_hookimpls():  # in registration order
                if manager.records.get(impl.plugin_name, None) is None:
                    continue
                if manager.records[impl.plugin_name].error:
                    continue
                staged: list[Entry] = []
                try:
                    impl.function(register=registry._register_fn(kind, impl.plugin_name, staged))
                    for entry in staged:
                        registry._add(entry)
                except Exception as error:  # noqa: BLE001 - the plugin's fault, recorded
                    manager.fail(impl.plugin_name, error)
                    registry._drop_plugin(impl.plugin_name)
        return registry

    def _register_fn(self, kind: str, plugin: str, staged: list[Entry]) -> Callable[..., None]:
        if kind == "commands":
            return self._register_command_fn(plugin, staged)

        def register(target: Any, factory: Any = None, description: str = "") -> None:
            if kind == "scenarios":
                name, text = _validate_scenario(target)
                staged.append(Entry(kind, name, target, text, plugin))
            elif kind == "adapters":
                name, text = _validate_adapter(target)
                staged.append(Entry(kind, name, target, text, plugin))
            else:
                name, text = _validate_factory(kind, target, factory, description)
                staged.append(Entry(kind, name, factory, text, plugin))

        return register

    @staticmethod
    def _register_command_fn(plugin: str, staged: list[Entry]) -> Callable[..., None]:
        from agentgym.commands import CommandSpec, validate_command

        def register(name: str, target: str, help: str = "") -> None:
            name, text = validate_command(name, target, help)
            staged.append(Entry("commands", name, CommandSpec(name, target, text, plugin), text, plugin))

        return register

    def _add(self, entry: Entry) -> None:
        existing = self.entries[entry.kind].get(entry.name)
        if existing is not None:
            raise RegistrationError(
                f"{entry.kind[:-1]} '{entry.name}' is registered by both plugin "
                f"'{existing.plugin}' and plugin '{entry.plugin}'"
            )
        self.entries[entry.kind][entry.name] = entry

    def _drop_plugin(self, plugin: str) -> None:
        for kind in KINDS:
            for name in [n for n, e in self.entries[kind].items() if e.plugin == plugin]:
                del self.entries[kind][name]

    def names(self, kind: str) -> list[str]:
        return sorted(self.entries[kind])

    def get(self, kind: str, name: str) -> Entry:
        entry = self.entries[kind].get(name)
        if entry is None:
            installed = ", ".join(self.names(kind)) or "none"
            raise UnknownEntry(f"unknown {kind[:-1]} '{name}'; installed: {installed}")
        return entry
