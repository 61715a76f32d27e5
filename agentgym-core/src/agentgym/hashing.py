"""Words to hashed feature buckets, and the ticket's blocks under word dropout.

Buckets come from zlib.crc32 (never Python's salted ``hash``), so every process computes
the same features. A ticket is hashed once (``TicketHashes``); a *view* of it (the words a
training episode keeps under word dropout) then only selects positions. ``TicketViews``
makes the views of a whole batch of episodes at once, ticket block and the cross block for
every tool, in a few array operations: one view at a time cost ~100 us of small numpy calls
per training episode, as much as its tool calls.
"""

from __future__ import annotations

import math
import random
import re
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

TOKEN = re.compile(r"[a-z][a-z0-9_']*")
SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ed", "es", "s", "e")

Block = tuple[np.ndarray, np.ndarray]  # (feature indices, their values)


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


def bucket(key: str, dim: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % dim


@lru_cache(maxsize=65536)
def subwords(word: str, sizes: tuple[int, ...]) -> tuple[str, ...]:
    """The character n-grams of ``word`` between boundary marks (``<mig``, ``igr``, ...), as
    keys of their own family (``c:``): a misspelt, inflected or borrowed form of a known word
    shares most of them, where its whole-word feature would be new."""
    marked = f"<{word}>"
    grams = {marked[i : i + n] for n in sizes for i in range(len(marked) - n + 1)}
    return tuple(f"c:{gram}" for gram in sorted(grams))


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
        value = self[word] = bucket(self.prefix + word, self.dim)
        return value


@lru_cache(maxsize=1024)
def unit_values(n: int) -> np.ndarray:
    """A block of ``n`` entries, each 1/sqrt(n) (unit norm); shared and read-only."""
    values = np.full(n, 1.0 / math.sqrt(max(n, 1)))
    values.flags.writeable = False
    return values


def block(indices: Iterable[int]) -> Block:
    """The distinct ``indices``, sorted, at unit norm."""
    unique = sorted(set(indices))
    n = len(unique)
    return np.fromiter(unique, dtype=np.int64, count=n), unit_values(n)


EMPTY_CROSS = block([0])  # a view that kept no ticket word


def grouped_unique(groups: np.ndarray, keys: np.ndarray, n_groups: int, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """The sorted distinct keys (each < ``dim``) of every group, all in one array, and the
    ``n_groups + 1`` bounds of each group's run in it."""
    composite = groups * dim + keys
    composite.sort()
    unique = composite[run_starts(composite)]
    group_of = unique // dim
    return unique - group_of * dim, np.searchsorted(group_of, np.arange(n_groups + 1))


def sorted_distinct(keys: np.ndarray) -> np.ndarray:
    """``np.unique(keys)`` for the short arrays of one text, at half its cost (7 against 14 us)."""
    keys = np.sort(keys)
    return keys[run_starts(keys)]


def run_starts(keys: np.ndarray, groups: np.ndarray | None = None) -> np.ndarray:
    """Where each run of equal ``keys`` (within a run of equal ``groups``) starts."""
    first = np.empty(len(keys), dtype=bool)
    first[:1] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    if groups is not None:
        first[1:] |= groups[1:] != groups[:-1]
    return first


class TicketHashes:
    """A ticket's words hashed once, whatever the view.

    Each position has its word's unigram bucket, the bucket of the bigram it starts (-1 for
    the last word) and its *units*: the word's unigram bucket plus, when ``sizes`` is given,
    the buckets of its character n-grams. The ticket's *items* are its distinct words, then
    its distinct n-grams; ``inc_pos`` / ``inc_row`` say which items each position carries, so
    a view's kept positions decide which items it shows, and each item has a cross bucket per
    tool."""

    def __init__(self, ticket: str, unigram: Buckets, bigram: Buckets, crossed: Sequence[Buckets],
                 sizes: tuple[int, ...] = ()) -> None:
        self.words = tokens(ticket)
        self.distinct = sorted(set(self.words))
        row = {word: i for i, word in enumerate(self.distinct)}
        self.row_of = np.array([row[w] for w in self.words], dtype=np.int64)
        self.unigrams = np.array([unigram[w] for w in self.words], dtype=np.int64)
        pairs = zip(self.words, self.words[1:], strict=False)
        self.next_bigram = np.array([*(bigram[f"{a}_{b}"] for a, b in pairs), -1][: len(self.words)], dtype=np.int64)
        self.crossed = crossed
        self._cross: tuple[np.ndarray, np.ndarray] | None = None
        if not sizes:
            self.items = self.distinct
            self.unit_keys, self.unit_pos = self.unigrams, np.arange(len(self.words), dtype=np.int64)
            self.inc_pos, self.inc_row = self.unit_pos, self.row_of
            return
        grams_of = {word: subwords(word, sizes) for word in self.distinct}
        grams = sorted({g for found in grams_of.values() for g in found})
        self.items = [*self.distinct, *grams]
        gram_row = {g: len(self.distinct) + i for i, g in enumerate(grams)}
        per_word = [np.array([row[w], *(gram_row[g] for g in grams_of[w])], dtype=np.int64) for w in self.distinct]
        counts = np.array([len(rows) for rows in per_word], dtype=np.int64)[self.row_of]
        self.inc_pos = np.repeat(np.arange(len(self.words), dtype=np.int64), counts)
        self.inc_row = np.concatenate([per_word[r] for r in self.row_of]) if len(self.words) else self.row_of
        item_keys = np.array([unigram[w] for w in self.distinct] + [unigram[g] for g in grams], dtype=np.int64)
        self.unit_keys, self.unit_pos = item_keys[self.inc_row], self.inc_pos

    def cross(self) -> tuple[np.ndarray, np.ndarray]:
        """Each distinct word's bucket crossed with each tool, sorted per tool, and the row of
        the word each came from (both tools x words): a view's cross block is then a selection
        from a sorted row, with no sort of its own. Only words are crossed, not their n-grams:
        crossing the n-grams too cost a customer_support run 1.5x the CPU (26.5 s against
        17.6 s per 3,200 episodes) for a best validation success within a point (one seed)."""
        if self._cross is None:
            buckets = np.array([[words[w] for w in self.distinct] for words in self.crossed], dtype=np.int64)
            buckets.shape = (len(self.crossed), len(self.distinct))
            order = np.argsort(buckets, axis=1, kind="stable")
            self._cross = np.take_along_axis(buckets, order, axis=1), order
        return self._cross


class TicketViews:
    """The ticket block, the kept items and the cross block per tool of many episodes' views.

    Episode ``e`` keeps the word positions of ``tickets[e]`` drawn by ``random.Random(views[e])``
    (each kept with chance ``1 - dropout``), or all of them for a view of None. A bigram
    joins consecutive *kept* words, so one spanning a dropped word is hashed here.
    """

    def __init__(self, tickets: Sequence[TicketHashes], views: Sequence[int | None], dropout: float,
                 bigram: Buckets, bigrams: bool = True) -> None:
        n = len(tickets)
        dim = self.dim = bigram.dim
        lengths = [len(t.words) for t in tickets]
        draws: list[float] = []
        for ticket, view in zip(tickets, views, strict=True):
            if view is None:
                draws += [1.0] * len(ticket.words)
            else:
                draw = random.Random(view).random
                draws += [draw() for _ in ticket.words]
        keep = np.array(draws) >= dropout if draws else np.zeros(0, dtype=bool)
        episode_of = np.repeat(np.arange(n), lengths)
        kept = np.flatnonzero(keep)
        starts = np.concatenate(([0], np.cumsum(lengths)))  # each ticket's first position
        if n:
            unit_pos = np.concatenate([t.unit_pos + starts[e] for e, t in enumerate(tickets)])
            shown = keep[unit_pos]
            keys = [np.concatenate([t.unit_keys for t in tickets])[shown]]
            groups = [episode_of[unit_pos[shown]]]
        else:
            keys, groups = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
        if bigrams and len(kept) > 1:
            following = np.concatenate([t.next_bigram for t in tickets])
            adjacent = keep & np.append(keep[1:], False) & (following >= 0)
            keys.append(following[adjacent])
            groups.append(episode_of[adjacent])
            first, second = kept[:-1], kept[1:]
            spans = (second - first > 1) & (episode_of[first] == episode_of[second])
            if spans.any():
                words = [w for t in tickets for w in t.words]
                pairs = zip(first[spans].tolist(), second[spans].tolist(), strict=True)
                keys.append(np.array([bigram[f"{words[i]}_{words[j]}"] for i, j in pairs], dtype=np.int64))
                groups.append(episode_of[first[spans]])
        self.ticket_keys, self.ticket_bounds = grouped_unique(np.concatenate(groups), np.concatenate(keys), n, dim)
        self.distinct = [len(t.items) for t in tickets]
        self.row_offsets = np.concatenate(([0], np.cumsum(self.distinct)))
        self.present = np.zeros(int(self.row_offsets[-1]), dtype=bool)  # items of kept words, all tickets
        if n:
            inc_pos = np.concatenate([t.inc_pos + starts[e] for e, t in enumerate(tickets)])
            inc_row = np.concatenate([t.inc_row + self.row_offsets[e] for e, t in enumerate(tickets)])
            self.present[inc_row[keep[inc_pos]]] = True
        self.kept_rows = np.flatnonzero(self.present)
        self.row_bounds = np.searchsorted(self.kept_rows, self.row_offsets)
        self.tickets = tickets
        self.n_tools = len(tickets[0].crossed) if n else 0
        self._cross: tuple[np.ndarray, np.ndarray] | None = None

    def ticket_block(self, e: int) -> Block:
        keys = self.ticket_keys[self.ticket_bounds[e] : self.ticket_bounds[e + 1]]
        return keys, unit_values(len(keys))

    def rows(self, e: int) -> np.ndarray:
        """Rows (in ``tickets[e].items``) of the items (words, n-grams) episode ``e`` kept."""
        return self.kept_rows[self.row_bounds[e] : self.row_bounds[e + 1]] - self.row_offsets[e]

    def kept_words(self, e: int) -> list[str]:
        """The distinct words episode ``e`` kept (a ticket's words are its first items)."""
        distinct = self.tickets[e].distinct
        return [distinct[r] for r in self.rows(e).tolist() if r < len(distinct)]

    def cross_block(self, e: int, tool: int) -> Block:
        """Episode ``e``'s kept words crossed with tool number ``tool``; every tool's blocks of
        every episode are made together the first time one is asked for."""
        if self._cross is None:
            n, tools = len(self.tickets), self.n_tools
            crosses = [t.cross() for t in self.tickets]
            buckets = np.concatenate([c[0] for c in crosses], axis=1)  # sorted within each (tool, ticket)
            words = [len(t.distinct) for t in self.tickets]  # a ticket's words are its first items
            rows = np.concatenate([c[1] for c in crosses], axis=1) + np.repeat(self.row_offsets[:-1], words)
            kept = self.present[rows]
            groups = np.arange(tools)[:, None] * n + np.repeat(np.arange(n), words)
            keys, groups = buckets[kept], groups[kept]  # still sorted within each group, groups ascending
            first = run_starts(keys, groups)
            self._cross = keys[first], np.searchsorted(groups[first], np.arange(tools * n + 1))
        keys, bounds = self._cross
        group = tool * len(self.tickets) + e
        found = keys[bounds[group] : bounds[group + 1]]
        return (found, unit_values(len(found))) if len(found) else EMPTY_CROSS


def text_keys(hashes: TicketHashes, bigrams: bool) -> np.ndarray:
    """The ticket-block keys of a text whose words are all kept: every unit, and every
    bigram (with repeats; ``sorted_distinct`` makes the block)."""
    if not bigrams:
        return hashes.unit_keys
    following = hashes.next_bigram
    return np.concatenate((hashes.unit_keys, following[following >= 0]))


class CrossedWords(dict):  # type: ignore[type-arg]
    """Each word's cross bucket for every tool at once (int64, one per tool), read from the
    tools' own ``Buckets``: a full view's cross blocks are then one sort of the stacked rows,
    one look-up a word instead of one a word and tool (a ticket's ~60 words took 43 us a
    tool that way, most of them names, addresses and typos met for the first time)."""

    def __init__(self, crossed: Sequence[Buckets]) -> None:
        super().__init__()
        self.crossed = crossed

    def __missing__(self, word: str) -> np.ndarray:
        if len(self) >= Buckets.LIMIT:
            self.clear()
        row = self[word] = np.array([buckets[word] for buckets in self.crossed], dtype=np.int64)
        return row

    def columns(self, words: Iterable[str]) -> np.ndarray:
        """The buckets of ``words`` per tool, each tool's row sorted (tools x words)."""
        rows = [self[word] for word in words]
        if not rows:
            return np.zeros((len(self.crossed), 0), dtype=np.int64)
        return np.sort(np.array(rows).T, axis=1)


class FullView:
    """The view that keeps every word (evaluation, the Gymnasium env, serving): the blocks of
    ``TicketViews([hashes], [None])`` without the batch machinery; every tool's cross block
    is made when the first one is asked for, from one sort (``CrossedWords``).

    A customer's answer extends the view (``extended``) instead of hashing the ticket and
    the answers again: the env's random actions ask the customer on one step in fourteen.
    With the other changes made with it (one resolve a step, answered texts kept out of the
    caches, per-action flags only when read, bincount for the dense observation), the
    Gymnasium env's random-action rate on customer_support went from 4,300 to 6,700-8,300
    steps/s (bench/bench_env.py, a shared machine); a test checks the blocks equal those of
    the joined text hashed whole.
    """

    def __init__(self, ticket_keys: np.ndarray, words: frozenset[str], cross_words: CrossedWords,
                 last_word: str | None, extends: tuple[FullView, list[str]] | None = None) -> None:
        self._ticket = ticket_keys  # the ticket block's keys, sorted and distinct
        self.words = words  # its distinct words
        self.cross_words = cross_words
        self.last_word = last_word
        self._extends = extends  # (the view extended, the words it lacked)
        self._crosses: dict[int, Block] = {}
        self._columns: np.ndarray | None = None  # CrossedWords.columns of its words, once asked for

    @classmethod
    def of(cls, hashes: TicketHashes, bigrams: bool = True, cross_words: CrossedWords | None = None) -> FullView:
        """The full view of one hashed text (``cross_words``: the featurizer's, shared)."""
        return cls(sorted_distinct(text_keys(hashes, bigrams)), frozenset(hashes.distinct),
                   cross_words if cross_words is not None else CrossedWords(hashes.crossed),
                   hashes.words[-1] if hashes.words else None)

    def extended(self, hashes: TicketHashes, bigram: Buckets | None) -> FullView:
        """The view of this view's text, a line break, then ``hashes``'s text (``bigram``:
        the bigram buckets, None when the featurizer has no bigrams)."""
        keys = [self._ticket, text_keys(hashes, bigram is not None)]
        if bigram is not None and self.last_word is not None and hashes.words:  # the pair across the line break
            keys.append(np.array([bigram[f"{self.last_word}_{hashes.words[0]}"]], dtype=np.int64))
        new = [w for w in hashes.distinct if w not in self.words]
        return FullView(sorted_distinct(np.concatenate(keys)), self.words.union(new) if new else self.words,
                        self.cross_words, hashes.words[-1] if hashes.words else self.last_word,
                        (self, new) if self.words else None)

    def ticket_block(self, e: int = 0) -> Block:
        return self._ticket, unit_values(len(self._ticket))

    def kept_words(self, e: int = 0) -> list[str]:
        """The distinct words the view shows: all of them (sorted)."""
        return sorted(self.words)

    def columns(self) -> np.ndarray:
        """Every tool's cross buckets of the view's words, each tool's row sorted."""
        if self._columns is None:
            if self._extends is not None:  # the extended view's columns and the new words'
                base, new = self._extends
                columns = base.columns()
                if new:
                    columns = np.sort(np.concatenate((columns, self.cross_words.columns(new)), axis=1), axis=1)
            else:
                columns = self.cross_words.columns(self.words)
            self._columns = columns
        return self._columns

    def cross_block(self, e: int, tool: int) -> Block:
        found = self._crosses.get(tool)
        if found is None:
            if self.words:
                row = self.columns()[tool]
                keys = row[run_starts(row)]
                found = keys, unit_values(len(keys))
            else:
                found = EMPTY_CROSS
            self._crosses[tool] = found
        return found
