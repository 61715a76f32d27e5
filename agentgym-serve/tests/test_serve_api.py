"""The HTTP API as clients meet it, on the real server (``served``: uvicorn, API key on).

Decisions are compared with the run's own policy (``support_policy.decide``) on the same
observation; errors must be 4xx in OpenAI's format (``{"error": {message, type, param,
code}}``), never a 500.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from serve_testlib import Served, held_out_tickets, openai_tools

from agentgym.scenario import FinalAnswer, Observation, Scenario, ToolCall, ToolEvent


@pytest.fixture
def http(served: Served) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served.base_url, headers=served.headers, timeout=30) as client:
        yield client


def first_turn(served: Served, scenario: Scenario, ticket: str, **extra: Any) -> dict[str, Any]:
    return {"model": served.model, "messages": [{"role": "user", "content": ticket}],
            "tools": openai_tools(scenario), **extra}


def assert_error(response: httpx.Response, status: int, code: str | None, *, in_message: str = "") -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"message", "type", "param", "code"}, body
    assert body["error"]["code"] == code, body
    assert in_message in body["error"]["message"], body
    return body["error"]


def conversation(scenario: Scenario, policy: Any, ticket: str, seed: int = 0) -> tuple[list[dict[str, Any]], list[ToolEvent]]:
    """The messages of a native episode played to its end (assistant calls and tool results)."""
    task = next(t for t in scenario.tasks("test") if t.ticket == ticket)
    episode = scenario.new_episode(task, seed)
    messages: list[dict[str, Any]] = [{"role": "user", "content": ticket}]
    while not episode.done:
        action = policy.decide(episode.observe())
        if not isinstance(action, ToolCall):
            break
        call_id = f"call_{len(episode.steps)}"
        messages.append({"role": "assistant", "content": None, "tool_calls": [
            {"id": call_id, "type": "function",
             "function": {"name": action.name, "arguments": json.dumps(dict(action.arguments))}}]})
        messages.append({"role": "tool", "tool_call_id": call_id, "content": episode.call_tool(action.name, action.arguments)})
    return messages, list(episode.history)


# --- health, models, keys ---------------------------------------------------------------------------
def test_health_answers_without_a_key(served: Served) -> None:
    response = httpx.get(f"http://127.0.0.1:{served.port}/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "models": 1}


def test_models_list_the_run_with_its_scenario_policy_and_manifest_sha256(
    served: Served, http: httpx.Client, support_run_dir: Path
) -> None:
    manifest_path = support_run_dir / "model" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())

    listed = http.get("/models").json()

    assert listed["object"] == "list"
    [card] = listed["data"]
    assert card["id"] == served.model == support_run_dir.name
    assert (card["object"], card["owned_by"], card["scenario"], card["policy"]) == (
        "model", "agentgym", "customer_support", manifest["policy"]["kind"])
    assert card["manifest_sha256"] == hashlib.sha256(manifest_path.read_bytes()).hexdigest()
    assert card["weights_sha256"] == {"weights.npz": manifest["files"]["weights.npz"]["sha256"]}
    assert card["featurizer"] == manifest["featurizer"]
    assert http.get(f"/models/{served.model}").json() == card
    assert_error(http.get("/models/nope"), 404, "model_not_found", in_message=served.model)


def test_openai_client_lists_the_models(served: Served) -> None:
    import openai

    client = openai.OpenAI(base_url=served.base_url, api_key=served.api_key, max_retries=0)

    assert [model.id for model in client.models.list()] == [served.model]


@pytest.mark.parametrize("authorization", [None, "Bearer wrong-key", "Basic test-key-0123456789", "Bearer"],
                         ids=["missing", "wrong", "not-bearer", "empty"])
def test_a_request_without_the_right_key_gets_401(
    served: Served, scenario: Scenario, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    body = first_turn(served, scenario, held_out_tickets(scenario, 1)[0].ticket)

    for response in (httpx.post(f"{served.base_url}/chat/completions", json=body, headers=headers),
                     httpx.get(f"{served.base_url}/models", headers=headers)):
        assert_error(response, 401, "invalid_api_key")
        assert response.headers["www-authenticate"] == "Bearer"


def test_openai_client_with_a_wrong_key_raises_authentication_error(served: Served, scenario: Scenario) -> None:
    import openai

    client = openai.OpenAI(base_url=served.base_url, api_key="wrong", max_retries=0)

    with pytest.raises(openai.AuthenticationError) as raised:
        client.chat.completions.create(model=served.model, messages=[{"role": "user", "content": "hi"}])
    assert raised.value.status_code == 401


# --- decisions --------------------------------------------------------------------------------------
def test_a_completion_is_the_policys_decision_with_usage_by_the_scenarios_estimate(
    served: Served, http: httpx.Client, scenario: Scenario, support_policy: Any
) -> None:
    ticket = held_out_tickets(scenario, 1)[0].ticket
    expected = support_policy.decide(Observation(ticket, (), scenario.tool_names))
    assert isinstance(expected, ToolCall)

    body = http.post("/chat/completions", json=first_turn(served, scenario, ticket)).json()

    assert body["object"] == "chat.completion" and body["model"] == served.model
    [choice] = body["choices"]
    assert choice["finish_reason"] == "tool_calls"
    message = choice["message"]
    assert message["role"] == "assistant" and message["content"] is None
    [call] = message["tool_calls"]
    assert call["type"] == "function" and call["id"].startswith("call_")
    assert call["function"]["name"] == expected.name
    assert json.loads(call["function"]["arguments"]) == dict(expected.arguments)
    arguments = call["function"]["arguments"]
    completion_tokens = scenario.count_tokens(expected.name) + scenario.count_tokens(arguments)
    assert body["usage"] == {"prompt_tokens": scenario.count_tokens(ticket), "completion_tokens": completion_tokens,
                             "total_tokens": scenario.count_tokens(ticket) + completion_tokens}


def test_the_whole_episode_through_the_api_ends_with_the_policys_answer(
    served: Served, http: httpx.Client, scenario: Scenario, support_policy: Any
) -> None:
    task = held_out_tickets(scenario, 3)[2]
    native = scenario.run(support_policy, task, 0)
    messages, history = conversation(scenario, support_policy, task.ticket)
    assert len(history) == native.tool_calls > 0

    body = http.post("/chat/completions", json={"model": served.model, "messages": messages,
                                                 "tools": openai_tools(scenario)}).json()

    [choice] = body["choices"]
    assert choice["finish_reason"] == "stop"
    assert choice["message"]["content"] == native.final_answer
    assert choice["message"].get("tool_calls") is None
    prompt = sum(scenario.count_tokens(text) for m in messages for text in (
        [m["content"] or ""] + [part for c in m.get("tool_calls", ()) for part in
                                (c["function"]["name"], c["function"]["arguments"])]))
    assert body["usage"]["prompt_tokens"] == prompt


def stream_events(http: httpx.Client, body: dict[str, Any]) -> list[str]:
    with http.stream("POST", "/chat/completions", json=body) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        text = response.read().decode()
    assert text.endswith("\n\n")
    events = text.split("\n\n")[:-1]
    assert all(event.startswith("data: ") for event in events), events
    return [event.removeprefix("data: ") for event in events]


def test_a_streamed_tool_call_comes_in_deltas_then_done(
    served: Served, http: httpx.Client, scenario: Scenario
) -> None:
    ticket = held_out_tickets(scenario, 1)[0].ticket
    plain = http.post("/chat/completions", json=first_turn(served, scenario, ticket)).json()
    [expected] = plain["choices"][0]["message"]["tool_calls"]

    events = stream_events(http, first_turn(served, scenario, ticket, stream=True,
                                            stream_options={"include_usage": True}))

    assert events[-1] == "[DONE]"
    chunks = [json.loads(event) for event in events[:-1]]
    assert {chunk["object"] for chunk in chunks} == {"chat.completion.chunk"}
    assert len({chunk["id"] for chunk in chunks}) == 1
    first, *middle, last, usage = chunks
    head = first["choices"][0]["delta"]
    assert head["role"] == "assistant"
    [call] = head["tool_calls"]
    assert (call["index"], call["type"], call["function"]["name"]) == (0, "function", expected["function"]["name"])
    assert call["id"].startswith("call_")
    assert len(middle) >= 2, "the arguments come in fragments"
    fragments = [chunk["choices"][0]["delta"]["tool_calls"][0] for chunk in middle]
    assert all(set(fragment) == {"index", "function"} for fragment in fragments), "no nulls in a delta"
    assert "".join(f["function"]["arguments"] for f in fragments) == expected["function"]["arguments"]
    assert last["choices"][0] == {"index": 0, "delta": {}, "finish_reason": "tool_calls", "logprobs": None}
    assert usage["choices"] == [] and usage["usage"] == plain["usage"]


def test_a_streamed_answer_comes_in_text_deltas(
    served: Served, http: httpx.Client, scenario: Scenario, support_policy: Any
) -> None:
    task = held_out_tickets(scenario, 3)[2]
    messages, _ = conversation(scenario, support_policy, task.ticket)

    events = stream_events(http, {"model": served.model, "messages": messages, "tools": openai_tools(scenario),
                                  "stream": True})

    chunks = [json.loads(event) for event in events[:-1]]
    text = "".join(chunk["choices"][0]["delta"].get("content", "") for chunk in chunks)
    assert text == scenario.run(support_policy, task, 0).final_answer
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert all("usage" not in chunk or chunk["usage"] is None for chunk in chunks), "no usage chunk unless asked"


def test_concurrent_requests_get_the_decisions_sequential_ones_get(
    served: Served, scenario: Scenario, support_policy: Any
) -> None:
    tickets = [task.ticket for task in held_out_tickets(scenario, 64)]
    expected = [support_policy.decide(Observation(ticket, (), scenario.tool_names)) for ticket in tickets]

    def ask(ticket: str) -> tuple[str, dict[str, Any]]:
        response = httpx.post(f"{served.base_url}/chat/completions", headers=served.headers, timeout=60,
                              json=first_turn(served, scenario, ticket))
        [call] = response.json()["choices"][0]["message"]["tool_calls"]
        return call["function"]["name"], json.loads(call["function"]["arguments"])

    with ThreadPoolExecutor(max_workers=16) as pool:
        got = list(pool.map(ask, tickets))

    assert got == [(action.name, dict(action.arguments)) for action in expected]


# --- tool_choice and offered tools --------------------------------------------------------------------
def test_tool_choice_none_and_no_tools_get_the_policys_answer(
    served: Served, http: httpx.Client, scenario: Scenario, support_policy: Any
) -> None:
    ticket = held_out_tickets(scenario, 1)[0].ticket
    assert isinstance(support_policy.choose(Observation(ticket, (), scenario.tool_names)).action, ToolCall)
    answer = support_policy.decide(Observation(ticket, (), ()))  # it would call a tool: it says it cannot
    assert isinstance(answer, FinalAnswer) and answer.text == scenario.abstain_answer(Observation(ticket), "")

    for body in (first_turn(served, scenario, ticket, tool_choice="none"),
                 {"model": served.model, "messages": [{"role": "user", "content": ticket}]},
                 first_turn(served, scenario, ticket, tools=[])):
        [choice] = http.post("/chat/completions", json=body).json()["choices"]
        assert (choice["finish_reason"], choice["message"]["content"]) == ("stop", answer.text)
        assert choice["message"].get("tool_calls") is None


def test_tool_choice_naming_a_tool(served: Served, http: httpx.Client, scenario: Scenario, support_policy: Any) -> None:
    ticket = held_out_tickets(scenario, 1)[0].ticket
    chosen = support_policy.decide(Observation(ticket, (), scenario.tool_names))
    named = {"type": "function", "function": {"name": chosen.name}}

    [choice] = http.post("/chat/completions", json=first_turn(served, scenario, ticket, tool_choice=named)).json()["choices"]
    assert choice["message"]["tool_calls"][0]["function"]["name"] == chosen.name

    # refund needs a payment id, which nothing in the conversation gives yet
    refund = {"type": "function", "function": {"name": "refund"}}
    assert_error(http.post("/chat/completions", json=first_turn(served, scenario, ticket, tool_choice=refund)),
                 400, "tool_choice_unsatisfiable", in_message="'refund'")
    not_offered = {"type": "function", "function": {"name": "web_search"}}
    assert_error(http.post("/chat/completions", json=first_turn(served, scenario, ticket, tool_choice=not_offered)),
                 400, "invalid_value", in_message="'web_search'")


def test_tool_choice_required(served: Served, http: httpx.Client, scenario: Scenario, support_policy: Any) -> None:
    task = held_out_tickets(scenario, 3)[2]
    body = first_turn(served, scenario, task.ticket, tool_choice="required")
    assert http.post("/chat/completions", json=body).json()["choices"][0]["finish_reason"] == "tool_calls"

    messages, _ = conversation(scenario, support_policy, task.ticket)  # the policy answers next
    body = {"model": served.model, "messages": messages, "tools": openai_tools(scenario), "tool_choice": "required"}
    assert_error(http.post("/chat/completions", json=body), 400, "tool_choice_unsatisfiable")


def test_extra_tools_the_run_does_not_know_are_accepted(
    served: Served, http: httpx.Client, scenario: Scenario, support_policy: Any
) -> None:
    ticket = held_out_tickets(scenario, 1)[0].ticket
    extra = {"type": "function", "function": {"name": "web_search", "parameters": {"type": "object"}}}
    body = first_turn(served, scenario, ticket)
    body["tools"] = [extra, *body["tools"]]

    [call] = http.post("/chat/completions", json=body).json()["choices"][0]["message"]["tool_calls"]

    assert call["function"]["name"] == support_policy.decide(Observation(ticket, (), scenario.tool_names)).name


def without_tool(scenario: Scenario, name: str) -> list[dict[str, Any]]:
    return [tool for tool in openai_tools(scenario) if tool["function"]["name"] != name]


def with_renamed_argument(scenario: Scenario, tool: str, old: str, new: str) -> list[dict[str, Any]]:
    tools = openai_tools(scenario)
    for entry in tools:
        if entry["function"]["name"] == tool:
            parameters = json.loads(json.dumps(entry["function"]["parameters"]))
            parameters["properties"][new] = parameters["properties"].pop(old)
            parameters["required"] = [new if r == old else r for r in parameters["required"]]
            entry["function"]["parameters"] = parameters
    return tools


# --- errors ----------------------------------------------------------------------------------------------
def bad_requests(served: Served, scenario: Scenario) -> list[tuple[str, Any, int, str, str]]:
    """(case, body, status, code, part of the message)."""
    ticket = held_out_tickets(scenario, 1)[0].ticket
    good = first_turn(served, scenario, ticket)
    user = {"role": "user", "content": ticket}
    call = {"id": "c1", "type": "function", "function": {"name": "lookup_user", "arguments": "{"}}
    return [
        ("unknown model", {**good, "model": "gpt-9"}, 404, "model_not_found", "'gpt-9' does not exist"),
        ("not json", b"{not json", 400, "invalid_json", "not valid JSON"),
        ("not an object", b"[1, 2]", 400, "invalid_value", ""),
        ("nested too deep", b'{"model": "m", "messages": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", 400,
         "invalid_json", "recursion limit"),
        ("no messages", {**good, "messages": []}, 400, "invalid_value", "messages"),
        ("unknown role", {**good, "messages": [{"role": "robot", "content": "x"}]}, 400, "invalid_value", "messages.0"),
        ("content not text", {**good, "messages": [{"role": "user", "content": 42}]}, 400, "invalid_value", "messages.0"),
        ("no user message", {**good, "messages": [{"role": "system", "content": "x"}]}, 400,
         "missing_user_message", "user message"),
        ("tool result for no call", {**good, "messages": [user, {"role": "tool", "tool_call_id": "x", "content": "r"}]},
         400, "unknown_tool_call_id", "'x'"),
        ("arguments not json", {**good, "messages": [user, {"role": "assistant", "tool_calls": [call]},
                                                       {"role": "tool", "tool_call_id": "c1", "content": "r"}]},
         400, "invalid_value", "messages.1.tool_calls.0.function.arguments"),
        ("n=2", {**good, "n": 2}, 400, "unsupported_value", "n must be 1"),
        ("json output", {**good, "response_format": {"type": "json_object"}}, 400, "unsupported_value",
         "response_format"),
        ("missing tool", {**good, "tools": without_tool(scenario, "refund")}, 400, "tool_set_mismatch",
         "missing refund"),
        ("renamed argument", {**good, "tools": with_renamed_argument(scenario, "refund", "payment_id", "payment")},
         400, "tool_set_mismatch", "refund takes (payment) where the policy was trained with (payment_id)"),
        ("tool twice", {**good, "tools": good["tools"] + good["tools"][:1]}, 400, "duplicate_tool", "offered twice"),
        ("bad tool name", {**good, "tools": [{"type": "function", "function": {"name": "a b"}}]}, 400,
         "invalid_value", "tools.0.function.name"),
        ("stream not a bool", {**good, "stream": "yes"}, 400, "invalid_value", "stream"),
        ("n not an integer", {**good, "n": "1"}, 400, "invalid_value", "n"),
    ]


def test_bad_requests_get_4xx_in_openais_error_format(served: Served, http: httpx.Client, scenario: Scenario) -> None:
    for case, body, status, code, message in bad_requests(served, scenario):
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        response = http.post("/chat/completions", content=content, headers={"Content-Type": "application/json"})
        try:
            assert_error(response, status, code, in_message=message)
        except AssertionError as error:
            raise AssertionError(f"{case}: {error}") from None


def test_a_body_over_the_limit_gets_413(served: Served, http: httpx.Client) -> None:
    huge = b'{"model": "m", "messages": [{"role": "user", "content": "' + b"x" * (5 * 1024 * 1024) + b'"}]}'

    assert_error(http.post("/chat/completions", content=huge), 413, "request_too_large")


def test_unknown_routes_and_methods_get_openai_errors(http: httpx.Client) -> None:
    assert_error(http.get("/chat/completions"), 405, "method_not_allowed")
    assert_error(http.get("/completions"), 404, "not_found")
