"""Backing by things (eventhood/states.py, ``backed_by_things``): a participle of support in a
reduced relative whose "by" doers are all machines, weapons or animals ("troops, backed by
helicopters and dogs, are searching the hills", "soldiers supported by tanks and artillery")
tells how a force goes, no SUPPORT; backing by a state, a group or a person ("the rebels, backed
by Rwanda, seized the town") and support told as an act ("the president backed the plan")
stay. Sentences made up for these tests. (Session 42: a reduced relative of backing by a party
describes the force too, ``backing_described``, test_backing_described.py; the backers kept
here are told as acts.)"""

from __future__ import annotations

import pytest

from samples import plover_types

THINGS = [
    "About 40,000 troops, backed by helicopters and dogs, are searching the mountains.",
    "Soldiers, backed by tanks and artillery, advanced on the town.",
    "The rebels, supported by heavy artillery, attacked the base.",
    "Police backed by armoured vehicles stormed the camp on Monday.",
    "Infantry units, backed by warplanes, pushed into the valley.",
    "The militia, supported by drones and rockets, shelled the village.",
    "Marines, backed by attack helicopters, landed on the beach.",
    "Riot police, backed by water cannon, cleared the square.",
    "Special forces, supported by sniffer dogs, searched the forest.",
    "The fighters, backed by mortars and machine guns, overran the post.",
]
BACKERS = [
    "The president backed the plan on Monday.",
    "The party backed the candidate in the election.",
    "The resolution was backed by France and Germany on Tuesday.",
    "The governor supported the proposal at the meeting.",
    "The senators backed the bill on Friday.",
    "Rwanda backed the rebels when they seized the town.",
    "The army backed the militia that attacked the village.",
]


@pytest.mark.parametrize("text", THINGS)
def test_backing_by_machines_weapons_or_animals_is_no_support(pipeline, text: str) -> None:
    assert "SUPPORT" not in plover_types(text)


@pytest.mark.parametrize("text", BACKERS)
def test_backing_by_a_party_or_told_as_an_act_stays(pipeline, text: str) -> None:
    assert "SUPPORT" in plover_types(text)
