"""Progress on stderr for ``eval`` and ``report``: a rich bar when stderr is a terminal,
nothing when it is not or with ``--json`` (stdout stays clean either way)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EVAL_GOLD = ("eval", "--scenario", "customer_support", "--policy", "gold", "--limit", "20", "--trials", "2")


def run(*args: str, terminal: bool) -> tuple[int, str, str]:
    """``agentgym ARGS`` with stderr on a pseudo-terminal (or a pipe): exit code, stdout, stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGENTGYM_")}
    env.update({"AGENTGYM_DISABLED_PLUGINS": "broken-import", "COLUMNS": "120", "TERM": "xterm"})
    env.pop("NO_COLOR", None)
    command = [sys.executable, "-c", "from agentgym.cli import main; main()", *args]
    if not terminal:
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO, timeout=300)
        return done.returncode, done.stdout, done.stderr
    master, slave = pty.openpty()
    chunks: list[bytes] = []

    def read() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=slave, text=True, env=env, cwd=REPO,
                              timeout=300)
    finally:
        os.close(slave)
        reader.join(timeout=10)
        os.close(master)
    return done.returncode, done.stdout, b"".join(chunks).decode(errors="replace")


def test_eval_shows_progress_on_a_terminal() -> None:
    code, stdout, stderr = run(*EVAL_GOLD, terminal=True)

    assert code == 0, stderr
    assert "episodes" in stderr and "test" in stderr, stderr
    assert "━" in stderr  # the bar
    assert "Metric" in stdout and "episodes " not in stdout.split("Metric")[0]  # the bar stays off stdout


@pytest.mark.parametrize(("extra", "terminal"), [(("--json",), True), ((), False)], ids=["json", "pipe"])
def test_eval_is_quiet_with_json_or_without_a_terminal(extra: tuple[str, ...], terminal: bool) -> None:
    code, _, stderr = run(*EVAL_GOLD, *extra, terminal=terminal)

    assert code == 0, stderr
    assert stderr.strip() == ""


@pytest.fixture(scope="module")
def short_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("runs")
    config = out / "fast.toml"
    config.write_text("[training]\nearly_stop = false\neval_interval = 100\ntrials = 1\n")
    code, _, stderr = run("train", "customer_support", "-e", "128", "-b", "64", "--executor", "local",
                          "-o", str(out), "--config", str(config), "--json", terminal=False)
    assert code == 0, stderr
    return next(path for path in out.iterdir() if path.is_dir())


@pytest.mark.slow
@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "pipe"])
def test_report_shows_its_stages_only_on_a_terminal(short_run: Path, tmp_path: Path, terminal: bool) -> None:
    pytest.importorskip("matplotlib")
    code, stdout, stderr = run("report", str(short_run), "-o", str(tmp_path / "r.html"), terminal=terminal)

    assert code == 0, stderr
    assert stdout.strip() == f"wrote {tmp_path / 'r.html'}"
    if terminal:
        assert "report" in stderr and "replaying" in stderr, stderr
    else:
        assert stderr.strip() == ""


@pytest.mark.slow
def test_build_report_names_each_stage(short_run: Path) -> None:
    pytest.importorskip("matplotlib")
    from agentgym.report.build import build_report, report_stages

    stages: list[str] = []
    build_report([short_run], stages.append)

    assert len(stages) == report_stages(1)
    assert stages[0] == f"replaying {short_run.name} on test"
    assert stages[-1] == "plotting learning curves"
