"""Probes (made up for these tests) of a street named after a town with a compass word after
its name ("Washington Street West", "Memphis Street NW", "Tacoma Avenue South"): a street of the
article's town, as the same street without the compass word is (``fragments.whole_name``,
``names.is_street``). Neighbours: the town written on its own ("shot in Tacoma") stays that
town."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _assault_places(pipeline: Pipeline, text: str) -> list[str]:
    ex = pipeline.process(Article(text=text, published=dt.date(2016, 3, 6), language="en"))
    return [p.name for e in ex.events if e.plover_type == "ASSAULT" for p in e.places]


# (text, the shooting's or stabbing's town)
SIDES = [
    ("CHARLESTON, W.Va. - A man was stabbed outside a house on Washington Street West late "
     "Sunday, police said.", "Charleston"),
    ("DAYTON, Ohio - A woman was shot on Cincinnati Avenue North on Monday, police said.",
     "Dayton"),
    ("SEATTLE - A man was shot near Tacoma Avenue South on Sunday, police said.", "Seattle"),
    ("ATLANTA - Two men were wounded in a shooting on Memphis Street NW on Friday, police said.",
     "Atlanta"),
    ("LOUISVILLE, Ky. - A teenager was shot on Frankfort Avenue East on Saturday, police said.",
     "Louisville"),
    ("DENVER - A man was stabbed on Boulder Street West on Sunday, police said.", "Denver"),
    ("SPOKANE, Wash. - A man was shot on Portland Avenue South on Monday, police said.",
     "Spokane"),
    ("CHARLOTTE, N.C. - A woman was shot on Raleigh Street East on Sunday, police said.",
     "Charlotte"),
    ("OMAHA, Neb. - A man was shot on Lincoln Road North on Friday, police said.", "Omaha"),
    ("TULSA, Okla. - A man was wounded on Dallas Street West on Monday, police said.", "Tulsa"),
    ("HOUSTON - Two men were shot on Austin Street North on Sunday, police said.", "Houston"),
]
TOWNS = [
    ("DAYTON, Ohio - A woman was shot in Cincinnati on Monday, police said.", "Cincinnati"),
    ("SEATTLE - A man was shot in Tacoma on Sunday, police said.", "Tacoma"),
    ("ATLANTA - A man was wounded in Memphis, Tennessee, on Friday, police said.", "Memphis"),
    ("CHARLESTON, W.Va. - A man was stabbed outside a house on Washington Street late Sunday, "
     "police said.", "Charleston"),
]


@pytest.mark.parametrize(("text", "town"), SIDES + TOWNS)
def test_a_street_with_a_compass_word_lies_in_the_story_town(pipeline: Pipeline, text: str,
                                                            town: str) -> None:
    assert _assault_places(pipeline, text) == [town]
