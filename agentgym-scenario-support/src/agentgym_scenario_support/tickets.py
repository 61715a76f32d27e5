"""Ticket generation: templates, paraphrases, customers and noise, split without overlap.

Templates, names and email domains are partitioned between the splits, so the test split
holds phrasings and customers no training ticket ever used: a policy that passes it has
generalised rather than memorised.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from agentgym.scenario import Task

KINDS = ("password_reset", "billing_inquiry", "api_integration", "refund_request", "data_migration")

# (outcome, weight) per kind; the outcome decides what the backend holds, never the ticket text.
OUTCOMES: dict[str, tuple[tuple[str, float], ...]] = {
    "password_reset": (("active", 0.6), ("locked", 0.2), ("unknown_email", 0.2)),
    "billing_inquiry": (("found", 0.75), ("unknown_email", 0.25)),
    "api_integration": (("invalid_key", 0.4), ("rate_limited", 0.35), ("server_error", 0.25)),
    "refund_request": (("within_window", 0.5), ("outside_window", 0.3), ("already_refunded", 0.2)),
    "data_migration": (("clean", 0.6), ("failed", 0.4)),
}

SUBJECTS: dict[str, tuple[str, ...]] = {
    "password_reset": (
        "Can't log in", "Password reset please", "Locked out of my account",
        "Forgot password", "Sign in problem",
    ),
    "billing_inquiry": (
        "Question about my invoice", "Billing question", "What is this charge?",
        "Invoice looks wrong", "Charge on my card",
    ),
    "api_integration": (
        "API calls failing", "Integration broken", "API errors since this morning",
        "Our API client stopped working", "API requests rejected",
    ),
    "refund_request": (
        "Refund request", "I want my money back", "Please refund my payment",
        "Refund for last charge", "Requesting a refund",
    ),
    "data_migration": (
        "Data migration help", "Migrating our data", "Import from old system",
        "Need to migrate projects", "Migration of our workspace data",
    ),
}

# A body is a problem sentence plus a request sentence; both pools are split between the
# train / validation / test splits, so held-out tickets combine phrasings never trained on.
PROBLEMS: dict[str, tuple[str, ...]] = {
    "password_reset": (
        "I forgot my password and can't log in anymore.",
        "My password stopped working this morning.",
        "The login page keeps saying my password is wrong.",
        "I can't sign in to my account since yesterday.",
        "I have been trying to log in for an hour without luck.",
        "My old password no longer lets me in.",
        "I'm unable to sign in to the dashboard.",
        "I changed phones and now I can't log in.",
        "Locked out after too many password attempts.",
        "Login fails every time I type my password.",
    ),
    "billing_inquiry": (
        "I see a charge on my card I don't understand.",
        "My invoice this month looks higher than usual.",
        "There is a payment on my statement from you.",
        "The billing page is confusing me.",
        "I was billed and I am not sure what for.",
        "The amount on my latest invoice surprised me.",
        "I noticed a charge from your company on my bank statement.",
        "My billing statement is unclear about the plan.",
        "The invoice total doesn't match what I expected.",
        "I got billed twice this month, or so it seems.",
    ),
    "api_integration": (
        "Our integration gets errors from your API on every request.",
        "API calls from our backend started failing today.",
        "The API returns errors to our client and our sync job is stuck.",
        "Our API integration broke overnight and requests are rejected.",
        "We get failures from the API when calling the users endpoint.",
        "Requests to your API keep failing from our servers.",
        "Every API call from our app errors out since yesterday.",
        "Our API client cannot talk to your service any more.",
        "The API integration in our product is throwing errors.",
        "Calls to the API fail for our whole team.",
    ),
    "refund_request": (
        "The product didn't work for us and I'd like a refund.",
        "We cancelled before using it, so I want a refund.",
        "I want my money back for the last payment.",
        "That payment was a mistake and should be refunded.",
        "We were charged by accident and need a refund.",
        "We no longer need the plan and ask for a refund.",
        "I'm requesting a refund of my recent payment.",
        "The subscription charge should be refunded, we never used it.",
        "I expected a refund after cancelling but got nothing.",
        "Please refund us, the purchase was not what we needed.",
    ),
    "data_migration": (
        "We need to migrate our data from the old system into your platform.",
        "We're migrating our existing projects this week.",
        "Our data migration seems stuck.",
        "We started a migration of our workspace data.",
        "We want to migrate records from our previous tool.",
        "We're moving all our data over and the migration job ran last night.",
        "Our data migration from the legacy app ran over the weekend.",
        "We plan to migrate our customer data to your platform.",
        "The migration of our projects from the legacy app is underway.",
        "Our team kicked off the data migration yesterday.",
    ),
}

REQUESTS: dict[str, tuple[str, ...]] = {
    "password_reset": (
        "Could you send me a password reset link?",
        "Please help me reset my password.",
        "I need to log in urgently, please help.",
        "Can you help me get back into my account?",
        "Please send a reset so I can sign in.",
        "How do I get a new password?",
        "Can you reset my login?",
        "I just need to sign in again.",
    ),
    "billing_inquiry": (
        "Can you explain the charge on my invoice?",
        "Could you tell me what my last payment was for?",
        "Please confirm the amount of my latest charge.",
        "I'd like a breakdown of the billing on my account.",
        "What is this charge for?",
        "Can someone look at my latest invoice?",
        "Which plan am I paying for?",
        "Please explain my billing.",
    ),
    "api_integration": (
        "Can you check what is wrong with our API access?",
        "Please look into our API errors.",
        "How do we get our integration working again?",
        "Could you check the API logs for us?",
        "What is causing these API failures?",
        "Please help us fix the integration.",
        "Can you tell us why the API rejects us?",
        "We need the API working again today.",
    ),
    "refund_request": (
        "Could you refund my most recent payment?",
        "Please process a refund for my latest charge.",
        "Can I have a refund?",
        "Please issue a refund.",
        "I'd like my money back.",
        "Can you refund the last charge?",
        "Please send the refund to my card.",
        "How soon can I get the refund?",
    ),
    "data_migration": (
        "Can you check whether the migration finished correctly?",
        "What are the next steps for the migration?",
        "Could you verify our data migration?",
        "Please tell us if the migration worked.",
        "How do we finish migrating our data?",
        "Can you confirm the migration job status?",
        "Please help us complete the data migration.",
        "Is our migrated data complete?",
    ),
}

GREETINGS = ("Hi,", "Hello team,", "Hey there,", "Good morning,", "Dear support,", "Hi folks,", "")
SIGNOFFS = ("Thanks!", "Thank you.", "Best regards,", "Cheers,", "Many thanks.", "Regards,", "")
FILLERS = (
    "I have been a customer for years.",
    "Hope you are having a good day.",
    "Sorry for the long message.",
    "This is quite urgent for us.",
    "My colleague had the same issue last month.",
    "We love the product otherwise.",
    "The weather here is terrible today.",
    "I tried on two different browsers.",
    "Our team is based in Europe.",
    "Let me know if you need anything else.",
)

FIRST_NAMES = (
    "Alice", "Bruno", "Chen", "Dana", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas",
    "Kwame", "Lena", "Mateo", "Nadia", "Oscar", "Priya", "Quinn", "Rosa", "Sven", "Tariq",
    "Uma", "Viktor", "Wanda", "Ximena", "Yusuf", "Zoe", "Amara", "Bodhi", "Cleo", "Dmitri",
)
LAST_NAMES = (
    "Anders", "Baker", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen",
    "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist", "Rossi", "Silva", "Tanaka",
    "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zhang", "Abara", "Brennan", "Castillo", "Dvorak",
)
DOMAINS = (
    "acme.io", "brightlabs.com", "cobalt.dev", "dunewave.org", "emberly.co",
    "fjordsoft.net", "granite.ai", "harborline.com", "ironleaf.io",
)

# index ranges of every pool per split: (start, stop) as fractions of the pool
SPLIT_SHARES = {"train": (0.0, 0.6), "validation": (0.6, 0.8), "test": (0.8, 1.0)}
SPLIT_SIZES = {"train": 2400, "validation": 300, "test": 500}
SPLIT_SEEDS = {"train": 11, "validation": 22, "test": 33}
TICKET_RANGES = {"train": (10000, 59999), "validation": (60000, 69999), "test": (70000, 79999)}


def share(pool: tuple[Any, ...], split: str) -> tuple[Any, ...]:
    """The slice of ``pool`` that belongs to ``split``."""
    start, stop = SPLIT_SHARES[split]
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


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(len(w) - 1)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def compose_ticket(ticket_id: str, customer: Customer, subject: str, body: str) -> str:
    """The ticket text an agent sees: a header (id, customer, subject) and the message."""
    return f"Ticket {ticket_id} from {customer.name} <{customer.email}>\nSubject: {subject}\n{body}"


def _body(rng: random.Random, kind: str, split: str, customer: Customer) -> str:
    parts = [rng.choice(GREETINGS)]
    message = f"{rng.choice(share(PROBLEMS[kind], split))} {rng.choice(share(REQUESTS[kind], split))}"
    if rng.random() < 0.25:
        message = _typo(rng, message)
    fillers = rng.sample(FILLERS, rng.randrange(0, 3))
    parts.extend(fillers[:1])
    parts.append(message)
    parts.extend(fillers[1:])
    signoff = rng.choice(SIGNOFFS)
    parts.append(f"{signoff} {customer.name.split()[0]}" if signoff.endswith(",") else signoff)
    return " ".join(p for p in parts if p)


def _outcome(rng: random.Random, kind: str) -> str:
    outcomes, weights = zip(*OUTCOMES[kind], strict=True)
    return rng.choices(outcomes, weights)[0]


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


def generate(split: str) -> list[Task]:
    """The deterministic task list of one split."""
    rng = random.Random(SPLIT_SEEDS[split])
    low, high = TICKET_RANGES[split]
    tasks: list[Task] = []
    seen: set[str] = set()
    ids = rng.sample(range(low, high), SPLIT_SIZES[split] * 2)
    while len(tasks) < SPLIT_SIZES[split]:
        kind = KINDS[len(tasks) % len(KINDS)]
        customer = _customer(rng, split)
        ticket_id = f"TCK-{ids[len(tasks)]}"
        subject = rng.choice(share(SUBJECTS[kind], split))
        body = _body(rng, kind, split, customer)
        ticket = compose_ticket(ticket_id, customer, subject, body)
        if ticket in seen:
            continue
        seen.add(ticket)
        outcome = _outcome(rng, kind)
        facts = facts_for(kind, outcome, ticket_id, customer, rng)
        tasks.append(Task(f"{split}-{len(tasks):04d}", split, ticket, kind, outcome, facts))
    return tasks
