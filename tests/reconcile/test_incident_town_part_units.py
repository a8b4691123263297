"""Made-up probes (not copied from any data set): within one article, a town and a part of it
that GeoNames lists as a town of its own (the Bronx and Mott Haven, Chicago and Rogers Park, Los
Angeles and Canoga Park: ``agree.town_part``) told of one act of one day are one incident, placed
in the part; an event that names both ("the Los Angeles shooting ... in Canoga Park") is placed in
the part. Neighbours stay apart: two parts of one town, a town and a large town near it that is no
part of it (Naperville), a town and its part on other days."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import article_id
from sitrep.records import Article
from sitrep.store import open_db

ONE = [
    ("CHICAGO — A 19-year-old man was shot and killed Saturday night, police said. The "
     "shooting happened in Rogers Park around 11 p.m.", ["Rogers Park"]),
    ("A man was shot inside a supermarket in the Bronx on Sunday morning. The store in Mott "
     "Haven was closed for the day, and the victim was hit three times.", ["Mott Haven"]),
    ("LOS ANGELES — A woman was shot and wounded Saturday in Canoga Park, police said. The Los "
     "Angeles shooting left her in critical condition.", ["Canoga Park"]),
    ("A teenager was stabbed Friday evening in Philadelphia. Police said the attack took place "
     "Friday evening outside a store in Hunting Park.", ["Hunting Park"]),
]
APART = [
    ("CHICAGO — A man was shot and killed Saturday night in Rogers Park. Another man was wounded "
     "Saturday night in Englewood, police said.", ["Englewood", "Rogers Park"]),
    ("CHICAGO — A man was shot and killed Saturday night in Chicago. Another man was wounded "
     "Saturday night in Naperville, police said.", ["Chicago", "Naperville"]),
    ("CHICAGO — A man was shot and killed Saturday night in Chicago. A woman was wounded Friday "
     "night in Rogers Park, police said.", ["Chicago", "Rogers Park"]),
]


def _places(pipeline, tmp_path, text: str) -> list[str]:
    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 25),
                      source="probe", language="en", origin="probe")
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        return sorted(i["place"] for i in db.incidents() if i["family"] == "ASSAULT")


@pytest.mark.parametrize(("text", "places"), ONE + APART, ids=[t[:50] for t, _ in ONE + APART])
def test_a_town_and_its_part_on_one_day_are_one_incident(pipeline, tmp_path, text, places):
    assert _places(pipeline, tmp_path, text) == places
