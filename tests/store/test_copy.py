"""``sitrep db copy``: a whole database copied between SQLite files and a real PostgreSQL server,
both ways, verified by rows and a checksum per table; refusals that leave both sides untouched; a
failure or a difference rolls the target back to empty."""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
import shutil
import socket
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, SHARED
from sitrep.cli import main_group, register
from sitrep.errors import DatabaseError
from sitrep.reconcile import corrections
from sitrep.store import SCHEMA_VERSION, open_db
from sitrep.store.copy import (
    TABLES,
    Checksum,
    CopyMismatch,
    copy_database,
    filled_tables,
    table_checksums,
)

NEWS = SHARED / "bench" / "news-mix.jsonl"


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main_group, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:
    """A SQLite database made by a real ingest: the bundled example and, where ../shared/data
    is present, every 120th article of news-mix (varied sources, duplicates, claims); two
    corrections; then a few values that test exactness (floats to the last bit, subnormal and
    largest, every byte, a 63-bit integer)."""
    register()
    folder = tmp_path_factory.mktemp("copy")
    inputs = [str(EXAMPLES)]
    own = folder / "own.jsonl"  # a second source of our own, undated, for a checkout without
    own.write_text(json.dumps({"id": "own-1", "source": "wire-c", "text": (  # ../shared/data
        "Rebels attacked an army post near Goma on Sunday, killing three soldiers and wounding "
        "five, the army said. Police arrested 12 protesters in Kinshasa on Monday after a "
        "march against the government turned violent.")}) + "\n", encoding="utf-8")
    inputs.append(str(own))
    if NEWS.exists():
        news = folder / "news.jsonl"
        with NEWS.open(encoding="utf-8") as fh:
            lines = list(itertools.islice(fh, 0, 2000, 120))
        news.write_text("".join(lines + lines[:2]), encoding="utf-8")  # two exact duplicates
        inputs.append(str(news))
    db = folder / "source.db"
    code, out, err = cli("--db", str(db), "ingest", *inputs)
    assert code == 0, out + err
    with open_db(db) as handle:
        ids = [r[0] for r in handle.conn.execute("SELECT id FROM incidents ORDER BY id LIMIT 2")]
        for i in ids:
            corrections.add(handle.conn, kind="incident", record_id=i, action="wrong",
                            author="tester", note="a note with ünïcode and 'quotes'")
        conn = handle.conn
        conn.execute("BEGIN")
        conn.execute("UPDATE places SET lat = ?, lon = ? WHERE id = (SELECT MIN(id) FROM places)",
                     (0.1 + 0.2, -5e-324))
        conn.execute("UPDATE places SET lat = ?, lon = ? WHERE id = (SELECT MAX(id) FROM places)",
                     (-2.5e-310, 1.7976931348623157e308))
        conn.execute("UPDATE minhashes SET signature = ? WHERE article_id = "
                     "(SELECT MIN(article_id) FROM minhashes)", (bytes(range(256)) * 2,))
        conn.execute("UPDATE claims SET high = ? WHERE id = (SELECT MIN(id) FROM claims)",
                     (2**62 + 1,))
        conn.execute("COMMIT")
    return db


def sums(target: str | Path) -> list:
    with open_db(target, read_only=True) as db:
        return table_checksums(db)


def answers(target: str | Path) -> dict[str, str]:
    """What the query commands print as JSON."""
    found = {}
    for command in ("events", "incidents", "claims", "articles", "places"):
        code, out, err = cli("--db", str(target), command, "--json")
        assert code == 0, err
        found[command] = out
    return found


def test_tables_are_the_schema_and_parents_come_first(tmp_path: Path) -> None:
    with open_db(tmp_path / "s.db") as db:
        assert set(TABLES) == db.conn.tables() - {"migrations"}
        for i, table in enumerate(TABLES):
            for fk in db.conn.execute(f"PRAGMA foreign_key_list({table})"):
                assert fk[2] in TABLES[:i], f"{table} is copied before its parent {fk[2]}"


