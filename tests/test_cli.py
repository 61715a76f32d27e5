"""The ``agentgym`` command as a user meets it: output, exit codes (0 ok, 1 the run failed,
2 bad input), one-line errors without tracebacks, and a start-up that imports no framework.

Commands run through the console entry point ``agentgym.cli:main``: in this process
(``agentgym_main``, fast) for output and exit codes, and in a subprocess (``run_agentgym``,
the installed console script) where a fresh interpreter matters: the version line, what
start-up imports, and the real process exit status.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from agentgym import TAGLINE, __version__


def one_error_line(done: Any) -> str:
    """The single line of stderr a failing command prints (warnings about plugins aside)."""
    assert "Traceback" not in done.stderr, done.stderr
    lines = [
        line for line in done.stderr.splitlines()
        if line.strip() and not line.startswith("agentgym: warning:")
    ]
    assert len(lines) == 1, f"expected one error line, got: {lines}"
    return lines[0]


# --- version, info, help ------------------------------------------------------------------
def test_version_prints_version_then_plugins(run_agentgym) -> None:
    done = run_agentgym("--version")

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"agentgym {__version__}"
    assert re.fullmatch(r"plugins: ([a-z0-9-]+-[0-9][^,]*)(, [a-z0-9-]+-[0-9][^,]*)*", lines[1]), lines[1]
    assert "scenario-support-0.2.0" in lines[1].removeprefix("plugins: ").split(", ")
    assert len(lines) == 2


def test_version_without_plugins_says_none(run_agentgym) -> None:
    done = run_agentgym("--version", env={"AGENTGYM_DISABLE_PLUGIN_AUTOLOAD": "1"})

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"agentgym {__version__}", "plugins: none"]


def test_info_shows_version_tagline_and_quick_start(agentgym_main) -> None:
    done = agentgym_main("info")

    assert done.code == 0, done.stderr
    assert done.stdout.startswith(f"agentgym {__version__}: {TAGLINE}")
    assert "Quick start" in done.stdout
    assert "agentgym train customer_support" in done.stdout


def test_help_lists_the_commands(agentgym_main) -> None:
    done = agentgym_main("--help")

    assert done.code == 0, done.stderr
    for command in ("info", "plugins", "list", "train", "eval"):
        assert re.search(rf"\b{command}\b", done.stdout), command


def test_no_arguments_shows_help(agentgym_main) -> None:
    done = agentgym_main()

    assert done.code in (0, 2)
    assert "Usage" in done.stdout + done.stderr
    assert "Error" not in done.stderr and "error:" not in done.stderr, done.stderr


def test_unknown_command_is_bad_input(agentgym_main) -> None:
    done = agentgym_main("trian")

    assert done.code == 2, done.stderr
    assert "trian" in done.stderr and "Traceback" not in done.stderr


# --- list ------------------------------------------------------------------------------------
def test_list_json_has_customer_support_from_its_plugin(agentgym_main) -> None:
    done = agentgym_main("list", "--json")

    assert done.code == 0, done.stderr
    rows = json.loads(done.stdout)
    assert all(set(row) == {"name", "description", "difficulty", "plugin", "success_criteria"} for row in rows)
    assert [row["name"] for row in rows] == sorted(row["name"] for row in rows)
    support = next(row for row in rows if row["name"] == "customer_support")
    assert support["plugin"] == "scenario-support"
    assert support["difficulty"] in ("beginner", "intermediate", "advanced")
    assert support["description"]
    assert support["success_criteria"]["tool_reliability"] == 0.95


def test_list_detailed_shows_success_criteria(agentgym_main) -> None:
    done = agentgym_main("list", "--detailed", env={"COLUMNS": "260"})

    assert done.code == 0, done.stderr
    assert "Success criteria" in done.stdout
    row = next(line for line in done.stdout.splitlines() if "customer_support" in line)
    assert "scenario-support" in row and "tool_reliability >= 0.95" in row


def test_list_table_without_plugins_says_how_to_get_scenarios(agentgym_main) -> None:
    done = agentgym_main("list", env={"AGENTGYM_DISABLE_PLUGIN_AUTOLOAD": "1"})

    assert done.code == 0, done.stderr
    assert "pip install agentgym-scenario-support" in done.stdout


# --- train: bad input exits 2 with one line naming the problem -----------------------------
def test_unknown_scenario_names_the_installed_ones(agentgym_main, tmp_path: Path) -> None:
    done = agentgym_main("train", "x", "-o", str(tmp_path))

    assert done.code == 2
    line = one_error_line(done)
    match = re.fullmatch(r"error: unknown scenario 'x'; installed: (.+)", line)
    assert match, line
    assert "customer_support" in match.group(1).split(", ")
    assert list(tmp_path.iterdir()) == [], "nothing is written for bad input"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--episodes", "0"], "episodes"),
        (["-e", "-5"], "episodes"),
        (["-lr", "0"], "learning_rate"),
        (["--learning-rate", "-0.1"], "learning_rate"),
        (["-g", "1.5"], "discount_factor"),
        (["--discount-factor", "0"], "discount_factor"),
        (["-b", "0"], "batch_size"),
        (["-c", "-1"], "checkpoint_interval"),
        (["-s", "-1"], "seed"),
        (["--workers", "0"], "workers"),
    ],
)
def test_bad_flag_value_exits_2_naming_the_field(
    agentgym_main, tmp_path: Path, args: list[str], field: str
) -> None:
    done = agentgym_main("train", "customer_support", "-o", str(tmp_path), *args)

    assert done.code == 2, done.stderr
    line = one_error_line(done)
    assert line.startswith(f"error: invalid {field}: "), line
    assert list(tmp_path.iterdir()) == []


def test_bad_scenario_name_exits_2(agentgym_main) -> None:
    done = agentgym_main("train", "Customer-Support")

    assert done.code == 2
    assert one_error_line(done).startswith("error: invalid scenario: ")


def test_flag_that_is_not_a_number_is_bad_input(agentgym_main) -> None:
    done = agentgym_main("train", "customer_support", "--episodes", "many")

    assert done.code == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "episodes" in done.stderr


def test_missing_scenario_is_bad_input(agentgym_main) -> None:
    done = agentgym_main("train")

    assert done.code == 2
    assert "SCENARIO" in one_error_line(done)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[training]\nscenario = "customer_support"\nepisodes = -3\n', "error: invalid episodes: "),
        ('scenario = "customer_support"\ndiscount_factor = 1.0\n', "error: invalid discount_factor: "),
        ('scenario = "customer_support"\nbatch_size = "big"\n', "error: invalid batch_size: "),
        ('scenario = "customer_support"\nepisodez = 10\n', "error: invalid episodez: unknown setting"),
        ('scenario = "customer_support"\nepisodes = [\n', "is not valid TOML"),
    ],
    ids=["table-episodes", "top-level-discount", "batch-size-text", "unknown-key", "not-toml"],
)
def test_bad_config_file_exits_2_with_one_line(
    agentgym_main, tmp_path: Path, text: str, expected: str
) -> None:
    config = tmp_path / "train.toml"
    config.write_text(text, encoding="utf-8")

    done = agentgym_main("train", "--config", str(config), "-o", str(tmp_path / "runs"))

    assert done.code == 2, done.stderr
    assert expected in one_error_line(done)
    assert not (tmp_path / "runs").exists()


def test_missing_config_file_is_bad_input(agentgym_main, tmp_path: Path) -> None:
    done = agentgym_main("train", "--config", str(tmp_path / "nope.toml"))

    assert done.code == 2
    assert "nope.toml" in one_error_line(done)


def test_flag_overrides_a_bad_file_value(agentgym_main, tmp_path: Path) -> None:
    """The flag wins over the file, so the file's bad episodes never reach validation, while
    the file's other bad value still does (proof the file was read)."""
    config = tmp_path / "train.toml"
    config.write_text('[training]\nscenario = "customer_support"\nepisodes = 0\nseed = -2\n', encoding="utf-8")

    done = agentgym_main("train", "--config", str(config), "--episodes", "64", "-o", str(tmp_path))

    assert done.code == 2
    assert one_error_line(done).startswith("error: invalid seed: ")


