"""The network guard every test runs under (``agentgym.testing.no_network``, autouse in the
root ``conftest.py``): loopback and local sockets work, anything else is refused and fails
the test, even when the code under test swallowed the error."""

from __future__ import annotations

import errno
import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from agentgym.testing import NetworkAccessBlocked, block_non_loopback_sockets

pytest_plugins = ["pytester"]
REMOTE = ("192.0.2.1", 443)  # TEST-NET-1: never routed


@pytest.fixture
def listener() -> Iterator[tuple[str, int]]:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.extend(server.accept()[:1]), daemon=True)
    thread.start()
    yield server.getsockname()
    thread.join(timeout=5)
    server.close()
    for conn in accepted:
        conn.close()


def test_non_loopback_connect_is_refused_and_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts = block_non_loopback_sockets(monkeypatch)

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkAccessBlocked):
        sock.connect(REMOTE)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        assert sock.connect_ex(REMOTE) == errno.ECONNREFUSED
    with pytest.raises(OSError, match="network access blocked"):
        socket.create_connection(("pypi.invalid", 443), timeout=1)  # refused before any DNS lookup

    assert attempts == ["connect 192.0.2.1:443", "connect_ex 192.0.2.1:443", "create_connection pypi.invalid:443"]


def test_name_lookups_of_other_hosts_are_refused_and_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts = block_non_loopback_sockets(monkeypatch)

    # CrewAI's telemetry resolves its host before it connects: the lookup itself is refused.
    with pytest.raises(socket.gaierror, match="network access blocked"):
        socket.getaddrinfo("telemetry.invalid", 443)
    with pytest.raises(socket.gaierror, match="network access blocked"):
        socket.gethostbyname("telemetry.invalid")
    with pytest.raises(socket.gaierror, match="network access blocked"):
        socket.gethostbyname_ex(b"telemetry.invalid")

    assert attempts == ["lookup telemetry.invalid"] * 3


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "::1", "0.0.0.0", "::", None])
def test_name_lookups_of_local_hosts_are_allowed(monkeypatch: pytest.MonkeyPatch, host: str | None) -> None:
    attempts = block_non_loopback_sockets(monkeypatch)

    assert socket.getaddrinfo(host, 80, type=socket.SOCK_STREAM)
    if host is not None and ":" not in host:
        assert socket.gethostbyname(host)
    assert attempts == []


def test_guard_this_process_reports_a_subprocess_attempts(tmp_path: Path) -> None:
    log = tmp_path / "network.json"
    code = (
        "import socket, sys\n"
        "from agentgym.testing import guard_this_process\n"
        "guard_this_process(sys.argv[1])\n"
        "socket.getaddrinfo('localhost', 80)\n"
        "try:\n"
        "    socket.create_connection(('telemetry.invalid', 443), timeout=1)\n"
        "except OSError:\n"
        "    pass\n"
    )
    subprocess.run([sys.executable, "-c", code, str(log)], check=True, timeout=60)

    assert json.loads(log.read_text(encoding="utf-8")) == ["create_connection telemetry.invalid:443"]


def test_loopback_is_allowed(monkeypatch: pytest.MonkeyPatch, listener: tuple[str, int]) -> None:
    attempts = block_non_loopback_sockets(monkeypatch)

    with socket.create_connection(("localhost", listener[1]), timeout=5):
        pass
    assert attempts == []


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1", "localhost"])
def test_loopback_addresses_pass_the_check(host: str) -> None:
    from agentgym.testing import _address_is_local

    assert _address_is_local(socket.AF_INET6 if ":" in host else socket.AF_INET, (host, 80))


@pytest.mark.parametrize("host", ["192.0.2.1", "10.0.0.1", "2001:db8::1", "example.com", "::ffff:8.8.8.8"])
def test_other_addresses_do_not(host: str) -> None:
    from agentgym.testing import _address_is_local

    assert not _address_is_local(socket.AF_INET6 if ":" in host else socket.AF_INET, (host, 80))


def test_unix_sockets_are_allowed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    attempts = block_non_loopback_sockets(monkeypatch)
    path = str(tmp_path / "s")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path)
        server.listen(1)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(path)
    assert attempts == []


def test_a_swallowed_attempt_still_fails_the_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import socket, pytest

        pytestmark = pytest.mark.usefixtures("no_network")

        def test_telemetry_in_the_background():
            try:
                socket.create_connection(("telemetry.invalid", 443), timeout=1)
            except OSError:
                pass  # what a telemetry thread does

        def test_local_only():
            assert True
        """
    )

    result = pytester.runpytest(
        "-p", "agentgym.testing", "-p", "no:langsmith_plugin", "-p", "no:cacheprovider",
        "-o", "asyncio_default_fixture_loop_scope=function",
    )

    result.assert_outcomes(passed=2, errors=1)  # the test body passed; the guard fails its teardown
    result.stdout.fnmatch_lines(["*network access attempted during the test*telemetry.invalid:443*"])
