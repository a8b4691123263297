"""Incidents from real text through the real pipeline into real databases of both backends
(SQLite files, PostgreSQL): within-article fusion, joining across articles, revision of
fatalities, stable ids on re-run, and the same incidents on both."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.records import Article
from sitrep.store import open_db

SEED = Path(__file__).resolve().parents[2] / "examples" / "minsk-group-2020-10-05.txt"

FIRST = ("Gunmen attacked a police station in Kandahar on Tuesday, killing three officers, "
         "provincial officials said. The attackers fled after a gunfight that lasted an hour.")
SECOND = ("Five police officers were killed when militants stormed a police station in Kandahar "
          "on Tuesday, a spokesman for the provincial governor said. The Taliban claimed the "
          "attack.")
OTHER_TOWN = ("Gunmen attacked a police station in Herat on Tuesday, killing two officers, "
              "officials said.")


def _article(text: str, published: str = "2021-03-10", source: str = "wire") -> Article:
    from sitrep.pipeline import article_id

    return Article(text=text, id=article_id(text), published=dt.date.fromisoformat(published),
                   source=source, language="en", origin=source)


def _store(pipeline, target: str, *articles: Article) -> list[dict]:
    with open_db(target) as db:
        for article in articles:
            db.save(pipeline.process(article))
        return db.incidents(with_mentions=True)


def test_seed_mentions_become_few_incidents_with_two_towns_apart(pipeline, db_target) -> None:
    text = SEED.read_text("utf-8")
    incidents = _store(pipeline, db_target, _article(text, "2020-10-05"))
    assert len(incidents) <= 10
    condemned = [i for i in incidents if i["plover_type"] == "ACCUSE"
                 and i["plover_mode"] == "disapprove"]
    assert len(condemned) == 1 and condemned[0]["n_mentions"] == 2  # two sentences, one incident
    assaults = {i["place"] for i in incidents if i["plover_type"] == "ASSAULT"}
    assert assaults == {"Khankendi", "Ganja"}  # one per town
    assert all(i["date_first"] == "2020-10-05" for i in incidents)  # no history, no tolls


def test_second_report_joins_and_revises_fatalities(pipeline, db_target) -> None:
    db = db_target
    first = _store(pipeline, db, _article(FIRST, source="wire-a"))
    attack = [i for i in first if i["plover_type"] == "ASSAULT"]
    assert len(attack) == 1 and attack[0]["fatalities_best"] == 3
    after = _store(pipeline, db, _article(SECOND, source="wire-b"))
    joined = [i for i in after if i["plover_type"] == "ASSAULT"]
    assert len(joined) == 1
    inc = joined[0]
    assert inc["id"] == attack[0]["id"]  # the first mention names it
    assert inc["n_articles"] == 2 and inc["sources"] == ["wire-a", "wire-b"]
    assert (inc["fatalities_low"], inc["fatalities_high"]) == (3, 5)
    assert inc["fatalities_best"] == 4 and inc["contested"]
    assert {m["article_id"] for m in inc["mentions"]} == {_article(FIRST).id,
                                                          _article(SECOND).id}


def test_another_town_or_day_is_another_incident(pipeline, db_target) -> None:
    found = _store(pipeline, db_target, _article(FIRST, source="a"),
                   _article(OTHER_TOWN, source="b"),
                   _article(SECOND, published="2021-03-20", source="c"))
    assaults = [i for i in found if i["plover_type"] == "ASSAULT"]
    assert len(assaults) == 3
    assert all(i["n_articles"] == 1 for i in assaults)


def test_same_inputs_give_the_same_incidents_and_ids(pipeline, new_target) -> None:
    articles = [_article(FIRST, source="a"), _article(SECOND, source="b"),
                _article(OTHER_TOWN, source="c")]
    one = new_target("one.db")

    def run(target: str) -> list[tuple]:
        found = _store(pipeline, target, *articles)
        return [(i["id"], i["n_mentions"], i["fatalities_best"], i["place"]) for i in found]

    assert run(one) == run(new_target("two.db"))
    # storing the same articles again changes nothing
    again = _store(pipeline, one, *articles)
    assert [(i["id"], i["n_mentions"], i["fatalities_best"], i["place"]) for i in again] == \
        run(new_target("three.db"))


def test_reextracting_an_article_keeps_its_incident(pipeline, db_target) -> None:
    path = db_target
    before = _store(pipeline, path, _article(FIRST, source="a"), _article(SECOND, source="b"))
    with open_db(path) as db:
        db.save_many([pipeline.process(_article(SECOND, source="b"))], replace=True)
        after = db.incidents()
    assert [(i["id"], i["n_articles"]) for i in after] == \
        [(i["id"], i["n_articles"]) for i in before]


def test_reports_stored_in_one_batch_join_as_in_two(pipeline, new_target) -> None:
    with open_db(new_target("batch.db")) as db:
        db.save_many([pipeline.process(_article(FIRST, source="a")),
                      pipeline.process(_article(SECOND, source="b"))])
        batch = [(i["id"], i["n_articles"]) for i in db.incidents()]
    apart = _store(pipeline, new_target("apart.db"), _article(FIRST, source="a"),
                   _article(SECOND, source="b"))
    assert batch == [(i["id"], i["n_articles"]) for i in apart]


@pytest.mark.parametrize("batched", [False, True], ids=["one by one", "one batch"])
def test_postgresql_stores_the_incidents_sqlite_stores(pipeline, tmp_path, pg_server,
                                                       batched: bool) -> None:
    """Every column of every incident and every mention (event ids included) equal on both."""
    articles = [_article(SEED.read_text("utf-8"), "2020-10-05", "seed"),
                _article(FIRST, source="a"), _article(SECOND, source="b"),
                _article(OTHER_TOWN, source="c"),
                _article(SECOND, published="2021-03-20", source="d")]
    extractions = [pipeline.process(a) for a in articles]
    found = []
    for target in (str(tmp_path / "both.db"), pg_server.database()):
        with open_db(target) as db:
            if batched:
                db.save_many(extractions)
            else:
                for ex in extractions:
                    db.save(ex)
            db.save_many(extractions[2:3], replace=True)  # re-extracted: fused again
            found.append((db.incidents(with_mentions=True),
                          {ex.article.id: db.incident_links(ex.article.id)
                           for ex in extractions}))
    assert len(found[0][0]) > 5
    assert found[1] == found[0]
