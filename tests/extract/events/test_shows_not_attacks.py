"""Shots fired into the air and symbols burned are no attack (events/senses/gatherings.py,
``fired_into_air``, ``symbol_burned``; issue 15: "fired into the air", "burning flags" typed
ASSAULT): shots into the air or the sky at no target are no event; flags, effigies or portraits
burned are a demonstration (PROTEST). Shots at a target, tear gas, and burning a building, cars
or a house stay ASSAULT. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

# (text, trigger of the show that is no assault)
SHOWS = [
    ("Hundreds of men fired automatic weapons into the air as they drove through the city.", "fired"),
    ("Soldiers fired into the air to disperse the crowd on Monday.", "fired"),
    ("Wedding guests fired rifles in the air to celebrate.", "fired"),
    ("Police fired shots into the air outside the stadium.", "fired"),
    ("Fighters shot into the air in celebration after the town fell.", "shot"),
    ("Guards fired warning shots into the air as the crowd surged.", "fired"),
    ("Supporters fired guns into the sky after the result was announced.", "fired"),
    ("Protesters burned American flags outside the embassy on Tuesday.", "burned"),
    ("Demonstrators burnt an effigy of the president in the main square.", "burnt"),
    ("Thousands marched through the capital, burning flags and chanting slogans.", "burning"),
    ("Students set fire to portraits of the prime minister during the rally.", "set fire"),
    ("Crowds burned pictures of the leader outside parliament on Friday.", "burned"),
    ("Marchers burned effigies of the governor in Lagos on Monday.", "burned"),
    ("Activists torched a flag outside the consulate.", "torched"),
]
# attacks told with the same verbs: they stay
ATTACKS = [
    ("Soldiers fired into the crowd on Monday, killing three people.", "fired"),
    ("Police fired tear gas at the marchers on Monday.", "fired"),
    ("Gunmen fired at a bus near the border on Monday.", "fired"),
    ("Protesters burned a police station in the capital on Tuesday.", "burned"),
    ("Rioters burned cars and shops in the city centre on Friday.", "burned"),
    ("Militants set fire to a school in the village on Sunday.", "set fire"),
    ("Troops fired rockets into the town overnight.", "fired"),
    ("The mob torched the mayor's house on Monday.", "torched"),
    ("Anti-aircraft guns fired at drones in the air over the capital.", "fired"),
]


def _assaults(text: str) -> list[str]:
    return [e.trigger.text for e in sitrep.process_text(text, published="2021-03-01").events
            if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(("text", "trigger"), SHOWS, ids=[f"show-{k:02d}" for k in range(len(SHOWS))])
def test_shots_into_the_air_and_symbols_burned_are_no_assault(pipeline, text: str,
                                                              trigger: str) -> None:
    assert not any(trigger in t or t in trigger for t in _assaults(text)), _assaults(text)


@pytest.mark.parametrize(("text", "trigger"), ATTACKS,
                         ids=[f"attack-{k:02d}" for k in range(len(ATTACKS))])
def test_shots_at_a_target_and_buildings_burned_stay_assaults(pipeline, text: str,
                                                              trigger: str) -> None:
    assert any(trigger in t for t in _assaults(text)), _assaults(text)


@pytest.mark.parametrize("text", [t for t, _ in SHOWS if "burn" in t or "set fire" in t
                                  or "torch" in t])
def test_symbols_burned_are_a_protest(pipeline, text: str) -> None:
    types = [e.plover_type for e in sitrep.process_text(text, published="2021-03-01").events]
    assert "PROTEST" in types, types
