"""Ticket generation (v2): tickets that must be read, split so that the test split is held out.

A ticket is written from phrase *families* (``wording``): a problem, often a request, a
background story, fillers, greetings and sign-offs, sometimes a sentence about another
ticket type's topic (a negation, a contrast, a passing mention), an address in the message
instead of a header, abbreviations, typos and odd casing, in English, German, French or
Spanish. Its subject is usually independent of its type (neutral, blank, a ``Re:`` chain,
or another type's topic). Whole families, customer names and email domains belong to one
split, so the validation and test splits read wordings and customers no training ticket
used: a policy passes them by reading, not by matching phrases it saw.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agentgym.scenario import Task
from agentgym_scenario_support.wording import phrases, sentences, write

KINDS = ("password_reset", "billing_inquiry", "api_integration", "refund_request", "data_migration")

# (outcome, weight) per kind; the outcome decides what the backend holds, never the ticket text.
OUTCOMES: dict[str, tuple[tuple[str, float], ...]] = {
    "password_reset": (("active", 0.6), ("locked", 0.2), ("unknown_email", 0.2)),
    "billing_inquiry": (("found", 0.75), ("unknown_email", 0.25)),
    "api_integration": (("invalid_key", 0.4), ("rate_limited", 0.35), ("server_error", 0.25)),
    "refund_request": (("within_window", 0.5), ("outside_window", 0.3), ("already_refunded", 0.2)),
    "data_migration": (("clean", 0.6), ("failed", 0.4)),
}

# Held-out splits have 18% of tickets in German, French or Spanish; training has twice the
# share, as the other languages have fewer phrase families to learn their wording from.
LANGUAGE_SHARES = {
    "train": (("en", 0.64), ("de", 0.12), ("fr", 0.12), ("es", 0.12)),
    "held_out": (("en", 0.82), ("de", 0.06), ("fr", 0.06), ("es", 0.06)),
}
SPLIT_SIZES = {"train": 4000, "validation": 400, "test": 500}
SPLIT_SEEDS = {"train": 11, "validation": 22, "test": 33}
TICKET_RANGES = {"train": (10000, 59999), "validation": (60000, 69999), "test": (70000, 79999)}
SPLIT_SHARES = {"train": (0.0, 0.6), "validation": (0.6, 0.8), "test": (0.8, 1.0)}

# How a ticket is presented (shares of generated tickets)
AMBIGUOUS_SHARE = 0.10  # the message does not say what the customer wants: the expert asks
VAGUE_SHARE = 0.3  # of those, the first answer is vague too
CONTACT_SHARES = (("header", 0.76), ("body", 0.10), ("none", 0.06), ("alias", 0.08))
SUBJECT_SHARES = (("neutral", 0.40), ("blank", 0.10), ("own", 0.25), ("other", 0.10), ("chain", 0.15))
REPLY_PREFIXES = ("Re:", "RE:", "Re: Re:", "Fwd:", "FW:", "AW:", "TR:", "RV:")

FIRST_NAMES = (
    "Alice", "Bruno", "Chen", "Dana", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas",
    "Kwame", "Lena", "Mateo", "Nadia", "Oscar", "Priya", "Quinn", "Rosa", "Sven", "Tariq",
    "Uma", "Viktor", "Wanda", "Ximena", "Yusuf", "Zoe", "Amara", "Bodhi", "Cleo", "Dmitri",
    "Aiko", "Benoit", "Carmen", "Dieter", "Esther", "Fatima", "Giulia", "Hannes", "Ivan", "Julie",
    "Kofi", "Lucia", "Malik", "Noor", "Olga", "Pablo", "Ravi", "Sofia", "Thomas", "Valentina",
)
LAST_NAMES = (
    "Anders", "Baker", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen",
    "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist", "Rossi", "Silva", "Tanaka",
    "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zhang", "Abara", "Brennan", "Castillo", "Dvorak",
    "Bianchi", "Chevalier", "Dominguez", "Engel", "Fontaine", "Gruber", "Herrera", "Iglesias", "Jovanovic", "Keller",
    "Laurent", "Mendoza", "Novak", "Ortega", "Perrin", "Richter", "Sanchez", "Thibault", "Vogel", "Wagner",
)
DOMAINS = (
    "acme.io", "brightlabs.com", "cobalt.dev", "dunewave.org", "emberly.co", "fjordsoft.net",
    "granite.ai", "harborline.com", "ironleaf.io", "juniper.works", "kestrel.app", "lumen.studio",
    "mosaic.systems", "northpeak.de", "orbitale.fr", "pradera.es", "quarry.tech", "riverbend.co.uk",
    "saltmarsh.io", "tundra.cloud",
)
PERSONAL_DOMAINS = ("mailbox.example", "posteo.example", "inbox.example", "correo.example", "webmail.example")


def share(pool: tuple[Any, ...], split: str) -> tuple[Any, ...]:
    """The slice of ``pool`` that belongs to ``split`` (names and domains)."""
    start, stop = SPLIT_SHARES.get(split, SPLIT_SHARES["test"])
    return pool[round(start * len(pool)) : round(stop * len(pool))]


@dataclass(frozen=True)
class Customer:
    name: str
    email: str


def _customer(rng: random.Random, split: str) -> Customer:
    first = rng.choice(share(FIRST_NAMES, split))
    last = rng.choice(share(LAST_NAMES, split))
    domain = rng.choice(share(DOMAINS, split))
    return Customer(f"{first} {last}", f"{first.lower()}.{last.lower()}@{domain}")


def _personal_address(rng: random.Random, customer: Customer) -> str:
    first, last = customer.name.lower().split()[:2]
    return f"{first[0]}{last}{rng.randrange(10, 99)}@{rng.choice(PERSONAL_DOMAINS)}"


def compose_ticket(ticket_id: str, customer: Customer, subject: str, body: str, header: bool = True) -> str:
    """The ticket text an agent sees: the help desk's line, the header (customer and subject)
    unless the ticket came without one, and the message."""
    if not header:
        return f"Ticket {ticket_id}\n{body}"
    return f"Ticket {ticket_id} from {customer.name} <{customer.email}>\nSubject: {subject}\n{body}"


def facts_for(kind: str, outcome: str, ticket_id: str, customer: Customer, rng: random.Random) -> dict[str, Any]:
    """The hidden facts a backend is built from for one ticket."""
    return {
        "kind": kind,
        "outcome": outcome,
        "ticket_id": ticket_id,
        "email": customer.email,
        "name": customer.name,
        "plan": rng.choice(("free", "pro", "team")),
        "payment_id": f"PAY-{rng.randrange(10000, 99999)}",
        "amount": rng.choice((9.0, 19.0, 29.0, 49.0, 99.0, 199.0)),
        "days_ago": rng.randrange(1, 90),
        "job_id": f"MIG-{rng.randrange(100, 999)}",
    }


def shows(ticket: str, email: str) -> bool:
    """Whether the ticket's text holds the address (as the resolver reads it: any case)."""
    return email.lower() in ticket.lower()


