"""The AgentGym featurizer ``wordllama`` (registered through the ``agentgym.plugins`` entry point).

Importing this package imports nothing heavy: the plugin module registers a factory, and the
encoder (numpy, tokenizers, safetensors and the embedding table) loads the first time a
featurizer is built in a process.
"""
