"""Fuzzed request bodies (hypothesis) against the real server: never a 500, never a traceback.

Four kinds of body: bytes that may not even be JSON; any JSON value; bodies shaped like chat
completions (the served model or another, messages of every role with odd contents, tool
calls with odd arguments, the scenario's tools with mutations, every tool_choice and option);
and well-formed conversations with odd tool calls and results, which reach the policy. Each response must be a 200 (a streamed
one read to its end) or a 4xx in OpenAI's error format; afterwards the server's log must
hold no traceback and no 500.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from serve_testlib import Served, held_out_tickets, openai_tools

from agentgym.scenario import Scenario

pytestmark = pytest.mark.slow  # over the fast subset's budget (make test-fast)

FUZZ = settings(max_examples=250, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ALLOWED = {200, 400, 404, 413}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
odd_text = st.text(max_size=40) | st.sampled_from(["", "Current Task:", "Current Task: x\n\nBegin!", "{", "[]"])
contents = odd_text | st.none() | st.integers() | st.lists(
    st.fixed_dictionaries({"type": st.sampled_from(["text", "image_url", "x"]), "text": odd_text}), max_size=3
) | json_values


def tool_call_strategy(names: list[str]) -> st.SearchStrategy[Any]:
    arguments = st.sampled_from(["{}", "", "{", "[1]", "null", '{"email": 3}', '{"email": "a@b.c"}']) | odd_text | \
        json_values.map(json.dumps)
    return st.fixed_dictionaries(
        {"id": st.sampled_from(["c1", "c2", ""]) | odd_text,
         "type": st.sampled_from(["function", "other"]),
         "function": st.fixed_dictionaries({"name": st.sampled_from(names) | odd_text, "arguments": arguments})},
    ) | json_values


def message_strategy(names: list[str]) -> st.SearchStrategy[Any]:
    roles = st.sampled_from(["system", "developer", "user", "assistant", "tool", "function", "robot"])
    return st.fixed_dictionaries(
        {"role": roles, "content": contents},
        optional={"tool_calls": st.lists(tool_call_strategy(names), max_size=3) | json_values,
                  "tool_call_id": st.sampled_from(["c1", "c2", ""]) | odd_text,
                  "name": odd_text},
    ) | json_values


def tools_strategy(scenario: Scenario) -> st.SearchStrategy[Any]:
    real = openai_tools(scenario)

    def mutate(tools: list[dict[str, Any]], drop: int, rename: str, parameters: Any) -> list[dict[str, Any]]:
        tools = json.loads(json.dumps(tools))
        if tools and drop % 3 == 0:
            tools.pop(drop % len(tools))
        if tools and drop % 5 == 0:
            tools[0]["function"]["name"] = rename
        if tools and drop % 7 == 0:
            tools[-1]["function"]["parameters"] = parameters
        return tools

    return st.just(real) | st.builds(mutate, st.just(real), st.integers(0, 100), odd_text, json_values) | \
        st.lists(json_values, max_size=3) | json_values


def conversations(scenario: Scenario) -> st.SearchStrategy[list[dict[str, Any]]]:
    """Well-formed conversations: the ticket, then tool calls of the scenario's tools (odd
    arguments and results included) each answered by its tool message; the last call's
    arguments may be any text at all."""
    names = list(scenario.tool_names)
    ticket = st.sampled_from([task.ticket for task in held_out_tickets(scenario, 20)]) | odd_text
    arguments = st.dictionaries(st.sampled_from(["email", "ticket_id", "query", "payment_id", "x"]),
                                odd_text | json_values, max_size=3).map(json.dumps)
    odd_arguments = st.sampled_from(["", " ", "{", "[1]", "null", '"x"', "1e999", "NaN"]) | json_values.map(json.dumps)
    exchange = st.tuples(st.sampled_from(names) | odd_text, arguments, odd_text)
    last = st.none() | st.tuples(st.sampled_from(names), odd_arguments, odd_text)

    def build(ticket: str, exchanges: list[tuple[str, str, str]], odd: tuple[str, str, str] | None) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = [{"role": "system", "content": "Help desk."}, {"role": "user", "content": ticket}]
        for i, (name, args, result) in enumerate([*exchanges, *([odd] if odd else [])]):
            call = {"id": f"call_{i}", "type": "function", "function": {"name": name, "arguments": args}}
            messages += [{"role": "assistant", "content": None, "tool_calls": [call]},
                         {"role": "tool", "tool_call_id": f"call_{i}", "content": result}]
        return messages

    return st.builds(build, ticket, st.lists(exchange, max_size=scenario.max_steps + 2), last)


def chat_bodies(served: Served, scenario: Scenario) -> st.SearchStrategy[dict[str, Any]]:
    names = list(scenario.tool_names)
    ticket = held_out_tickets(scenario, 1)[0].ticket
    first = {"role": "user", "content": ticket}
    odd_messages = st.lists(message_strategy(names), max_size=6)
    messages = conversations(scenario) | odd_messages.map(lambda rest: [first, *rest]) | odd_messages
    choices = st.sampled_from(["auto", "none", "required", "any"]) | st.builds(
        lambda name: {"type": "function", "function": {"name": name}}, st.sampled_from(names) | odd_text
    ) | json_values
    return st.fixed_dictionaries(
        {"model": st.just(served.model) | odd_text, "messages": messages},
        optional={"tools": tools_strategy(scenario), "tool_choice": choices, "stream": st.booleans() | json_values,
                  "stream_options": st.fixed_dictionaries({"include_usage": st.booleans()}) | json_values,
                  "n": st.integers(-2, 3) | json_values, "temperature": json_values,
                  "response_format": st.fixed_dictionaries({"type": st.sampled_from(["text", "json_object", "x"])})},
    )


def completion_bodies(served: Served, scenario: Scenario) -> st.SearchStrategy[dict[str, Any]]:
    """Bodies that mostly get past validation: the served model, the scenario's tools."""
    names = list(scenario.tool_names)
    choices = st.sampled_from(["auto", "none", "required"]) | st.builds(
        lambda name: {"type": "function", "function": {"name": name}}, st.sampled_from(names))
    return st.fixed_dictionaries(
        {"model": st.just(served.model), "messages": conversations(scenario), "tools": st.just(openai_tools(scenario))},
        optional={"tool_choice": choices, "stream": st.booleans(),
                  "stream_options": st.fixed_dictionaries({"include_usage": st.booleans()})},
    )


