"""The CrewAI objects a policy runs in: an ``Agent`` around ``PolicyLLM``, and one
``Task``/``Crew`` per ticket, configured so a run is reproducible and side-effect safe."""

from __future__ import annotations

import contextvars
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stdout
from typing import Any

from agentgym_adapter_crewai.offline import import_crewai, tracing_requested

import_crewai()

from crewai import Agent, Crew, Task  # noqa: E402
from crewai.events.listeners.tracing.utils import (  # noqa: E402
    set_suppress_tracing_messages,
    should_suppress_tracing_messages,
)
from crewai.tools.tool_failure import ToolExecutionFailedError  # noqa: E402

from agentgym.adapters import DecisionPolicy  # noqa: E402
from agentgym.handoff import STRUCTURED_OUTPUT, StructuredOutputUnsupported  # noqa: E402
from agentgym_adapter_crewai.llm import PolicyLLM  # noqa: E402
from agentgym_adapter_crewai.tools import offered_by, tool_names  # noqa: E402

ROLE = "AgentGym policy"
GOAL = "Resolve the customer's ticket with the right tools, and no more of them than needed."
BACKSTORY = "A tool-use policy trained with reinforcement learning by AgentGym."
EXPECTED_OUTPUT = "The final answer to the customer."


def policy_agent(
    policy: DecisionPolicy, tools: Sequence[Any], *, max_steps: int, **options: Any
) -> Agent:
    """A CrewAI ``Agent`` in which ``policy`` makes every decision.

    ``max_iter`` caps the model calls that may run tools at ``max_steps``; after that
    CrewAI asks once more for a final answer. Tool caching is off (tools have side
    effects), and so are CrewAI's retries of a failed task (they would re-run tools),
    delegation, and context summarising (the policy must see results verbatim).
    ``tool_map``, ``strict`` and ``abstain_threshold`` configure the hand-off
    (``agentgym.handoff``); the tools are checked here, before the agent is built. Other
    ``options`` are passed on to ``Agent`` and override these defaults.
    """
    handoff = {name: options.pop(name) for name in ("tool_map", "strict", "abstain_threshold") if name in options}
    names = tool_names(tools)
    llm = PolicyLLM(policy, names=names, **handoff)
    llm.handoff.check(offered_by(tools))
    settings: dict[str, Any] = {
        "role": ROLE,
        "goal": GOAL,
        "backstory": BACKSTORY,
        "llm": llm,
        "tools": list(tools),
        "max_iter": max_steps,
        "cache": False,
        "allow_delegation": False,
        "max_retry_limit": 0,
        "respect_context_window": False,
        "use_better_compaction": False,
        "verbose": False,
    }
    settings.update(options)
    return Agent(**settings)


def ticket_crew(agent: Agent, ticket: str, **options: Any) -> Crew:
    """A one-task ``Crew`` that hands ``ticket`` to ``agent`` (its description is the ticket).

    ``task_options`` (a dict) go to the ``Task``; structured output there is refused now."""
    task_options = dict(options.pop("task_options", {}))
    for option in ("output_pydantic", "output_json", "response_model"):
        if task_options.get(option) is not None:
            raise StructuredOutputUnsupported(STRUCTURED_OUTPUT.format(option=option))
    task = Task(description=ticket, expected_output=EXPECTED_OUTPUT, agent=agent, **task_options)
    settings: dict[str, Any] = {
        "agents": [agent],
        "tasks": [task],
        "cache": False,
        "verbose": False,
    }
    settings.update(options)
    return Crew(**settings)


def kickoff(crew: Crew) -> str:
    """Run ``crew`` and return its final answer as text.

    CrewAI stops a run that repeats an identical tool call and result five times (and a
    failing tool under ``tool_failure_policy="raise"``) by raising; that ends the run here,
    with the error's message as the answer, so an evaluation never crashes on it. Such a
    stop leaves CrewAI's event scopes open (they live in context variables), and after a
    hundred of them CrewAI refused every run (``StackDepthExceededError``); each run gets
    a copy of the caller's context, so whatever it leaves open is dropped with it. What
    CrewAI prints meanwhile (its event bus warns on stdout) goes to stderr: stdout is the
    caller's (``agentgym eval --json``).
    """
    with _no_tracing_prompt(), redirect_stdout(sys.stderr):
        try:
            output = contextvars.copy_context().run(crew.kickoff)
        except ToolExecutionFailedError as error:
            return f"Stopped: {error}"
    return str(getattr(output, "raw", output))


@contextmanager
def _no_tracing_prompt() -> Iterator[None]:
    """No first-run "Share this execution trace with CrewAI?" prompt unless asked for.

    Unless ``CREWAI_TRACING_ENABLED`` is false (the offline default), CrewAI ends a first
    run in a terminal with that question and waits up to 20 seconds for an answer, even
    when tracing is merely unset (or set empty). Suppressed, CrewAI treats the run as
    declined, the same as a run without a terminal.
    """
    if tracing_requested():
        yield
        return
    previous = should_suppress_tracing_messages()
    set_suppress_tracing_messages(True)
    try:
        yield
    finally:
        set_suppress_tracing_messages(previous)
