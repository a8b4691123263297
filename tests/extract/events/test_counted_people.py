"""Probes of people named only by their age or their number ("a 19-year-old", "the
23-year-old", "the three", "the nine", "two of the suspects", "several of them"): they are the
participants of what is done to them or what they do, where before they were none at all ("A
19-year-old was arrested": no recipient), because the model labels the age a DATE and the
number a CARDINAL, which are amounts, never parties. Neighbours: an age or a number that
describes a person noun keeps that noun ("a 17-year-old boy"), and a number of things or of time
stays no party ("two of the houses", "the three days")."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import check_participant_texts, has_word, participant_texts

# (text, PLOVER type, actor words, recipient words): each word in some participant's text
COUNTED = [
    ("A 19-year-old was arrested in the port city on Wednesday.", "COERCE", [], ["19-year-old"]),
    ("The 23-year-old was detained at the border crossing.", "COERCE", [], ["23-year-old"]),
    ("A 41-year-old was stabbed outside a bar on Sunday evening.", "ASSAULT", [],
     ["41-year-old"]),
    ("Soldiers detained a 30-year-old at the checkpoint on Friday.", "COERCE",
     ["Soldiers"], ["30-year-old"]),
    ("Gunmen abducted a 15-year-old from her school near the river.", "ASSAULT",
     ["Gunmen"], ["15-year-old"]),
    ("An 18-year-old was charged with arson after the depot fire.", "ACCUSE", [],
     ["18-year-old"]),
    ("Two of the suspects were arrested in the capital on Monday.", "COERCE", [],
     ["suspects"]),
    ("Three of the smugglers were detained near the coast, police said.", "COERCE",
     [], ["smugglers"]),
    ("Four of the prisoners were beaten by guards, their lawyers said.", "ASSAULT",
     ["guards"], ["prisoners"]),
    ("Police arrested five men on Tuesday, and two of them were charged with murder.", "ACCUSE",
     [], ["two of them"]),
    ("Police detained six protesters, and the six were released on bail on Friday.", "RETREAT",
     [], ["six"]),
    ("The three were suspended from the force and remain in custody.", "SANCTION", [],
     ["three"]),
    ("The nine were detained at a hotel in the capital.", "COERCE", [], ["nine"]),
    ("The two were arrested at the airport on Saturday.", "COERCE", [], ["two"]),
    ("Several of them were beaten in the back of a police van.", "ASSAULT", [], ["them"]),
]

# neighbours: a person noun keeps its reading
KEEP = [
    ("A 17-year-old boy was stabbed near the park on Sunday.", "ASSAULT", [], ["boy"]),
    ("The man was arrested on Friday in the old town.", "COERCE", [], ["man"]),
    ("Police arrested three men in the port city on Sunday.", "COERCE", ["Police"], ["men"]),
]


def _events(pipeline, text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return participant_texts(pipeline, text, kind, dt.date(2024, 2, 7))


@pytest.mark.parametrize(("text", "kind", "actors", "recipients"), COUNTED + KEEP)
def test_people_named_by_age_or_number_are_participants(pipeline, text, kind, actors,
                                                          recipients):
    check_participant_texts(pipeline, text, kind, actors, recipients, dt.date(2024, 2, 7))


@pytest.mark.parametrize(("text", "kind", "word"), [
    ("Two of the houses were destroyed by the shelling on Monday.", "ASSAULT", "Two"),
    ("The army shelled the town for the three days before the truce.", "ASSAULT", "three"),
    ("Rebels attacked the base at 3 a.m., killing two soldiers.", "ASSAULT", "3"),
    ("Rioters burned dozens of shops, many of them owned by traders from the north.", "ASSAULT",
     "many"),
    ("Rioters looted hundreds of shops, many of them owned by traders, after soldiers shot two "
     "students.", "ASSAULT", "many"),
])
def test_numbers_of_things_or_time_stay_no_party(pipeline, text, kind, word):
    found = _events(pipeline, text, kind)
    assert not any(has_word(a, word) or has_word(r, word) for a, r in found), (text, found)
