"""Made-up probes (not copied from any data set): a report placed near a town ("near St. Louis",
"outside Chicago": ACLED precision 2) joins another report of the same day only when that one
happened within ``incidents.NEAR_KM`` of the town, not anywhere in the same state; neighbours: the
same town, a suburb of it, and a report that names only the state join as before."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article
from sitrep.store import open_db

APART = [
    ("A man was shot in De Soto, Missouri, on Friday.",
     "Three people were shot near St. Louis on Friday, police said."),
    ("A man was shot in Peoria, Illinois, on Friday.",
     "Two men were shot outside Chicago on Friday, police said."),
    ("A woman was shot in Erie, Pennsylvania, on Friday.",
     "A man was shot near Pittsburgh on Friday, police said."),
    ("A man was shot in Flint, Michigan, on Friday.",
     "Two people were shot outside Detroit on Friday, police said."),
    ("A clerk was shot in Macon, Georgia, on Friday.",
     "A driver was shot near Atlanta on Friday, police said."),
    ("A man was shot in Tulsa, Oklahoma, on Friday.",
     "A woman was shot outside Oklahoma City on Friday, police said."),
    ("A man was shot in Akron, Ohio, on Friday.",
     "Two teenagers were shot near Columbus on Friday, police said."),
    ("A man was shot in Fresno, California, on Friday.",
     "A man was shot near Sacramento on Friday, police said."),
    ("A woman was shot in Tacoma, Washington, on Friday.",
     "A man was shot outside Seattle on Friday, police said."),
    ("A man was shot in Gary, Indiana, on Friday.",
     "Two men were shot near Indianapolis on Friday, police said."),
]
JOINED = [
    ("A man was shot in St. Louis, Missouri, on Friday.",
     "Three people were shot near St. Louis on Friday, police said."),
    ("A man was shot in Dearborn, Michigan, on Friday.",
     "Two people were shot outside Detroit on Friday, police said."),
    ("A man was shot in Evanston, Illinois, on Friday.",
     "Two men were shot outside Chicago on Friday, police said."),
    ("A man was shot in Missouri on Friday, police said.",
     "A man was shot in De Soto, Missouri, on Friday."),
]


def _assaults(pipeline, tmp_path, *texts: str) -> list[int]:
    from sitrep.pipeline import article_id

    with open_db(str(tmp_path / "near.db")) as db:
        for i, text in enumerate(texts):
            db.save(pipeline.process(Article(
                text=text, id=article_id(text), published=dt.date(2021, 3, 12),
                source=f"station-{i}", language="en", origin="probe")))
        return [i["n_articles"] for i in db.incidents() if i["plover_type"] == "ASSAULT"]


@pytest.mark.parametrize(("first", "second"), APART, ids=[b[:30] for _, b in APART])
def test_a_report_near_a_town_does_not_join_another_town_of_the_state(
        pipeline, tmp_path, first, second):
    assert _assaults(pipeline, tmp_path, first, second) == [1, 1]


@pytest.mark.parametrize(("first", "second"), JOINED, ids=[b[:30] for _, b in JOINED])
def test_a_report_near_a_town_joins_that_town_and_its_surroundings(
        pipeline, tmp_path, first, second):
    assert _assaults(pipeline, tmp_path, first, second) == [2]
