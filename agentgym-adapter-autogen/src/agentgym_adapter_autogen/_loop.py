"""One private event loop on a daemon thread, so the synchronous contract can drive AutoGen.

Why not ``asyncio.run`` per call: AutoGen teams create loop-bound objects (queues, the
embedded runtime) once and reuse them, so every call must run on the *same* loop; and a
private thread also works when the caller already runs a loop (Jupyter, async tests).
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_loop: asyncio.AbstractEventLoop | None = None


def _forgotten_in_child() -> None:
    """A forked process (an evaluation worker) has the loop object but not its thread: start afresh."""
    global _lock, _loop
    _lock, _loop = threading.Lock(), None


os.register_at_fork(after_in_child=_forgotten_in_child)


def _private_loop() -> asyncio.AbstractEventLoop:
    global _loop
    with _lock:
        if _loop is None or _loop.is_closed():
            _loop = asyncio.new_event_loop()
            threading.Thread(
                target=_loop.run_forever, name="agentgym-autogen-loop", daemon=True
            ).start()
        return _loop


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run ``coroutine`` to completion on the private loop and return (or raise) its result."""
    loop = _private_loop()
    if threading.current_thread().name == "agentgym-autogen-loop":
        coroutine.close()
        raise RuntimeError("run_sync was called from inside the AutoGen loop; await instead")
    return asyncio.run_coroutine_threadsafe(coroutine, loop).result()
