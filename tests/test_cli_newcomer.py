"""What a newcomer meets first: errors that say which package to install, help that shows
every default, a README that documents every setting, ``--resume`` that honours
``--episodes``, and tables that fit 80 columns without cutting a value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def one_error_line(done: Any) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines()
             if line.strip() and not line.startswith("agentgym: warning:")]
    assert len(lines) == 1, f"expected one error line, got: {lines}"
    return lines[0]


# --- unknown names say which first-party distribution provides them -----------------------
def test_unknown_first_party_scenario_names_its_distribution(agentgym_main, tmp_path: Path) -> None:
    done = agentgym_main("train", "customer_support", "-o", str(tmp_path),
                         env={"AGENTGYM_DISABLED_PLUGINS": "scenario-support"})

    assert done.code == 2
    line = one_error_line(done)
    assert line.startswith("error: unknown scenario 'customer_support'; install agentgym-scenario-support; "
                           "installed: "), line
    assert list(tmp_path.iterdir()) == []


def test_unknown_first_party_adapter_names_its_distribution() -> None:
    from agentgym.registry import Registry, UnknownEntry

    with pytest.raises(UnknownEntry, match=r"^unknown adapter 'crewai'; install agentgym-adapter-crewai; installed: "):
        Registry().get("adapters", "crewai")


def test_unknown_third_party_name_has_no_install_hint() -> None:
    from agentgym.registry import Registry, UnknownEntry

    with pytest.raises(UnknownEntry) as raised:
        Registry().get("scenarios", "nobody_ships_this")
    assert str(raised.value) == "unknown scenario 'nobody_ships_this'; installed: none"


@pytest.mark.parametrize(("flag", "kind"), [("--policy", "policy"), ("--algorithm", "algorithm"),
                                            ("--executor", "executor"), ("--featurizer", "featurizer")])
def test_unknown_plugin_names_are_singular(agentgym_main, tmp_path: Path, flag: str, kind: str) -> None:
    done = agentgym_main("train", "customer_support", flag, "nope", "-o", str(tmp_path), "-e", "64")

    assert done.code == 2, done.stderr
    assert one_error_line(done).startswith(f"error: unknown {kind} 'nope'; installed: ")


# --- help: every option explained, every training default shown ----------------------------
def all_commands() -> list[tuple[str, Any]]:
    """Every built-in (sub)command of the full app as (path, click command)."""
    import typer.main

    from agentgym.cli import build_app

    found: list[tuple[str, Any]] = []

    def walk(path: str, command: Any) -> None:
        found.append((path, command))
        for name, sub in getattr(command, "commands", {}).items():
            walk(f"{path} {name}".strip(), sub)

    walk("", typer.main.get_command(build_app("--help")))
    return [(path, command) for path, command in found if path]


def test_every_option_of_every_command_has_help_text() -> None:
    missing = [f"agentgym {path} {param.opts[-1]}" for path, command in all_commands()
               for param in command.params if param.param_type_name == "option" and not param.help]

    assert missing == []


# train flag -> the TrainingConfig key whose default it shows
TRAIN_FLAG_KEYS = {
    "--episodes": "episodes", "--learning-rate": "learning_rate", "--batch-size": "batch_size",
    "--discount-factor": "discount_factor", "--checkpoint-interval": "checkpoint_interval",
    "--output-dir": "output_dir", "--seed": "seed", "--algorithm": "algorithm", "--policy": "policy",
    "--executor": "executor", "--featurizer": "featurizer",
}


def test_train_help_shows_every_default_and_it_is_the_config_default() -> None:
    from agentgym.config import TrainingConfig

    train = dict(all_commands())["train"]
    shown = {param.opts[-1]: param.show_default for param in train.params
             if param.param_type_name == "option" and not param.is_flag}
    without = sorted(flag for flag, default in shown.items() if not isinstance(default, str) and flag != "--resume")
    assert without == [], "options whose default --help does not show"
    for flag, key in TRAIN_FLAG_KEYS.items():
        assert shown[flag] == str(TrainingConfig.model_fields[key].default), flag


def test_train_help_text_shows_the_defaults(agentgym_main) -> None:
    done = agentgym_main("train", "--help")

    assert done.code == 0
    text = " ".join(done.stdout.split())
    for default in ("[default: (20000)]", "[default: (0.02)]", "[default: (64)]", "[default: (reinforce)]"):
        assert default in text, default


# --- README: every training setting, its default and meaning --------------------------------
README = Path(__file__).resolve().parents[1] / "README.md"


def readme_settings() -> dict[str, str]:
    """key -> default, from the README's generated table of training settings."""
    import re

    from agentgym.config_doc import END, START

    text = README.read_text()
    assert START in text and END in text, "the README lost its training-settings markers"
    table = text.split(START, 1)[1].split(END, 1)[0]
    return dict(re.findall(r"^\| `([a-z_]+)` \| `([^`]*)` \|", table, flags=re.MULTILINE))


