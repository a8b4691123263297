"""Habits told with the verb that carries an event noun (events/eventhood.py): "gangs routinely
carry out kidnappings", "victims often do not file complaints", "police sometimes make arrests"
are what people usually do, not happenings. Near neighbours (the same acts with a day, "again",
an adverb of an adjective: "the often violent gangs") stay. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import plover_types

HABITS = [
    ("Victims often do not file complaints with the police.",
     "ACCUSE"),
    ("Gangs routinely carry out kidnappings in the region.",
     "ASSAULT"),
    ("Police regularly conduct raids in the slums.",
     "ASSAULT"),
    ("The militia frequently launches attacks on convoys.",
     "ASSAULT"),
    ("Residents rarely make complaints about the soldiers.",
     "ACCUSE"),
    ("The group often issues threats against journalists.",
     "THREATEN"),
    ("Police sometimes make arrests at the border.",
     "COERCE"),
    ("Rebels typically stage ambushes along the road.",
     "ASSAULT"),
    ("Farmers often hold protests outside the ministry.",
     "PROTEST"),
    ("The army occasionally carries out raids in the hills.",
     "ASSAULT"),
]
ACTS = [
    ("Gangs carried out a kidnapping in the region last week.",
     "ASSAULT"),
    ("Farmers held protests outside the ministry on Monday.",
     "PROTEST"),
    ("The group issued threats against journalists on Tuesday.",
     "THREATEN"),
    ("Victims filed complaints with the police on Monday.",
     "ACCUSE"),
    ("Police conducted raids in the slums on Friday.",
     "COERCE"),  # a police raid is a search (events/senses/courts/searches.py)
    ("Rebels staged an ambush along the road on Sunday.",
     "ASSAULT"),
    ("The militia again launched attacks on convoys on Monday.",
     "ASSAULT"),
    ("Residents made complaints about the soldiers on Friday.",
     "ACCUSE"),
    ("The often violent gangs carried out kidnappings on Monday.",
     "ASSAULT"),
    ("Police made arrests at the border on Friday.",
     "COERCE"),
]


@pytest.mark.parametrize(("text", "plover"), HABITS)
def test_an_event_noun_carried_by_a_habitual_verb_is_no_event(pipeline, text: str,
                                                              plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize(("text", "plover"), ACTS)
def test_the_same_acts_told_once_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
