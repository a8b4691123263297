"""The outlet's name after a headline is no clue of a happening (made-up undated pages through
the real pipeline into real SQLite files, ``fusion_cases_outlets``): two shootings told by one
outlet in one town stay two incidents, and one shooting it tells twice still joins by a name
with an age, a corner or a hundred block."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusion_cases import Report, report_article
from fusion_cases_outlets import APART_OUTLETS, SAME_OUTLETS

from sitrep.reconcile.incidents import outside_masthead
from sitrep.store import open_db


def _joined(pipeline, tmp_path: Path, first: Report, second: Report) -> tuple[bool, bool]:
    articles = [report_article(first, "outlet-a"), report_article(second, "outlet-b")]
    with open_db(str(tmp_path / "fusion.db")) as db:
        for article in articles:
            db.save(pipeline.process(article))
        found = [
            {i["id"] for i in db.incidents(article=a.id) if i["family"] == "ASSAULT"}
            for a in articles
        ]
    return bool(found[0] and found[1]), bool(found[0] & found[1])


@pytest.mark.parametrize("case", APART_OUTLETS, ids=[c[0] for c in APART_OUTLETS])
def test_the_outlets_name_joins_no_two_shootings(pipeline, tmp_path: Path, case) -> None:
    found, joined = _joined(pipeline, tmp_path, case[1], case[2])
    assert found and not joined


@pytest.mark.parametrize("case", SAME_OUTLETS, ids=[c[0] for c in SAME_OUTLETS])
def test_one_outlets_shooting_told_twice_joins_by_a_real_clue(
    pipeline, tmp_path: Path, case
) -> None:
    found, joined = _joined(pipeline, tmp_path, case[1], case[2])
    assert found and joined


def test_outside_masthead_keeps_the_names_of_the_story() -> None:
    text = "Man shot in driveway | The Toledo Blade\n\nTOLEDO, Ohio — Jon Roe, 24, was shot."
    named = [(27, 39, "Toledo Blade"), (56, 63, "Jon Roe")]
    assert outside_masthead(text, named) == [(56, 63, "Jon Roe")]
    assert outside_masthead("Jon Roe, 24, was shot in Toledo.", [(0, 7, "Jon Roe")]) == [
        (0, 7, "Jon Roe")
    ]
