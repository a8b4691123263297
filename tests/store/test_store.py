"""The store on both backends (SQLite files and PostgreSQL databases): migrations (WAL on
SQLite), round trips of every field, filters, idempotency, and a run killed part-way that resumes
without losing or duplicating anything."""

from __future__ import annotations

import datetime as dt
import json
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from samples import TEXT, ev, sample
from sitrep.errors import DatabaseError
from sitrep.pipeline import article_id
from sitrep.records import Article, Event, Extraction, Place
from sitrep.run.local import ingest
from sitrep.store import SCHEMA_VERSION, Database, open_db


def columns(db: Database, table: str) -> list[str]:
    """The column names of ``table`` (asked the same way of both databases)."""
    cursor = db.conn.execute(f"SELECT * FROM {table} LIMIT 0")
    return [d[0] for d in cursor.description]


def test_new_database_is_migrated_and_in_wal_mode(db_target: str, backend: str) -> None:
    with open_db(db_target) as db:
        assert db.schema_version == SCHEMA_VERSION
        rows = db.conn.execute("SELECT version, name FROM migrations ORDER BY version").fetchall()
        assert [tuple(r) for r in rows][0] == (1, "0001_initial")
        assert [r[0] for r in rows] == list(range(1, SCHEMA_VERSION + 1))
        assert "kind" in columns(db, "dates")
        if backend == "sqlite":
            assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with open_db(db_target) as db:  # reopening applies nothing twice
        assert db.conn.execute("SELECT COUNT(*) FROM migrations").fetchone()[0] == len(rows)


def test_every_field_survives_a_round_trip(db_target: str) -> None:
    ex = sample()
    with open_db(db_target) as db:
        assert db.save(ex) is True
        back = db.article(ex.article.id[:6])
    assert back is not None
    assert back.article.text == ex.article.text and back.article.status == "extracted"
    assert (back.article.published, back.article.external_id, back.article.origin) == (
        dt.date(2020, 10, 5), "e1", "in.jsonl:1")
    assert back.actors == ex.actors and back.places == ex.places and back.dates == ex.dates
    assert [d.kind for d in back.dates] == ["interval"]
    assert back.events == ex.events
    assert back.claims == ex.claims
    assert back.notes == ["a note"]
    assert all(e.evidence.article_id == ex.article.id for e in back.events)


def test_saving_the_same_article_twice_adds_nothing(db_target: str) -> None:
    with open_db(db_target) as db:
        db.save(sample())
        before = db.counts()
        assert db.save(sample()) is False
        assert db.counts() == before
        assert before["events"] == 2 and before["claims"] == 2 and before["actors"] == 2


ROW_TABLES = ("actors", "places", "dates", "events", "event_actors", "event_places", "claims")


def _tables(target: str) -> dict[str, list[tuple]]:
    with open_db(target) as db:
        return {t: sorted((tuple(r) for r in db.conn.execute(f"SELECT * FROM {t}")), key=repr)
                for t in ROW_TABLES}


def test_a_batch_stores_the_rows_and_ids_that_saving_one_by_one_stores(new_target) -> None:
    texts = [TEXT, TEXT + " Two more.", TEXT + " Three."]
    one_target, batch_target = new_target("one.db"), new_target("batch.db")
    for target, batched in ((one_target, False), (batch_target, True)):
        with open_db(target) as db:
            items = [sample(t) for t in texts]
            if batched:
                db.save_many(items)
                db.save_many([sample(texts[1]), sample(texts[0] + " Four.")], replace=True)
            else:
                for item in items:
                    db.save(item)
                db.save_many([sample(texts[1])], replace=True)
                db.save(sample(texts[0] + " Four."))
            assert db.counts()["events"] == 8
    one, batch = _tables(one_target), _tables(batch_target)
    assert one == batch
    assert max(row[0] for row in batch["events"]) == 10  # the replaced article's ids are not reused


def test_the_rows_are_the_same_on_both_backends(tmp_path: Path, pg_server) -> None:
    texts = [TEXT, TEXT + " Two more.", TEXT + " Three."]
    found = []
    for target in (str(tmp_path / "rows.db"), pg_server.database()):
        with open_db(target) as db:
            db.save_many([sample(t) for t in texts])
            db.save_many([sample(texts[1])], replace=True)
        found.append(_tables(target))
    assert found[0] == found[1]


def integrity_error(backend: str) -> type[Exception]:
    """The driver's error for a violated constraint (the store lets it through as it is)."""
    if backend == "sqlite":
        return sqlite3.IntegrityError
    import psycopg

    return psycopg.IntegrityError


def test_a_failed_batch_rolls_back_entirely(db_target: str, backend: str) -> None:
    good = sample()
    bad = sample(TEXT + " More.")
    bad.claims[0].outcome = None  # violates NOT NULL: the whole batch must roll back
    with open_db(db_target) as db:
        with pytest.raises(integrity_error(backend)):
            db.save_many([good, bad])
        assert db.counts().get("articles_extracted", 0) == 0 and db.counts()["events"] == 0


def test_failed_record_is_replaced_when_its_input_later_succeeds(db_target: str) -> None:
    with open_db(db_target) as db:
        failed = Article(text="", id="xfailed", origin="in.jsonl:1", status="failed",
                         reason="line 1: invalid JSON")
        db.save(failed)
        db.save(sample())
        assert [a.status for a in db.articles()] == ["extracted"]