def test_readme_table_has_every_training_setting_with_its_default() -> None:
    from agentgym.config import TrainingConfig
    from agentgym.config_doc import default_text

    documented = readme_settings()

    assert sorted(documented) == sorted(TrainingConfig.model_fields), "README table keys differ from TrainingConfig"
    assert documented == {key: default_text(key) for key in TrainingConfig.model_fields}
    assert documented["episodes"] == str(TrainingConfig(scenario="x").episodes)


def test_readme_table_is_the_generated_one() -> None:
    from agentgym.config_doc import section

    assert section() in README.read_text(), "run: python -m agentgym.config_doc README.md"


def test_every_training_setting_has_a_meaning() -> None:
    from agentgym.config import TrainingConfig

    assert [key for key, field in TrainingConfig.model_fields.items() if not field.description] == []


# --- train --resume RUN --episodes N -----------------------------------------------------------
FAST_TOML = "[training]\nearly_stop = false\neval_interval = 100\ntrials = 1\n"


@pytest.fixture
def short_run(agentgym_main, tmp_path: Path) -> Path:
    """A finished two-update run (128 episodes) in one process."""
    config = tmp_path / "fast.toml"
    config.write_text(FAST_TOML)
    done = agentgym_main("train", "customer_support", "-e", "128", "-b", "64", "--executor", "local",
                         "-o", str(tmp_path / "runs"), "--config", str(config), "--json")
    assert done.code == 0, done.stderr
    return next((tmp_path / "runs").iterdir())


@pytest.mark.slow
def test_resume_with_episodes_extends_the_run(agentgym_main, short_run: Path) -> None:
    import json
    import tomllib

    done = agentgym_main("train", "--resume", str(short_run), "--episodes", "256", "--json")

    assert done.code == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["episodes_completed"] == 256
    assert tomllib.loads((short_run / "config.toml").read_text())["training"]["episodes"] == 256
    steps = [json.loads(line)["step"] for line in (short_run / "metrics.jsonl").read_text().splitlines()]
    assert steps == [1, 2, 3, 4]


@pytest.mark.slow
def test_resume_refuses_fewer_episodes_than_done(agentgym_main, short_run: Path) -> None:
    before = (short_run / "config.toml").read_text()

    done = agentgym_main("train", "--resume", str(short_run), "--episodes", "64")

    assert done.code == 2
    assert one_error_line(done) == "error: --episodes 64 is fewer than the 128 episodes this run has done"
    assert (short_run / "config.toml").read_text() == before


@pytest.mark.parametrize("extra", [["-lr", "0.1"], ["--seed", "4"], ["--executor", "local"], ["customer_support"]])
def test_resume_refuses_other_training_flags(agentgym_main, tmp_path: Path, extra: list[str]) -> None:
    done = agentgym_main("train", "--resume", str(tmp_path), *extra)

    assert done.code == 2
    assert one_error_line(done).startswith("error: --resume keeps the run's settings; only --episodes may change (got ")


# --- a bare command asks what it can do ------------------------------------------------------
@pytest.mark.parametrize(("args", "lists"), [((), "train"), (("plugins",), "list"), (("new",), "scenario")],
                         ids=["agentgym", "agentgym plugins", "agentgym new"])
def test_bare_command_prints_help_and_exits_0(agentgym_main, args: tuple[str, ...], lists: str) -> None:
    done = agentgym_main(*args)

    assert done.code == 0, done.stderr
    assert "Usage:" in done.stdout and lists in done.stdout
    assert done.stderr == ""


def test_unknown_command_is_still_bad_input(agentgym_main) -> None:
    done = agentgym_main("trian")

    assert done.code == 2


# --- tables at 80 columns: wrapped or vertical, never cut ------------------------------------
def at_80(agentgym_main, *args: str) -> str:
    done = agentgym_main(*args, env={"COLUMNS": "80", "AGENTGYM_DISABLED_PLUGINS": "broken-import"})
    assert done.code == 0, done.stderr
    assert "…" not in done.stdout, done.stdout
    assert max(len(line.rstrip()) for line in done.stdout.splitlines()) <= 80, done.stdout
    return done.stdout


