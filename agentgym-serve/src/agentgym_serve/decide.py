"""One chat completion: a validated request in, the policy's decision out.

No web stack here: the app parses the body and writes the response; this module picks the
run, checks the request against it, reads the conversation and asks the policy. The policy
keeps no state between requests (``decide`` builds everything it needs from the
observation), so nothing here is locked: requests are in flight together and each decision
runs to completion on the event loop between them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from agentgym.handoff import ToolChoiceError
from agentgym.scenario import FinalAnswer, Observation, ToolCall
from agentgym_serve.conversation import observation_of, prompt_text
from agentgym_serve.errors import APIError
from agentgym_serve.runs import ServedRun
from agentgym_serve.schemas import ChatCompletionRequest, NamedToolChoice, Usage
from agentgym_serve.toolset import check_offered_tools, offered_tools


@dataclass(frozen=True)
class Decision:
    """What the policy decided for one request: a tool call (with its arguments as JSON
    text) or a final answer, and the tokens it cost by the scenario's estimate."""

    run: ServedRun
    action: ToolCall | FinalAnswer
    arguments: str | None  # the tool call's arguments as JSON text; None for an answer
    usage: Usage


def complete(runs: Mapping[str, ServedRun], request: ChatCompletionRequest) -> Decision:
    """Decide one request; a request the run cannot serve raises ``APIError`` (4xx)."""
    run = find_run(runs, request.model)
    check_options(request)
    offered = offered_tools(request.tools)
    check_offered_tools(run.tools, offered)  # the one tool-set check (see toolset.py)
    observation = observation_of(request.messages, tuple(offered))
    action = decide_action(run, observation, request.tool_choice)
    arguments = json.dumps(dict(action.arguments)) if isinstance(action, ToolCall) else None
    return Decision(run, action, arguments, usage(run, request, action, arguments))


def find_run(runs: Mapping[str, ServedRun], model: str) -> ServedRun:
    run = runs.get(model)
    if run is None:
        served = ", ".join(sorted(runs)) or "none"
        raise APIError(f"the model '{model}' does not exist; served: {served}", 404, param="model",
                       code="model_not_found")
    return run


def check_options(request: ChatCompletionRequest) -> None:
    """Options a greedy tool-use policy cannot honour are refused, not silently ignored."""
    if request.n not in (None, 1):
        raise APIError("n must be 1: the policy makes one decision per request", param="n",
                       code="unsupported_value")
    if request.response_format is not None and request.response_format.type != "text":
        raise APIError(
            f"response_format '{request.response_format.type}' is not supported: the policy answers in plain text",
            param="response_format", code="unsupported_value",
        )
    choice = request.tool_choice
    if isinstance(choice, NamedToolChoice):
        names = {tool.function.name for tool in request.tools or ()}
        if choice.function.name not in names:
            raise APIError(f"tool_choice names '{choice.function.name}', which is not among the tools offered",
                           param="tool_choice", code="invalid_value")


def decide_action(run: ServedRun, observation: Observation, tool_choice: Any) -> ToolCall | FinalAnswer:
    """The policy's action under ``tool_choice`` (``agentgym.handoff``: the choice over its
    full action set, abstention when it is not offered or too unsure); a choice the policy
    cannot satisfy is a 400."""
    choice = tool_choice.function.name if isinstance(tool_choice, NamedToolChoice) else tool_choice
    try:
        return run.handoff.decide(observation, choice)
    except ToolChoiceError as error:
        raise APIError(str(error), param="tool_choice", code="tool_choice_unsatisfiable") from None


def usage(run: ServedRun, request: ChatCompletionRequest, action: ToolCall | FinalAnswer,
          arguments: str | None) -> Usage:
    """Prompt and completion tokens by the scenario's estimate (``count_tokens``)."""
    count = run.scenario.count_tokens
    prompt = sum(count(text) for text in prompt_text(request.messages))
    if isinstance(action, ToolCall):
        completion = count(action.name) + count(arguments or "")
    else:
        completion = count(action.text)
    return Usage(prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion)
