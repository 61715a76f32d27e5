"""agentgym.handoff: the tool-set check, tool_map renames, tool_choice and the not-offered rule.

The policy here is the toy order desk's expert with the scenario attached (what a trained
policy exposes), so the check knows the trained tools and their argument names.
"""

from __future__ import annotations

import warnings

import pytest

from agentgym.handoff import (
    HandOff,
    ToolChoiceError,
    ToolMap,
    ToolSetMismatch,
    ToolSetWarning,
    check_tool_set,
    normalize_tool_choice,
)
from agentgym.records import Action, FinalAnswer, Observation, ToolCall, ToolEvent
from agentgym.toy import ToyOrderScenario

TICKET = "Hello, where is my order O-901? Thanks."
TRAINED = {"lookup_order": frozenset({"order_id"}), "close_ticket": frozenset({"order_id"})}


class Expert:
    """The toy scenario's next expert step for the ticket above (a stand-in trained policy:
    it exposes its scenario, as ``TrainedPolicy`` does)."""

    def __init__(self) -> None:
        self.scenario = ToyOrderScenario()
        self.task = self.scenario.tasks("test")[1]
        self.seen: list[Observation] = []

    def decide(self, observation: Observation) -> Action:
        self.seen.append(observation)
        action = self.scenario.gold_action(self.task, observation)
        if isinstance(action, ToolCall) and action.name not in observation.tools:
            return FinalAnswer("cannot")  # what a trained policy does (it never substitutes)
        return action


def test_the_check_lists_every_missing_and_renamed_tool() -> None:
    found = check_tool_set(TRAINED, {"close_ticket": {"order"}, "web_search": {"q"}}, ToolMap())
    assert found.usable == frozenset()
    assert found.problems[0] == "missing lookup_order"
    assert "close_ticket takes (order) where the policy was trained with (order_id)" in found.problems
    assert any("web_search" in problem and "tool_map" in problem for problem in found.problems)
    assert check_tool_set(TRAINED, {**TRAINED, "web_search": {"q"}}, ToolMap()).problems == ()


def test_strict_wrap_refuses_a_reduced_tool_set_naming_what_is_missing() -> None:
    with pytest.raises(ToolSetMismatch, match="missing lookup_order.*strict=False"):
        HandOff(Expert(), {"close_ticket": {"order_id"}})


def test_not_strict_warns_and_the_policy_answers_instead_of_substituting() -> None:
    with pytest.warns(ToolSetWarning, match="missing lookup_order"):
        handoff = HandOff(Expert(), {"close_ticket": {"order_id"}}, strict=False)
    # the expert's next step is lookup_order, which is not offered: close_ticket is never taken
    action = handoff.decide(Observation(TICKET, (), ("close_ticket",)), offered={"close_ticket": {"order_id"}})
    assert isinstance(action, FinalAnswer)


def test_a_generic_policy_that_ignores_the_offer_is_stopped() -> None:
    class Stubborn:
        def decide(self, observation: Observation) -> Action:
            return ToolCall("refund", {"payment_id": "PAY-1"})

    action = HandOff(Stubborn()).decide(Observation(TICKET, (), ("close_ticket",)))
    assert isinstance(action, FinalAnswer) and "'refund'" in action.text and "not among the tools" in action.text
    assert "no tools are offered" in HandOff(Stubborn()).decide(Observation(TICKET)).text


def test_tool_map_connects_tools_with_other_names_both_ways() -> None:
    expert = Expert()
    handoff = HandOff(expert, {"find_order": {"ref"}, "close": {"ref"}},
                      tool_map={"find_order": ("lookup_order", {"ref": "order_id"}),
                                "close": ("close_ticket", {"ref": "order_id"})})
    first = handoff.decide(Observation(TICKET, (), ("find_order", "close")))
    assert first == ToolCall("find_order", {"ref": "O-901"})
    history = (ToolEvent("find_order", {"ref": "O-901"}, "Order O-901: delayed."),)
    second = handoff.decide(Observation(TICKET, history, ("find_order", "close")))
    assert second == ToolCall("close", {"ref": "O-901"})
    # the policy saw its trained names
    assert expert.seen[-1].history == (ToolEvent("lookup_order", {"order_id": "O-901"}, "Order O-901: delayed."),)
    assert expert.seen[-1].tools == ("lookup_order", "close_ticket")


@pytest.mark.parametrize(("tool_map", "message"), [
    ({"find": "refund"}, "not trained on"),
    ({"a": "lookup_order", "b": "lookup_order"}, "two tools"),
    ({"a": ("lookup_order", {"x": 1})}, "trained tool name"),
    (["lookup_order"], "must be a dict"),
])
def test_a_malformed_tool_map_is_refused(tool_map: object, message: str) -> None:
    with pytest.raises(ToolSetMismatch, match=message):
        HandOff(Expert(), tool_map=tool_map)  # type: ignore[arg-type]


def test_tool_choice_none_required_and_named() -> None:
    handoff = HandOff(Expert(), TRAINED)
    offer = Observation(TICKET, (), ("lookup_order", "close_ticket"))
    assert isinstance(handoff.decide(offer, "none"), FinalAnswer)
    assert handoff.decide(offer, "required") == ToolCall("lookup_order", {"order_id": "O-901"})
    # a named tool is called with the arguments the policy fills from the conversation
    forced = {"type": "function", "function": {"name": "close_ticket"}}
    assert handoff.decide(offer, forced) == ToolCall("close_ticket", {"order_id": "O-901"})
    with pytest.raises(ToolChoiceError, match="'web_search'"):
        handoff.decide(offer, "web_search")
    with pytest.raises(ToolChoiceError, match="cannot fill its arguments"):
        handoff.decide(Observation("no order number here", (), offer.tools), "close_ticket")
    done = (ToolEvent("lookup_order", {"order_id": "O-901"}, "ok"), ToolEvent("close_ticket", {"order_id": "O-901"}, "ok"))
    with pytest.raises(ToolChoiceError, match="requires a tool call"):
        handoff.decide(Observation(TICKET, done, offer.tools), "any")


@pytest.mark.parametrize(("given", "normal"), [
    (None, None), ("auto", None), ("none", "none"), ("any", "required"), ("required", "required"), (True, "required"),
    ("close_ticket", ("tool", "close_ticket")), ({"type": "tool", "name": "x"}, ("tool", "x")),
    ({"type": "function", "function": {"name": "x"}}, ("tool", "x")), ({"type": "any"}, "required"),
])
def test_tool_choice_forms_frameworks_use(given: object, normal: object) -> None:
    assert normalize_tool_choice(given) == normal


def test_an_unknown_tool_choice_is_refused() -> None:
    with pytest.raises(ToolChoiceError):
        normalize_tool_choice(3)


def test_a_threshold_needs_a_trained_policy() -> None:
    with pytest.raises(ValueError, match="trained policy"):
        HandOff(Expert(), abstain_threshold=0.5)


def test_a_tool_set_is_checked_once() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        handoff = HandOff(Expert(), strict=False)
        for _ in range(3):
            handoff.check({"close_ticket": {"order_id"}})
    assert len([w for w in caught if issubclass(w.category, ToolSetWarning)]) == 1
