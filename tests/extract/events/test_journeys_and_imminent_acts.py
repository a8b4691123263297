"""The future of acts announced by a journey or as imminent (events/modal_cues.py
``travelled_for``, modes.SCHEDULE_WORDS): the talks or the summit that a journey not yet made
is for ("will gather in Rome for a summit", "is travelling to Cairo for talks", "is on his way
to Kabul for talks") and an act one is "about to" do take the ``future`` flag; a journey told
in the past leaves its talks done, and acts told as done keep no flag. Sentences made up for
these tests."""

from __future__ import annotations

import pytest

import sitrep

FUTURE = [
    "Ministers will gather in Rome for a summit.",
    "The minister is on his way to Kabul for talks.",
    "The envoy is travelling to Cairo for talks.",
    "The president will fly to Paris for a meeting with Macron.",
    "The delegation is heading to Geneva for negotiations.",
    "The foreign minister will travel to Beijing for talks.",
    "The government is about to deploy troops to the border.",
    "The rebels are about to launch an offensive.",
    "Talks are about to begin in Doha.",
    "The army is about to withdraw from the town.",
]
DONE = [
    "The minister flew to Kabul for talks on Monday.",
    "The envoy travelled to Cairo for talks last week.",
    "Ministers gathered in Rome for a summit on Friday.",
    "He was arrested for the attack on the mosque.",
    "The court jailed him for the killing of a policeman.",
    "The government deployed troops to the border.",
    "The two leaders met in Geneva on Monday.",
]


def flags(text: str) -> list[list[str]]:
    return [e.modes for e in sitrep.process_text(text, published="2021-03-10").events]


@pytest.mark.parametrize("text", FUTURE)
def test_act_a_journey_is_for_or_about_to_happen_is_future(text: str) -> None:
    assert flags(text) == [["future"]]


@pytest.mark.parametrize("text", DONE)
def test_acts_told_as_done_have_no_future(text: str) -> None:
    found = flags(text)
    assert found and all("future" not in f for f in found)
