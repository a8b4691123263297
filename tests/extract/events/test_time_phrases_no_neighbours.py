"""A preposition of time is no neighbour of a trigger (``lexicon.Trigger.needs_ok``): "began a
hunger strike on Monday" is a protest, not a strike "on" a target (the table's ASSAULT row for
"strike on"); "an air strike on a market" keeps its target. Sentences made up for these tests,
read with the real model."""

from __future__ import annotations

import pytest

from samples import plover_types

STRIKES_ON_A_DAY = [
    "Workers began a hunger strike on Monday to protest the layoffs.",
    "Nurses began a general strike on Tuesday.",
    "Miners started a strike on 5 May over unpaid wages.",
    "The strike on Thursday closed every school in the city.",
    "Prisoners went on a hunger strike on Sunday.",
    "Bus drivers called a strike on Friday morning.",
    "The dockers' strike on Wednesday halted exports.",
    "A two-day strike on March 3 shut the refineries.",
    "Teachers held a one-day strike on Monday over pay.",
    "Taxi drivers staged a strike on Saturday against the new fares.",
    "The strike on Tuesday night left commuters stranded.",
    "Pilots began a strike on 12 June.",
]
STRIKES_ON_A_TARGET = [
    "An air strike on a market killed 12 people.",
    "A missile strike on the port destroyed two ships.",
    "The drone strike on a convoy killed four fighters.",
    # (the parser hangs 'on a rebel base' on 'carried'; the strike of warplanes is an attack
    # by its armed doers, senses/forces.py ``armed_strike``)
    "Warplanes carried out a strike on a rebel base on Monday.",
    "A rocket strike on the airport wounded three guards.",
    "The army said its strike on the bridge had cut the supply line.",
]


@pytest.mark.parametrize("text", STRIKES_ON_A_DAY)
def test_a_strike_on_a_day_is_no_attack(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "ASSAULT" not in types and "PROTEST" in types, types


@pytest.mark.parametrize("text", STRIKES_ON_A_TARGET)
def test_a_strike_on_a_target_stays_an_attack(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)
