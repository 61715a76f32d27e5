"""The featurizer against its definition: what a learned policy sees must not depend on
caches, views shared across episodes, or the process that computed it."""

from __future__ import annotations

import math
import random
import zlib

import numpy as np
import pytest

from agentgym import hooks
from agentgym.features import STATUSES, Featurizer, FeaturizerSettings, tokens
from agentgym.hashing import subwords
from agentgym.reference import RandomPolicy
from agentgym.scenario import Observation, ToolEvent

SCENARIO = "customer_support"


@pytest.fixture(scope="module")
def scenario():  # type: ignore[no-untyped-def]
    return hooks.make_scenario(SCENARIO, failure_rate=0.2)


@pytest.fixture(scope="module")
def observations(scenario) -> list[tuple[Observation, int]]:  # type: ignore[no-untyped-def]
    """Observations of 300 episodes (random and expert calls, timeouts), each with its episode's
    view seed; tickets repeat so cached ticket hashes meet new views."""
    tasks = scenario.tasks("train")
    out: list[tuple[Observation, int]] = []
    for index in range(300):
        task = tasks[index % 40]
        episode = scenario.new_episode(task, index)
        policy = RandomPolicy(scenario, index)
        slips = random.Random(index)
        while not episode.done:
            observation = episode.observe()
            out.append((observation, 1000 + index))
            expert = scenario.gold_action(task, observation)
            episode.act(policy.decide(observation) if slips.random() < 0.4 else expert)
    return out


