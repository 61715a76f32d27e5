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
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from agentgym.hashing import (
    Block,
    Buckets,
    CrossedWords,
    FullView,
    TicketHashes,
    TicketViews,
    block,
    bucket,
    tokens,
)
from agentgym.records import Observation, ToolEvent

if TYPE_CHECKING:
    from agentgym.scenario import Scenario

STATUSES = ("ok", "error", "retry")
ACTION_FEATURES = ("retry_last", "repeat_success", "repeat_error")


@dataclass(frozen=True)
class FeaturizerSettings:
    """What a saved model needs to rebuild its featurizer exactly (the ``hashed`` featurizer's
    settings; a featurizer plugin's settings extend them). Values are checked, since they may
    come from a manifest on disk: a bad one is a ValueError naming the setting."""

    hash_dim: int = 4096
    bigrams: bool = True
    cross_last_tool: bool = True
    word_dropout: float = 0.0  # training episodes only: drop each ticket word with this chance
    subwords: tuple[int, ...] = ()  # character n-gram sizes read beside each word (e.g. (3, 4))

    def __post_init__(self) -> None:
        if not isinstance(self.subwords, list | tuple) or not all(_is_int(n) and n > 0 for n in self.subwords):
            raise ValueError(f"setting 'subwords' must be a list of positive integers, not {self.subwords!r}")
        object.__setattr__(self, "subwords", tuple(int(n) for n in self.subwords))  # JSON gives a list
        if not _is_int(self.hash_dim) or self.hash_dim < 1:
            raise ValueError(f"setting 'hash_dim' must be a positive integer, not {self.hash_dim!r}")
        for name in ("bigrams", "cross_last_tool"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"setting '{name}' must be true or false, not {getattr(self, name)!r}")
        if not isinstance(self.word_dropout, int | float) or isinstance(self.word_dropout, bool) \
                or not 0 <= self.word_dropout < 1:
            raise ValueError(f"setting 'word_dropout' must be a number from 0 to below 1, not {self.word_dropout!r}")

    def plain(self) -> dict[str, Any]:
        """The settings as JSON data (what a manifest records)."""
        return {name: list(value) if isinstance(value, tuple) else value for name, value in asdict(self).items()}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


