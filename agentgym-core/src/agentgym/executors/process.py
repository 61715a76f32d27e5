"""``process``: episodes split across this process and worker processes on this machine.

With ``workers=N`` a batch is cut into N equal contiguous chunks: this process runs the
first while N-1 worker processes run the others, so no core waits on the learner.

- Jobs: each worker gets its job over its own pipe, sent by this thread before it starts
  its own chunk (a ``multiprocessing.Pool`` hands jobs and results to helper threads that
  wait for the GIL while this thread computes, which cost ~15 ms a batch). Forked workers
  read the batch's weights from memory shared with this process (``SharedParams``).
- Replies: a worker sends its chunk's feature rows packed in four arrays (pickling a
  thousand small arrays cost more than running the episodes). For a training batch it also
  credits its episodes and sends only the learner's arrays (``TrainingBatch``), not the
  trajectories; the reply waits in the socket's enlarged buffer, not in the worker.
- Head start: while the trainer updates, a worker makes the start of its part of the next
  training batch (``BatchStart``: its episodes made, observed, featurized and resolved up to
  the first decision, a fifth of a chunk's work). This process's update is matched by that
  head start, so the chunks are equal (two cores idle ~11% of a default run, against ~15%
  when this process took 1.3 times a worker's share without it).

Results come back in spec order, so they never depend on the number of workers.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import signal
import socket
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import Any

import numpy as np

from agentgym.executors.base import (
    EpisodeJob,
    EpisodeRunner,
    Executor,
    Progress,
    RolloutContext,
    chunks,
    run_with_params,
)
from agentgym.executors.shared_params import SharedParams
from agentgym.features import SparseBatch
from agentgym.heap import cyclic_gc_paused, settle
from agentgym.memo import GreedyMemo
from agentgym.rollout import EpisodeRecord, EpisodeSpec, HeadStart
from agentgym.scenario import Scenario, Trajectory
from agentgym.training_batch import CreditRule, TrainingBatch

PackedChunk = tuple[list[EpisodeRecord], SparseBatch, list[int]]
MAP_CHUNK = 16  # most episodes in one map_episodes chunk: small enough to balance and show progress


class WorkerFailed(RuntimeError):
    """A worker process died or raised while running its chunk."""


def compact(batch: SparseBatch) -> SparseBatch:
    """Feature ids as int32 and the 0/1 per-action features as uint8: a third less to
    pickle, exactly."""
    return SparseBatch(batch.indices.astype(np.int32), batch.values, batch.offsets,
                       batch.action_features.astype(np.uint8))


def expand(batch: SparseBatch) -> SparseBatch:
    """The batch ``compact`` was given."""
    return SparseBatch(batch.indices.astype(np.int64), batch.values, batch.offsets,
                       batch.action_features.astype(np.float64))


def pack(records: list[EpisodeRecord]) -> PackedChunk:
    """Records without their feature rows, plus every row in one compact sparse batch."""
    rows = [row for record in records for row in record.features]
    return [replace(r, features=[]) for r in records], compact(SparseBatch.stack(rows)), [len(r.features) for r in records]


def unpack(chunk: PackedChunk) -> list[EpisodeRecord]:
    """The records of ``pack`` with their rows back (views into the packed arrays)."""
    records, packed, counts = chunk
    batch = expand(packed)
    out, row = [], 0
    for record, count in zip(records, counts, strict=True):
        rows = [
            (
                batch.indices[batch.offsets[i] : batch.offsets[i + 1]],
                batch.values[batch.offsets[i] : batch.offsets[i + 1]],
                batch.action_features[i],
            )
            for i in range(row, row + count)
        ]
        out.append(replace(record, features=rows))
        row += count
    return out


def pack_training(batch: TrainingBatch) -> TrainingBatch:
    """A worker's training batch as sent: its sparse features compact."""
    return replace(batch, decisions=replace(batch.decisions, features=compact(batch.decisions.features)))


def unpack_training(batch: TrainingBatch) -> TrainingBatch:
    """The batch ``pack_training`` was given."""
    return replace(batch, decisions=replace(batch.decisions, features=expand(batch.decisions.features)))


REPLY_BUFFER = 1 << 21  # bytes: a reply (~0.2-0.4 MB) fits, so the worker never waits for it to be read


def roomy(conn: Connection) -> None:
    """Let a worker's reply sit in its socket's buffer: with the default (~200 KB) the
    worker waited in ``send`` until this process had run its own chunk and read the reply,
    where it could have been starting its next chunk. Best effort (a pipe that is not a
    socket, or a system that refuses, keeps its buffer)."""
    try:
        with socket.socket(fileno=os.dup(conn.fileno())) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, REPLY_BUFFER)
    except (OSError, ValueError):
        pass


