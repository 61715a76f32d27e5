"""Handing a trained policy to a framework's tools, safely.

Every adapter (LangChain, AutoGen, CrewAI) and the server go through a ``HandOff``:

- **The tool-set check.** The tools offered (names and argument names) are compared with the
  tools the policy was trained on. A trained tool that is missing, or offered with other
  argument names, is refused with one error listing every problem (``ToolSetMismatch``);
  ``strict=False`` turns that into a ``ToolSetWarning`` and the policy then answers instead
  of calling what is missing. Tools the policy does not know may be offered too: it never
  calls them.
- **tool_map.** ``{"their_name": "trained_name"}`` connects a user's own tools to the names
  the policy was trained on; ``{"their_name": ("trained_name", {"their_arg": "trained_arg"})}``
  renames arguments too. The policy sees trained names; the framework sees its own.
- **Abstention.** The policy chooses over its full action set; a choice that is not offered
  (or, for a trained policy, a state-changing one below its threshold) becomes an answer,
  never another tool (``agentgym.abstention``).
- **tool_choice.** ``"none"``: no tool call (the policy answers). ``"required"``/``"any"``: a tool
  call, or ``ToolChoiceError`` when the policy would answer. A tool's name: that tool with
  the arguments the policy fills from the conversation, or ``ToolChoiceError`` when it cannot.

Adapters describe their framework's tools as plain data (name -> argument names), so this
module imports no framework.
"""

from __future__ import annotations

import warnings
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from agentgym.abstention import not_offered
from agentgym.records import Action, Observation, ToolCall, ToolEvent

ToolMapSpec = Mapping[str, "str | tuple[str, Mapping[str, str]]"]
Offered = Mapping[str, Collection[str]]  # tool name -> its argument names


class ToolSetMismatch(ValueError):
    """The tools offered are not the ones the policy was trained on; the message lists how."""


class ToolSetWarning(UserWarning):
    """``strict=False``: the tools offered differ from the trained ones; the policy will answer
    instead of calling a tool that is missing."""


class ToolChoiceError(ValueError):
    """A ``tool_choice`` the policy cannot honour at this point of the conversation."""


class StructuredOutputUnsupported(ValueError):
    """Structured output was asked of a policy, which answers in plain text."""


STRUCTURED_OUTPUT = (
    "a trained AgentGym policy answers in plain text and cannot fill a schema; "
    "remove {option} (parse the answer yourself if you need fields)"
)


def argument_names(parameters: Any) -> frozenset[str]:
    """The argument names a JSON Schema of an object declares (none when it declares none)."""
    properties = parameters.get("properties") if isinstance(parameters, Mapping) else None
    return frozenset(properties) if isinstance(properties, Mapping) else frozenset()


def trained_tools(policy: Any) -> dict[str, frozenset[str]] | None:
    """The tools a policy was trained on with their argument names, in action order; None for
    a policy that does not say (a scripted one), which is not checked."""
    scenario = getattr(policy, "scenario", None)
    tools = getattr(scenario, "tools", None)
    if not callable(tools):
        return None
    return {spec.name: argument_names(spec.parameters) for spec in tools()}


