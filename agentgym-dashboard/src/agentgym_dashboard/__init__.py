"""``agentgym dashboard``: AgentGym runs in a browser, live while they train.

The plugin registers the command by name only (``agentgym_dashboard.plugin``), so
``agentgym --help`` never imports the web stack; everything else loads when it runs.
"""

__version__ = "0.1.0"
