"""Test set-up: CrewAI's storage in a temporary folder.

``CREWAI_STORAGE_DIR`` is set (not defaulted) in ``pytest_configure``, before any test
module imports crewai, and the folder is removed at the end of the session. The offline
environment (telemetry and tracing off), the network guard (which also refuses the DNS
lookup CrewAI's telemetry makes before it connects) and the trained customer_support policy
of the end-to-end tests (``support_policy``) come from the repository's root conftest.py.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_saved_storage: list[str | None] = []
_storage: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    _storage.append(tempfile.mkdtemp(prefix="agentgym-crewai-"))
    _saved_storage.append(os.environ.get("CREWAI_STORAGE_DIR"))
    os.environ["CREWAI_STORAGE_DIR"] = _storage[0]


def pytest_unconfigure(config: pytest.Config) -> None:
    if _saved_storage and _saved_storage[0] is not None:
        os.environ["CREWAI_STORAGE_DIR"] = _saved_storage[0]
    else:
        os.environ.pop("CREWAI_STORAGE_DIR", None)
    for folder in _storage:
        shutil.rmtree(folder, ignore_errors=True)

