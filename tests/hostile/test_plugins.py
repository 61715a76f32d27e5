"""Cases 2, 3, 6 and the plugin half of 7: a careless (or hostile) plugin cannot silence
the CLI, take over another plugin's names, or abort a training run from an observer hook."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hostile_lib import SELF_SIGINT, TOY_TRAINING, Site, run_dir_of, snapshot, toy_scenario

# --- 2: whatever a plugin raises at import, the command still does its job -----------------------
IMPORT_ENDINGS = {
    "SystemExit(0)": ("raise SystemExit(0)\n", "SystemExit: 0"),
    "sys.exit(3)": ("import sys\nsys.exit(3)\n", "SystemExit: 3"),
    "KeyboardInterrupt": ("raise KeyboardInterrupt\n", "KeyboardInterrupt"),
    "sys.exit(text)": ("import sys\nsys.exit('goodbye')\n", "SystemExit: goodbye"),
}


@pytest.mark.parametrize("ending", list(IMPORT_ENDINGS))
def test_a_plugin_ending_the_process_at_import_is_recorded_and_plugins_list_works(site: Site, ending: str) -> None:
    source, error = IMPORT_ENDINGS[ending]
    site.add("quitter", source)

    done = site.run("plugins", "list", "--json")

    assert done.code == 0, done
    rows = {row["name"]: row for row in json.loads(done.stdout)}
    assert rows["quitter"]["error"] == error
    assert rows["scenario-support"]["error"] is None
    [warning] = done.warnings()
    assert "'quitter'" in warning and "agentgym-hostile-quitter" in warning and error in warning


@pytest.mark.parametrize("ending", ["SystemExit(0)", "sys.exit(3)", "KeyboardInterrupt"])
def test_a_plugin_ending_the_process_at_import_does_not_stop_list_or_train(
    site: Site, ending: str, tmp_path: Path
) -> None:
    site.add("quitter", IMPORT_ENDINGS[ending][0])

    listed = site.run("list", "--json")
    assert listed.code == 0, listed
    assert "customer_support" in {row["name"] for row in json.loads(listed.stdout)}

    trained = site.run("train", "echo_orders", *TOY_TRAINING, "-o", str(tmp_path / "runs"), "--json")
    assert trained.code == 0, trained
    result = json.loads(trained.stdout)
    assert result["updates"] == 2
    assert (run_dir_of(tmp_path / "runs") / "result.json").is_file()


@pytest.mark.parametrize("ending", ["SystemExit(0)", "sys.exit(3)", "KeyboardInterrupt"])
def test_strict_mode_makes_a_plugin_ending_the_process_at_import_an_error(site: Site, ending: str) -> None:
    site.add("quitter", IMPORT_ENDINGS[ending][0])

    done = site.run("plugins", "list", env={"AGENTGYM_STRICT_PLUGINS": "1"})

    assert done.code == 1, done
    assert done.line.startswith("error: plugin 'quitter'") and IMPORT_ENDINGS[ending][1] in done.line


def test_a_real_ctrl_c_during_plugin_import_is_the_users_and_exits_130(site: Site) -> None:
    site.add("slow", SELF_SIGINT + "_ctrl_c()\n")

    done = site.run("plugins", "list")

    assert done.code == 130, done
    assert done.line == "interrupted"


@pytest.mark.parametrize("raised", ["SystemExit(0)", "KeyboardInterrupt()", "SystemExit(4)"])
def test_a_registration_hook_ending_the_process_is_recorded(site: Site, raised: str) -> None:
    site.add("hook-quitter", f"""
        from agentgym.hookspecs import hookimpl

        @hookimpl
        def register_policies(register):
            raise {raised}
    """)

    done = site.run("plugins", "list", "--json")

    assert done.code == 0, done
    rows = {row["name"]: row for row in json.loads(done.stdout)}
    assert rows["hook-quitter"]["error"].startswith(raised.split("(")[0])


# --- 3: a name two plugins register is refused for both -----------------------------------------
def test_a_plugin_registering_customer_support_takes_nothing_over(site: Site, tmp_path: Path) -> None:
    evil = site.add("aaa-support", toy_scenario("customer_support"), distribution="agentgym-evil")

    done = site.run("train", "customer_support", "-e", "32", "-o", str(tmp_path / "runs"))

    assert done.code == 2, done
    assert "customer_support" in done.line
    assert evil in done.line and "agentgym-scenario-support" in done.line
    assert "AGENTGYM_DISABLED_PLUGINS" in done.line
    assert not (tmp_path / "runs").exists()
    [warning] = done.warnings()
    assert evil in warning and "agentgym-scenario-support" in warning

    listed = site.run("list", "--json")
    assert listed.code == 0, listed
    assert "customer_support" not in {row["name"] for row in json.loads(listed.stdout)}
    plugins = {row["name"]: row for row in json.loads(site.run("plugins", "list", "--json").stdout)}
    assert evil in plugins["scenario-support"]["error"]
    assert "agentgym-scenario-support" in plugins["aaa-support"]["error"]


def test_disabling_one_of_two_plugins_with_the_same_name_gives_the_name_to_the_other(site: Site) -> None:
    site.add("aaa-support", toy_scenario("customer_support"), distribution="agentgym-evil")

    done = site.run("list", "--json", env={"AGENTGYM_DISABLED_PLUGINS": "aaa-support"})

    assert done.code == 0, done
    rows = {row["name"]: row for row in json.loads(done.stdout)}
    assert rows["customer_support"]["plugin"] == "scenario-support"
    assert done.stderr == ""


def test_load_order_decides_nothing(site: Site) -> None:
    """The same conflict, whichever plugin's entry point sorts first."""
    site.add("zzz-support", toy_scenario("customer_support"), distribution="agentgym-late")

    done = site.run("eval", "--scenario", "customer_support", "--policy", "gold")

    assert done.code == 2, done
    assert "agentgym-late" in done.line and "agentgym-scenario-support" in done.line


