"""Blaming a group the actors lexicon knows is an accusation, even when its name ends in a word
of an abstract class (issue 15's recall: "Police blamed the Maoist Shining Path guerrilla
movement" was read as a cause blamed, "movement" being an act in WordNet): a movement, a front,
a group or a network of rebels, militants or the opposition is a party; weather, faults, bugs
and currencies stay causes (no ACCUSE).

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

PARTIES = [
    "Police blamed the Maoist Shining Path guerrilla movement.",
    "The governor blamed the separatist movement for the bombing.",
    "The government blamed the unrest on the opposition movement.",
    "The minister blamed the explosion on the insurgent group.",
    "The junta blamed the separatist front for the attack.",
    "Officials blamed the attack on the rebel alliance.",
    "The army blamed the ambush on a jihadist network.",
    "Police blamed the killings on a criminal gang.",
    "The ministry blamed the bombing on a militant faction.",
    "The mayor blamed the shooting on a drug cartel.",
]
CAUSES = [
    "The council blamed the weather for the delays.",
    "The fires were blamed on electrical faults.",
    "Farmers blamed heavy rain for the poor harvest.",
    "The company blamed the outage on a software bug.",
    "The airline blamed the delays on the snow.",
    "Investigators blamed the fire on a faulty heater.",
    "The bank blamed the losses on a strong dollar.",
]


@pytest.mark.parametrize("text", PARTIES)
def test_a_group_blamed_is_accused(pipeline, text: str) -> None:
    assert "ACCUSE" in plover_types(text)


@pytest.mark.parametrize("text", CAUSES)
def test_a_cause_blamed_is_no_accusation(pipeline, text: str) -> None:
    assert "ACCUSE" not in plover_types(text)
