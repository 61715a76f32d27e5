"""Finding and loading plugins: built-ins first, then the ``agentgym.plugins`` entry points.

Each entry point loads on its own. A plugin that fails to import, fails validation, uses an
unknown hook or raises in a registration hook is recorded with its error and skipped, with
one warning line on stderr, so one broken plugin never takes the CLI down (llm #1280).
"Raises" includes ``SystemExit`` and a ``KeyboardInterrupt`` the plugin raised itself; only
the user's own Ctrl-C (a real SIGINT) stops the command. What a plugin prints while it loads
goes to stderr under its name (stdout is for ``--json``), and an import slower than
``SLOW_IMPORT_SECONDS`` is named, since every command waits for it.
``AGENTGYM_STRICT_PLUGINS=1`` turns any such failure into ``PluginLoadError``. A quiet
manager (``PluginManager(quiet=True)``, what ``agentgym --help`` lists plugin commands
with) records failures and says nothing, strict or not: help always works.
"""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stdout
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

import pluggy

from agentgym import __version__, hookspecs
from agentgym.discovery import entry_points
from agentgym.interrupts import watching_ctrl_c
from agentgym.lines import one_line

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


SLOW_IMPORT_SECONDS = 1.0
ECHOED_LINES = 5  # lines of a plugin's stray output shown on stderr


class PluginLoadError(RuntimeError):
    """A plugin failed while strict mode is on; the message names it."""


class PluginFailed(Exception):
    """Plugin code raised; it was recorded as broken (``PluginManager.call``)."""


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
    message = one_line(str(error))
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def _warn(message: str) -> None:
    print(one_line(f"agentgym: warning: {message}"), file=sys.stderr)


@contextmanager
def _stdout_to_stderr(name: str, during: str, quiet: bool = False) -> Iterator[None]:
    """What plugin code prints goes to stderr, each line marked with the plugin's name
    (nowhere for a quiet manager)."""
    buffer = io.StringIO()
    try:
        with redirect_stdout(buffer):
            yield
    finally:
        lines = [] if quiet else [line for line in buffer.getvalue().splitlines() if line.strip()]
        for line in lines[:ECHOED_LINES]:
            _warn(f"plugin '{name}' printed in {during}: {line[:200]}")
        if len(lines) > ECHOED_LINES:
            _warn(f"plugin '{name}' printed {len(lines) - ECHOED_LINES} more lines in {during}")


class PluginManager:
    """The pluggy manager plus a record of every plugin, loaded or broken."""

    def __init__(self, quiet: bool = False) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.records: dict[str, PluginRecord] = {}
        self.runtime_errors: dict[str, str] = {}  # plugin -> "hook: error", for result.json
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

    def describe(self, name: str) -> str:
        """``plugin 'name' (distribution version)``, as messages name a plugin."""
        record = self.records.get(name)
        where = f" ({record.distribution} {record.version})" if record and record.distribution else ""
        return f"plugin '{name}'{where}"

    def fail(self, name: str, error: BaseException, *, hook: str | None = None, announce: bool = True) -> None:
        """Record a plugin as broken and unregister it; in strict mode, stop here.

        :param hook: the observer hook it failed in at run time (None: while loading).
        :param announce: print the warning line (False when another line already said it).
        """
        record = self.records.setdefault(name, PluginRecord(name, "", "", False))
        record.error = describe_error(error) if hook is None else f"{hook}: {describe_error(error)}"
        plugin = self.pm.get_plugin(name)
        if plugin is not None:
            self.pm.unregister(plugin)
        if hook is None:
            message = record.failure()
        else:
            self.runtime_errors[name] = record.error
            message = f"{self.describe(name)} failed in {hook}: {describe_error(error)}"
        if self.quiet:
            return
        if _strict():
            raise PluginLoadError(message)
        if announce:
            _warn(message if hook is None else f"{message}; it is skipped from now on")

    def call(self, name: str, during: str, function: Callable[..., Any], *args: Any, hook: str | None = None,
             **kwargs: Any) -> Any:
        """Run plugin code: what it prints goes to stderr, and whatever it raises
        (``SystemExit`` and its own ``KeyboardInterrupt`` included) marks it broken and
        becomes ``PluginFailed``. The user's Ctrl-C is re-raised as it is."""
        with watching_ctrl_c() as ctrl_c, _stdout_to_stderr(name, during, self.quiet):
            try:
                return function(*args, **kwargs)
            except KeyboardInterrupt as error:
                if ctrl_c.pressed:
                    raise
                failure: BaseException = error
            except BaseException as error:  # noqa: BLE001 - SystemExit too: a plugin must not end the command
                failure = error
        self.fail(name, failure, hook=hook)
        raise PluginFailed(name)

    def load_entry_point(self, entry_point: Any) -> None:
        """Load one entry point (``name``, ``dist``, ``load()``, as importlib's has)."""
        dist = entry_point.dist
        name = entry_point.name
        self.records[name] = PluginRecord(name, dist.name if dist else "", dist.version if dist else "", False)
        started = time.perf_counter()
        try:
            plugin = self.call(name, "import", entry_point.load)
        except PluginFailed:
            return
        finally:
            seconds = time.perf_counter() - started
            if seconds > SLOW_IMPORT_SECONDS and not self.quiet:
                _warn(f"{self.describe(name)} took {seconds:.1f} s to import; every agentgym command "
                      f"waits for it (block it with AGENTGYM_DISABLED_PLUGINS={name})")
        record = self.records.pop(name)
        self.add(plugin, name, distribution=record.distribution, version=record.version)

    def load(self) -> PluginManager:
        """Blocked names, then built-ins, then entry points, then ``check_pending``."""
        for name in _env_names("AGENTGYM_DISABLED_PLUGINS"):
            self.pm.set_blocked(name)
        for module in BUILTIN_MODULES:
            self.add(import_module(module), module, distribution="agentgym-core", version=__version__,
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
