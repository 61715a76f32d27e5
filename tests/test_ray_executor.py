"""The ``ray`` executor: same records as ``local``, survives a dead worker, clean errors.

One local Ray instance (no dashboard, no usage stats) is shared by the module; only the
lifecycle test starts and stops its own, so it runs first. Ray is imported only by the
tests that need it (marked ``ray``, skipped without it), never at collection.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from agentgym import hooks
from agentgym.executors.base import RolloutContext
from agentgym.executors.local import LocalExecutor
from agentgym.executors.ray import MISSING_RAY, RayExecutor, RayMissingError
from agentgym.rollout import EpisodeSpec, derive_seed

pytestmark = pytest.mark.slow  # over the fast subset's budget (make test-fast)

CONTEXT = RolloutContext("customer_support")
SLOW = RolloutContext("customer_support", {"tool_latency_ms": 20})


@pytest.fixture(scope="module")
def local() -> LocalExecutor:
    executor = LocalExecutor()
    executor.start(CONTEXT)
    return executor


@pytest.fixture(scope="module")
def specs(local: LocalExecutor) -> list[EpisodeSpec]:
    tasks = local.built[0].tasks("train")
    return [EpisodeSpec(tasks[i], derive_seed(0, i, 1), derive_seed(0, i, 2)) for i in range(41)]


@pytest.fixture(scope="module")
def params(local: LocalExecutor) -> dict[str, np.ndarray]:
    """Small random weights, so sampled episodes differ from one another and from greedy."""
    rng = np.random.default_rng(7)
    return {name: rng.normal(0.0, 0.5, value.shape) for name, value in local.built[2].params.items()}


@pytest.fixture(scope="module")
def ray() -> ModuleType:
    return pytest.importorskip("ray")


@pytest.fixture(scope="module")
def shared_ray(ray: ModuleType) -> Iterator[None]:
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray.init(
        address="local",
        num_cpus=8,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.WARNING,
    )
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def executor(shared_ray: None) -> Iterator[RayExecutor]:
    with RayExecutor(workers=2) as running:
        running.start(CONTEXT)
        yield running


@pytest.mark.ray
def test_owned_ray_lifecycle_and_keyboard_interrupt(ray, local, specs, params, assert_same_records) -> None:
    """A private Ray is started by start() and shut down by Ctrl-C in collect(); close() is idempotent."""
    if ray.is_initialized():
        pytest.skip("needs to run before the shared Ray instance exists")
    executor = RayExecutor(workers=1)
    executor.start(SLOW)
    assert ray.is_initialized()
    assert_same_records(
        executor.collect(params, specs[:3], greedy=False), local.collect(params, specs[:3], greedy=False)
    )

    main = threading.main_thread().ident
    timer = threading.Timer(0.5, signal.pthread_kill, (main, signal.SIGINT))
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        executor.collect(params, specs, greedy=False)  # ~40 episodes x 20 ms tools: seconds
    timer.join()
    assert not ray.is_initialized()
    assert executor.actors == []
    executor.close()
    executor.close()
    with pytest.raises(RuntimeError, match="not started"):
        executor.collect(params, specs, greedy=False)


@pytest.mark.ray
def test_same_records_as_local(executor, local, specs, params, assert_same_records) -> None:
    for greedy in (False, True):
        assert_same_records(executor.collect(params, specs, greedy), local.collect(params, specs, greedy))


@pytest.mark.ray
def test_uneven_and_tiny_batches(executor, local, specs, params, assert_same_records) -> None:
    assert executor.collect(params, [], greedy=False) == []
    assert_same_records(
        executor.collect(params, specs[:1], greedy=False), local.collect(params, specs[:1], greedy=False)
    )
    assert_same_records(
        executor.collect(params, specs[:5], greedy=False), local.collect(params, specs[:5], greedy=False)
    )


@pytest.mark.ray
def test_worker_killed_mid_batch_is_retried(shared_ray, local, specs, params, assert_same_records) -> None:
    """SIGKILL one actor's process while it runs its chunk: Ray restarts it, the chunk reruns."""
    want = local.collect(params, specs, greedy=False)
    with RayExecutor(workers=2) as executor:
        executor.start(SLOW)
        before = executor.pids()
        killed_at: list[float] = []

        def kill() -> None:
            os.kill(before[0], signal.SIGKILL)
            killed_at.append(time.perf_counter())

        began = time.perf_counter()
        timer = threading.Timer(0.4, kill)
        timer.start()
        got = executor.collect(params, specs, greedy=False)
        ended = time.perf_counter()
        timer.join()
        assert killed_at and began < killed_at[0] < ended, "the kill must land while collect runs"
        after = executor.pids()
        assert after[0] != before[0] and after[1] == before[1]
        assert_same_records(got, want)
        # The restarted worker keeps serving later batches.
        assert_same_records(executor.collect(params, specs[:4], greedy=False), want[:4])


