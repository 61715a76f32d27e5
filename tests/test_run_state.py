"""A run says whether it is training and, when it stopped without a result, how and why
(``agentgym.run_state``): what ``agentgym dashboard`` reads to tell a running run from an
interrupted, failed or killed one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from agentgym import run_state
from agentgym.config import build_config
from agentgym.hookspecs import hookimpl
from agentgym.toy import ToyOrderScenario
from agentgym.trainer import RESULT_FILE, Trainer, TrainingInterrupted, resume_config

SMALL = {"scenario": "toy_orders", "episodes": 192, "batch_size": 32, "eval_interval": 2, "trials": 1,
         "executor": "local", "checkpoint_interval": 1, "early_stop": False}


class Watcher:
    """Records, at every update, whether the run's lock is held."""

    def __init__(self) -> None:
        self.training: list[bool] = []

    @hookimpl
    def register_scenarios(self, register: Any) -> None:
        register(ToyOrderScenario)

    @hookimpl
    def on_update(self, run_dir: str, metrics: Any) -> None:
        self.training.append(run_state.is_training(Path(run_dir)))


def test_a_run_holds_its_lock_while_it_trains_and_leaves_no_trace(register_plugin: Any, tmp_path: Path) -> None:
    watcher = Watcher()
    register_plugin(watcher, "watcher")
    result = Trainer(build_config(output_dir=tmp_path, **SMALL)).run()
    run_dir = Path(result["run_dir"])

    assert watcher.training and all(watcher.training), "every update saw the lock held"
    assert not run_state.is_training(run_dir)
    assert not (run_dir / run_state.LOCK_FILE).exists()
    assert run_state.read_stop(run_dir) is None


def test_ctrl_c_records_an_interruption_that_a_resume_clears(
    register_plugin: Any, tmp_path: Path, stop_training_at: Any
) -> None:
    register_plugin(Watcher(), "watcher")
    stop_training_at(2, KeyboardInterrupt())
    with pytest.raises(TrainingInterrupted) as stopped:
        Trainer(build_config(output_dir=tmp_path, **SMALL)).run()
    run_dir = stopped.value.run_dir

    stop = run_state.read_stop(run_dir)
    assert stop is not None and stop["status"] == "interrupted"
    assert f"agentgym train --resume {run_dir}" in stop["reason"]
    assert not run_state.is_training(run_dir) and not (run_dir / RESULT_FILE).exists()

    Trainer(resume_config(run_dir)).run(run_dir, resume=True)
    assert run_state.read_stop(run_dir) is None and (run_dir / RESULT_FILE).is_file()


def test_an_error_records_a_failure_with_the_error(
    register_plugin: Any, tmp_path: Path, stop_training_at: Any
) -> None:
    register_plugin(Watcher(), "watcher")
    stop_training_at(3, RuntimeError("the backend went away"))
    with pytest.raises(RuntimeError):
        Trainer(build_config(output_dir=tmp_path, **SMALL)).run()
    (run_dir,) = tmp_path.iterdir()

    assert run_state.read_stop(run_dir) == {
        "status": "failed", "reason": "RuntimeError: the backend went away",
        "time": run_state.read_stop(run_dir)["time"],  # type: ignore[index]
    }
    assert not run_state.is_training(run_dir)


def test_a_second_process_cannot_train_a_run_that_is_training(register_plugin: Any, tmp_path: Path) -> None:
    register_plugin(Watcher(), "watcher")
    first = Trainer(build_config(output_dir=tmp_path, **SMALL))
    first.run()
    (run_dir,) = tmp_path.iterdir()
    with run_state.training(run_dir):  # what a live trainer holds
        with pytest.raises(run_state.RunBusy, match="being trained by another process"):
            Trainer(resume_config(run_dir)).run(run_dir, resume=True)
        assert (run_dir / run_state.LOCK_FILE).exists(), "the refused run leaves the holder's lock alone"


def test_a_killed_trainer_is_not_training(tmp_path: Path) -> None:
    """The kernel drops the lock of a process that dies without cleaning up (SIGKILL); the
    lock file it leaves behind does not make the run look alive."""
    script = (
        "import sys, time\nfrom pathlib import Path\nfrom agentgym import run_state\n"
        "with run_state.training(Path(sys.argv[1])):\n    print('held', flush=True)\n    time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert run_state.is_training(tmp_path)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    deadline = time.monotonic() + 10
    while run_state.is_training(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert (tmp_path / run_state.LOCK_FILE).exists()
    assert not run_state.is_training(tmp_path)


def test_a_stop_record_that_is_not_json_is_an_artifact_error(tmp_path: Path) -> None:
    (tmp_path / run_state.STOPPED_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(run_state.ArtifactError, match="corrupt file"):
        run_state.read_stop(tmp_path)
    (tmp_path / run_state.STOPPED_FILE).write_text(json.dumps({"status": "exploded"}), encoding="utf-8")
    with pytest.raises(run_state.ArtifactError, match="no status"):
        run_state.read_stop(tmp_path)


def test_resuming_a_run_another_process_trains_is_exit_2_in_one_line(
    register_plugin: Any, tmp_path: Path, run_agentgym: Any, stop_training_at: Any
) -> None:
    """echo_orders: a scenario the subprocess finds too (the test plugin distribution)."""
    from agentgym_plugin_echo.scenario import EchoOrderScenario

    class EchoWatcher(Watcher):
        @hookimpl
        def register_scenarios(self, register: Any) -> None:
            register(EchoOrderScenario)

    register_plugin(EchoWatcher(), "watcher")
    stop_training_at(2, KeyboardInterrupt())
    with pytest.raises(TrainingInterrupted) as stopped:
        Trainer(build_config(output_dir=tmp_path, **{**SMALL, "scenario": "echo_orders"})).run()
    run_dir = stopped.value.run_dir
    with run_state.training(run_dir):
        done = run_agentgym("train", "--resume", str(run_dir))
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [f"error: {run_dir} is being trained by another process"]