def test_a_builtin_name_taken_by_a_plugin_is_refused(site: Site, tmp_path: Path) -> None:
    site.add("my-algorithm", """
        from agentgym.hookspecs import hookimpl

        @hookimpl
        def register_algorithms(register):
            register("reinforce", lambda **settings: None)
    """)

    done = site.run("train", "echo_orders", *TOY_TRAINING, "-o", str(tmp_path / "runs"))

    assert done.code == 2, done
    assert "reinforce" in done.line and "agentgym-hostile-my-algorithm" in done.line


@pytest.mark.parametrize("name", ["support", "customer_support"])
def test_new_refuses_a_name_of_a_first_party_package(site: Site, name: str) -> None:
    """Installed or not: customer_support's plugin is blocked here, its name is still taken."""
    before = snapshot(site.cwd)

    done = site.run("new", "scenario", name, env={"AGENTGYM_DISABLED_PLUGINS": "scenario-support"})

    assert done.code == 2, done
    assert "first-party" in done.line
    assert snapshot(site.cwd) == before


def test_new_refuses_a_name_whose_distribution_module_or_entry_point_is_installed(site: Site) -> None:
    site.add("scenario-stock-desk", toy_scenario("shelves"), distribution="someone-else")
    site.add("other", toy_scenario("other_desk"), distribution="agentgym-scenario-parcel-desk")
    (site.root / "agentgym_scenario_ledger.py").write_text("", encoding="utf-8")
    before = snapshot(site.cwd)

    for name, clash in (("stock_desk", "entry point 'scenario-stock-desk' of the installed distribution someone-else"),
                        ("parcel_desk", "installed distribution 'agentgym-scenario-parcel-desk'"),
                        ("ledger", "importable module 'agentgym_scenario_ledger'")):
        done = site.run("new", "scenario", name)
        assert done.code == 2, done
        assert clash in done.line, done.line
    assert snapshot(site.cwd) == before

    fresh = site.run("new", "scenario", "tide_tables")
    assert fresh.code == 0, fresh


# --- 6: an observer hook that raises is reported once; training goes on --------------------------
OBSERVERS = {
    "on_train_start": "def on_train_start(run_dir, config):",
    "on_update": "def on_update(run_dir, metrics):",
    "on_train_end": "def on_train_end(run_dir, result):",
    "compute_metrics": "def compute_metrics(scenario, trajectories):",
}


def raising_observer(hook: str, raised: str = "RuntimeError('observer broke')") -> str:
    return f"""
        from agentgym.hookspecs import hookimpl

        @hookimpl
        {OBSERVERS[hook]}
            raise {raised}
    """


@pytest.mark.parametrize("hook", list(OBSERVERS))
def test_an_observer_hook_that_raises_does_not_abort_training(site: Site, hook: str, tmp_path: Path) -> None:
    site.add("observer", raising_observer(hook))

    done = site.run("train", "echo_orders", *TOY_TRAINING, "-o", str(tmp_path / "runs"), "--json")

    assert done.code == 0, done
    [warning] = done.warnings()
    assert "'observer'" in warning and hook in warning and "RuntimeError: observer broke" in warning
    result = json.loads(done.stdout)
    assert result["status"] == "finished" and result["updates"] == 2
    assert result["plugin_errors"] == {"observer": f"{hook}: RuntimeError: observer broke"}
    run_dir = run_dir_of(tmp_path / "runs")
    assert json.loads((run_dir / "result.json").read_text(encoding="utf-8"))["plugin_errors"] == result["plugin_errors"]
    assert (run_dir / "model" / "weights.npz").is_file()


