"""Argument filling from what the agent has seen: the ticket and earlier tool results.

A learned policy chooses *which* tool to call; this fills the arguments. It reads only the
observation, never the backend, so it fills the same arguments when a framework's agent
loop is the one passing the messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from agentgym.scenario import Observation, ToolEvent

HEADER = re.compile(r"^Ticket (?P<id>TCK-\d+) from (?P<name>.+?) <(?P<email>[^>\s]+)>\s*\nSubject: (?P<subject>[^\n]*)")
PAYMENT_ID = re.compile(r"\bPAY-\d+\b")
EMAIL_TOOLS = frozenset(("lookup_user", "send_reset_link", "check_payment", "create_api_key", "check_logs"))


@lru_cache(maxsize=4096)
def parse_ticket(ticket: str) -> dict[str, str] | None:
    """The header fields of a ticket (id, name, email, subject), or None if it has none."""
    match = HEADER.match(ticket)
    return match.groupdict() if match else None


@dataclass(frozen=True, slots=True)
class Context:
    """What argument filling needs from one observation, computed once."""

    email: str
    ticket_id: str
    subject: str
    first_name: str
    latest: str | None
    payment_id: str | None


def _start(ticket: str) -> Context | None:
    header = parse_ticket(ticket)
    if header is None:
        return None
    return Context(header["email"], header["id"], header["subject"], header["name"].split()[0], None, None)


def _advance(ctx: Context, event: ToolEvent) -> Context:
    """The context after ``event``: errors teach nothing; the latest result and the payment
    shown for the ticket's own customer are remembered."""
    if event.result.startswith("ERROR"):
        return ctx
    payment_id = ctx.payment_id
    if event.name == "check_payment" and event.arguments.get("email") == ctx.email:
        match = PAYMENT_ID.search(event.result)
        payment_id = match.group(0) if match else None
    return Context(ctx.email, ctx.ticket_id, ctx.subject, ctx.first_name, event.result, payment_id)


@dataclass(frozen=True, slots=True)
class State:
    """Everything the resolver and the expert read from one observation: the context after
    the whole history, and the latest successful result of each tool that was called *as the
    expert would have called it* (same arguments in that state). Read-only: states share
    their ``done`` mappings."""

    context: Context | None
    done: dict[str, str]


def _step(state: State, event: ToolEvent) -> State:
    ctx = state.context
    if ctx is None or event.result.startswith("ERROR"):
        return state
    done = state.done
    expected = fill(event.name, ctx)
    if expected is not None and dict(event.arguments) == expected:
        done = {**done, event.name: event.result}
    return State(_advance(ctx, event), done)


STATE_CACHE_LIMIT = 16384
# (ticket, ids of the history's events) -> (those events, their state). Holding the events
# keeps their ids from being reused, so a matching key means the very same events; an
# episode's next observation extends its last one, so each step costs one ``_step``, and
# the entry it extended is dropped.
_states: dict[tuple[str, tuple[int, ...]], tuple[tuple[ToolEvent, ...], State]] = {}


def state(observation: Observation) -> State:
    """The state after ``observation``'s history, advanced from the longest prefix seen."""
    ticket, history = observation.ticket, tuple(observation.history)
    ids = tuple(map(id, history))
    hit = _states.get((ticket, ids))
    if hit is not None:
        return hit[1]
    if len(_states) > STATE_CACHE_LIMIT:
        _states.clear()
    known = len(history) - 1
    while known >= 0 and (ticket, ids[:known]) not in _states:
        known -= 1
    if known < 0:
        current = State(_start(ticket), {})
        known = 0
    else:  # an episode's older observations are not asked about again: one entry per episode
        current = _states.pop((ticket, ids[:known]))[1]
    for n in range(known, len(history)):
        current = _step(current, history[n])
    _states[(ticket, ids)] = (history, current)
    return current


def context(observation: Observation) -> Context | None:
    """The context after the whole history (what the next call's arguments come from)."""
    return state(observation).context


def fill(tool: str, ctx: Context) -> dict[str, Any] | None:
    """Arguments for ``tool`` in this context, or None when they can't be known yet."""
    if tool in EMAIL_TOOLS:
        return {"email": ctx.email}
    if tool == "search_kb":
        return {"query": ctx.subject}
    if tool == "update_ticket":
        return {"ticket_id": ctx.ticket_id, "note": f"Customer asked: {ctx.subject}. Next steps shared."}
    if tool == "close_ticket":
        return {"ticket_id": ctx.ticket_id, "resolution": f"Resolved: {ctx.subject}"}
    if tool == "escalate":
        return {"ticket_id": ctx.ticket_id, "reason": (ctx.latest or ctx.subject)[:120]}
    if tool == "send_email":
        body = f"Hello {ctx.first_name}, {ctx.latest or 'we are looking into your request.'}"
        return {"to": ctx.email, "subject": f"Re: {ctx.subject}", "body": body}
    if tool == "refund":
        return {"payment_id": ctx.payment_id} if ctx.payment_id else None
    return None


def resolve_arguments(tool: str, observation: Observation) -> dict[str, Any] | None:
    ctx = context(observation)
    return fill(tool, ctx) if ctx else None


def resolve_all(tools: tuple[str, ...], observation: Observation) -> list[dict[str, Any] | None]:
    """Arguments for every tool at once (a learned policy's action mask needs them all).
    They are shared by every observation in the same context: read them, don't change them."""
    ctx = context(observation)
    return list(_fill_all(tools, ctx)) if ctx else [None] * len(tools)


@lru_cache(maxsize=16384)
def _fill_all(tools: tuple[str, ...], ctx: Context) -> tuple[dict[str, Any] | None, ...]:
    """Episodes of one ticket meet the same contexts again and again (the same results)."""
    return tuple(fill(tool, ctx) for tool in tools)
