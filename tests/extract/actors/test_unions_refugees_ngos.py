"""Bodies and groups that a phrase's last noun does not tell (issue 19 item 3, session 36):
labour unions named by their members or by "Congress" are labour (LAB); people named with a word
of displacement are refugees (REF); civil society groups and non-governmental organisations are
NGOs; a corps is military. Made-up names and phrases; the neighbours (the African Union, a
legislature's Congress, a students' union, families without displacement, aid workers, a press
corps) keep their codes."""

from __future__ import annotations

import pytest

from sitrep.extract.actors.code import code_actor

UNIONS = [
    ("the Ghana National Union of Teachers", "GHA"),
    ("the Union of Kenyan Nurses", "KEN"),
    ("Federation of Zambian Trade Unions", "ZMB"),
    ("the Congress of Malawian Trade Unions", "MWI"),
    ("Trades Union Congress", ""),
    ("the National Union of Mine Workers", ""),
    ("the Union of Farmers of Chile", "CHL"),
    ("National Union of Journalists", ""),
    ("a national union of doctors", ""),
    ("the Peruvian Union of Bus Drivers", "PER"),
    ("the Trade Union Confederation", ""),
    ("Uganda Union of Health Workers", "UGA"),
]
REFUGEES = [
    ("displaced families", ""),
    ("displaced villagers", ""),
    ("refugee children", ""),
    ("Sudanese refugee women", "SDN"),
    ("internally displaced persons", ""),
    ("IDPs", ""),
    ("displaced Yemeni families", "YEM"),
    ("refugee mothers", ""),
    ("displaced residents", ""),
    ("displaced people", ""),
]
NGOS = [
    "a local civil society group",
    "civil society organisations",
    "a coalition of civil society groups",
    "a non-governmental organisation",
    "nongovernmental organizations",
    "several NGOs",
    "a local nonprofit",
    "non-profits",
    "non-governmental groups",
    "a civil society organization",
]
CORPS = [
    ("the Frontier Corps", ""),
    ("the Marine Corps", ""),
    ("the Pakistani Frontier Corps", "PAK"),
    ("the signal corps", ""),
    ("an army corps", ""),
]
NEIGHBOURS = [
    ("the African Union", "IGO", "IGO"),
    ("the European Union", "EUR", "IGO"),
    ("the US Congress", "USA", "LEG"),
    ("National Union of Students", "", "EDU"),
    ("the teachers' union", "", "LAB"),
    ("families", "", "CVL"),
    ("Palestinian families", "PSE", "CVL"),
    ("aid workers", "", "NGO"),
    ("the press corps", "", "MED"),
    ("refugees", "", "REF"),
    ("villagers", "", "CVL"),
    ("a rights group", "", "NGO"),
]


@pytest.mark.parametrize(("text", "country"), UNIONS)
def test_a_labour_union_is_labour(text: str, country: str) -> None:
    assert code_actor(text) == (country, "LAB")


@pytest.mark.parametrize(("text", "country"), REFUGEES)
def test_displaced_people_are_refugees(text: str, country: str) -> None:
    assert code_actor(text) == (country, "REF")


@pytest.mark.parametrize("text", NGOS)
def test_civil_society_and_non_governmental_bodies_are_ngos(text: str) -> None:
    assert code_actor(text)[1] == "NGO"


@pytest.mark.parametrize(("text", "country"), CORPS)
def test_a_corps_is_military(text: str, country: str) -> None:
    assert code_actor(text) == (country, "MIL")


@pytest.mark.parametrize(("text", "country", "sector"), NEIGHBOURS)
def test_unions_groups_and_bodies_nearby_keep_their_codes(text: str, country: str,
                                                          sector: str) -> None:
    assert code_actor(text) == (country, sector)
