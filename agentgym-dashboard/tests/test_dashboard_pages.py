"""The dashboard's pages, in process (Starlette's TestClient) over real run directories:
what each page shows, every status, broken folders, escaping, the report's numbers, and that
nothing is ever written into a run."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from dashboard_testlib import copy_run, fingerprint, metric_lines
from markupsafe import escape as markup_escape

from agentgym import run_state
from agentgym.config import build_config
from agentgym.hookspecs import hookimpl
from agentgym.toy import ToyOrderScenario
from agentgym.trainer import Trainer, TrainingInterrupted

# --- reading the pages --------------------------------------------------------------------------


class Rows(HTMLParser):
    """The runs table: each row's run id, status and cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, dict[str, Any]] = {}
        self.headers: list[str] = []
        self._row: dict[str, Any] | None = None
        self._cell: list[str] | None = None
        self._in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "thead":
            self._in_head = True
        elif tag == "tr" and "data-run" in found:
            self._row = {"status": found["data-status"], "cells": []}
            self.rows[str(found["data-run"])] = self._row
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "thead":
            self._in_head = False
        elif tag in ("td", "th") and self._cell is not None:
            text = " ".join("".join(self._cell).split())
            if self._in_head:
                self.headers.append(text)
            elif self._row is not None:
                self._row["cells"].append(text)
            self._cell = None
        elif tag == "tr":
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def runs_table(html: str) -> tuple[list[str], dict[str, dict[str, str]]]:
    """(headers, {run id: {header: cell text, "status": status}}) of the runs page."""
    parser = Rows()
    parser.feed(html)
    table = {}
    for run_id, row in parser.rows.items():
        table[run_id] = {**dict(zip(parser.headers, row["cells"], strict=True)), "status": row["status"]}
    return parser.headers, table


def result_of(run_dir: Path) -> dict[str, Any]:
    return json.loads((run_dir / "result.json").read_text(encoding="utf-8"))


def run_url(folder_index: int, name: str) -> str:
    return f"/runs/{folder_index}/{quote(name, safe='')}"


# --- runs made for a status ---------------------------------------------------------------------

TOY = {"scenario": "toy_orders", "episodes": 128, "batch_size": 32, "eval_interval": 2, "trials": 1,
       "executor": "local", "checkpoint_interval": 1, "early_stop": False}


class Toy:
    @hookimpl
    def register_scenarios(self, register: Any) -> None:
        register(ToyOrderScenario)


def stopped_run(stop_training_at: Any, folder: Path, error: BaseException) -> Path:
    """A real toy run stopped by ``error`` at its second update (register ``Toy`` first)."""
    stop_training_at(2, error)
    with pytest.raises((TrainingInterrupted, type(error))):
        Trainer(build_config(output_dir=folder, **TOY)).run()
    return max(folder.iterdir(), key=lambda p: p.stat().st_mtime_ns)


# --- the runs page -----------------------------------------------------------------------------


def test_runs_page_shows_every_run_with_its_result(watched: Path, client_for: Any) -> None:
    page = client_for(watched).get("/")
    assert page.status_code == 200
    headers, table = runs_table(page.text)
    assert {"test success", "natural success", "Criteria met", "Featurizer", "Policy"} <= set(headers)
    for name in ("seed0", "seed1"):
        result = result_of(watched / name)
        row = table[f"0/{name}"]
        assert row["status"] == {"finished": "finished", "stopped_early": "stopped_early"}[result["status"]]
        assert row["Scenario"] == "customer_support" and row["Policy"] == "linear"
        assert row["Featurizer"] == f"hashed ({result['config']['hash_dim']})"
        assert row["Episodes"] == str(result["episodes_completed"])
        assert row["test success"] == f"{result['test_metrics']['success_rate']:.3f}"
        assert row["natural success"] == f"{result['report_metrics']['natural']['success_rate']:.3f}"
        assert row["Criteria met"] == ("✓ met" if result["meets_target"] else "✗ not met")