Row = tuple[np.ndarray, np.ndarray, np.ndarray]  # indices, values, per-action features


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
        # rows of equal shape: np.array stacks them 2x faster than np.stack
        return cls(indices, values, offsets, np.array([r[2] for r in rows]))

    @classmethod
    def concatenate(cls, parts: Sequence[SparseBatch]) -> SparseBatch:
        """The rows of every part, in order: the batch ``stack`` makes of all their rows."""
        if len(parts) == 1:
            return parts[0]
        shifts = np.cumsum([0] + [len(p.indices) for p in parts[:-1]])
        offsets = np.concatenate([parts[0].offsets[:1]] + [p.offsets[1:] + s for p, s in zip(parts, shifts, strict=True)])
        return cls(np.concatenate([p.indices for p in parts]), np.concatenate([p.values for p in parts]), offsets,
                   np.concatenate([p.action_features for p in parts]))

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
    """Turns observations into sparse feature rows for a fixed tool list.

    A subclass may also read the ticket with a text encoder: set ``text_dim`` and implement
    ``text_vector(text)``; the vector of the ticket (and the customer's answers) is then a
    dense block of its own and, crossed with the last tool called, one block per tool.
    """

    text_dim: int = 0

    def __init__(
        self,
        tool_names: Sequence[str],
        max_steps: int,
        result_status: Callable[[str], str],
        settings: FeaturizerSettings | None = None,
        ticket_tools: Collection[str] = (),
        resolve: Callable[[Observation], Sequence[Mapping[str, Any] | None]] | None = None,
    ) -> None:
        self.tool_names = tuple(tool_names)
        # the scenario's arguments for every tool in a state: a tool that already succeeded is
        # flagged as done only while it would be called with the same arguments again
        self.resolve = resolve
        self.ticket_tools = frozenset(ticket_tools)  # their results are read as more ticket text
        self.tool_index = {name: i for i, name in enumerate(self.tool_names)}
        self.max_steps = max_steps
        self.result_status = lru_cache(maxsize=65536)(result_status)
        self.settings = settings or FeaturizerSettings()
        n = len(self.tool_names)
        dim = self.settings.hash_dim
        self.ok_offset = dim
        self.called_offset = dim + n
        self.last_offset = dim + 2 * n
        self.no_last_index = self.last_offset + n * len(STATUSES)  # before any call, or an unlisted tool
        self.step_offset = self.no_last_index + 1
        self.bias_index = self.step_offset + max_steps + 1
        self.text_offset = self.bias_index + 1  # the text vector, then one crossed copy per tool
        self.n_features = self.text_offset + self.text_dim * (1 + n)
        self._text_index = np.arange(self.text_dim, dtype=np.int64)
        self._text = lru_cache(maxsize=8192)(self._text_uncached)
        self._unigram = Buckets("t:", dim)
        self._bigram = Buckets("b:", dim)
        self._result_words = Buckets("r:", dim)
        self._crossed = [Buckets(f"x:{name}:", dim) for name in self.tool_names]
        self._cross_words = CrossedWords(self._crossed)  # the same buckets, a word's for every tool at once
        self._hashes = lru_cache(maxsize=8192)(self._hashes_uncached)
        self._full_view = lru_cache(maxsize=8192)(self._full_view_uncached)
        # a customer's answers, hashed alone to extend a ticket's full view: they repeat
        # across episodes (the same facts asked for), and have a cache of their own so they
        # never push the tickets out of theirs
        self._answer_hashes = lru_cache(maxsize=16384)(self._hashes_uncached)
        # tool results name customers, payments and amounts: over customer_support's 4,000
        # training tickets 16,384 entries missed a third of the time (~30k distinct results)
        self._result = lru_cache(maxsize=65536)(self._result_uncached)
        self._ones = [np.ones(k) for k in range(2 * n + 4)]  # dense values by count, shared
        self.no_flags = self._action_flags(set(), None, "ok")
        self._flags_done: dict[frozenset[int], np.ndarray] = {}  # per-action flags by the tools done

    @classmethod
    def for_scenario(cls, scenario: Scenario, settings: FeaturizerSettings | None = None) -> Featurizer:
        """The featurizer of ``scenario``'s tools, step cap, result statuses and ticket tools."""
        ticket_tools = [spec.name for spec in scenario.tools() if getattr(spec, "extends_ticket", False)]
        return cls(scenario.tool_names, scenario.max_steps, scenario.result_status, settings, ticket_tools,
                   scenario.resolve_all)

    def episodes(self, tickets: Sequence[str], views: Sequence[int | None]) -> list[EpisodeEncoder]:
        """Encoders for a batch of episodes, one per (ticket, view).

        ``view`` (a training episode's seed) selects which ticket words word dropout hides;
        None, as in every evaluation, shows them all. The training views of the whole batch
        are made together; the full view of a ticket is made once and kept.
        """
        dropout = self.settings.word_dropout
        if dropout <= 0:
            views = [None] * len(tickets)
        training = [e for e, view in enumerate(views) if view is not None]
        made = TicketViews([self._hashes(tickets[e]) for e in training], [views[e] for e in training], dropout,
                           self._bigram, self.settings.bigrams) if training else None
        place = {e: index for index, e in enumerate(training)}
        return [
            EpisodeEncoder(self, ticket, self._full_view(ticket), 0, None) if e not in place
            else EpisodeEncoder(self, ticket, made, place[e], views[e])  # type: ignore[arg-type]
            for e, ticket in enumerate(tickets)
        ]

    def view_of(self, text: str, view: int | None) -> TicketViews:
        """One training episode's view of ``text``, a ticket with the customer's answers.
        Not cached: such a text is met once, and keeping it would push the tickets themselves
        out of the caches."""
        return TicketViews([self._hashes_uncached(text)], [view], self.settings.word_dropout, self._bigram,
                           self.settings.bigrams)

    def answered_view(self, views: TicketViews | FullView, answers: Sequence[str], text: str,
                      view: int | None) -> TicketViews | FullView:
        """The view of the ticket once the customer's ``answers`` have been added to ``views``
        (``text``: the ticket and every answer so far)."""
        if view is not None and self.settings.word_dropout > 0:
            return self.view_of(text, view)  # the dropout draws run over the whole text
        assert isinstance(views, FullView)  # an encoder without a training view has a full one
        full = views
        for answer in answers:
            full = full.extended(self._answer_hashes(answer), self._bigram if self.settings.bigrams else None)
        return full

    def episode(self, ticket: str, view: int | None = None) -> EpisodeEncoder:
        """An encoder for the successive observations of one episode on ``ticket``."""
        return self.episodes([ticket], [view])[0]

    def encode(self, observation: Observation, view: int | None = None) -> Row:
        """The features of one observation: (indices, values, per-action features)."""
        return self.episode(observation.ticket, view).encode(observation)

    def action_features(self, observation: Observation) -> np.ndarray:
        """Per-action features shared by all tools: is this the last tool and did it fail
        transiently (retry it), did this tool already succeed, did it just fail for good."""
        return self.encode(observation)[2]

    def entry_bound(self) -> float:
        """The largest value an entry of a row summed into a dense vector can reach. Hashed
        blocks are unit norm (no value above 1) and an index collects at most one value from
        each of the three blocks that share the hashed range (the ticket's, the last result's,
        the cross); history features are 1.0. With a text encoder it is unknown (infinite):
        its vectors may hold larger values."""
        return 3.0 if not self.text_dim else math.inf

    def text_vector(self, text: str) -> np.ndarray:
        """A dense vector of ``text`` (``text_dim`` floats); only featurizers with a text encoder."""
        raise NotImplementedError

    def _text_uncached(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The text block: the ticket's vector at its offset (read-only, shared)."""
        vector = np.asarray(self.text_vector(text), dtype=np.float64)
        indices = self.text_offset + self._text_index
        vector.flags.writeable = False
        indices.flags.writeable = False
        return indices, vector

    def _hashes_uncached(self, ticket: str) -> TicketHashes:
        return TicketHashes(ticket, self._unigram, self._bigram, self._crossed, tuple(self.settings.subwords))

    def _full_view_uncached(self, ticket: str) -> FullView:
        return FullView.of(self._hashes(ticket), self.settings.bigrams, self._cross_words)

    def _result_uncached(self, text: str) -> Block:
        words = self._result_words
        return block([words[w] for w in tokens(text)] or [words[""]])

    def done_flags(self, done: frozenset[int]) -> np.ndarray:
        """The per-action flags after a call that went through, ``done`` the tools whose last
        success would be repeated exactly (shared, read-only)."""
        flags = self._flags_done.get(done)
        if flags is None:
            flags = self._flags_done[done] = self._action_flags(set(done), None, "ok")
        return flags

    def _action_flags(self, seen_ok: set[int] | frozenset[int], last: int | None, status: str) -> np.ndarray:
        out = np.zeros((len(self.tool_names) + 1, len(ACTION_FEATURES)))
        for i in seen_ok:  # element by element: fancy indexing costs ~3 us a row here
            out[i, 1] = 1.0
        if last is not None and status in ("retry", "error"):
            out[last, 0 if status == "retry" else 2] = 1.0
        out.flags.writeable = False  # rows may share it: stacking them copies
        return out


class EpisodeEncoder:
    """The rows of one episode's successive observations.

    The episode's view of its ticket is made before its first row, and the history summary
    (which tools succeeded, which were called) advances by the events added since the last
    row instead of reading the whole history again. An observation whose history does not
    extend the last one's (another episode's) starts the summary over, so a row never
    depends on what was encoded before it.

    Two rules keep the features about the task rather than about noise:
    - a transient failure (status ``retry``) that another event followed is dropped: after
      a timeout and its retry the row is the row of the same episode without the timeout,
      so a retry never changes what the policy does next;
    - the results of the featurizer's ticket tools (a customer's answers) are read as more
      ticket text from the moment they arrive (ticket words, bigrams and crosses).
    """

    def __init__(self, featurizer: Featurizer, ticket: str, views: TicketViews | FullView, index: int,
                 view: int | None = None) -> None:
        self.featurizer = featurizer
        self.ticket = ticket
        self.view = view
        self._base = (views, index)
        self._use(views, index)
        self._restart()

    def _use(self, views: TicketViews | FullView, index: int, text: str | None = None) -> None:
        self.views = views
        self.index = index
        self.ticket_block = views.ticket_block(index)
        self.crosses: dict[str, Block] = {}
        if self.featurizer.text_dim:  # the encoder's block joins the ticket's hashed one
            indices, vector = self.featurizer._text(text if text is not None else self.ticket)
            self.text_block = (indices, vector)
            self.ticket_block = (np.concatenate((self.ticket_block[0], indices)),
                                 np.concatenate((self.ticket_block[1], vector)))

    def _restart(self) -> None:
        self.seen_ok: set[int] = set()  # tools that succeeded
        self.ok_arguments: dict[int, Mapping[str, Any]] = {}  # the arguments of each one's last success
        self.seen: set[int] = set()  # tools called
        self.steps = 0  # events that count as steps: every one but dropped transient failures
        self.read = 0  # history events summarised so far
        self.last_read: object = None
        self.summary: list[int] = []  # their dense indices: succeeded, then called
        # per-action features after a call that went through; None: to be made (only the
        # policy reads them, the Gymnasium env does not)
        self.ok_flags: np.ndarray | None = self.featurizer.no_flags
        self.answers: list[str] = []  # results of ticket tools, in order
        if self.views is not self._base[0] or self.index != self._base[1]:
            self._use(*self._base)

    def _advance(self, history: Sequence[ToolEvent]) -> None:
        f = self.featurizer
        if self.read and (len(history) < self.read or history[self.read - 1] is not self.last_read):
            self._restart()
        seen_ok, seen = self.seen_ok, self.seen
        size = len(seen_ok), len(seen)
        answered = len(self.answers)
        for event in history[self.read :]:
            status = f.result_status(event.result)
            if status == "retry":
                continue  # counted below only while it is the latest event
            self.steps += 1
            i = f.tool_index.get(event.name)
            if i is None:
                continue
            seen.add(i)
            if status == "ok":
                seen_ok.add(i)
                self.ok_arguments[i] = event.arguments
                if event.name in f.ticket_tools:
                    self.answers.append(event.result)
        self.read, self.last_read = len(history), history[-1]
        if (len(seen_ok), len(seen)) != size:
            self.summary = [f.ok_offset + i for i in seen_ok] + [f.called_offset + i for i in seen]
            self.ok_flags = None
        if len(self.answers) != answered:
            text = "\n".join((self.ticket, *self.answers))
            self._use(f.answered_view(self.views, self.answers[answered:], text, self.view), 0, text)

    def _cross(self, last_tool: str) -> Block:
        """The ticket's kept words (and its text vector) crossed with the last tool called."""
        f = self.featurizer
        tool = f.tool_index.get(last_tool)
        if tool is not None:
            words = self.views.cross_block(self.index, tool)
            if not f.text_dim:
                return words
            indices, vector = self.text_block
            return np.concatenate((words[0], indices + f.text_dim * (1 + tool))), np.concatenate((words[1], vector))
        # a tool the scenario does not list (e.g. called through a framework)
        dim = self.featurizer.settings.hash_dim
        return block([bucket(f"x:{last_tool}:{word}", dim) for word in self.views.kept_words(self.index)] or [0])

    def encode(self, observation: Observation, arguments: Sequence[Mapping[str, Any] | None] | None = None) -> Row:
        """(indices, values, per-action features) of ``observation``, the episode's next.

        ``arguments``: the scenario's resolved arguments for ``observation`` when the caller
        already has them (for its action mask): the second resolve was a twelfth of a
        Gymnasium env step in a profile."""
        indices, values = self.sparse(observation)
        return indices, values, self.action_flags(observation, arguments)

    def sparse(self, observation: Observation) -> tuple[np.ndarray, np.ndarray]:
        """The sparse row of ``observation`` without the per-action features (what the
        Gymnasium env observes)."""
        f = self.featurizer
        history = observation.history
        if not history:
            if self.read:
                self._restart()
            ticket = self.ticket_block
            dense = [f.bias_index, f.step_offset, f.no_last_index]
            return np.concatenate((ticket[0], dense)), np.concatenate((ticket[1], f._ones[3]))
        self._advance(history)
        ticket = self.ticket_block
        last = history[-1]
        tool = f.tool_index.get(last.name)
        status = f.result_status(last.result)
        steps = self.steps + (status == "retry")
        result = f._result(last.result)
        last_index = f.no_last_index if tool is None else f.last_offset + tool * len(STATUSES) + STATUSES.index(status)
        dense = [f.bias_index, f.step_offset + min(steps, f.max_steps), *self.summary, last_index]
        ones = f._ones[len(dense)]
        if f.settings.cross_last_tool:
            cross = self.crosses.get(last.name)
            if cross is None:
                cross = self.crosses[last.name] = self._cross(last.name)
            return (np.concatenate((ticket[0], result[0], cross[0], dense)),
                    np.concatenate((ticket[1], result[1], cross[1], ones)))
        return np.concatenate((ticket[0], result[0], dense)), np.concatenate((ticket[1], result[1], ones))

    def action_flags(self, observation: Observation,
                     arguments: Sequence[Mapping[str, Any] | None] | None = None) -> np.ndarray:
        """The per-action features of ``observation``, once ``sparse`` has read its history.
        After a call that went through, only the tools that succeeded are flagged (and, with
        the scenario's resolver, only while their arguments would be the same again)."""
        f = self.featurizer
        history = observation.history
        if not history:
            return f.no_flags
        last = history[-1]
        tool = f.tool_index.get(last.name)
        status = f.result_status(last.result)
        done: set[int] | frozenset[int] = self.seen_ok
        if f.resolve is not None and self.seen_ok:
            if arguments is None:
                arguments = f.resolve(observation)
            done = frozenset(i for i in self.seen_ok if dict(self.ok_arguments[i]) == (arguments[i] or {}))
        if status == "ok" or tool is None:
            if done is not self.seen_ok:
                return f.done_flags(done)  # type: ignore[arg-type]
            if self.ok_flags is None:
                self.ok_flags = f._action_flags(self.seen_ok, None, "ok")
            return self.ok_flags
        return f._action_flags(done, tool, status)
