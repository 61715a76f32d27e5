"""Plugin discovery through the ``agentgym.plugins`` entry-point group, tested two ways.

1. Fake entry points, nothing installed: each test writes plugin modules and their
   ``*.dist-info`` metadata into ``tmp_path`` and makes ``agentgym.plugins.entry_points``
   return exactly those entry points (bound to their distributions, so names, distributions
   and versions come from metadata as they would for an installed package).
2. Real distributions: ``tests/plugins/agentgym-plugin-echo`` (a working plugin, installed by
   ``make install`` into ``.venv/test-plugins``, which the root conftest.py puts on the path)
   and ``tests/plugins/agentgym-plugin-broken`` (its import raises; installed by these tests),
   checked through the ``agentgym`` command in a subprocess.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from agentgym import plugins
from agentgym.plugins import ENTRY_POINT_GROUP, PluginLoadError, PluginManager
from agentgym.registry import RefusedEntry

GOOD_SCENARIO = """
from agentgym.hookspecs import hookimpl
from agentgym.toy import ToyOrderScenario


class {cls}(ToyOrderScenario):
    name = "{scenario}"
    description = "A scenario from a fake plugin."


@hookimpl
def register_scenarios(register):
    register({cls})
"""


# --- fake entry points -------------------------------------------------------------------
@dataclass
class FakePlugin:
    entry_name: str
    module: str
    distribution: str
    version: str


class FakeSite:
    """A folder on ``sys.path`` holding plugin modules and their dist-info metadata."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.monkeypatch = monkeypatch
        self.plugins: list[FakePlugin] = []
        root.mkdir(parents=True, exist_ok=True)
        monkeypatch.syspath_prepend(str(root))
        monkeypatch.setattr(plugins, "entry_points", self.entry_points)

    def add(self, entry_name: str, source: str, *, version: str = "1.2.3") -> FakePlugin:
        token = uuid.uuid4().hex[:8]
        module = f"agentgym_fake_{entry_name.replace('-', '_')}_{token}"
        distribution = f"agentgym-fake-{entry_name}"
        (self.root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        info = self.root / f"{distribution.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {distribution}\nVersion: {version}\n", encoding="utf-8"
        )
        (info / "entry_points.txt").write_text(
            f"[{ENTRY_POINT_GROUP}]\n{entry_name} = {module}\n", encoding="utf-8"
        )
        plugin = FakePlugin(entry_name, module, distribution, version)
        self.plugins.append(plugin)
        return plugin

    def entry_points(self, *, group: str) -> list[importlib.metadata.EntryPoint]:
        """Stands in for ``importlib.metadata.entry_points`` inside ``agentgym.plugins``."""
        found = []
        for info in sorted(self.root.glob("*.dist-info")):
            dist = importlib.metadata.PathDistribution(info)
            found.extend(ep for ep in dist.entry_points if ep.group == group)
        return found

    def imported(self, plugin: FakePlugin) -> bool:
        return plugin.module in sys.modules

    def cleanup(self) -> None:
        for plugin in self.plugins:
            sys.modules.pop(plugin.module, None)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSite]:
    fake = FakeSite(tmp_path / "site", monkeypatch)
    yield fake
    fake.cleanup()


def good(cls: str, scenario: str) -> str:
    return GOOD_SCENARIO.format(cls=cls, scenario=scenario)


def warnings_in(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("agentgym: warning:")]


# --- a good plugin ------------------------------------------------------------------------
def test_good_plugin_is_recorded_with_metadata_and_its_scenario_registered(site: FakeSite) -> None:
    plugin = site.add("good", good("GoodScenario", "fake_good"), version="2.5.0")

    manager = PluginManager().load()

    record = manager.records["good"]
    assert (record.name, record.distribution, record.version) == ("good", plugin.distribution, "2.5.0")
    assert record.hooks == ["register_scenarios"]
    assert record.error is None and record.builtin is False
    entry = manager.registry.get("scenarios", "fake_good")
    assert entry.plugin == "good"
    assert [r.name for r in manager.external_records()] == ["good"]


def test_builtins_load_first_and_are_marked_builtin(site: FakeSite) -> None:
    site.add("good", good("GoodScenario", "fake_good"))

    manager = PluginManager().load()

    names = list(manager.records)
    assert names[-1] == "good", "entry points load after the built-ins"
    builtins = [manager.records[name] for name in names[:-1]]
    assert builtins and all(r.builtin and r.distribution == "agentgym-core" and r.error is None for r in builtins)
    assert {"local", "process"} <= set(manager.registry.names("executors"))


