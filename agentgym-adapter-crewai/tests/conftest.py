"""Test set-up: CrewAI offline, its storage in a temporary folder, and no network at all.

Environment variables are set (not defaulted: tests are offline whatever the shell says)
in ``pytest_configure``, before any test module imports crewai, which reads some of them
at import time. The network guard fails every connection or DNS lookup to a non-loopback
address and records it, and each test fails if one was tried, even when CrewAI swallowed
the error in a background thread.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
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


# --- a trained customer_support policy, shared by the end-to-end tests -------------------
# The same helper (same settings) lives in every adapter's tests/conftest.py and in
# tests/test_frameworks.py; the run is cached under the session's base temporary folder,
# keyed by its settings, so a session over the whole repository trains it once.

SUPPORT_TRAINING: dict[str, Any] = {
    "scenario": "customer_support",
    "episodes": 6400,
    "batch_size": 64,
    "eval_interval": 10,
    "trials": 1,  # the final test evaluation is not what these tests look at
    "checkpoint_interval": 0,
}


def trained_support_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A budget-limited customer_support run (seconds to train); skips if the scenario is missing."""
    from agentgym import hooks

    try:
        hooks.make_scenario("customer_support")
    except Exception as error:  # noqa: BLE001 - agentgym-scenario-support not installed: say why
        pytest.skip(f"scenario 'customer_support' is not available: {error}")
    key = hashlib.sha256(json.dumps(SUPPORT_TRAINING, sort_keys=True).encode()).hexdigest()[:12]
    marker = tmp_path_factory.getbasetemp() / f"agentgym-support-run-{key}.txt"
    if marker.exists():
        return Path(marker.read_text(encoding="utf-8"))
    from agentgym.config import build_config
    from agentgym.trainer import Trainer

    output = tmp_path_factory.mktemp("support-run")
    result = Trainer(build_config(**SUPPORT_TRAINING, output_dir=output)).run()
    marker.write_text(str(result["run_dir"]), encoding="utf-8")
    return Path(result["run_dir"])


@pytest.fixture(scope="session")
def support_run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run directory of a small trained customer_support policy."""
    return trained_support_run(tmp_path_factory)


@pytest.fixture(scope="session")
def support_policy(support_run_dir: Path) -> Any:
    """That run's policy, loaded as users load it (``agentgym.load_policy``)."""
    import agentgym

    return agentgym.load_policy(support_run_dir)