def test_the_featurizer_column_names_the_plugin_the_run_was_trained_with(
        watched: Path, tmp_path: Path, client_for: Any) -> None:
    """A third-party featurizer shows by its plugin name (a real run with the installed test
    distribution's ``letters``); a manifest from before featurizers were plugins (hashed
    settings, no name) shows as hashed with the size the manifest records."""
    folder = tmp_path / "letters-runs"
    Trainer(build_config(scenario="echo_orders", featurizer="letters", hash_dim=512, episodes=64, batch_size=32,
                         eval_interval=2, trials=1, executor="local", output_dir=folder)).run()
    (letters,) = folder.iterdir()
    manifest_path = watched / "seed1" / "model" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest["featurizer"]["name"] == "hashed"
    manifest["featurizer"] = {**manifest["featurizer"]["settings"], "hash_dim": 1024}
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")

    _, table = runs_table(client_for(folder, watched).get("/").text)
    assert table[f"0/{letters.name}"]["status"] in ("finished", "stopped_early")
    assert table[f"0/{letters.name}"]["Featurizer"] == "letters (512)"
    assert table["1/seed1"]["Featurizer"] == "hashed (1024)"  # the manifest's size, not the config's 4096
    assert table["1/seed0"]["Featurizer"] == "hashed (4096)"


def test_every_status_is_told_apart(register_plugin: Any, finished_runs: tuple[Path, Path], tmp_path: Path,
                                    client_for: Any, stop_training_at: Any) -> None:
    folder = tmp_path / "runs"
    folder.mkdir()
    copy_run(finished_runs[0], folder, "finished")
    register_plugin(Toy(), "toy")
    interrupted = stopped_run(stop_training_at, folder, KeyboardInterrupt())
    failed = stopped_run(stop_training_at, folder, RuntimeError("the backend went away"))
    running = copy_run(finished_runs[1], folder, "running")
    (running / "result.json").unlink()
    killed = copy_run(finished_runs[1], folder, "killed")
    (killed / "result.json").unlink()
    (killed / run_state.LOCK_FILE).write_text("12345\n", encoding="utf-8")  # left by a SIGKILLed trainer

    with run_state.training(running):  # the lock a live trainer holds
        _, table = runs_table(client_for(folder).get("/").text)
    assert table["0/finished"]["status"] in ("finished", "stopped_early")
    assert table["0/running"]["status"] == "running"
    assert table["0/running"]["Episodes"] == f"{metric_lines(running)[-1]['episodes']} / 640"
    assert table[f"0/{interrupted.name}"]["status"] == "interrupted"
    assert f"agentgym train --resume {interrupted}" in table[f"0/{interrupted.name}"]["Status"]
    assert table[f"0/{failed.name}"]["status"] == "failed"
    assert "RuntimeError: the backend went away" in table[f"0/{failed.name}"]["Status"]
    assert table["0/killed"]["status"] == "unreadable"
    assert "missing file: result.json" in table["0/killed"]["Status"]
    assert "was its process killed?" in table["0/killed"]["Status"]


def break_run(run_dir: Path, how: str) -> None:
    """Damage a copy of a finished run the way disks, editors and killed processes do."""
    metrics = run_dir / "metrics.jsonl"
    if how == "truncated metrics.jsonl":
        data = metrics.read_bytes()
        metrics.write_bytes(data[: len(data) - 40])  # cut inside the last line
    elif how == "missing result.json":
        (run_dir / "result.json").unlink()
    elif how == "garbage manifest":
        (run_dir / "model" / "manifest.json").write_bytes(b"\x00\xffnot a manifest{{{")
    elif how == "manifest of the wrong shape":
        (run_dir / "model" / "manifest.json").write_text("[1, 2, 3]", encoding="utf-8")
    elif how == "garbage result.json":
        (run_dir / "result.json").write_text("{\"status\": ", encoding="utf-8")
    elif how == "result.json without metrics":
        (run_dir / "result.json").write_text("{\"status\": \"finished\"}", encoding="utf-8")
    elif how == "garbage config.toml":
        (run_dir / "config.toml").write_text("[training\nepisodes = ", encoding="utf-8")
    elif how == "empty metrics.jsonl":
        metrics.write_bytes(b"")
    elif how == "metrics line without episodes":
        metrics.write_text(metrics.read_text(encoding="utf-8") + "{\"step\": 99}\n", encoding="utf-8")
    elif how == "weights missing":
        (run_dir / "model" / "weights.npz").unlink()
    elif how == "metrics.jsonl is a folder":
        metrics.unlink()
        metrics.mkdir()


