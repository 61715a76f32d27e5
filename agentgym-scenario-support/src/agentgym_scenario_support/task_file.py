"""Tickets from a JSONL file: a user's own (``--tasks FILE``) and the hand-written ``natural`` split.

One JSON object per line (pydantic-validated; unknown keys are refused). The first schema's
keys still load unchanged: ``{"kind": "refund_request", "outcome": "outside_window",
"name": "Ann Lee", "email": "ann@example.com", "subject": "Refund please", "body": "...",
"id": "optional", "ticket_id": "optional TCK-123", "amount": 49.0, "days_ago": 40}``.
Version 2 adds optional keys: ``header`` (false: the ticket is only the message),
``language``, ``ambiguous`` (the message does not say what the customer wants),
``vague_request``, ``account_email`` (the account is under another address than the one the
ticket came from) and ``answers`` (the customer's own words when asked). ``kind`` and
``outcome`` say what the simulated backend holds (see tickets.OUTCOMES).
A user's file is read and yielded one line at a time, so a file larger than memory is fine;
the evaluation reads the whole file once to check it before any episode runs, so a malformed
line is still reported by its number with no task from the file used. A line longer than
``MAX_LINE_BYTES`` is refused without being read whole.
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from agentgym.scenario import ScenarioError, Task
from agentgym_scenario_support.backend import REFUND_WINDOW_DAYS
from agentgym_scenario_support.tickets import OUTCOMES, Customer, compose_ticket, facts_for, shows
from agentgym_scenario_support.wording import LANGUAGES

EMAIL_PATTERN = r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$"


class Answers(BaseModel):
    """What the customer says when asked: their request, their address, a vague first reply."""

    model_config = ConfigDict(extra="forbid")

    request: str | None = Field(default=None, min_length=1)
    email: str | None = Field(default=None, min_length=1)
    vague: str | None = Field(default=None, min_length=1)


class TicketLine(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str
    outcome: str
    name: str = Field(min_length=1)
    email: str = Field(pattern=EMAIL_PATTERN)
    subject: str = ""
    body: str = Field(min_length=1)
    id: str | None = None
    ticket_id: str | None = Field(default=None, pattern=r"^TCK-\d+$")
    amount: float | None = Field(default=None, gt=0)
    days_ago: int | None = Field(default=None, ge=0)
    header: bool = True
    language: Literal[LANGUAGES] = "en"  # type: ignore[valid-type]
    ambiguous: bool = False
    vague_request: bool = False
    account_email: str | None = Field(default=None, pattern=EMAIL_PATTERN)
    answers: Answers | None = None

    @model_validator(mode="after")
    def _consistent(self) -> TicketLine:
        if self.kind not in OUTCOMES:
            raise ValueError(f"kind must be one of {', '.join(OUTCOMES)}")
        allowed = [name for name, _ in OUTCOMES[self.kind]]
        if self.outcome not in allowed:
            raise ValueError(f"outcome for {self.kind} must be one of {', '.join(allowed)}")
        if self.days_ago is not None:
            inside = self.days_ago <= REFUND_WINDOW_DAYS
            if (self.outcome in ("within_window", "already_refunded") and not inside) or (
                self.outcome == "outside_window" and inside
            ):
                raise ValueError(
                    f"days_ago {self.days_ago} contradicts outcome {self.outcome} "
                    f"(the refund window is {REFUND_WINDOW_DAYS} days)"
                )
        if self.account_email is not None:
            if self.account_email == self.email:
                raise ValueError("account_email must differ from email (leave it out when they are the same)")
            if self.outcome == "unknown_email":
                raise ValueError("account_email contradicts outcome unknown_email (there is no account)")
        if self.vague_request and not self.ambiguous:
            raise ValueError("vague_request needs ambiguous: true")
        return self


def _one_line_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


MAX_LINE_BYTES = 1 << 16


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(number, bytes) of each line, never reading more than ``MAX_LINE_BYTES`` + 1 at once."""
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise ScenarioError(f"cannot read task file {path}: {error.strerror}") from None
    with handle:
        number = 0
        while True:
            raw = handle.readline(MAX_LINE_BYTES + 1)
            if not raw:
                return
            number += 1
            if len(raw) > MAX_LINE_BYTES:
                raise ScenarioError(f"{path} line {number} is longer than {MAX_LINE_BYTES} bytes")
            yield number, raw


def _parse(source: str | Path, number: int, raw: str | bytes) -> TicketLine:
    try:
        return TicketLine.model_validate(json.loads(raw))
    except json.JSONDecodeError as error:
        raise ScenarioError(f"{source} line {number}: not valid JSON ({error.msg})") from None
    except ValidationError as error:
        raise ScenarioError(f"{source} line {number}: {_one_line_error(error)}") from None
    except RecursionError:
        raise ScenarioError(f"{source} line {number}: not valid JSON (nested too deeply)") from None
    except ValueError as error:  # not UTF-8, or an integer too long to convert
        raise ScenarioError(f"{source} line {number}: not valid JSON ({type(error).__name__})") from None


def task_from_line(line: TicketLine, number: int, split: str, default_id: str) -> Task:
    """The task of one validated line (facts seeded by its id, so the same line gives the same task)."""
    ticket_id = line.ticket_id or f"TCK-{90000 + number}"
    customer = Customer(line.name, line.email.lower())  # addresses are read in any case
    task_id = line.id or default_id
    facts = facts_for(line.kind, line.outcome, ticket_id, customer, random.Random(zlib.crc32(task_id.encode())))
    facts.update({k: v for k, v in (("amount", line.amount), ("days_ago", line.days_ago)) if v is not None})
    ticket = compose_ticket(ticket_id, customer, line.subject, line.body, line.header)
    facts.update(
        language=line.language, wording="test", ambiguous=line.ambiguous, vague_request=line.vague_request,
        subject=line.subject, body=line.body, header=line.header, email_shown=shows(ticket, customer.email),
    )
    if line.account_email is not None:
        facts["account_email"] = line.account_email.lower()
    if line.answers is not None:
        facts["answers"] = line.answers.model_dump(exclude_none=True)
    return Task(task_id, split, ticket, line.kind, line.outcome, facts)


def parse_lines(lines: Iterable[tuple[int, str | bytes]], source: str, split: str, id_prefix: str) -> Iterator[Task]:
    """Tasks of numbered lines, one at a time; raise ScenarioError naming the first bad line."""
    seen: dict[str, int] = {}
    for number, raw in lines:
        if not raw.strip():
            continue
        task = task_from_line(_parse(source, number, raw), number, split, f"{id_prefix}-{number:04d}")
        if task.id in seen:
            raise ScenarioError(f"{source} line {number}: id '{task.id}' is already used on line {seen[task.id]}")
        seen[task.id] = number
        yield task
    if not seen:
        raise ScenarioError(f"{source}: no tasks in the file")


def load_task_file(path: Path) -> list[Task]:
    """Every task of a user's file at once (``iter_task_file`` streams them)."""
    return list(iter_task_file(path))


def iter_task_file(path: Path) -> Iterator[Task]:
    """A user's task file (``--tasks``), one line at a time."""
    return parse_lines(_lines(Path(path)), str(path), "file", "file")


def load_natural() -> list[Task]:
    """The hand-written ``natural`` split shipped with the package (never trained on)."""
    from importlib.resources import files

    text = files("agentgym_scenario_support").joinpath("data/natural.jsonl").read_text(encoding="utf-8")
    return list(parse_lines(enumerate(text.splitlines(), start=1), "natural.jsonl", "natural", "natural"))