def json_of(agentgym_main, *args: str) -> Any:
    import json

    done = agentgym_main(*args, "--json", env={"AGENTGYM_DISABLED_PLUGINS": "broken-import"})
    assert done.code == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("args", [("plugins", "list"), ("plugins", "list", "--all")], ids=" ".join)
def test_plugins_table_at_80_columns_shows_every_value_whole(agentgym_main, args: tuple[str, ...]) -> None:
    text = at_80(agentgym_main, *args)

    for record in json_of(agentgym_main, *args):
        for value in (record["name"], record["distribution"], record["version"], *record["hooks"]):
            assert value in text, value


@pytest.mark.parametrize("detailed", [False, True], ids=["list", "list --detailed"])
def test_scenario_table_at_80_columns_shows_every_value_whole(agentgym_main, detailed: bool) -> None:
    args = ("list", "--detailed") if detailed else ("list",)
    text = at_80(agentgym_main, *args)
    words = set(text.split())

    for row in json_of(agentgym_main, *args):
        assert {row["name"], row["plugin"], row["difficulty"]} <= words
        assert set(row["description"].split()) <= words
        if detailed:
            for key, value in row["success_criteria"].items():
                assert f"{key} >= {value}" in text
            assert f"{row['baselines']['tokens_per_task']} tokens, {row['baselines']['seconds_per_task']} s" in text
            assert "Baseline per task" in text


@pytest.mark.parametrize("policy", ["gold", "random"])
def test_eval_tables_at_80_columns_show_every_value_whole(agentgym_main, policy: str) -> None:
    from agentgym.cli.output import value_text

    args = ("eval", "--scenario", "customer_support", "--policy", policy, "--limit", "5", "--trials", "2")
    text = at_80(agentgym_main, *args, "--perturb", "all", "--by-type")
    lines = [" ".join(line.split()) for line in text.splitlines()]

    metrics = json_of(agentgym_main, *args)
    for name, value in metrics.items():
        assert name in text
        for part in value_text(name, value).splitlines():
            assert any(part in line for line in lines), f"{name}: {part!r} not whole on one line"
    for perturbation in ("neutral_subject", "other_subject", "no_header", "distractor", "typos", "retry_noise"):
        assert perturbation in text


def test_missing_first_party_command_names_its_distribution(agentgym_main) -> None:
    done = agentgym_main("serve", "runs/x", env={"AGENTGYM_DISABLED_PLUGINS": "serve,broken-import"})

    assert done.code == 2
    assert one_error_line(done) == "error: unknown command 'serve'; install agentgym-serve"


# --- agentgym new scenario: an ordinary folder, ready for git ----------------------------------
@pytest.fixture
def umask_022():
    import os

    old = os.umask(0o022)
    yield
    os.umask(old)


def test_new_scenario_folder_has_normal_modes_and_a_gitignore(agentgym_main, tmp_path: Path, umask_022) -> None:
    import stat

    done = agentgym_main("new", "scenario", "shelf_desk", "-o", str(tmp_path))

    assert done.code == 0, done.stderr
    folder = tmp_path / "agentgym-scenario-shelf-desk"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o755 for path in folder.rglob("*") if path.is_dir())
    ignored = (folder / ".gitignore").read_text().splitlines()
    assert {"runs/", "__pycache__/", "*.egg-info/", "dist/"} <= set(ignored)


def test_scaffolded_scenario_refuses_a_bad_split_with_scenario_error(tmp_path: Path, monkeypatch) -> None:
    import importlib
    import sys

    from agentgym.scaffold import ScenarioNames, scaffold_scenario
    from agentgym.scenario import ScenarioError

    names = ScenarioNames.from_name("split_desk")
    folder = scaffold_scenario(names.name, tmp_path)
    monkeypatch.syspath_prepend(str(folder / "src"))
    try:
        scenario = getattr(importlib.import_module(f"{names.package}.scenario"), names.class_name)()
        with pytest.raises(ScenarioError, match="unknown split 'nope'"):
            scenario.tasks("nope")
    finally:
        for key in [k for k in sys.modules if k.startswith(names.package)]:
            del sys.modules[key]


