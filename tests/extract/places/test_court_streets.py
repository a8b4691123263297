"""Made-up probes (not copied from any data set): a name ending in "Court" after "on" is a street
("a home invasion on South Taft Court"), not the court of the town its first words name (South
Taft, California). Neighbours: a court with its town in front that is no object of "on" ("the
Litchfield Superior Court", "in Jefferson County Court") stays its town's; the article's other
places stay."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, the town a street's name recalls, that must not be a place)
STREETS = [
    ("DENVER — A man was shot during a home invasion on South Taft Court on Sunday.",
     "South Taft"),
    ("DENVER — A man was shot in his driveway on Lake Forest Court on Sunday.", "Lake Forest"),
    ("DENVER — Two men were shot outside a house on Glen Ellyn Court on Monday.",
     "Glen Ellyn"),
    ("DENVER — A woman was wounded by gunfire on Oak Park Court late Friday.", "Oak Park"),
    ("DENVER — A teenager was shot on Rolling Meadows Court on Saturday night.",
     "Rolling Meadows"),
    ("DENVER — A man was killed in a shooting on Palo Alto Court early Sunday.", "Palo Alto"),
    ("DENVER — Police said a man was shot on Beverly Hills Court on Tuesday.", "Beverly Hills"),
    ("DENVER — A man was shot and wounded on Cedar Rapids Court on Wednesday.", "Cedar Rapids"),
    ("DENVER — Officers found a man shot on Mount Vernon Court on Thursday.", "Mount Vernon"),
    ("DENVER — A woman was shot during a robbery on Park Ridge Court on Friday.", "Park Ridge"),
]
# (text, a place that must stay)
KEPT = [
    ("The Litchfield Superior Court sentenced a man on Monday for a shooting.", "Litchfield"),
    ("DENVER — A man was shot during a home invasion on South Taft Court on Sunday.", "DENVER"),
    ("A man was shot outside the Lake Forest courthouse on Sunday.", "Lake Forest"),
]


def _place_texts(pipeline, text: str) -> list[str]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    return [p.text for p in pipeline.process(article).places]


@pytest.mark.parametrize(("text", "town"), STREETS, ids=[t[9:60] for t, _ in STREETS])
def test_a_court_after_on_is_a_street(pipeline, text, town):
    assert town not in _place_texts(pipeline, text)


@pytest.mark.parametrize(("text", "place"), KEPT, ids=[t[:50] for t, _ in KEPT])
def test_a_court_of_a_town_and_other_places_stay(pipeline, text, place):
    assert place in _place_texts(pipeline, text)
