"""``agentgym serve`` as a user runs it: help, one-line errors with exit 2 for bad input,
loopback by default, a key from the flag or the environment, and a clean Ctrl-C."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from serve_testlib import serve_environment, start_server

from agentgym.cli.errors import UsageError
from agentgym_serve.listening import check_exposure, is_loopback


def agentgym(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "from agentgym.cli import main; main()", *args],
                          capture_output=True, text=True, env=serve_environment(env), timeout=120)


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    return lines[0]


def test_agentgym_help_lists_serve() -> None:
    done = agentgym("--help")

    assert done.returncode == 0, done.stderr
    assert "serve" in done.stdout and "OpenAI-compatible" in done.stdout


def test_serve_help_shows_its_options() -> None:
    done = agentgym("serve", "--help")

    assert done.returncode == 0, done.stderr
    for option in ("--host", "--port", "--api-key", "--allow-unauthenticated", "AGENTGYM_SERVE_API_KEY"):
        assert option in done.stdout, option


@pytest.fixture
def busy_port() -> object:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        yield taken.getsockname()[1]


def test_bad_input_exits_2_with_one_line(support_run_dir: Path, tmp_path: Path, busy_port: int) -> None:
    not_a_run = tmp_path / "not-a-run"
    not_a_run.mkdir()
    twin = tmp_path / "elsewhere" / support_run_dir.name
    shutil.copytree(support_run_dir, twin)
    cases = [
        (("serve", str(tmp_path / "missing")), "error: run directory not found: "),
        (("serve", str(not_a_run)), "error: no trained model in "),
        (("serve", str(support_run_dir), "--host", "0.0.0.0"), "error: refusing to listen on 0.0.0.0 without an API key"),
        (("serve", str(support_run_dir), "--log-level", "loud"), "error: --log-level must be one of "),
        (("serve", str(support_run_dir), "--port", str(busy_port)), f"error: cannot listen on 127.0.0.1:{busy_port}: "),
        (("serve", str(support_run_dir), str(twin)), f"error: two runs are named '{support_run_dir.name}'"),
    ]
    for args, message in cases:
        done = agentgym(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert one_error_line(done).startswith(message), (args, done.stderr)


@pytest.mark.parametrize("args", [("serve",), ("serve", ".", "--port", "-1"), ("serve", ".", "--nope")])
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    done = agentgym(*args)

    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr


def test_only_loopback_listens_without_a_key_unless_told() -> None:
    for host in ("127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"):
        assert is_loopback(host), host
        check_exposure(host, None, False)
    for host in ("0.0.0.0", "::", "10.0.0.5", "example.com"):
        assert not is_loopback(host), host
        with pytest.raises(UsageError, match=f"refusing to listen on {host} without an API key"):
            check_exposure(host, None, False)
        check_exposure(host, "a-key", False)  # a key makes it fine
        check_exposure(host, None, True)  # and so does saying so


def test_ctrl_c_stops_the_server_cleanly(support_run_dir: Path, tmp_path: Path) -> None:
    server = start_server([support_run_dir], tmp_path)
    assert "on http://127.0.0.1:" in server.text(), "loopback by default"
    with httpx.Client() as client:
        assert client.get(f"{server.base_url}/models").status_code == 200, "no key: none needed"
        with client.stream("GET", f"http://127.0.0.1:{server.port}/health") as response:
            assert response.status_code == 200

    assert server.interrupt() == 0
    log = server.text()
    assert "agentgym serve: stopped" in log.splitlines()[-1]
    assert "Traceback" not in log and "ERROR" not in log, log
    assert server.network_attempts() == []
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{server.port}/health")


def test_the_api_key_can_come_from_the_environment(support_run_dir: Path, tmp_path: Path) -> None:
    server = start_server([support_run_dir], tmp_path, env={"AGENTGYM_SERVE_API_KEY": "from-env"})
    try:
        assert "(API key required)" in server.text()
        assert httpx.get(f"{server.base_url}/models").status_code == 401
        ok = httpx.get(f"{server.base_url}/models", headers={"Authorization": "Bearer from-env"})
        assert ok.status_code == 200 and json.loads(ok.text)["data"][0]["id"] == support_run_dir.name
    finally:
        assert server.interrupt() == 0
