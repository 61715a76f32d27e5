"""The dashboard in a real headless Chromium (Debian's ``chromium``, driven by Playwright)
while a real ``agentgym train`` writes into the watched folder: the run appears on the runs
page and its curves gain points, with no reload; Ctrl-C on the training shows as
interrupted; then Compare of two finished runs and the Scenarios page. Screenshots go to the
test's own folder (``tmp_path / "screenshots"``, kept by pytest with the other artefacts;
the paths are printed). Marked slow: it trains for real."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from dashboard_testlib import copy_run, environment, start_dashboard

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-features=Translate,OptimizationHints"]
LIVE_TRAINING = "[training]\neval_interval = 2\ntrials = 1\n"
WAIT = 240_000  # ms: the machine may be shared and slow

pytestmark = pytest.mark.slow


def points(page: Any, chart: str = "success") -> int:
    """Training points drawn in a chart right now (what plotly holds, not what was sent)."""
    return int(page.evaluate(f"() => (document.getElementById('chart-{chart}').data || [{{x: []}}])[0].x.length"))


def wait_until(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting until {what}")
        time.sleep(0.25)


def test_watch_a_run_train_then_compare_and_browse(finished_runs: tuple[Path, Path], tmp_path: Path) -> None:
    if not os.path.exists(CHROMIUM):
        pytest.skip("chromium is not installed (Debian: apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    shots = tmp_path / "screenshots"
    shots.mkdir()
    watched, finished = tmp_path / "runs", tmp_path / "finished"
    watched.mkdir()
    for index, run_dir in enumerate(finished_runs):
        copy_run(run_dir, finished, f"seed{index}")
    config = tmp_path / "live.toml"
    config.write_text(LIVE_TRAINING, encoding="utf-8")
    dashboard = start_dashboard([watched, finished], tmp_path / "server")
    training: subprocess.Popen[bytes] | None = None
    outside: list[str] = []
    problems: list[str] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
            page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))

            def only_loopback(route: Any) -> None:
                if urlparse(route.request.url).hostname == "127.0.0.1":
                    route.continue_()
                else:
                    outside.append(route.request.url)
                    route.abort()

            page.route("**/*", only_loopback)

            # the runs page, open before the run exists
            page.goto(f"{dashboard.url}/")
            page.wait_for_selector('tr[data-run="1/seed0"]')
            visible = "() => Array.from(document.querySelectorAll('#runs tbody tr')).filter(r => !r.hidden).map(r => r.dataset.run)"
            page.fill("#filter", "seed1")
            assert page.evaluate(visible) == ["1/seed1"]
            page.fill("#filter", "")
            page.click("#runs th:has-text('Run')")
            assert page.evaluate(visible) == ["1/seed0", "1/seed1"]
            page.click("#runs th:has-text('Run')")
            assert page.evaluate(visible) == ["1/seed1", "1/seed0"]
            page.select_option("#status-filter", "running")
            assert page.evaluate(visible) == []
            page.select_option("#status-filter", "")
            page.evaluate("() => { window.notReloaded = true; }")
            training = subprocess.Popen(
                [sys.executable, "-c", "from agentgym.cli import main; main()", "train", "customer_support",
                 "--episodes", "3000", "--output-dir", str(watched), "--config", str(config)],
                stdout=(tmp_path / "train.log").open("wb"), stderr=subprocess.STDOUT, env=environment(),
            )
            page.wait_for_selector('tr[data-status="running"]', timeout=WAIT)
            run_id = page.evaluate("() => document.querySelector('tr[data-status=\"running\"]').dataset.run")
            assert run_id.startswith("0/customer_support-")
            assert page.evaluate("() => window.notReloaded") is True, "the run appeared without a reload"
            run_name = run_id.split("/", 1)[1]
            page.wait_for_function("() => document.querySelector('tr[data-status=\"running\"] td.num')"
                                   ".textContent.trim().split(' ')[0] !== '0'", timeout=WAIT)
            page.screenshot(path=str(shots / "runs-live.png"), full_page=True)

            # the run's page: its curves gain points while it trains, with no reload
            page.click(f'a[href="/runs/0/{run_name}"]')
            page.wait_for_url(f"{dashboard.url}/runs/0/{run_name}")
            page.wait_for_function("() => (document.getElementById('chart-success') || {}).data !== undefined",
                                   timeout=WAIT)
            page.evaluate("() => { window.notReloaded = true; }")
            first = points(page)
            wait_until(lambda: points(page) >= first + 2, WAIT / 1000, "the success curve gained two points")
            assert page.evaluate("() => window.notReloaded") is True, "the points came without a reload"
            assert page.inner_text("#status .status") == "running"
            wait_until(lambda: points(page, "tool_reliability") > 0 and page.evaluate(
                "() => document.getElementById('chart-success').data[1].x.length") > 0,
                WAIT / 1000, "a validation point is drawn")
            page.screenshot(path=str(shots / "run-live.png"), full_page=True)

            # Ctrl-C on the training: the page says interrupted, with the resume command
            training.send_signal(signal.SIGINT)
            assert training.wait(timeout=120) == 130
            page.wait_for_function("() => document.querySelector('#status .status').textContent === 'interrupted'",
                                   timeout=WAIT)
            assert f"agentgym train --resume {watched / run_name}" in page.inner_text("#status")

            # two finished runs compared
            page.goto(f"{dashboard.url}/compare?run=1/seed0&run=1/seed1")
            page.wait_for_function("() => (document.getElementById('chart-success').data || []).length === 4",
                                   timeout=WAIT)
            names = page.evaluate("() => document.getElementById('chart-success').data.map(t => t.name)")
            assert names == ["seed0 (train)", "seed0 (validation)", "seed1 (train)", "seed1 (validation)"]
            assert page.locator('table.comparison[data-split="test"]').count() == 1
            assert page.locator('table.comparison[data-split="natural"]').count() == 1
            page.screenshot(path=str(shots / "compare.png"), full_page=True)

            # scenarios and plugins
            page.goto(f"{dashboard.url}/scenarios")
            page.wait_for_selector('tr[data-scenario="customer_support"]')
            assert page.locator('tr[data-plugin="dashboard"]').count() == 1
            page.screenshot(path=str(shots / "scenarios.png"), full_page=True)
            page.click('a[href="/scenarios/customer_support"]')
            page.wait_for_selector('table.tickets[data-split="natural"]')
            page.screenshot(path=str(shots / "scenario-customer_support.png"), full_page=True)
            browser.close()
    finally:
        if training is not None and training.poll() is None:
            training.send_signal(signal.SIGINT)
            training.wait(timeout=120)
        assert dashboard.interrupt() == 0, dashboard.text()
    for shot in sorted(shots.iterdir()):
        print(f"screenshot: {shot}")
    assert problems == []
    assert outside == [], "the pages load nothing from outside this machine"
    assert dashboard.network_attempts() == []
    assert sorted(p.name for p in shots.iterdir()) == [
        "compare.png", "run-live.png", "runs-live.png", "scenario-customer_support.png", "scenarios.png"]
