"""Tickets from a user's JSONL file (``--tasks FILE``): one JSON object per line.

Schema of a line (pydantic-validated; unknown keys are refused):
``{"kind": "refund_request", "outcome": "outside_window", "name": "Ann Lee",
"email": "ann@example.com", "subject": "Refund please", "body": "...",
"id": "optional", "ticket_id": "optional TCK-123", "amount": 49.0, "days_ago": 40}``.
``kind`` and ``outcome`` say what the simulated backend holds (see tickets.OUTCOMES).
Tasks are read and yielded one line at a time, so a file larger than memory is fine; the
evaluation reads the whole file once to check it before any episode runs, so a malformed
line is still reported by its number with no task from the file used. A line longer than
``MAX_LINE_BYTES`` is refused without being read whole.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from agentgym.scenario import ScenarioError, Task
from agentgym_scenario_support.backend import REFUND_WINDOW_DAYS
from agentgym_scenario_support.tickets import OUTCOMES, Customer, compose_ticket, facts_for


class TicketLine(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str
    outcome: str
    name: str = Field(min_length=1)
    email: str = Field(pattern=r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
    subject: str = Field(min_length=1)
    body: str = Field(min_length=1)
    id: str | None = None
    ticket_id: str | None = Field(default=None, pattern=r"^TCK-\d+$")
    amount: float | None = Field(default=None, gt=0)
    days_ago: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _known_kind_and_outcome(self) -> TicketLine:
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


def _parse(path: Path, number: int, raw: bytes) -> TicketLine:
    try:
        return TicketLine.model_validate(json.loads(raw))
    except json.JSONDecodeError as error:
        raise ScenarioError(f"{path} line {number}: not valid JSON ({error.msg})") from None
    except ValidationError as error:
        raise ScenarioError(f"{path} line {number}: {_one_line_error(error)}") from None
    except RecursionError:
        raise ScenarioError(f"{path} line {number}: not valid JSON (nested too deeply)") from None
    except ValueError as error:  # not UTF-8, or an integer too long to convert
        raise ScenarioError(f"{path} line {number}: not valid JSON ({type(error).__name__})") from None


def load_task_file(path: Path) -> list[Task]:
    """Every task of the file at once (``iter_task_file`` streams them)."""
    return list(iter_task_file(path))


def iter_task_file(path: Path) -> Iterator[Task]:
    """Tasks of the file, one line at a time; raise ScenarioError naming the first bad line."""
    seen: dict[str, int] = {}
    for number, raw in _lines(Path(path)):
        if not raw.strip():
            continue
        line = _parse(path, number, raw)
        ticket_id = line.ticket_id or f"TCK-{90000 + number}"
        customer = Customer(line.name, line.email)
        facts = facts_for(line.kind, line.outcome, ticket_id, customer, random.Random(number))
        facts.update({k: v for k, v in (("amount", line.amount), ("days_ago", line.days_ago)) if v is not None})
        ticket = compose_ticket(ticket_id, customer, line.subject, line.body)
        task_id = line.id or f"file-{number:04d}"
        if task_id in seen:
            raise ScenarioError(f"{path} line {number}: id '{task_id}' is already used on line {seen[task_id]}")
        seen[task_id] = number
        yield Task(task_id, "file", ticket, line.kind, line.outcome, facts)
    if not seen:
        raise ScenarioError(f"{path}: no tasks in the file")
