"""Whether a run is training right now, and how a run that has no ``result.json`` stopped.

From its files alone, a run in progress looks like one whose process died: both have
metrics and no result. So while it trains, the trainer holds an advisory lock (``flock``)
on ``training.lock`` in the run directory; the kernel drops the lock when the process ends,
however it ends. When training stops without a result (Ctrl-C, an exception), the trainer
writes ``stopped.json`` saying how and why. Readers (``agentgym dashboard``) open the lock
file read-only and never write into the run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from agentgym.artifacts import ArtifactError, write_json

try:
    import fcntl
except ImportError:  # Windows: the lock file's presence stands in for the lock
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = "training.lock"
STOPPED_FILE = "stopped.json"
INTERRUPTED = "interrupted"
FAILED = "failed"


class RunBusy(ArtifactError):
    """Another process is training this run directory."""


@contextmanager
def training(run_dir: Path) -> Iterator[None]:
    """Hold ``run_dir``'s lock while the body trains; another process training it is refused.

    A resumed run is training again, so an earlier ``stopped.json`` is removed once the lock
    is held.
    """
    path = Path(run_dir) / LOCK_FILE
    handle = open(path, "a+", encoding="utf-8")
    held = False
    try:
        if fcntl is not None:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise RunBusy(f"{run_dir} is being trained by another process") from None
        held = True
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        (Path(run_dir) / STOPPED_FILE).unlink(missing_ok=True)
        yield
    finally:
        if held:
            with suppress(OSError):  # removed while still held: nobody else can have taken it
                path.unlink(missing_ok=True)
        handle.close()


def is_training(run_dir: Path) -> bool:
    """Whether a live process holds ``run_dir``'s training lock (the file is opened read-only)."""
    path = Path(run_dir) / LOCK_FILE
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    except OSError:
        return False
    try:
        if fcntl is None:
            return True
        try:
            fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        return False  # a lock file left by a process that died before removing it
    finally:
        os.close(descriptor)


def record_stop(run_dir: Path, status: str, reason: str) -> None:
    """Say why training stopped without a result (``interrupted`` or ``failed``)."""
    write_json(Path(run_dir) / STOPPED_FILE, {
        "status": status, "reason": reason, "time": datetime.now().isoformat(timespec="seconds"),
    })


def read_stop(run_dir: Path) -> dict[str, Any] | None:
    """``stopped.json`` as written by :func:`record_stop`, or None if there is none."""
    try:
        data = json.loads((Path(run_dir) / STOPPED_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise ArtifactError(f"corrupt file: {Path(run_dir) / STOPPED_FILE} ({error})") from None
    if not isinstance(data, dict) or data.get("status") not in (INTERRUPTED, FAILED):
        raise ArtifactError(f"corrupt file: {Path(run_dir) / STOPPED_FILE} has no status")
    return data
