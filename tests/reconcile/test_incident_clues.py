"""Fusion across articles by clues (``reconcile/clues.py``): made-up local news reports of one
shooting told twice (``fusion_cases.SAME``: other wording, one report without a publication
date, a revised toll) join one incident; near pairs (``fusion_cases.APART``: another day,
another town, one street a week apart, one name in two towns, other victims at one corner)
stay two. Through the real pipeline into real SQLite files (and PostgreSQL for the clue join)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fusion_cases import APART, SAME, Case, assault_incidents, report_article

from sitrep.reconcile.clues import Clue, conflict, named_ages, person_key, streets
from sitrep.store import open_db

_assaults = assault_incidents


@pytest.mark.parametrize("case", SAME, ids=[c[0] for c in SAME])
def test_one_shooting_told_twice_is_one_incident(pipeline, tmp_path: Path, case: Case) -> None:
    first, second = _assaults(pipeline, str(tmp_path / "same.db"), case)
    assert first and second and first & second


@pytest.mark.parametrize("case", APART, ids=[c[0] for c in APART])
def test_near_pairs_stay_two_incidents(pipeline, tmp_path: Path, case: Case) -> None:
    first, second = _assaults(pipeline, str(tmp_path / "apart.db"), case)
    assert first and second and not first & second


def test_a_report_without_a_day_joins_on_both_backends(pipeline, db_target: str) -> None:
    case = next(c for c in SAME if c[0] == "dated and undated, victim named with age")
    first, second = _assaults(pipeline, db_target, case)
    assert first == second and len(first) == 1
    with open_db(db_target) as db:
        (inc,) = [i for i in db.incidents() if i["id"] in first]
        assert inc["n_articles"] == 2 and inc["date_first"] == "2018-06-15"  # the dated report's
        assert inc["sources"] == ["outlet-a", "outlet-b"]


def test_reports_joined_by_clues_give_the_same_ids_again_and_in_one_batch(
        pipeline, tmp_path: Path) -> None:
    reports = [report_article(r, f"s{i}-{j}") for i, (_, a, b) in enumerate(SAME[:8])
               for j, r in enumerate((a, b))]
    extractions = [pipeline.process(a) for a in reports]

    def run(name: str, batched: bool) -> list[tuple]:
        with open_db(tmp_path / name) as db:
            if batched:
                db.save_many(extractions)
            else:
                for ex in extractions:
                    db.save(ex)
            db.save_many(extractions[3:4], replace=True)  # re-extracted: fused again
            clues = sorted(tuple(r) for r in db.conn.execute(
                "SELECT incident_id, article_id, unit, clue FROM incident_clues"))
            return [(i["id"], i["n_articles"], i["date_first"]) for i in db.incidents()] + clues

    one = run("one.db", False)
    assert sum(1 for row in one if len(row) == 3 and row[1] == 2) >= 8
    assert run("two.db", False) == one
    assert run("batch.db", True) == one


def test_two_worker_processes_fuse_as_one_process(pipeline, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sitrep.cli import main_group, register
    from sitrep.run.local import ingest

    register()
    lines = [{"id": f"{i}-{j}", "source": f"outlet-{j}", "text": text,
              **({"published": published} if published else {})}
             for i, (_, a, b) in enumerate(SAME[:6]) for j, (text, published) in enumerate((a, b))]
    source = tmp_path / "reports.jsonl"
    source.write_text("\n".join(json.dumps(x) for x in lines) + "\n", "utf-8")

    def content(path: Path) -> list[tuple]:
        with open_db(path) as db:
            return [tuple(r) for r in db.conn.execute(
                "SELECT id, n_articles, date_first, place FROM incidents ORDER BY id")] + [
                tuple(r) for r in db.conn.execute(
                    "SELECT incident_id, clue FROM incident_clues ORDER BY 1, 2")]

    with open_db(tmp_path / "one.db") as db:
        ingest([source], db, pipeline=pipeline)
    run = CliRunner().invoke(main_group, ["--db", str(tmp_path / "two.db"), "ingest",
                                          str(source), "--workers", "2", "--shard-size", "4"])
    assert run.exit_code == 0, run.output
    one = content(tmp_path / "one.db")
    assert sum(1 for row in one if len(row) == 4 and row[1] == 2) >= 5
    assert content(tmp_path / "two.db") == one


# -- the clues themselves (no model) ----------------------------------------------------------

@pytest.mark.parametrize(("text", "wanted"), [
    ("shot in the 600 block of West Venango Street", {"addr:600|venango"}),
    ("at his home at 612 W. Venango St. on Friday", {"addr:600|venango"}),
    ("near 48th and Center around 10 p.m.", {"cross:48th|center"}),
    ("at Center Street and 48th Street", {"cross:48th|center"}),
    ("in the area of S. 56th Street and W. Greenfield Avenue", {"cross:56th|greenfield"}),
    ("near the intersection of South Hartley and West Hope Avenue", {"cross:hartley|hope"}),
    ("near the corner of Elm and Maple", {"cross:elm|maple"}),
    ("near Main St. and Elm Ave. downtown", {"cross:elm|main"}),
    ("at 1567 W. National Avenue", {"addr:1500|national"}),
    ("near 84th and Glendale Ave. late on Sunday", {"cross:84th|glendale"}),
    # near neighbours: no address, no corner
    ("on Sunday and Monday police said", set()),
    ("a lawyer at Smith and Jones said", set()),
    ("shot on South Hartley Street in York", set()),
    ("the 600 people of the town", set()),
    ("He said St. Louis police had no suspects", set()),
    ("between Tuesday and Wednesday night", set()),
    ("at the Police and Fire Department", set()),
    ("near Johnson and his brother", set()),
    ("in March and April", set()),
    ("a 2016 Kia and a Ford", set()),
])
def test_addresses_and_corners(text: str, wanted: set[str]) -> None:
    assert {c.label for c in streets(text) if c.strong} == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Marcus Reed, 24, was shot", {"person:reed|24"}),
    ("identified her as Angela Moreno, 37, of Fresno", {"person:moreno|37"}),
    ("Darnell James Wright Jr., 31, died", {"person:wright|31"}),
    ("the killing of Darnell Wright, 31, who", {"person:wright|31"}),
    ("19-year-old Kayla Brooks was shot", {"person:brooks|19"}),
    ("the slaying of 34-year-old Danville Officer Thomas Cottrell.", {"person:cottrell|34"}),
    ("police said Jamal Carter (22) was wounded", {"person:carter|22"}),
    ("Thirty-two-year-old Herschel Ray Jones III is charged", {"person:jones|32"}),
    ("said 21-year-old Tavon Goff, of York City", {"person:goff|21"}),
    ("Brian Scott, 27, and Anthony Hill, 33, are", {"person:scott|27", "person:hill|33"}),
    # near neighbours: no one named with an age
    ("a 24-year-old Chicago Police officer was hurt", set()),
    ("On Tuesday, 24 people were hurt", set()),
    ("a 28-year-old Milwaukee man was shot", set()),
    ("Reed, 24, was shot", set()),
    ("a 15-year-old Central High School student", set()),
    ("In March, 2016, police said", set()),
    ("Route 9, 12 miles north", set()),
    ("Jamal Carter was wounded", set()),
    ("the 2016 Kia, 3 cars", set()),
    ("FRESNO, Calif. — A woman, 37, was shot", set()),
])
def test_people_named_with_their_age(text: str, wanted: set[str]) -> None:
    assert {c.label for c in named_ages(text)} == wanted


@pytest.mark.parametrize(("name", "key"), [
    ("Herschel Ray Jones III", "herschel jones"), ("Herschel Jones III", "herschel jones"),
    ("Thomas Cottrell", "thomas cottrell"), ("Darnell Wright Jr.", "darnell wright"),
    ("Jones", None), ("Madonna", None),
])
def test_person_keys(name: str, key: str | None) -> None:
    assert person_key(name) == key


def _c(*labels: str) -> list[Clue]:
    return [Clue(label.split(":", 1)[0], label.split(":", 1)[1], 0) for label in labels]


@pytest.mark.parametrize(("a", "b", "apart"), [
    (_c("person:john miller", "aged:john miller|24"),
     _c("person:john miller", "aged:john miller|61"), True),
    (_c("person:john miller", "aged:john miller|24"),
     _c("person:john miller", "aged:john miller|24"), False),
    (_c("person:john miller"), _c("person:john miller", "aged:john miller|61"), False),
    (_c("cross:12th|vine", "person:hayes|20"), _c("cross:12th|vine", "person:king|58"), True),
    (_c("cross:12th|vine", "age:38"), _c("cross:12th|vine", "age:17"), True),
    (_c("cross:12th|vine", "age:38"), _c("cross:12th|vine", "age:38", "age:19"), False),
    (_c("cross:12th|vine"), _c("cross:12th|vine", "age:17"), False),
    (_c("person:reed|24", "age:24", "age:19"), _c("person:reed|24", "age:31"), False),
    (_c("addr:600|venango", "person:hill|33"), _c("addr:600|venango", "person:hill|33"), False),
    (_c("addr:600|venango", "person:hill|33"), _c("addr:600|venango", "person:ward|71"), True),
])
def test_clues_that_tell_two_happenings_apart(a: list[Clue], b: list[Clue], apart: bool) -> None:
    assert (conflict(a, b) is not None) == apart


@pytest.mark.parametrize(("clue_at", "mentions", "joined"), [
    (120, [100], True),  # told in the sentence after the shooting
    (50, [100], True),  # in the headline before it
    (700, [100], True),
    (800, [100], False),  # far from any mention of the happening: about something else
    (2000, [100, 1900], True),  # near a later mention of it
    (5000, [100, 1900], False),
])
def test_a_clue_goes_to_a_happening_told_near_it(clue_at: int, mentions: list[int],
                                                 joined: bool) -> None:
    from sitrep.reconcile.clues import assign

    (told,) = assign([Clue("person", "reed|24", clue_at)], [("ASSAULT", mentions)])
    assert bool(told) == joined


def test_each_family_gets_the_clue_of_its_nearest_unit() -> None:
    from sitrep.reconcile.clues import assign

    clue = Clue("cross", "12th|vine", 300)
    told = assign([clue], [("ASSAULT", [0]), ("ASSAULT", [250]), ("COERCE", [400])])
    assert told == [set(), {clue}, {clue}]


@pytest.mark.parametrize(("text", "value", "wanted"), [
    ("Jan. 17", None, {"01-17"}),
    ("January 17", None, {"01-17"}),
    ("Sunday, December 27th", None, {"12-27"}),
    ("Dec. 2", None, {"12-02"}),
    ("Sept. 3", None, {"09-03"}),
    ("Sep 30", None, {"09-30"}),
    ("March 1st", None, {"03-01"}),
    ("Tuesday, Feb. 9", None, {"02-09"}),
    ("Oct. 31", None, {"10-31"}),
    ("May 5", None, {"05-05"}),
    # near neighbours: resolved, or no month and day
    ("January 18", "2016-01-18", set()),
    ("Friday", None, set()),
    ("last night", None, set()),
    ("January", None, set()),
    ("2016", "2016", set()),
    ("Jan. 45", None, set()),
    ("the 17th", None, set()),
    ("May", None, set()),
    ("Jan. 17, 2016", "2016-01-17", set()),
    ("in March", None, set()),
])
def test_month_and_day_without_a_year(text: str, value: str | None, wanted: set[str]) -> None:
    from sitrep.reconcile.clues import month_days

    assert {c.key for c in month_days([(0, text, value)])} == wanted


@pytest.mark.parametrize(("a", "b", "apart"), [
    (_c("day:5128581|01-17", "person:reed|24"), _c("day:5128581|03-05", "person:reed|24"), True),
    (_c("day:5128581|01-17"), _c("day:5128581|01-17", "age:30"), False),
    (_c("person:reed|24"), _c("day:5128581|03-05", "person:reed|24"), False),
])
def test_other_days_tell_two_happenings_apart(a: list[Clue], b: list[Clue], apart: bool) -> None:
    assert (conflict(a, b) is not None) == apart
