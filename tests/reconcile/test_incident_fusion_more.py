"""Fusion across articles, the cases session 27 added (made-up reports through the real pipeline
into real SQLite files): one happening told twice joins one incident (``SAME_MORE``: a dated and
an undated outlet with another lead, a revised toll, the victim named in one report and told by
age and street in the other, an arrest follow-up that tells the shooting again), near pairs stay
two (``APART_MORE``: one block a week apart, one name in two towns), two shootings of one town and
day at other addresses are one incident (``ONE_TOWN_DAY``, ACLED's unit); statements join only with one speaker; a victim's name joins the
killing, not two arrests or two protests that name it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusion_cases import Case, report_article
from fusion_cases_more import APART_MORE, ONE_TOWN_DAY, SAME_MORE
from fusion_cases_speakers import (
    APART_ACCUSE,
    APART_COERCE,
    APART_PROTEST,
    JOIN_ACCUSE,
    JOIN_ASSAULT,
)

from sitrep.reconcile.clues import Clue, apart_in_block
from sitrep.store import open_db


def _incidents(pipeline, target: str, case: Case, family: str) -> list[dict[str, dict]]:
    """The incidents of ``family`` each report of the case joined (id -> incident), the reports
    stored one after the other."""
    _, first, second = case
    articles = [report_article(first, "outlet-a"), report_article(second, "outlet-b")]
    with open_db(target) as db:
        for article in articles:
            db.save(pipeline.process(article))
        return [{i["id"]: i for i in db.incidents(article=a.id) if i["family"] == family}
                for a in articles]


def _joined(pipeline, tmp_path: Path, case: Case, family: str) -> tuple[bool, bool]:
    """(both reports have an incident of the family, they share one)."""
    first, second = _incidents(pipeline, str(tmp_path / "fusion.db"), case, family)
    return bool(first and second), bool(first.keys() & second.keys())


@pytest.mark.parametrize("case", SAME_MORE, ids=[c[0] for c in SAME_MORE])
def test_one_shooting_told_twice_is_one_incident(pipeline, tmp_path: Path, case: Case) -> None:
    found, joined = _joined(pipeline, tmp_path, case, "ASSAULT")
    assert found and joined


@pytest.mark.parametrize("case", ONE_TOWN_DAY, ids=[c[0] for c in ONE_TOWN_DAY])
def test_shootings_of_one_town_and_day_are_one_incident(pipeline, tmp_path: Path,
                                                         case: Case) -> None:
    """ACLED's unit is the actor pair, location (the town) and day: two shootings of one town and
    day at other addresses are one incident with both victims (the GVDB grouping agrees)."""
    found, joined = _joined(pipeline, tmp_path, case, "ASSAULT")
    assert found and joined


@pytest.mark.parametrize("case", APART_MORE, ids=[c[0] for c in APART_MORE])
def test_near_pairs_stay_two_incidents(pipeline, tmp_path: Path, case: Case) -> None:
    found, joined = _joined(pipeline, tmp_path, case, "ASSAULT")
    assert found and not joined


@pytest.mark.parametrize("case", [c for c in SAME_MORE if "arrest" in c[0]],
                         ids=[c[0] for c in SAME_MORE if "arrest" in c[0]])
def test_an_arrest_follow_up_joins_the_shooting_and_stays_its_own_incident(
        pipeline, tmp_path: Path, case: Case) -> None:
    """ACLED codes an arrest on its own day, apart from the attack: the follow-up's telling of
    the shooting joins the shooting (one more source), its arrest is an incident of its own."""
    target = str(tmp_path / "arrest.db")
    shootings = _incidents(pipeline, target, case, "ASSAULT")
    first_arrests, arrests = _incidents(pipeline, target, case, "COERCE")
    (shooting,) = shootings[0].values()
    assert shooting["id"] in shootings[1] and shooting["n_articles"] == 2
    assert not first_arrests and arrests
    for arrest in arrests.values():
        assert arrest["n_articles"] == 1 and arrest["id"] not in shootings[1]
        if case[2][1] is not None and shooting["date_first"]:  # a dated follow-up
            assert arrest["date_first"] > shooting["date_first"]


@pytest.mark.parametrize("case", JOIN_ACCUSE, ids=[c[0] for c in JOIN_ACCUSE])
def test_one_speakers_statement_told_twice_is_one_incident(pipeline, tmp_path: Path,
                                                           case: Case) -> None:
    found, joined = _joined(pipeline, tmp_path, case, "ACCUSE")
    assert found and joined


@pytest.mark.parametrize("case", APART_ACCUSE, ids=[c[0] for c in APART_ACCUSE])
def test_statements_of_other_speakers_stay_two_incidents(pipeline, tmp_path: Path,
                                                         case: Case) -> None:
    found, joined = _joined(pipeline, tmp_path, case, "ACCUSE")
    assert found and not joined


@pytest.mark.parametrize(("case", "family"), [(c, "PROTEST") for c in APART_PROTEST] + [
    (c, "COERCE") for c in APART_COERCE], ids=[c[0] for c in APART_PROTEST + APART_COERCE])
def test_a_victims_name_does_not_join_two_protests_or_arrests(pipeline, tmp_path: Path,
                                                               case: Case, family: str) -> None:
    found, joined = _joined(pipeline, tmp_path, case, family)
    assert found and not joined


@pytest.mark.parametrize("case", JOIN_ASSAULT, ids=[c[0] for c in JOIN_ASSAULT])
def test_a_victims_name_joins_the_killing(pipeline, tmp_path: Path, case: Case) -> None:
    found, joined = _joined(pipeline, tmp_path, case, "ASSAULT")
    assert found and joined


# -- what tells two reports of one town and day apart (no model) ---------------------------------------------

def _c(*labels: str) -> list[Clue]:
    return [Clue(label.split(":", 1)[0], label.split(":", 1)[1], 0) for label in labels]


@pytest.mark.parametrize(("a", "b", "apart"), [
    # other addresses alone do not (ACLED's unit is the town and day)
    (_c("addr:300|18th", "age:30"), _c("addr:1100|parade", "age:30"), False),
    (_c("person:john miller", "aged:john miller|24"),
     _c("person:john miller", "aged:john miller|61"), True),
    # one victim named in both, found elsewhere than shot: one happening
    (_c("person:reed|24", "addr:300|18th"), _c("person:reed|24", "addr:1100|parade"), False),
    # other ages alone (the victim's in one story, the suspect's in the next) do not tell
    (_c("age:38"), _c("age:19"), False),
    (_c("person:hill|33"), _c("person:ward|71"), False),
])
def test_what_tells_two_reports_of_one_town_and_day_apart(a: list[Clue], b: list[Clue],
                                                          apart: bool) -> None:
    assert (apart_in_block(a, b) is not None) == apart
