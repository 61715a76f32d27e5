"""Four clients, no AgentGym adapter: the served policy makes the native tool calls.

A real ``agentgym serve`` (uvicorn on a loopback port, API key on; the ``served`` fixture)
serves the small trained customer_support run. Each client runs 100 held-out test tickets
(spread over the split) through its own agent loop, once with plain responses and once
streamed, with tools written the way that client's users write them, acting on a fresh
episode of each ticket (same seed as the native run):

- the OpenAI SDK (``client.chat.completions.create`` and the SDK's stream helper) in a plain
  tool loop;
- LangChain: ``ChatOpenAI(base_url=...)`` inside ``create_agent``;
- AutoGen: ``OpenAIChatCompletionClient(base_url=...)`` inside an ``AssistantAgent``;
- CrewAI: ``LLM(base_url=...)`` for an ``Agent`` in a one-task ``Crew``.

Every ticket's tool-call sequence (tool, arguments and result) must equal native evaluation's
(``scenario.run(policy, task, seed)``), and so must success. An httpx hook on each client
records the ``stream`` flag of every chat completion it sent, so a "streamed" run is known
to have streamed.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from serve_testlib import (
    TICKETS,
    Desk,
    Served,
    StreamFlags,
    arguments_model,
    calls,
    held_out_tickets,
    openai_tools,
)

from agentgym.scenario import Scenario, Task, Trajectory

pytestmark = pytest.mark.slow  # over the fast subset's budget (make test-fast)

STREAMING = [False, True]
MODES = ["plain", "streamed"]


def loops(trajectory: Trajectory) -> bool:
    """Whether the native episode ran into the step cap or repeated one call (same tool, same
    arguments) more than three times. The frameworks end such loops their own way by design
    (CrewAI stops a fifth identical call, LangGraph its recursion limit), not at the scenario's
    step cap, so those tickets cannot be compared call for call."""
    repeats = Counter((step.tool, json.dumps(dict(step.arguments), sort_keys=True)) for step in trajectory.steps)
    return trajectory.truncated or max(repeats.values(), default=0) > 3


@pytest.fixture(scope="module")
def evaluated(support_policy: Any) -> tuple[list[Task], list[Trajectory]]:
    """At least 100 test tickets spread over the split and their native evaluation (seed =
    position), leaving out the tickets whose native episode ``loops``."""
    scenario = support_policy.scenario
    tickets: list[Task] = []
    native: list[Trajectory] = []
    for task in held_out_tickets(scenario, 2 * TICKETS):
        trajectory = scenario.run(support_policy, task, len(tickets))
        if not loops(trajectory):
            tickets.append(task)
            native.append(trajectory)
    assert len(tickets) >= TICKETS, f"only {len(tickets)} of {2 * TICKETS} tickets end without a loop"
    return tickets[:TICKETS], native[:TICKETS]


@pytest.fixture(scope="module")
def tickets(evaluated: tuple[list[Task], list[Trajectory]]) -> list[Task]:
    return evaluated[0]


@pytest.fixture(scope="module")
def native(evaluated: tuple[list[Task], list[Trajectory]]) -> list[Trajectory]:
    return evaluated[1]


def run_tickets(scenario: Scenario, tickets: list[Task], solve: Callable[[Desk, Task], str | None]) -> list[Trajectory]:
    """Each ticket on a fresh episode: ``solve`` runs the client's loop and returns the final
    answer (None when the loop ended without one, e.g. at the step cap)."""
    desk = Desk()
    trajectories = []
    for seed, task in enumerate(tickets):
        desk.episode = episode = scenario.new_episode(task, seed)
        answer = solve(desk, task)
        if answer is not None and not episode.done:
            episode.finish(answer)
        trajectories.append(episode.trajectory())
    return trajectories


def assert_native(got: list[Trajectory], native: list[Trajectory], flags: StreamFlags, stream: bool) -> None:
    assert len(got) == len(native) >= 100
    differ = [i for i, (a, b) in enumerate(zip(got, native, strict=True)) if calls(a) != calls(b)]
    assert differ == [], f"tickets {differ} made other tool calls than native evaluation, e.g. " \
        f"{calls(got[differ[0]]) if differ else ''} vs {calls(native[differ[0]]) if differ else ''}"
    assert [t.success for t in got] == [t.success for t in native]
    assert sum(t.tool_calls for t in got) > len(got), "the tickets need tool calls"
    assert len(flags.flags) >= sum(t.tool_calls for t in got), "one request per decision at least"
    assert set(flags.flags) == {stream}, f"every request must have stream={stream}"


# --- the OpenAI SDK ----------------------------------------------------------------------------------
@pytest.mark.parametrize("stream", STREAMING, ids=MODES)
def test_openai_sdk_tool_loop_makes_the_native_calls(
    served: Served, scenario: Scenario, tickets: list[Task], native: list[Trajectory], stream: bool
) -> None:
    import openai

    flags = StreamFlags()
    client = openai.OpenAI(base_url=served.base_url, api_key=served.api_key, http_client=flags.client(),
                           max_retries=0)
    tools = openai_tools(scenario)

    def solve(desk: Desk, task: Task) -> str | None:
        messages: list[Any] = [{"role": "system", "content": "You resolve help-desk tickets."},
                               {"role": "user", "content": task.ticket}]
        while desk.episode is not None and not desk.episode.done:
            if stream:
                with client.chat.completions.stream(model=served.model, messages=messages, tools=tools) as events:
                    message = events.get_final_completion().choices[0].message
            else:
                message = client.chat.completions.create(model=served.model, messages=messages, tools=tools) \
                    .choices[0].message
            if not message.tool_calls:
                return message.content
            messages.append({"role": "assistant", "content": message.content, "tool_calls": [
                {"id": c.id, "type": "function", "function": {"name": c.function.name, "arguments": c.function.arguments}}
                for c in message.tool_calls
            ]})
            for call in message.tool_calls:
                result = desk.call(call.function.name, json.loads(call.function.arguments))
                messages.append({"role": "tool", "tool_call_id": call.id, "content": result})
        return None

    assert_native(run_tickets(scenario, tickets, solve), native, flags, stream)


# --- LangChain ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("stream", STREAMING, ids=MODES)
def test_langchain_create_agent_with_chat_openai_makes_the_native_calls(
    served: Served, scenario: Scenario, tickets: list[Task], native: list[Trajectory], stream: bool
) -> None:
    from langchain.agents import create_agent
    from langchain_core.tools import StructuredTool
    from langchain_openai import ChatOpenAI

    flags = StreamFlags()
    desk = Desk()
    tools = [
        StructuredTool.from_function(
            func=lambda _name=spec.name, **arguments: desk.call(_name, arguments),
            name=spec.name, description=spec.description, args_schema=arguments_model(spec),
        )
        for spec in scenario.tools()
    ]
    model = ChatOpenAI(model=served.model, base_url=served.base_url, api_key=served.api_key, streaming=stream,
                       http_client=flags.client(), max_retries=0)
    agent = create_agent(model, tools, system_prompt="You resolve help-desk tickets.")

    def solve(ticket_desk: Desk, task: Task) -> str | None:
        desk.episode = ticket_desk.episode
        state = agent.invoke({"messages": [{"role": "user", "content": task.ticket}]},
                             {"recursion_limit": 4 * scenario.max_steps})
        return state["messages"][-1].text

    assert_native(run_tickets(scenario, tickets, solve), native, flags, stream)


# --- AutoGen --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("stream", STREAMING, ids=MODES)
def test_autogen_assistant_agent_with_openai_client_makes_the_native_calls(
    served: Served, scenario: Scenario, tickets: list[Task], native: list[Trajectory], stream: bool
) -> None:
    from autogen_agentchat.agents import AssistantAgent
    from autogen_core import CancellationToken
    from autogen_core.tools import BaseTool
    from autogen_ext.models.openai import OpenAIChatCompletionClient
    from pydantic import BaseModel

    flags = StreamFlags()
    desk = Desk()

    class DeskTool(BaseTool[BaseModel, str]):
        def __init__(self, spec: Any) -> None:
            super().__init__(arguments_model(spec), str, spec.name, spec.description)

        async def run(self, args: BaseModel, cancellation_token: CancellationToken) -> str:
            return desk.call(self.name, args.model_dump())

    client = OpenAIChatCompletionClient(
        model=served.model, base_url=served.base_url, api_key=served.api_key, http_client=flags.async_client(),
        max_retries=0,
        model_info={"vision": False, "function_calling": True, "json_output": False, "family": "unknown",
                    "structured_output": False},
    )
    agent = AssistantAgent("support", model_client=client, tools=[DeskTool(spec) for spec in scenario.tools()],
                           max_tool_iterations=scenario.max_steps, reflect_on_tool_use=False,
                           model_client_stream=stream)

    async def answer(task: Task) -> str:
        await agent.on_reset(CancellationToken())
        result = await agent.run(task=task.ticket)
        return result.messages[-1].to_text()

    def solve(ticket_desk: Desk, task: Task) -> str | None:
        desk.episode = ticket_desk.episode
        return loop.run_until_complete(answer(task))

    loop = asyncio.new_event_loop()
    try:
        trajectories = run_tickets(scenario, tickets, solve)
    finally:
        loop.run_until_complete(client.close())
        loop.close()
    assert_native(trajectories, native, flags, stream)


# --- CrewAI ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("stream", STREAMING, ids=MODES)
def test_crewai_llm_in_a_crew_makes_the_native_calls(
    served: Served, scenario: Scenario, tickets: list[Task], native: list[Trajectory], stream: bool
) -> None:
    from crewai import LLM, Agent, Crew
    from crewai import Task as CrewTask
    from crewai.llms.hooks.base import BaseInterceptor
    from crewai.tools import BaseTool

    # CrewAI warns on every call that it estimates an unknown model's tokens
    logging.getLogger("crewai.llms.base_llm").setLevel(logging.ERROR)
    flags = StreamFlags()
    desk = Desk()

    def desk_tool(spec: Any) -> BaseTool:
        class DeskTool(BaseTool):
            name: str = spec.name
            description: str = spec.description
            args_schema: type[Any] = arguments_model(spec)

            def _run(self, **arguments: Any) -> str:
                return desk.call(self.name, arguments)

        return DeskTool()

    class RecordStreamFlags(BaseInterceptor[httpx.Request, httpx.Response]):  # CrewAI's transport hook
        def on_outbound(self, message: httpx.Request) -> httpx.Request:
            flags.record(message)
            return message

        def on_inbound(self, message: httpx.Response) -> httpx.Response:
            return message

    llm = LLM(model=f"openai/{served.model}", base_url=served.base_url, api_key=served.api_key, stream=stream,
              interceptor=RecordStreamFlags())
    agent = Agent(role="Help desk", goal="Resolve the customer's ticket.", backstory="You work the help desk.",
                  llm=llm, tools=[desk_tool(spec) for spec in scenario.tools()], max_iter=scenario.max_steps,
                  cache=False, allow_delegation=False, max_retry_limit=0, verbose=False)

    def solve(ticket_desk: Desk, task: Task) -> str | None:
        desk.episode = ticket_desk.episode
        crew = Crew(agents=[agent], tasks=[CrewTask(description=task.ticket, expected_output="The answer to the "
                                                    "customer.", agent=agent)], cache=False, verbose=False)
        return str(crew.kickoff().raw)

    assert_native(run_tickets(scenario, tickets, solve), native, flags, stream)
