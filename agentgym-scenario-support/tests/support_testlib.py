"""Helpers shared by the customer_support tests (imported as ``support_testlib``).

A uniquely named module rather than ``conftest`` imports, since the repository root has a
``conftest.py`` of its own and pytest runs in importlib mode.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from agentgym.scenario import FinalAnswer, Observation, Task, ToolCall, ToolEvent, Trajectory
from agentgym_scenario_support.episode import SupportEpisode
from agentgym_scenario_support.scenario import CustomerSupportScenario

# The tool sequence the expert follows for each (kind, outcome), with no transient failures, on a
# plain ticket (a header with the account's address, a message that says what is wanted).
EXPECTED_SEQUENCES: dict[tuple[str, str], tuple[str, ...]] = {
    ("password_reset", "active"): ("lookup_user", "send_reset_link", "close_ticket"),
    ("password_reset", "locked"): ("lookup_user", "escalate"),
    ("password_reset", "unknown_email"): ("lookup_user", "ask_customer", "send_email", "close_ticket"),
    ("billing_inquiry", "found"): ("lookup_user", "check_payment", "send_email", "close_ticket"),
    ("billing_inquiry", "unknown_email"): ("lookup_user", "ask_customer", "send_email", "close_ticket"),
    ("api_integration", "invalid_key"): ("lookup_user", "check_logs", "create_api_key", "send_email", "close_ticket"),
    ("api_integration", "rate_limited"): ("lookup_user", "check_logs", "search_kb", "send_email", "close_ticket"),
    ("api_integration", "server_error"): ("lookup_user", "check_logs", "escalate"),
    ("refund_request", "within_window"): ("lookup_user", "check_payment", "refund", "send_email", "close_ticket"),
    ("refund_request", "outside_window"): ("lookup_user", "check_payment", "escalate"),
    ("refund_request", "already_refunded"): ("lookup_user", "check_payment", "send_email", "close_ticket"),
    ("data_migration", "clean"): ("lookup_user", "search_kb", "check_logs", "update_ticket", "send_email", "close_ticket"),
    ("data_migration", "failed"): ("lookup_user", "search_kb", "check_logs", "escalate"),
}

PAIRS = sorted(EXPECTED_SEQUENCES)


def expected_sequence(task: Task) -> tuple[str, ...]:
    """The expert's tools for any presentation of a task, from its facts: ask for the address
    when the ticket shows none, ask again when the one shown has no account (the customer
    gives the account's, or says they have no other), ask what they want when the message
    does not say (twice after a vague answer), then the plain sequence."""
    facts = task.params
    plain = EXPECTED_SEQUENCES[(task.kind, task.outcome)]
    tools: list[str] = []
    if not facts["email_shown"]:
        tools.append("ask_customer")
    tools.append("lookup_user")
    if task.outcome == "unknown_email":
        return (*tools, "ask_customer", "send_email", "close_ticket")
    if "account_email" in facts and facts["email_shown"]:
        tools += ["ask_customer", "lookup_user"]
    if facts["ambiguous"]:
        tools += ["ask_customer"] * (2 if facts["vague_request"] else 1)
    return (*tools, *plain[1:])
READ_ONLY_TOOLS = ("lookup_user", "check_payment", "check_logs", "search_kb", "ask_customer")


def agentgym_command() -> list[str]:
    """The ``agentgym`` console script of the running interpreter's environment."""
    script = Path(sys.executable).with_name("agentgym")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from agentgym.cli import main; main()"]


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("AGENTGYM_DISABLE_PLUGIN_AUTOLOAD", None)
    env.setdefault("NO_COLOR", "1")
    return subprocess.run(
        [*agentgym_command(), *args], capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


def is_plain(task: Task) -> bool:
    """A header with the account's own address, and a message that says what is wanted."""
    facts = task.params
    return bool(facts["header"] and facts["email_shown"] and not facts["ambiguous"] and "account_email" not in facts)


def task_for(scenario: CustomerSupportScenario, kind: str, outcome: str, split: str = "test") -> Task:
    """The first plain task of ``split`` with this kind and outcome."""
    for task in scenario.tasks(split):
        if task.kind == kind and task.outcome == outcome and is_plain(task):
            return task
    raise LookupError(f"no {kind}/{outcome} task in {split}")


def gold_next(scenario: CustomerSupportScenario, episode: SupportEpisode) -> ToolCall | FinalAnswer:
    return scenario.gold_action(episode.task, episode.observe())


def finish_with_gold(scenario: CustomerSupportScenario, episode: SupportEpisode) -> Trajectory:
    """Let the expert take over until the episode ends; return the graded trajectory."""
    while not episode.done:
        episode.act(gold_next(scenario, episode))
    return episode.trajectory()


def call(episode: SupportEpisode, tool: str, **overrides: Any) -> str:
    """Call ``tool`` with the resolver's arguments (optionally overridden)."""
    arguments = episode.scenario.resolve_arguments(tool, episode.observe()) or {}
    arguments.update(overrides)
    return episode.call_tool(tool, arguments)


def run_script(
    scenario: CustomerSupportScenario, task: Task, seed: int, tools: Iterable[str], answer: bool = True
) -> Trajectory:
    """Call ``tools`` in order with resolver arguments, then give the final answer."""
    episode = scenario.new_episode(task, seed)
    for tool in tools:
        call(episode, tool)
    if answer:
        episode.finish("Handled.")
    return episode.trajectory()


def gold_tools(scenario: CustomerSupportScenario, task: Task, seed: int) -> tuple[str, ...]:
    episode = scenario.new_episode(task, seed)
    return tuple(step.tool for step in finish_with_gold(scenario, episode).steps)


def observation(ticket: str, *events: tuple[str, dict[str, Any], str]) -> Observation:
    return Observation(ticket, tuple(ToolEvent(name, args, result) for name, args, result in events))
