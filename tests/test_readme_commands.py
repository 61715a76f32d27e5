"""Every command the README shows, run as a reader would at ``COLUMNS=80``: the exit code the
README documents, no cell cut with ``…``, no line wider than the terminal, no traceback.

``README_FORMS`` maps each command of the README (the Commands table and the shell blocks)
to the concrete invocations that exercise it; a command added to the README without one
fails ``test_every_readme_command_has_an_invocation``. ``RUN`` is a small trained
customer_support run (the session's ``support_run_dir``); training commands use few episodes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # over the fast subset's budget (make test-fast)

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
NATURAL = REPO / "agentgym-scenario-support" / "src" / "agentgym_scenario_support" / "data" / "natural.jsonl"
FAST_TOML = "[training]\nearly_stop = false\neval_interval = 100\ntrials = 1\n"
SHORT_TRAIN = ("-e", "128", "-b", "64", "--executor", "local", "--config", "{tmp}/fast.toml")

# README command -> invocations ({run}: a trained run, {tmp}: a fresh folder, {tasks}: a task file)
README_FORMS: dict[str, list[tuple[str, ...]]] = {
    "agentgym --version": [("--version",)],
    "agentgym info": [("info",)],
    "agentgym plugins list [--all] [--hook NAME] [--json]": [
        ("plugins", "list"), ("plugins", "list", "--all"), ("plugins", "list", "--hook", "register_scenarios"),
        ("plugins", "list", "--json")],
    "agentgym list [--detailed] [--json]": [("list",), ("list", "--detailed"), ("list", "--json")],
    "agentgym train SCENARIO [options]": [("train", "customer_support", *SHORT_TRAIN, "-o", "{tmp}/runs")],
    "agentgym train --resume RUN_DIR [--episodes N]": [("train", "--resume", "{short_run}", "--episodes", "256")],
    "agentgym eval RUN_DIR [--split test] [--trials K] [--tasks FILE] [--max-tasks N] [--limit N] [--json] "
    "[--by-type]": [
        ("eval", "{run}", "--limit", "5"), ("eval", "{run}", "--split", "validation", "--trials", "2", "--limit", "5",
                                            "--by-type"),
        ("eval", "{run}", "--split", "natural", "--limit", "5"), ("eval", "{run}", "--tasks", "{tasks}",
                                                                 "--max-tasks", "5"),
        ("eval", "{run}", "--limit", "5", "--json")],
    "agentgym eval RUN_DIR --perturb NAME\\|all": [("eval", "{run}", "--perturb", "typos", "--limit", "5"),
                                                  ("eval", "{run}", "--perturb", "all", "--limit", "5")],
    "agentgym eval RUN_DIR --abstain-threshold P": [("eval", "{run}", "--abstain-threshold", "0.5", "--limit", "5")],
    "agentgym eval RUN_DIR --framework langchain\\|autogen\\|crewai": [
        ("eval", "{run}", "--framework", framework, "--limit", "3") for framework in ("langchain", "autogen", "crewai")],
    "agentgym eval --scenario NAME --policy gold\\|random": [
        ("eval", "--scenario", "customer_support", "--policy", policy, "--limit", "5") for policy in ("gold", "random")],
    "agentgym check SCENARIO [--json]": [("check", "customer_support", "--sample", "5"),
                                         ("check", "customer_support", "--sample", "5", "--json")],
    "agentgym new scenario NAME [--output DIR] [--package DIST] [--module MODULE]": [
        ("new", "scenario", "stock_desk", "--output", "{tmp}"),
        ("new", "scenario", "stock_desk", "--output", "{tmp}", "--package", "acme-stock", "--module", "acme_stock")],
    "agentgym docs [NAME]": [("docs",), ("docs", "writing-a-scenario")],
    "agentgym report RUN_DIR [RUN_DIR ...] [--output FILE.html] [--png DIR]": [
        ("report", "{run}", "--output", "{tmp}/report.html")],
    # the shell blocks
    "agentgym plugins list": [("plugins", "list")],
    "agentgym train customer_support": [("train", "customer_support", *SHORT_TRAIN, "-o", "{tmp}/runs")],
    "agentgym eval RUN_DIR --framework crewai": [("eval", "{run}", "--framework", "crewai", "--limit", "3")],
    # the exit-code paragraph: a bare command prints its help and exits 0
    "agentgym": [()], "agentgym plugins": [("plugins",)], "agentgym new": [("new",)],
}
# shown in the README but not runnable offline on one machine
NOT_OFFLINE = {"agentgym train customer_support --executor ray --workers 16 --ray-address HEAD_IP:6379"}
BOX = re.compile("[\u2500-\u257f]")  # the box-drawing characters rich draws tables with


def readme_commands() -> set[str]:
    text = README.read_text()
    table = set(re.findall(r"^\| `(agentgym [^`]*)` \|", text, re.MULTILINE))
    blocks = re.findall(r"^```(?:bash|sh)?\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    shell = {line.split("  #")[0].strip() for block in blocks for line in block.splitlines()
             if line.startswith("agentgym ")}
    return table | shell


def test_every_readme_command_has_an_invocation() -> None:
    commands = readme_commands()
    assert len(commands) >= 15, commands
    assert commands - NOT_OFFLINE <= set(README_FORMS), sorted(commands - NOT_OFFLINE - set(README_FORMS))
    stale = {form for form in README_FORMS if form.startswith("agentgym ") and " " in form
             and form not in commands and form not in ("agentgym plugins",)}
    assert stale <= {"agentgym new"}, f"README no longer shows {sorted(stale)}"


# each invocation once (the shell blocks repeat table forms)
CASES = list({args: (form, args) for form, invocations in README_FORMS.items() for args in invocations}.values())


@pytest.fixture
def places(tmp_path: Path, request: pytest.FixtureRequest) -> dict[str, str]:
    (tmp_path / "fast.toml").write_text(FAST_TOML)
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text("".join(NATURAL.read_text().splitlines(keepends=True)[:5]))
    values = {"tmp": str(tmp_path), "tasks": str(tasks)}
    args = request.node.callspec.params["args"]
    if any("{run}" in arg for arg in args):
        values["run"] = str(request.getfixturevalue("support_run_dir"))
    if any("{short_run}" in arg for arg in args):
        agentgym_main = request.getfixturevalue("agentgym_main")
        done = agentgym_main("train", "customer_support", *(a.format(**values) for a in SHORT_TRAIN),
                             "-o", str(tmp_path / "short"), "--json")
        assert done.code == 0, done.stderr
        values["short_run"] = str(next((tmp_path / "short").iterdir()))
    return values


@pytest.mark.parametrize(("form", "args"), CASES, ids=[" ".join(args) or "agentgym" for _, args in CASES])
def test_readme_command_runs_whole_at_80_columns(agentgym_main, run_agentgym, places: dict[str, str], form: str,
                                                 args: tuple[str, ...]) -> None:
    """In this process, except a framework evaluation: it forks rollout workers, and a fork
    after a framework (CrewAI's event bus) has started threads in this process can hang."""
    concrete = [arg.format(**places) for arg in args]
    env = {"COLUMNS": "80", "AGENTGYM_DISABLED_PLUGINS": "broken-import"}
    if "--framework" in concrete:
        ran = run_agentgym(*concrete, env=env, timeout=600)
        code, stdout, stderr = ran.returncode, ran.stdout, ran.stderr
    else:
        done = agentgym_main(*concrete, env=env)
        code, stdout, stderr = done.code, done.stdout, done.stderr

    assert code == 0, f"{form}: exit {code}\n{stderr}"
    for stream in (stdout, stderr):
        assert "Traceback" not in stream, stream
        assert "…" not in stream, f"a cell is cut:\n{stream}"
    table_lines = [line for line in stdout.splitlines() if BOX.search(line)]
    wide = [line for line in table_lines if len(line.rstrip()) > 80]
    assert wide == [], "table lines wider than 80 columns:\n" + "\n".join(wide)
