"""The simulated customer behind ``ask_customer``: answers from the task's hidden facts.

Asked about their address ("email", "address" in the question), the customer gives the
address their account is under, unless the ticket already showed that address (then they
say they have no other one). Asked anything else, they say what they want; when the task
says the request is unclear (``vague_request``), the first such answer is vague and only
the second one says it. Answers come in the task's language, from the phrase families of
the task's split (or the customer's own words, the task's ``answers``), and vary with the
episode seed.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from agentgym_scenario_support.resolver import asks_for_email
from agentgym_scenario_support.wording import write


class SimulatedCustomer:
    """One customer for one episode; remembers what they already said."""

    def __init__(self, facts: Mapping[str, Any], seed: int) -> None:
        self.facts = facts
        self.rng = random.Random(seed * 7907 + 3)
        self.given: set[str] = set()
        self.vague_answered = False
        self.answers: Mapping[str, str] = facts.get("answers") or {}

    @property
    def account_address(self) -> str:
        return str(self.facts.get("account_email") or self.facts["email"])

    def answer(self, question: str) -> str:
        """The customer's reply to ``question``."""
        if asks_for_email(question):
            return self._address()
        return self._request()

    def _split(self) -> str:
        return str(self.facts.get("wording", "test"))

    def _address(self) -> str:
        address = self.account_address
        shown = bool(self.facts.get("email_shown", True)) and address == self.facts["email"]
        own = self.answers.get("email") or ""
        if address in self.given or shown:
            if own and "@" not in own:
                return own
            return write(self.rng, self.facts, "REPLY_NO_OTHER", self._split())
        self.given.add(address)
        if address in own:
            return own
        return write(self.rng, self.facts, "REPLY_EMAIL", self._split(), email=address)

    def _request(self) -> str:
        if self.facts.get("vague_request") and not self.vague_answered:
            self.vague_answered = True
            return self.answers.get("vague") or write(self.rng, self.facts, "REPLY_VAGUE", self._split())
        own = self.answers.get("request")
        if own:
            return own
        return write(self.rng, self.facts, "REPLY_REQUEST", self._split(), kind=str(self.facts["kind"]))
