"""The simulated help desk the tools act on: users, payments, keys, logs, tickets, a KB.

A backend is built deterministically from a task's facts and an episode seed: the task
fixes what matters (the customer, their payment, what the logs say), the seed fills in
the rest (other customers, older payments, log noise). ``snapshot`` is the state the
grader compares; reads leave it unchanged.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from agentgym_scenario_support.customer import SimulatedCustomer

REFUND_WINDOW_DAYS = 30

KB_ARTICLES = (
    ("KB-101", "Resetting your password", "password reset link login sign in"),
    ("KB-102", "Locked accounts", "locked account security lock"),
    ("KB-201", "Reading your invoice", "billing invoice charge payment plan"),
    ("KB-202", "Refund policy", "refund money back 30 day window"),
    ("KB-301", "Handling API rate limits", "api rate limit 429 throttling backoff requests"),
    ("KB-302", "Rotating API keys", "api key token 401 unauthorized revoked"),
    ("KB-401", "Data migration guide", "migration import export data csv move transfer"),
)

NOISE_LOG_LINES = (
    "200 OK GET /v2/users",
    "200 OK GET /v2/projects",
    "201 Created POST /v2/events",
    "204 No Content DELETE /v2/sessions",
    "200 OK GET /v2/health",
)


@dataclass
class User:
    email: str
    name: str
    status: str  # active | locked
    plan: str


@dataclass
class Payment:
    id: str
    email: str
    amount: float
    days_ago: int
    status: str  # paid | refunded


@dataclass
class Ticket:
    id: str
    status: str = "open"  # open | closed | escalated
    notes: list[str] = field(default_factory=list)


@dataclass
class Backend:
    users: dict[str, User] = field(default_factory=dict)
    payments: list[Payment] = field(default_factory=list)
    api_keys: dict[str, list[str]] = field(default_factory=dict)
    logs: dict[str, list[str]] = field(default_factory=dict)
    tickets: dict[str, Ticket] = field(default_factory=dict)
    reset_links: list[str] = field(default_factory=list)
    emails: list[tuple[str, str]] = field(default_factory=list)
    escalations: list[tuple[str, str]] = field(default_factory=list)
    key_counter: int = 0
    customer: Any = field(default=None, compare=False, repr=False)  # answers ask_customer; not state

    def latest_payment(self, email: str) -> Payment | None:
        mine = [p for p in self.payments if p.email == email]
        return min(mine, key=lambda p: p.days_ago) if mine else None

    def snapshot(self) -> dict[str, Any]:
        """The state the grader compares: everything a tool can change, nothing it only reads."""
        return {
            "users": sorted((u.email, u.status) for u in self.users.values()),
            "payments": sorted((p.id, p.status) for p in self.payments),
            "api_keys": sorted((email, len(keys)) for email, keys in self.api_keys.items()),
            "tickets": sorted((t.id, t.status, len(t.notes)) for t in self.tickets.values()),
            "reset_links": sorted(Counter(self.reset_links).items()),
            "emails": sorted(Counter(to for to, _ in self.emails).items()),
            "escalations": sorted(Counter(t for t, _ in self.escalations).items()),
        }

    def check_invariants(self) -> None:
        """Raise AssertionError if the backend is in an impossible state."""
        refunded = [p.id for p in self.payments if p.status == "refunded"]
        assert len(refunded) == len(set(refunded)), "a payment was refunded twice"
        assert all(p.amount > 0 for p in self.payments), "a payment has a non-positive amount"
        assert all(t.status in ("open", "closed", "escalated") for t in self.tickets.values())


def _other_email(rng: random.Random, index: int) -> str:
    return f"customer{rng.randrange(10_000, 99_999)}.{index}@example.net"


def build_backend(facts: dict[str, Any], seed: int) -> Backend:
    """Build the backend for one episode from the task's facts and the episode seed."""
    rng = random.Random(seed)
    backend = Backend()
    email = facts["email"]
    outcome = facts["outcome"]
    backend.tickets[facts["ticket_id"]] = Ticket(facts["ticket_id"])
    for index in range(rng.randrange(2, 5)):
        other = _other_email(rng, index)
        backend.users[other] = User(other, f"Customer {index}", "active", rng.choice(("free", "pro")))
        backend.payments.append(
            Payment(f"PAY-{rng.randrange(100000, 999999)}{index}", other, 19.0 + index, rng.randrange(1, 90), "paid")
        )
    if outcome != "unknown_email":
        account = facts.get("account_email") or email  # a customer may write from another address
        status = "locked" if outcome == "locked" else "active"
        backend.users[account] = User(account, facts["name"], status, facts.get("plan", "pro"))
        backend.api_keys[account] = [f"ak_old_{rng.randrange(10**6)}"]
        _add_customer_payments(backend, {**facts, "email": account}, rng)
        backend.logs[account] = _customer_logs(facts, rng)
    backend.customer = SimulatedCustomer(facts, seed)
    return backend


def _add_customer_payments(backend: Backend, facts: dict[str, Any], rng: random.Random) -> None:
    outcome = facts["outcome"]
    days = facts.get("days_ago", 12)
    if outcome == "outside_window":
        days = max(days, REFUND_WINDOW_DAYS + 5)
    elif outcome in ("within_window", "already_refunded"):
        days = min(days, REFUND_WINDOW_DAYS - 2)
    status = "refunded" if outcome == "already_refunded" else "paid"
    amount = float(facts.get("amount", 49.0))
    backend.payments.append(Payment(facts["payment_id"], facts["email"], amount, days, status))
    backend.payments.append(
        Payment(f"PAY-{rng.randrange(100000, 999999)}", facts["email"], amount, days + 30, "paid")
    )


def _customer_logs(facts: dict[str, Any], rng: random.Random) -> list[str]:
    lines = rng.sample(NOISE_LOG_LINES, 2)
    signal = {
        "invalid_key": "401 Unauthorized: invalid_api_key (key revoked)",
        "rate_limited": "429 Too Many Requests: rate_limit_exceeded",
        "server_error": "500 Internal Server Error: internal_error on /v2/export",
        "clean": f"migration job {facts.get('job_id', 'MIG-1')} completed with 0 errors",
        "failed": f"migration job {facts.get('job_id', 'MIG-1')} failed: schema mismatch in column 'created_at'",
    }.get(facts["outcome"])
    if signal:
        lines.insert(rng.randrange(len(lines) + 1), signal)
    return lines