def test_round_trip_through_postgresql_keeps_every_row_and_every_answer(
        source: Path, pg_server, tmp_path: Path) -> None:
    before = fingerprint(source)
    url = pg_server.database()
    there = copy_database(source, url, chunk_rows=7)  # many chunks, some of one row
    back_path = tmp_path / "back.db"
    back = copy_database(url, back_path)
    assert fingerprint(source) == before  # the source is read, never written
    for report in (there, back):
        assert report.committed and report.matches and report.schema_version == SCHEMA_VERSION
        assert [t.table for t in report.tables] == list(TABLES)
    rows = {t.table: t.rows for t in there.tables}
    assert rows["articles"] >= 2 and rows["events"] > 0 and rows["incidents"] > 0
    assert rows["corrections"] == 2 and rows["minhashes"] > 0
    assert {t.table: t.rows for t in back.tables} == rows
    assert sums(source) == sums(url) == sums(back_path)
    assert answers(source) == answers(url) == answers(back_path)
    with open_db(source, read_only=True) as a, open_db(back_path, read_only=True) as b:
        for sql in ("SELECT lat, lon FROM places ORDER BY id",
                    "SELECT article_id, signature FROM minhashes ORDER BY article_id",
                    "SELECT id FROM articles ORDER BY rowid",
                    "SELECT incident_id, event_id FROM incident_mentions ORDER BY rowid"):
            left, right = (list(map(tuple, c.conn.execute(sql))) for c in (a, b))
            assert left == right, sql
        lats = {r[0] for r in b.conn.execute("SELECT lat FROM places")}
        assert {0.1 + 0.2, -2.5e-310} <= lats and 0.3 not in lats  # to the last bit
    with open_db(url) as pg:  # PostgreSQL numbers the next correction after the copied ones
        assert [r[0] for r in pg.conn.execute("SELECT id FROM articles ORDER BY rowid")] == \
            [r[0] for r in sqlite3.connect(source).execute("SELECT id FROM articles ORDER BY rowid")]
        incident = pg.conn.execute("SELECT id FROM incidents ORDER BY id DESC LIMIT 1").fetchone()[0]
        added = corrections.add(pg.conn, kind="incident", record_id=incident, action="wrong",
                                author="after")
        assert added["id"] == 3


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_copy_between_two_databases_of_one_kind(kind: str, source: Path, pg_server,
                                                   tmp_path: Path) -> None:
    first: str | Path = source
    if kind == "postgresql":
        first = pg_server.database()
        copy_database(source, first)
    second = pg_server.database() if kind == "postgresql" else tmp_path / "second.db"
    report = copy_database(first, second)
    assert report.committed and report.matches
    assert sums(first) == sums(second) == sums(source)


def test_checksum_ignores_row_order_and_tells_types_and_last_bits_apart() -> None:
    cols = ["b", "a", "end"]
    rows = [(1, "x", 0.1), (2, None, b"\x00\xff"), (3, "", -0.0)]

    def digest(data: list) -> str:
        c = Checksum(cols)
        c.add(data)
        return c.hexdigest

    assert digest(rows) == digest(rows[::-1])
    variants = [[(1, "x", math.nextafter(0.1, 1))], [(1, "x", 0.1)], [(1.0, "x", 0.1)],
                [("1", "x", 0.1)], [(1, b"x", 0.1)], [(1, "x", None)], [(1, "x", "0.1")],
                [(3, "", 0.0)], [(3, "", -0.0)]]
    assert len({digest(v) for v in variants}) == len(variants)
    assert digest(rows[:2]) != digest(rows)  # one row fewer, another sum
    # the same rows under other column names are another table's rows
    other = Checksum(["b", "a", "start"])
    other.add(rows)
    assert other.hexdigest != digest(rows)


def test_a_target_with_rows_is_refused_untouched_unless_forced(source: Path, db_target: str,
                                                               tmp_path: Path) -> None:
    copy_database(source, db_target)
    with open_db(db_target) as db:  # one article less, so that a replacement is visible
        db.delete_article(db.conn.execute("SELECT MIN(id) FROM articles").fetchone()[0])
    before = sums(db_target)
    with pytest.raises(DatabaseError, match="is not empty") as caught:
        copy_database(source, db_target)
    assert "--force" in (caught.value.hint or "")
    assert sums(db_target) == before
    report = copy_database(source, db_target, replace=True)
    assert report.committed and report.replaced > 0 and sums(db_target) == sums(source)


def test_an_empty_sitrep_database_is_a_fine_target(source: Path, db_target: str) -> None:
    open_db(db_target).close()  # migrated, no rows
    assert copy_database(source, db_target).matches


def test_the_same_database_under_another_name_is_refused(source: Path, pg_server,
                                                         tmp_path: Path) -> None:
    link = tmp_path / "link.db"
    link.symlink_to(source)
    before = fingerprint(source)
    for target in (source, link, str(source.parent / "." / source.name)):
        with pytest.raises(DatabaseError, match="the same database"):
            copy_database(source, target, replace=True)
    assert fingerprint(source) == before
    url = pg_server.database()
    copy_database(source, url)
    alias = url.replace("127.0.0.1", "localhost")
    with pytest.raises(DatabaseError, match="the same database"):
        copy_database(url, alias, replace=True)
    assert sums(url) == sums(source)


