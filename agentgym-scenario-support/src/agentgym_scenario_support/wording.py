"""Phrase families and how they are written out: which split reads which family, and how a
template becomes text.

The phrase modules (``phrases/en.py``, ``de.py``, ``fr.py``, ``es.py``) hold pools of
*families*: templates that share one way of saying things. Whole families go to one split
(family ``i`` of a pool: train if ``i % 5`` is 0, 1 or 2, validation if 3, test if 4), so
held-out tickets and answers use wordings no training ticket used. A template picks one of
``{a|b|c}`` and fills ``[slot]`` values.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import import_module
from types import ModuleType

LANGUAGES = ("en", "de", "fr", "es")
SPLIT_OF_FAMILY = ("train", "train", "train", "validation", "test")
GENERATED_SPLITS = ("train", "validation", "test")
SLOT = re.compile(r"\[([a-z_]+)\]")
CHOICE = re.compile(r"\{([^{}]*)\}")

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}

Family = tuple[str, ...]
Pool = tuple[Family, ...]


@cache
def phrases(language: str) -> ModuleType:
    """The phrase module of ``language``."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language '{language}'; use one of {', '.join(LANGUAGES)}")
    return import_module(f"agentgym_scenario_support.phrases.{language}")


def wording_split(split: str) -> str:
    """The families a split reads: hand-written and user tasks read the test families."""
    return split if split in GENERATED_SPLITS else "test"


def families(pool: Pool, split: str) -> Pool:
    """The families of ``pool`` that belong to ``split``."""
    wanted = wording_split(split)
    return tuple(family for i, family in enumerate(pool) if SPLIT_OF_FAMILY[i % len(SPLIT_OF_FAMILY)] == wanted)


def pool_of(language: str, name: str, kind: str | None = None) -> Pool:
    """A pool of a language's phrase module (``kind`` selects a per-kind pool)."""
    value = getattr(phrases(language), name)
    return value[kind] if kind is not None else value


def pick(rng: random.Random, language: str, name: str, split: str, kind: str | None = None) -> str:
    """A template from a random family of the split's share of a pool."""
    family = rng.choice(families(pool_of(language, name, kind), split))
    return rng.choice(family)


def amount_text(amount: float, language: str) -> str:
    if language == "en":
        return f"${amount:.2f}"
    return f"{amount:.2f}".replace(".", ",") + " €"


def render(template: str, rng: random.Random, slots: Mapping[str, str]) -> str:
    """``template`` written out: one alternative of each ``{a|b}``, each ``[slot]`` filled."""
    text = CHOICE.sub(lambda match: rng.choice(match.group(1).split("|")), template)
    text = SLOT.sub(lambda match: slots.get(match.group(1), match.group(0)), text)
    return " ".join(text.split())


def slots_for(facts: Mapping[str, object], rng: random.Random, email: str | None = None) -> dict[str, str]:
    """Slot values for a task's customer: their name, address, payment, plan, a weekday."""
    language = str(facts.get("language", "en"))
    name = str(facts.get("name", "")).split()
    return {
        "first_name": name[0] if name else "",
        "email": email or str(facts.get("account_email") or facts.get("email", "")),
        "amount": amount_text(float(facts.get("amount", 49.0)), language),  # type: ignore[arg-type]
        "days": str(facts.get("days_ago", 12)),
        "plan": str(facts.get("plan", "pro")),
        "weekday": rng.choice(WEEKDAYS.get(language, WEEKDAYS["en"])),
    }


def write(rng: random.Random, facts: Mapping[str, object], name: str, split: str,
          kind: str | None = None, email: str | None = None, language: str | None = None) -> str:
    """One phrase of pool ``name`` for this task, written out."""
    lang = language or str(facts.get("language", "en"))
    return render(pick(rng, lang, name, split, kind), rng, slots_for(facts, rng, email))


def sentences(text: str) -> Sequence[str]:
    """``text`` cut after each sentence end (for inserting a sentence between two)."""
    return [part for part in re.split(r"(?<=[.!?])\s+", text) if part]
