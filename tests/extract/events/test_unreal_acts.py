"""Acts named but not told as done (``unreal_probes``): a report shown false, faked, recanted,
denied or ruled out, or of which there is no evidence, is negated; an act named only as a case
that may arise ("in the event of an invasion", "any attack would be met with force") is
hypothetical; a verb coordinated with an announced or supposed one, or an event noun scheduled
in the present, is to come, and so is the act a journey still to make is for ("is due to arrive
in Amman for talks"); a plan that did not come true ("were to have met") is hypothetical; the
neighbours told as done keep no flag."""

from __future__ import annotations

import pytest
from unreal_probes import (
    CONTINGENT,
    DISPROVED,
    HAPPENED,
    JOURNEY_DONE,
    JOURNEY_OR_UNMET,
    NOT_ANY,
    NOT_SHARED,
    SHARED,
    SPEECH_TURNED_DOWN,
    TOLD,
)

import sitrep
from sitrep.records import Event

FLAGS = {"future", "hypothetical", "negated"}


def _event(text: str, trigger: str, plover: str) -> Event:
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [e for e in events if trigger in e.trigger.text and e.plover_type == plover]
    assert found, [(e.plover_type, e.trigger.text, e.modes) for e in events]
    return found[0]


@pytest.mark.parametrize("row", DISPROVED, ids=[f"{r[1]}-{i}" for i, r in enumerate(DISPROVED)])
def test_an_act_told_as_false_is_negated(pipeline, row: tuple[str, str, str]) -> None:
    event = _event(*row)
    assert "negated" in event.modes, event.modes


@pytest.mark.parametrize("row", CONTINGENT,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(CONTINGENT)])
def test_an_act_named_as_a_case_that_may_arise_is_hypothetical(
        pipeline, row: tuple[str, str, str]) -> None:
    event = _event(*row)
    assert "hypothetical" in event.modes, event.modes
    assert "future" not in event.modes, event.modes


@pytest.mark.parametrize("row", TOLD + SPEECH_TURNED_DOWN + HAPPENED,
                         ids=[f"{r[1]}-{i}" for i, r in
                              enumerate(TOLD + SPEECH_TURNED_DOWN + HAPPENED)])
def test_an_act_told_as_done_next_to_them_keeps_no_flag(
        pipeline, row: tuple[str, str, str]) -> None:
    event = _event(*row)
    assert not FLAGS & set(event.modes), event.modes


@pytest.mark.parametrize("row", NOT_ANY, ids=[f"{r[1]}-{i}" for i, r in enumerate(NOT_ANY)])
def test_any_under_a_negation_is_negated_not_a_case(pipeline, row: tuple[str, str, str]) -> None:
    event = _event(*row)
    assert event.modes == ["negated"], event.modes


@pytest.mark.parametrize("row", SHARED, ids=[f"{r[1]}-{i}" for i, r in enumerate(SHARED)])
def test_a_coordinated_verb_shares_the_mode_of_the_first(
        pipeline, row: tuple[str, str, str, str]) -> None:
    text, trigger, plover, flag = row
    event = _event(text, trigger, plover)
    assert flag in event.modes, event.modes


@pytest.mark.parametrize("row", NOT_SHARED,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(NOT_SHARED)])
def test_a_coordinated_verb_told_as_done_keeps_no_flag(
        pipeline, row: tuple[str, str, str]) -> None:
    event = _event(*row)
    assert not FLAGS & set(event.modes), event.modes


@pytest.mark.parametrize("row", JOURNEY_OR_UNMET,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(JOURNEY_OR_UNMET)])
def test_a_journey_to_come_or_a_plan_unmet_gives_the_act_its_mode(
        pipeline, row: tuple[str, str, str, str]) -> None:
    text, trigger, plover, flag = row
    event = _event(text, trigger, plover)
    assert flag in event.modes, event.modes
    assert flag == "future" or "future" not in event.modes, event.modes


@pytest.mark.parametrize("row", JOURNEY_DONE,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(JOURNEY_DONE)])
def test_the_act_of_a_journey_made_keeps_no_flag(pipeline, row: tuple[str, str, str]) -> None:
    event = _event(*row)
    assert not FLAGS & set(event.modes), event.modes
