"""Tyres, barricades, rubbish, mattresses, flags or effigies burned by protesters or rioting
inmates are a means of the protest, no attack on property (eventhood/forms.py
``protest_fuel``); buildings, vehicles and shops burned stay an ASSAULT."""

from __future__ import annotations

import pytest

import sitrep

FUEL = [
    "Demonstrators burned tyres on the main highway into Lomé on Friday.",
    "Students blocked the avenue with burning tyres and chanted slogans.",
    "Prisoners set fire to their mattresses during the riot on Sunday.",
    "The crowd burned an effigy of the governor outside the assembly.",
    "Hundreds of youths torched barricades of rubbish in the suburb overnight.",
]

DAMAGE = [
    "Protesters burned two police cars and a bank in the city centre on Friday.",
    "Rioters set fire to a bus depot on Tuesday night.",
    "The mob torched the mayor's house in the town on Monday.",
]


def _burning(text: str) -> list:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e for e in events if e.plover_type == "ASSAULT" and e.trigger.text.lower().split()[0]
            in {"burned", "burning", "set", "torched"}]


@pytest.mark.parametrize("text", FUEL)
def test_fuel_of_a_protest_burned_is_no_attack(pipeline, text: str) -> None:
    assert not _burning(text)


@pytest.mark.parametrize("text", DAMAGE)
def test_property_burned_stays_an_attack(pipeline, text: str) -> None:
    assert _burning(text)
