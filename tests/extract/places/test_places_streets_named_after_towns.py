"""Probe sentences (made up for these tests): a street named after a town ("Baltimore Avenue",
"Fort Worth Avenue", "Coney Island Avenue") is named after the town it leads to, near or far;
in an article about another town it lies in that town, not in the one it is named after.
Neighbours: a street written with its town stays there; a street that is the article's only
place keeps the town of its name (nothing says otherwise); a town, bridge or county named on
its own is unchanged."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _names(pipeline: Pipeline, text: str) -> set[str]:
    ex = pipeline.process(Article(text=text, published=dt.date(2016, 3, 6), language="en"))
    return {p.name for p in ex.places}


STREETS = [
    ("Police in Brooklyn said a man was shot near Coney Island Avenue on Sunday.",
     "Coney Island", "Brooklyn"),
    ("Police in Philadelphia said a man was shot on Baltimore Avenue on Sunday.",
     "Baltimore", "Philadelphia"),
    ("Police in Dallas said two men were shot on Fort Worth Avenue on Monday.", "Fort Worth",
     "Dallas"),
    ("Police in Providence said a man was shot near Hartford Avenue on Sunday.", "Hartford",
     "Providence"),
    ("Police in Louisville said a man was shot on Dixie Highway and Cincinnati Road on "
     "Friday.", "Cincinnati", "Louisville"),
    ("A teenager was shot on Cincinnati Avenue late Friday, Dayton police said.", "Cincinnati",
     "Dayton"),
    ("Police in Oakland said a man was shot on San Pablo Avenue on Sunday.", "San Pablo",
     "Oakland"),
    ("Police in Los Angeles said a woman was wounded on Pasadena Avenue on Sunday.",
     "Pasadena", "Los Angeles"),
    ("Police in Pittsburgh said a man was shot on Butler Street on Sunday.", "Butler",
     "Pittsburgh"),
    ("Police in Houston said a man was shot on Galveston Road on Sunday.", "Galveston",
     "Houston"),
    ("Police in Seattle said a man was shot on Tacoma Avenue on Sunday.", "Tacoma",
     "Seattle"),
]


@pytest.mark.parametrize(("text", "named", "town"), STREETS)
def test_a_street_named_after_a_town_lies_in_the_article_town(pipeline: Pipeline, text: str,
                                                              named: str, town: str) -> None:
    names = _names(pipeline, text)
    assert named not in names and town in names, names


ALONE = [
    ("A man was shot near Coney Island Avenue on Sunday, police said.", "Coney Island"),
    ("Two men were shot on Trenton Avenue on Monday, police said.", "Trenton"),
]


@pytest.mark.parametrize(("text", "named"), ALONE)
def test_a_street_that_is_the_only_place_keeps_its_town(pipeline: Pipeline, text: str,
                                                        named: str) -> None:
    assert named in _names(pipeline, text)


# a street written with its town stands for that town, as before
WITH_TOWN = [
    ("A man was shot on Coney Island Avenue in Brooklyn on Sunday, police said.", "Brooklyn"),
    ("Police said a woman was shot on Boston Road in the Bronx on Friday.", "The Bronx"),
    ("A teenager was wounded in a shooting on Atlanta Road in Marietta, Georgia, on Friday.",
     "Marietta"),
    ("A woman was shot and killed on Memphis Street in Philadelphia on Monday.",
     "Philadelphia"),
]


@pytest.mark.parametrize(("text", "town"), WITH_TOWN)
def test_a_street_with_its_town_is_in_that_town(pipeline: Pipeline, text: str,
                                                town: str) -> None:
    assert town in _names(pipeline, text)


TOWNS = [
    ("A man was shot on Coney Island on Sunday, police said.", "Coney Island"),
    ("A man was shot in Boston on Sunday, police said.", "Boston"),
    ("Protesters marched across the Brooklyn Bridge on Saturday.", "Brooklyn"),
    ("A man was shot in Baltimore County on Sunday, police said.", "Baltimore County"),
    ("Two men were shot in Atlantic City on Sunday, police said.", "Atlantic City"),
]


@pytest.mark.parametrize(("text", "name"), TOWNS)
def test_a_town_named_on_its_own_is_kept(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in _names(pipeline, text)
