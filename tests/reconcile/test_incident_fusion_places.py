"""Fusion across articles by place hierarchy and act (made-up reports through the real pipeline
into real SQLite files, ``fusion_cases_places``): a report placed only in a county joins no town
of the state outside that county, a report placed only in a country joins a town's happening only
when it is the one of its family and day in that country (or by a clue both tell), and two acts of one family that other PLOVER modes name (an arrest and a
curfew, a strike and a march) stay two incidents; their neighbours join."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusion_cases import Report, report_article
from fusion_cases_places import (
    APART_ACTS,
    APART_PLACES,
    COUNTRY_AMBIGUOUS,
    COUNTRY_UNIQUE,
    SAME_ACTS,
    SAME_PLACES,
)

from sitrep.reconcile.agree import counties_apart
from sitrep.reconcile.incidents import acts_apart
from sitrep.records import Evidence, Place
from sitrep.store import open_db


def _joined(
    pipeline, tmp_path: Path, first: Report, second: Report, family: str
) -> tuple[bool, bool]:
    """(both reports have an incident of the family, they share one), stored one after the
    other."""
    articles = [report_article(first, "outlet-a"), report_article(second, "outlet-b")]
    with open_db(str(tmp_path / "fusion.db")) as db:
        for article in articles:
            db.save(pipeline.process(article))
        found = [
            {i["id"] for i in db.incidents(article=a.id) if i["family"] == family} for a in articles
        ]
    return bool(found[0] and found[1]), bool(found[0] & found[1])


@pytest.mark.parametrize("case", APART_PLACES, ids=[c[0] for c in APART_PLACES])
def test_a_county_or_a_country_joins_no_town_outside_it(pipeline, tmp_path: Path, case) -> None:
    found, joined = _joined(pipeline, tmp_path, case[1], case[2], "ASSAULT")
    assert found and not joined


@pytest.mark.parametrize("case", SAME_PLACES, ids=[c[0] for c in SAME_PLACES])
def test_a_county_joins_its_towns_and_a_country_a_shared_victim(
    pipeline, tmp_path: Path, case
) -> None:
    found, joined = _joined(pipeline, tmp_path, case[1], case[2], "ASSAULT")
    assert found and joined


@pytest.mark.parametrize("case", APART_ACTS, ids=[c[0] for c in APART_ACTS])
def test_acts_of_other_modes_stay_two_incidents(pipeline, tmp_path: Path, case) -> None:
    found, joined = _joined(pipeline, tmp_path, case[1], case[2], case[3])
    assert found and not joined


@pytest.mark.parametrize("case", SAME_ACTS, ids=[c[0] for c in SAME_ACTS])
def test_one_act_told_twice_joins(pipeline, tmp_path: Path, case) -> None:
    found, joined = _joined(pipeline, tmp_path, case[1], case[2], case[3])
    assert found and joined


def _place(geonameid: int, precision: int) -> Place:
    return Place(
        text="x",
        evidence=Evidence(0, 1, "x"),
        name="x",
        geonameid=geonameid,
        country="USA",
        admin1="Pennsylvania",
        precision=precision,
    )


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (5198635, 5219013, True),  # Lock Haven (Clinton County) and Westmoreland County
        (5219013, 5178040, True),  # Westmoreland County and Allegheny County
        (5192029, 5219013, False),  # Greensburg lies in Westmoreland County
        (5198635, 5188843, False),  # Lock Haven and Erie, two towns: not a county question
    ],
)
def test_counties_apart_reads_the_geonames_hierarchy(a: int, b: int, apart: bool) -> None:
    assert counties_apart(_place(a, 1), _place(b, 3)) is apart


@pytest.mark.parametrize(
    ("family", "a", "b", "apart"),
    [
        ("COERCE", "arrest", "curfew", True),
        ("PROTEST", "strike", "demo", True),
        ("COERCE", "arrest", "arrest", False),
        ("COERCE", "arrest", None, False),
        ("ASSAULT", "firearms", "beat", False),  # an assault's mode is its means
    ],
)
def test_acts_apart_by_mode(family: str, a: str | None, b: str | None, apart: bool) -> None:
    assert acts_apart(family, a, b) is apart


@pytest.mark.parametrize("case", COUNTRY_AMBIGUOUS, ids=[c[0] for c in COUNTRY_AMBIGUOUS])
def test_a_country_wide_report_joins_none_of_several_towns(pipeline, tmp_path: Path, case) -> None:
    articles = [report_article(report, f"outlet-{n}") for n, report in enumerate(case[1:])]
    with open_db(str(tmp_path / "fusion.db")) as db:
        for article in articles:
            db.save(pipeline.process(article))
        found = [
            {i["id"] for i in db.incidents(article=a.id) if i["family"] == "ASSAULT"}
            for a in articles
        ]
    assert all(found)
    assert not found[2] & (found[0] | found[1])


@pytest.mark.parametrize("case", COUNTRY_UNIQUE, ids=[c[0] for c in COUNTRY_UNIQUE])
def test_a_country_wide_report_joins_the_countrys_one_happening(
    pipeline, tmp_path: Path, case
) -> None:
    found, joined = _joined(pipeline, tmp_path, case[1], case[2], "ASSAULT")
    assert found and joined
