"""Tickets from a user's JSONL file (``--tasks FILE``): one JSON object per line.

Schema of a line (pydantic-validated; unknown keys are refused):
``{"kind": "refund_request", "outcome": "outside_window", "name": "Ann Lee",
"email": "ann@example.com", "subject": "Refund please", "body": "...",
"id": "optional", "ticket_id": "optional TCK-123", "amount": 49.0, "days_ago": 40}``.
``kind`` and ``outcome`` say what the simulated backend holds (see tickets.OUTCOMES).
A malformed line is reported by its number and no task from the file is used.
"""

from __future__ import annotations

import json
import random
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


def load_task_file(path: Path) -> list[Task]:
    """Parse every line first; raise ScenarioError naming the first bad line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ScenarioError(f"cannot read task file {path}: {error.strerror}") from None
    tasks: list[Task] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            line = TicketLine.model_validate(json.loads(raw))
        except json.JSONDecodeError as error:
            raise ScenarioError(f"{path} line {number}: not valid JSON ({error.msg})") from None
        except ValidationError as error:
            raise ScenarioError(f"{path} line {number}: {_one_line_error(error)}") from None
        ticket_id = line.ticket_id or f"TCK-{90000 + number}"
        customer = Customer(line.name, line.email)
        facts = facts_for(line.kind, line.outcome, ticket_id, customer, random.Random(number))
        facts.update({k: v for k, v in (("amount", line.amount), ("days_ago", line.days_ago)) if v is not None})
        ticket = compose_ticket(ticket_id, customer, line.subject, line.body)
        task_id = line.id or f"file-{number:04d}"
        if task_id in seen:
            raise ScenarioError(f"{path} line {number}: id '{task_id}' is already used on line {seen[task_id]}")
        seen[task_id] = number
        tasks.append(Task(task_id, "file", ticket, line.kind, line.outcome, facts))
    if not tasks:
        raise ScenarioError(f"{path}: no tasks in the file")
    return tasks
