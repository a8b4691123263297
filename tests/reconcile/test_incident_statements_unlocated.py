"""Fusion across articles of statements the text does not locate (``reconcile.statements``):
one speaker's statement of one day told by two outlets is one incident; another speaker, or the
same speaker on another day, is another; a located and an unlocated report of one statement join
in either order. Made-up reports through the real pipeline into real SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusion_cases import report_article
from fusion_cases_unlocated import (
    APART_UNLOCATED,
    JOIN_UNLOCATED,
    LOCATED_AND_NOT,
    StatementCase,
)

from sitrep.store import open_db


def _joined(pipeline, tmp_path: Path, case: StatementCase) -> tuple[bool, bool]:
    """(both reports have an incident of the case's family, they share one)."""
    _, family, first, second = case
    articles = [report_article(first, "outlet-a"), report_article(second, "outlet-b")]
    with open_db(str(tmp_path / "statements.db")) as db:
        for article in articles:
            db.save(pipeline.process(article))
        found = [{i["id"] for i in db.incidents(article=a.id) if i["family"] == family}
                 for a in articles]
    return all(found), bool(found[0] & found[1])


@pytest.mark.parametrize("case", JOIN_UNLOCATED + LOCATED_AND_NOT,
                         ids=[c[0] for c in JOIN_UNLOCATED + LOCATED_AND_NOT])
def test_one_speakers_unlocated_statement_told_twice_is_one_incident(
        pipeline, tmp_path: Path, case: StatementCase) -> None:
    assert _joined(pipeline, tmp_path, case) == (True, True)


@pytest.mark.parametrize("case", APART_UNLOCATED, ids=[c[0] for c in APART_UNLOCATED])
def test_other_speakers_or_days_stay_two_incidents(pipeline, tmp_path: Path,
                                                    case: StatementCase) -> None:
    assert _joined(pipeline, tmp_path, case) == (True, False)
