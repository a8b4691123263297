"""A state that summons another's envoy protests to it: ACCUSE (allege, as the held-out
articles code it), one event with the protest it hands over (issue 15's recall: "the Georgian
Foreign Ministry summoned the Lithuanian ambassador in protest", "Norway's ambassador had been
summoned to the ministry to receive a formal protest", "summoned Russia's chargé d'affaires to
hand over a protest note" were missed or read as demonstrations). The envoy is the object or
the passive subject of "summon" (ambassador, envoy, diplomat, chargé d'affaires, consul,
attaché, emissary); police, witnesses, players or reporters summoned are no protest, and a
protest marched or attended stays a PROTEST.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

SUMMONED = [
    "The Georgian Foreign Ministry summoned the Lithuanian ambassador in protest.",
    "Norway's ambassador had been summoned to the ministry on Monday to receive a formal protest.",
    "The ministry summoned Russia's chargé d'affaires to hand over a protest note.",
    "Manila summoned China's ambassador on Thursday over the collision.",
    "Berlin summoned the Iranian envoy after the executions.",
    "The French consul was summoned to the foreign ministry in Algiers.",
    "Ankara summoned the Swedish charge d'affaires over the Koran burning.",
    "The US diplomat was summoned by the foreign ministry on Friday.",
    "Seoul summoned the Japanese military attaché over the textbook.",
    "Iran's foreign ministry summoned the British ambassador on Tuesday to protest against the "
    "sanctions.",
]
NOT_SUMMONED = [
    "Police were summoned to the address by a neighbour.",
    "The judge summoned the witness to appear on Monday.",
    "The coach summoned his players to a meeting.",
    "The ambassador summoned reporters to the embassy.",
    "She summoned the courage to speak.",
    "The envoy summoned his staff for a briefing.",
]
PROTESTS = [
    "Residents marched in protest against the closure of the hospital.",
    "The ambassador attended a protest outside the embassy.",
    "Workers walked out in protest over the dismissal of a colleague.",
]


@pytest.mark.parametrize("text", SUMMONED)
def test_an_envoy_summoned_is_one_accusation(pipeline, text: str) -> None:
    types = plover_types(text)
    assert types.count("ACCUSE") == 1 and "PROTEST" not in types, types


@pytest.mark.parametrize("text", NOT_SUMMONED)
def test_others_summoned_are_no_accusation(pipeline, text: str) -> None:
    assert "ACCUSE" not in plover_types(text)


@pytest.mark.parametrize("text", PROTESTS)
def test_protests_in_the_street_stay(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "PROTEST" in types and "ACCUSE" not in types, types
