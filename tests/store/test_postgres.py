"""PostgreSQL specifics, on the real server the session starts: the URL, the schema the
migrations make, the values that must come back as SQLite gives them, and one-line errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT
from sitrep.errors import DatabaseError
from sitrep.records import Article, Claim, Evidence, Extraction
from sitrep.store import SCHEMA_VERSION, open_db
from sitrep.store.backend import is_url, shown_target
from sitrep.store.postgres import translate

CLI = "import sys; from sitrep.cli import main; main(sys.argv[1:])"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-c", CLI, *args], env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize(("sql", "expected"), [
    ("SELECT * FROM t WHERE a = ? AND b = ?", "SELECT * FROM t WHERE a = $1 AND b = $2"),
    ("INSERT INTO t VALUES (?1 + ?3, ?2)", "INSERT INTO t VALUES ($1 + $3, $2)"),
    ("SELECT '?', \"a?\" FROM t WHERE x = ?", "SELECT '?', \"a?\" FROM t WHERE x = $1"),
    ("SELECT 'it''s ?' WHERE y = ? -- why?\n AND z = ?",
     "SELECT 'it''s ?' WHERE y = $1 -- why?\n AND z = $2"),
])
def test_placeholders_become_numbered_outside_quotes_and_comments(sql: str, expected: str) -> None:
    assert translate(sql) == expected


def test_urls_are_told_from_paths_and_shown_without_their_password() -> None:
    assert is_url("postgresql://a:b@h/db") and is_url("postgres://h/db")
    assert not is_url("sitrep.db") and not is_url("./postgresql:/x.db")
    assert shown_target("postgresql://analyst:s3cret@db:5432/sitrep") == \
        "postgresql://analyst:***@db:5432/sitrep"
    assert shown_target("postgresql://analyst@db/sitrep") == "postgresql://analyst@db/sitrep"


def test_migrations_are_recorded_as_in_sqlite_with_wide_columns(pg_server, tmp_path) -> None:
    url = pg_server.database()
    with open_db(url) as pg, open_db(tmp_path / "s.db") as lite:
        versions = [tuple(r)[:2] for r in pg.conn.execute(
            "SELECT version, name FROM migrations ORDER BY version")]
        assert versions == [tuple(r)[:2] for r in lite.conn.execute(
            "SELECT version, name FROM migrations ORDER BY version")]
        assert pg.schema_version == SCHEMA_VERSION
        assert pg.conn.tables() - {"migrations"} == lite.conn.tables() - {"migrations"}
        types = dict(pg.conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'claims'").fetchall())
        assert types["low"] == "bigint" and types["end"] == "bigint"
        types = dict(pg.conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'places'").fetchall())
        assert types["lat"] == "double precision"
    with open_db(url) as again:  # a second open applies nothing more
        assert again.conn.execute("SELECT COUNT(*) FROM migrations").fetchone()[0] == \
            SCHEMA_VERSION


def test_values_come_back_as_sqlite_gives_them(db_target: str) -> None:
    """A figure beyond 32 bits, a float to the last digit, booleans as 0/1 and sums as ints."""
    text = "Officials said 3000000000 people were displaced near 12.3456789012345 degrees."
    article = Article(text=text, id="a1", title="t")
    claim = Claim(evidence=Evidence(0, len(text), text, article_id="a1"), outcome="displaced",
                  low=3_000_000_000, high=3_000_000_000, approx=True)
    with open_db(db_target) as db:
        db.save(Extraction(article=article, claims=[claim]))
        got = db.claims()[0]
        assert (got.low, got.high, got.approx) == (3_000_000_000, 3_000_000_000, True)
        row = db.conn.execute("SELECT SUM(low), SUM(approx), COUNT(*) FROM claims").fetchone()
        assert (row[0], row[1], row[2]) == (3_000_000_000, 1, 1)
        assert all(type(v) is int for v in row)
        row = db.conn.execute("SELECT AVG(low) FROM claims").fetchone()
        assert row[0] == 3_000_000_000


def test_a_read_only_session_never_writes(pg_server) -> None:
    url = pg_server.database()
    with open_db(url) as db:
        db.save(Article(text="Police arrested two men in Lagos on Monday.", id="x1"))
    with open_db(url, read_only=True) as db:
        with pytest.raises(DatabaseError, match="read-only"):
            db.conn.execute("DELETE FROM articles")
        with pytest.raises(DatabaseError, match="read-only"):
            db.save(Article(text="Another article.", id="x2"))
    with open_db(url) as db:
        assert db.counts()["articles_pending"] == 1


def test_errors_are_one_line_with_a_fix(pg_server) -> None:
    empty = pg_server.database()
    missing = pg_server.url.replace("sitrep@", "sitrep:hunter2@") + "/no_such_db"
    refused = "postgresql://sitrep@127.0.0.1:1/sitrep"
    cases = [
        ((f"--db={refused}", "events"), "cannot connect to PostgreSQL", "server runs"),
        ((f"--db={missing}", "events"), "does not exist", "createdb no_such_db"),
        ((f"--db={empty}", "events"), "not a sitrep database", "ingest into it first"),
    ]
    for args, problem, fix in cases:
        done = _cli(*args)
        assert done.returncode == 2, done.stderr
        assert problem in done.stderr and fix in done.stderr, done.stderr
        assert "Traceback" not in done.stderr and "hunter2" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
