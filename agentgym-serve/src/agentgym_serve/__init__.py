"""AgentGym-trained policies behind an OpenAI-compatible chat-completions endpoint.

``agentgym serve RUN_DIR`` (added to the CLI through the ``register_commands`` hook) starts
an ASGI app (Starlette on uvicorn) where every chat completion is one decision of the run's
policy, read from the conversation the client sends. Any client that speaks the
chat-completions API with tools (the OpenAI SDK, LangChain ``ChatOpenAI``, AutoGen
``OpenAIChatCompletionClient``, CrewAI ``LLM``) runs the policy with no AgentGym adapter.

Importing this package is cheap: the web stack loads in ``agentgym_serve.app``.
"""

__version__ = "0.1.0"
