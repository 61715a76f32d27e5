"""Run reports, ``eval --by-type`` and the TensorBoard logger, on two short real runs.

The two runs (seeds 0 and 1) are trained once per module with the TensorBoard plugin on;
every test reads what they wrote. Only the Chromium screenshot is marked ``slow``.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from agentgym import plugins

# its runs fixture trains two seeds and renders a report: over the fast subset's budget (make test-fast)
pytestmark = pytest.mark.slow

TB_MODULE = "agentgym.builtin.tensorboard"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PLOTS = ("mean_reward", "tool_reliability", "success", "entropy")


@dataclass(frozen=True)
class Runs:
    seed0: Path
    seed1: Path
    tensorboard: Path


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    from importlib import import_module

    from agentgym.config import build_config
    from agentgym.trainer import Trainer

    base = tmp_path_factory.mktemp("report-runs")
    board = base / "tb"
    manager = plugins.load_plugins()
    added = [] if TB_MODULE in plugins.BUILTIN_MODULES else [import_module(TB_MODULE)]
    for module in added:  # until the lead lists it among the built-ins
        manager.add(module, TB_MODULE)
    try:
        dirs = [  # the second run is shorter: curves of different lengths must overlay too
            Path(Trainer(build_config(scenario="customer_support", episodes=episodes, batch_size=64,
                                      eval_interval=5, trials=1, seed=seed, output_dir=base / f"seed{seed}",
                                      tensorboard_dir=board)).run()["run_dir"])
            for seed, episodes in ((0, 1280), (1, 640))
        ]
    finally:
        for module in added:
            manager.remove(module)
    yield Runs(dirs[0], dirs[1], board)


def agentgym(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The CLI in-process, through the same guard as the console script."""
    from agentgym.cli import app
    from agentgym.cli.errors import run_guarded

    monkeypatch.setattr(sys, "argv", ["agentgym", *map(str, args)])
    code = run_guarded(app)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def report(runs: Runs, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """``agentgym report RUN_DIR --output report.html --png plots/`` on the seed-0 run."""
    out = tmp_path_factory.mktemp("report")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "argv", ["agentgym", "report", str(runs.seed0), "--output",
                                    str(out / "report.html"), "--png", str(out / "plots")])
        from agentgym.cli import app
        from agentgym.cli.errors import run_guarded

        assert run_guarded(app) == 0
    return out / "report.html", out / "plots"


def decode_png(data: bytes) -> np.ndarray:
    import matplotlib.image

    return np.asarray(matplotlib.image.imread(io.BytesIO(data), format="png"))


def embedded_pngs(page: str) -> list[bytes]:
    return [base64.b64decode(m) for m in re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)]


# --- the report page ------------------------------------------------------------------
def test_report_embeds_every_plot_and_the_metrics_table(report: tuple[Path, Path]) -> None:
    page = report[0].read_text(encoding="utf-8")
    images = embedded_pngs(page)
    assert len(images) == len(PLOTS), "one embedded PNG per learning curve"
    for data in images:
        assert decode_png(data).var() > 0, "an embedded plot is blank"
    assert '<table class="metrics">' in page
    for text in ("tool_reliability", "success_rate", "pass^1", "Target", "Trained",
                 "random policy", "gold policy", "pass</span>", "fail</span>"):
        assert text in page, f"metrics table lacks {text!r}"


def test_report_has_breakdown_and_provenance(report: tuple[Path, Path], runs: Runs) -> None:
    page = report[0].read_text(encoding="utf-8")
    assert '<table class="breakdown">' in page
    for kind in ("refund_request", "password_reset", "api_integration"):
        assert kind in page
    assert "outside_window" in page and "within_window" in page, "outcomes split the kinds"
    assert "\u2192" in page, "the most frequent wrong calls (called -> expected) are listed"
    assert '<table class="provenance">' in page and '<table class="versions">' in page
    result = json.loads((runs.seed0 / "result.json").read_text())
    assert f"<td>{result['training_seconds']}</td>" in page
    assert "<th>numpy</th>" in page and "<th>learning_rate</th>" in page


def test_report_is_self_contained(report: tuple[Path, Path]) -> None:
    page = report[0].read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    external = re.findall(r'(?:src|href)\s*=\s*"(?!data:)([^"]*)"', page)
    assert external == [], f"external references: {external}"
    assert "@import" not in page and "url(" not in page


