"""The scenario contract as checks: what a scenario must do for the core to train on it.

Each check is a plain function ``check_x(scenario, sample=...) -> CheckResult`` that never
raises: an exception inside the scenario becomes a failed result naming where it happened.
A failing result's message says what to fix. ``agentgym check`` and
``agentgym.testing.ScenarioContractTests`` both run these, so the command line and a
package's own test suite agree on what "a working scenario" means.
"""

from __future__ import annotations

import functools
import math
import random
import traceback
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agentgym.scenario import (
    SPLITS,
    Action,
    Episode,
    FinalAnswer,
    Observation,
    Scenario,
    Task,
    ToolCall,
    ToolEvent,
    ToolSpec,
    Trajectory,
)

DEFAULT_SAMPLE = 50
_CORE_DIR = str(Path(__file__).resolve().parent)


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check; ``message`` says what to fix when ``passed`` is False."""

    name: str
    passed: bool
    message: str
    skipped: bool = False

    @property
    def status(self) -> str:
        return "skip" if self.skipped else "pass" if self.passed else "fail"

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "status": self.status, "passed": self.passed,
                "skipped": self.skipped, "message": self.message}


class _Defect(Exception):
    """Raised inside a check to fail it with a ready-made message."""


class _Skip(Exception):
    """Raised inside a check that cannot run here (e.g. the scenario is not installed)."""


# --- helpers -------------------------------------------------------------------------------


def _where(error: BaseException) -> str:
    """The innermost frame outside AgentGym's core: usually the scenario's own line."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return ""
    own = [f for f in frames if not str(Path(f.filename).resolve()).startswith(_CORE_DIR)]
    frame = (own or frames)[-1]
    return f" at {Path(frame.filename).name}:{frame.lineno} in {frame.name}()"


def _raised(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}{': ' + text if text else ''}{_where(error)}"


def _guarded(name: str, hint: str, fix: str) -> Callable[[Callable[..., str]], Callable[..., CheckResult]]:
    """Turn a check body (returns a pass message, raises _Defect) into a never-raising check.

    :param hint: what was running when an exception escaped; ``fix``: what to do about it.
    """

    def decorate(body: Callable[..., str]) -> Callable[..., CheckResult]:
        @functools.wraps(body)
        def check(scenario: Scenario, sample: int = DEFAULT_SAMPLE) -> CheckResult:
            try:
                return CheckResult(name, True, body(scenario, sample))
            except _Defect as defect:
                return CheckResult(name, False, str(defect))
            except _Skip as skip:
                return CheckResult(name, True, str(skip), skipped=True)
            except Exception as error:  # noqa: BLE001 - the scenario's fault, reported
                return CheckResult(name, False, f"{hint} raised {_raised(error)}. {fix}")

        check.check_name = name  # type: ignore[attr-defined]
        return check

    return decorate