def bucket(key: str, dim: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % dim


def block(keys: list[str], dim: int) -> dict[int, float]:
    ids = sorted({bucket(k, dim) for k in keys})
    return {i: 1.0 / math.sqrt(max(len(ids), 1)) for i in ids}


def reference_row(f: Featurizer, observation: Observation, view: int | None) -> list[tuple[int, float]]:
    """The module docstring, written out the slow way, one block at a time."""
    dim = f.settings.hash_dim
    # a transient failure that another event followed never happened, as far as features go
    history = [e for n, e in enumerate(observation.history)
               if f.result_status(e.result) != "retry" or n == len(observation.history) - 1]
    answers = [e.result for e in history if e.name in f.ticket_tools and f.result_status(e.result) == "ok"]
    words = tokens("\n".join((observation.ticket, *answers)))
    if view is not None and f.settings.word_dropout > 0:
        rng = random.Random(view)
        words = [w for w in words if rng.random() >= f.settings.word_dropout]
    grams = sorted({g for w in words for g in subwords(w, f.settings.subwords)}) if f.settings.subwords else []
    keys = [f"t:{w}" for w in words] + [f"t:{g}" for g in grams]
    keys += [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    entries = list(block(keys, dim).items())
    n = len(f.tool_names)
    dense = [f.bias_index, f.step_offset + min(len(history), f.max_steps)]  # a pending retry counts
    if history:
        last = history[-1]
        entries += block([f"r:{w}" for w in tokens(last.result)] or ["r:"], dim).items()
        crossed = [f"x:{last.name}:{w}" for w in sorted(set(words))]  # words only, not their n-grams
        entries += (block(crossed, dim) if crossed else {0: 1.0}).items()
        settled = [e for e in history if f.result_status(e.result) != "retry"]  # a pending retry: not yet called
        called = {f.tool_index[e.name] for e in settled if e.name in f.tool_index}
        ok = {f.tool_index[e.name] for e in history if e.name in f.tool_index and f.result_status(e.result) == "ok"}
        dense += [f.ok_offset + i for i in ok] + [f.called_offset + i for i in called]
        i = f.tool_index.get(last.name)
        status = STATUSES.index(f.result_status(last.result))
        dense.append(f.last_offset + (i * len(STATUSES) + status if i is not None else n * len(STATUSES)))
    else:
        dense.append(f.last_offset + n * len(STATUSES))
    entries += [(d, 1.0) for d in dense]
    return sorted(entries)


def as_entries(row: tuple[np.ndarray, np.ndarray, np.ndarray]) -> list[tuple[int, float]]:
    return sorted(zip(row[0].tolist(), row[1].tolist(), strict=True))


def featurizer(scenario, dropout: float = 0.1, hash_dim: int = 4096, sizes: tuple[int, ...] = ()) -> Featurizer:  # type: ignore[no-untyped-def]
    return Featurizer.for_scenario(scenario, FeaturizerSettings(hash_dim=hash_dim, word_dropout=dropout, subwords=sizes))


@pytest.mark.parametrize(("dropout", "hash_dim", "sizes"), [(0.1, 4096, ()), (0.5, 64, ()), (0.2, 4096, (3, 4)), (0.5, 64, (3,))])  # 64: words share buckets
def test_rows_match_the_definition_with_and_without_word_dropout(scenario, observations, dropout, hash_dim, sizes) -> None:  # type: ignore[no-untyped-def]
    f = featurizer(scenario, dropout, hash_dim, sizes)
    for observation, view in observations:
        for v in (view, None):
            row = f.encode(observation, v)
            assert as_entries(row) == reference_row(f, observation, v)
            assert np.array_equal(row[2], f.action_features(observation))


def test_a_fresh_featurizer_gives_the_same_rows_as_a_warm_one(scenario, observations) -> None:  # type: ignore[no-untyped-def]
    """Caches (ticket hashes shared across views, blocks) never change a row, in any order."""
    warm = featurizer(scenario)
    for observation, view in observations:
        warm.encode(observation, view)
    shuffled = list(observations)
    random.Random(5).shuffle(shuffled)
    for observation, view in shuffled[:500]:
        fresh = featurizer(scenario)
        a, b = warm.encode(observation, view), fresh.encode(observation, view)
        assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_word_dropout_hides_some_words_in_training_views_only(scenario, observations) -> None:  # type: ignore[no-untyped-def]
    f = featurizer(scenario, dropout=0.1)
    ticket = observations[0][0].ticket
    first = Observation(ticket, ())
    full = set(f.encode(first, None)[0].tolist())
    views = [set(f.encode(first, view)[0].tolist()) for view in range(50)]
    assert sum(v != full for v in views) > 40  # a ticket of tens of words loses some in most views
    assert len({frozenset(v) for v in views}) > 40  # each view hides its own words
    assert featurizer(scenario, dropout=0.0).encode(first, 7)[0].tolist() == f.encode(first, None)[0].tolist()


def test_a_tool_the_scenario_does_not_list_still_encodes(scenario, observations) -> None:  # type: ignore[no-untyped-def]
    """Framework agents may call tools of their own; their results still count as history."""
    f = featurizer(scenario)
    observation, view = observations[3]
    odd = Observation(observation.ticket, (*observation.history, ToolEvent("lookup_weather", {"city": "x"}, "Sunny.")))
    row = f.encode(odd, view)
    assert as_entries(row) == reference_row(f, odd, view)
    assert not row[2][:, 0].any() and not row[2][:, 2].any()  # no per-action retry/error flags for it


@pytest.mark.parametrize(("dropout", "hash_dim", "sizes"), [(0.1, 4096, ()), (0.5, 64, ()), (0.2, 4096, (3, 4))])
def test_a_batch_of_episode_encoders_gives_the_rows_of_one_observation_at_a_time(scenario, observations, dropout, hash_dim, sizes) -> None:  # type: ignore[no-untyped-def]
    """Rollouts make every episode's view of its ticket together and advance each history
    summary one event at a time; each row must still be the stateless one."""
    episodes: dict[int, list[Observation]] = {}
    for observation, view in observations:
        episodes.setdefault(view, []).append(observation)
    views = list(episodes)
    batched, single = featurizer(scenario, dropout, hash_dim, sizes), featurizer(scenario, dropout, hash_dim, sizes)
    for start in range(0, len(views), 37):
        part = views[start : start + 37]
        tickets = [episodes[v][0].ticket for v in part]
        shown = [v if i % 5 else None for i, v in enumerate(part)]  # some full views among them
        encoders = batched.episodes(tickets, shown)
        for step in range(max(len(episodes[v]) for v in part)):
            for encoder, v, view in zip(encoders, part, shown, strict=True):
                if step < len(episodes[v]):
                    row = encoder.encode(episodes[v][step])
                    assert all(np.array_equal(a, b) for a, b in zip(row, single.encode(episodes[v][step], view), strict=True))


def test_an_episode_encoder_fed_another_history_starts_its_summary_over(scenario, observations) -> None:  # type: ignore[no-untyped-def]
    f = featurizer(scenario)
    longest = max((o for o, _ in observations), key=lambda o: len(o.history))
    encoder = f.episode(longest.ticket, None)
    encoder.encode(longest)
    other = [o for o, _ in observations if o.ticket == longest.ticket and o.history and o.history[0] is not longest.history[0]]
    for observation in [*other, Observation(longest.ticket, longest.history[:2])]:
        assert all(np.array_equal(a, b) for a, b in zip(encoder.encode(observation), f.encode(observation), strict=True))


def test_a_transient_failure_and_its_retry_leave_the_next_row_unchanged(scenario, observations) -> None:  # type: ignore[no-untyped-def]
    """Retries are noise: once a timed-out call is retried, the row is the row of the same
    episode without the timeout (step number, called tools, last result all alike)."""
    f = featurizer(scenario)
    checked = 0
    for observation, view in observations:
        history = observation.history
        if len(history) < 2 or any(f.result_status(e.result) == "retry" for e in history):
            continue
        last = history[-1]
        timeout = ToolEvent(last.name, last.arguments, f"ERROR (transient): {last.name} timed out after 2s; retry.")
        noisy = Observation(observation.ticket, (*history[:-1], timeout, last), observation.tools)
        pending = Observation(observation.ticket, (*history[:-1], timeout), observation.tools)
        for v in (view, None):
            clean_row, noisy_row = f.encode(observation, v), f.encode(noisy, v)
            assert all(np.array_equal(a, b) for a, b in zip(clean_row, noisy_row, strict=True))
            assert as_entries(f.encode(pending, v)) != as_entries(clean_row)  # while pending, it shows
        checked += 1
    assert checked > 100


def test_a_tool_done_with_other_arguments_than_it_would_take_now_is_not_flagged_as_done(scenario) -> None:  # type: ignore[no-untyped-def]
    """After the customer gives another address, looking it up is new work, not a repeat."""
    f = featurizer(scenario)
    ticket = "Ticket TCK-1 from Ann Lee <ann@home.example>\nSubject: hi\nI can't log in."
    lookup = f.tool_index["lookup_user"]
    missing = ToolEvent("lookup_user", {"email": "ann@home.example"}, "No account found for ann@home.example.")
    question = "We found no account for ann@home.example. Which email address is your account registered under?"
    same = Observation(ticket, (missing,))
    assert f.encode(same)[2][lookup, 1] == 1.0  # the same look-up again would repeat itself
    moved = Observation(ticket, (missing, ToolEvent("ask_customer", {"question": question}, "try ann@work.example")))
    assert f.encode(moved)[2][lookup, 1] == 0.0  # now it would look up another address
    assert f.encode(moved)[2][f.tool_index["ask_customer"], 1] == 0.0  # the next question differs too


@pytest.mark.parametrize("sizes", [(), (4,)])
@pytest.mark.parametrize("bigrams", [True, False])
def test_a_full_view_extended_by_answers_has_the_blocks_of_the_joined_text(sizes, bigrams) -> None:  # type: ignore[no-untyped-def]
    """The env, evaluation and serving read a customer's answer by extending the ticket's
    view; every block must be the one the whole text (ticket, line break, answers) gives
    the batch views of training, including texts with no words at all."""
    from agentgym.hashing import Buckets, FullView, TicketHashes, TicketViews

    dim = 256  # small: words share buckets
    unigram, bigram = Buckets("t:", dim), Buckets("b:", dim)
    crossed = [Buckets(f"x:{name}:", dim) for name in ("lookup_user", "refund", "ask_customer")]
    rng = random.Random(3)
    vocabulary = ["refund", "charged", "twice", "migrating", "password", "reset", "invoice", "Danke", "merci"]
    texts = ["", "42 17", "Ticket #7 from Ann <ann@example.com>\nSubject: billing\n\nI was charged twice."]
    texts += [" ".join(rng.choices(vocabulary, k=rng.randrange(1, 12))) for _ in range(40)]

    def hashed(text: str) -> TicketHashes:
        return TicketHashes(text, unigram, bigram, crossed, sizes)

    for _ in range(150):
        ticket, *answers = rng.sample(texts, rng.randrange(2, 5))
        view = FullView.of(hashed(ticket), bigrams)
        for answer in answers:
            view = view.extended(hashed(answer), bigram if bigrams else None)
        whole = TicketViews([hashed("\n".join((ticket, *answers)))], [None], 0.0, bigram, bigrams)
        assert np.array_equal(view.ticket_block()[0], whole.ticket_block(0)[0])
        assert np.array_equal(view.ticket_block()[1], whole.ticket_block(0)[1])
        assert view.kept_words() == whole.kept_words(0)
        for tool in range(len(crossed)):
            assert all(np.array_equal(a, b) for a, b in zip(view.cross_block(0, tool), whole.cross_block(0, tool),
                                                             strict=True))
