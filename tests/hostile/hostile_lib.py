"""Helpers the hostile tests share (imported as ``hostile_lib``): a folder of fake installed plugins, the real CLI in a
subprocess, and a way to tell that nothing on disk was lost.

Every case runs ``agentgym`` as a user does (a fresh interpreter, the console entry point)
and checks three things: the exit code, the single line on stderr, and the files.
"""

from __future__ import annotations

import hashlib
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
ENTRY_POINT_GROUP = "agentgym.plugins"
DOCUMENTED_EXIT_CODES = {0, 1, 2, 130}


@dataclass(repr=False)
class Done:
    """A finished ``agentgym`` process."""

    code: int
    stdout: str
    stderr: str

    def problems(self) -> list[str]:
        """stderr lines that are neither warnings about plugins nor training progress."""
        return [line for line in self.stderr.splitlines()
                if line.strip() and not line.startswith(("agentgym: warning:", "update "))]

    @property
    def line(self) -> str:
        """The one line a failing command prints; fails the test on a traceback or more lines."""
        assert "Traceback" not in self.stderr, self.stderr
        lines = self.problems()
        assert len(lines) == 1, f"expected one line on stderr, got {lines!r} (exit {self.code})"
        return lines[0]

    def warnings(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("agentgym: warning:")]

    def __repr__(self) -> str:  # what a failed assertion shows
        return f"exit {self.code}\n--- stdout\n{self.stdout[-2000:]}\n--- stderr\n{self.stderr[-2000:]}"


def environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without the AGENTGYM_* switches, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGENTGYM_")}
    env.update({"PYTHONIOENCODING": "utf-8", "NO_COLOR": "1", "COLUMNS": "200"})
    env.update(extra or {})
    return env


def agentgym_command(*args: str) -> list[str]:
    return [sys.executable, "-c", "from agentgym.cli import main; main()", *args]


class Site:
    """A folder on PYTHONPATH holding plugin modules and their ``*.dist-info`` metadata,
    found by the real entry-point discovery of the ``agentgym`` subprocesses it runs."""

    def __init__(self, root: Path, cwd: Path) -> None:
        self.root = root
        self.cwd = cwd
        root.mkdir(parents=True, exist_ok=True)
        cwd.mkdir(parents=True, exist_ok=True)

    def add(self, entry_point: str, source: str, *, distribution: str | None = None,
            version: str = "1.0", module: str | None = None) -> str:
        """Install a one-module plugin; returns its distribution name."""
        module = module or "hostile_" + entry_point.replace("-", "_")
        distribution = distribution or f"agentgym-hostile-{entry_point}"
        (self.root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        info = self.root / f"{distribution.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {distribution}\nVersion: {version}\n", encoding="utf-8")
        (info / "entry_points.txt").write_text(
            f"[{ENTRY_POINT_GROUP}]\n{entry_point} = {module}\n", encoding="utf-8")
        return distribution

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        path = os.pathsep.join(filter(None, [str(self.root), os.environ.get("PYTHONPATH", "")]))
        return environment({"PYTHONPATH": path, **(extra or {})})

    def run(self, *args: str, env: Mapping[str, str] | None = None, timeout: float = 180,
            cwd: Path | None = None) -> Done:
        done = subprocess.run(agentgym_command(*args), capture_output=True, text=True, env=self.env(env),
                              cwd=cwd or self.cwd, timeout=timeout)
        return Done(done.returncode, done.stdout, done.stderr)

    def start(self, *args: str, env: Mapping[str, str] | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(agentgym_command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=self.env(env), cwd=self.cwd)


# --- plugin sources ---------------------------------------------------------------------------
def toy_scenario(name: str, body: str = "", cls: str = "HostileScenario") -> str:
    """A plugin registering the toy order desk as ``name``, with ``body`` added to the class."""
    indented = textwrap.indent(textwrap.dedent(body), "    ")
    return f"""
from agentgym.hookspecs import hookimpl
from agentgym.toy import ToyOrderScenario


class {cls}(ToyOrderScenario):
    name = "{name}"
{indented}

@hookimpl
def register_scenarios(register):
    register({cls})
"""


SELF_SIGINT = """
def _ctrl_c():
    import os, signal
    os.kill(os.getpid(), signal.SIGINT)  # what the terminal does on Ctrl-C
    import time
    time.sleep(5)  # the signal arrives before this ends
"""


# --- files ------------------------------------------------------------------------------------
def snapshot(root: Path) -> dict[str, tuple[str, str]]:
    """Every path under ``root``: its kind and, for a regular file, the sha256 of its bytes."""
    found: dict[str, tuple[str, str]] = {}
    for path in sorted(root.rglob("*")):
        mode = path.lstat().st_mode
        if stat.S_ISREG(mode):
            found[str(path.relative_to(root))] = ("file", hashlib.sha256(path.read_bytes()).hexdigest())
        elif stat.S_ISDIR(mode):
            found[str(path.relative_to(root))] = ("dir", "")
        elif stat.S_ISFIFO(mode):
            found[str(path.relative_to(root))] = ("fifo", "")
        elif stat.S_ISLNK(mode):
            found[str(path.relative_to(root))] = ("link", os.readlink(path))
        else:
            found[str(path.relative_to(root))] = ("other", "")
    return found


def run_dir_of(output: Path) -> Path:
    [run_dir] = [p for p in output.iterdir() if p.is_dir()]
    return run_dir


TOY_TRAINING = ("-e", "64", "-b", "32", "--executor", "local", "--checkpoint-interval", "1")


def wait_for(condition: Callable[[], Any], timeout: float = 120, what: str = "a condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def interrupt(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGINT)