def test_console_script_exit_status_is_real(agentgym_env, tmp_path: Path) -> None:
    """The installed ``agentgym`` script (not just ``main()``) exits 2 on bad input."""
    script = Path(sys.executable).with_name("agentgym")
    if not script.exists():
        pytest.skip(f"no console script next to {sys.executable}")
    done = subprocess.run(
        [str(script), "train", "customer_support", "--episodes", "0", "-o", str(tmp_path)],
        capture_output=True, text=True, env=agentgym_env(), timeout=60,
    )

    assert done.returncode == 2
    assert one_error_line(done).startswith("error: invalid episodes: ")


# --- start-up imports ---------------------------------------------------------------------
HEAVY = (
    "langchain", "langchain_core", "langgraph", "autogen_core", "autogen_agentchat", "crewai",
    "ray", "torch", "pydantic", "pydantic_core", "numpy", "gymnasium",
    # web stacks behind plugin commands (agentgym serve, agentgym dashboard)
    "starlette", "fastapi", "uvicorn", "httpx", "openai", "agentgym_serve.app",
    # a featurizer plugin's encoder (agentgym-featurizer-wordllama)
    "wordllama", "safetensors", "tokenizers", "agentgym_featurizer_wordllama.featurizer",
)
IMPORT_PROBE = r"""
import json, sys
out_path = sys.argv[1]
sys.argv = ["agentgym", *sys.argv[2:]]
from agentgym.cli import main
code = 0
try:
    main()
except SystemExit as stop:
    code = stop.code
with open(out_path, "w") as out:
    json.dump({"code": code, "modules": sorted(sys.modules)}, out)
"""


