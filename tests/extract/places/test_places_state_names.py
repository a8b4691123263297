"""Probe sentences (made up for these tests): a state's name alone is the state, not a big town
that carries the name only as another name of its own ("Oklahoma" for Oklahoma City, "Bahia"
for Salvador, "Morelos" for Ecatepec de Morelos). A city whose own name is the state's
("Lagos", "Washington"), written in another spelling ("Basra" for Basrah) or a metropolis the
name alone calls up ("New York") keeps the city."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _place(pipeline: Pipeline, text: str, written: str) -> tuple[str, str]:
    ex = pipeline.process(Article(text=text, published=dt.date(2016, 3, 6), language="en"))
    [place] = [p for p in ex.places if p.text == written]
    return place.name, place.kind


STATES = [
    ("A man was shot and killed in Oklahoma on Sunday, police said.", "Oklahoma"),
    ("Two deputies were wounded in a shootout in rural Oklahoma on Friday.", "Oklahoma"),
    ("Tornadoes and gunfire: police in Oklahoma arrested three men after a robbery.",
     "Oklahoma"),
    ("Protesters marched through towns across Oklahoma on Saturday to demand higher pay for "
     "teachers.", "Oklahoma"),
    ("Police clashed with striking workers in Bahia on Monday.", "Bahia"),
    ("Gunmen killed three people in Morelos on Monday, state officials said.", "Morelos"),
    ("Soldiers arrested ten men in Johor on Monday.", "Johor"),
    ("Farmers blocked roads in Pernambuco on Tuesday to protest the drought relief plan.",
     "Pernambuco"),
    ("Police said gunmen killed four people in Ceará on Sunday.", "Ceará"),
    ("Hundreds of miners protested in Pará on Wednesday against the new mining law.",
     "Pará"),
]


@pytest.mark.parametrize(("text", "name"), STATES)
def test_a_state_name_alone_is_the_state(pipeline: Pipeline, text: str, name: str) -> None:
    assert _place(pipeline, text, name)[1] == "region"


CITIES = [
    ("A man was shot and killed in New York on Sunday, police said.", "New York",
     "New York City"),
    ("Protesters marched to the White House in Washington on Saturday.", "Washington",
     "Washington"),
    ("Gunmen killed five traders in Lagos on Monday, police said.", "Lagos", "Lagos"),
    ("A man was shot and killed in Oklahoma City on Sunday, police said.", "Oklahoma City",
     "Oklahoma City"),
    ("Police fired tear gas at protesters in São Paulo on Thursday.", "São Paulo",
     "São Paulo"),
    # another spelling of the city's own name: the capital of the governorate of that name
    ("A car bomb exploded in Basra on Thursday, killing four people.", "Basra", "Basrah"),
    ("Rebels shelled Kandahar on Monday.", "Kandahar", "Kandahār"),
]


@pytest.mark.parametrize(("text", "written", "name"), CITIES)
def test_a_city_of_the_state_name_stays_the_city(pipeline: Pipeline, text: str, written: str,
                                                 name: str) -> None:
    assert _place(pipeline, text, written) == (name, "city")


def test_a_nigerian_state_is_the_state(pipeline: Pipeline) -> None:
    text = "Gunmen killed five villagers in Kano State on Monday, police said."
    assert _place(pipeline, text, "Kano State") == ("Kano", "region")
