"""Probes of a country's capital named without its name (``extract.capitals``): made-up
sentences; the act happened in the capital's town. Neighbours: the country itself, a named
capital, "capital" in its money and law senses."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (sentence, PLOVER type, the town)
CHANGE = [
    ("Five police officers were killed in Venezuela's capital on Sunday.", "ASSAULT",
     "Caracas"),
    ("Gunmen attacked a hotel in the capital of Kenya on Friday.", "ASSAULT", "Nairobi"),
    ("A suicide bomber killed ten people in the Afghan capital on Monday.", "ASSAULT",
     "Kabul"),
    ("Protesters marched in the capital city of Peru on Saturday.", "PROTEST", "Lima"),
    ("Police arrested two journalists in Egypt's capital on Tuesday.", "COERCE", "Cairo"),
    ("Thousands of workers protested in the Kenyan capital on Monday.", "PROTEST", "Nairobi"),
    ("Troops detained three activists in the capital of Sudan on Friday.", "COERCE",
     "Khartoum"),
    ("A car bomb exploded in Iraq's capital on Thursday, killing four people.", "ASSAULT",
     "Baghdad"),
    ("Rebels shelled the outskirts of the Syrian capital on Sunday.", "ASSAULT", "Damascus"),
    ("Police fired tear gas at protesters in the Chilean capital on Friday.", "ASSAULT",
     "Santiago"),
]

# (sentence, PLOVER type, the place the act keeps)
KEEP = [
    ("Five police officers were killed in Venezuela on Sunday.", "ASSAULT", "Venezuela"),
    ("Gunmen attacked a hotel in Kenya on Friday.", "ASSAULT", "Kenya"),
    ("A suicide bomber killed ten people in Kabul on Monday.", "ASSAULT", "Kabul"),
    ("Protesters marched in Arequipa, Peru, on Saturday.", "PROTEST", "Arequipa"),
    ("Police arrested two journalists in Alexandria on Tuesday.", "COERCE", "Alexandria"),
    ("Thousands of workers protested in Mombasa on Monday.", "PROTEST", "Mombasa"),
    ("Troops detained three activists in Sudan on Friday.", "COERCE", "Sudan"),
    ("A car bomb exploded in Basra on Thursday, killing four people.", "ASSAULT", "Basrah"),
    ("Rebels shelled a market in Homs on Sunday.", "ASSAULT", "Homs"),
    ("Police arrested a banker in Chile over capital flight on Friday.", "COERCE", "Chile"),
]


def _places(pipeline, text: str, kind: str) -> list[list[str]]:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    return [[p.name for p in e.places] for e in result.events if e.plover_type == kind]


@pytest.mark.parametrize(("text", "kind", "town"), CHANGE)
def test_a_countrys_capital_named_without_its_name_places_the_act(pipeline, text, kind, town):
    found = _places(pipeline, text, kind)
    assert found and found[0] == [town], found


@pytest.mark.parametrize(("text", "kind", "place"), KEEP)
def test_a_country_or_a_named_town_keeps_its_place(pipeline, text, kind, place):
    found = _places(pipeline, text, kind)
    assert found and found[0] == [place], found
