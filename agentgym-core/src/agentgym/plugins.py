"""Finding and loading plugins: built-ins first, then the ``agentgym.plugins`` entry points.

Each entry point loads on its own. A plugin that fails to import, fails validation, uses an
unknown hook or raises in a registration hook is recorded with its error and skipped, with
one warning line on stderr, so one broken plugin never takes the CLI down (llm #1280).
``AGENTGYM_STRICT_PLUGINS=1`` turns any such failure into ``PluginLoadError``. A quiet
manager (``PluginManager(quiet=True)``, what ``agentgym --help`` lists plugin commands
with) records failures and says nothing, strict or not: help always works.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

import pluggy

from agentgym import __version__, hookspecs
from agentgym.discovery import entry_points

ENTRY_POINT_GROUP = "agentgym.plugins"
BUILTIN_MODULES = (
    "agentgym.builtin.policies",
    "agentgym.builtin.algorithms",
    "agentgym.builtin.executors",
    "agentgym.builtin.featurizers",
    "agentgym.builtin.credit",
    "agentgym.builtin.metrics",
    "agentgym.builtin.tensorboard",
)


class PluginLoadError(RuntimeError):
    """A plugin failed while strict mode is on; the message names it."""


@dataclass
class PluginRecord:
    """What ``agentgym plugins list`` shows about one plugin."""

    name: str
    distribution: str
    version: str
    builtin: bool
    hooks: list[str] = field(default_factory=list)
    error: str | None = None

    def failure(self) -> str:
        """``plugin 'NAME' (DISTRIBUTION VERSION) failed to load: ERROR``."""
        where = f" ({self.distribution} {self.version})" if self.distribution else ""
        return f"plugin '{self.name}'{where} failed to load: {self.error}"

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "distribution": self.distribution,
            "version": self.version,
            "hooks": self.hooks,
            "builtin": self.builtin,
            "error": self.error,
        }


def _env_names(variable: str) -> set[str]:
    return {name.strip() for name in os.environ.get(variable, "").split(",") if name.strip()}


def _strict() -> bool:
    return os.environ.get("AGENTGYM_STRICT_PLUGINS", "") not in ("", "0", "false")


def describe_error(error: BaseException) -> str:
    """``ExceptionType: message`` on one line."""
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


class PluginManager:
    """The pluggy manager plus a record of every plugin, loaded or broken."""

    def __init__(self, quiet: bool = False) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.records: dict[str, PluginRecord] = {}
        self.quiet = quiet
        self._registry: Any = None
        self._commands: dict[str, Any] | None = None

    # --- loading ----------------------------------------------------------------------
    def add(
        self,
        plugin: object,
        name: str | None = None,
        *,
        distribution: str = "",
        version: str = "",
        builtin: bool = False,
    ) -> str:
        """Register one plugin object; an invalid one is recorded as broken. Returns its name."""
        name = name or getattr(plugin, "__name__", None) or repr(plugin)
        record = PluginRecord(name, distribution, version, builtin)
        self.records[name] = record
        self._forget_registrations()
        try:
            self.pm.register(plugin, name=name)
            unknown = [
                caller.name for caller in self.pm.get_hookcallers(plugin) or [] if not caller.has_spec()
            ]
            if unknown:
                self.pm.unregister(plugin)
                raise pluggy.PluginValidationError(
                    plugin, f"unknown hook(s) {', '.join(sorted(unknown))}"
                )
        except Exception as error:  # noqa: BLE001 - any failure is the plugin's, not ours
            self.fail(name, error)
            return name
        record.hooks = sorted(caller.name for caller in self.pm.get_hookcallers(plugin) or [])
        return name

    def remove(self, plugin: object, name: str | None = None) -> None:
        """Unregister a plugin (also one already dropped as broken) and forget its record."""
        name = self.pm.get_name(plugin) or name
        if self.pm.is_registered(plugin):
            self.pm.unregister(plugin)
        if name:
            self.records.pop(name, None)
        self._forget_registrations()

    def _forget_registrations(self) -> None:
        self._registry = None
        self._commands = None

    def fail(self, name: str, error: BaseException) -> None:
        """Record a plugin as broken; in strict mode, stop here."""
        record = self.records.setdefault(name, PluginRecord(name, "", "", False))
        record.error = describe_error(error)
        plugin = self.pm.get_plugin(name)
        if plugin is not None:
            self.pm.unregister(plugin)
        if self.quiet:
            return
        message = record.failure()
        if _strict():
            raise PluginLoadError(message)
        print(f"agentgym: warning: {message}", file=sys.stderr)

    def load_entry_point(self, entry_point: Any) -> None:
        """Load one entry point (``name``, ``dist``, ``load()``, as importlib's has)."""
        dist = entry_point.dist
        distribution = dist.name if dist else ""
        version = dist.version if dist else ""
        try:
            plugin = entry_point.load()
        except Exception as error:  # noqa: BLE001 - a broken plugin must not break the rest
            self.records[entry_point.name] = PluginRecord(
                entry_point.name, distribution, version, builtin=False
            )
            self.fail(entry_point.name, error)
            return
        self.add(plugin, entry_point.name, distribution=distribution, version=version)

    def load(self) -> PluginManager:
        """Blocked names, then built-ins, then entry points, then ``check_pending``."""
        for name in _env_names("AGENTGYM_DISABLED_PLUGINS"):
            self.pm.set_blocked(name)
        for module in BUILTIN_MODULES:
            self.add(import_module(module), module, distribution="agentgym", version=__version__,
                     builtin=True)
        if os.environ.get("AGENTGYM_DISABLE_PLUGIN_AUTOLOAD", "") in ("", "0", "false"):
            only = _env_names("AGENTGYM_PLUGINS")
            for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
                if only and entry_point.name not in only:
                    continue
                if self.pm.is_blocked(entry_point.name):
                    continue
                self.load_entry_point(entry_point)
        self.pm.check_pending()
        return self

    # --- what was loaded --------------------------------------------------------------
    def external_records(self) -> list[PluginRecord]:
        return [record for record in self.records.values() if not record.builtin]

    @property
    def registry(self) -> Any:
        """Everything the registration hooks gave, built once on first use."""
        if self._registry is None:
            from agentgym.registry import Registry

            self._registry = Registry.collect(self)
        return self._registry

    @property
    def commands(self) -> dict[str, Any]:
        """The commands plugins registered, by name (``agentgym.commands.CommandSpec``).

        Only the ``register_commands`` hooks run for this (unless the whole registry is
        already built), so listing commands never imports what the other hooks register.
        """
        if self._registry is not None:
            entries = self._registry.entries["commands"]
        else:
            if self._commands is None:
                from agentgym.registry import Registry

                self._commands = Registry.collect(self, kinds=("commands",)).entries["commands"]
            entries = self._commands
        return {name: entries[name].target for name in sorted(entries)}


_manager: PluginManager | None = None


def load_plugins(fresh: bool = False) -> PluginManager:
    """The process-wide plugin manager, loaded on first use."""
    global _manager
    if _manager is None or fresh:
        _manager = PluginManager().load()
    return _manager


def reset() -> None:
    """Forget the loaded plugins (tests, or after installing a plugin in-process)."""
    global _manager
    _manager = None
