"""Case 7: bad files and paths exit 2 with one line and leave what is on disk as it was;
a model or checkpoint edited after it was written is refused; scenario and executor
options are checked against what they declare."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hostile_lib import TOY_TRAINING, Site, run_dir_of, snapshot

from agentgym import artifacts


# --- unknown or mistyped options ----------------------------------------------------------------
@pytest.mark.parametrize(("options", "message"), [
    ("scenario_options = { failur_rate = 0.9 }",
     "scenario 'customer_support' has no option 'failur_rate'; its options: failure_rate (float), "
     "tool_latency_ms (float)"),
    ('scenario_options = { failure_rate = "high" }',
     "scenario 'customer_support': option failure_rate must be a float, not 'high'"),
    ("scenario_options = { failure_rate = true }",
     "scenario 'customer_support': option failure_rate must be a float, not True"),
    ("scenario_options = { failure_rate = 1.5 }", "scenario 'customer_support': failure_rate must be in [0, 1)"),
    ("scenario_options = { tool_latency_ms = nan }",
     "scenario 'customer_support': option tool_latency_ms must be a finite number, not nan"),
    ('executor = "local"\nexecutor_options = { speed = 3 }',
     "executor 'local' has no option 'speed'; it takes none"),
    ('executor = "process"\nexecutor_options = { speed = 3 }',
     "executor 'process' has no option 'speed'; it takes none"),
])
def test_options_a_scenario_or_executor_does_not_declare_are_refused(
    site: Site, tmp_path: Path, options: str, message: str
) -> None:
    config = tmp_path / "train.toml"
    config.write_text(f'[training]\nscenario = "customer_support"\n{options}\n', encoding="utf-8")

    done = site.run("train", "--config", str(config), "-o", str(tmp_path / "runs"))

    assert done.code == 2, done
    assert done.line == f"error: {message}"
    assert not (tmp_path / "runs").exists()


def test_declared_options_reach_the_scenario(tmp_path: Path) -> None:
    from agentgym import hooks

    scenario = hooks.make_scenario("customer_support", failure_rate=0, tool_latency_ms=2)

    assert scenario.options == {"failure_rate": 0, "tool_latency_ms": 2}
    assert scenario.failure_rate == 0.0 and scenario.tool_latency_ms == 2.0


# --- a model or checkpoint edited after it was written -------------------------------------------
def edit_manifest(run_dir: Path, change: dict[str, object]) -> None:
    path = run_dir / "model" / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for dotted, value in change.items():
        *parents, last = dotted.split(".")
        target = manifest
        for key in parents:
            target = target[key]
        target[last] = value
    path.write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize("change", [
    {"scenario.options": {"failure_rate": 0.5}},
    {"featurizer.word_dropout": 0.5},
    {"config.learning_rate": 9.0},
    {"seed": 12},
])
def test_a_manifest_edited_anywhere_is_refused(site: Site, copied_toy_run: Path, change: dict[str, object]) -> None:
    edit_manifest(copied_toy_run, change)
    before = snapshot(copied_toy_run)

    done = site.run("eval", str(copied_toy_run), "--trials", "1")

    assert done.code == 2, done
    assert "manifest.json" in done.line and "modified" in done.line
    assert snapshot(copied_toy_run) == before


def test_a_checkpoint_edited_after_it_was_written_is_refused(site: Site, tmp_path: Path) -> None:
    output = tmp_path / "runs"
    interrupted = site.run("train", "echo_orders", *TOY_TRAINING, "-o", str(output))
    assert interrupted.code == 0, interrupted
    run_dir = run_dir_of(output)
    checkpoint = run_dir / "checkpoints" / "latest.npz"
    with zipfile.ZipFile(checkpoint) as archive:
        arrays = {info.filename: archive.read(info) for info in archive.infolist()}
    name = next(n for n in sorted(arrays) if n.startswith("params."))
    with zipfile.ZipFile(checkpoint, "w") as archive:
        for member, data in arrays.items():
            if member == name:
                import io
                value = np.load(io.BytesIO(data))
                buffer = io.BytesIO()
                np.save(buffer, value + 1.0)
                data = buffer.getvalue()
            archive.writestr(member, data)
    before = snapshot(run_dir)

    done = site.run("train", "--resume", str(run_dir))

    assert done.code == 2, done
    assert "latest.npz" in done.line and "modified" in done.line
    assert snapshot(run_dir) == before


# --- output paths --------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["fifo", "directory", "symlink"])
def test_report_never_writes_over_what_is_not_a_regular_file(
    site: Site, toy_run: Path, tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.html"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "directory":
        target.mkdir()
        (target / "keep.txt").write_text("mine", encoding="utf-8")
    else:
        (folder / "real.html").write_text("mine", encoding="utf-8")
        target.symlink_to(folder / "real.html")
    before = snapshot(folder)

    done = site.run("report", str(toy_run), "-o", str(target))

    assert done.code == 2, done
    assert done.line == f"error: refusing to write {target}: it exists and is not a regular file"
    assert snapshot(folder) == before


def test_report_png_folder_that_is_a_file_is_refused(site: Site, toy_run: Path, tmp_path: Path) -> None:
    png = tmp_path / "plots"
    png.write_text("mine", encoding="utf-8")
    before = snapshot(tmp_path)

    done = site.run("report", str(toy_run), "-o", str(tmp_path / "r.html"), "--png", str(png))

    assert done.code == 2, done
    assert str(png) in done.line and "not a folder" in done.line
    assert snapshot(tmp_path) == before


def test_train_output_dir_that_is_a_file_is_refused(site: Site, tmp_path: Path) -> None:
    output = tmp_path / "runs"
    output.write_text("mine", encoding="utf-8")
    before = snapshot(tmp_path)

    done = site.run("train", "echo_orders", *TOY_TRAINING, "-o", str(output))

    assert done.code == 2, done
    assert done.line == f"error: invalid output_dir: {output} exists and is not a folder"
    assert snapshot(tmp_path) == before


# --- bad files: one line, exit 2 -----------------------------------------------------------------
def test_a_config_that_is_not_utf8_is_bad_input(site: Site, tmp_path: Path) -> None:
    config = tmp_path / "train.toml"
    config.write_bytes(b'[training]\nscenario = "echo_orders"\n# caf\xe9\n')

    done = site.run("train", "--config", str(config))

    assert done.code == 2, done
    assert done.line.startswith(f"error: config file {config} is not valid TOML")


@pytest.mark.parametrize("text", ["training = 5", "training = [1, 2]", 'training = "yes"'])
def test_a_training_entry_that_is_not_a_table_is_bad_input(site: Site, tmp_path: Path, text: str) -> None:
    config = tmp_path / "train.toml"
    config.write_text(text + "\n", encoding="utf-8")

    done = site.run("train", "--config", str(config))

    assert done.code == 2, done
    assert done.line == f"error: config file {config}: [training] must be a table of settings"


def test_a_config_path_that_is_a_folder_is_bad_input(site: Site, tmp_path: Path) -> None:
    done = site.run("train", "--config", str(tmp_path))

    assert done.code == 2, done
    assert done.line == f"error: cannot read config file {tmp_path}: it is a folder"


@pytest.mark.parametrize(("text", "needle"), [
    ("[1, 2, 3]", "not a JSON object"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"seed": ' + "9" * 5000 + "}", "not valid JSON"),
    ("\xff\xfe", "not valid JSON"),
])
def test_a_manifest_that_is_not_a_manifest_is_bad_input(
    site: Site, copied_toy_run: Path, text: str, needle: str
) -> None:
    (copied_toy_run / "model" / "manifest.json").write_text(text, encoding="latin-1")
    before = snapshot(copied_toy_run)

    done = site.run("eval", str(copied_toy_run), "--trials", "1")

    assert done.code == 2, done
    assert "manifest.json" in done.line and needle in done.line
    assert snapshot(copied_toy_run) == before


@pytest.mark.parametrize(("line", "needle"), [
    ("[" * 30_000 + "]" * 30_000, "nested too deeply"),  # within the line limit
    ('{"days_ago": ' + "9" * 5000 + "}", "not valid JSON"),
    ('{"kind": "password_reset", "outcome": "active", "name": "A", "email": "a@b.co", "subject": "s", '
     '"body": "b", "days_ago": 1e999}', "days_ago"),
])
def test_hostile_task_lines_are_bad_input(site: Site, tmp_path: Path, line: str, needle: str) -> None:
    path = tmp_path / "tasks.jsonl"
    path.write_text(line + "\n", encoding="utf-8")

    done = site.run("eval", "--scenario", "customer_support", "--policy", "gold", "--tasks", str(path))

    assert done.code == 2, done
    assert f"{path} line 1" in done.line and needle in done.line


def test_a_result_file_nested_too_deeply_is_bad_input_for_report(site: Site, copied_toy_run: Path,
                                                                  tmp_path: Path) -> None:
    (copied_toy_run / "result.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")

    done = site.run("report", str(copied_toy_run), "-o", str(tmp_path / "r.html"))

    assert done.code == 2, done
    assert "result.json" in done.line
    assert not (tmp_path / "r.html").exists()


def test_a_resumed_run_whose_config_is_damaged_is_bad_input(site: Site, copied_toy_run: Path) -> None:
    (copied_toy_run / "config.toml").write_bytes(b"\xff\xfe training")

    done = site.run("train", "--resume", str(copied_toy_run))

    assert done.code == 2, done
    assert "config.toml" in done.line


def test_saving_a_model_still_round_trips(copied_toy_run: Path) -> None:
    """The manifest's own hash and the array list do not stop an honest model from loading."""
    weights, manifest = artifacts.load_model(copied_toy_run)

    assert set(manifest["files"]["weights.npz"]["arrays"]) == set(weights)
    assert manifest["sha256"] == artifacts.manifest_hash(manifest)


