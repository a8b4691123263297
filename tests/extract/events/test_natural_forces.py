"""Forces of nature, sky objects and accidental objects as the doer of a violent or threatening
word (events/senses/nature.py): no ASSAULT or THREATEN. Near neighbours (armed doers, weapons
that explode or strike, and attacks during a storm) stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

NATURE = [
    ("The second major snowstorm to hit the Plains closed schools on Monday.", "ASSAULT"),
    ("The tornado destroyed three barns on Sunday.", "ASSAULT"),
    ("Floods destroyed hundreds of homes in the valley.", "ASSAULT"),
    ("A blizzard hit the region on Wednesday.", "ASSAULT"),
    ("The wildfire destroyed 40 houses on Thursday.", "ASSAULT"),
    ("A volcano exploded on the island on Monday.", "ASSAULT"),
    ("A meteor struck the desert last week.", "ASSAULT"),
    ("Strong winds destroyed the tents on Sunday.", "ASSAULT"),
    ("Hurricane Ian struck the coast of Florida on Wednesday.", "ASSAULT"),
    ("The storm threatens the coast this weekend.", "THREATEN"),
    ("A powerful earthquake struck the coast on Tuesday.", "ASSAULT"),
    ("Stars explode when they run out of fuel.", "ASSAULT"),
    ("Flames destroyed the old warehouse on Friday.", "ASSAULT"),
    ("A gas boiler exploded in the basement on Tuesday.", "ASSAULT"),
    ("The ice storm destroyed power lines on Monday.", "ASSAULT"),
]
ARMED = [
    ("Militants destroyed the bridge on Monday.", "ASSAULT"),
    ("Rebels struck the army base on Tuesday.", "ASSAULT"),
    ("A bomb exploded in the market on Friday.", "ASSAULT"),
    ("Gunmen hit the convoy with rockets on Sunday.", "ASSAULT"),
    ("Airstrikes destroyed three houses on Sunday.", "ASSAULT"),
    ("A car bomb exploded near the embassy on Monday.", "ASSAULT"),
    ("Israeli jets struck Gaza on Saturday.", "ASSAULT"),
    ("Insurgents attacked the town during a snowstorm on Monday.", "ASSAULT"),
    ("Looters attacked shops after the hurricane on Tuesday.", "ASSAULT"),
    ("The militia threatened to destroy the dam on Monday.", "THREATEN"),
    ("Youths attacked the fire brigade on Saturday.", "ASSAULT"),
    ("A rocket struck a school in the city on Monday.", "ASSAULT"),
    ("Arsonists destroyed the church on Sunday.", "ASSAULT"),
]


@pytest.mark.parametrize("text,plover", NATURE)
def test_forces_of_nature_attack_no_one(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", ARMED)
def test_armed_doers_and_weapons_stay_attacks(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