@dataclass(frozen=True)
class MapChunk:
    """Specs for a worker to run through an ``EpisodeJob``'s runner (``map_episodes``)."""

    job: EpisodeJob
    specs: list[EpisodeSpec]


class JobRunners:
    """A worker's runner of the latest ``EpisodeJob``, built on its first chunk and kept."""

    def __init__(self) -> None:
        self.job: EpisodeJob | None = None
        self.runner: EpisodeRunner | None = None

    def run(self, chunk: MapChunk) -> list[Trajectory]:
        if self.runner is None or self.job != chunk.job:
            self.job, self.runner = chunk.job, chunk.job.build()
        return [self.runner(spec) for spec in chunk.specs]


def _serve(conn: Connection, trainer_ends: list[Connection], context: RolloutContext | None,
           shared: SharedParams | None = None) -> None:
    """A worker: run each chunk it is sent until ``None``, or until the trainer is gone (its
    pipe ends are closed here, else a forked worker would keep them open, never see the end
    of its pipe, and outlive a killed trainer). The scenario is built on the first rollout
    chunk; a job without weights uses the ones the trainer just wrote to ``shared``. A
    ``MapChunk`` runs through its job's runner, built once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the trainer's to handle
    for end in trainer_ends:
        end.close()
    built = None
    memo = GreedyMemo()
    ahead = HeadStart()  # the start of this worker's next training chunk
    runners = JobRunners()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the trainer is gone (killed): nothing left to do
            return
        if job is None:
            return
        if isinstance(job, MapChunk):
            try:
                mapped: tuple[str, Any] = ("ok", runners.run(job))
            except Exception as error:  # noqa: BLE001 - reported to the caller, which fails
                mapped = ("error", f"{type(error).__name__}: {error}")
            conn.send(mapped)
            continue
        if built is None:
            assert context is not None, "a rollout chunk needs the executor started with a context"
            built = context.build()
        params, specs, greedy, credit, upcoming = job
        if params is None and shared is not None:
            params = shared.arrays
        with cyclic_gc_paused():  # the records are sent and freed before the collector runs
            try:
                start = None if greedy else ahead.take(specs)
                records = run_with_params(built, params, specs, greedy, memo, start)
                payload = pack(records) if credit is None else pack_training(TrainingBatch.build(records, built[0], credit))
                reply: tuple[str, Any] = ("ok", payload)
            except Exception as error:  # noqa: BLE001 - reported to the trainer, which fails the run
                reply = ("error", f"{type(error).__name__}: {error}")
            try:
                conn.send(reply)
            except OSError:  # the trainer is gone (killed) while this chunk ran: nothing to report to
                return
            del reply
            if upcoming:  # this worker's part of the next batch, made while the trainer updates
                ahead.make(built[0], built[1], upcoming)
        if greedy:
            settle()  # a validation: what this worker's caches and memo hold now stays


WORKERS_PER_CPU = 4  # more processes than this only queue for the CPUs (and each holds a scenario)


class ProcessExecutor(Executor):
    name = "process"

    def __init__(self, workers: int = 1, **options: Any) -> None:
        super().__init__(workers, **options)
        cpus = os.cpu_count() or 1
        if workers > WORKERS_PER_CPU * cpus:
            raise ValueError(f"the process executor runs at most {WORKERS_PER_CPU * cpus} workers here "
                             f"({WORKERS_PER_CPU} per CPU, {cpus} CPUs); got workers={workers}")

    def start(self, context: RolloutContext) -> None:
        self.built = context.build()
        self.memo = GreedyMemo()
        self._spawn(context)

    def _spawn(self, context: RolloutContext | None) -> None:
        """Start the worker processes (``context=None``: for ``map_episodes`` only)."""
        self.in_flight = False
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        ctx = multiprocessing.get_context(method)
        # forked workers inherit the shared mapping; spawned ones are sent the weights
        forked_shared = method == "fork" and self.workers > 1 and context is not None
        self.shared = SharedParams(self.built[2].params) if forked_shared else None
        self.connections: list[Connection] = []
        self.processes: list[Any] = []
        for _ in range(self.workers - 1):
            ours, theirs = ctx.Pipe()
            roomy(theirs)
            self.connections.append(ours)
            process = ctx.Process(target=_serve, args=(theirs, self.connections, context, self.shared), daemon=True)
            process.start()
            theirs.close()
            self.processes.append(process)

    def collect(self, params: dict[str, np.ndarray], specs: Sequence[EpisodeSpec], greedy: bool) -> list[EpisodeRecord]:
        own, busy = self._dispatch(params, specs, greedy, None, ())
        records = run_with_params(self.built, params, own, greedy, self.memo)
        for reply in self._replies(busy):
            records += unpack(reply)
        return records

    def collect_training(self, params: dict[str, np.ndarray], specs: Sequence[EpisodeSpec], credit: CreditRule,
                         scenario: Scenario, upcoming: Sequence[EpisodeSpec] = ()) -> TrainingBatch:
        """Each worker credits and stacks its own chunk, then starts its part of ``upcoming``;
        this process credits its own chunk (while workers may still run theirs) and joins the parts."""
        own, busy = self._dispatch(params, specs, False, credit, upcoming)
        batch = TrainingBatch.build(run_with_params(self.built, params, own, False), self.built[0], credit)
        return TrainingBatch.concatenate([batch] + [unpack_training(reply) for reply in self._replies(busy)])

    def _dispatch(self, params: dict[str, np.ndarray], specs: Sequence[EpisodeSpec], greedy: bool,
                  credit: CreditRule | None, upcoming: Sequence[EpisodeSpec]) -> tuple[list[EpisodeSpec], list[Connection]]:
        """Send each worker its chunk (and its part of the upcoming batch); this process's
        chunk and the workers now busy."""
        parts = chunks(specs, self.workers)
        if not parts:
            return [], []
        busy = self.connections[: len(parts) - 1]
        ahead = chunks(upcoming, self.workers)[1:]  # what each worker will get next
        sent: dict[str, np.ndarray] | None = params
        if busy and self.shared is not None and self.shared.fits(params):
            self.shared.write(params)  # no worker reads weights between batches (a head start needs none)
            sent = None
        self.in_flight = True  # until every reply is read; ``close`` must not wait on a busy worker
        for index, (conn, part) in enumerate(zip(busy, parts[1:], strict=True)):
            conn.send((sent, part, greedy, credit, ahead[index] if index < len(ahead) else []))
        return parts[0], busy

    def _replies(self, busy: list[Connection]) -> list[Any]:
        """Each busy worker's reply, in worker order; a worker that died or raised fails the run."""
        replies = [self._reply(conn) for conn in busy]
        self.in_flight = False
        return replies

    def map_episodes(self, job: EpisodeJob, specs: Sequence[EpisodeSpec],
                     progress: Progress | None = None) -> list[Trajectory]:
        """Specs in small chunks, each worker and this process building ``job``'s runner once
        and taking the next chunk as soon as it is free; trajectories in spec order."""
        if self.workers == 1 or not specs:
            return super().map_episodes(job, specs, progress)
        if not getattr(self, "connections", None):
            self._spawn(None)  # workers that can only map (no scenario built for rollouts)
        size = max(1, min(MAP_CHUNK, math.ceil(len(specs) / (4 * self.workers))))
        parts = [list(specs[i : i + size]) for i in range(0, len(specs), size)]
        queue = deque(range(len(parts)))
        results: list[list[Trajectory]] = [[] for _ in parts]
        busy: dict[Connection, int] = {}
        done = 0

        def send(conn: Connection) -> None:
            index = queue.popleft()
            conn.send(MapChunk(job, parts[index]))
            busy[conn] = index

        def received(conn: Connection) -> None:
            nonlocal done
            index = busy.pop(conn)
            results[index] = self._reply(conn)
            done += len(results[index])
            if progress is not None:
                progress(done)
            if queue:
                send(conn)

        self.in_flight = True  # until every reply is read; ``close`` must not wait on a busy worker
        for conn in self.connections:
            if queue:
                send(conn)
        own: EpisodeRunner | None = None  # built after the workers started building theirs
        while queue or busy:
            if queue:
                index = queue.popleft()
                own = own or job.build()
                results[index] = [own(spec) for spec in parts[index]]
                done += len(results[index])
                if progress is not None:
                    progress(done)
                ready = wait(list(busy), timeout=0)
            else:
                ready = wait(list(busy))
            for conn in ready:
                received(conn)  # type: ignore[arg-type]
        self.in_flight = False
        return [trajectory for part in results for trajectory in part]

    @staticmethod
    def _reply(conn: Connection) -> Any:
        try:
            status, payload = conn.recv()
        except (EOFError, OSError):
            raise WorkerFailed("a rollout worker process died") from None
        if status != "ok":
            raise WorkerFailed(f"a rollout worker failed: {payload}")
        return payload

    def close(self) -> None:
        """Ask idle workers to stop; terminate them if a batch was cut short (Ctrl-C)."""
        interrupted = getattr(self, "in_flight", False)
        for conn in getattr(self, "connections", []):
            if not interrupted:
                try:
                    conn.send(None)
                except (BrokenPipeError, OSError):
                    pass
            conn.close()
        for process in getattr(self, "processes", []):
            if interrupted:
                process.terminate()
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
                process.join()
        self.connections, self.processes, self.in_flight = [], [], False
