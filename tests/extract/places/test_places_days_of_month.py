"""Probe sentences (made up for these tests): a day written against its month without a space
("Jan.5", "Sept.21") is tagged a place or an organisation by the small model now and then; it
is a date, never a place (nor a stand-in for the article's town). The towns of the sentence
are kept."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _texts(pipeline: Pipeline, text: str) -> set[str]:
    ex = pipeline.process(Article(text=text, published=dt.date(2016, 3, 6), language="en"))
    return {p.text for p in ex.places}


PROBES = [
    ("Leonard Moss, 45, of Westmoreland, was charged with assault the morning of Jan.5, "
     "police said.", "Jan.5", None),
    ("Police said the suspect was charged on Feb.3, a week after the shooting in Akron.",
     "Feb.3", "Akron"),
    ("The bodies were found on Oct.2 in Toledo.", "Oct.2", "Toledo"),
    ("A man was shot on Nov.11 in Canton, police said.", "Nov.11", "Canton"),
    ("Police in Erie arrested the man on Mar.15.", "Mar.15", "Erie"),
    ("Two teens, of Mansfield, were charged on Jul.4.", "Jul.4", "Mansfield"),
    ("Police said a man of Warren was arrested on Sep.1.", "Sep.1", None),
    ("The officer, of Lima, was shot the night of Jun.30.", "Jun.30", "Lima"),
    ("A woman from Dayton was arrested on Aug.9 and charged with murder.", "Aug.9", None),
    ("The suspect was arrested in Youngstown on Dec.24th after a chase.", "Dec.24th",
     "Youngstown"),
    ("Deputies said the shooting on Apr.7 near Marion left one man dead.", "Apr.7", None),
]


@pytest.mark.parametrize(("text", "day", "town"), PROBES)
def test_a_day_of_the_month_is_no_place(pipeline: Pipeline, text: str, day: str,
                                        town: str | None) -> None:
    texts = _texts(pipeline, text)
    assert day not in texts and (town is None or town in texts), texts


@pytest.mark.parametrize(("text", "name"), [
    ("Two men were shot in Marchand on Sunday, police said.", "Marchand"),
    ("A man was killed in Mayfield on Sunday, police said.", "Mayfield"),
    ("Police in Augusta said a woman was shot on Friday.", "Augusta"),
    ("A man was shot in Junction City on Friday, police said.", "Junction City"),
])
def test_towns_that_begin_like_a_month_are_kept(pipeline: Pipeline, text: str,
                                                name: str) -> None:
    assert name in _texts(pipeline, text)