def _weighted(rng: random.Random, choices: tuple[tuple[str, float], ...]) -> str:
    names, weights = zip(*choices, strict=True)
    return rng.choices(names, weights)[0]


# --- noise ------------------------------------------------------------------------------


def typo(rng: random.Random, text: str) -> str:
    """One slip of the keyboard in a longer word: two letters swapped, one dropped or doubled."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    slip = rng.randrange(3)
    if slip == 0:
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif slip == 1:
        words[i] = w[:j] + w[j + 1 :]
    else:
        words[i] = w[:j] + w[j] + w[j:]
    return " ".join(words)


WORD = re.compile(r"[A-Za-zÀ-ÿ']+")


def abbreviate(rng: random.Random, text: str, language: str, chance: float = 0.6) -> str:
    """Words a customer in a hurry shortens (``please`` -> ``pls``), each with ``chance``."""
    table: dict[str, tuple[str, ...]] = getattr(phrases(language), "ABBREVIATIONS", {}) or {}
    if not table:
        return text

    def shorten(match: re.Match[str]) -> str:
        word = match.group(0)
        options = table.get(word.lower())
        return rng.choice(options) if options and rng.random() < chance else word

    return around_addresses(text, lambda part: WORD.sub(shorten, part))


ADDRESS = re.compile(r"\S+@\S+\.\w+")


def around_addresses(text: str, change: Callable[[str], str]) -> str:
    """``change`` applied to the text between email addresses (they stay as written)."""
    parts, last = [], 0
    for match in ADDRESS.finditer(text):
        parts += [change(text[last:match.start()]), match.group(0)]
        last = match.end()
    return "".join([*parts, change(text[last:])])


def _casing(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.08:
        return around_addresses(text, str.lower)
    if roll < 0.11:
        return around_addresses(text, str.upper)
    if roll < 0.15:
        return around_addresses(text, lambda part: re.sub(r"[.!?,;]", "", part))  # no punctuation at all
    return text


# --- one ticket -------------------------------------------------------------------------


def _insert(rng: random.Random, parts: list[str], sentence: str) -> None:
    parts.insert(rng.randrange(len(parts) + 1), sentence)


def message(rng: random.Random, facts: dict[str, Any], split: str, contact: str) -> str:
    """The customer's message for a task, written from the split's families."""
    kind = facts["kind"]

    def w(pool: str, of: str | None = None) -> str:
        return write(rng, facts, pool, split, kind=of)

    if facts.get("ambiguous"):
        core = [w("AMBIGUOUS")]
    else:
        core = [w("PROBLEMS", kind)]
        if rng.random() < 0.35:
            core.insert(0, w("STORIES", kind))
        if rng.random() < 0.85:
            core.append(w("REQUESTS", kind))
        if rng.random() < 0.12:
            core.append(w("STORIES", kind))
    if rng.random() < 0.30:  # another type's topic, negated, contrasted or in passing
        other = rng.choice([k for k in KINDS if k != kind])
        _insert(rng, core, w("MENTIONS", other))
    if contact == "body":
        _insert(rng, core, w("BODY_EMAIL"))
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        _insert(rng, core, w("FILLERS"))
    text = " ".join(core) if rng.random() < 0.7 else "\n".join(core)
    if rng.random() < 0.20:
        text = abbreviate(rng, text, facts["language"])
    for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
        text = typo(rng, text)
    text = _casing(rng, text)
    greeting = w("GREETINGS") if rng.random() < 0.8 else ""
    signoff = w("SIGNOFFS") if rng.random() < 0.85 else ""
    joiner = "\n" if rng.random() < 0.5 else " "
    return joiner.join(part for part in (greeting, text, signoff) if part)


def subject_line(rng: random.Random, facts: dict[str, Any], split: str) -> str:
    """A subject that usually says nothing about the ticket's type."""
    mode = _weighted(rng, SUBJECT_SHARES)
    if mode == "blank":
        return ""
    kind = facts["kind"]
    if mode == "own":
        return write(rng, facts, "SUBJECTS", split, kind=kind)
    if mode == "other":
        return write(rng, facts, "SUBJECTS", split, kind=rng.choice([k for k in KINDS if k != kind]))
    if mode == "chain":
        inner = write(rng, facts, "SUBJECTS", split, kind=kind) if rng.random() < 0.4 else \
            write(rng, facts, "SUBJECTS_NEUTRAL", split)
        return f"{rng.choice(REPLY_PREFIXES)} {inner}"
    return write(rng, facts, "SUBJECTS_NEUTRAL", split)


