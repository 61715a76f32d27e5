"""The 12 help-desk tools: their schemas, simulated latency, and what they do to the backend.

Every tool validates its arguments against its schema and answers bad input with an
``ERROR:`` result instead of raising. A transient failure (``ERROR (transient): timeout``)
changes nothing; a good agent retries the same call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from agentgym.scenario import ToolResult, ToolSpec
from agentgym_scenario_support.backend import KB_ARTICLES, REFUND_WINDOW_DAYS, Backend

Handler = Callable[[Backend, Mapping[str, str]], ToolResult]


def _schema(**properties: str) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {name: {"type": "string", "description": text} for name, text in properties.items()},
        "required": list(properties),
        "additionalProperties": False,
    }


EMAIL = "the customer's email address"
TICKET = "the ticket id, e.g. TCK-10234"

SPECS: tuple[ToolSpec, ...] = (
    ToolSpec("search_kb", "Search the knowledge base for articles.", _schema(query="what to look for"),
             changes_state=False),
    ToolSpec("update_ticket", "Add an internal note to a ticket.", _schema(ticket_id=TICKET, note="the note")),
    ToolSpec("lookup_user", "Find a customer's account by email.", _schema(email=EMAIL), changes_state=False),
    ToolSpec("send_reset_link", "Send a password reset link to an active account.", _schema(email=EMAIL)),
    ToolSpec("check_payment", "Show a customer's latest payment and its refund status.", _schema(email=EMAIL),
             changes_state=False),
    ToolSpec("refund", "Refund a payment inside the 30-day refund window.", _schema(payment_id="e.g. PAY-12345")),
    ToolSpec("create_api_key", "Issue a new API key for a customer.", _schema(email=EMAIL)),
    ToolSpec("check_logs", "Show a customer's recent API and job logs.", _schema(email=EMAIL), changes_state=False),
    ToolSpec("escalate", "Hand the ticket to a human specialist.", _schema(ticket_id=TICKET, reason="why")),
    ToolSpec("send_email", "Email the customer.", _schema(to=EMAIL, subject="subject line", body="message")),
    ToolSpec("close_ticket", "Close a resolved ticket.", _schema(ticket_id=TICKET, resolution="summary")),
    ToolSpec("ask_customer", "Ask the customer a question (their account email, or what they need) and get "
             "their answer.", _schema(question="the question"), changes_state=False, extends_ticket=True),
)
SPEC_BY_NAME = {spec.name: spec for spec in SPECS}

# Simulated seconds each tool takes (documented in the package README).
LATENCY = {
    "search_kb": 0.4, "update_ticket": 0.2, "lookup_user": 0.3, "send_reset_link": 0.5,
    "check_payment": 0.4, "refund": 0.8, "create_api_key": 0.5, "check_logs": 0.6,
    "escalate": 0.3, "send_email": 0.5, "close_ticket": 0.2, "ask_customer": 5.0,
}
TIMEOUT_SECONDS = 2.0


def validate(name: str, arguments: Mapping[str, Any]) -> str | None:
    """The first way ``arguments`` break the tool's schema, or None if they fit."""
    schema = SPEC_BY_NAME[name].parameters
    allowed = schema["properties"]
    for key in arguments:
        if key not in allowed:
            return f"unexpected argument '{key}'"
    for key in schema["required"]:
        value = arguments.get(key)
        if not isinstance(value, str) or not value.strip():
            return f"'{key}' is required and must be a non-empty string"
    return None


def _lookup_user(backend: Backend, args: Mapping[str, str]) -> ToolResult:
    user = backend.users.get(args["email"])
    if user is None:
        return ToolResult(f"No account found for {args['email']}.")
    return ToolResult(f"Account {user.email}: {user.name}, plan {user.plan}, status {user.status}.")


def _send_reset_link(backend: Backend, args: Mapping[str, str]) -> ToolResult:
    user = backend.users.get(args["email"])
    if user is None:
        return ToolResult(f"ERROR: no account for {args['email']}.", "error")
    if user.status != "active":
        return ToolResult(f"ERROR: account {user.email} is {user.status}; no reset link sent.", "error")
    backend.reset_links.append(user.email)
    return ToolResult(f"Reset link sent to {user.email}.")


def _check_payment(backend: Backend, args: Mapping[str, str]) -> ToolResult:
    payment = backend.latest_payment(args["email"])
    if payment is None:
        return ToolResult(f"No payments found for {args['email']}.")
    if payment.status == "refunded":
        window = "already refunded"
    elif payment.days_ago <= REFUND_WINDOW_DAYS:
        window = "refundable, inside the refund window"
    else:
        window = "not refundable, outside the refund window"
    return ToolResult(
        f"Latest payment {payment.id}: ${payment.amount:.2f}, {payment.days_ago} days ago, "
        f"status {payment.status}; {window}."
    )


