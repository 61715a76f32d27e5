"""Perturbations: rewrites of a ticket that keep what must be done.

Each one changes how a task is presented, never its kind, outcome or what the expert does
(apart from asking for an address the rewrite hid), so the expert still succeeds on every
perturbed task and a policy that really reads should score as it does unperturbed. The
added wording comes from the test split's families (held out from training). Each rewrite is
seeded by the task id and the perturbation's name: the same task gives the same rewrite.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import replace
from typing import Any

from agentgym.scenario import ScenarioError, Task
from agentgym_scenario_support.scenario import PERTURBATIONS
from agentgym_scenario_support.tickets import KINDS, Customer, compose_ticket, shows, split_sentences, typo
from agentgym_scenario_support.wording import write


def _recompose(task: Task, facts: dict[str, Any]) -> Task:
    customer = Customer(facts["name"], facts["email"])
    ticket = compose_ticket(facts["ticket_id"], customer, facts["subject"], facts["body"], facts["header"])
    facts["email_shown"] = shows(ticket, facts["email"])
    return replace(task, ticket=ticket, params=facts)


def _other_kind(rng: random.Random, kind: str) -> str:
    return rng.choice([k for k in KINDS if k != kind])


def perturb(task: Task, name: str) -> Task:
    """``task`` rewritten by the perturbation ``name``."""
    if name not in PERTURBATIONS:
        raise ScenarioError(f"unknown perturbation '{name}'; use one of {', '.join(PERTURBATIONS)}")
    facts = dict(task.params)
    if "body" not in facts:
        raise ScenarioError(f"task {task.id} has no message to rewrite")
    rng = random.Random(zlib.crc32(f"{task.id}:{name}".encode()))
    if name == "retry_noise":
        facts["forced_failures"] = (rng.randrange(3),)
        return replace(task, params=facts)
    if name == "neutral_subject":
        facts["subject"] = write(rng, facts, "SUBJECTS_NEUTRAL", "test")
    elif name == "other_subject":
        facts["subject"] = write(rng, facts, "SUBJECTS", "test", kind=_other_kind(rng, task.kind))
    elif name == "no_header":
        facts["header"] = False
    elif name == "distractor":
        parts = split_sentences(facts["body"])
        parts.insert(rng.randrange(len(parts) + 1), write(rng, facts, "MENTIONS", "test",
                                                           kind=_other_kind(rng, task.kind)))
        facts["body"] = " ".join(parts)
    else:  # typos
        body = facts["body"]
        for _ in range(max(1, len(body.split()) // 8)):
            body = typo(rng, body)
        facts["body"] = body
    return _recompose(task, facts)