def sample_tasks(tasks: Sequence[Task], size: int) -> list[Task]:
    """Up to ``size`` tasks spread evenly over the list (deterministic)."""
    if len(tasks) <= size:
        return list(tasks)
    return [tasks[i * len(tasks) // size] for i in range(size)]


def _split_tasks(scenario: Scenario, split: str) -> Sequence[Task]:
    try:
        return scenario.tasks(split)
    except Exception as error:
        raise _Defect(f"tasks('{split}') raised {_raised(error)}; every scenario needs train, "
                      f"validation and test tasks") from error


def _sample_all(scenario: Scenario, per_split: int) -> list[Task]:
    splits = (*SPLITS, *getattr(scenario, "report_splits", ()))
    return [task for split in splits for task in sample_tasks(_split_tasks(scenario, split), per_split)]


@dataclass
class Transcript:
    """What an agent saw after each action of one episode, and how it was graded."""

    actions: list[Action]
    observations: list[Observation]
    trajectory: Trajectory


def _drive(episode: Episode, next_action: Callable[[Observation], Action | None], limit: int) -> Transcript:
    actions: list[Action] = []
    observations = [episode.observe()]
    while not episode.done and len(actions) < limit:
        action = next_action(observations[-1])
        if action is None:
            break
        episode.act(action)
        actions.append(action)
        observations.append(episode.observe())
    return Transcript(actions, observations, episode.trajectory())


def gold_transcript(scenario: Scenario, task: Task, seed: int) -> Transcript:
    """Run the expert on one task and record every observation."""
    episode = scenario.new_episode(task, seed)
    return _drive(episode, lambda obs: scenario.gold_action(task, obs), scenario.max_steps + 1)


def replay(scenario: Scenario, task: Task, seed: int, actions: Sequence[Action]) -> Transcript:
    """Apply recorded actions to a fresh episode and record every observation."""
    episode = scenario.new_episode(task, seed)
    queue = list(actions)
    return _drive(episode, lambda obs: queue.pop(0) if queue else None, len(actions))


def _short(value: Any, width: int = 70) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def describe_difference(first: Sequence[Observation], second: Sequence[Observation]) -> str | None:
    """Where two observation sequences first part, in words; None when identical."""
    for index, (a, b) in enumerate(zip(first, second, strict=False)):
        if a == b:
            continue
        where = "at reset" if index == 0 else f"after {index} action(s)"
        if a.ticket != b.ticket:
            return f"{where} the ticket differs: {_short(a.ticket)} vs {_short(b.ticket)}"
        if a.tools != b.tools:
            return f"{where} the tools on offer differ: {a.tools} vs {b.tools}"
        if len(a.history) != len(b.history):
            return f"{where} the history has {len(a.history)} vs {len(b.history)} tool calls"
        for ea, eb in zip(a.history, b.history, strict=True):
            if ea != eb:
                return (f"{where} the result of {ea.name} differs: {_short(ea.result)} vs "
                        f"{_short(eb.result)}")
        return f"{where} the observations differ"
    if len(first) != len(second):
        return f"one episode ended after {len(first) - 1} action(s), the other after {len(second) - 1}"
    return None


def _fresh(scenario: Scenario) -> Scenario:
    """A new instance with the same options (tasks regenerated), or the same one if that fails."""
    try:
        return type(scenario)(**scenario.options)
    except Exception:  # noqa: BLE001 - a scenario with a custom constructor: reuse it
        return scenario


def reward_bound(scenario: Scenario) -> float:
    """The largest |total reward| an episode can earn under the scenario's reward scheme."""
    s = scenario.rewards
    per_call = max(abs(s.correct_call), abs(s.incorrect_call))
    return (scenario.max_steps * per_call + max(abs(s.success), abs(s.failure))
            + abs(s.token_bonus) + abs(s.speed_bonus) + abs(s.early_finish))


# --- tool schemas ----------------------------------------------------------------------------

_JSON_TYPES = {"object", "array", "string", "number", "integer", "boolean", "null"}


def schema_problems(spec: ToolSpec) -> list[str]:
    """Why a tool's ``parameters`` is not a usable JSON Schema object (empty when it is)."""
    schema = spec.parameters
    if not isinstance(schema, Mapping):
        return [f"parameters must be a dict (a JSON Schema), got {type(schema).__name__}"]
    problems: list[str] = []
    if schema.get("type") != "object":
        problems.append('parameters must have "type": "object"')
    properties = schema.get("properties")
    if not isinstance(properties, Mapping):
        problems.append('parameters must have a "properties" dict (use {} for no arguments)')
        properties = {}
    for key, prop in properties.items():
        if not isinstance(prop, Mapping):
            problems.append(f"property '{key}' must be a schema dict")
        elif "type" in prop and not (
            prop["type"] in _JSON_TYPES
            or (isinstance(prop["type"], list) and set(prop["type"]) <= _JSON_TYPES)
        ):
            problems.append(f"property '{key}' has an unknown type {prop['type']!r}")
    required = schema.get("required", [])
    if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
        problems.append('"required" must be a list of property names')
    else:
        missing = [r for r in required if r not in properties]
        if missing:
            problems.append(f"required names {missing} are not in properties")
    try:
        import jsonschema  # optional: not a core dependency
    except ImportError:
        return problems
    try:
        jsonschema.Draft202012Validator.check_schema(dict(schema))
    except jsonschema.SchemaError as error:
        path = "/".join(str(p) for p in error.path) or "(root)"
        problems.append(f"not valid JSON Schema (Draft 2020-12) at {path}: {error.message}")
    return problems


def argument_problems(spec: ToolSpec, arguments: Mapping[str, Any]) -> str | None:
    """Why ``arguments`` do not fit the tool's schema, if jsonschema is installed to tell."""
    try:
        import jsonschema
    except ImportError:
        return None
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(dict(spec.parameters)).iter_errors(dict(arguments))
    )
    return None if error is None else error.message


@_guarded("tool_schemas", "tools()", "tools() must return a list of ToolSpec.")
def check_tool_schemas(scenario: Scenario, sample: int = DEFAULT_SAMPLE) -> str:
    """Tools have unique names, descriptions, and JSON Schema objects as parameters."""
    specs = scenario.tools()
    if not specs:
        raise _Defect("tools() returned no tools; offer at least one ToolSpec")
    problems: list[str] = []
    names = [getattr(spec, "name", None) for spec in specs]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        problems.append(f"tool names must be unique; repeated: {duplicates}")
    for spec in specs:
        if not isinstance(spec, ToolSpec):
            problems.append(f"tools() must return ToolSpec objects, got {type(spec).__name__}")
            continue
        if not spec.name or not spec.name.replace("_", "").replace("-", "").isalnum():
            problems.append(f"tool name {spec.name!r} must be letters, digits, '_' or '-' "
                            "(frameworks use it as a function name)")
        if not spec.description.strip():
            problems.append(f"tool '{spec.name}' needs a description (agents choose tools by it)")
        problems += [f"tool '{spec.name}': {p}" for p in schema_problems(spec)]
    if problems:
        raise _Defect("; ".join(problems) + '. parameters must be a JSON Schema object: {"type": '
                      '"object", "properties": {...}, "required": [names in properties]}')
    how = "jsonschema Draft 2020-12" if _has_jsonschema() else "a structural check (jsonschema not installed)"
    return f"{len(specs)} tools, each with a description and a valid parameters schema ({how})"


def _has_jsonschema() -> bool:
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        return False
    return True


# --- splits ---------------------------------------------------------------------------------


@_guarded("splits_disjoint", "tasks()",
          "tasks(split) must return a list of Task for train, validation and test.")
def check_splits_disjoint(scenario: Scenario, sample: int = DEFAULT_SAMPLE) -> str:
    """Train, validation, test and any report split are non-empty, deterministic and share no
    id or ticket."""
    splits = (*SPLITS, *getattr(scenario, "report_splits", ()))
    by_split = {split: list(_split_tasks(scenario, split)) for split in splits}
    problems: list[str] = []
    for split, tasks in by_split.items():
        if not tasks:
            problems.append(f"tasks('{split}') is empty")
        wrong = [t.id for t in tasks if t.split != split]
        if wrong:
            problems.append(f"tasks('{split}') holds tasks whose .split is not '{split}' (e.g. {wrong[0]})")
        ids = [t.id for t in tasks]
        if len(set(ids)) != len(ids):
            problems.append(f"task ids repeat inside '{split}'")
        again = [t.id for t in _split_tasks(scenario, split)]
        if again != ids:
            problems.append(f"tasks('{split}') returned different tasks on a second call; "
                            "generate tasks from a fixed seed")
    for i, a in enumerate(splits):
        for b in splits[i + 1:]:
            shared_ids = {t.id for t in by_split[a]} & {t.id for t in by_split[b]}
            if shared_ids:
                problems.append(f"'{a}' and '{b}' share {len(shared_ids)} task id(s), "
                                f"e.g. {sorted(shared_ids)[0]!r}")
            shared_text = {t.ticket for t in by_split[a]} & {t.ticket for t in by_split[b]}
            if shared_text:
                problems.append(f"'{a}' and '{b}' share {len(shared_text)} ticket text(s), e.g. "
                                f"{_short(sorted(shared_text)[0])}; held-out tasks must be unseen")
    if problems:
        raise _Defect("; ".join(problems) + ". Build each split from its own ids and texts.")
    sizes = ", ".join(f"{s} {len(t)}" for s, t in by_split.items())
    return f"no task id or ticket shared between splits ({sizes})"


# --- determinism and isolation ----------------------------------------------------------------

_SEEDS = (0, 7, 123456)
_NONDETERMINISTIC_FIX = (
    "Build the backend only from the task and the seed (random.Random(seed); no time, no "
    "global random module, no unseeded Random()), and keep mutable state on the Episode."
)


@_guarded("reset_deterministic", "an expert episode",
          "new_episode(), gold_action() and the tools must not raise on the expert's path.")
def check_reset_deterministic(scenario: Scenario, sample: int = DEFAULT_SAMPLE) -> str:
    """Two episodes of the same task and seed see the same observations after the same actions."""
    tasks = _sample_all(scenario, max(1, min(sample, 5)))
    runs = 0
    for task in tasks:
        for seed in _SEEDS:
            first = gold_transcript(_fresh(scenario), task, seed)
            second = replay(_fresh(scenario), task, seed, first.actions)
            runs += 1
            diff = describe_difference(first.observations, second.observations)
            if diff is not None:
                raise _Defect(f"two episodes of task {task.id!r} with seed {seed} saw different "
                              f"observations: {diff}. {_NONDETERMINISTIC_FIX}")
            if first.trajectory.success != second.trajectory.success:
                raise _Defect(f"task {task.id!r} seed {seed}: grade() gave {first.trajectory.success} "
                              f"then {second.trajectory.success} for identical episodes; grade from "
                              "the episode's final backend state only")
            if first.trajectory != second.trajectory:
                raise _Defect(f"task {task.id!r} seed {seed}: identical episodes produced different "
                              "trajectories (costs or rewards); simulated seconds must come from the "
                              "task and seed, not from the clock")
    return f"{runs} episode pairs (task x seed) replayed identically"


@_guarded("episodes_isolated", "an episode",
          "Tools must return an ERROR result for bad input, never raise (see random_actions_safe).")
def check_episodes_isolated(scenario: Scenario, sample: int = DEFAULT_SAMPLE) -> str:
    """An episode's tool calls never show up in another episode's backend or observations.

    Each task's expert episode is recorded on a fresh scenario object; then, on the scenario
    under test, every sampled task is played (expert and random calls) and two new episodes
    per task replay the recording in lockstep, as the trainer steps a batch. Both must see
    and be graded exactly as on the fresh object.
    """
    tasks = _sample_all(scenario, max(1, min(sample, 3)))
    seed = 11
    fix = ("Keep backend state on the Episode instance; don't mutate shared objects (class "
           "attributes, module globals, the scenario, or task.params: copy it before building "
           "the backend). If reset_deterministic fails too, fix that first.")
    baselines = [gold_transcript(_fresh(scenario), task, seed) for task in tasks]
    for task in tasks:  # pollute the scenario under test: expert and random episodes
        for other_seed in (seed, seed + 1):
            polluter = scenario.new_episode(task, other_seed)
            _drive(polluter, functools.partial(scenario.gold_action, task), scenario.max_steps + 1)
        _random_episode(scenario, task, seed, random.Random(5))
    for task, baseline in zip(tasks, baselines, strict=True):
        first_look = scenario.new_episode(task, seed).observe()
        if first_look.history:
            raise _Defect(f"a new episode of task {task.id!r} starts with {len(first_look.history)} "
                          f"tool call(s) in its history from earlier episodes. {fix}")
        pair = [scenario.new_episode(task, seed), scenario.new_episode(task, seed)]
        seen: list[list[Observation]] = [[pair[0].observe()], [pair[1].observe()]]
        for action in baseline.actions:
            for index, episode in enumerate(pair):
                if not episode.done:
                    episode.act(action)
                    seen[index].append(episode.observe())
        for index in range(2):
            where = f"task {task.id!r} seed {seed}: after other episodes ran (and next to another)"
            diff = describe_difference(baseline.observations, seen[index])
            if diff is not None:
                raise _Defect(f"{where}, an episode saw different observations than on a fresh "
                              f"scenario: {diff}. {fix}")
            graded = pair[index].trajectory()
            if graded.success != baseline.trajectory.success:
                raise _Defect(f"{where}, the expert's episode was graded {graded.success}, but "
                              f"{baseline.trajectory.success} on a fresh scenario; grade() must read "
                              f"only this episode's backend. {fix}")
            if graded != baseline.trajectory:
                raise _Defect(f"{where}, the expert's episode cost or earned differently than on a "
                              f"fresh scenario. {fix}")
    return f"{len(tasks)} tasks: episodes run after, or alongside, others saw identical observations"


# --- gold -----------------------------------------------------------------------------------


def _describe_failure(task: Task, seed: int, trajectory: Trajectory, stuck: bool) -> str:
    calls = ", ".join(step.tool for step in trajectory.steps) or "no tool calls"
    if stuck:
        ended = "never finished"
    elif trajectory.truncated:
        ended = "hit max_steps"
    else:
        ended = "answered but grade() returned False"
    last = trajectory.steps[-1].result if trajectory.steps else ""
    return (f"{task.id!r} (seed {seed}): {calls}; {ended}"
            + (f"; last result {_short(last, 60)}" if last else ""))


@_guarded("gold_succeeds", "an expert episode",
          "gold_action() must return a ToolCall or FinalAnswer; tools and grade() must not raise.")
def check_gold_succeeds(scenario: Scenario, sample: int = DEFAULT_SAMPLE) -> str:
    """The expert solves every sampled task, with correct calls whose arguments fit the schema."""
    tasks = _sample_all(scenario, sample)
    specs = {spec.name: spec for spec in scenario.tools()}
    failures: list[str] = []
    problems: list[str] = []
    for index, task in enumerate(tasks):
        seed = 1000 + index
        transcript = gold_transcript(scenario, task, seed)
        trajectory = transcript.trajectory
        stuck = trajectory.final_answer is None and not trajectory.truncated
        if not trajectory.success:
            failures.append(_describe_failure(task, seed, trajectory, stuck))
            continue
        for obs, action in zip(transcript.observations, transcript.actions, strict=False):
            if scenario.gold_action(task, obs) != action:
                problems.append(f"gold_action is not a function of (task, observation): task "
                                f"{task.id!r} got two different actions for the same observation")
                break
            if isinstance(action, ToolCall):
                if action.name not in specs:
                    problems.append(f"gold calls '{action.name}', which tools() does not offer")
                    break
                bad = argument_problems(specs[action.name], action.arguments)
                if bad:
                    problems.append(f"gold's call {action.name}({dict(action.arguments)}) on task "
                                    f"{task.id!r} does not fit the tool's schema: {bad}")
                    break
        if problems:
            break
    if failures:
        shown = "; ".join(failures[:3])
        raise _Defect(f"the expert failed {len(failures)} of {len(tasks)} sampled tasks, e.g. {shown}. "
                      "Make gold_action's plan reach the final state grade() expects (check the "
                      "resolver fills the right arguments), or fix grade().")
    if problems:
        raise _Defect(problems[0] + ". Gold defines a 'correct' call, so it must be deterministic "
                      "and fit the schemas frameworks validate against.")
    return f"the expert solved all {len(tasks)} sampled tasks"


@_guarded("perturbations_keep_gold", "a perturbation",
          "perturb() must return a Task of the same id, kind and outcome that the expert still solves.")
def check_perturbations_keep_gold(scenario: Scenario, sample: int = DEFAULT_SAMPLE) -> str:
    """Every declared perturbation is deterministic, keeps the task's id, kind and outcome, and
    leaves the expert's success at 1.0 (optional: a scenario may declare none)."""
    names = list(getattr(scenario, "perturbations", {}) or {})
    if not names:
        raise _Skip("the scenario declares no perturbations (optional)")
    splits = ("test", *getattr(scenario, "report_splits", ()))
    tasks = [task for split in splits for task in sample_tasks(_split_tasks(scenario, split), sample)]
    for name in names:
        failures: list[str] = []
        for index, task in enumerate(tasks):
            changed = scenario.perturb(task, name)
            if (changed.id, changed.kind, changed.outcome) != (task.id, task.kind, task.outcome):
                raise _Defect(f"perturbation '{name}' changed task {task.id!r}'s id, kind or outcome; "
                              "a perturbation rewrites how a task reads, not what it is")
            if scenario.perturb(task, name) != changed:
                raise _Defect(f"perturbation '{name}' gave two different rewrites of task {task.id!r}; "
                              "seed it from the task (e.g. its id), never from global state")
            seed = 2000 + index
            trajectory = gold_transcript(scenario, changed, seed).trajectory
            if not trajectory.success:
                stuck = trajectory.final_answer is None and not trajectory.truncated
                failures.append(_describe_failure(changed, seed, trajectory, stuck))
        if failures:
            raise _Defect(f"under perturbation '{name}' the expert failed {len(failures)} of {len(tasks)} "
                          f"sampled tasks, e.g. {'; '.join(failures[:2])}. A perturbation must keep the "
                          "task solvable the way the expert solves it.")
    return f"{len(names)} perturbations keep the expert at 1.0 on {len(tasks)} sampled tasks each"


# --- random and malformed actions -------------------------------------------------------------

_JUNK: tuple[Any, ...] = (
    None, 0, -1, 10**12, 3.5, float("nan"), float("inf"), True, "", " ", "x" * 2000,
    "ünï©ødé 🙂", "'; DROP TABLE tickets; --", [], [1, "a"], {}, {"nested": {"deep": [None]}},
)
_UNKNOWN_TOOLS = ("", "unknown_tool", "DROP TABLE", "../../etc/passwd", "tool with spaces", "x" * 300)


def _malformed(rng: random.Random, good: Mapping[str, Any] | None) -> Any:
    choice = rng.randrange(6)
    base = dict(good or {})
    if choice == 0:
        return {}
    if choice == 1 and base:
        base.pop(rng.choice(sorted(base)))
        return base
    if choice == 2 and base:
        base[rng.choice(sorted(base))] = rng.choice(_JUNK)
        return base
    if choice == 3:
        base[f"extra_{rng.randrange(99)}"] = rng.choice(_JUNK)
        return base
    if choice == 4:
        return rng.choice([None, [], "not a dict", 42])
    return {f"k{i}": rng.choice(_JUNK) for i in range(rng.randrange(4))}


def _random_action(scenario: Scenario, rng: random.Random, obs: Observation) -> Action:
    roll = rng.random()
    names = scenario.tool_names
    if roll < 0.1 or not names:
        return FinalAnswer(rng.choice(("", "Done.", "x" * 500, "ünï©ødé")))
    if roll < 0.25:
        return ToolCall(rng.choice(_UNKNOWN_TOOLS + tuple(n.upper() for n in names)), _malformed(rng, None))
    name = rng.choice(names)
    good = scenario.resolve_arguments(name, obs)
    if good is not None and not isinstance(good, Mapping):
        raise _Defect(f"resolve_arguments('{name}', ...) returned {type(good).__name__}; "
                      "return a dict of arguments or None")
    if roll < 0.6:
        return ToolCall(name, _malformed(rng, good))
    return ToolCall(name, dict(good or {}))


def _random_episode(scenario: Scenario, task: Task, seed: int, rng: random.Random) -> Trajectory:
    episode = scenario.new_episode(task, seed)
    for _ in range(scenario.max_steps + 1):
        if episode.done:
            break
        action = _random_action(scenario, rng, episode.observe())
        text = episode.act(action)
        if isinstance(action, ToolCall) and not isinstance(text, str):
            raise _Defect(f"a tool call returned {type(text).__name__}, not text; execute() must "
                          "return a ToolResult whose text is a str")
    if scenario.tool_names:  # after the end: must be refused, not raise
        episode.call_tool(scenario.tool_names[0], {})
    episode.finish("again")
    return episode.trajectory()


@_guarded("random_actions_safe", "a random or malformed action",
          "execute() must validate its arguments and return ToolResult('ERROR: ...', 'error') "
          "instead of raising; resolve_arguments() must return a dict or None for any observation.")
def check_random_actions_safe(scenario: Scenario, sample: int = DEFAULT_SAMPLE) -> str:
    """Random tools, unknown tools and malformed arguments never raise; rewards stay bounded."""
    tasks = _sample_all(scenario, max(1, min(sample, 10)))
    bound = reward_bound(scenario)
    episodes = 0
    for observation in (Observation(""), Observation("hello?"),
                        Observation("x", (ToolEvent("unknown_tool", {}, "ERROR: ?"),))):
        for name in scenario.tool_names:
            got = scenario.resolve_arguments(name, observation)
            if got is not None and not isinstance(got, Mapping):
                raise _Defect(f"resolve_arguments('{name}', ...) returned {type(got).__name__} for "
                              f"ticket {observation.ticket!r}; return a dict or None")
    for index, task in enumerate(tasks):
        for trial in range(3):
            seed = 500 + 3 * index + trial
            trajectory = _random_episode(scenario, task, seed, random.Random(seed))
            episodes += 1
            where = f"task {task.id!r} seed {seed}"
            if len(trajectory.steps) > scenario.max_steps:
                raise _Defect(f"{where}: {len(trajectory.steps)} tool calls ran, more than "
                              f"max_steps={scenario.max_steps}; don't override the Episode's step cap")
            values = [s.reward for s in trajectory.steps] + [
                trajectory.outcome_reward, trajectory.answer_reward, trajectory.tokens, trajectory.seconds]
            if not all(isinstance(v, int | float) and math.isfinite(v) for v in values):
                raise _Defect(f"{where}: a reward, token count or duration is not a finite number; "
                              "ToolResult.seconds must be a finite float")
            if trajectory.seconds < 0 or trajectory.tokens < 0:
                raise _Defect(f"{where}: negative tokens or seconds; ToolResult.seconds must be >= 0")
            if abs(trajectory.total_reward) > bound:
                raise _Defect(f"{where}: total reward {trajectory.total_reward:.1f} is outside "
                              f"+/-{bound:.1f}, the bound the reward scheme and max_steps allow")
    return f"{episodes} random episodes (unknown tools, malformed arguments) ran; rewards within +/-{bound:.0f}"


# --- metrics and credit -----------------------------------------------------------------------


@_guarded("metrics_compute", "an episode, compute_metrics or broadcast_rewards",
          "Hooks must handle every trajectory (return None for scenarios that aren't yours); "
          "tools must not raise (see random_actions_safe).")
def check_metrics_compute(scenario: Scenario, sample: int = DEFAULT_SAMPLE) -> str:
    """The metric and credit-assignment hooks work on this scenario's trajectories."""
    from agentgym import hooks
    from agentgym.credit import STRATEGIES, decision_count

    tasks = sample_tasks(_split_tasks(scenario, "test"), max(1, min(sample, 5)))
    trajectories: list[Trajectory] = []
    for index, task in enumerate(tasks):
        for trial in range(2):
            seed = 900 + 2 * index + trial
            trajectories.append(gold_transcript(scenario, task, seed).trajectory)
            trajectories.append(_random_episode(scenario, task, seed, random.Random(seed)))
    metrics = hooks.compute_metrics(scenario, trajectories)
    wanted = ("tool_reliability", "success_rate", "pass_hat_k", "avg_tokens", "cost_reduction",
              "time_savings")
    missing = [m for m in wanted if m not in metrics]
    if missing:
        raise _Defect(f"compute_metrics is missing {missing}; is the built-in metrics plugin blocked?")
    bad = [k for k, v in metrics.items() if isinstance(v, float) and not math.isfinite(v)]
    if bad:
        raise _Defect(f"metrics {bad} are not finite; check the scenario's baselines are > 0")
    for name in ("tool_reliability", "success_rate"):
        if not 0.0 <= metrics[name] <= 1.0:
            raise _Defect(f"{name} = {metrics[name]} is outside [0, 1]")
    for strategy in (None, *STRATEGIES):
        for trajectory in trajectories:
            credits = hooks.broadcast_rewards(scenario, trajectory, strategy, 0.99)
            label = strategy or f"the scenario's default ({scenario.default_credit!r})"
            if len(credits) != decision_count(trajectory):
                raise _Defect(f"credit strategy {label} gave {len(credits)} rewards for "
                              f"{decision_count(trajectory)} decisions; return one per decision")
            if not all(math.isfinite(c) for c in credits):
                raise _Defect(f"credit strategy {label} gave a non-finite reward")
    return (f"{len(metrics)} metrics and every credit strategy computed on {len(trajectories)} "
            "trajectories")


# --- gymnasium --------------------------------------------------------------------------------


@_guarded("gymnasium_env", "agentgym.make_env / check_env",
          "Fix the other checks first; the environment wraps the scenario as is.")
def check_gymnasium_env(scenario: Scenario, sample: int = DEFAULT_SAMPLE) -> str:
    """``gymnasium.utils.env_checker.check_env`` passes on ``agentgym.make_env(name)``."""
    from agentgym import hooks, make_env
    from agentgym.registry import UnknownEntry

    try:
        registered = hooks.scenario_class(scenario.name)
    except UnknownEntry:
        raise _Skip(f"scenario '{scenario.name}' is not installed (no plugin registers it), so "
                    "agentgym.make_env cannot build it; install the package (pip install -e .) "
                    "to run this check") from None
    if registered is not type(scenario):
        raise _Skip(f"the installed scenario '{scenario.name}' is {registered.__module__}."
                    f"{registered.__qualname__}, not the class under test")
    from gymnasium.utils.env_checker import check_env

    env = make_env(scenario.name, **scenario.options)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            check_env(env, skip_render_check=True)
    finally:
        env.close()
    notes = sorted({" ".join(str(w.message).split())[:100] for w in caught})
    return "check_env passed" + (f" with {len(notes)} warning(s): {'; '.join(notes)}" if notes else "")


# --- the suite --------------------------------------------------------------------------------

CHECKS: tuple[Callable[..., CheckResult], ...] = (
    check_tool_schemas,
    check_splits_disjoint,
    check_reset_deterministic,
    check_episodes_isolated,
    check_gold_succeeds,
    check_perturbations_keep_gold,
    check_random_actions_safe,
    check_metrics_compute,
    check_gymnasium_env,
)
CHECK_NAMES: tuple[str, ...] = tuple(check.check_name for check in CHECKS)  # type: ignore[attr-defined]


def run_checks(scenario: Scenario, sample: int = DEFAULT_SAMPLE,
               only: Sequence[str] | None = None) -> list[CheckResult]:
    """Every check (or those named in ``only``) on one scenario, in a fixed order.

    Each check gets its own instance (same class and options) when the class can be built
    again, so one check's leftovers never decide another's result.
    """
    unknown = set(only or ()) - set(CHECK_NAMES)
    if unknown:
        raise ValueError(f"unknown check(s) {sorted(unknown)}; known: {', '.join(CHECK_NAMES)}")
    selected = [c for c in CHECKS if only is None or c.check_name in only]  # type: ignore[attr-defined]
    return [check(scenario if index == 0 else _fresh(scenario), sample)
            for index, check in enumerate(selected)]
