"""Argument filling from what the agent has seen: the ticket and earlier tool results.

A learned policy chooses *which* tool to call; this fills the arguments. It reads only the
observation, never the backend, so it fills the same arguments when a framework's agent
loop is the one passing the messages.

A ticket starts with the help desk's line ``Ticket TCK-<n>``; most add the sender and a
subject (``from Name <email>`` and ``Subject: ...``), some are only a message. The
customer's address comes from the header, else from the first address in the message,
and is replaced by any address the customer gives when asked (``ask_customer``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from itertools import islice
from operator import attrgetter
from typing import Any

from agentgym.scenario import Observation, ToolEvent

HEADER = re.compile(
    r"^Ticket (?P<id>TCK-\d+)(?: from (?P<name>[^<\n]+?) <(?P<email>[^>\s]+)>)?[ \t]*\n"
    r"(?:Subject: (?P<subject>[^\n]*)\n)?"
)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PAYMENT_ID = re.compile(r"\bPAY-\d+\b")
EMAIL_TOOLS = frozenset(("lookup_user", "send_reset_link", "check_payment", "create_api_key", "check_logs"))
NO_ACCOUNT = "No account found"

ASK_EMAIL = "Which email address is your account registered under?"
ASK_REQUEST = "Could you tell us what you would like us to do?"


def ask_not_found(email: str) -> str:
    return f"We found no account for {email}. Which email address is your account registered under?"


def asks_for_email(question: str) -> bool:
    """Whether a question to the customer is about their address (else about their request)."""
    lowered = question.lower()
    return "email" in lowered or "e-mail" in lowered or "address" in lowered


@dataclass(frozen=True, slots=True)
class Ticket:
    """The parts of a ticket's text: the help desk's line, the optional header, the message."""

    ticket_id: str
    name: str | None
    email: str | None
    subject: str
    message: str


@lru_cache(maxsize=8192)
def parse_ticket(ticket: str) -> Ticket | None:
    """The ticket's parts, or None if it does not start with ``Ticket TCK-<n>``."""
    match = HEADER.match(ticket)
    if match is None:
        return None
    message = ticket[match.end():]
    email = match["email"]
    if email is None:
        found = EMAIL.search(message)
        email = found.group(0) if found else None
    email = email.lower() if email else None  # addresses are case-insensitive
    return Ticket(match["id"], match["name"], email, (match["subject"] or "").strip(), message)


def topic_of(ticket: Ticket) -> str:
    """A short line naming what the ticket is about: its subject, else its first sentence."""
    if ticket.subject:
        return ticket.subject[:80]
    first = re.split(r"(?<=[.!?])\s|\n", ticket.message.strip(), maxsplit=1)[0]
    return " ".join(first.split())[:80] or "customer request"


@dataclass(frozen=True, slots=True)
class Context:
    """What argument filling needs from one observation, computed once.

    ``account`` is what looking up the current address showed: None (not looked up),
    "found" or "none"; ``no_other`` says the customer, asked after a failed look-up, had no
    other address to give.
    """

    email: str | None
    ticket_id: str
    topic: str
    first_name: str
    latest: str | None
    payment_id: str | None
    account: str | None = None
    no_other: bool = False


def _start(ticket: str) -> Context | None:
    parts = parse_ticket(ticket)
    if parts is None:
        return None
    first_name = parts.name.split()[0] if parts.name and parts.name.split() else "there"
    return Context(parts.email, parts.ticket_id, topic_of(parts), first_name, None, None)


def _advance(ctx: Context, event: ToolEvent) -> Context:
    """The context after ``event``: errors teach nothing; an address the customer gives
    becomes the current one; a look-up of the current address says whether it has an account."""
    if event.result.startswith("ERROR"):
        return ctx
    changes: dict[str, Any] = {"latest": event.result}
    if event.name == "ask_customer":
        found = EMAIL.search(event.result)
        given = found.group(0).lower() if found else None
        if given is not None and given != ctx.email:
            changes.update(email=given, account=None, no_other=False, payment_id=None)
        elif given is None and ctx.account == "none" and asks_for_email(str(event.arguments.get("question", ""))):
            changes["no_other"] = True
    elif event.name == "lookup_user" and ctx.email is not None and event.arguments.get("email") == ctx.email:
        changes["account"] = "none" if event.result.startswith(NO_ACCOUNT) else "found"
    elif event.name == "check_payment" and ctx.email is not None and event.arguments.get("email") == ctx.email:
        match = PAYMENT_ID.search(event.result)
        changes["payment_id"] = match.group(0) if match else None
    return replace(ctx, **changes)


@dataclass(frozen=True, slots=True)
class State:
    """Everything the resolver and the expert read from one observation: the context after
    the whole history, the latest successful result of each tool that was called *as the
    expert would have called it* (same arguments in that state) since the current address
    became current, and how many times the customer answered a question about their
    request. Read-only: states share their ``done`` mappings."""

    context: Context | None
    done: dict[str, str]
    request_answers: int = 0


