"""A body calling people out to a protest is a REQUEST of its own, and the protest it calls is a
PROTEST to come (``future``): "the federation called a general strike for Monday", "the
committee called a sit-in outside the press club", "traders called a two-hour shutdown of
stores", "the students' council called a march to the ministry". Naming a protest ("called
the strike a success", "called the protest illegal") and calls in sport ("called a penalty",
"called a timeout") are no request. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

CALLED = [
    "The rights committee called a sit-in outside the press club on Thursday.",
    "The shopkeepers' federation called a two-hour shutdown of stores.",
    "The federation called the strike after two gunmen shot dead a driver.",
    "The transport unions called an indefinite national strike from Thursday.",
    "The opposition alliance has called a general strike for next Monday.",
    "The teachers' union called a walkout at all state schools on Friday.",
    "The students' council called a march to the ministry for Wednesday.",
    "The rebels have called an \"armed strike\" in the highlands for Tuesday.",
    "The party called a rally in the capital to demand early elections.",
    "Farmers' groups called a boycott of the state dairy on Saturday.",
    "The miners' union called a stoppage at the three pits.",
    "The nurses' association called a picket outside the health ministry.",
    "The dockers called a vigil at the port gates.",
]
NOT_CALLED = [
    "The union called the strike a success.",
    "The opposition called the protest illegal.",
    "The referee called a penalty in the second half.",
    "The coach called a timeout after the goal.",
    "The minister called the march \"a provocation\".",
    "The mayor called the doctor on Sunday.",
    "The union threatened to call a general strike.",
    "The drivers' union warned that it would call an indefinite strike if another driver "
    "was killed.",
]
# the protest called, told to come
CALLED_PROTESTS = [
    "The transport unions called an indefinite national strike from Thursday.",
    "The students' council called a march to the ministry for Wednesday.",
    "The party called a rally in the capital to demand early elections.",
    "The rebels have called an \"armed strike\" in the highlands for Tuesday.",
]


def _events(text: str) -> list[tuple[str, list[str]]]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [(e.plover_type, e.modes) for e in events]


@pytest.mark.parametrize("text", CALLED, ids=[t[:40] for t in CALLED])
def test_protest_called_is_a_request(pipeline, text: str) -> None:
    assert "REQUEST" in [t for t, _ in _events(text)]


@pytest.mark.parametrize("text", NOT_CALLED, ids=[t[:40] for t in NOT_CALLED])
def test_protest_named_or_call_in_sport_is_no_request(pipeline, text: str) -> None:
    assert "REQUEST" not in [t for t, _ in _events(text)]


@pytest.mark.parametrize("text", CALLED_PROTESTS, ids=[t[:40] for t in CALLED_PROTESTS])
def test_protest_called_is_to_come(pipeline, text: str) -> None:
    assert ("PROTEST", ["future"]) in _events(text)
