"""Argument filling from what the agent has seen: the ticket and earlier tool results.

A learned policy chooses *which* tool to call; this fills the arguments. It reads only the
observation, never the backend, so it fills the same arguments when a framework's agent
loop is the one passing the messages.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from agentgym.scenario import Observation

HEADER = re.compile(r"^Ticket (?P<id>TCK-\d+) from (?P<name>.+?) <(?P<email>[^>\s]+)>\s*\nSubject: (?P<subject>[^\n]*)")
PAYMENT_ID = re.compile(r"\bPAY-\d+\b")


@lru_cache(maxsize=4096)
def parse_ticket(ticket: str) -> dict[str, str] | None:
    """The header fields of a ticket (id, name, email, subject), or None if it has none."""
    match = HEADER.match(ticket)
    return match.groupdict() if match else None


def _last_ok_result(observation: Observation, tool: str | None = None) -> str | None:
    for event in reversed(observation.history):
        if (tool is None or event.name == tool) and not event.result.startswith("ERROR"):
            return event.result
    return None


def resolve_arguments(tool: str, observation: Observation) -> dict[str, Any] | None:
    """Arguments for ``tool`` given the observation, or None when they can't be known yet."""
    header = parse_ticket(observation.ticket)
    if header is None:
        return None
    email, ticket_id, subject = header["email"], header["id"], header["subject"]
    if tool in ("lookup_user", "send_reset_link", "check_payment", "create_api_key", "check_logs"):
        return {"email": email}
    if tool == "search_kb":
        return {"query": subject}
    if tool == "update_ticket":
        return {"ticket_id": ticket_id, "note": f"Customer asked: {subject}. Next steps shared."}
    if tool == "close_ticket":
        return {"ticket_id": ticket_id, "resolution": f"Resolved: {subject}"}
    if tool == "escalate":
        reason = _last_ok_result(observation) or subject
        return {"ticket_id": ticket_id, "reason": reason[:120]}
    if tool == "send_email":
        first = header["name"].split()[0]
        latest = _last_ok_result(observation) or "we are looking into your request."
        return {"to": email, "subject": f"Re: {subject}", "body": f"Hello {first}, {latest}"}
    if tool == "refund":
        found = _last_ok_result(observation, "check_payment")
        match = PAYMENT_ID.search(found) if found else None
        return {"payment_id": match.group(0)} if match else None
    return None