BROKEN = {
    "truncated metrics.jsonl": "metrics.jsonl ends in a partial line (cut short?)",
    "missing result.json": "missing file: result.json",
    "garbage manifest": "model/manifest.json is not valid JSON",
    "manifest of the wrong shape": "model/manifest.json is not a model manifest",
    "garbage result.json": "result.json is not valid JSON",
    "result.json without metrics": "result.json lacks test_metrics, success_criteria, seed",
    "garbage config.toml": "config.toml is not valid TOML",
    "empty metrics.jsonl": "metrics.jsonl holds no updates",
    "metrics line without episodes": "its last line lacks 'step' or 'episodes'",
    "weights missing": "missing file: model/weights.npz",
    "metrics.jsonl is a folder": "IsADirectoryError",
}


def test_malformed_run_folders_are_unreadable_with_the_reason_and_never_break_a_page(
    finished_runs: tuple[Path, Path], tmp_path: Path, client_for: Any
) -> None:
    folder = tmp_path / "runs"
    folder.mkdir()
    copy_run(finished_runs[0], folder, "healthy")
    names = {}
    for index, how in enumerate(BROKEN):
        names[how] = f"broken-{index}"
        break_run(copy_run(finished_runs[0], folder, names[how]), how)
    client = client_for(folder)

    page = client.get("/")
    assert page.status_code == 200
    _, table = runs_table(page.text)
    assert table["0/healthy"]["status"] in ("finished", "stopped_early")
    for how, reason in BROKEN.items():
        row = table[f"0/{names[how]}"]
        assert row["status"] == "unreadable", how
        assert reason in row["Status"], (how, row["Status"])
        assert str(folder) not in row["Status"], "the reason names files inside the run, not the whole path"

    for how, name in names.items():
        url = run_url(0, name)
        one = client.get(url)
        assert one.status_code == 200, how
        assert BROKEN[how] in " ".join(one.text.split()).replace("&#39;", "'"), how
        assert client.get(url + "/curves").status_code == 200, how
        assert client.get(url + "/evaluation").status_code == 200, how
        assert client.get(url + "/report.html").status_code == 409, how
        assert client.get(f"/compare?run=0/healthy&run=0/{name}").status_code == 200, how


