"""Case 4: inputs have documented limits, enforced with one line before any work is done:
task files (a cap on tasks, a cap on a line), weights files (only the arrays the manifest
names, no array larger than it declares) and the numbers in a training config."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hostile_lib import TOY_TRAINING, Site, snapshot

from agentgym import artifacts


def ticket(index: int, **changes: object) -> str:
    line = {"kind": "password_reset", "outcome": "active", "name": f"Ann Lee{index}",
            "email": f"ann{index}@example.com", "subject": "Can't log in", "body": "Please help me sign in."}
    return json.dumps({**line, **changes})


def task_file(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- task files -----------------------------------------------------------------------------------
def test_a_task_file_over_the_cap_is_refused_before_any_episode_runs(site: Site, tmp_path: Path) -> None:
    path = task_file(tmp_path / "tasks.jsonl", [ticket(i) for i in range(6)])

    done = site.run("eval", "--scenario", "customer_support", "--policy", "gold", "--tasks", str(path),
                    "--max-tasks", "5", "--json")

    assert done.code == 2, done
    assert done.line == (f"error: {path} has more than 5 tasks (--max-tasks, or AGENTGYM_MAX_TASKS); "
                         "split the file or raise the cap")
    assert done.stdout == ""


def test_the_task_cap_comes_from_the_environment_too(site: Site, tmp_path: Path) -> None:
    path = task_file(tmp_path / "tasks.jsonl", [ticket(i) for i in range(6)])

    refused = site.run("eval", "--scenario", "customer_support", "--policy", "gold", "--tasks", str(path),
                       env={"AGENTGYM_MAX_TASKS": "5"})
    allowed = site.run("eval", "--scenario", "customer_support", "--policy", "gold", "--tasks", str(path),
                       "--trials", "2", "--json", env={"AGENTGYM_MAX_TASKS": "6"})

    assert refused.code == 2 and "more than 5 tasks" in refused.line, refused
    assert allowed.code == 0, allowed
    assert json.loads(allowed.stdout)["episodes"] == 12


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_a_bad_task_cap_is_bad_input(site: Site, tmp_path: Path, value: str) -> None:
    path = task_file(tmp_path / "tasks.jsonl", [ticket(0)])

    done = site.run("eval", "--scenario", "customer_support", "--policy", "gold", "--tasks", str(path),
                    env={"AGENTGYM_MAX_TASKS": value})

    assert done.code == 2, done
    assert "AGENTGYM_MAX_TASKS" in done.line


def test_a_task_line_longer_than_the_limit_is_refused(site: Site, tmp_path: Path) -> None:
    path = task_file(tmp_path / "tasks.jsonl", [ticket(0), ticket(1, body="x" * 70_000), ticket(2)])

    done = site.run("eval", "--scenario", "customer_support", "--policy", "gold", "--tasks", str(path))

    assert done.code == 2, done
    assert f"{path} line 2" in done.line and "longer than" in done.line


def test_a_task_file_without_line_breaks_is_refused_without_reading_it_whole(site: Site, tmp_path: Path) -> None:
    path = tmp_path / "one-line.jsonl"
    path.write_bytes(b"[" * 50_000_000)

    done = site.run("eval", "--scenario", "customer_support", "--policy", "gold", "--tasks", str(path))

    assert done.code == 2, done
    assert "line 1" in done.line and "longer than" in done.line


def test_a_task_file_streams_its_tasks(tmp_path: Path) -> None:
    """``load_tasks`` hands tasks over one at a time: the first arrive before the file is read to
    its end (a bad line further down is reported when reached)."""
    from agentgym import hooks

    path = task_file(tmp_path / "tasks.jsonl", [ticket(0), ticket(1), "{broken"])
    tasks = iter(hooks.make_scenario("customer_support").load_tasks(path))

    assert next(tasks).id == "file-0001" and next(tasks).id == "file-0002"
    with pytest.raises(ValueError, match="line 3"):
        next(tasks)


# --- weights files --------------------------------------------------------------------------------
def reseal(run_dir: Path) -> None:
    """What someone who edits a model must do: hash the weights again, then the manifest."""
    path = run_dir / "model" / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    data = (run_dir / "model" / "weights.npz").read_bytes()
    manifest["files"]["weights.npz"].update(sha256=artifacts.sha256(data), bytes=len(data))
    path.write_text(json.dumps(artifacts.seal_manifest(manifest)), encoding="utf-8")


def add_zero_array(weights: Path, name: str, megabytes: int) -> None:
    """Append ``name``: a float64 array of zeros, deflated (a few KB per 100 MB on disk)."""
    count = megabytes * (1 << 20) // 8
    with zipfile.ZipFile(weights, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open(f"{name}.npy", "w", force_zip64=True) as member:
            np.lib.format.write_array_header_2_0(member, {"descr": "<f8", "fortran_order": False,
                                                          "shape": (count,)})
            block = bytes(1 << 20)
            for _ in range(megabytes):
                member.write(block)


def test_weights_with_an_array_the_manifest_does_not_name_are_refused_unread(copied_toy_run: Path) -> None:
    weights = copied_toy_run / "model" / "weights.npz"
    add_zero_array(weights, "extra", megabytes=256)
    reseal(copied_toy_run)
    assert weights.stat().st_size < 2_000_000

    with pytest.raises(artifacts.ArtifactError, match="'extra'.* the manifest does not name"):
        artifacts.load_model(copied_toy_run)


def test_weights_larger_than_the_manifest_declares_are_refused_before_decompressing(copied_toy_run: Path) -> None:
    """A named array replaced by a far larger one (the manifest still gives the old shape)."""
    weights = copied_toy_run / "model" / "weights.npz"
    with zipfile.ZipFile(weights) as archive:
        kept = {info.filename: archive.read(info) for info in archive.infolist()}
    first = sorted(kept)[0]
    with zipfile.ZipFile(weights, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in kept.items():
            if name != first:
                archive.writestr(name, data)
    add_zero_array(weights, first.removesuffix(".npy"), megabytes=256)
    reseal(copied_toy_run)

    with pytest.raises(artifacts.ArtifactError, match="larger than"):
        artifacts.load_model(copied_toy_run)


def test_the_cli_refuses_such_weights_with_one_line(site: Site, copied_toy_run: Path) -> None:
    add_zero_array(copied_toy_run / "model" / "weights.npz", "extra", megabytes=64)
    reseal(copied_toy_run)
    before = snapshot(copied_toy_run)

    done = site.run("eval", str(copied_toy_run), "--trials", "1")

    assert done.code == 2, done
    assert "weights.npz" in done.line and "'extra'" in done.line
    assert snapshot(copied_toy_run) == before


# --- numbers in a training config -----------------------------------------------------------------
TOO_BIG = {  # setting: (value, what the one line says)
    "trials": (100_000_000_000, "invalid trials: Input should be less than or equal to 1000"),
    "episodes": (10**13, "invalid episodes: Input should be less than or equal to 1000000000"),
    "workers": (100_000, "invalid workers: Input should be less than or equal to 1024"),
    "hash_dim": (2**40, "invalid hash_dim: Input should be less than or equal to 1048576"),
    "batch_size": (10**9, "invalid batch_size: Input should be less than or equal to 65536"),
    "hidden_size": (10**7, "invalid hidden_size: Input should be less than or equal to 4096"),
    "seed": (2**64, "invalid seed: Input should be less than or equal to 4294967295"),
    "eval_interval": (10**12, "invalid eval_interval: Input should be less than or equal to 1000000"),
}


@pytest.mark.parametrize("setting", list(TOO_BIG))
def test_config_numbers_have_maxima(site: Site, tmp_path: Path, setting: str) -> None:
    value, message = TOO_BIG[setting]
    config = tmp_path / "train.toml"
    config.write_text(f'[training]\nscenario = "echo_orders"\noutput_dir = "{tmp_path / "runs"}"\n'
                      f"{setting} = {value}\n", encoding="utf-8")

    done = site.run("train", "--config", str(config))

    assert done.code == 2, done
    assert done.line == f"error: {message}"
    assert not (tmp_path / "runs").exists()


@pytest.mark.parametrize(("flag", "value", "name"), [("--workers", "100000", "workers"),
                                                     ("--episodes", "10000000000000", "episodes"),
                                                     ("--seed", "1" + "0" * 30, "seed")])
def test_flag_numbers_have_maxima(site: Site, tmp_path: Path, flag: str, value: str, name: str) -> None:
    done = site.run("train", "echo_orders", flag, value, "-o", str(tmp_path / "runs"))

    assert done.code == 2, done
    assert done.line.startswith(f"error: invalid {name}: Input should be less than or equal to")
    assert not (tmp_path / "runs").exists()


def test_the_process_executor_refuses_more_workers_than_the_machine_can_run(site: Site, tmp_path: Path) -> None:
    done = site.run("train", "echo_orders", *TOY_TRAINING[:4], "--executor", "process", "--workers", "1000",
                    "-o", str(tmp_path / "runs"))

    assert done.code == 2, done
    assert "workers" in done.line and "CPUs" in done.line
    assert not (tmp_path / "runs").exists()


@pytest.mark.parametrize("trials", ["100000000000", "1001"])
def test_eval_trials_have_a_maximum(site: Site, trials: str) -> None:
    done = site.run("eval", "--scenario", "echo_orders", "--policy", "gold", "--trials", trials)

    assert done.code == 2, done
    assert "--trials" in done.line


def test_a_large_evaluation_replays_its_episodes_and_measures_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above ``IN_MEMORY_EPISODES`` no trajectory is held: the episodes run again, block by
    block, for each reading (metrics, per-type breakdown). The numbers are those of holding them."""
    from agentgym import streaming
    from agentgym.cli.eval_cmd import reference_runner, type_breakdown
    from agentgym.evaluation import measure, select_tasks

    kinds = [("password_reset", "locked"), ("refund_request", "outside_window"), ("billing_inquiry", "found")]
    path = task_file(tmp_path / "tasks.jsonl",
                     [ticket(i, kind=k, outcome=o) for i, (k, o) in enumerate(kinds * 7)])
    scenario, run = reference_runner("customer_support", "random")
    tasks = select_tasks(scenario, "test", path)
    held = run(tasks, 3, "held")
    monkeypatch.setattr(streaming, "IN_MEMORY_EPISODES", 10)
    monkeypatch.setattr(streaming, "BLOCK_EPISODES", 4)

    replayed = run(tasks, 3, "replayed")

    assert isinstance(replayed, streaming.ReplayedEpisodes) and isinstance(held, list)
    assert measure(scenario, replayed) == measure(scenario, held)
    assert len(replayed) == len(held) == 63
    assert list(replayed) == held and replayed[5] == held[5] and replayed[-1] == held[-1]
    assert type_breakdown(scenario, tasks, replayed) == type_breakdown(scenario, tasks, held)


def test_a_replayed_evaluation_of_a_trained_policy_reproduces_its_test_metrics(
    toy_run: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Replayed in blocks of 4 episodes, each with a fresh featurizer: the numbers training wrote."""
    from agentgym import streaming
    from agentgym.cli.eval_cmd import TrainedRunner
    from agentgym.evaluation import measure

    monkeypatch.setattr(streaming, "IN_MEMORY_EPISODES", 10)
    monkeypatch.setattr(streaming, "BLOCK_EPISODES", 4)
    result = json.loads((toy_run / "result.json").read_text(encoding="utf-8"))

    runner = TrainedRunner(toy_run, None, None, 1, True)
    replayed = runner(runner.scenario.tasks("test"), result["config"]["trials"], "test")
    metrics = measure(runner.scenario, replayed)

    assert isinstance(replayed, streaming.ReplayedEpisodes)
    assert metrics == result["test_metrics"]