@dataclass(frozen=True)
class ToolMap:
    """Renames between a user's tools and the policy's trained tools (both directions)."""

    to_trained: Mapping[str, str] = field(default_factory=dict)  # their tool -> trained tool
    arguments: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # trained tool -> {theirs: trained}

    @classmethod
    def parse(cls, spec: ToolMapSpec | None, trained: Collection[str] | None = None) -> ToolMap:
        """A ``tool_map`` as users write it; a malformed one raises ``ToolSetMismatch``."""
        if not spec:
            return cls()
        if not isinstance(spec, Mapping):
            raise ToolSetMismatch(f"tool_map must be a dict {{their_name: trained_name}}; got {type(spec).__name__}")
        to_trained: dict[str, str] = {}
        arguments: dict[str, dict[str, str]] = {}
        for theirs, target in spec.items():
            renames: Any = {}
            if isinstance(target, tuple | list) and len(target) == 2:
                target, renames = target
            if not isinstance(theirs, str) or not isinstance(target, str) or not isinstance(renames, Mapping) or not all(
                    isinstance(k, str) and isinstance(v, str) for k, v in renames.items()):
                raise ToolSetMismatch(
                    f"tool_map[{theirs!r}] must be a trained tool name, or (trained name, {{their_arg: trained_arg}})")
            if trained is not None and target not in trained:
                raise ToolSetMismatch(f"tool_map maps '{theirs}' to '{target}', which the policy was not trained on; "
                                      f"its tools are {', '.join(trained)}")
            if target in to_trained.values():
                raise ToolSetMismatch(f"tool_map maps two tools to '{target}'")
            to_trained[theirs] = target
            if renames:
                arguments[target] = dict(renames)
        return cls(to_trained, arguments)

    def __bool__(self) -> bool:
        return bool(self.to_trained or self.arguments)

    @property
    def to_theirs(self) -> dict[str, str]:
        cached = self.__dict__.get("_to_theirs")
        if cached is None:
            cached = {trained: theirs for theirs, trained in self.to_trained.items()}
            object.__setattr__(self, "_to_theirs", cached)
        return cached

    def trained_name(self, theirs: str) -> str:
        return self.to_trained.get(theirs, theirs)

    def their_name(self, trained: str) -> str:
        return self.to_theirs.get(trained, trained)

    def trained_arguments(self, trained_tool: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
        renames = self.arguments.get(trained_tool)
        if not renames:
            return dict(arguments)
        return {renames.get(key, key): value for key, value in arguments.items()}

    def their_arguments(self, trained_tool: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
        renames = self.arguments.get(trained_tool)
        if not renames:
            return dict(arguments)
        back = {trained: theirs for theirs, trained in renames.items()}
        return {back.get(key, key): value for key, value in arguments.items()}

    def observation(self, observation: Observation) -> Observation:
        """What the framework's conversation says, in the policy's trained names."""
        if not self:
            return observation
        history = []
        for event in observation.history:
            name = self.trained_name(event.name)
            history.append(ToolEvent(name, self.trained_arguments(name, event.arguments), event.result))
        return replace(observation, history=tuple(history), tools=tuple(self.trained_name(t) for t in observation.tools))

    def action(self, action: Action) -> Action:
        """The policy's action in the framework's names."""
        if not self or not isinstance(action, ToolCall):
            return action
        return ToolCall(self.their_name(action.name), self.their_arguments(action.name, action.arguments))


@dataclass(frozen=True)
class ToolSet:
    """The outcome of a tool-set check: the trained tools that may be called, and what is wrong."""

    usable: frozenset[str]
    problems: tuple[str, ...] = ()


def check_tool_set(trained: Mapping[str, frozenset[str]], offered: Offered, tool_map: ToolMap) -> ToolSet:
    """Compare the offered tools (their names and argument names) with the trained ones."""
    usable: set[str] = set()
    problems: list[str] = []
    unknown: list[str] = []
    for name, given in offered.items():
        target = tool_map.trained_name(name)
        expected = trained.get(target)
        if expected is None:
            unknown.append(name)
            continue
        names = frozenset(tool_map.trained_arguments(target, dict.fromkeys(given)))
        if names == expected:
            usable.add(target)
        else:
            shown = name if name == target else f"{name} (as {target})"
            problems.append(f"{shown} takes ({', '.join(sorted(names))}) where the policy was trained with "
                            f"({', '.join(sorted(expected))})")
    missing = [name for name in trained if name not in usable and tool_map.their_name(name) not in offered]
    if missing:
        problems.insert(0, f"missing {', '.join(missing)}")
        if unknown:
            problems.append(f"offered tools it does not know: {', '.join(unknown)} "
                            "(connect your own tools with tool_map={'your_name': 'trained_name'})")
    return ToolSet(frozenset(usable), tuple(problems))


def normalize_tool_choice(tool_choice: Any) -> str | tuple[str, str] | None:
    """``None`` (the policy decides), ``"none"``, ``"required"``, or ``("tool", name)``, from
    the forms frameworks use: strings, OpenAI's and Anthropic's dicts, ``True``."""
    if tool_choice is None or tool_choice is False or tool_choice == "auto":
        return None
    if tool_choice == "none":
        return "none"
    if tool_choice is True or tool_choice in ("any", "required"):
        return "required"
    if isinstance(tool_choice, str):
        return ("tool", tool_choice)
    if isinstance(tool_choice, Mapping):
        kind = tool_choice.get("type")
        function = tool_choice.get("function")
        if isinstance(function, Mapping) and isinstance(function.get("name"), str):
            return ("tool", function["name"])
        if isinstance(tool_choice.get("name"), str):
            return ("tool", tool_choice["name"])
        if kind in ("auto", "none", "any", "required"):
            return normalize_tool_choice(kind)
    raise ToolChoiceError(f"tool_choice {tool_choice!r} is not one of auto, none, required/any or a tool's name")


class HandOff:
    """A policy wrapped for one agent: checked tools, renames, abstention, tool_choice.

    :param policy: a trained policy (``agentgym.load_policy``) or any ``decide(observation)``.
    :param offered: the agent's tools (name -> argument names), checked now; None to check
        later (``check``), e.g. when the framework binds tools per call.
    :param tool_map: renames from the user's tools to the trained ones (see the module doc).
    :param strict: refuse a tool set that differs from the trained one (else warn).
    :param abstain_threshold: override the run's threshold (a trained policy only).
    """

    def __init__(self, policy: Any, offered: Offered | None = None, *, tool_map: ToolMapSpec | None = None,
                 strict: bool = True, abstain_threshold: float | None = None) -> None:
        if not callable(getattr(policy, "decide", None)):
            raise TypeError(f"policy must have decide(observation); got {type(policy).__name__}")
        if abstain_threshold is not None:
            if not callable(getattr(policy, "with_threshold", None)):
                raise ValueError(f"abstain_threshold applies to a trained policy (agentgym.load_policy); "
                                 f"{type(policy).__name__} has none")
            policy = policy.with_threshold(abstain_threshold)
        self.policy = policy
        self.scenario = getattr(policy, "scenario", None)
        self.trained = trained_tools(policy)
        self.tool_map = ToolMap.parse(tool_map, None if self.trained is None else list(self.trained))
        self.strict = strict
        self._checked: dict[tuple[tuple[str, frozenset[str]], ...], ToolSet] = {}
        if offered is not None:
            self.check(offered)

    def check(self, offered: Offered) -> ToolSet:
        """The usable trained tools among ``offered``; a mismatch raises (strict) or warns once.

        Checked once per distinct tool set (frameworks offer the same tools every call)."""
        key = tuple((name, frozenset(args)) for name, args in offered.items())
        found = self._checked.get(key)
        if found is not None:
            return found
        if self.trained is None:
            found = ToolSet(frozenset(self.tool_map.trained_name(name) for name in offered))
        else:
            found = check_tool_set(self.trained, offered, self.tool_map)
        if found.problems and offered:
            message = "the tools offered are not the ones this policy was trained on: " + "; ".join(found.problems)
            if self.strict:
                raise ToolSetMismatch(message + ". Pass strict=False to run anyway (the policy answers instead "
                                      "of calling a tool that is missing).")
            warnings.warn(message + ". The policy will answer instead of calling what is missing.",
                          ToolSetWarning, stacklevel=3)
        self._checked[key] = found
        return found

    def decide(self, observation: Observation, tool_choice: Any = None, offered: Offered | None = None) -> Action:
        """The policy's action for a conversation in the framework's names, in those names.

        ``observation.tools`` are the tools offered now; with ``offered`` (their argument
        names) only those that pass the check may be called.
        """
        choice = normalize_tool_choice(tool_choice)
        mine = self.tool_map.observation(observation)
        if offered is not None:
            usable = self.check(offered).usable
            mine = replace(mine, tools=tuple(t for t in mine.tools if t in usable))
        if choice == "none":
            mine = replace(mine, tools=())
        if isinstance(choice, tuple):
            return self.tool_map.action(self.forced(mine, choice[1]))
        action = self.policy.decide(mine)
        if isinstance(action, ToolCall) and action.name not in mine.tools:  # a policy that ignores the offer
            action = not_offered(self.scenario, mine, action.name)
        if choice == "required" and not isinstance(action, ToolCall):
            raise ToolChoiceError("tool_choice requires a tool call, but the policy answers at this point "
                                  f"({action.text!r})")
        return self.tool_map.action(action)

    def forced(self, observation: Observation, their_name: str) -> ToolCall:
        """``tool_choice`` naming a tool: that tool, with the arguments the policy fills."""
        name = self.tool_map.trained_name(their_name)
        if name not in observation.tools:
            raise ToolChoiceError(f"tool_choice names '{their_name}', which is not among the tools the policy "
                                  "can call here")
        resolve = getattr(self.scenario, "resolve_arguments", None)
        if callable(resolve):
            arguments = resolve(name, replace(observation, tools=tuple(self.trained or observation.tools)))
        else:
            action = self.policy.decide(replace(observation, tools=(name,)))
            arguments = action.arguments if isinstance(action, ToolCall) and action.name == name else None
        if arguments is None:
            raise ToolChoiceError(f"tool_choice asks for '{their_name}', but the policy cannot fill its arguments "
                                  "from the conversation at this point")
        return ToolCall(name, dict(arguments))
