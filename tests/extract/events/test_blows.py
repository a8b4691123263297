"""Blows to a person (the trigger table's ``@person`` rows, senses/civic.py ``person_hurt``):
"punched a teacher", "the guard was punched and kicked by inmates", "choked his girlfriend"
are assaults; the same verbs on things or in other senses ("kicked the ball", "slapped a tariff
on", "choked on food", "poisoned the river") are none. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

BLOWS = [
    "He punched a teacher on Monday.",
    "The man kicked the victim in the head.",
    "She was slapped by a customer.",
    "The suspect choked his girlfriend on Sunday.",
    "A man molested a girl on the bus.",
    "She poisoned her husband.",
    "He shoved an officer to the ground.",
    "The guard was punched and kicked by inmates.",
    "A man groped a woman on the train on Friday.",
    "The teenager was kicked and punched by a group of men.",
]
NO_BLOWS = [
    "He kicked the ball into the net.",
    "The team kicked off the season on Monday.",
    "She punched the air in celebration.",
    "The government slapped a tariff on steel.",
    "He choked on a piece of food.",
    "The singer choked up during the speech.",
    "Voters punched their ballots on Tuesday.",
    "The storm battered the coast on Monday.",
    "Pollution poisoned the river.",
    "He shoved the papers into a drawer.",
]


@pytest.mark.parametrize("text", BLOWS)
def test_blows_to_a_person_are_assaults(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)


@pytest.mark.parametrize("text", NO_BLOWS)
def test_the_same_verbs_on_things_are_none(pipeline, text: str) -> None:
    assert plover_types(text) == []
