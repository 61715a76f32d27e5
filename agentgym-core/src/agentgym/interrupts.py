"""Telling the user's Ctrl-C from a ``KeyboardInterrupt`` that plugin code raised itself.

Plugin code runs inside ``watching_ctrl_c()``: a real Ctrl-C (SIGINT) is noted as it
arrives, then handled as before (normally by raising ``KeyboardInterrupt``). A
``KeyboardInterrupt`` caught afterwards with no signal noted came from the plugin, and is
that plugin's failure; one with the signal noted is the user's, and stops the command.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import Any


@dataclass
class CtrlCWatch:
    """Whether a real Ctrl-C arrived while watching."""

    pressed: bool = False


@contextmanager
def watching_ctrl_c() -> Iterator[CtrlCWatch]:
    """Note any SIGINT that arrives inside the block; outside the main thread (where no
    handler can be installed) every ``KeyboardInterrupt`` counts as the user's."""
    watch = CtrlCWatch()
    if threading.current_thread() is not threading.main_thread():
        watch.pressed = True
        yield watch
        return
    previous: Any = signal.getsignal(signal.SIGINT)

    def note(signum: int, frame: FrameType | None) -> None:
        watch.pressed = True
        if callable(previous):
            previous(signum, frame)
        elif previous != signal.SIG_IGN:
            raise KeyboardInterrupt

    signal.signal(signal.SIGINT, note)
    try:
        yield watch
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)
