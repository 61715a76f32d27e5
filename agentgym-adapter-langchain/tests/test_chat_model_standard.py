"""LangChain's own standard unit tests for the policy-backed chat model.

Run: every ``ChatModelUnitTests`` test (init, init with ``streaming=True``, the standard
constructor params, ``bind_tools`` with tools / functions / Pydantic / JSON Schema and
``tool_choice="any"``, ``with_structured_output`` construction, ``_get_ls_params`` and its
per-call ``model`` override, init time).

Skipped by the suite itself, for these reasons:
- ``test_init_from_env``: the model reads nothing from the environment (no API key, no
  endpoint); its only required input is the policy object, so ``init_from_env_params`` is
  left empty.
- ``test_serdes``: not ``is_lc_serializable``; a policy is a live Python object (a trained
  numpy model), not serializable constructor config. Save it with AgentGym's run directory
  and reload it with ``agentgym.load_policy`` instead.
"""

from __future__ import annotations

from typing import Any

from langchain_tests.unit_tests import ChatModelUnitTests

from agentgym.testing import ScriptedPolicy
from agentgym_adapter_langchain.chat_model import ChatAgentGymPolicy


class TestChatAgentGymPolicyStandard(ChatModelUnitTests):
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
    def returns_usage_metadata(self) -> bool:
        return False
