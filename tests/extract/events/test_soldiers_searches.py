"""Raids by soldiers that search (COERCE, not ASSAULT): "soldiers raided the offices of a
weekly and seized its print run", "members of the army raided a ranch, where they seized 20
rifles", "soldiers raided the home of an opposition leader"; the search takes the mode of what
it took (seize, arrest). Neighbours stay an attack: raids by armed groups ("rebels raided a
police station and seized weapons", "gunmen raided a bar") and raids that kill ("soldiers
raided the village, killing 12 civilians"). Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep
from samples import typed_events

SEARCHES = [
    "Soldiers raided the offices of an opposition newspaper on Tuesday and seized its computers.",
    "Members of the army raided a ranch outside the city on Friday, where they seized 20 rifles.",
    "Members of the anti-kidnapping unit raided two houses on Monday and arrested four men.",
    "Troops raided a warehouse in the port on Sunday and confiscated three tonnes of cocaine.",
    "Marines raided a farmhouse near the border on Thursday, detaining two suspects.",
    "Soldiers raided the home of an opposition leader on Monday night.",
    "National Guard troops raided a property on the outskirts of the city and found a weapons cache.",
    "Army units raided several shops in the market on Wednesday and seized counterfeit goods.",
    "Sailors of the navy raided a boatyard on Friday and seized two speedboats.",
    "Soldiers raided a mining camp on Tuesday, seizing dynamite and fuel.",
    "Members of the Navy raided a house in the port city and arrested three men.",
    "Members of the National Guard raided a printing shop on Monday and seized 5,000 leaflets.",
]
ATTACKS = [
    "Insurgents raided two villages on Sunday, burning houses and killing three people.",
    "Guerrillas armed with rifles raided the town hall on Saturday.",
    "Commandos raided the presidential palace in a failed attempt to kill the president.",
    "Gunmen raided a bar on Friday night and shot five people.",
    "Militants raided an army post near the border on Monday, killing four soldiers.",
    "Soldiers raided the village on Tuesday, killing 12 civilians.",
    "Rebels raided a police station on Sunday and seized weapons.",
    "Bandits raided a farm on Monday and stole 40 cattle.",
    "Armed men raided a hospital on Thursday and abducted two doctors.",
    "Troops raided a rebel camp in the hills, killing six fighters.",
]

MODES = [
    ("Soldiers raided the offices of an opposition newspaper on Tuesday and seized its "
     "computers.", "seize"),
    ("Troops raided a warehouse in the port on Sunday and confiscated three tonnes of cocaine.",
     "seize"),
    ("Marines raided a farmhouse near the border on Thursday, detaining two suspects.",
     "arrest"),
    ("Members of the anti-kidnapping unit raided two houses on Monday and arrested four men.",
     "arrest"),
]


def _raid_types(text: str) -> list[str]:
    return [plover for plover, trigger in typed_events(text) if trigger.startswith("raided")]


@pytest.mark.parametrize("text", SEARCHES)
def test_soldiers_raid_that_searches_is_coerce(pipeline, text: str) -> None:
    assert _raid_types(text) == ["COERCE"]


@pytest.mark.parametrize("text", ATTACKS)
def test_raid_by_an_armed_group_or_that_kills_stays_an_assault(pipeline, text: str) -> None:
    assert _raid_types(text) == ["ASSAULT"]


@pytest.mark.parametrize("text,mode", MODES)
def test_search_takes_the_mode_of_what_it_took(pipeline, text: str, mode: str) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    assert [e.plover_mode for e in events if e.trigger.text.startswith("raided")] == [mode]