def probe_imports(agentgym_env: Any, out: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    """Run ``agentgym ARGS`` in a fresh interpreter; its exit code and every module it imported."""
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE, str(out), *args],
        capture_output=True, text=True, env=agentgym_env(), timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done, json.loads(out.read_text())


@pytest.mark.parametrize(
    "args", [("--version",), ("--help",), ("plugins", "list"), ("plugins", "list", "--json")], ids=" ".join
)
def test_startup_commands_import_no_framework(agentgym_env, tmp_path: Path, args: tuple[str, ...]) -> None:
    done, probe = probe_imports(agentgym_env, tmp_path / "modules.json", *args)

    assert probe["code"] == 0, done.stderr
    imported = sorted({
        heavy for heavy in HEAVY for name in probe["modules"]
        if name == heavy or name.startswith(heavy + ".")
    })
    assert imported == [], f"`agentgym {' '.join(args)}` imported {imported}"


# --- commands from plugins (register_commands) ---------------------------------------------------
ECHO_COMMAND_MODULE = "agentgym_plugin_echo.commands"  # the installed test plugin's `agentgym echo`


def test_help_lists_plugin_commands_without_importing_them(agentgym_env, tmp_path: Path) -> None:
    done, probe = probe_imports(agentgym_env, tmp_path / "modules.json", "--help")

    assert probe["code"] == 0, done.stderr
    assert "Plugin commands" in done.stdout
    assert re.search(r"echo\s+Print the words back", done.stdout), done.stdout
    assert ECHO_COMMAND_MODULE not in probe["modules"], "help must not import a plugin command's module"


def test_plugin_command_runs_through_the_console_script(agentgym_env) -> None:
    script = Path(sys.executable).with_name("agentgym")
    if not script.exists():
        pytest.skip(f"no console script next to {sys.executable}")

    done = subprocess.run([str(script), "echo", "hi", "there", "--times", "2"],
                          capture_output=True, text=True, env=agentgym_env(), timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "hi there\nhi there\n", "")

    bad = subprocess.run([str(script), "echo", "forbidden"],
                         capture_output=True, text=True, env=agentgym_env(), timeout=60)
    assert bad.returncode == 2
    assert one_error_line(bad) == "error: the word 'forbidden' is not allowed"


def test_running_a_plugin_command_imports_only_that_command(agentgym_env, tmp_path: Path) -> None:
    done, probe = probe_imports(agentgym_env, tmp_path / "modules.json", "echo", "hi")

    assert (probe["code"], done.stdout) == (0, "hi\n")
    assert ECHO_COMMAND_MODULE in probe["modules"]
    builtin = [name for name in probe["modules"] if name.startswith("agentgym.cli.") and name.endswith("_cmd")]
    assert builtin == [], f"the built-in commands need not be imported to run a plugin's: {builtin}"
