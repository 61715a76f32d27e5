"""What plugins registered: scenarios, adapters, algorithms, policies, executors, featurizers
and commands.

Each plugin's registration hook is called on its own with a ``register`` callback bound to
that plugin, so every entry records its plugin, and a plugin whose hook raises is marked
broken without losing anyone else's entries.

Names are settled once every plugin has registered, never by load order: a name two plugins
register is refused for both (each is marked broken, with an error naming both
distributions), until the user disables one with ``AGENTGYM_DISABLED_PLUGINS``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from agentgym.lines import one_line

if TYPE_CHECKING:
    from agentgym.plugins import PluginManager

NAME_RULE = re.compile(r"^[a-z][a-z0-9_]*$")
KINDS = ("scenarios", "adapters", "algorithms", "policies", "executors", "featurizers", "commands")
SINGULAR = {"policies": "policy"}  # the rest drop their final "s"


def singular(kind: str) -> str:
    """``policies`` -> ``policy``, ``scenarios`` -> ``scenario``: for messages."""
    return SINGULAR.get(kind, kind.removesuffix("s"))


class RegistrationError(ValueError):
    """An entry a plugin tried to register is invalid."""


class UnknownEntry(LookupError):
    """A name nobody registered; the message lists what is installed."""


class RefusedEntry(UnknownEntry):
    """A name two plugins registered; the message names both and how to choose."""


@dataclass(frozen=True)
class Entry:
    """One registered thing: its name, the object (class or factory) and its plugin."""

    kind: str
    name: str
    target: Any
    description: str
    plugin: str


def _validate_scenario(cls: Any) -> tuple[str, str]:
    from agentgym.scenario import Scenario
    from agentgym.scenario_metadata import metadata_problems

    if not (isinstance(cls, type) and issubclass(cls, Scenario)):
        raise RegistrationError(f"register_scenarios expects a Scenario subclass, got {cls!r}")
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not NAME_RULE.match(name):
        raise RegistrationError(
            f"scenario class {cls.__name__} needs a name of lowercase letters, digits and "
            f"underscores; got {name!r}"
        )
    problems = metadata_problems(cls)
    if problems:
        raise RegistrationError(f"scenario '{name}': {problems[0]}")
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
        raise RegistrationError(f"{singular(kind)} name must be lowercase with underscores; got {name!r}")
    if not callable(factory):
        raise RegistrationError(f"{singular(kind)} '{name}': factory must be callable")
    return name, description


class Registry:
    """All registered entries, by kind and name."""

    def __init__(self) -> None:
        self.entries: dict[str, dict[str, Entry]] = {kind: {} for kind in KINDS}
        self.refused: dict[tuple[str, str], str] = {}  # (kind, name) -> why no plugin has it

    @classmethod
    def collect(cls, manager: PluginManager, kinds: tuple[str, ...] = KINDS) -> Registry:
        """Call each plugin's registration hooks of ``kinds`` (all of them by default)."""
        from agentgym.plugins import PluginFailed

        registry = cls()
        staged: dict[str, list[Entry]] = {}  # plugin -> what it registered, in order
        for kind in kinds:
            caller = getattr(manager.pm.hook, f"register_{kind}")
            for impl in caller.get_hookimpls():  # in registration order
                record = manager.records.get(impl.plugin_name, None)
                if record is None or record.error:
                    continue
                entries = staged.setdefault(impl.plugin_name, [])
                try:
                    manager.call(impl.plugin_name, f"register_{kind}", impl.function,
                                 register=registry._register_fn(kind, impl.plugin_name, entries))
                except PluginFailed:  # recorded; none of its entries is kept
                    continue
        registry._settle(manager, {plugin: entries for plugin, entries in staged.items()
                                   if not manager.records[plugin].error})
        return registry

    def _settle(self, manager: PluginManager, staged: dict[str, list[Entry]]) -> None:
        """Keep every entry whose name one plugin alone registered; refuse the others."""
        owners: dict[tuple[str, str], list[str]] = {}
        for plugin, entries in staged.items():
            for entry in entries:
                holders = owners.setdefault((entry.kind, entry.name), [])
                if plugin not in holders:
                    holders.append(plugin)
        for (kind, name), plugins in owners.items():
            if len(plugins) < 2:
                continue
            plugins = sorted(plugins)
            named = " and ".join(manager.describe(plugin) for plugin in plugins)
            choices = ", or =".join(plugins)
            message = (f"{singular(kind)} '{name}' is registered by {named}; neither is used: disable one "
                       f"(AGENTGYM_DISABLED_PLUGINS={choices})")
            self.refused[(kind, name)] = message
            for plugin in plugins:
                if not manager.records[plugin].error:
                    manager.fail(plugin, RegistrationError(message), announce=False)
            if not manager.quiet:
                print(one_line(f"agentgym: warning: {message}"), file=sys.stderr)
        for plugin, entries in staged.items():
            if manager.records[plugin].error:
                continue
            for entry in entries:
                self.entries[entry.kind][entry.name] = entry

    def _register_fn(self, kind: str, plugin: str, staged: list[Entry]) -> Callable[..., None]:
        if kind == "commands":
            return self._register_command_fn(plugin, staged)

        def register(target: Any, factory: Any = None, description: str = "") -> None:
            if kind == "scenarios":
                name, text = _validate_scenario(target)
                entry = Entry(kind, name, target, text, plugin)
            elif kind == "adapters":
                name, text = _validate_adapter(target)
                entry = Entry(kind, name, target, text, plugin)
            else:
                name, text = _validate_factory(kind, target, factory, description)
                entry = Entry(kind, name, factory, text, plugin)
            if any(e.kind == kind and e.name == name for e in staged):
                raise RegistrationError(f"{singular(kind)} '{name}' is registered twice")
            staged.append(entry)

        return register

    @staticmethod
    def _register_command_fn(plugin: str, staged: list[Entry]) -> Callable[..., None]:
        from agentgym.commands import CommandSpec, validate_command

        def register(name: str, target: str, help: str = "") -> None:
            name, text = validate_command(name, target, help)
            staged.append(Entry("commands", name, CommandSpec(name, target, text, plugin), text, plugin))

        return register

    def names(self, kind: str) -> list[str]:
        return sorted(self.entries[kind])

    def get(self, kind: str, name: str) -> Entry:
        entry = self.entries[kind].get(name)
        if entry is None and (kind, name) in self.refused:
            raise RefusedEntry(self.refused[(kind, name)])
        if entry is None:
            from agentgym.first_party import provider

            installed = ", ".join(self.names(kind)) or "none"
            dist = provider(kind, name)
            hint = f"; install {dist}" if dist else ""
            raise UnknownEntry(f"unknown {singular(kind)} '{name}'{hint}; installed: {installed}")
        return entry