def test_new_scenario_points_to_documentation_a_wheel_user_has(agentgym_main, tmp_path: Path) -> None:
    done = agentgym_main("new", "scenario", "doc_desk", "-o", str(tmp_path))

    assert done.code == 0, done.stderr
    assert "agentgym docs writing-a-scenario" in done.stdout
    assert "agentgym docs scenario-reference" in done.stdout
    for page in ("writing-a-scenario", "scenario-reference"):
        shown = agentgym_main("docs", page)
        assert shown.code == 0, shown.stderr
        assert "ScenarioError" in shown.stdout


# --- the development environment holds no test plugin -------------------------------------------
def test_make_install_leaves_test_plugins_out_of_the_users_environment() -> None:
    import importlib.metadata
    import json
    import os
    import subprocess
    import sys

    script = Path(sys.executable).with_name("agentgym")
    if not script.exists():
        pytest.skip(f"no console script next to {sys.executable}")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("AGENTGYM_")}

    listed = subprocess.run([str(script), "list", "--json"], capture_output=True, text=True, env=env, timeout=60)

    assert listed.returncode == 0, listed.stderr
    assert [row["name"] for row in json.loads(listed.stdout)] == ["customer_support"]
    # ... while the tests see the echo plugin (the root conftest.py puts its folder on the path)
    assert importlib.metadata.distribution("agentgym-plugin-echo").version == "0.2.0"


def test_new_scenario_takes_the_package_and_module_names(agentgym_main, tmp_path: Path, monkeypatch) -> None:
    import importlib
    import sys
    import tomllib

    done = agentgym_main("new", "scenario", "shelf_count", "--package", "acme-shelf-count", "--module",
                         "acme_shelf", "-o", str(tmp_path))

    assert done.code == 0, done.stderr
    folder = tmp_path / "acme-shelf-count"
    project = tomllib.loads((folder / "pyproject.toml").read_text())["project"]
    assert project["name"] == "acme-shelf-count"
    assert project["entry-points"]["agentgym.plugins"] == {"scenario-shelf-count": "acme_shelf.plugin"}
    assert (folder / "README.md").read_text().startswith("# acme-shelf-count")
    monkeypatch.syspath_prepend(str(folder / "src"))
    try:
        scenario = importlib.import_module("acme_shelf.scenario").ShelfCountScenario()
        assert scenario.name == "shelf_count" and len(scenario.tasks("train")) > 0
    finally:
        for key in [k for k in sys.modules if k.startswith("acme_shelf")]:
            del sys.modules[key]


@pytest.mark.parametrize(("flag", "value"), [("--package", "Acme_Shelf"), ("--module", "acme-shelf"),
                                             ("--module", "class")])
def test_new_scenario_refuses_bad_package_or_module_names(agentgym_main, tmp_path: Path, flag: str,
                                                          value: str) -> None:
    done = agentgym_main("new", "scenario", "shelf_count", flag, value, "-o", str(tmp_path))

    assert done.code == 2
    assert one_error_line(done).startswith(f"error: invalid {'package' if flag == '--package' else 'module'} name")
    assert list(tmp_path.iterdir()) == []


def test_unknown_first_party_featurizer_names_its_distribution() -> None:
    from agentgym.registry import Registry, UnknownEntry

    with pytest.raises(UnknownEntry, match=r"^unknown featurizer 'wordllama'; install agentgym-featurizer-wordllama; "):
        Registry().get("featurizers", "wordllama")


def test_every_install_hint_names_a_distribution_of_this_repository() -> None:
    import tomllib

    from agentgym.first_party import PROVIDERS

    repo = Path(__file__).resolve().parents[1]
    ours = {tomllib.loads(path.read_text())["project"]["name"] for path in repo.glob("agentgym-*/pyproject.toml")}
    hinted = {dist for names in PROVIDERS.values() for dist in names.values()}
    assert hinted <= ours
    # and every first-party plugin distribution is hinted for what it provides
    assert ours - hinted == {"agentgym-core"}


def test_a_table_shows_a_few_k_of_pass_hat_k_and_json_keeps_them_all(agentgym_main) -> None:
    """Fifty trials printed fifty pass^k rows; the table keeps k = 1, 2, 4, ... and the last."""
    args = ("eval", "--scenario", "customer_support", "--policy", "gold", "--limit", "2", "--trials", "12")
    table = at_80(agentgym_main, *args)
    shown = [line.split("k=")[1].split(":")[0] for line in table.splitlines() if "k=" in line]
    assert shown == ["1", "2", "4", "8", "12"]
    assert set(json_of(agentgym_main, *args)["pass_hat_k"]) == {str(k) for k in range(1, 13)}