def test_what_cannot_be_copied_is_said_in_one_line_with_the_fix(source: Path,
                                                                 tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    old = tmp_path / "old.db"
    shutil.copy(source, old)
    with sqlite3.connect(old) as conn:
        conn.execute("DELETE FROM migrations WHERE version = ?", (SCHEMA_VERSION,))
    conn.close()
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE things (x)")
    conn.close()
    cases = [
        (["--from", str(tmp_path / "missing.db"), "--to", str(tmp_path / "t1.db")],
         "source: database .* does not exist"),
        (["--from", str(source), "--to", f"postgresql://sitrep@127.0.0.1:{closed}/x"],
         "target: cannot connect to PostgreSQL"),
        (["--from", str(old), "--to", str(tmp_path / "t2.db")],
         "older than this sitrep .*a copy does not upgrade its source -> upgrade it"),
        (["--from", str(source), "--to", str(other)], "not a sitrep database"),
        (["--from", str(source), "--to", str(source)], "the same database"),
        (["--from", str(source), "--to", str(tmp_path / "no" / "such" / "t.db")],
         "does not exist -> create it first"),
    ]
    for args, pattern in cases:
        code, out, err = cli("db", "copy", *args)
        assert code == 2 and out == "", (args, out, err)
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
        assert re.search(pattern, err), (pattern, err)
    assert not (tmp_path / "t1.db").exists() and not (tmp_path / "t2.db").exists()


def test_a_failure_mid_copy_leaves_the_target_empty(source: Path, db_target: str,
                                                    tmp_path: Path) -> None:
    broken = tmp_path / "orphans.db"
    shutil.copy(source, broken)
    with sqlite3.connect(broken) as conn:  # an article gone, its records left (no foreign keys)
        gone = conn.execute("SELECT article_id FROM claims ORDER BY id DESC LIMIT 1").fetchone()
        conn.execute("DELETE FROM articles WHERE id = ?", gone)
    conn.close()
    with pytest.raises(DatabaseError, match=r"copying table \w+ .*failed .*nothing was "
                       "written") as caught:
        copy_database(broken, db_target, chunk_rows=50)
    assert "foreign_key_check" in (caught.value.hint or "")
    with open_db(db_target, read_only=True) as db:
        assert filled_tables(db.conn) == [] and db.schema_version == SCHEMA_VERSION
    assert copy_database(source, db_target).matches  # and it is still a fine target


def test_a_value_postgresql_would_change_is_caught_before_the_commit(source: Path, pg_server,
                                                                     tmp_path: Path) -> None:
    odd = tmp_path / "odd.db"
    shutil.copy(source, odd)
    with sqlite3.connect(odd) as conn:  # SQLite keeps 2.5 in an INTEGER column; a BIGINT cannot
        conn.execute("UPDATE places SET geonameid = 2.5 WHERE id = (SELECT MAX(id) FROM places)")
    conn.close()
    url = pg_server.database()
    with pytest.raises(CopyMismatch, match="differs from the source in places") as caught:
        copy_database(odd, url)
    report = caught.value.report
    assert not report.committed and [t.table for t in report.tables if not t.matches] == ["places"]
    with open_db(url, read_only=True) as db:
        assert filled_tables(db.conn) == []
    code, out, err = cli("db", "copy", "--from", str(odd), "--to", url)
    assert code == 2 and "places" in out and "NO" in out and "NOT copied" in err


def test_cli_copies_and_prints_the_same_checksums_as_db_checksum(source: Path, pg_server) -> None:
    url = pg_server.database()
    code, out, err = cli("db", "copy", "--from", str(source), "--to", url, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["committed"] and report["matches"] and report["rows"] > 0
    for side in (str(source), url):
        code, out, err = cli("--db", side, "db", "checksum", "--json")
        assert code == 0, err
        listed = {d["table"]: d["checksum"] for d in map(json.loads, out.splitlines())}
        assert listed == {t["table"]: t["source_checksum"] for t in report["tables"]}
    code, out, err = cli("db", "copy", "--from", str(source), "--to", url)
    assert code == 2 and "not empty" in err and "--force" in err
    code, out, err = cli("db", "copy", "--from", str(source), "--to", url, "--force")
    assert code == 0 and "copied:" in err and out.count("\tyes") == len(TABLES), out + err
