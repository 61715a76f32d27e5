"""Rollout executors: where episodes run (this process, a process pool, Ray)."""