def make_task(rng: random.Random, split: str, index: int, kind: str, ticket_id: str) -> Task:
    """One generated task of ``split``: its ticket text and its hidden facts."""
    customer = _customer(rng, split)
    outcome = _weighted(rng, OUTCOMES[kind])
    facts = facts_for(kind, outcome, ticket_id, customer, rng)
    facts["language"] = _weighted(rng, LANGUAGE_SHARES["train" if split == "train" else "held_out"])
    facts["wording"] = split
    facts["ambiguous"] = rng.random() < AMBIGUOUS_SHARE
    facts["vague_request"] = facts["ambiguous"] and rng.random() < VAGUE_SHARE
    contact = _weighted(rng, CONTACT_SHARES)
    if contact == "alias" and outcome == "unknown_email":
        contact = "header"
    if contact == "alias":  # writes from a personal address; the account is under the work one
        facts["account_email"] = customer.email
        customer = Customer(customer.name, _personal_address(rng, customer))
        facts["email"] = customer.email
    header = contact in ("header", "alias")
    subject = subject_line(rng, facts, split) if header else ""
    body = message(rng, facts, split, contact)
    ticket = compose_ticket(ticket_id, customer, subject, body, header)
    facts.update(subject=subject, body=body, header=header, email_shown=shows(ticket, customer.email))
    return Task(f"{split}-{index:04d}", split, ticket, kind, outcome, facts)


def generate(split: str) -> list[Task]:
    """The deterministic task list of one generated split (train, validation or test)."""
    rng = random.Random(SPLIT_SEEDS[split])
    low, high = TICKET_RANGES[split]
    size = SPLIT_SIZES[split]
    ids = rng.sample(range(low, high), size * 2)
    tasks: list[Task] = []
    seen: set[str] = set()
    attempt = 0
    while len(tasks) < size:
        kind = KINDS[len(tasks) % len(KINDS)]
        task = make_task(rng, split, len(tasks), kind, f"TCK-{ids[attempt]}")
        attempt += 1
        body = task.params["body"]
        if body in seen:
            continue
        seen.add(body)
        tasks.append(task)
    return tasks


def split_sentences(text: str) -> list[str]:
    """``text`` as sentences (perturbations insert between them)."""
    return list(sentences(text))