# --- found by the deep fuzzing (-m fuzz_deep) --------------------------------------------------
def test_a_path_too_long_for_the_system_is_bad_input(site: Site) -> None:
    done = site.run("eval", "a" * 300, "--trials", "1")

    assert done.code == 2, done
    assert done.line.startswith("error: File name too long: aaa")


def test_a_tensorboard_folder_that_is_a_file_is_refused_before_training(site: Site, tmp_path: Path) -> None:
    board = tmp_path / "board"
    board.write_text("mine", encoding="utf-8")

    done = site.run("train", "echo_orders", *TOY_TRAINING, "--tensorboard", str(board), "-o", str(tmp_path / "runs"))

    assert done.code == 2, done
    assert done.line == f"error: invalid tensorboard_dir: {board} exists and is not a folder"
    assert not (tmp_path / "runs").exists()


def test_resume_never_appends_through_a_metrics_log_that_is_not_a_regular_file(
    site: Site, copied_toy_run: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("mine\n", encoding="utf-8")
    (copied_toy_run / "metrics.jsonl").unlink()
    (copied_toy_run / "metrics.jsonl").symlink_to(elsewhere)
    before = snapshot(tmp_path)

    done = site.run("train", "--resume", str(copied_toy_run))

    assert done.code == 2, done
    assert done.line.startswith("error: refusing to write") and "metrics.jsonl" in done.line
    assert snapshot(tmp_path) == before


def test_resume_of_a_run_whose_metrics_log_is_damaged_is_bad_input(site: Site, copied_toy_run: Path) -> None:
    (copied_toy_run / "metrics.jsonl").write_text("not json\n", encoding="utf-8")
    before = snapshot(copied_toy_run)

    done = site.run("train", "--resume", str(copied_toy_run))

    assert done.code == 2, done
    assert "metrics.jsonl" in done.line
    assert snapshot(copied_toy_run) == before