def test_png_dir_holds_each_plot_decoded_and_non_blank(report: tuple[Path, Path]) -> None:
    pngs = sorted(report[1].glob("*.png"))
    assert [p.stem for p in pngs] == sorted(PLOTS)
    for path in pngs:
        pixels = decode_png(path.read_bytes())
        assert pixels.ndim == 3 and pixels.shape[0] > 100 and pixels.shape[1] > 100
        assert pixels.var() > 0, f"{path.name} is blank"


def test_two_seeds_overlay_in_one_report(runs: Runs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from agentgym.report.plots import CURVES, figure
    from agentgym.report.runs import load_run

    both = [load_run(runs.seed0), load_run(runs.seed1)]
    for curve in CURVES:
        legend = [t.get_text() for t in figure(curve, both).axes[0].get_legend().get_texts()]
        assert any("(seed 0)" in t for t in legend) and any("(seed 1)" in t for t in legend), legend
    code, _, err = agentgym(monkeypatch, capsys, "report", runs.seed0, runs.seed1, "-o", tmp_path / "both.html")
    assert code == 0, err
    page = (tmp_path / "both.html").read_text(encoding="utf-8")
    assert '<table class="comparison">' in page
    assert page.count('<section id="run-') == 2
    assert f"{runs.seed0.name} (seed 0)" in page and f"{runs.seed1.name} (seed 1)" in page


# --- failures: clear messages, nothing half-written -------------------------------------
def _damage(run: Path, how: str) -> str:
    """Damage a copy of a run; return the file name the message must give."""
    if how == "missing result":
        (run / "result.json").unlink()
        return "result.json"
    if how == "corrupt result":
        (run / "result.json").write_text('{"status": "fini')
        return "result.json"
    if how == "corrupt metrics":
        with open(run / "metrics.jsonl", "a") as out:
            out.write("{not json\n")
        return "metrics.jsonl"
    if how == "missing config":
        (run / "config.toml").unlink()
        return "config.toml"
    if how == "missing weights":
        (run / "model" / "weights.npz").unlink()
        return "weights.npz"
    if how == "truncated weights":
        data = (run / "model" / "weights.npz").read_bytes()
        (run / "model" / "weights.npz").write_bytes(data[: len(data) // 2])
        return "weights.npz"
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["missing result", "corrupt result", "corrupt metrics", "missing config",
                                 "missing weights", "truncated weights"])
def test_damaged_run_is_one_line_naming_the_file_and_output_stays(
    how: str, runs: Runs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run = tmp_path / "run"
    shutil.copytree(runs.seed0, run)
    name = _damage(run, how)
    output = tmp_path / "out" / "report.html"
    output.parent.mkdir()
    output.write_text("previous report")
    code, _, err = agentgym(monkeypatch, capsys, "report", run, "-o", output, "--png", tmp_path / "plots")
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and name in lines[0], err
    assert "Traceback" not in err
    assert output.read_text() == "previous report", "a failed report must leave the old page intact"
    assert sorted(p.name for p in output.parent.iterdir()) == ["report.html"], "no temporary files left"
    assert not (tmp_path / "plots").exists()


def test_write_failing_midway_keeps_the_old_page(runs: Runs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from agentgym import artifacts
    from agentgym.report.build import Report, RunReport, write_report
    from agentgym.report.runs import load_run

    run = load_run(runs.seed0)
    metrics = run.result["test_metrics"]
    built = Report([RunReport(run, metrics, {"random": metrics, "gold": metrics}, [])], {"success": b"\x89PNG"})
    output = tmp_path / "report.html"
    output.write_text("previous report")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(artifacts.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_report(built, output)
    assert output.read_text() == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"], "no temporary file left behind"


def test_missing_matplotlib_is_one_line_with_the_install_hint(
    runs: Runs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    code, _, err = agentgym(monkeypatch, capsys, "report", runs.seed0, "-o", tmp_path / "r.html")
    assert code == 1
    assert err.strip().count("\n") == 0 and "pip install 'agentgym[report]'" in err
    assert not (tmp_path / "r.html").exists()


def test_cli_start_up_imports_neither_matplotlib_nor_tensorboardx() -> None:
    code = ("import sys, agentgym.cli, agentgym.builtin.tensorboard; from agentgym.plugins import load_plugins; "
            "load_plugins(); bad = {'matplotlib', 'tensorboardX'} & set(sys.modules); assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# --- agentgym eval --by-type -----------------------------------------------------------
def test_eval_by_type_json_adds_consistent_rows(runs: Runs, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = agentgym(monkeypatch, capsys, "eval", runs.seed0, "--trials", "1", "--by-type", "--json")
    assert code == 0, err
    data = json.loads(out)
    rows = data["by_type"]
    assert {(r["kind"], r["outcome"]) for r in rows} >= {("refund_request", "outside_window"),
                                                         ("refund_request", "within_window")}
    assert sum(r["episodes"] for r in rows) == data["episodes"]
    calls = sum(r["avg_tool_calls"] * r["episodes"] for r in rows)
    correct = sum(r["tool_reliability"] * r["avg_tool_calls"] * r["episodes"] for r in rows)
    assert correct / calls == pytest.approx(data["tool_reliability"])
    assert sum(r["success_rate"] * r["episodes"] for r in rows) / data["episodes"] == pytest.approx(data["success_rate"])
    for row in rows:
        for wrong in row["wrong_calls"]:
            assert set(wrong) == {"called", "expected", "count"} and wrong["count"] > 0


def test_eval_by_type_gold_makes_no_wrong_calls_random_makes_many(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def rows(policy: str) -> list[dict[str, Any]]:
        code, out, err = agentgym(monkeypatch, capsys, "eval", "--scenario", "customer_support", "--policy",
                                  policy, "--trials", "1", "--by-type", "--json")
        assert code == 0, err
        return json.loads(out)["by_type"]

    gold = rows("gold")
    assert all(r["wrong_calls"] == [] and r["success_rate"] == 1.0 for r in gold), (
        "recomputing the expert's call for each step must agree with the grader's 'correct'"
    )
    random_rows = rows("random")
    assert all(r["wrong_calls"] for r in random_rows)
    tools = {"search_kb", "update_ticket", "lookup_user", "send_reset_link", "check_payment", "refund",
             "create_api_key", "check_logs", "escalate", "send_email", "close_ticket", "ask_customer"}
    expected = {w["expected"] for r in random_rows for w in r["wrong_calls"]}
    assert expected <= tools | {"final answer", "same tool, other arguments"}, expected


def test_eval_by_type_prints_a_table(runs: Runs, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = agentgym(monkeypatch, capsys, "eval", runs.seed0, "--trials", "1", "--by-type")
    assert code == 0
    assert "By task kind and outcome" in out and "refund_request" in out and "\u2192" in out


# --- TensorBoard -----------------------------------------------------------------------
def read_scalars(logdir: Path) -> dict[str, dict[int, float]]:
    """tag -> step -> value from every event file, parsed with tensorboardX's own protobuf
    classes and CRC (tensorboardX ships no reader; tensorboard's is used when installed)."""
    try:
        from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
    except ImportError:
        EventAccumulator = None  # noqa: N806
    if EventAccumulator is not None:
        accumulator = EventAccumulator(str(logdir), size_guidance={"scalars": 0})
        accumulator.Reload()
        return {tag: {e.step: e.value for e in accumulator.Scalars(tag)} for tag in accumulator.Tags()["scalars"]}
    from tensorboardX.crc32c import crc32c
    from tensorboardX.proto.event_pb2 import Event

    def masked(data: bytes) -> int:
        crc = crc32c(data)
        return (((crc >> 15) | (crc << 17)) + 0xA282EAD8) & 0xFFFFFFFF

    found: dict[str, dict[int, float]] = {}
    files = sorted(logdir.glob("events.out.tfevents.*"))
    assert files, f"no event file in {logdir}"
    for path in files:
        data, offset = path.read_bytes(), 0
        while offset < len(data):
            header = data[offset:offset + 8]
            (length,) = struct.unpack("<Q", header)
            assert struct.unpack("<I", data[offset + 8:offset + 12])[0] == masked(header), "header CRC"
            body = data[offset + 12:offset + 12 + length]
            assert struct.unpack("<I", data[offset + 12 + length:offset + 16 + length])[0] == masked(body)
            offset += 16 + length
            event = Event.FromString(body)
            for value in event.summary.value:
                if value.HasField("simple_value"):
                    found.setdefault(value.tag, {})[event.step] = value.simple_value
    return found


@pytest.mark.parametrize("which", ["seed0", "seed1"])
def test_tensorboard_has_every_scalar_of_every_update(which: str, runs: Runs) -> None:
    run: Path = getattr(runs, which)
    scalars = read_scalars(runs.tensorboard / run.name)
    lines = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    for line in lines:
        for key, value in line.items():
            if key == "step":
                continue
            assert line["step"] in scalars.get(key, {}), f"update {line['step']}: no scalar {key}"
            assert scalars[key][line["step"]] == pytest.approx(value, rel=1e-6, abs=1e-6)
    validated = {line["step"] for line in lines if "val_success" in line}
    assert set(scalars["val_success"]) == validated and lines[-1]["step"] in validated
    result = json.loads((run / "result.json").read_text())
    last = lines[-1]["step"]
    assert scalars["test/success_rate"][last] == pytest.approx(result["test_metrics"]["success_rate"])
    assert "test/pass_hat_k/1" in scalars


def test_tensorboard_resumed_run_purges_steps_after_the_checkpoint(tmp_path: Path) -> None:
    from agentgym.builtin import tensorboard

    run_dir = tmp_path / "runs" / "customer_support-resumed"
    run_dir.mkdir(parents=True)
    (run_dir / "metrics.jsonl").write_text("".join(json.dumps({"step": n, "episodes": 64 * n}) + "\n" for n in (1, 2, 3)))
    tensorboard.on_train_start(str(run_dir), {"tensorboard_dir": str(tmp_path / "tb")})
    assert tensorboard._writers[str(run_dir)].purge_step == 4, "events after update 3 must be hidden"
    tensorboard.on_update(str(run_dir), {"step": 4, "episodes": 256, "success": 0.25})
    tensorboard.on_train_end(str(run_dir), {"status": "finished", "updates": 4, "test_metrics": {"success_rate": 0.5}})
    scalars = read_scalars(tmp_path / "tb" / run_dir.name)
    assert scalars["success"] == {4: 0.25} and scalars["test/success_rate"] == {4: 0.5}
    assert str(run_dir) not in tensorboard._writers, "the writer is closed and forgotten at the end"


def test_tensorboard_plugin_is_idle_without_tensorboard_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from agentgym.builtin import tensorboard

    monkeypatch.setitem(sys.modules, "tensorboardX", None)
    tensorboard.on_train_start(str(tmp_path), {"scenario": "customer_support"})
    tensorboard.on_update(str(tmp_path), {"step": 1, "episodes": 64, "success": 0.5})
    tensorboard.on_train_end(str(tmp_path), {"status": "finished"})
    assert list(tmp_path.iterdir()) == []


def test_tensorboard_without_tensorboardx_says_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    from agentgym.builtin import tensorboard

    monkeypatch.setitem(sys.modules, "tensorboardX", None)
    with pytest.raises(tensorboard.TensorBoardUnavailable, match=re.escape("pip install 'agentgym[report]'")):
        tensorboard.on_train_start(str(tmp_path / "run"), {"tensorboard_dir": str(tmp_path / "tb")})


# --- headless Chromium ---------------------------------------------------------------------
def test_chromium_renders_the_report(report: tuple[Path, Path], tmp_path: Path) -> None:
    if not os.path.exists(CHROMIUM):
        pytest.skip("chromium is not installed (Debian: apt-get install -y chromium)")
    shot = tmp_path / "screenshot.png"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
         f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1200,3000",
         report[0].resolve().as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    pixels = decode_png(shot.read_bytes())[..., :3]
    assert pixels.shape[:2] == (3000, 1200)
    assert pixels.var() > 0, "the screenshot is blank"
    not_white = (pixels < 0.9).any(axis=-1).mean()
    assert not_white > 0.02, f"only {not_white:.1%} of the page has ink"
    plot_blue = np.abs(pixels - np.array([0x1F, 0x77, 0xB4]) / 255).max(axis=-1) < 0.06
    assert plot_blue.sum() > 500, "the embedded plots (matplotlib's blue curves) did not render"
