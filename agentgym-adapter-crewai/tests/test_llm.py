"""PolicyLLM: what CrewAI's executor gets back from ``call`` and ``acall``."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from agentgym.scenario import Action, FinalAnswer, Observation, ToolCall
from agentgym_adapter_crewai.llm import PolicyLLM
from agentgym_adapter_crewai.names import ToolNames

TOOLS = [{"type": "function", "function": {"name": "lookup_user", "parameters": {}}}]
MESSAGES = [{"role": "user", "content": "\nCurrent Task: Who is U-1?"}]


class Fixed:
    def __init__(self, action: Action) -> None:
        self.action = action
        self.seen: list[Observation] = []

    def decide(self, observation: Observation) -> Action:
        self.seen.append(observation)
        return self.action


def llm(action: Action) -> PolicyLLM:
    return PolicyLLM(Fixed(action), names=ToolNames({"lookup_user": "Lookup User"}))


def test_reports_native_function_calling() -> None:
    model = llm(FinalAnswer())
    assert model.supports_function_calling()
    assert not model.supports_stop_words()


def test_tool_call_is_an_openai_style_list_under_crewais_name() -> None:
    reply = llm(ToolCall("Lookup User", {"user_id": "U-1"})).call(MESSAGES, tools=TOOLS)
    assert isinstance(reply, list) and len(reply) == 1
    assert reply[0]["type"] == "function" and reply[0]["id"]
    assert reply[0]["function"]["name"] == "lookup_user"
    assert json.loads(reply[0]["function"]["arguments"]) == {"user_id": "U-1"}


def test_policy_sees_ticket_and_own_tool_names() -> None:
    model = llm(FinalAnswer("ok"))
    model.call(MESSAGES, tools=TOOLS)
    assert model.policy.seen == [Observation("Who is U-1?", (), ("Lookup User",))]


def test_final_answer_is_text_and_never_empty() -> None:
    assert llm(FinalAnswer("All done.")).call(MESSAGES, tools=TOOLS) == "All done."
    assert llm(FinalAnswer("  ")).call(MESSAGES, tools=TOOLS) == "Done."


def test_without_tools_the_answer_is_react_final_answer_text() -> None:
    assert llm(FinalAnswer("Bye.")).call(MESSAGES) == "Final Answer: Bye."
    stopped = llm(ToolCall("Lookup User", {})).call(MESSAGES)  # e.g. CrewAI's call after max_iter
    assert isinstance(stopped, str) and stopped.startswith("Final Answer: ")
    assert "'Lookup User'" in stopped and "no tools are offered" in stopped


def test_acall_matches_call() -> None:
    reply: Any = asyncio.run(llm(FinalAnswer("async")).acall(MESSAGES, tools=TOOLS))
    assert reply == "async"
