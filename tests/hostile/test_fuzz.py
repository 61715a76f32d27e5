"""Fuzzing the command line and training configs: whatever the input, ``agentgym`` answers
with a documented exit code (0, 1, 2, 130), never a traceback, and a failure is one line
that is not a stray exception (``error: SomeError: ...``).

The CLI runs in this process (``run_guarded``, what the console script calls) so hundreds
of inputs take seconds. The default runs ``EXAMPLES`` inputs per test, derandomized so CI
is repeatable; ``pytest -m fuzz_deep tests/hostile`` runs ``DEEP_EXAMPLES`` fresh ones.
"""

from __future__ import annotations

import io
import math
import re
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hostile_lib import DOCUMENTED_EXIT_CODES
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

EXAMPLES = 200
DEEP_EXAMPLES = 3000
STRAY_EXCEPTION = re.compile(r"^error: [A-Za-z_.]*(Error|Exception|Exit|Interrupt|Warning)\b:?")

CI = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
DEEP = settings(max_examples=DEEP_EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def run_cli(args: list[str]) -> tuple[int, str, str]:
    """``agentgym ARGS`` in this process, as the console entry point runs it."""
    from agentgym.cli import build_app
    from agentgym.cli.errors import run_guarded

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = run_guarded(build_app(args[0] if args else None), args)
    return code, out.getvalue(), err.getvalue()


def check_answer(args: list[str], code: int, stderr: str) -> None:
    event(f"exit {code}")  # --hypothesis-show-statistics: how often each answer came
    assert code in DOCUMENTED_EXIT_CODES, (args, code, stderr)
    assert "Traceback" not in stderr, (args, stderr)
    lines = [line for line in stderr.splitlines()
             if line.strip() and not line.startswith(("agentgym: warning:", "update "))]
    if code != 0:
        assert len(lines) == 1, (args, code, lines)
        assert not STRAY_EXCEPTION.match(lines[0]), (args, lines[0])


# --- command lines -----------------------------------------------------------------------------
NUMBERS = st.one_of(
    st.integers(min_value=-3, max_value=70).map(str),
    st.sampled_from(["0", "-1", "1e308", "inf", "-inf", "nan", "1" + "0" * 40, "9" * 5000, "0x10", "1_000",
                     "", " ", "½", "٣", "3.5", "-0"]),
)
WORDS = st.one_of(
    st.sampled_from(["echo_orders", "customer_support", "nope", "Echo_Orders", "", "local", "process",
                     "reinforce", "ppo", "linear", "mlp", "gold", "random", "test", "train", "validation",
                     "../x", "a" * 300, "\x00", "é", "-", "--", "crewai"]),
    st.text(max_size=12),
)


def paths(root: Path) -> st.SearchStrategy[str]:
    return st.sampled_from([str(root / "missing.toml"), str(root), str(root / "file.txt"), "/dev/null",
                            str(root / "new-dir"), "", "\x00bad", str(root / "tasks.jsonl")])


def flags(root: Path) -> st.SearchStrategy[list[str]]:
    numeric = st.sampled_from(["-e", "--episodes", "-b", "-lr", "-g", "-c", "-s", "--workers", "--trials",
                               "--sample", "--max-tasks"])
    textual = st.sampled_from(["--algorithm", "--policy", "--credit", "--executor", "--scenario",
                               "--split", "--framework", "--hook"])
    pathy = st.sampled_from(["--config", "--resume", "--tasks", "-o", "--output", "--png", "--tensorboard"])
    bare = st.sampled_from(["--json", "--all", "--by-type", "-v", "--detailed", "--help", "--bogus"])
    return st.lists(st.one_of(
        st.tuples(numeric, NUMBERS).map(list),
        st.tuples(textual, WORDS).map(list),
        st.tuples(pathy, paths(root)).map(list),
        bare.map(lambda flag: [flag]),
    ), max_size=5).map(lambda groups: [part for group in groups for part in group])


def command_lines(root: Path) -> st.SearchStrategy[list[str]]:
    commands = st.sampled_from([["train"], ["eval"], ["check"], ["list"], ["plugins", "list"], ["info"],
                                ["new", "scenario"], ["report"], ["--version"], [], ["trian"]])
    positional = st.lists(st.one_of(WORDS, paths(root)), max_size=2)
    # a training run stays small: these come first, and a fuzzed flag that overrides one is
    # either small too (NUMBERS stop at 70) or refused
    small = ["-e", "32", "-b", "32", "--executor", "local", "-o", str(root / "runs")]
    return st.tuples(commands, positional, flags(root)).map(
        lambda parts: parts[0] + (small if parts[0] == ["train"] else []) + parts[1] + parts[2]
    )


@pytest.fixture(scope="module")
def fuzz_root() -> Any:
    with tempfile.TemporaryDirectory(prefix="agentgym-fuzz-") as folder:
        root = Path(folder)
        (root / "file.txt").write_text("not a folder", encoding="utf-8")
        (root / "tasks.jsonl").write_text('{"kind": "password_reset"}\n', encoding="utf-8")
        yield root


def fuzz_command_lines(root: Path, data: st.DataObject) -> None:
    args = data.draw(command_lines(root))
    if args[:1] == ["new"]:  # anything written goes under the fuzz folder
        args += ["-o", str(root / "new")]
    code, _, stderr = run_cli(args)
    check_answer(args, code, stderr)


@pytest.mark.slow
@CI
@given(data=st.data())
def test_fuzzed_command_lines_exit_with_documented_codes_and_one_line(fuzz_root: Path, data: st.DataObject) -> None:
    fuzz_command_lines(fuzz_root, data)


@pytest.mark.fuzz_deep
@DEEP
@given(data=st.data())
def test_fuzzed_command_lines_deep(fuzz_root: Path, data: st.DataObject) -> None:
    fuzz_command_lines(fuzz_root, data)


# --- training configs --------------------------------------------------------------------------
FIELDS = ["scenario", "episodes", "learning_rate", "discount_factor", "batch_size", "checkpoint_interval",
          "seed", "output_dir", "algorithm", "policy", "credit", "executor", "workers", "entropy_coef",
          "weight_decay", "hidden_size", "hash_dim", "word_dropout", "eval_interval", "trials", "early_stop",
          "early_stop_success", "tensorboard_dir", "scenario_options", "executor_options", "failur_rate"]
CHEAP = {  # values of the fields that make a run expensive: small valid ones, or refused ones
    "episodes": st.sampled_from([-1, 0, 16, 32, 10**12]),
    "batch_size": st.sampled_from([0, 16, 32, 10**9]),
    "trials": st.sampled_from([0, 1, 2, 10**11]),
    "hash_dim": st.sampled_from([1, 63, 64, 256, 2**40]),
    "hidden_size": st.sampled_from([0, 8, 10**7]),
    "workers": st.sampled_from([0, 1, 10**5]),
    "executor": st.sampled_from(["local", "nope", "", "ray_"]),
    "eval_interval": st.sampled_from([0, 1, 10**12]),
    "scenario": st.sampled_from(["echo_orders", "customer_support", "nope", "", "Echo"]),
}
VALUES = st.recursive(
    st.one_of(st.integers(min_value=-(2**63), max_value=2**63 - 1), st.floats(), st.booleans(),
              st.text(max_size=20), st.sampled_from([0, 1, 0.5, 1e308, math.inf, -math.inf, math.nan])),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=6,
)


def training_tables(root: Path) -> st.SearchStrategy[dict[str, Any]]:
    def field_value(name: str) -> st.SearchStrategy[Any]:
        if name in CHEAP:
            return st.one_of(CHEAP[name], VALUES) if name not in ("episodes", "batch_size", "hash_dim",
                                                                   "hidden_size", "trials") else CHEAP[name]
        if name in ("output_dir", "tensorboard_dir"):
            return st.sampled_from([str(root / "runs"), str(root / "file.txt"), 5])
        return VALUES

    return st.lists(st.sampled_from(FIELDS), unique=True, max_size=8).flatmap(
        lambda names: st.fixed_dictionaries({name: field_value(name) for name in names})
    )


def documents(root: Path) -> st.SearchStrategy[bytes]:
    tables = training_tables(root).map(
        lambda table: {"training": {"episodes": 16, "batch_size": 16, "trials": 1, "executor": "local",
                                    "output_dir": str(root / "runs"), "scenario": "echo_orders", **table}})
    return st.one_of(
        tables.map(lambda doc: tomli_w.dumps(doc).encode("utf-8")),
        training_tables(root).map(lambda table: tomli_w.dumps(table).encode("utf-8")),
        st.binary(max_size=200),
        st.text(max_size=200).map(lambda text: text.encode("utf-8")),
        st.sampled_from([b"training = 5", b"[training]\nscenario = 'echo_orders'\nepisodes = 1e999",
                         b"[[training]]", b"\xff\xfe", b"[training]\nx = " + b"[" * 5000]),
    )


def fuzz_configs(root: Path, data: st.DataObject) -> None:
    document = data.draw(documents(root))
    path = root / "fuzzed.toml"
    path.write_bytes(document)
    args = ["train", "--config", str(path)]
    code, _, stderr = run_cli(args)
    check_answer(args + [repr(document[:200])], code, stderr)


@pytest.mark.slow
@CI
@given(data=st.data())
def test_fuzzed_configs_exit_with_documented_codes_and_one_line(fuzz_root: Path, data: st.DataObject) -> None:
    fuzz_configs(fuzz_root, data)


@pytest.mark.fuzz_deep
@DEEP
@given(data=st.data())
def test_fuzzed_configs_deep(fuzz_root: Path, data: st.DataObject) -> None:
    fuzz_configs(fuzz_root, data)


# --- found by the deep fuzzing --------------------------------------------------------------------
def test_a_path_holding_a_nul_character_is_bad_input() -> None:
    """A NUL cannot reach a subprocess's arguments, but an embedding program can pass one."""
    code, _, stderr = run_cli(["train", "--config", "\x00bad"])

    assert (code, stderr) == (2, "error: a path holds a NUL character\n")


def test_what_an_error_quotes_cannot_break_its_line_or_drive_the_terminal() -> None:
    code, _, stderr = run_cli(["eval", "run\x85dir\u2028\x1b[31mred"])

    assert code == 2
    assert stderr.count("\n") == 1 and len(stderr.splitlines()) == 1, repr(stderr)
    assert "\x1b" not in stderr and "\\x1b[31mred" in stderr