def test_filters_select_by_country_type_dates_place_and_article(db_target: str) -> None:
    other_text = "Protesters marched in Yerevan on Friday."
    other = Extraction(Article(text=other_text, id=article_id(other_text),
                               published=dt.date(2021, 1, 8), status="extracted"))
    yerevan = Place("Yerevan", ev("Yerevan", other_text), "Yerevan", 616052, "ARM")
    other.places = [yerevan]
    other.events = [Event(ev(other_text, other_text), ev("marched", other_text), "PROTEST",
                          "demo", "Protests", "Peaceful protest", "14", places=[yerevan])]
    with open_db(db_target) as db:
        db.save_many([sample(), other])
        assert len(db.events()) == 3
        assert [e.plover_type for e in db.events(country="ARM")] == ["PROTEST"]
        assert {e.plover_type for e in db.events(country="aze")} == {"ASSAULT", "COERCE"}
        assert [e.plover_type for e in db.events(type="Protests")] == ["PROTEST"]
        assert [e.plover_type for e in db.events(type="assault")] == ["ASSAULT"]
        assert [e.plover_type for e in db.events(since="2021-01-01")] == ["PROTEST"]
        assert len(db.events(until="2020-10-05")) == 2
        assert [e.plover_type for e in db.events(place="Baku")] == ["COERCE"]
        assert [e.plover_type for e in db.events(place="616052")] == ["PROTEST"]
        assert len(db.events(article=other.article.id[:7])) == 1
        assert [e.plover_type for e in db.events(historical=False)] != []
        assert [c.outcome for c in db.claims(type="arrested")] == ["arrested"]
        assert [c.outcome for c in db.claims(place="Ganja")] == ["killed"]
        assert [p.name for p in db.places(country="ARM")] == ["Yerevan"]
        assert [a.name for a in db.actors(type="REB")] == ["rebels"]


def test_a_database_of_another_application_is_refused(db_target: str, backend: str) -> None:
    if backend == "sqlite":
        with closing(sqlite3.connect(db_target)) as conn:
            conn.execute("CREATE TABLE things (x)")
            conn.commit()
    else:
        import psycopg

        with psycopg.connect(db_target, autocommit=True) as pg:
            pg.execute("CREATE TABLE things (x integer)")
    with pytest.raises(DatabaseError, match="not a sitrep database"):
        open_db(db_target)


def test_a_database_from_a_newer_sitrep_is_refused(db_target: str) -> None:
    with open_db(db_target) as db:
        db.conn.execute("INSERT INTO migrations VALUES (9999, '9999_future', 'now')")
    with pytest.raises(DatabaseError, match="newer"):
        open_db(db_target)


SENTENCES = [
    "Gunmen attacked a police station in the north of the country on {day}, killing {n} "
    "officers, the interior ministry said.",
    "The government condemned the attack and said security forces had arrested {m} suspects.",
    "Residents said the fighting lasted several hours and that many families had fled.",
    "The opposition called for an investigation into the response of the security forces.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _articles(n: int) -> list[dict]:
    rows = []
    for i in range(n):
        text = " ".join(s.format(day=DAYS[i % 5], n=i + 2, m=i + 3) for s in SENTENCES)
        rows.append({"id": f"a{i}", "text": f"Report {i}. " + text, "published": "2021-03-01"})
    return rows


def _stored(target: str, backend: str) -> int | None:
    """The number of articles a running ingest has committed (None while it cannot be read)."""
    if backend == "sqlite":
        if not Path(target).exists():
            return None
        try:
            with closing(sqlite3.connect(target, timeout=1)) as conn:
                return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        except sqlite3.OperationalError:
            return None
    import psycopg

    try:
        with psycopg.connect(target, autocommit=True) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except psycopg.errors.UndefinedTable:  # not migrated yet
        return None


def test_a_run_killed_part_way_resumes_without_losing_or_duplicating(
        tmp_path: Path, backend: str, new_target, pipeline) -> None:
    n = 80
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in _articles(n)))
    target = new_target("killed.db")
    cmd = [sys.executable, "-c", "from sitrep.cli import main; main()", "--db", target,
           "ingest", str(inputs), "--batch-size", "2", "--no-dedupe"]  # templated texts
    log = (tmp_path / "stderr.txt").open("wb")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
    stored = 0
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            stored = _stored(target, backend) or 0
            if stored >= 4:
                break
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
        log.close()
    errors = (tmp_path / "stderr.txt").read_text()
    assert 0 < stored < n, f"the kill came at {stored} of {n} articles; stderr: {errors}"

    with open_db(target) as db:  # the killed database opens and keeps finished articles
        if backend == "sqlite":
            assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = len(db.articles())
        assert kept >= stored
        resumed = ingest([inputs], db, pipeline=pipeline, dedupe=False)
        assert resumed.counts["unchanged"] == kept
        assert resumed.counts["extracted"] == n - kept
        after_resume = db.counts()
    with open_db(new_target("clean.db")) as clean:
        ingest([inputs], clean, pipeline=pipeline, dedupe=False)
        assert clean.counts() == after_resume
    assert after_resume["articles_extracted"] == n


def test_incident_units_stored_before_their_dated_flag_keep_their_days(db_target: str) -> None:
    """Migration 0007 adds ``incident_units.dated`` (whether a unit's day is its own or only
    the day it was told, as an arrest's): a database stored before it is upgraded in place,
    its units' days counting as their own, as fusion read them then."""
    with open_db(db_target) as db:
        db.save(sample())
        assert "dated" in columns(db, "incident_units")
        db.conn.execute("ALTER TABLE incident_units DROP COLUMN dated")
        db.conn.execute("DELETE FROM migrations WHERE version = 7")
        assert "dated" not in columns(db, "incident_units")
    with open_db(db_target) as db:
        assert db.schema_version == SCHEMA_VERSION
        assert [r[0] for r in db.conn.execute("SELECT dated FROM incident_units")] == [1]
