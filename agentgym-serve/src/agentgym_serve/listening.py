"""Listening as a local web app should: loopback by default, never open to the network
without a key unless told, a busy port as one line, Ctrl-C as a clean stop.

Shared by anything that runs an ASGI app from the CLI on uvicorn (``agentgym serve``; a
dashboard would use the same): bind the socket first, announce the real port, then run.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from typing import Any

from agentgym.cli.errors import UsageError


def check_exposure(host: str, api_key: str | None, allow_unauthenticated: bool,
                   key_variable: str = "AGENTGYM_SERVE_API_KEY") -> None:
    """Refuse to listen beyond this machine without a key, unless the user said so."""
    if not api_key and not is_loopback(host) and not allow_unauthenticated:
        raise UsageError(
            f"refusing to listen on {host} without an API key: anyone who can reach it could use it. "
            f"Pass --api-key KEY (or set {key_variable}), or --allow-unauthenticated"
        )


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``; failure is one line naming the address."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host.strip("[]"), port), family=family, backlog=2048)
    except OSError as error:
        reason = error.strerror or str(error)
        raise UsageError(f"cannot listen on {host}:{port}: {reason}") from None


def run_server(listener: socket.socket, app: Any, *, access_log: bool = True, log_level: str = "info",
               name: str = "agentgym serve") -> None:
    """Run ``app`` on uvicorn on ``listener`` until Ctrl-C (or SIGTERM), then shut down cleanly."""
    import uvicorn

    config = uvicorn.Config(
        app, lifespan="off", access_log=access_log, log_level=log_level, timeout_graceful_shutdown=5,
    )
    try:
        uvicorn.Server(config).run(sockets=[listener])
    except KeyboardInterrupt:
        pass  # uvicorn finished the requests in flight and shut down, then passed Ctrl-C on
    print(f"{name}: stopped", file=sys.stderr, flush=True)
