"""Queries never write: ``open_db(path, read_only=True)`` opens an existing sitrep database with
SQLite's ``mode=ro`` (a PostgreSQL one in read-only sessions) and says what is wrong with any
other file or database, leaving it untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from samples import TEXT, sample
from sitrep.errors import DatabaseError
from sitrep.store import SCHEMA_VERSION, open_db
from sitrep.store.backend import is_url


def fingerprint(path: Path | str) -> tuple[str, int, int] | dict[str, list[str]]:
    """The file's bytes (hash), size and modification time in nanoseconds; of a PostgreSQL
    database, every row of every table (sequences and identities included)."""
    if is_url(path):
        import psycopg

        with psycopg.connect(str(path), autocommit=True) as conn:
            names = [r[0] for r in conn.execute(
                "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                "AND relkind IN ('r', 'S') ORDER BY relname")]
            return {t: sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{t}"'))
                    for t in names}
    path = Path(path)
    info = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), info.st_size, info.st_mtime_ns


def run_sql(target: Path | str, sql: str, *args: object) -> None:
    """One statement on the database, bypassing sitrep."""
    if is_url(target):
        import psycopg

        with psycopg.connect(str(target), autocommit=True) as pg:
            pg.execute(sql.replace("?", "%s"), args)
        return
    with sqlite3.connect(target) as conn:
        conn.execute(sql, args)
    conn.close()


@pytest.fixture()
def stored(db_target: str) -> Path | str:
    with open_db(db_target) as db:
        db.save(sample())
    return db_target if is_url(db_target) else Path(db_target)


def test_every_query_leaves_the_database_file_unchanged(stored: Path | str) -> None:
    before = fingerprint(stored)
    with open_db(stored, read_only=True) as db:
        assert db.read_only and db.schema_version == SCHEMA_VERSION
        assert db.counts()["events"] == 2
        aid = db.articles()[0].id
        assert db.article(aid[:6]) is not None
        assert len(db.events(country="AZE")) == 2 and len(db.claims()) == 2
        assert len(db.places()) == 2 and db.actors() and db.dates()
    assert fingerprint(stored) == before


def test_a_write_through_a_read_only_handle_says_read_only(stored: Path | str) -> None:
    before = fingerprint(stored)
    hint = "a command that writes" if is_url(stored) else "copy the database"
    with open_db(stored, read_only=True) as db:
        with pytest.raises(DatabaseError, match="is read-only") as caught:
            db.save(sample(TEXT + " Talks resumed in Minsk."))
        assert hint in (caught.value.hint or "")
        assert db.counts()["events"] == 2  # the handle still reads after the refused write
    assert fingerprint(stored) == before


def test_an_empty_file_stays_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(DatabaseError, match="is an empty file, not a sitrep database"):
        open_db(path, read_only=True)
    assert path.stat().st_size == 0 and sorted(os.listdir(tmp_path)) == ["empty.db"]


def test_a_file_that_is_not_sqlite_is_named_so(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("id,title\n1,hello\n")
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="is not a SQLite database"):
        open_db(path, read_only=True)
    assert fingerprint(path) == before


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (x)")
    conn.close()
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="a SQLite database but not a sitrep database"):
        open_db(path, read_only=True)
    assert fingerprint(path) == before
    blank = tmp_path / "blank.db"
    with sqlite3.connect(blank) as conn:
        conn.execute("PRAGMA user_version = 7")
    conn.close()
    with pytest.raises(DatabaseError, match=r"not a sitrep database \(it has no tables\)"):
        open_db(blank, read_only=True)


def test_a_newer_or_older_schema_is_refused_by_queries(stored: Path | str) -> None:
    with open_db(stored) as db:
        db.conn.execute("INSERT INTO migrations VALUES (9999, '9999_future', 'now')")
    with pytest.raises(DatabaseError, match="newer than this sitrep"):
        open_db(stored, read_only=True)
    # now one version behind this sitrep
    run_sql(stored, "DELETE FROM migrations WHERE version >= ?", SCHEMA_VERSION)
    before = fingerprint(stored)
    with pytest.raises(DatabaseError, match="older than this sitrep") as caught:
        open_db(stored, read_only=True)
    assert "ingesting into it" in (caught.value.hint or "")
    assert fingerprint(stored) == before


def test_an_empty_or_foreign_postgresql_database_is_refused_untouched(pg_server) -> None:
    empty = pg_server.database()
    with pytest.raises(DatabaseError, match=r"is not a sitrep database \(it has no tables\)"
                       ) as caught:
        open_db(empty, read_only=True)
    assert "ingest into it" in (caught.value.hint or "")
    assert fingerprint(empty) == {}
    other = pg_server.database()
    run_sql(other, "CREATE TABLE things (x integer)")
    run_sql(other, "INSERT INTO things VALUES (?)", 1)
    before = fingerprint(other)
    with pytest.raises(DatabaseError, match=r"not a sitrep database \(it has other tables\)"
                       ) as caught:
        open_db(other, read_only=True)
    assert "ingest" not in (caught.value.hint or "")  # ingesting into it would be refused
    assert fingerprint(other) == before


@pytest.mark.parametrize("kind", ["missing", "directory", "fifo", "under a file", "too long"])
def test_a_path_that_is_not_a_database_file_is_one_clear_error(tmp_path: Path, kind: str) -> None:
    path = {"missing": tmp_path / "none.db", "directory": tmp_path,
            "fifo": tmp_path / "fifo.db", "under a file": tmp_path / "f.txt" / "s.db",
            "too long": tmp_path / ("x" * 300)}[kind]
    if kind == "fifo":
        os.mkfifo(path)  # opening a FIFO to read its header would block: it must not be opened
    (tmp_path / "f.txt").write_text("a file")
    expected = {"missing": "does not exist", "directory": "is a directory",
                "fifo": "is not a regular file", "under a file": "Not a directory",
                "too long": "File name too long"}[kind]
    with pytest.raises(DatabaseError, match=expected) as caught:
        open_db(path, read_only=True)
    assert len(str(caught.value)) < 250
