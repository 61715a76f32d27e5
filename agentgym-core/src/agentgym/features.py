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

import math
import random
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from agentgym.records import Observation, ToolEvent

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


def _bucket(key: str, dim: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % dim


class Buckets(dict):  # type: ignore[type-arg]
    """The bucket of each word of one hashed family (the key prefix, e.g. ``t:``), computed
    on first use: a dict look-up per word instead of formatting the key every time."""

    LIMIT = 262144  # result texts carry customer ids: forget everything past this many words

    def __init__(self, prefix: str, dim: int) -> None:
        super().__init__()
        self.prefix = prefix
        self.dim = dim

    def __missing__(self, word: str) -> int:
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[word] = _bucket(self.prefix + word, self.dim)
        return value


@dataclass(frozen=True)
class FeaturizerSettings:
    """What a saved model needs to rebuild its featurizer exactly."""

    hash_dim: int = 4096
    bigrams: bool = True
    cross_last_tool: bool = True
    word_dropout: float = 0.0  # training episodes only: drop each ticket word with this chance


Block = tuple[np.ndarray, np.ndarray]  # (feature indices, their values)
Row = tuple[np.ndarray, np.ndarray, np.ndarray]  # indices, values, per-action features


def _block(indices: Iterable[int]) -> Block:
    unique = sorted(set(indices))
    n = len(unique)
    return np.fromiter(unique, dtype=np.int64, count=n), _unit_values(n)


@lru_cache(maxsize=1024)
def _unit_values(n: int) -> np.ndarray:
    """A block of ``n`` entries, each 1/sqrt(n) (unit norm); shared and read-only."""
    values = np.full(n, 1.0 / math.sqrt(max(n, 1)))
    values.flags.writeable = False
    return values


class TicketHashes:
    """A ticket's words hashed once, whatever the view: each position's unigram bucket, the
    bigram bucket of each adjacent pair, and each distinct word's cross bucket per tool.
    A view (word dropout) then only selects positions, so a training episode's new view
    costs list look-ups instead of hashing every word again (plain lists: these are tens of
    small integers, where numpy's per-call cost would dominate)."""

    def __init__(self, ticket: str, unigram: Buckets, bigram: Buckets, crossed: Sequence[Buckets]) -> None:
        self.words = tokens(ticket)
        self.distinct = sorted(set(self.words))
        row = {word: i for i, word in enumerate(self.distinct)}
        self.row_of = [row[w] for w in self.words]
        self.unigrams = [unigram[w] for w in self.words]
        self.bigram = bigram
        self.bigrams = [bigram[f"{a}_{b}"] for a, b in zip(self.words, self.words[1:], strict=False)]
        self.crossed = crossed
        self._cross: dict[int, list[int]] = {}

    def keys(self, kept: list[int], bigrams: bool) -> list[int]:
        """Buckets of the unigrams and bigrams of the words at positions ``kept``; a bigram
        joins consecutive *kept* words, so one spanning a dropped word is hashed here."""
        keys = [self.unigrams[i] for i in kept]
        if bigrams:
            for i, j in zip(kept, kept[1:], strict=False):
                if j == i + 1:
                    keys.append(self.bigrams[i])
                else:
                    keys.append(self.bigram[f"{self.words[i]}_{self.words[j]}"])
        return keys

    def cross(self, tool: int) -> list[int]:
        """Each distinct word's bucket crossed with tool number ``tool`` (by word row)."""
        column = self._cross.get(tool)
        if column is None:
            words = self.crossed[tool]
            column = self._cross[tool] = [words[w] for w in self.distinct]
        return column


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
        self._unigram = Buckets("t:", dim)
        self._bigram = Buckets("b:", dim)
        self._result_words = Buckets("r:", dim)
        self._crossed = [Buckets(f"x:{name}:", dim) for name in self.tool_names]
        self._hashes = lru_cache(maxsize=8192)(self._hashes_uncached)
        self._ticket = lru_cache(maxsize=8192)(self._ticket_uncached)
        self._result = lru_cache(maxsize=16384)(self._result_uncached)
        self._cross = lru_cache(maxsize=131072)(self._cross_uncached)
        self._ones = [np.ones(k) for k in range(2 * n + 4)]  # dense values by count, shared

    def _ticket_uncached(self, ticket: str, view: int | None = None) -> tuple[tuple[int, ...], Block]:
        """(rows of the kept distinct words in the ticket's hashes, the ticket block)."""
        hashes = self._hashes(ticket)
        kept = range(len(hashes.words))
        if view is not None and self.settings.word_dropout > 0:
            rng = random.Random(view)
            dropout = self.settings.word_dropout
            kept = [i for i in kept if rng.random() >= dropout]
        rows = tuple(sorted({hashes.row_of[i] for i in kept}))
        return rows, _block(hashes.keys(list(kept), self.settings.bigrams))

    def _hashes_uncached(self, ticket: str) -> TicketHashes:
        return TicketHashes(ticket, self._unigram, self._bigram, self._crossed)

    def _result_uncached(self, text: str) -> Block:
        words = self._result_words
        return _block([words[w] for w in tokens(text)] or [words[""]])

    def _cross_uncached(self, ticket: str, last_tool: str, view: int | None = None) -> Block:
        rows, _ = self._ticket(ticket, view)
        hashes = self._hashes(ticket)
        tool = self.tool_index.get(last_tool)
        if tool is None:  # a tool the scenario does not list (e.g. called through a framework)
            keys = [_bucket(f"x:{last_tool}:{hashes.distinct[r]}", self.settings.hash_dim) for r in rows]
        else:
            column = hashes.cross(tool)
            keys = [column[r] for r in rows]
        return _block(keys or [0])

    def _summary(self, history: Sequence[ToolEvent]) -> tuple[set[int], set[int], int | None, str]:
        """(tools that succeeded, tools called, the last tool, how the last call ended)."""
        status_of = self.result_status
        seen_ok: set[int] = set()
        seen: set[int] = set()
        for event in history:
            i = self.tool_index.get(event.name)
            if i is None:
                continue
            seen.add(i)
            if status_of(event.result) == "ok":
                seen_ok.add(i)
        last = history[-1]
        return seen_ok, seen, self.tool_index.get(last.name), status_of(last.result)

    def _action_flags(self, seen_ok: set[int], last: int | None, status: str) -> np.ndarray:
        out = np.zeros((len(self.tool_names) + 1, len(ACTION_FEATURES)))
        for i in seen_ok:  # element by element: fancy indexing costs ~3 us a row here
            out[i, 1] = 1.0
        if last is not None and status in ("retry", "error"):
            out[last, 0 if status == "retry" else 2] = 1.0
        return out

    def action_features(self, observation: Observation) -> np.ndarray:
        """Per-action features shared by all tools: is this the last tool and did it fail
        transiently (retry it), did this tool already succeed, did it just fail for good."""
        if not observation.history:
            return np.zeros((len(self.tool_names) + 1, len(ACTION_FEATURES)))
        seen_ok, _, last, status = self._summary(observation.history)
        return self._action_flags(seen_ok, last, status)

    def encode(self, observation: Observation, view: int | None = None) -> Row:
        """The features of one observation: (indices, values, per-action features).

        ``view`` (a training episode's seed) selects which ticket words word dropout hides;
        None, as in every evaluation, shows them all. One pass over the history serves both
        the dense block and the per-action features.
        """
        _, ticket_row = self._ticket(observation.ticket, view)
        history = observation.history
        n_tools = len(self.tool_names)
        dense: list[int] = [self.bias_index, self.step_offset + min(len(history), self.max_steps)]
        if not history:
            dense.append(self.last_offset + n_tools * len(STATUSES))
            return (
                np.concatenate((ticket_row[0], dense)),
                np.concatenate((ticket_row[1], self._ones[len(dense)])),
                np.zeros((n_tools + 1, len(ACTION_FEATURES))),
            )
        parts = [ticket_row, self._result(history[-1].result)]
        if self.settings.cross_last_tool:
            parts.append(self._cross(observation.ticket, history[-1].name, view))
        seen_ok, seen, last, status = self._summary(history)
        dense += [self.ok_offset + i for i in seen_ok]
        dense += [self.called_offset + i for i in seen]
        if last is None:
            dense.append(self.last_offset + n_tools * len(STATUSES))
        else:
            dense.append(self.last_offset + last * len(STATUSES) + STATUSES.index(status))
        return (
            np.concatenate((*(p[0] for p in parts), dense)),
            np.concatenate((*(p[1] for p in parts), self._ones[len(dense)])),
            self._action_flags(seen_ok, last, status),
        )