@pytest.fixture(scope="module")
def http(served: Served) -> Any:
    with httpx.Client(base_url=served.base_url, headers=served.headers, timeout=30) as client:
        yield client


def post(http: httpx.Client, content: bytes) -> int:
    with http.stream("POST", "/chat/completions", content=content,
                     headers={"Content-Type": "application/json"}) as response:
        body = response.read()
    assert response.status_code in ALLOWED, (response.status_code, content[:300], body[:300])
    if response.status_code != 200:
        error = json.loads(body)["error"]
        assert error["type"] == "invalid_request_error" and error["message"], error
    elif response.headers["content-type"].startswith("text/event-stream"):
        assert body.endswith(b"data: [DONE]\n\n")
    else:
        assert json.loads(body)["object"] == "chat.completion"
    return response.status_code


def test_fuzzed_requests_never_get_a_500_nor_leave_a_traceback(
    http: httpx.Client, served: Served, scenario: Scenario
) -> None:
    logged_before = served.text().count('POST /v1/chat/completions HTTP/1.1"')

    @FUZZ
    @given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
    def fuzz_bytes(raw: bytes) -> None:
        post(http, raw)

    @FUZZ
    @given(value=json_values)
    def fuzz_json(value: Any) -> None:
        post(http, json.dumps(value).encode())

    @FUZZ
    @given(body=chat_bodies(served, scenario))
    def fuzz_chat_completions(body: dict[str, Any]) -> None:
        post(http, json.dumps(body).encode())

    statuses: list[int] = []

    @FUZZ
    @given(body=completion_bodies(served, scenario))
    def fuzz_conversations(body: dict[str, Any]) -> None:
        statuses.append(post(http, json.dumps(body).encode()))

    fuzz_bytes()
    fuzz_json()
    fuzz_chat_completions()
    fuzz_conversations()
    assert statuses.count(200) >= len(statuses) // 3, "well-formed conversations are decided"

    assert http.get("/models").status_code == 200, "the server is still up"
    log = served.text()
    assert "Traceback" not in log and "Exception" not in log, log[-3000:]
    assert '" 500' not in log
    fuzzed = log.count('POST /v1/chat/completions HTTP/1.1"') - logged_before
    assert fuzzed >= 4 * 100, f"the server logged only {fuzzed} fuzzed requests"
