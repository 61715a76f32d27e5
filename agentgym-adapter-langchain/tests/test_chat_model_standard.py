"""LangChain's own standard tests for the policy-backed chat model: unit and integration.

``ChatModelUnitTests`` checks construction, ``bind_tools`` (tools, functions, Pydantic, JSON
Schema, ``tool_choice="any"``), the standard params and LangSmith params. The integration
suite, ``ChatModelIntegrationTests``, drives the model as an application would (invoke,
stream, batch, async, events, tool calls and tool message histories, ``tool_choice``, an
agent loop, stop sequences, Unicode arguments); it needs no network here, since the model
runs in this process.

The integration suite asks the model to act like an LLM on tools it never trained on
(``magic_function(3)``, a pirate greeting), so its policy is ``LlmStandIn``: a scripted
policy that answers those prompts. What is under test is the chat model (reading the
conversation, binding tools, building tool-call messages, ``tool_choice``, streaming), not
the policy. Every test that does not apply is skipped below, in code, with the reason.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from langchain_tests.integration_tests import ChatModelIntegrationTests
from langchain_tests.unit_tests import ChatModelUnitTests

from agentgym.scenario import Action, FinalAnswer, Observation, ToolCall
from agentgym.testing import ScriptedPolicy
from agentgym_adapter_langchain.chat_model import ChatAgentGymPolicy

NO_STRUCTURED_OUTPUT = (
    "structured output is refused by design: a trained policy answers in plain text, so "
    "with_structured_output / json mode raise StructuredOutputUnsupported (tested in test_contracts.py)"
)
NO_USAGE = (
    "no usage metadata: nothing is billed per message; AgentGym counts an episode's tokens in "
    "its trajectory (Trajectory.tokens)"
)
TEXT_ONLY = "the policy reads text: the ticket and tool results; it takes no {what} input"


class LlmStandIn:
    """Answers the standard suite's prompts as an LLM would: the prompt's tool with the
    arguments it asks for, then a sentence about the tool's result."""

    def decide(self, observation: Observation) -> Action:
        if observation.history:
            return FinalAnswer(f"The tool said: {observation.history[-1].result}")
        if not observation.tools:
            return FinalAnswer(f"You said: {observation.ticket}")
        named = [name for name in observation.tools if name in observation.ticket]
        name = max(named, key=len) if named else observation.tools[0]
        return ToolCall(name, self.arguments(name, observation.ticket))

    @staticmethod
    def arguments(name: str, ticket: str) -> dict[str, Any]:
        number = re.search(r"-?\d+", ticket)
        quoted = re.search(r"'([^']+)'", ticket)
        return {
            "magic_function": {"input": int(number.group()) if number else 3},
            "magic_function_no_args": {},
            "greeting_generator": {"answer_style": "pirate"},
            "get_weather": {"location": "San Francisco, CA"},
            "unicode_customer": {"customer_name": quoted.group(1) if quoted else ticket,
                                 "description": ticket},
            "my_adder_tool": {"a": 1, "b": 2},
        }.get(name, {})


class TestChatAgentGymPolicyStandard(ChatModelUnitTests):
    """Skipped by the suite itself, for these reasons:

    - ``test_init_from_env``: the model reads nothing from the environment (no API key, no
      endpoint); its only required input is the policy object.
    - ``test_serdes``: not ``is_lc_serializable``; a policy is a live Python object (a trained
      numpy model). Save it with AgentGym's run directory and reload it with
      ``agentgym.load_policy`` instead.
    ``test_with_structured_output`` returns early (``has_structured_output`` is False): see
    ``NO_STRUCTURED_OUTPUT``.
    """

    @property
    def chat_model_class(self) -> type[ChatAgentGymPolicy]:
        return ChatAgentGymPolicy

    @property
    def chat_model_params(self) -> dict[str, Any]:
        return {"policy": ScriptedPolicy([("my_adder_tool", {"a": 1, "b": 2})])}

    @property
    def has_tool_calling(self) -> bool:
        return True

    @property
    def has_tool_choice(self) -> bool:
        return True

    @property
    def has_structured_output(self) -> bool:
        return False

    @property
    def returns_usage_metadata(self) -> bool:
        return False


class TestChatAgentGymPolicyIntegration(ChatModelIntegrationTests):
    @property
    def chat_model_class(self) -> type[ChatAgentGymPolicy]:
        return ChatAgentGymPolicy

    @property
    def chat_model_params(self) -> dict[str, Any]:
        return {"policy": LlmStandIn()}

    @property
    def has_tool_calling(self) -> bool:
        return True

    @property
    def has_tool_choice(self) -> bool:
        return True

    @property
    def has_structured_output(self) -> bool:
        return False

    @property
    def returns_usage_metadata(self) -> bool:
        return False

    @pytest.fixture(autouse=True)
    def _applies(self, request: pytest.FixtureRequest) -> None:
        """Skip, with its reason, a standard test that does not apply to a policy (the suite
        forbids overriding its tests, so this is where they are skipped)."""
        reason = NOT_APPLICABLE.get(request.node.originalname)
        if reason is not None:
            pytest.skip(reason)


NOT_APPLICABLE = {
    "test_usage_metadata": NO_USAGE,
    "test_usage_metadata_streaming": NO_USAGE,
    **dict.fromkeys(("test_structured_output", "test_structured_output_async", "test_structured_output_pydantic_2_v1",
                     "test_structured_output_optional_param", "test_structured_few_shot_examples", "test_json_mode"),
                    NO_STRUCTURED_OUTPUT),
    "test_pdf_inputs": TEXT_ONLY.format(what="PDF"),
    "test_pdf_tool_message": TEXT_ONLY.format(what="PDF"),
    "test_audio_inputs": TEXT_ONLY.format(what="audio"),
    "test_image_inputs": TEXT_ONLY.format(what="image"),
    "test_image_tool_message": TEXT_ONLY.format(what="image"),
    "test_anthropic_inputs": TEXT_ONLY.format(what="Anthropic-format content block"),
    "test_stream_time": "no HTTP traffic to record with VCR: the model runs in this process",
    "test_invoke_with_model_override": "one model per policy: there is no other model name to switch to per call",
    "test_ainvoke_with_model_override": "one model per policy: there is no other model name to switch to per call",
    "test_stream_with_model_override": "one model per policy: there is no other model name to switch to per call",
    "test_astream_with_model_override": "one model per policy: there is no other model name to switch to per call",
}
