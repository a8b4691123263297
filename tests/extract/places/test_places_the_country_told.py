"""Probe sentences (made up for these tests): "across the country", "throughout the country"
is the story's country, not the last country named when that country only acts or speaks
("Germany and France said in a joint statement ...", "Britain urged calm"); where the story
names no country of its own, it is the country of the last town it names ("protesters in
Dhaka"). Neighbours: a country named as the place of events stays the country told; "the
country" with a country named in a location phrase before is that country."""

from __future__ import annotations

import pytest

from samples import places_by_trigger
from sitrep.pipeline import Pipeline

TOLD = [
    ("Riot officers fired tear gas at protesters in Nairobi on Tuesday. Britain and Germany "
     "said in a joint statement that they were concerned. Police said they had arrested 40 "
     "people across the country.", "arrested", "Kenya"),
    ("Protesters blocked roads in Lima on Monday. Spain and France urged calm. Police said "
     "they had detained 30 people across the country.", "detained", "Peru"),
    ("Students clashed with officers in Dhaka on Sunday. India called for restraint. "
     "Authorities said 200 people had been arrested across the country.", "arrested",
     "Bangladesh"),
    ("Riot officers dispersed protesters in Tbilisi on Friday. The United States condemned "
     "the crackdown. Police arrested 60 people across the country, officials said.",
     "arrested", "Georgia"),
    ("Soldiers opened fire on marchers in Mandalay on Saturday. China urged both sides to "
     "show restraint. Troops detained 80 people throughout the country.", "detained",
     "Myanmar"),
    ("Demonstrators torched cars in Dakar on Thursday. France said it was following events "
     "closely. Officers arrested 120 people across the country.", "arrested", "Senegal"),
    ("Protesters stormed a police station in Kampala on Monday. Norway and Sweden condemned "
     "the violence. Police detained 45 people across the country on Tuesday.", "detained",
     "Uganda"),
    ("Hundreds marched in Caracas on Sunday. Brazil urged dialogue. Security forces "
     "arrested 70 people across the country.", "arrested", "Venezuela"),
    ("Gunmen attacked a bus in Peshawar on Friday. Afghanistan denied any role. Police "
     "arrested 25 suspects across the country.", "arrested", "Pakistan"),
    ("Protesters clashed with riot officers in Colombo on Wednesday. Japan said it was "
     "concerned. Officers detained 50 people across the country.", "detained", "Sri Lanka"),
    ("Crowds burned tyres in Lusaka on Monday. Britain called for calm. Police arrested 90 "
     "people across the country.", "arrested", "Zambia"),
    # a country the parser reads as a subject (Peru tagged ORG) acts: it stays out too
    ("Protesters blocked highways in Quito on Tuesday. Peru closed its border. Soldiers "
     "detained 35 people across the country.", "detained", "Ecuador"),
]


@pytest.mark.parametrize(("text", "trigger", "country"), TOLD)
def test_the_country_is_the_story_country(pipeline: Pipeline, text: str, trigger: str,
                                          country: str) -> None:
    assert country in places_by_trigger(pipeline, text, trigger)


KEPT = [
    ("Protests spread across Kenya on Tuesday. Police said they had arrested 40 people across "
     "the country.", "arrested", "Kenya"),
    ("Britain said protests had spread in Nigeria. Police arrested 40 people across the "
     "country.", "arrested", "Nigeria"),
    ("Violence flared in Haiti on Monday. Police arrested 15 people across the country.",
     "arrested", "Haiti"),
    ("Police in Ohio arrested 20 people across the state on Tuesday.", "arrested", "Ohio"),
    ("Troops were deployed in Chad. The army arrested 30 people across the country.",
     "arrested", "Chad"),
]


@pytest.mark.parametrize(("text", "trigger", "country"), KEPT)
def test_a_country_told_as_a_place_stays(pipeline: Pipeline, text: str, trigger: str,
                                         country: str) -> None:
    assert country in places_by_trigger(pipeline, text, trigger)
