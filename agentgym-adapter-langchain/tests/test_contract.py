"""The core's adapter contract, run against LangChain's create_agent loop."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.tools import BaseTool

from agentgym.testing import AdapterContractTests
from agentgym_adapter_langchain import LangChainAdapter


class TestLangChainContract(AdapterContractTests):
    adapter_class = LangChainAdapter

    @pytest.fixture(autouse=True)
    def _native_tools(self, order_tools: list[BaseTool], exploding_tool: BaseTool) -> None:
        self._order_tools = order_tools
        self._exploding_tool = exploding_tool

    def framework_tools(self) -> list[Any]:
        return self._order_tools

    def raising_tool(self) -> Any:
        return self._exploding_tool
