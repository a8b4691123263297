"""Copying a whole sitrep database to another one, of either kind, verified table by table.

    report = copy_database("sitrep.db", "postgresql://sitrep@db.example/desk")
    for t in report.tables:
        print(t.table, t.rows, t.source_checksum == t.target_checksum)

What a careful user expects of a copy:

- The source is opened read-only (``open_db(..., read_only=True)``) and read in one snapshot
  (a SQLite read transaction; PostgreSQL's ``REPEATABLE READ``), so an ingest running beside the
  copy changes neither the source's files nor what is copied. Its schema version must be this
  sitrep's (another version is refused with the fix).
- The target is created and migrated by ``open_db`` (so both sides have the same schema and the
  same ``migrations``, which is not copied). It must hold no rows (a new file, an empty
  PostgreSQL database, or a sitrep database whose tables are empty) unless ``replace=True``,
  which deletes its rows first, in the copy's transaction. The source and the target must not be
  the same database.
- Everything is written in one transaction on the target: tables parents before children (the
  foreign keys hold after every row), rows streamed in chunks of ``chunk_rows`` (memory stays
  bounded whatever the size: a server-side cursor on PostgreSQL, ``fetchmany`` on SQLite), in the
  source's insertion order (SQLite's ``rowid``, PostgreSQL's ``rowid`` identity columns), so that
  the order the store lists articles and an incident's mentions in is kept. PostgreSQL's
  identity of ``corrections.id`` continues after the largest id copied.
- Before the commit the target is read back: row counts and a checksum per table must equal the
  source's, or nothing is committed (``CopyMismatch``). Any failure (a constraint, a lost
  connection, Ctrl-C) rolls back: the target is as it was before the copy (a new SQLite file
  stays an empty sitrep database).

The checksum (``table_checksums``) is the same on both kinds of database and independent of row
order: the sum modulo 2^256 of the SHA-256 of each row's canonical encoding (its columns sorted
by name, each value tagged with its type: integers in decimal, floats exactly (``float.hex``),
text as UTF-8, bytes as bytes, NULL). PostgreSQL's own ``rowid`` columns are left out: they exist
only there (``migrations/postgresql``). A float that lost a bit, an integer that became text, a
byte string that became text all change it.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import DatabaseError
from sitrep.store.backend import Connection, is_url, shown_target

# every table of the schema but ``migrations``, parents before children (tests check the order
# against the foreign keys and the list against the schema)
TABLES = ("articles", "actors", "places", "dates", "events", "event_actors", "event_places",
          "claims", "minhashes", "shards", "incidents", "incident_mentions", "incident_units",
          "incident_clues", "corrections")
PG_ONLY_COLUMNS = frozenset({"rowid"})  # PostgreSQL's stand-in for SQLite's hidden rowid
IDENTITY_IDS = ("corrections",)  # tables whose id PostgreSQL numbers itself (an identity)
MODULUS = 1 << 256
CHUNK_ROWS = 1000


@dataclass(frozen=True)
class TableSum:
    """Rows and checksum (64 hex digits) of one table."""

    table: str
    rows: int
    checksum: str


@dataclass
class TableCopy:
    table: str
    rows: int
    source_checksum: str
    target_rows: int
    target_checksum: str
    seconds: float

    @property
    def matches(self) -> bool:
        return self.rows == self.target_rows and self.source_checksum == self.target_checksum


@dataclass
class CopyReport:
    """What ``copy_database`` did: one ``TableCopy`` per table, in copy order."""

    source: str
    target: str
    schema_version: int
    tables: list[TableCopy] = field(default_factory=list)
    replaced: int = 0  # rows of the target deleted first (``replace=True``)
    seconds: float = 0.0
    committed: bool = False

    @property
    def matches(self) -> bool:
        return all(t.matches for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target,
                "schema_version": self.schema_version, "matches": self.matches,
                "committed": self.committed, "rows": self.rows, "replaced": self.replaced,
                "seconds": round(self.seconds, 3),
                "tables": [{"table": t.table, "rows": t.rows, "target_rows": t.target_rows,
                            "source_checksum": t.source_checksum,
                            "target_checksum": t.target_checksum, "matches": t.matches,
                            "seconds": round(t.seconds, 3)} for t in self.tables]}


class CopyMismatch(DatabaseError):
    """The target read back differs from the source: nothing was committed."""

    def __init__(self, report: CopyReport) -> None:
        bad = ", ".join(t.table for t in report.tables if not t.matches)
        super().__init__(f"the copy differs from the source in {bad}; nothing was written to "
                         f"{report.target}", "report this as a bug, with `sitrep db checksum` "
                         "of the source")
        self.report = report


# -- checksums ----------------------------------------------------------------------------------
def _encode(value: Any) -> bytes:
    if value is None:
        return b"n"
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int):
        return b"i" + str(value).encode() + b";"
    if isinstance(value, float):
        return b"f" + value.hex().encode() + b";"
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        return b"s" + str(len(data)).encode() + b":" + data
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        return b"b" + str(len(data)).encode() + b":" + data
    raise TypeError(f"no checksum encoding for {type(value).__name__}")


class Checksum:
    """An order-independent checksum of rows (see the module docstring)."""

    def __init__(self, columns: Sequence[str]) -> None:
        self.order = sorted(range(len(columns)), key=lambda i: columns[i])
        self.prefix = b"".join(c.encode() + b"\0" for c in sorted(columns))
        self.total = 0
        self.rows = 0

    def add(self, rows: Sequence[Sequence[Any]]) -> None:
        order, total = self.order, self.total
        for row in rows:
            data = self.prefix + b"".join(_encode(row[i]) for i in order)
            total += int.from_bytes(hashlib.sha256(data).digest(), "big")
        self.total = total % MODULUS
        self.rows += len(rows)

    @property
    def hexdigest(self) -> str:
        return f"{self.total:064x}"


def columns(conn: Connection, table: str) -> list[str]:
    """The columns of ``table`` that both kinds of database have, in the table's order."""
    if conn.dialect == "sqlite":
        found = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    else:
        found = [r[0] for r in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = ? ORDER BY ordinal_position", (table,))]
        found = [c for c in found if c not in PG_ONLY_COLUMNS]
    return found


def _primary_key(conn: Connection, table: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT k.column_name FROM information_schema.table_constraints c "
        "JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name "
        "AND k.table_schema = c.table_schema AND k.table_name = c.table_name "
        "WHERE c.table_schema = current_schema() AND c.table_name = ? "
        "AND c.constraint_type = 'PRIMARY KEY' ORDER BY k.ordinal_position", (table,))]