def _refund(backend: Backend, args: Mapping[str, str]) -> ToolResult:
    payment = next((p for p in backend.payments if p.id == args["payment_id"]), None)
    if payment is None:
        return ToolResult(f"ERROR: no payment {args['payment_id']}.", "error")
    if payment.status == "refunded":
        return ToolResult(f"ERROR: {payment.id} was already refunded.", "error")
    if payment.days_ago > REFUND_WINDOW_DAYS:
        return ToolResult(f"ERROR: {payment.id} is outside the refund window.", "error")
    payment.status = "refunded"
    return ToolResult(f"Refunded {payment.id}: ${payment.amount:.2f}.")


def _create_api_key(backend: Backend, args: Mapping[str, str]) -> ToolResult:
    if args["email"] not in backend.users:
        return ToolResult(f"ERROR: no account for {args['email']}.", "error")
    backend.key_counter += 1
    key = f"ak_live_{backend.key_counter:04d}"
    backend.api_keys.setdefault(args["email"], []).append(key)
    return ToolResult(f"New API key {key} issued to {args['email']}.")


def _check_logs(backend: Backend, args: Mapping[str, str]) -> ToolResult:
    lines = backend.logs.get(args["email"])
    if lines is None:
        return ToolResult(f"No logs for {args['email']}.")
    return ToolResult("Logs: " + "; ".join(lines) + ".")


def _search_kb(backend: Backend, args: Mapping[str, str]) -> ToolResult:
    words = set(args["query"].lower().split())
    scored = sorted(
        ((len(words & set(keys.split())), kb_id, title) for kb_id, title, keys in KB_ARTICLES),
        key=lambda item: (-item[0], item[1]),
    )
    hits = [f"{kb_id} {title}" for score, kb_id, title in scored if score > 0][:2]
    return ToolResult("KB: " + ("; ".join(hits) if hits else "no matching articles") + ".")


def _ticket(backend: Backend, ticket_id: str) -> Any:
    return backend.tickets.get(ticket_id)


def _update_ticket(backend: Backend, args: Mapping[str, str]) -> ToolResult:
    ticket = _ticket(backend, args["ticket_id"])
    if ticket is None:
        return ToolResult(f"ERROR: no ticket {args['ticket_id']}.", "error")
    ticket.notes.append(args["note"])
    return ToolResult(f"Note added to {ticket.id}.")


def _escalate(backend: Backend, args: Mapping[str, str]) -> ToolResult:
    ticket = _ticket(backend, args["ticket_id"])
    if ticket is None:
        return ToolResult(f"ERROR: no ticket {args['ticket_id']}.", "error")
    if ticket.status != "open":
        return ToolResult(f"ERROR: {ticket.id} is already {ticket.status}.", "error")
    ticket.status = "escalated"
    backend.escalations.append((ticket.id, args["reason"]))
    return ToolResult(f"{ticket.id} escalated to a specialist.")


def _send_email(backend: Backend, args: Mapping[str, str]) -> ToolResult:
    backend.emails.append((args["to"], args["subject"]))
    return ToolResult(f"Email sent to {args['to']}.")


def _ask_customer(backend: Backend, args: Mapping[str, str]) -> ToolResult:
    return ToolResult(backend.customer.answer(args["question"]))


def _close_ticket(backend: Backend, args: Mapping[str, str]) -> ToolResult:
    ticket = _ticket(backend, args["ticket_id"])
    if ticket is None:
        return ToolResult(f"ERROR: no ticket {args['ticket_id']}.", "error")
    if ticket.status != "open":
        return ToolResult(f"ERROR: {ticket.id} is already {ticket.status}.", "error")
    ticket.status = "closed"
    return ToolResult(f"{ticket.id} closed.")


HANDLERS: dict[str, Handler] = {
    "search_kb": _search_kb,
    "update_ticket": _update_ticket,
    "lookup_user": _lookup_user,
    "send_reset_link": _send_reset_link,
    "check_payment": _check_payment,
    "refund": _refund,
    "create_api_key": _create_api_key,
    "check_logs": _check_logs,
    "escalate": _escalate,
    "send_email": _send_email,
    "close_ticket": _close_ticket,
    "ask_customer": _ask_customer,
}


def run_tool(backend: Backend, name: str, arguments: Mapping[str, Any]) -> ToolResult:
    """Validate and run one tool; the result carries the simulated latency."""
    problem = validate(name, arguments)
    if problem is not None:
        return ToolResult(f"ERROR: {name}: {problem}.", "error", 0.1)
    result = HANDLERS[name](backend, arguments)
    return ToolResult(result.text, result.status, LATENCY[name])
