"""A night's shooting told the morning after (made-up reports through the real pipeline into
real SQLite files, ``fusion_cases_next_day``): a report that names no day of its own is dated by
its publication; it joins the report of the day before that shares a strong clue with it (a
name with an age, an address, a corner), whichever is stored first; other clues, one name with
other ages, or two days each stated keep two reports apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusion_cases import Report, report_article
from fusion_cases_next_day import APART_NEXT_DAY, SAME_NEXT_DAY

from sitrep.store import open_db


def _incidents(pipeline, tmp_path: Path, first: Report, second: Report) -> list[dict]:
    articles = [report_article(first, "outlet-a"), report_article(second, "outlet-b")]
    with open_db(str(tmp_path / "fusion.db")) as db:
        for article in articles:
            db.save(pipeline.process(article))
        return [
            {i["id"]: i for i in db.incidents(article=a.id) if i["family"] == "ASSAULT"}
            for a in articles
        ]


@pytest.mark.parametrize("case", SAME_NEXT_DAY, ids=[c[0] for c in SAME_NEXT_DAY])
def test_a_report_dated_by_its_publication_joins_the_night_before(
    pipeline, tmp_path: Path, case
) -> None:
    first, second = _incidents(pipeline, tmp_path, case[1], case[2])
    joined = first.keys() & second.keys()
    assert first and second and joined
    (incident,) = (first[i] for i in joined)
    assert incident["n_articles"] == 2
    assert incident["date_first"] < case[1][1]  # the stated night, not the publication day


@pytest.mark.parametrize("case", APART_NEXT_DAY, ids=[c[0] for c in APART_NEXT_DAY])
def test_other_clues_or_two_stated_days_stay_apart(pipeline, tmp_path: Path, case) -> None:
    first, second = _incidents(pipeline, tmp_path, case[1], case[2])
    assert first and second and not first.keys() & second.keys()