def _all_columns(conn: Connection, table: str) -> list[str]:
    if conn.dialect == "sqlite":
        return columns(conn, table)
    return [r[0] for r in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND table_name = ?", (table,))]


def _order(conn: Connection, table: str) -> str:
    """ORDER BY of the table's insertion order: SQLite's rowid, PostgreSQL's rowid column where
    there is one, else its primary key (PostgreSQL keeps no order of its own)."""
    if conn.dialect == "sqlite" or "rowid" in _all_columns(conn, table):
        return "rowid"
    return ", ".join(f'"{c}"' for c in (_primary_key(conn, table) or columns(conn, table)))


def _select(conn: Connection, table: str, cols: Sequence[str], *, ordered: bool = True) -> str:
    listed = ", ".join(f'"{c}"' for c in cols)
    order = f" ORDER BY {_order(conn, table)}" if ordered else ""
    return f'SELECT {listed} FROM "{table}"{order}'


def stream(conn: Connection, sql: str, chunk_rows: int = CHUNK_ROWS) -> Iterator[list[tuple]]:
    """The rows of ``sql`` in lists of at most ``chunk_rows`` tuples, never all in memory: a
    server-side cursor on PostgreSQL (inside the caller's transaction), ``fetchmany`` on
    SQLite."""
    cur = conn.cursor()
    cur.row_factory = None
    if conn.dialect == "sqlite":
        cur.execute(sql)
        while rows := cur.fetchmany(chunk_rows):
            yield rows
        return
    cur.execute(f"DECLARE sitrep_copy NO SCROLL CURSOR FOR {sql}")
    try:
        while rows := cur.execute(f"FETCH FORWARD {int(chunk_rows)} FROM sitrep_copy").fetchall():
            yield [tuple(r) for r in rows]
    finally:
        if conn.in_transaction:
            conn.execute("CLOSE sitrep_copy")


def _snapshot(conn: Connection) -> None:
    """Start a read transaction that sees one state of the database for all its statements."""
    if conn.dialect == "sqlite":
        conn.execute("BEGIN")
    else:
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")


def _end(conn: Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def table_checksums(db: Any, *, chunk_rows: int = CHUNK_ROWS) -> list[TableSum]:
    """Rows and checksum of every table of the database (``Database`` or connection) but
    ``migrations``, read in one snapshot; the same on SQLite and PostgreSQL for the same rows."""
    conn: Connection = getattr(db, "conn", db)
    present = conn.tables()
    _snapshot(conn)
    try:
        out = []
        for table in TABLES:
            if table not in present:
                continue
            cols = columns(conn, table)
            sums = Checksum(cols)
            for rows in stream(conn, _select(conn, table, cols, ordered=False), chunk_rows):
                sums.add(rows)
            out.append(TableSum(table, sums.rows, sums.hexdigest))
        return out
    finally:
        _end(conn)


# -- the copy -----------------------------------------------------------------------------------
def identity(conn: Connection) -> tuple[Any, ...]:
    """What tells two open databases apart: the SQLite file (device, inode), or the PostgreSQL
    server (start time, port), database and schema."""
    if conn.dialect == "sqlite":
        path = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
        return _file_identity(path) or ("sqlite", path)
    row = conn.execute("SELECT CAST(pg_postmaster_start_time() AS TEXT), inet_server_port(), "
                       "current_database(), current_schema()").fetchone()
    return ("postgresql", *row)


def _file_identity(path: str | Path) -> tuple[Any, ...] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return ("sqlite", info.st_dev, info.st_ino)


def filled_tables(conn: Connection) -> list[str]:
    """The sitrep tables of the database that hold rows."""
    present = conn.tables()
    return [t for t in TABLES
            if t in present and conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()]


def _probe(target: str) -> tuple[tuple[Any, ...] | None, list[str]]:
    """(identity, tables with rows) of the target before it is opened for writing (which would
    create or migrate it); (None, []) for a file that does not exist yet or is empty."""
    if is_url(target):
        from sitrep.store.postgres import connect

        conn: Any = connect(target, read_only=True)
    else:
        info = _file_identity(target)
        if info is None or os.path.getsize(target) == 0:
            return info, []
        from sitrep.store.access import connect_read_only

        conn = connect_read_only(target)
    try:
        return identity(conn), (filled_tables(conn) if "migrations" in conn.tables() else [])
    finally:
        conn.close()


def _refuse_filled(target: str, filled: list[str]) -> None:
    if filled:
        shown = ", ".join(filled[:4]) + (", ..." if len(filled) > 4 else "")
        raise DatabaseError(f"the target {shown_target(target)} is not empty (rows in {shown})",
                            "copy into a new file or an empty database, or pass --force to "
                            "replace its rows")


def _failure(exc: BaseException, table: str, target: str) -> DatabaseError | None:
    """A one-line DatabaseError for a database's refusal during the copy (None: not one)."""
    import sqlite3

    kinds: tuple[type, ...] = (sqlite3.Error,)
    try:
        import psycopg

        kinds += (psycopg.Error,)
    except ImportError:  # pragma: no cover - psycopg is a dependency
        pass
    if not isinstance(exc, kinds):
        return None
    reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    hint = "the source holds a row the target refuses: fix or delete it in the source"
    if "foreign key" in reason.lower():
        hint = ("the source has rows whose parent row is missing: find them with "
                "`PRAGMA foreign_key_check` (SQLite) and delete them in the source")
    return DatabaseError(f"copying table {table} to {shown_target(target)} failed "
                         f"({reason}); nothing was written", hint)


def copy_database(source: str | Path, target: str | Path, *, replace: bool = False,
                  chunk_rows: int = CHUNK_ROWS,
                  progress: Callable[[TableCopy], None] | None = None) -> CopyReport:
    """Copy every row of the sitrep database ``source`` into ``target`` (file paths or
    PostgreSQL URLs) in one verified transaction; see the module docstring. Returns the report
    (committed, every table matching); raises ``DatabaseError`` (nothing written to the target)
    for a refusal or a failure, ``CopyMismatch`` when the target read back differs."""
    from sitrep.store import SCHEMA_VERSION, open_db

    source, target = str(source), str(target)
    started = time.perf_counter()
    try:
        src = open_db(source, read_only=True)
    except DatabaseError as exc:  # missing, not sitrep's, another schema version, unreachable
        message = exc.message.replace("queries do not upgrade it", "a copy does not upgrade "
                                      "its source")
        raise DatabaseError(f"source: {message}", exc.hint) from None
    try:
        src_id = identity(src.conn)
        try:
            dst_id, filled = _probe(target)
        except DatabaseError as exc:
            raise DatabaseError(f"target: {exc.message}", exc.hint) from None
        if dst_id is not None and dst_id == src_id:
            raise DatabaseError(f"the source and the target are the same database "
                                f"({shown_target(source)})", "pass another --to")
        if not replace:
            _refuse_filled(target, filled)
        try:
            dst = open_db(target)
        except DatabaseError as exc:
            raise DatabaseError(f"target: {exc.message}", exc.hint) from None
        try:
            if identity(dst.conn) == src_id:  # two names of one database (a link, a new alias)
                raise DatabaseError("the source and the target are the same database",
                                    "pass another --to")
            report = CopyReport(src.path, dst.path, SCHEMA_VERSION)
            _copy(src.conn, dst.conn, report, target, replace, chunk_rows, progress)
        finally:
            dst.close()
    finally:
        src.close()
    report.seconds = time.perf_counter() - started
    return report


def _copy(src: Connection, dst: Connection, report: CopyReport, target: str, replace: bool,
          chunk_rows: int, progress: Callable[[TableCopy], None] | None) -> None:
    versions = [int(c.execute("SELECT MAX(version) FROM migrations").fetchone()[0])
                for c in (src, dst)]
    if versions[0] != versions[1] or versions[0] != report.schema_version:
        raise DatabaseError(f"schema versions differ: source {versions[0]}, target "
                            f"{versions[1]}", "open both with this sitrep's version")
    _snapshot(src)
    dst.begin_write()
    table = "(before the first table)"
    try:
        filled = filled_tables(dst)  # again, now that no other writer can add rows
        if filled and not replace:
            _refuse_filled(target, filled)
        for table in reversed(TABLES):
            if table in filled:
                report.replaced += dst.execute(f'DELETE FROM "{table}"').rowcount
        present = src.tables()
        for table in TABLES:
            if table in present:
                report.tables.append(_copy_table(src, dst, table, chunk_rows))
                if progress is not None:
                    progress(report.tables[-1])
        if dst.dialect == "postgresql":
            for table in IDENTITY_IDS:
                dst.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f'COALESCE(MAX(id), 0) + 1, false) FROM "{table}"')
        if not report.matches:
            raise CopyMismatch(report)
        dst.execute("COMMIT")
        report.committed = True
    except BaseException as exc:
        _rollback(dst)
        failure = _failure(exc, table, target)
        if failure is not None:
            raise failure from None
        raise
    finally:
        _rollback(src)


def _rollback(conn: Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except Exception:  # a lost connection: the server rolls back by itself
        pass


def _copy_table(src: Connection, dst: Connection, table: str, chunk_rows: int) -> TableCopy:
    started = time.perf_counter()
    cols = columns(src, table)
    if sorted(cols) != sorted(columns(dst, table)):
        raise DatabaseError(f"table {table} has other columns in the target than in the source",
                            "open both databases with the same sitrep version")
    listed = ", ".join(f'"{c}"' for c in cols)
    insert = f'INSERT INTO "{table}" ({listed}) VALUES ({", ".join("?" * len(cols))})'
    sent = Checksum(cols)
    for rows in stream(src, _select(src, table, cols), chunk_rows):
        sent.add(rows)
        dst.executemany(insert, rows)
    back = Checksum(cols)
    for rows in stream(dst, _select(dst, table, cols, ordered=False), chunk_rows):
        back.add(rows)
    return TableCopy(table, sent.rows, sent.hexdigest, back.rows, back.hexdigest,
                     time.perf_counter() - started)
