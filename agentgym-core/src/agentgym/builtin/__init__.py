"""AgentGym's own plugins, registered through the same path as any third-party plugin."""
