"""Test set-up: CrewAI offline, its storage in a temporary folder, and no network at all.

Environment variables are set (not defaulted: tests are offline whatever the shell says)
in ``pytest_configure``, before any test module imports crewai, which reads some of them
at import time. The network guard fails every connection or DNS lookup to a non-loopback
address and records it, and each test fails if one was tried, even when CrewAI swallowed
the error in a background thread.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

_saved_env: dict[str, str | None] = {}
_storage: list[str] = []
_blocked: list[str] = []
_real_connect = socket.socket.connect
_real_getaddrinfo = socket.getaddrinfo


def _is_local(host: Any) -> bool:
    if host is None or (isinstance(host, bytes) and not host):
        return True
    name = host.decode() if isinstance(host, bytes) else str(host)
    if name in ("", "localhost") or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if isinstance(address, tuple) and not _is_local(address[0]):
        _blocked.append(f"connect {address[0]}:{address[1]}")
        raise OSError(f"network access blocked in tests: connect to {address!r}")
    return _real_connect(self, address)


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if not _is_local(host):
        _blocked.append(f"lookup {host}")
        raise socket.gaierror(f"network access blocked in tests: lookup of {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


def pytest_configure(config: pytest.Config) -> None:
    from agentgym_adapter_crewai.offline import OFFLINE_DEFAULTS

    _storage.append(tempfile.mkdtemp(prefix="agentgym-crewai-"))
    for name, value in {**OFFLINE_DEFAULTS, "CREWAI_STORAGE_DIR": _storage[0]}.items():
        _saved_env[name] = os.environ.get(name)
        os.environ[name] = value
    _install_guard()


def _install_guard() -> None:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = _guarded_getaddrinfo


def pytest_unconfigure(config: pytest.Config) -> None:
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.getaddrinfo = _real_getaddrinfo
    for name, value in _saved_env.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    for folder in _storage:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def no_network() -> Iterator[None]:
    """Fail a test during which anything tried to reach a non-loopback address.

    The guard is (re)installed per test: pytest-socket, if installed, puts the real
    ``connect`` back after every test.
    """
    _install_guard()
    _blocked.clear()
    yield
    tried, _blocked[:] = list(_blocked), []
    assert not tried, f"network access attempted during the test: {tried}"
