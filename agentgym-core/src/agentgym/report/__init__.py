"""Run reports: learning curves, test metrics against references, per-type breakdown.

Everything is read from what a run already wrote (``config.toml``, ``metrics.jsonl``,
``result.json``, ``model/``); only the held-out test episodes are replayed, greedily and
with the evaluation seeds, because trajectories are not stored and the breakdown needs
them. matplotlib is needed for the plots only and is imported when they are drawn.
"""