def _step(state: State, event: ToolEvent) -> State:
    ctx = state.context
    if ctx is None or event.result.startswith("ERROR"):
        return state
    done = state.done
    expected = fill(event.name, ctx)
    if expected is not None and dict(event.arguments) == expected and event.name != "ask_customer":
        done = {**done, event.name: event.result}
    answers = state.request_answers
    if event.name == "ask_customer" and not asks_for_email(str(event.arguments.get("question", ""))):
        answers += 1
    after = _advance(ctx, event)
    if after.email != ctx.email:
        done = {}  # another account: what was done for the last address does not count
    return State(after, done, answers)


# (ticket, ids of the history's events) -> (those events, their state). Holding the events
# keeps their ids from being reused, so a matching key means the very same events; an
# episode's next observation extends its last one, so each step costs one ``_step``, and
# the entry it extended is dropped (its successor goes to the end of the dict).
#
# Past the limit the oldest half goes: entries of finished episodes, while the episodes
# still being played (re-inserted every step) stay. The limit is small on purpose: each
# entry keeps a history of events alive, and every full pass of the cyclic garbage
# collector rescans them all. At 16,384 entries, cleared all at once when full, they were
# ~150,000 of a process's ~250,000 tracked objects, and the random policy's
# ``Scenario.run`` spent a third of its time in the collector (bench/bench_env.py:
# 13,500 -> 19,500 steps a CPU-second with the limit at 4,096; the Gymnasium env
# 6,400 -> 7,400). 4,096 holds a lockstep batch of a few thousand episodes.
STATE_CACHE_LIMIT = 4096
_states: dict[tuple[str, tuple[int, ...]], tuple[tuple[ToolEvent, ...], State]] = {}


def _forget_oldest() -> None:
    for key in list(islice(_states, STATE_CACHE_LIMIT // 2)):
        del _states[key]


def state(observation: Observation) -> State:
    """The state after ``observation``'s history, advanced from the longest prefix seen."""
    ticket, history = observation.ticket, tuple(observation.history)
    ids = tuple(map(id, history))
    hit = _states.get((ticket, ids))
    if hit is not None:
        return hit[1]
    if len(_states) >= STATE_CACHE_LIMIT:
        _forget_oldest()
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


def question(ctx: Context) -> str:
    """What to ask the customer: their address while none is known or the known one has no
    account (and they have not said it is their only one), else what they want."""
    if ctx.email is None:
        return ASK_EMAIL
    if ctx.account == "none" and not ctx.no_other:
        return ask_not_found(ctx.email)
    return ASK_REQUEST


def fill(tool: str, ctx: Context) -> dict[str, Any] | None:
    """Arguments for ``tool`` in this context, or None when they can't be known yet."""
    if tool == "ask_customer":
        return {"question": question(ctx)}
    if tool in EMAIL_TOOLS:
        return {"email": ctx.email} if ctx.email else None
    if tool == "search_kb":
        return {"query": ctx.topic}
    if tool == "update_ticket":
        return {"ticket_id": ctx.ticket_id, "note": f"Customer asked: {ctx.topic}. Next steps shared."}
    if tool == "close_ticket":
        return {"ticket_id": ctx.ticket_id, "resolution": f"Resolved: {ctx.topic}"}
    if tool == "escalate":
        return {"ticket_id": ctx.ticket_id, "reason": (ctx.latest or ctx.topic)[:120]}
    if tool == "send_email":
        if not ctx.email:
            return None
        body = f"Hello {ctx.first_name}, {ctx.latest or 'we are looking into your request.'}"
        return {"to": ctx.email, "subject": f"Re: {ctx.topic}", "body": body}
    if tool == "refund":
        return {"payment_id": ctx.payment_id} if ctx.payment_id else None
    return None


def resolve_arguments(tool: str, observation: Observation) -> dict[str, Any] | None:
    ctx = context(observation)
    return fill(tool, ctx) if ctx else None


LATEST_TOOLS = frozenset(("escalate", "send_email"))  # their arguments quote the latest result
_lasting = attrgetter(*(f.name for f in fields(Context) if f.name != "latest"))  # all the other tools read
FILLED_LIMIT = 16384
_filled: dict[tuple[Any, ...], tuple[dict[str, Any] | None, ...]] = {}


def resolve_all(tools: tuple[str, ...], observation: Observation) -> list[dict[str, Any] | None]:
    """Arguments for every tool at once (a learned policy's action mask needs them all).
    They are shared by every observation in the same context: read them, don't change them.

    Kept by the context without its latest result, which changes every step (keyed on it,
    60 % of look-ups missed and a Gymnasium env step cost ~4 us more); the tools
    that quote the latest result are filled every time."""
    ctx = context(observation)
    if not ctx:
        return [None] * len(tools)
    key = (tools, *_lasting(ctx))
    found = _filled.get(key)
    if found is None:
        if len(_filled) >= FILLED_LIMIT:
            _filled.clear()
        found = _filled[key] = tuple(fill(tool, ctx) for tool in tools)  # the latest-quoting ones are refilled
    filled = list(found)
    for index in _latest_indices(tools):
        filled[index] = fill(tools[index], ctx)
    return filled


@lru_cache(maxsize=64)
def _latest_indices(tools: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(index for index, tool in enumerate(tools) if tool in LATEST_TOOLS)

