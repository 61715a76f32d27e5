"""The featurizer: an observation as a fixed-size sparse vector, the same in every process.

Blocks (hashed with zlib.crc32, never Python's salted ``hash``):
- ticket words and bigrams; the last tool result's words;
- ticket words crossed with the last tool called (what to do next depends on both);
- a dense history block: which tools succeeded, which were called, the last tool and
  how it ended (ok / error / retry), the step number, and a bias.
Each hashed block is scaled to unit norm (1/sqrt of its active count) and each history
feature is 1.0: a ticket of 80 words then weighs as much as "lookup_user just succeeded",
and Adam's per-weight steps move a logit by about the learning rate, not by it times the
number of words. A batch is three arrays (indices, values, row offsets) and a linear
layer is a gather and a sum.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from agentgym.scenario import Observation

TOKEN = re.compile(r"[a-z][a-z0-9_']*")
STATUSES = ("ok", "error", "retry")


SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ed", "es", "s", "e")
ACTION_FEATURES = ("retry_last", "repeat_success", "repeat_error")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper (migrate / migrating / migration -> migrat) so that unseen
    phrasings of a known word still hash to the same feature."""
    for suffix in SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def tokens(text: str) -> list[str]:
    """Lowercase, lightly stemmed word tokens; bare numbers and ids are dropped."""
    return [stem(word) for word in TOKEN.findall(text.lower())]


