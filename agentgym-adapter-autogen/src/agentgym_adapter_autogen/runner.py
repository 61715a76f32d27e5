"""One ticket through AutoGen's own loop (an agent or a team), reduced to the final answer."""

from __future__ import annotations

from typing import Any

from autogen_agentchat.base import ChatAgent, TaskResult, Team
from autogen_agentchat.messages import BaseChatMessage
from autogen_core import CancellationToken


async def answer_ticket(agent: ChatAgent | Team, ticket: str) -> str:
    """Reset, run ``ticket`` as the task and return the answer.

    The reset makes each ticket a fresh episode (AutoGen agents keep their model context
    between runs). The answer is the agent's last chat message: the policy's final text,
    or, when ``max_tool_iterations`` ran out first, AutoGen's tool-call summary.
    """
    if isinstance(agent, Team):
        await agent.reset()
    else:
        await agent.on_reset(CancellationToken())
    result = await agent.run(task=ticket)
    return final_answer(result, agent.name if isinstance(agent, ChatAgent) else None)


def final_answer(result: TaskResult, source: str | None = None) -> str:
    """The last chat message (from ``source`` when given) of a run, as text."""
    messages: list[Any] = [m for m in result.messages if isinstance(m, BaseChatMessage)]
    if source is not None:
        messages = [m for m in messages if m.source == source] or messages
    replies = [m for m in messages if m.source != "user"] or messages
    return replies[-1].to_text() if replies else ""
