"""A shooting told again days later with no day of its own (a charge, a vigil, a funeral, a
plea for tips: dated only by the day it was told) joins the shooting by a clue both reports
tell, and leaves the incident's day as the report gave it (``incidents.told_later``); another
stated day, another victim or town, or a follow-up beyond ``BACKGROUND_DAYS`` stays apart.
Made-up reports through the real pipeline into real SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusion_cases import Case, report_article
from fusion_cases_told_later import APART_TOLD_LATER, JOIN_TOLD_LATER

from sitrep.store import open_db


def _assaults(pipeline, tmp_path: Path, case: Case) -> list[dict[str, dict]]:
    """The ASSAULT incidents each report of the case has (id -> incident), stored in order."""
    _, first, second = case
    articles = [report_article(first, "outlet-a"), report_article(second, "outlet-b")]
    with open_db(str(tmp_path / "later.db")) as db:
        for article in articles:
            db.save(pipeline.process(article))
        return [{i["id"]: i for i in db.incidents(article=a.id) if i["family"] == "ASSAULT"}
                for a in articles]


@pytest.mark.parametrize("case", JOIN_TOLD_LATER, ids=[c[0] for c in JOIN_TOLD_LATER])
def test_a_shooting_told_later_without_its_day_joins_it(pipeline, tmp_path: Path,
                                                       case: Case) -> None:
    report, follow_up = _assaults(pipeline, tmp_path, case)
    assert len(report) == 1 and follow_up.keys() == report.keys()
    (incident,) = follow_up.values()
    (before,) = _assaults_of_first(pipeline, tmp_path, case)
    assert (incident["date_first"], incident["date_last"]) == before


def _assaults_of_first(pipeline, tmp_path: Path, case: Case) -> list[tuple[str, str]]:
    """The days of the report's incident stored alone."""
    with open_db(str(tmp_path / "alone.db")) as db:
        article = report_article(case[1], "outlet-a")
        db.save(pipeline.process(article))
        return [(i["date_first"], i["date_last"]) for i in db.incidents(article=article.id)
                if i["family"] == "ASSAULT"]


@pytest.mark.parametrize("case", APART_TOLD_LATER, ids=[c[0] for c in APART_TOLD_LATER])
def test_another_day_victim_or_town_stays_apart(pipeline, tmp_path: Path, case: Case) -> None:
    report, follow_up = _assaults(pipeline, tmp_path, case)
    assert len(report) == 1 and not follow_up.keys() & report.keys()