@lru_cache(maxsize=262144)
def _bucket(key: str, dim: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % dim


@dataclass(frozen=True)
class FeaturizerSettings:
    """What a saved model needs to rebuild its featurizer exactly."""

    hash_dim: int = 4096
    bigrams: bool = True
    cross_last_tool: bool = True
    word_dropout: float = 0.0  # training episodes only: drop each ticket word with this chance


Block = tuple[np.ndarray, np.ndarray]  # (feature indices, their values)
Row = tuple[np.ndarray, np.ndarray, np.ndarray]  # indices, values, per-action features


def _block(indices: list[int]) -> Block:
    unique = np.fromiter(sorted(set(indices)), dtype=np.int64)
    return unique, np.full(len(unique), 1.0 / np.sqrt(max(len(unique), 1)))


@dataclass
class SparseBatch:
    """Rows of a sparse matrix (row ``i`` spans offsets[i]:offsets[i+1]) plus, per row, a
    small dense matrix of per-action features (rows x actions x ACTION_FEATURES)."""

    indices: np.ndarray
    values: np.ndarray
    offsets: np.ndarray
    action_features: np.ndarray

    @property
    def rows(self) -> int:
        return len(self.offsets) - 1

    def row_ids(self) -> np.ndarray:
        return np.repeat(np.arange(self.rows), np.diff(self.offsets))

    @classmethod
    def stack(cls, rows: Sequence[Row]) -> SparseBatch:
        lengths = np.fromiter((len(r[0]) for r in rows), dtype=np.int64, count=len(rows))
        offsets = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        if not rows:
            empty = np.zeros((0, 0, len(ACTION_FEATURES)))
            return cls(np.zeros(0, dtype=np.int64), np.zeros(0), offsets, empty)
        indices = np.concatenate([r[0] for r in rows])
        values = np.concatenate([r[1] for r in rows])
        return cls(indices, values, offsets, np.stack([r[2] for r in rows]))

    def take(self, selection: np.ndarray) -> SparseBatch:
        rows = [
            (
                self.indices[self.offsets[i] : self.offsets[i + 1]],
                self.values[self.offsets[i] : self.offsets[i + 1]],
                self.action_features[i],
            )
            for i in selection
        ]
        return SparseBatch.stack(rows)

    def dense(self, n_features: int) -> np.ndarray:
        """The sparse part as a dense matrix (for gymnasium observations)."""
        out = np.zeros((self.rows, n_features), dtype=np.float32)
        np.add.at(out, (self.row_ids(), self.indices), self.values)
        return out


class Featurizer:
    """Turns observations into sparse feature rows for a fixed tool list."""

    def __init__(
        self,
        tool_names: Sequence[str],
        max_steps: int,
        result_status: Callable[[str], str],
        settings: FeaturizerSettings | None = None,
    ) -> None:
        self.tool_names = tuple(tool_names)
        self.tool_index = {name: i for i, name in enumerate(self.tool_names)}
        self.max_steps = max_steps
        self.result_status = lru_cache(maxsize=65536)(result_status)
        self.settings = settings or FeaturizerSettings()
        n = len(self.tool_names)
        dim = self.settings.hash_dim
        self.ok_offset = dim
        self.called_offset = dim + n
        self.last_offset = dim + 2 * n
        self.step_offset = self.last_offset + n * len(STATUSES) + 1
        self.bias_index = self.step_offset + max_steps + 1
        self.n_features = self.bias_index + 1
        self._ticket = lru_cache(maxsize=8192)(self._ticket_uncached)
        self._result = lru_cache(maxsize=16384)(self._result_uncached)
        self._cross = lru_cache(maxsize=131072)(self._cross_uncached)

    def _ticket_uncached(self, ticket: str, view: int | None = None) -> tuple[tuple[str, ...], Block]:
        words = tokens(ticket)
        if view is not None and self.settings.word_dropout > 0:
            rng = random.Random(view)
            words = [w for w in words if rng.random() >= self.settings.word_dropout]
        keys = [f"t:{w}" for w in words]
        if self.settings.bigrams:
            keys += [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
        dim = self.settings.hash_dim
        return tuple(sorted(set(words))), _block([_bucket(k, dim) for k in keys])

    def _result_uncached(self, text: str) -> Block:
        dim = self.settings.hash_dim
        return _block([_bucket(f"r:{w}", dim) for w in tokens(text)] or [_bucket("r:", dim)])

    def _cross_uncached(self, ticket: str, last_tool: str, view: int | None = None) -> Block:
        words, _ = self._ticket(ticket, view)
        dim = self.settings.hash_dim
        return _block([_bucket(f"x:{last_tool}:{w}", dim) for w in words] or [0])

    def action_features(self, observation: Observation) -> np.ndarray:
        """Per-action features shared by all tools: is this the last tool and did it fail
        transiently (retry it), did this tool already succeed, did it just fail for good."""
        out = np.zeros((len(self.tool_names) + 1, len(ACTION_FEATURES)))
        if not observation.history:
            return out
        for event in observation.history:
            i = self.tool_index.get(event.name)
            if i is not None and self.result_status(event.result) == "ok":
                out[i, 1] = 1.0
        last = observation.history[-1]
        i = self.tool_index.get(last.name)
        if i is not None:
            status = self.result_status(last.result)
            if status == "retry":
                out[i, 0] = 1.0
            elif status == "error":
                out[i, 2] = 1.0
        return out

    def encode(self, observation: Observation, view: int | None = None) -> Row:
        """The features of one observation: (indices, values, per-action features).

        ``view`` (a training episode's seed) selects which ticket words word dropout hides;
        None, as in every evaluation, shows them all.
        """
        _, ticket_row = self._ticket(observation.ticket, view)
        parts = [ticket_row]
        dense: list[int] = [self.bias_index, self.step_offset + min(len(observation.history), self.max_steps)]
        if observation.history:
            last = observation.history[-1]
            parts.append(self._result(last.result))
            if self.settings.cross_last_tool:
                parts.append(self._cross(observation.ticket, last.name, view))
            seen_ok: set[int] = set()
            seen: set[int] = set()
            for event in observation.history:
                i = self.tool_index.get(event.name)
                if i is None:
                    continue
                seen.add(i)
                if self.result_status(event.result) == "ok":
                    seen_ok.add(i)
            dense += [self.ok_offset + i for i in seen_ok]
            dense += [self.called_offset + i for i in seen]
            i = self.tool_index.get(last.name)
            status = STATUSES.index(self.result_status(last.result))
            dense.append(self.last_offset + (i * len(STATUSES) + status if i is not None else len(self.tool_names) * len(STATUSES)))
        else:
            dense.append(self.last_offset + len(self.tool_names) * len(STATUSES))
        parts.append((np.asarray(dense, dtype=np.int64), np.ones(len(dense))))
        return (
            np.concatenate([p[0] for p in parts]),
            np.concatenate([p[1] for p in parts]),
            self.action_features(observation),
        )
