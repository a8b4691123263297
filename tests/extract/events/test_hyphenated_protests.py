"""Protests and gunfights named by a hyphenated noun, and ceasefires asked for or made (issue 15's
recall on held-out articles: "staged a sit-in", "called a stay-away", "a shoot-out with police"
were invisible, the model splitting the word at its hyphen; "called for them to be charged" lost
its "for" to the clause; "urged both sides to observe a ceasefire" named no ceasefire).

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types, typed_events

PROTESTS = [
    "Hundreds of students staged a sit-in outside the education ministry on Tuesday.",
    "The teachers' union began a sit-in at the regional office.",
    "The opposition called a two-day stay-away across the province.",
    "Nurses staged a walk-out at the main hospital on Wednesday.",
    "Dock workers staged a walkout at the port on Friday.",
    "Residents held a candlelight vigil outside the police station on Monday evening.",
    "Traders observed a stayaway in the city centre.",
    "Farmers held a counter-protest near the square.",
]
NO_PROTESTS = [
    "The minister sat in the front row.",
    "He walked out of the house with his hands raised.",
    "The vigilante group patrolled the market.",
    "Police stayed away from the area.",
]
CEASEFIRES = [
    "The envoy urged both sides to observe a ceasefire while the troops withdrew.",
    "The bloc called for an immediate ceasefire in the north.",
    "The mediators appealed to both parties to declare a cease-fire.",
    "The council urged the rebels to honour a ceasefire in the north.",
]
REQUESTS_FOR = [
    "Opposition lawmakers called for the police chief to appear before parliament.",
    "The rights group called for the detainees to be charged or freed.",
    "Residents called for more officers to be posted in the district.",
]


@pytest.mark.parametrize("text", PROTESTS)
def test_hyphenated_and_kin_protest_nouns_are_protests(pipeline, text: str) -> None:
    assert "PROTEST" in plover_types(text)


@pytest.mark.parametrize("text", NO_PROTESTS)
def test_their_parts_alone_are_no_protest(pipeline, text: str) -> None:
    assert "PROTEST" not in plover_types(text)


def test_shoot_out_is_a_gunfight(pipeline) -> None:
    events = typed_events("Two gunmen died in a shoot-out with soldiers near the market on Sunday.")
    assert ("ASSAULT", "shoot-out") in events or any(t == "ASSAULT" for t, _ in events)
    assert "ASSAULT" in plover_types("Police said a shoot-out broke out near the border post.")


@pytest.mark.parametrize("text", CEASEFIRES)
def test_ceasefire_asked_for_is_a_retreat(pipeline, text: str) -> None:
    assert "RETREAT" in plover_types(text)


def test_ceasefire_broken_is_no_retreat(pipeline) -> None:
    assert "RETREAT" not in plover_types("Both sides violated the ceasefire on Monday.")


@pytest.mark.parametrize("text", REQUESTS_FOR)
def test_call_for_a_clause_is_a_request(pipeline, text: str) -> None:
    assert "REQUEST" in plover_types(text)