def test_a_bad_line_in_the_middle_of_metrics_is_skipped_and_said(finished_runs: tuple[Path, Path], tmp_path: Path,
                                                                 client_for: Any) -> None:
    run_dir = copy_run(finished_runs[0], tmp_path / "runs")
    lines = (run_dir / "metrics.jsonl").read_text(encoding="utf-8").splitlines()
    lines.insert(3, "{garbage")
    (run_dir / "metrics.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    curves = client_for(tmp_path / "runs").get(run_url(0, run_dir.name) + "/curves").json()
    assert curves["problem"] == "line 4 of metrics.jsonl is not an update (skipped)"
    assert len(curves["points"]["success"]["train"][0]) == len(lines) - 1


# --- escaping ----------------------------------------------------------------------------------

HOSTILE_NAMES = ("<script>alert(1)<\\script>", "<img src=x onerror=alert(2)>")


def test_a_run_name_with_markup_is_shown_as_text(finished_runs: tuple[Path, Path], tmp_path: Path,
                                                 client_for: Any) -> None:
    folder = tmp_path / "runs"
    for name in HOSTILE_NAMES:
        copy_run(finished_runs[0], folder, name)
    client = client_for(folder)
    ids = [f"0/{name}" for name in HOSTILE_NAMES]
    pages = {  # page: the names it shows
        "/": HOSTILE_NAMES,
        "/compare?" + "&".join(f"run={quote(i, safe='')}" for i in ids): HOSTILE_NAMES,
        **{run_url(0, name): (name,) for name in HOSTILE_NAMES},
    }
    for path, names in pages.items():
        page = client.get(path)
        assert page.status_code == 200, path
        for name in HOSTILE_NAMES:
            assert name not in page.text, path
        for name in names:
            assert escape(name, quote=False) in page.text, path
    pages_text = client.get("/").text
    assert "<script>alert" not in pages_text and "<img src=x" not in pages_text


def test_ticket_text_with_markup_is_shown_as_text(register_plugin: Any, tmp_path: Path, client_for: Any) -> None:
    class ScriptOrders(ToyOrderScenario):
        name = "script_orders"
        description = "Tickets with <b>markup</b> in them."

        def tasks(self, split: str) -> Any:
            return [type(t)(t.id, t.split, "<script>alert('ticket')</script> where is my order?", t.kind,
                            t.outcome, t.params) for t in super().tasks(split)]

    class Plugin:
        @hookimpl
        def register_scenarios(self, register: Any) -> None:
            register(ScriptOrders)

    register_plugin(Plugin(), "script-orders")
    client = client_for(tmp_path)
    page = client.get("/scenarios/script_orders")
    assert page.status_code == 200
    assert "<script>alert('ticket')" not in page.text and "<b>markup</b>" not in page.text
    assert "&lt;script&gt;alert(&#39;ticket&#39;)&lt;/script&gt; where is my order?" in page.text
    assert "&lt;b&gt;markup&lt;/b&gt;" in client.get("/scenarios").text


# --- one run -----------------------------------------------------------------------------------


def test_one_run_shows_its_config_manifest_and_held_out_metrics(watched: Path, client_for: Any) -> None:
    run_dir = watched / "seed0"
    result = result_of(run_dir)
    manifest = (run_dir / "model" / "manifest.json").read_bytes()
    page = client_for(watched).get("/runs/0/seed0")
    assert page.status_code == 200
    text = page.text
    assert hashlib.sha256(manifest).hexdigest() in text
    assert json.loads(manifest)["files"]["weights.npz"]["sha256"] in text
    for package, version in result["versions"].items():
        assert f"<tr><th>{package}</th><td>{version}</td></tr>" in text
    assert "<tr><th>learning_rate</th><td>0.02</td></tr>" in text
    assert '<th>test</th><th>natural</th>' in text
    test, natural = result["test_metrics"], result["report_metrics"]["natural"]
    row = re.search(r"<tr><th>success_rate</th>(.*?)</tr>", text, re.S)
    assert row is not None
    assert f"{test['success_rate']:.3f}" in row.group(1) and f"{natural['success_rate']:.3f}" in row.group(1)
    assert 'href="/runs/0/seed0/report.html" download' in text


def test_curves_are_the_reports_series_and_end_at_the_files_end(watched: Path, client_for: Any) -> None:
    from agentgym.report.plots import CURVES, series

    run_dir = watched / "seed1"
    data = client_for(watched).get("/runs/0/seed1/curves").json()
    lines = metric_lines(run_dir)
    assert data["offset"] == (run_dir / "metrics.jsonl").stat().st_size and data["problem"] == ""
    for curve in CURVES:
        assert data["points"][curve.name]["train"] == list(series(lines, curve.train_key))
        if curve.validation_key:
            assert data["points"][curve.name]["validation"] == list(series(lines, curve.validation_key))
    assert len(data["points"]["success"]["validation"][0]) >= 2, "validation points are there"


@pytest.mark.slow
def test_the_evaluation_is_the_reports_own_tables(watched: Path, client_for: Any) -> None:
    """The replay, the references and the breakdown are ``agentgym report``'s, computed apart."""
    from agentgym.report.build import build_report
    from agentgym.report.html import breakdown_table, metrics_table

    client = client_for(watched)
    fragment = client.get("/runs/0/seed0/evaluation")
    assert fragment.status_code == 200
    report = build_report([watched / "seed0"])
    part = report.runs[0]
    assert metrics_table(part) in fragment.text
    assert breakdown_table(part.by_type) in fragment.text

    download = client.get("/runs/0/seed0/report.html")
    assert download.status_code == 200
    assert download.headers["content-disposition"] == 'attachment; filename="report-seed0.html"'
    assert download.text.startswith("<!DOCTYPE html>") and "AgentGym run report" in download.text
    assert metrics_table(part) in download.text


@pytest.mark.slow
def test_the_dashboard_never_writes_into_a_run(watched: Path, client_for: Any) -> None:
    before = fingerprint(watched)
    client = client_for(watched)
    for name in ("seed0", "seed1"):
        url = f"/runs/0/{name}"
        for path in (url, f"{url}/curves", f"{url}/evaluation", f"{url}/report.html"):
            assert client.get(path).status_code == 200, path
    assert client.get("/").status_code == 200
    assert client.get("/compare?run=0/seed0&run=0/seed1").status_code == 200
    assert fingerprint(watched) == before


# --- compare -----------------------------------------------------------------------------------


def test_compare_puts_metrics_side_by_side_with_deltas(watched: Path, client_for: Any) -> None:
    client = client_for(watched)
    page = client.get("/compare?run=0/seed0&run=0/seed1")
    assert page.status_code == 200
    first, second = result_of(watched / "seed0"), result_of(watched / "seed1")
    for split, a, b in (("test", first["test_metrics"], second["test_metrics"]),
                        ("natural", first["report_metrics"]["natural"], second["report_metrics"]["natural"])):
        table = re.search(rf'<table class="metrics comparison" data-split="{split}">(.*?)</table>', page.text, re.S)
        assert table is not None, split
        for metric in ("success_rate", "tool_reliability", "avg_tokens"):
            row = re.search(rf"<tr><th>{metric}</th>(.*?)</tr>", table.group(1), re.S)
            assert row is not None, metric
            cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)
            values = [re.sub(r"<.*?>", "", c).split()[0] if re.sub(r"<.*?>", "", c).strip() else "" for c in cells]
            difference = b[metric] - a[metric]
            expected_delta = f"{difference:+.3f}" if difference else "±0"
            assert values[1:] == [f"{a[metric]:.3f}", f"{b[metric]:.3f}", expected_delta], (split, metric)
    assert "data-runs=" in page.text and "/runs/0/seed1" in page.text


