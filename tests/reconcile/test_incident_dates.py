"""Made-up probes (not copied from any data set): the day of a violent incident whose mention
has no date of its own is the earliest day the article names in the weeks before its
publication ("At 10:25 p.m. a man was shot in Dayton. Police said it happened Saturday."), not
the publication day a bare clock time falls on; a mention's own day, a later or a too-old day, a
year and an interval keep what they had. Published on Wednesday 2021-03-10."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article
from sitrep.store import open_db

PUBLISHED = "2021-03-10"

TOLD_ELSEWHERE = [  # the violent mention carries only a clock time
    ("At 10:25 p.m., a man was shot on Main Street in Dayton. Police said it happened Saturday.",
     "2021-03-06"),
    ("Shortly after 11 a.m., a woman was shot in Tulsa. The robbery took place on Monday, police "
     "said.", "2021-03-08"),
    ("Just before 2 a.m., two men were wounded in Flint. The fight began late on Tuesday, "
     "witnesses said.", "2021-03-09"),
    ("A store clerk was shot at about 9 p.m. in Toledo. It was the second robbery since Friday, "
     "March 5, police said.", "2021-03-05"),
    ("Around 1:30 a.m., a teenager was shot and killed in Gary. The party had started on "
     "Sunday night.", "2021-03-07"),
    ("At 8:30 p.m., a man was wounded by gunfire in Erie. Police were called on Thursday, "
     "March 4.", "2021-03-04"),
    ("At midnight a woman was shot in Akron. The argument began on Monday evening.",
     "2021-03-08"),
    ("A man was shot in Mobile at 6 a.m. The dispute started on Feb. 27, his family said.",
     "2021-02-27"),
    ("At about noon, a driver was shot in Macon. Police closed the road on Tuesday.",
     "2021-03-09"),
    ("At 4:20 a.m., a man was shot dead in Reno. The shooting happened on March 6, police said.",
     "2021-03-06"),
]
KEPT = [
    ("A man was shot and wounded in Dayton on Tuesday. His brother was arrested in a separate "
     "case on Saturday.", "2021-03-09"),
    ("A woman was shot in Tulsa at 11 a.m.", PUBLISHED),
    ("A man was killed in a shooting in Reno. Police will hold a briefing on Friday.", PUBLISHED),
    ("A man was shot in Flint. He had been arrested in 2019 for robbery.", PUBLISHED),
    ("A man was shot in Akron. A similar shooting happened there on January 2.", PUBLISHED),
    ("Police said a man was shot in Erie today.", PUBLISHED),
    ("A man was shot in Gary on Saturday. Police arrested a suspect on Monday.", "2021-03-06"),
    ("A woman was wounded in a shooting in Toledo. The city has seen 12 shootings in the past "
     "two weeks.", PUBLISHED),
    ("A clerk was shot in Mobile at about 10 p.m.", PUBLISHED),
    ("A man was shot in Macon at 6 a.m. on Wednesday.", PUBLISHED),
]


def _first_assault_day(pipeline, tmp_path, text: str) -> str | None:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date.fromisoformat(PUBLISHED),
                      source="probe", language="en", origin="probe")
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        found = [i for i in db.incidents() if i["plover_type"] == "ASSAULT"]
    return found[0]["date_first"] if found else None


@pytest.mark.parametrize(("text", "day"), TOLD_ELSEWHERE + KEPT,
                         ids=[t[:45] for t, _ in TOLD_ELSEWHERE + KEPT])
def test_undated_violence_takes_the_day_the_article_names(pipeline, tmp_path, text, day):
    assert _first_assault_day(pipeline, tmp_path, text) == day

