"""Made-up probes (not copied from any data set): a follow-up that tells no violent happening of
its own, only the charge for a killing ("Prosecutors accused Brian Cole, 25, of fatally
shooting Tanya Brooks, 29"), carries the link to the killing's incident (``units.follow_up``):
where a report of the killing in the same town names the same victim, the follow-up's article
joins that incident (one more source), whichever of the two is stored first, and its charge
stays an incident of its own. Another victim, the same name with another age, or the same name
in a far town does not join."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.pipeline import article_id
from sitrep.records import Article
from sitrep.store import open_db

# (town dateline, accused, victim, verb, killing report)
KILLINGS = [
    ("FLINT, Mich.", "Andre Simmons, 30", "Keisha Lane, 26", "shooting",
     "FLINT, Mich. — Keisha Lane, 26, was shot and killed Saturday night outside her home, "
     "Flint police said."),
    ("GARY, Ind.", "Brian Cole, 25", "Tanya Brooks, 29", "shooting",
     "GARY, Ind. — Tanya Brooks, 29, died after she was shot Saturday night, Gary police said."),
    ("DURHAM, N.C.", "Travis Long, 23", "Jerome Hicks, 33", "shooting",
     "DURHAM, N.C. — Police said Jerome Hicks, 33, was shot and killed late Saturday."),
    ("AKRON, Ohio", "Eric Dunn, 35", "Darnell Wright, 31", "stabbing",
     "AKRON, Ohio — Darnell Wright, 31, was stabbed to death Saturday night, Akron police said."),
    ("WICHITA, Kan.", "Cody Pratt, 28", "Lamar Gibbs, 40", "shooting",
     "WICHITA, Kan. — Lamar Gibbs, 40, was shot and killed Saturday night, police said."),
    ("TACOMA, Wash.", "Ryan Hale, 21", "Devon Price, 18", "shooting",
     "TACOMA, Wash. — Devon Price, 18, was shot and killed Saturday night, Tacoma police said."),
    ("SPOKANE, Wash.", "Dale Norris, 45", "Curtis Webb, 52", "stabbing",
     "SPOKANE, Wash. — Curtis Webb, 52, was stabbed to death Saturday, Spokane police said."),
    ("RACINE, Wis.", "Jamal Hart, 20", "Omar Banks, 23", "shooting",
     "RACINE, Wis. — Omar Banks, 23, was shot and killed Saturday night, Racine police said."),
]


def _charge(dateline: str, accused: str, victim: str, verb: str) -> str:
    return (f"{dateline} (AP) — Prosecutors accused {accused}, of fatally {verb} {victim}. "
            f"{accused.split(',')[0].split()[-1]} appeared in court on Tuesday.")


def _article(text: str, source: str, published: str | None) -> Article:
    return Article(text=text, id=article_id(f"{source}:{text}"), source=source, language="en",
                   origin=source, published=dt.date.fromisoformat(published) if published
                   else None)


def _stored(pipeline, tmp_path: Path, first: Article, second: Article
            ) -> tuple[list[dict], list[dict]]:
    with open_db(str(tmp_path / "follow.db")) as db:
        for article in (first, second):
            db.save(pipeline.process(article))
        return db.incidents(article=first.id), db.incidents(article=second.id)


def _pair(case: tuple[str, str, str, str, str], charge_first: bool, charge_day: str | None
          ) -> tuple[Article, Article]:
    dateline, accused, victim, verb, report = case
    killing = _article(report, "outlet-a", "2016-01-17")
    charge = _article(_charge(dateline, accused, victim, verb), "outlet-b", charge_day)
    return (charge, killing) if charge_first else (killing, charge)


JOIN = [(c, False, "2016-01-20") for c in KILLINGS] + [
    (c, True, None) for c in KILLINGS[:4]]


@pytest.mark.parametrize(("case", "charge_first", "charge_day"), JOIN,
                         ids=[f"{c[0]}{' charge first' if f else ''}" for c, f, _ in JOIN])
def test_a_charge_follow_up_joins_the_killing_it_names(pipeline, tmp_path: Path, case,
                                                       charge_first: bool,
                                                       charge_day: str | None) -> None:
    first, second = _pair(case, charge_first, charge_day)
    charge, killing = (first, second) if charge_first else (second, first)
    found = dict(zip((first.id, second.id), _stored(pipeline, tmp_path, first, second),
                     strict=True))
    killings = [i for i in found[killing.id] if i["family"] == "ASSAULT"]
    assert len(killings) == 1
    shared = [i for i in found[charge.id] if i["id"] == killings[0]["id"]]
    assert shared and shared[0]["n_articles"] == 2 and shared[0]["plover_type"] == "ASSAULT"
    assert shared[0]["fatalities_best"] == 1
    own = [i for i in found[charge.id] if i["family"] != "ASSAULT"]
    assert own and all(i["n_articles"] == 1 for i in own)  # the charge stays its own incident


def _swap(case: tuple[str, str, str, str, str], victim: str | None = None,
          report: str | None = None) -> tuple[str, str, str, str, str]:
    dateline, accused, old, verb, text = case
    return (dateline, accused, victim or old, verb, report or text)


APART = [
    ("another victim of the town", _swap(KILLINGS[0], victim="Monique Hayes, 26")),
    ("another victim of the town, stabbing", _swap(KILLINGS[3], victim="Terrell Moss, 31")),
    ("the same name with another age", _swap(KILLINGS[1], victim="Tanya Brooks, 61")),
    ("the same name with another age, Wichita", _swap(KILLINGS[4], victim="Lamar Gibbs, 71")),
    ("the same name in a far town", _swap(KILLINGS[5], report=(
        "DURHAM, N.C. — Devon Price, 18, was shot and killed Saturday night, police said."))),
    ("the same name in a far town, Racine", _swap(KILLINGS[7], report=(
        "SPOKANE, Wash. — Omar Banks, 23, was shot and killed Saturday night, police said."))),
]


@pytest.mark.parametrize("case", [c for _, c in APART], ids=[label for label, _ in APART])
def test_a_charge_follow_up_does_not_join_another_killing(pipeline, tmp_path: Path,
                                                          case) -> None:
    for charge_first, charge_day in ((False, "2016-01-20"), (True, None)):
        first, second = _pair(case, charge_first, charge_day)
        folder = tmp_path / ("charge-first" if charge_first else "killing-first")
        folder.mkdir()
        a, b = _stored(pipeline, folder, first, second)
        assert any(i["family"] == "ASSAULT" for i in (b if charge_first else a))
        assert not {i["id"] for i in a} & {i["id"] for i in b}