def test_compare_asks_for_two_runs_and_names_unknown_ones(watched: Path, client_for: Any) -> None:
    client = client_for(watched)
    one = client.get("/compare?run=0/seed0&run=0/nope")
    assert one.status_code == 200
    assert "No run 0/nope under the watched folders." in one.text
    assert "Pick two or more runs" in one.text


# --- scenarios and plugins, offline, errors ----------------------------------------------------


def test_scenarios_page_shows_plugins_with_errors_and_scenarios(register_plugin: Any, tmp_path: Path,
                                                                client_for: Any) -> None:
    from agentgym.catalog import scenario_rows
    from agentgym.plugins import load_plugins

    class Broken:
        @hookimpl
        def register_scenarios(self, register: Any) -> None:
            register(dict)

    register_plugin(Broken(), "broken-plugin")
    register_plugin(Toy(), "toy-plugin")
    client = client_for(tmp_path)
    page = client.get("/scenarios").text
    manager = load_plugins()
    for record in manager.records.values():
        assert f'data-plugin="{record.name}"' in page
        if record.error:
            assert f"error: {markup_escape(record.error)}" in page
    assert manager.records["broken-plugin"].error
    for row in scenario_rows(manager.registry):
        assert f'<a href="/scenarios/{row["name"]}">{row["name"]}</a>' in page

    detail = client.get("/scenarios/toy_orders").text
    scenario = ToyOrderScenario()
    for tool in scenario.tools():
        assert f"<code>{tool.name}</code>" in detail
        assert markup_escape(json.dumps(tool.parameters, indent=2, sort_keys=True)) in detail
    for split in scenario.splits:
        tasks = scenario.tasks(split)
        assert f"{split} <span class=\"muted\">({len(tasks)} tasks" in detail
        assert markup_escape(tasks[0].ticket) in detail
    assert "<tr><th>tool_reliability</th><td>0.95</td></tr>" in detail
    assert client.get("/scenarios/no_such_thing").status_code == 404


def test_pages_load_nothing_from_the_network(watched: Path, client_for: Any) -> None:
    from agentgym_dashboard.app import plotly_js

    client = client_for(watched)
    for path in ("/", "/runs/0/seed0", "/compare?run=0/seed0&run=0/seed1", "/scenarios",
                 "/scenarios/customer_support"):
        text = client.get(path).text
        for link in re.findall(r'(?:src|href)="([^"]*)"', text):
            assert link.startswith(("/", "#", "data:")), (path, link)
    script = client.get("/static/plotly.min.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert script.content == plotly_js().read_bytes() and len(script.content) > 1_000_000
    assert client.get("/static/dashboard.js").status_code == 200


def test_unknown_runs_are_404_pages(watched: Path, client_for: Any) -> None:
    client = client_for(watched)
    for path in ("/runs/0/nope", "/runs/7/seed0"):
        page = client.get(path)
        assert page.status_code == 404, path
        assert "no such run under the watched folders" in page.text
    for path in ("/runs/0/..%2F..%2Fetc%2Fpasswd", "/runs/x/seed0"):
        assert client.get(path).status_code == 404, path
    assert client.get("/runs/0/nope/curves").json() == {"error": "no such run under the watched folders"}


def test_a_watched_folder_that_is_itself_a_run(finished_runs: tuple[Path, Path], tmp_path: Path,
                                               client_for: Any) -> None:
    run_dir = copy_run(finished_runs[0], tmp_path, "alone")
    shutil.copytree(finished_runs[1], tmp_path / "other" / "inner")
    _, table = runs_table(client_for(run_dir, tmp_path / "other").get("/").text)
    assert set(table) == {"0/alone", "1/inner"}
