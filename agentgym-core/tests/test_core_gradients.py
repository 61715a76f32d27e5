"""Finite-difference checks of every analytic gradient the learners use.

Random sparse batches (duplicate indices inside a row, an empty row, real values), random
per-action features, masks with some actions masked, and random non-zero parameters, so
no term of the gradient can hide behind a zero. Central differences on every entry of
every parameter (``theta`` included) through ``Reinforce.loss_and_grads`` and
``PPO.loss_and_grads``, and the PPO value head's gradient against its squared-error loss.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from agentgym.algorithms.base import DecisionBatch, log_softmax_terms
from agentgym.algorithms.ppo import PPO
from agentgym.algorithms.reinforce import Reinforce
from agentgym.features import ACTION_FEATURES, SparseBatch
from agentgym.policies.base import Policy, masked_softmax, sparse_matmul, sparse_transpose_matmul
from agentgym.policies.linear import LinearPolicy
from agentgym.policies.mlp import MLPPolicy

N_FEATURES = 23
N_ACTIONS = 6
ROWS = 17
EPS = 1e-6


def random_batch(rng: np.random.Generator, rows: int = ROWS) -> DecisionBatch:
    feature_rows = []
    for r in range(rows):
        count = 0 if r == 3 else int(rng.integers(1, 8))  # row 3 has no sparse features
        indices = rng.integers(0, N_FEATURES, count)
        if count > 2:
            indices[1] = indices[0]  # a duplicate index (hash collision across blocks)
        values = rng.uniform(0.1, 1.5, count)
        action_features = (rng.random((N_ACTIONS, len(ACTION_FEATURES))) < 0.4).astype(float)
        feature_rows.append((indices.astype(np.int64), values, action_features))
    masks = rng.random((rows, N_ACTIONS)) < 0.7
    masks[:, -1] = True  # finish is always allowed
    masks[0, :-1] = False  # a row where only finish is allowed
    actions = np.array([rng.choice(np.flatnonzero(m)) for m in masks])
    return DecisionBatch(
        features=SparseBatch.stack(feature_rows),
        masks=masks,
        actions=actions,
        returns=rng.normal(5.0, 10.0, rows),
        old_logps=np.zeros(rows),
    )


def randomise(policy: Policy, rng: np.random.Generator) -> None:
    policy.params = {name: rng.normal(0.0, 0.5, value.shape) for name, value in policy.params.items()}


def make_policy(kind: str, rng: np.random.Generator) -> Policy:
    policy: Policy
    if kind == "linear":
        policy = LinearPolicy(N_FEATURES, N_ACTIONS, seed=1)
    else:
        policy = MLPPolicy(N_FEATURES, N_ACTIONS, seed=1, hidden_size=7)
    randomise(policy, rng)
    return policy


def numeric_gradient(loss: Callable[[], float], array: np.ndarray) -> np.ndarray:
    out = np.zeros_like(array)
    for index in np.ndindex(array.shape):
        saved = array[index]
        array[index] = saved + EPS
        plus = loss()
        array[index] = saved - EPS
        minus = loss()
        array[index] = saved
        out[index] = (plus - minus) / (2 * EPS)
    return out


def assert_gradients_match(policy: Policy, loss: Callable[[], float], grads: dict[str, np.ndarray]) -> None:
    assert set(grads) == set(policy.params), "a gradient for every parameter, nothing else"
    for name, value in policy.params.items():
        assert grads[name].shape == value.shape, name
        numeric = numeric_gradient(loss, value)
        assert np.abs(numeric).max() > 1e-6, f"{name}: the check would be vacuous"
        np.testing.assert_allclose(grads[name], numeric, rtol=1e-4, atol=1e-7, err_msg=name)


def test_sparse_products_match_dense_algebra() -> None:
    rng = np.random.default_rng(0)
    batch = random_batch(rng).features
    dense = np.zeros((batch.rows, N_FEATURES))
    np.add.at(dense, (batch.row_ids(), batch.indices), batch.values)
    np.testing.assert_allclose(batch.dense(N_FEATURES), dense, rtol=1e-6)  # float32 for gymnasium
    weights = rng.normal(size=(N_FEATURES, 4))
    grad = rng.normal(size=(batch.rows, 4))
    np.testing.assert_allclose(sparse_matmul(batch, weights), dense @ weights, atol=1e-12)
    np.testing.assert_allclose(sparse_transpose_matmul(batch, grad, N_FEATURES), dense.T @ grad, atol=1e-12)


def test_masked_actions_get_no_probability() -> None:
    rng = np.random.default_rng(1)
    batch = random_batch(rng)
    policy = make_policy("linear", rng)
    probs = policy.probabilities(batch.features, batch.masks)
    assert np.all(probs[~batch.masks] == 0.0)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0)
    np.testing.assert_allclose(probs[0, -1], 1.0)


@pytest.mark.parametrize("kind", ["linear", "mlp"])
@pytest.mark.parametrize("entropy_coef", [0.0, 0.05])
def test_reinforce_gradients_match_finite_differences(kind: str, entropy_coef: float) -> None:
    rng = np.random.default_rng(10)
    policy = make_policy(kind, rng)
    batch = random_batch(rng)
    algorithm = Reinforce(learning_rate=0.01, entropy_coef=entropy_coef)
    loss, entropy, grads = algorithm.loss_and_grads(policy, batch)
    assert np.isfinite(loss) and entropy > 0
    assert_gradients_match(policy, lambda: algorithm.loss_and_grads(policy, batch)[0], grads)


def ppo_batch(policy: Policy, rng: np.random.Generator, clip: float) -> DecisionBatch:
    """A batch whose old log-probs put some ratios inside the clip range and some outside,
    none within reach of a kink of the clipped objective."""
    batch = random_batch(rng)
    logits, _ = policy.forward(batch.features)
    _, taken, _, _ = log_softmax_terms(logits, batch.masks, batch.actions)
    shifts = rng.choice([-0.6, -0.1, 0.05, 0.12, 0.5], size=len(taken)) + rng.uniform(-0.02, 0.02, len(taken))
    batch.old_logps = taken + shifts
    ratio = np.exp(-shifts)
    kinks = np.minimum(np.abs(ratio - (1 - clip)), np.abs(ratio - (1 + clip)))
    assert kinks.min() > 1e-3
    assert ((ratio < 1 - clip) | (ratio > 1 + clip)).any() and ((ratio > 1 - clip) & (ratio < 1 + clip)).any()
    return batch


@pytest.mark.parametrize("kind", ["linear", "mlp"])
def test_ppo_gradients_match_finite_differences(kind: str) -> None:
    rng = np.random.default_rng(20)
    policy = make_policy(kind, rng)
    algorithm = PPO(learning_rate=0.01, entropy_coef=0.03, clip=0.2, seed=0)
    batch = ppo_batch(policy, rng, algorithm.clip)
    # a non-trivial value head, so advantages are returns minus a real baseline
    algorithm.value = {"V": rng.normal(0.0, 2.0, (N_FEATURES, 1)), "c": np.array([1.5])}
    loss, entropy, grads = algorithm.loss_and_grads(policy, batch)
    assert np.isfinite(loss) and entropy > 0
    assert_gradients_match(policy, lambda: algorithm.loss_and_grads(policy, batch)[0], grads)


def test_ppo_clipped_samples_contribute_no_gradient() -> None:
    """With every ratio far outside the clip range on the side where clipping binds, the
    surrogate is flat: only the entropy bonus moves the weights."""
    rng = np.random.default_rng(30)
    policy = make_policy("linear", rng)
    batch = random_batch(rng)
    batch.returns = np.linspace(-10.0, 10.0, len(batch.returns))
    algorithm = PPO(learning_rate=0.01, entropy_coef=0.0, clip=0.2, seed=0)
    algorithm.value = {"V": np.zeros((N_FEATURES, 1)), "c": np.zeros(1)}
    advantages = batch.returns - batch.returns.mean()
    logits, _ = policy.forward(batch.features)
    _, taken, _, _ = log_softmax_terms(logits, batch.masks, batch.actions)
    # positive advantage: ratio 2 (clipped at 1.2); negative advantage: ratio 0.5 (clipped at 0.8)
    batch.old_logps = taken - np.where(advantages > 0, np.log(2.0), np.log(0.5))
    _, _, grads = algorithm.loss_and_grads(policy, batch)
    for name, grad in grads.items():
        np.testing.assert_allclose(grad, 0.0, atol=1e-12, err_msg=name)


def test_ppo_value_head_gradient_matches_its_squared_error() -> None:
    """``_value_step`` descends value_coef / (2 * scale) * mean((V x + c - return)^2),
    with scale = max(mean |return|, 1)."""
    rng = np.random.default_rng(40)
    policy = make_policy("linear", rng)
    batch = random_batch(rng)
    algorithm = PPO(learning_rate=0.01, value_coef=0.5, seed=0)
    algorithm.value = {"V": rng.normal(0.0, 1.0, (N_FEATURES, 1)), "c": np.array([0.3])}
    captured: dict[str, np.ndarray] = {}

    class Capture:
        def step(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
            captured.update({k: v.copy() for k, v in grads.items()})

    algorithm.value_optimizer = Capture()  # type: ignore[assignment]
    algorithm._value_step(policy, batch)
    scale = max(float(np.abs(batch.returns).mean()), 1.0)

    def value_loss() -> float:
        error = algorithm._value(policy, batch) - batch.returns
        return float(algorithm.value_coef / (2 * scale) * np.mean(error**2))

    assert set(captured) == {"V", "c"}
    for name in ("V", "c"):
        numeric = numeric_gradient(value_loss, algorithm.value[name])
        np.testing.assert_allclose(captured[name], numeric, rtol=1e-5, atol=1e-8, err_msg=name)


def test_entropy_is_that_of_the_masked_distribution() -> None:
    rng = np.random.default_rng(50)
    batch = random_batch(rng)
    policy = make_policy("mlp", rng)
    logits, _ = policy.forward(batch.features)
    probs, taken, entropy, _ = log_softmax_terms(logits, batch.masks, batch.actions)
    expected = masked_softmax(logits, batch.masks)
    np.testing.assert_allclose(probs, expected)
    manual = [-(p[m] * np.log(p[m])).sum() for p, m in zip(expected, batch.masks, strict=True)]
    np.testing.assert_allclose(entropy, manual, atol=1e-12)
    np.testing.assert_allclose(taken, np.log(expected[np.arange(ROWS), batch.actions]))
    assert entropy[0] == pytest.approx(0.0)  # only finish allowed


def test_linear_logits_do_not_depend_on_the_rest_of_the_batch() -> None:
    """Why the rollout's logits may stand in for the update's forward pass: each row's
    logits are the same bits alone, in any slice of the batch, and in the whole batch."""
    rng = np.random.default_rng(11)
    policy = make_policy("linear", rng)
    assert policy.exact_row_logits
    batch = random_batch(rng, rows=40)
    whole, _ = policy.forward(batch.features)
    for start in range(0, 40, 7):
        rows = np.arange(start, min(start + 7, 40))
        part, _ = policy.forward(batch.features.take(rows))
        assert np.array_equal(part, whole[rows])


def test_reinforce_with_the_rollout_logits_takes_the_same_step() -> None:
    rng = np.random.default_rng(12)
    policy = make_policy("linear", rng)
    batch = random_batch(rng)
    fresh = Reinforce(learning_rate=0.05, entropy_coef=0.05).loss_and_grads(policy, batch)
    batch.logits = np.concatenate([policy.forward(batch.features.take(np.array([r])))[0] for r in range(ROWS)])
    reused = Reinforce(learning_rate=0.05, entropy_coef=0.05).loss_and_grads(policy, batch)
    assert fresh[:2] == reused[:2]
    assert all(np.array_equal(fresh[2][name], reused[2][name]) for name in fresh[2])
    batch.logits[:, 0] += 3.0  # the kept logits, not a forward pass, are what the step is taken from
    moved = Reinforce(learning_rate=0.05, entropy_coef=0.05).loss_and_grads(policy, batch)
    assert not np.allclose(moved[2]["W"], reused[2]["W"])


def with_experts(batch: DecisionBatch, rng: np.random.Generator) -> DecisionBatch:
    """The expert's action per decision: an allowed one, or -1 (none the policy may take)."""
    experts = np.array([rng.choice(np.flatnonzero(m)) for m in batch.masks])
    experts[::4] = -1
    batch.experts = experts
    return batch


@pytest.mark.parametrize("kind", ["linear", "mlp"])
@pytest.mark.parametrize("algorithm_class", [Reinforce, PPO])
def test_expert_guidance_gradients_match_finite_differences(kind: str, algorithm_class: type) -> None:
    rng = np.random.default_rng(12)
    policy = make_policy(kind, rng)
    batch = with_experts(ppo_batch(policy, rng, 0.2) if algorithm_class is PPO else random_batch(rng), rng)
    algorithm = algorithm_class(learning_rate=0.01, entropy_coef=0.05, expert_coef=0.7)
    loss, _, grads = algorithm.loss_and_grads(policy, batch)
    assert_gradients_match(policy, lambda: algorithm.loss_and_grads(policy, batch)[0], grads)
    # the term really is there: without it the loss is lower by its (positive) cross-entropy
    plain = algorithm_class(learning_rate=0.01, entropy_coef=0.05)
    assert loss > plain.loss_and_grads(policy, batch)[0]
