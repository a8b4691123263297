"""Attacks on qualities and works of a body or a policy (events/senses/words.py, the figurative
targets): "attacked the constitutionality of the commission", "fought the legislation",
"attacked the government's record" are no ASSAULT, also with a date ("on Monday" is no target);
attacks on the bodies, their people and their buildings stay. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

import sitrep

FIGURATIVE = [
    "Lawmakers attacked the constitutionality of the commission.",
    "The senator attacked the legality of the decree on Monday.",
    "Critics attacked the legitimacy of the vote.",
    "The party fought the initiative in parliament on Tuesday.",
    "The opposition attacked the government's record on crime.",
    "Rivals attacked the validity of the results on Tuesday.",
    "Lobbyists fought the legislation for years.",
    "Editorials attacked the impartiality of the judges.",
    "The minister attacked the strategy of the police chief.",
    "The union attacked the transparency of the process.",
    "The mayor attacked the findings of the inquiry on Friday.",
    "The governor attacked the accuracy of the report.",
]
PHYSICAL = [
    "Gunmen attacked the commission's offices on Monday.",
    "Rebels attacked the legislature on Monday.",
    "Troops attacked the rebels' positions near the border.",
    "Protesters attacked the police station on Sunday.",
    "Militants attacked a programme office of the charity in the north.",
    "A mob attacked the judges outside the court on Friday.",
    "Soldiers fought the insurgents for hours on Sunday.",
    "The army launched an offensive against the rebels on Monday.",
    "Gunmen attacked the mayor's convoy on Tuesday.",
    "Rioters attacked the electoral commission's building on Friday.",
]


def _assaults(text: str) -> list[str]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.plover_type for e in events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize("text", FIGURATIVE)
def test_attacks_on_qualities_and_works_are_no_assault(pipeline, text: str) -> None:
    assert _assaults(text) == []


@pytest.mark.parametrize("text", PHYSICAL)
def test_attacks_on_bodies_people_and_buildings_stay(pipeline, text: str) -> None:
    assert _assaults(text)