@pytest.mark.parametrize("raised", ["SystemExit(0)", "KeyboardInterrupt()"])
def test_an_observer_hook_ending_the_process_does_not_end_training(site: Site, raised: str, tmp_path: Path) -> None:
    site.add("observer", raising_observer("on_update", raised))

    done = site.run("train", "echo_orders", *TOY_TRAINING, "-o", str(tmp_path / "runs"), "--json")

    assert done.code == 0, done
    assert json.loads(done.stdout)["updates"] == 2


@pytest.mark.parametrize("hook", ["on_update", "compute_metrics"])
def test_strict_mode_makes_an_observer_error_fatal(site: Site, hook: str, tmp_path: Path) -> None:
    site.add("observer", raising_observer(hook))

    done = site.run("train", "echo_orders", *TOY_TRAINING, "-o", str(tmp_path / "runs"),
                    env={"AGENTGYM_STRICT_PLUGINS": "1"})

    assert done.code == 1, done
    assert done.line.startswith("error: plugin 'observer'") and hook in done.line


def test_an_observer_error_shows_in_the_plugin_records(register_plugin: Any, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """In the process that trained, the plugin's record (what ``plugins list`` prints) says error."""
    from agentgym.config import build_config
    from agentgym.hookspecs import hookimpl
    from agentgym.toy import ToyOrderScenario
    from agentgym.trainer import Trainer

    class Toy:
        @hookimpl
        def register_scenarios(self, register: Any) -> None:
            register(ToyOrderScenario)

    class Observer:
        @hookimpl
        def on_update(self, run_dir: str, metrics: Any) -> None:
            raise ValueError("no disk")

    manager = register_plugin(Toy(), "toy")
    register_plugin(Observer(), "observer")
    config = build_config(scenario="toy_orders", episodes=96, batch_size=32, executor="local", output_dir=tmp_path)

    result = Trainer(config).run()

    assert result["status"] == "finished" and result["updates"] == 3
    assert manager.records["observer"].error == "on_update: ValueError: no disk"
    assert capsys.readouterr().err.count("no disk") == 1, "reported once, not at every update"


# --- 7: scenario classes are validated whole when they register ----------------------------------
ABSTRACT = """
from agentgym.hookspecs import hookimpl
from agentgym.scenario import Scenario


class Half(Scenario):
    name = "hostile_half"


@hookimpl
def register_scenarios(register):
    register(Half)
"""
BAD_CLASSES = {  # case: (plugin source, scenario name, what the error names)
    "abstract": (ABSTRACT, "hostile_half", "abstract"),
    "version=object()": (toy_scenario("hostile_version", "version = object()"), "hostile_version", "version"),
    "nan criteria": (toy_scenario("hostile_nan", "success_criteria = {'success_rate': float('nan')}"),
                     "hostile_nan", "success_criteria"),
    "max_steps text": (toy_scenario("hostile_steps", "max_steps = 'ten'"), "hostile_steps", "max_steps"),
    "description list": (toy_scenario("hostile_desc", "description = ['a']"), "hostile_desc", "description"),
    "options of no type": (toy_scenario("hostile_opts", "option_types = {'speed': 'fast'}"), "hostile_opts",
                           "option_types"),
}


@pytest.mark.parametrize("case", list(BAD_CLASSES))
def test_a_bad_scenario_class_fails_at_load_not_after_training(site: Site, case: str, tmp_path: Path) -> None:
    source, name, needle = BAD_CLASSES[case]
    site.add("bad-class", source)

    done = site.run("plugins", "list", "--json")

    assert done.code == 0, done
    error = {row["name"]: row for row in json.loads(done.stdout)}["bad-class"]["error"]
    assert error.startswith("RegistrationError:") and needle in error, error
    listed = json.loads(site.run("list", "--json").stdout)
    assert name not in {row["name"] for row in listed}
    train = site.run("train", name, *TOY_TRAINING, "-o", str(tmp_path / "runs"))
    assert train.code == 2 and name in train.line, train
    assert not (tmp_path / "runs").exists(), "refused before any run directory exists"


def test_a_plugin_printing_at_import_keeps_json_output_valid(site: Site) -> None:
    site.add("loud", 'print("hello from a loud plugin")\nprint("second line")\n')

    done = site.run("plugins", "list", "--json")

    assert done.code == 0, done
    assert "loud" in {row["name"] for row in json.loads(done.stdout)}
    lines = [line for line in done.stderr.splitlines() if "hello from a loud plugin" in line]
    assert len(lines) == 1 and "'loud'" in lines[0]


def test_a_plugin_slow_to_import_is_named(site: Site) -> None:
    site.add("sleepy", "import time\ntime.sleep(1.3)\n")

    done = site.run("list", "--json")

    assert done.code == 0, done
    [warning] = done.warnings()
    assert "'sleepy'" in warning and "to import" in warning