@pytest.mark.ray
def test_registered_through_the_plugin_registry(shared_ray) -> None:
    made = hooks.factory("executors", "ray")(workers=3, max_restarts=1)
    assert isinstance(made, RayExecutor)
    assert made.name == "ray" and made.workers == 3 and made.options == {"max_restarts": 1}
    made.close()  # never started: nothing to do, no error


def test_missing_ray_is_one_clear_line(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # makes ``import ray`` raise ImportError
    with pytest.raises(RayMissingError) as caught:
        hooks.factory("executors", "ray")(workers=2)
    assert str(caught.value) == MISSING_RAY == "the ray executor needs ray: pip install 'agentgym[ray]'"
    assert isinstance(caught.value, RuntimeError)


def test_importing_agentgym_does_not_import_ray() -> None:
    code = (
        "import sys, agentgym, agentgym.executors.ray\n"
        "from agentgym import hooks\n"
        "hooks.factory('executors', 'ray')\n"
        "assert 'ray' not in sys.modules, 'ray was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_unknown_option_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no option 'adress'"):
        RayExecutor(workers=2, adress="127.0.0.1:6379")


def _train(tmp_path: Path, executor: str, *extra: str) -> subprocess.Popen[str]:
    """``agentgym train`` in a subprocess, as a user runs it; Ray must stay off stdout."""
    agentgym = str(Path(sys.executable).with_name("agentgym"))
    command = [agentgym, "train", "customer_support", "--seed", "0", "--episodes", "2000", "--json"]
    command += ["--executor", executor, "-o", str(tmp_path / executor), *extra]
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    env.pop("RAY_ADDRESS", None)
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path, env=env
    )


def _result(run: subprocess.Popen[str]) -> dict:
    out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err[-2000:]
    return json.loads(out)


@pytest.mark.ray
def test_cli_train_on_a_joined_cluster_matches_local(
    ray, executor, local, specs, params, tmp_path: Path, assert_same_records
) -> None:
    """``agentgym train --executor ray --ray-address`` joins the module's Ray (as it would a
    cluster), gives the same test metrics as ``local``, and leaves the cluster running."""
    if not Path(sys.executable).with_name("agentgym").exists():
        pytest.skip("the agentgym console script is not installed")
    address = ray.get_runtime_context().gcs_address
    runs = [_train(tmp_path, "ray", "--workers", "2", "--ray-address", address), _train(tmp_path, "local")]
    ray_result, local_result = map(_result, runs)
    assert ray_result["config"]["executor"] == "ray" and ray_result["config"]["workers"] == 2
    assert ray_result["test_metrics"] == local_result["test_metrics"]
    assert ray_result["episodes_completed"] == local_result["episodes_completed"] == 2000
    # The CLI only disconnected: the cluster and this module's actors still work.
    assert_same_records(
        executor.collect(params, specs[:4], greedy=False), local.collect(params, specs[:4], greedy=False)
    )
