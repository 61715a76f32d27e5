"""On-policy algorithms over a batch of episodes."""
