"""Probe sentences (made up for these tests, not taken from any data set) for place recall
(issue 19, item 5): a proper noun inside an entity of a type that is no name (DATE, TIME,
WORK_OF_ART, ...) is a place when the gazetteer alone is enough (a country, a division, a big
town by its main name) or the article tags it a place elsewhere: the small model tags "Niger"
a DATE and "Niger and Chad" a WORK_OF_ART in some sentences. Months, holidays and names of
treaties or works stay out."""

from __future__ import annotations

import pytest

from samples import place_mentions


def _mentions(pipeline, text: str) -> list[str]:
    return [m.text for m in place_mentions(pipeline, text)]


# each of these was missed while the model's entity type was trusted
FOUND = [
    ("The virus spread across northern Nigeria and into Niger.", "Niger"),
    ("Refugees fled to Niger and Chad.", "Niger"),
    ("Refugees fled to Niger and Chad.", "Chad"),
    ("Malaria cases double in Niger since 2015", "Niger"),
    ("Flooding in Niger in 2019 killed 40.", "Niger"),
    ("The army pushed on into Niger.", "Niger"),
    ("Refugees fled to Niger and Sao Tome.", "Sao Tome"),
    ("Doctors in Niger reported 300 new cases.", "Niger"),
]


@pytest.mark.parametrize(("text", "place"), FOUND)
def test_a_place_inside_a_mistyped_entity_is_a_mention(pipeline, text, place):
    assert place in _mentions(pipeline, text)


NOT_FOUND = [
    ("The election was held in March.", "March"),
    ("The ceasefire began on Sunday in May.", "May"),
    ("The law passed in June after a long debate.", "June"),
    ("He reads the Koran every morning.", "Koran"),
    ("The Geneva Conventions protect prisoners of war.", "Geneva"),
    ("They met at Christmas to discuss the plan.", "Christmas"),
    ("The court cited the Treaty of Versailles.", "Versailles"),
    ("The Paris Agreement was signed in 2015.", "Paris"),
    ("The Easter holiday ended on Monday.", "Easter"),
    ("The Magna Carta was sealed in 1215.", "Magna"),
    ("The talks resumed in August after the summer.", "August"),
]


@pytest.mark.parametrize(("text", "word"), NOT_FOUND)
def test_months_holidays_and_works_are_no_places(pipeline, text, word):
    assert word not in _mentions(pipeline, text)