# --- each kind of failure is recorded and the rest keeps working ---------------------------
def test_plugin_whose_import_raises_is_recorded_and_the_rest_works(
    site: FakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    site.add("good", good("GoodScenario", "fake_good"))
    broken = site.add("bad-import", 'raise RuntimeError("cannot start:\\n  missing thing")\n', version="0.9")

    manager = PluginManager().load()

    record = manager.records["bad-import"]
    assert (record.distribution, record.version) == (broken.distribution, "0.9")
    assert record.error == "RuntimeError: cannot start: missing thing", "one line: type and message"
    assert record.hooks == []
    assert manager.registry.names("scenarios") == ["fake_good"]
    [warning] = warnings_in(capsys.readouterr().err)
    assert "'bad-import'" in warning and broken.distribution in warning and "RuntimeError" in warning


def test_plugin_whose_registration_hook_raises_loses_all_its_entries(
    site: FakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    site.add("good", good("GoodScenario", "fake_good"))
    site.add("hook-raises", """
        from agentgym.hookspecs import hookimpl
        from agentgym.toy import ToyOrderScenario

        class HalfScenario(ToyOrderScenario):
            name = "fake_half"

        @hookimpl
        def register_scenarios(register):
            register(HalfScenario)
            raise ValueError("database unavailable")

        @hookimpl
        def register_policies(register):
            register("fake_policy", lambda **kw: None)
    """)

    manager = PluginManager().load()
    assert manager.records["hook-raises"].error is None, "hooks run when the registry is first used"
    registry = manager.registry

    record = manager.records["hook-raises"]
    assert record.error == "ValueError: database unavailable"
    assert registry.names("scenarios") == ["fake_good"], "nothing of a failed plugin stays registered"
    assert "fake_policy" not in registry.names("policies")
    [warning] = warnings_in(capsys.readouterr().err)
    assert "'hook-raises'" in warning


def test_same_scenario_name_from_two_plugins_is_refused_for_both_naming_both(
    site: FakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    first = site.add("first", good("FirstScenario", "fake_shared"))
    second = site.add("second", good("SecondScenario", "fake_shared"))
    site.add("good", good("GoodScenario", "fake_good"))

    manager = PluginManager().load()
    registry = manager.registry

    for name in ("first", "second"):
        error = manager.records[name].error
        assert error is not None and "fake_shared" in error
        assert first.distribution in error and second.distribution in error
    with pytest.raises(RefusedEntry, match="AGENTGYM_DISABLED_PLUGINS"):
        registry.get("scenarios", "fake_shared")  # no load order decides who wins
    assert registry.names("scenarios") == ["fake_good"]
    [warning] = warnings_in(capsys.readouterr().err)
    assert first.distribution in warning and second.distribution in warning


def test_disabling_one_of_two_plugins_with_the_same_name_gives_it_to_the_other(
    site: FakeSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    site.add("first", good("FirstScenario", "fake_shared"))
    site.add("second", good("SecondScenario", "fake_shared"))
    monkeypatch.setenv("AGENTGYM_DISABLED_PLUGINS", "first")

    registry = PluginManager().load().registry

    assert registry.get("scenarios", "fake_shared").plugin == "second"


def test_plugin_with_an_unknown_hook_is_rejected_whole(
    site: FakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    site.add("good", good("GoodScenario", "fake_good"))
    site.add("typo", """
        from agentgym.hookspecs import hookimpl
        from agentgym.toy import ToyOrderScenario

        class TypoScenario(ToyOrderScenario):
            name = "fake_typo"

        @hookimpl
        def register_scenarioz(register):
            register(TypoScenario)

        @hookimpl
        def register_scenarios(register):
            register(TypoScenario)
    """)

    manager = PluginManager().load()  # check_pending() passes: the plugin is not registered

    record = manager.records["typo"]
    assert record.error is not None and "register_scenarioz" in record.error
    assert manager.pm.get_plugin("typo") is None
    assert manager.registry.names("scenarios") == ["fake_good"]
    [warning] = warnings_in(capsys.readouterr().err)
    assert "'typo'" in warning and "register_scenarioz" in warning


def test_a_registered_entry_that_fails_validation_marks_its_plugin_broken(site: FakeSite) -> None:
    site.add("good", good("GoodScenario", "fake_good"))
    site.add("invalid", """
        from agentgym.hookspecs import hookimpl
        from agentgym.toy import ToyOrderScenario

        class Shouting(ToyOrderScenario):
            name = "Not-Valid"

        @hookimpl
        def register_scenarios(register):
            register(Shouting)
    """)

    manager = PluginManager().load()

    assert manager.registry.names("scenarios") == ["fake_good"]
    error = manager.records["invalid"].error
    assert error is not None and error.startswith("RegistrationError:") and "Not-Valid" in error


# --- strict mode ----------------------------------------------------------------------------
BROKEN_KINDS: dict[str, Callable[[FakeSite], str]] = {
    "import raises": lambda s: s.add("bad", 'raise ImportError("no such backend")\n').entry_name,
    "hook raises": lambda s: s.add("bad", """
        from agentgym.hookspecs import hookimpl

        @hookimpl
        def register_executors(register):
            raise RuntimeError("boom")
    """).entry_name,
    "duplicate scenario": lambda s: (
        s.add("aaa", good("A", "fake_dup")), s.add("bad", good("B", "fake_dup"))
    )[1].entry_name,
    "unknown hook": lambda s: s.add("bad", """
        from agentgym.hookspecs import hookimpl

        @hookimpl
        def on_train_begin(run_dir, config):
            pass
    """).entry_name,
}


@pytest.mark.parametrize("kind", list(BROKEN_KINDS))
def test_strict_mode_raises_naming_the_plugin(
    kind: str, site: FakeSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = BROKEN_KINDS[kind](site)
    monkeypatch.setenv("AGENTGYM_STRICT_PLUGINS", "1")

    with pytest.raises(PluginLoadError, match="failed to load") as raised:
        PluginManager().load().registry  # noqa: B018 - building the registry runs the hooks
    assert f"plugin '{name}'" in str(raised.value)


@pytest.mark.parametrize("value", ["", "0", "false"])
def test_strict_mode_off_values(value: str, site: FakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    site.add("bad", 'raise ImportError("no such backend")\n')
    monkeypatch.setenv("AGENTGYM_STRICT_PLUGINS", value)

    assert PluginManager().load().records["bad"].error == "ImportError: no such backend"


# --- environment switches -----------------------------------------------------------------
def test_disable_autoload_skips_every_entry_point(site: FakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    good_plugin = site.add("good", good("GoodScenario", "fake_good"))
    broken = site.add("bad", 'raise RuntimeError("must not be imported")\n')
    monkeypatch.setenv("AGENTGYM_DISABLE_PLUGIN_AUTOLOAD", "1")
    monkeypatch.setenv("AGENTGYM_STRICT_PLUGINS", "1")

    manager = PluginManager().load()

    assert manager.external_records() == []
    assert not site.imported(good_plugin) and not site.imported(broken)
    assert manager.registry.names("scenarios") == []
    assert "reinforce" in manager.registry.names("algorithms"), "built-ins still load"


def test_plugins_variable_loads_only_the_named_ones(site: FakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    site.add("one", good("One", "fake_one"))
    site.add("two", good("Two", "fake_two"))
    other = site.add("bad", 'raise RuntimeError("must not be imported")\n')
    monkeypatch.setenv("AGENTGYM_PLUGINS", "one, two")

    manager = PluginManager().load()

    assert [r.name for r in manager.external_records()] == ["one", "two"]
    assert not site.imported(other)
    assert manager.registry.names("scenarios") == ["fake_one", "fake_two"]
    assert "local" in manager.registry.names("executors"), "built-ins are not entry points"


def test_disabled_plugins_are_blocked_and_never_imported(
    site: FakeSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    site.add("one", good("One", "fake_one"))
    two = site.add("two", good("Two", "fake_two"))
    broken = site.add("bad", 'raise RuntimeError("must not be imported")\n')
    monkeypatch.setenv("AGENTGYM_DISABLED_PLUGINS", "bad,two")
    monkeypatch.setenv("AGENTGYM_STRICT_PLUGINS", "1")

    manager = PluginManager().load()

    assert [r.name for r in manager.external_records()] == ["one"]
    assert not site.imported(two) and not site.imported(broken)
    assert manager.pm.is_blocked("bad") and manager.pm.is_blocked("two")
    assert manager.registry.names("scenarios") == ["fake_one"]


def test_disabled_wins_over_plugins(site: FakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    site.add("one", good("One", "fake_one"))
    site.add("two", good("Two", "fake_two"))
    monkeypatch.setenv("AGENTGYM_PLUGINS", "one,two")
    monkeypatch.setenv("AGENTGYM_DISABLED_PLUGINS", "two")

    assert [r.name for r in PluginManager().load().external_records()] == ["one"]


def test_importing_agentgym_loads_no_plugin(site: FakeSite) -> None:
    broken = site.add("bad", 'raise RuntimeError("must not be imported")\n')
    plugins.reset()
    import agentgym
    import agentgym.cli  # noqa: F401 - building the CLI must not load plugins either

    assert agentgym.__version__
    assert plugins._manager is None and not site.imported(broken)


# --- real installed distributions ---------------------------------------------------------
REPO = Path(__file__).resolve().parents[1]
ECHO = "agentgym-plugin-echo"
BROKEN = "agentgym-plugin-broken"


@pytest.fixture(scope="module")
def installed_test_plugins() -> None:
    try:
        importlib.metadata.distribution(ECHO)
    except importlib.metadata.PackageNotFoundError:
        pytest.fail(
            f"{ECHO} is not installed; `make install` installs it into .venv/test-plugins, which "
            f"the root conftest.py puts on the path",
            pytrace=False,
        )


@pytest.fixture(scope="module")
def broken_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The broken plugin, really installed (wheel metadata and all), but into a folder of its
    own: the dev environment stays clean and only these tests put it on the path."""
    target = tmp_path_factory.mktemp("broken-site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(REPO / "tests" / "plugins" / BROKEN)],
        check=True, capture_output=True, text=True, timeout=240,
    )
    return target


@pytest.fixture
def run_agentgym(run_agentgym, broken_site: Path):  # type: ignore[no-untyped-def]
    """``agentgym`` with the broken plugin's site folder on PYTHONPATH."""

    def run(*args: str, env: dict[str, str] | None = None, **kwargs):  # type: ignore[no-untyped-def]
        path = os.pathsep.join(filter(None, [str(broken_site), os.environ.get("PYTHONPATH")]))  # test plugins too
        return run_agentgym(*args, env={**(env or {}), "PYTHONPATH": path}, **kwargs)

    return run


def plugin_rows(stdout: str) -> dict[str, dict[str, object]]:
    return {row["name"]: row for row in json.loads(stdout)}


@pytest.mark.usefixtures("installed_test_plugins")
class TestInstalledPlugins:
    def test_plugins_list_json_shows_installed_and_broken_plugins(self, run_agentgym) -> None:
        done = run_agentgym("plugins", "list", "--json")

        assert done.returncode == 0, done.stderr
        rows = plugin_rows(done.stdout)
        assert rows["echo-scenario"] == {
            "name": "echo-scenario",
            "distribution": ECHO,
            "version": "0.2.0",
            "hooks": ["register_scenarios"],
            "builtin": False,
            "error": None,
        }
        broken = rows["broken-import"]
        assert (broken["distribution"], broken["version"], broken["builtin"]) == (BROKEN, "0.0.1", False)
        assert broken["error"] == "RuntimeError: agentgym-plugin-broken fails on import (on purpose)"
        assert rows["scenario-support"]["distribution"] == "agentgym-scenario-support"
        assert rows["scenario-support"]["error"] is None
        assert not any(row["builtin"] for row in rows.values()), "--all adds the built-ins"
        assert [line for line in done.stderr.splitlines() if line.strip()] == [
            "agentgym: warning: plugin 'broken-import' (agentgym-plugin-broken 0.0.1) failed to load: "
            "RuntimeError: agentgym-plugin-broken fails on import (on purpose)"
        ]

    def test_plugins_list_table_shows_status(self, run_agentgym) -> None:
        done = run_agentgym("plugins", "list", env={"COLUMNS": "240"})

        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        echo = next(line for line in lines if "echo-scenario" in line)
        assert ECHO in echo and "0.2.0" in echo and "register_scenarios" in echo and "ok" in echo
        broken = next(line for line in lines if "broken-import" in line)
        assert "error: RuntimeError: agentgym-plugin-broken fails on import" in broken

    def test_plugins_list_all_and_hook_filter(self, run_agentgym) -> None:
        everything = plugin_rows(run_agentgym("plugins", "list", "--all", "--json").stdout)
        assert everything["agentgym.builtin.algorithms"]["builtin"] is True
        assert everything["agentgym.builtin.algorithms"]["distribution"] == "agentgym-core"
        assert "echo-scenario" in everything

        done = run_agentgym("plugins", "list", "--hook", "register_scenarios", "--json")
        assert done.returncode == 0, done.stderr
        filtered = plugin_rows(done.stdout)
        assert {"echo-scenario", "scenario-support"} <= set(filtered)
        assert set(filtered) == {
            name for name, row in everything.items()
            if "register_scenarios" in row["hooks"] and not row["builtin"]  # type: ignore[operator]
        }

        unknown = run_agentgym("plugins", "list", "--hook", "register_scenarioz")
        assert unknown.returncode == 2
        assert "unknown hook 'register_scenarioz'" in unknown.stderr

    def test_list_still_works_beside_a_broken_plugin(self, run_agentgym) -> None:
        done = run_agentgym("list", "--json")

        assert done.returncode == 0, done.stderr
        scenarios = {row["name"]: row for row in json.loads(done.stdout)}
        assert scenarios["echo_orders"]["plugin"] == "echo-scenario"
        assert scenarios["customer_support"]["plugin"] == "scenario-support"
        assert "broken-import" in done.stderr

    @pytest.mark.parametrize("args", [("plugins", "list", "--json"), ("list",), ("--version",)])
    def test_strict_mode_exits_non_zero_naming_the_plugin(self, run_agentgym, args: tuple[str, ...]) -> None:
        done = run_agentgym(*args, env={"AGENTGYM_STRICT_PLUGINS": "1"})

        assert done.returncode == 1
        assert "Traceback" not in done.stderr
        [line] = [line for line in done.stderr.splitlines() if line.strip()]
        assert line.startswith("error: ") and "'broken-import'" in line and "RuntimeError" in line
        assert done.stdout == ""

    def test_blocking_the_broken_plugin_silences_it(self, run_agentgym) -> None:
        done = run_agentgym(
            "plugins", "list", "--json",
            env={"AGENTGYM_DISABLED_PLUGINS": "broken-import", "AGENTGYM_STRICT_PLUGINS": "1"},
        )

        assert done.returncode == 0, done.stderr
        assert "broken-import" not in plugin_rows(done.stdout)
        assert done.stderr == ""

    def test_help_works_with_a_broken_plugin_installed(self, run_agentgym) -> None:
        done = run_agentgym("--help", env={"AGENTGYM_STRICT_PLUGINS": "1"})

        assert done.returncode == 0, done.stderr
        assert "plugins" in done.stdout and "broken-import" not in done.stderr

    def test_help_lists_plugin_commands_and_says_nothing_of_the_broken_plugin(self, run_agentgym) -> None:
        done = run_agentgym("--help", env={"AGENTGYM_STRICT_PLUGINS": "1"})

        assert done.returncode == 0, done.stderr
        assert "Plugin commands" in done.stdout and "echo" in done.stdout
        assert done.stderr == ""

    def test_an_unknown_command_names_the_broken_plugins(self, run_agentgym) -> None:
        done = run_agentgym("serve-the-world")

        assert done.returncode == 2
        assert "No such command 'serve-the-world'" in done.stderr
        assert "agentgym: warning: plugin 'broken-import' (agentgym-plugin-broken 0.0.1) failed to load: " \
               "RuntimeError: agentgym-plugin-broken fails on import (on purpose)" in done.stderr.splitlines()

    def test_version_lists_loaded_plugins_with_versions(self, run_agentgym) -> None:
        done = run_agentgym("--version")

        assert done.returncode == 0, done.stderr
        first, second = done.stdout.splitlines()
        assert first == "agentgym 0.1.0"
        assert second.startswith("plugins: ")
        listed = second.removeprefix("plugins: ").split(", ")
        assert "echo-scenario-0.2.0" in listed and "scenario-support-0.2.0" in listed
        assert not any(item.startswith("broken-import") for item in listed), "only plugins that loaded"
