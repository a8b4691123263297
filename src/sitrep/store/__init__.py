"""The store: SQLite by default (one file, WAL mode: readers work while a writer ingests) or a
shared PostgreSQL database (``--db postgresql://...``, ``store.postgres``); numbered migrations
recorded in the ``migrations`` table, one transaction per article or batch.

    db = sitrep.open_db("sitrep.db")
    db.save(extraction)                  # idempotent: the same article again adds nothing
    for event in db.events(country="AZE", since="2020-10-01"):
        print(event.plover_type, event.evidence.text)

    with sitrep.open_db("sitrep.db", read_only=True) as db:   # queries: never writes the file
        ...
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.errors import DatabaseError
from sitrep.records import Actor, Article, Claim, Event, Extraction, Place, When
from sitrep.store import access, read, write
from sitrep.store.access import read_only_error
from sitrep.store.backend import Connection, SqliteConnection, is_url, shown_target

__all__ = ["Database", "open_db", "read_only_error", "SCHEMA_VERSION"]


def _migrations(dialect: str = "sqlite") -> list[tuple[int, str, str]]:
    """(version, name, SQL) of each migration, for ``dialect``: the shared file, then the
    dialect's own part of it where there is one (``migrations/postgresql/NNNN_name.sql``)."""
    folder = resources.files("sitrep.store").joinpath("migrations")
    own = folder.joinpath(dialect)
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            sql = entry.read_text("utf-8")
            if dialect != "sqlite":
                from sitrep.store.postgres import column_types

                sql = column_types(sql)
                if own.joinpath(name).is_file():
                    sql += "\n;\n" + own.joinpath(name).read_text("utf-8")
            found.append((int(name[:4]), name[:-4], sql))
    return sorted(found)


SCHEMA_VERSION = max(v for v, _, _ in _migrations())


def _connect(path: str | Path) -> sqlite3.Connection:
    """A SQLite connection to the file at ``path`` (after checks that name what is wrong)."""
    target = Path(path)
    if str(path) == ":memory:":
        info = None
    else:
        info = access.file_status(path)
        if info is None and target.parent and not target.parent.exists():
            raise DatabaseError(f"folder {access.shown_path(target.parent)} does not exist",
                                "create it first or pass another --db path")
    if target.is_dir():
        raise DatabaseError(f"{access.shown_path(target)} is a directory",
                            "pass a file path with --db")
    if info is not None and info.st_size > 0:
        access.check_file(path)
    if str(path) != ":memory:" and not access.writable(path):
        raise read_only_error(path)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0,
                               check_same_thread=False, factory=SqliteConnection)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a SQLite database ({exc})",
                            "pass another file with --db or SITREP_DB") from None
    return conn


def migrate(conn: Connection) -> int:
    """Apply the migrations not yet recorded; returns the schema version."""
    tables = conn.tables()
    if tables and "migrations" not in tables:
        what = "a SQLite file" if conn.dialect == "sqlite" else "a PostgreSQL database"
        raise DatabaseError(f"this is {what} but not a sitrep database (it has other tables)",
                            "pass another database with --db or SITREP_DB")
    if "migrations" not in tables:
        conn.begin_write()  # two processes may create a database at once
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, "
                         "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    done = {r[0] for r in conn.execute("SELECT version FROM migrations")}
    if done and max(done) > SCHEMA_VERSION:
        raise DatabaseError(
            f"the database has schema version {max(done)}, newer than this sitrep "
            f"({SCHEMA_VERSION})", "upgrade sitrep or use another --db file")
    for version, name, sql in _migrations(conn.dialect):
        if version in done:
            continue
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            conn.begin_write()
            if conn.execute("SELECT 1 FROM migrations WHERE version=?", (version,)).fetchone():
                conn.execute("COMMIT")  # another process applied it meanwhile
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                         (version, name, now))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def _statements(sql: str) -> list[str]:
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


class Database:
    """A sitrep database. Writing methods run in one transaction each; query methods return
    records (``Event``, ``Claim``, ...) whose ``evidence.article_id`` names their article."""

    def __init__(self, path: str | Path, conn: Connection, read_only: bool = False) -> None:
        self.path = shown_target(path)  # for messages (a URL's password is left out)
        self.target = str(path)
        self.conn = conn
        self.read_only = read_only

    # -- life cycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("SELECT MAX(version) FROM migrations").fetchone()[0])

    # -- writing ------------------------------------------------------------------------------
    def status_of(self, ids: Iterable[str]) -> dict[str, str]:
        """The stored status of each of ``ids`` that is in the database."""
        return write.status_of(self.conn, list(ids))

    def stored_of(self, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """The stored (status, origin) of each of ``ids`` that is in the database."""
        return write.stored_of(self.conn, list(ids))

    def save(self, item: Extraction | Article) -> bool:
        """Store one extraction (or a skipped/failed article) in one transaction.
        Returns False when the article was already extracted (nothing is added)."""
        return self.save_many([item])[0]

    def save_many(self, items: Sequence[Extraction | Article], *, replace: bool = False
                  ) -> list[bool]:
        """Store several extractions/articles in one transaction (all or nothing).

        An article already stored as ``extracted`` is left alone unless ``replace``; one stored
        as skipped or failed is replaced (a re-run with other settings may succeed)."""
        try:
            return write.save_many(self.conn, items, replace=replace)
        except sqlite3.OperationalError as exc:
            if self.read_only or "readonly" in str(exc):
                raise read_only_error(self.path) from None
            raise
        except DatabaseError:
            raise
        except Exception as exc:
            if self.read_only and type(exc).__name__ == "ReadOnlySqlTransaction":
                raise read_only_error(self.path) from None
            raise

    def delete_article(self, article_id: str) -> bool:
        return write.delete_article(self.conn, article_id)

    # -- reading ------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Number of articles per status, and of events, claims, places, actors, dates."""
        return read.counts(self.conn)

    def summary(self, article: str | None = None) -> dict[str, Any]:
        """Aggregates (computed in SQL) of one article or the whole database: numbers of
        events, claims, places, dates and distinct places, events per type, claims per outcome."""
        return read.summary(self.conn, article)

    def place_mentions(self, *, article: str | None = None, limit: int | None = None
                       ) -> list[tuple[Any, ...]]:
        """(name, geonameid, country, kind, precision, mentions) of each distinct place, most
        mentioned first."""
        return read.place_mentions(self.conn, article=article, limit=limit)

    def articles(self, *, status: str | None = None, since: str | None = None,
                 until: str | None = None, article: str | None = None,
                 source: str | None = None, limit: int | None = None) -> list[Article]:
        return read.articles(self.conn, status=status, since=since, until=until,
                             article=article, source=source, limit=limit)

    def articles_by_id(self, ids: Iterable[str]) -> dict[str, Article]:
        """Metadata (no text) of the given articles, by id."""
        return read.articles_by_id(self.conn, set(ids))

    def article(self, article_id: str) -> Extraction | None:
        """Everything stored for one article (id or unambiguous id prefix), or None."""
        return read.extraction(self.conn, article_id)

    def events(self, **filters: Any) -> list[Event]:
        """Events; filters: country, type, since, until, place, article, historical,
        min_confidence, limit."""
        return read.events(self.conn, **filters)

    def claims(self, **filters: Any) -> list[Claim]:
        """Claims; filters: country, type (outcome), since, until, place, article, limit."""
        return read.claims(self.conn, **filters)

    def places(self, **filters: Any) -> list[Place]:
        """Places mentioned; filters: country, kind (or type), feature_class, precision, name
        (or place), since, until, article, limit."""
        return read.places(self.conn, **filters)

    def actors(self, **filters: Any) -> list[Actor]:
        """Actors mentioned; filters: country, type (sector), since, until, article."""
        return read.actors(self.conn, **filters)

    def dates(self, **filters: Any) -> list[When]:
        """Date expressions; filters: since, until, article."""
        return read.dates(self.conn, **filters)

    def incidents(self, **filters: Any) -> list[dict[str, Any]]:
        """Incidents (one per happening, fused within and across articles); filters: country,
        type, since, until, place, article, min_sources, with_fatalities, limit,
        with_mentions (each incident's event mentions: event id, article id, evidence span)."""
        from sitrep.store.incidents import query

        return query(self.conn, **filters)

    def incident_links(self, article_id: str) -> dict[int, list[str]]:
        """Which incidents each event (by index) of the article joined."""
        from sitrep.store.incidents import for_article

        return for_article(self.conn, article_id)

    def resolve_article_id(self, prefix: str) -> str:
        return read.resolve_id(self.conn, prefix)


def open_db(path: str | Path = "sitrep.db", *, read_only: bool = False) -> Database:
    """Open (creating and migrating if needed) the sitrep database at ``path``.

    ``read_only``: for queries. The file must already be a sitrep database of this schema
    version; it is opened with SQLite's ``mode=ro`` and never written (an empty file stays empty,
    another program's file is refused, a file in a read-only folder can be read).

    ``path`` may be a URL ``postgresql://user:password@host:port/dbname`` (``store.postgres``):
    the same schema, migrations and queries on a server that many processes share."""
    if is_url(path):
        return _open_postgres(str(path), read_only)
    if read_only and str(path) != ":memory:":
        return _open_read_only(path)
    conn = _connect(path)
    try:
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"{path} is not a usable SQLite database ({exc})",
                            "pass another file with --db or SITREP_DB") from None
    except BaseException:
        conn.close()
        raise
    return Database(path, conn)


def _open_read_only(path: str | Path) -> Database:
    conn = None
    try:
        conn = access.connect_read_only(path)
        access.check_version(access.schema_version(conn, path), SCHEMA_VERSION, path)
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise DatabaseError(f"{access.shown_path(path)} is not a usable SQLite database ({exc})",
                            access.OTHER_FILE) from None
    except BaseException:
        if conn is not None:
            conn.close()
        raise
    return Database(path, conn, read_only=True)


def _open_postgres(url: str, read_only: bool) -> Database:
    from sitrep.store.postgres import connect

    conn = connect(url, read_only=read_only)
    try:
        if read_only:
            tables = conn.tables()
            if "migrations" not in tables:  # an empty one can become one; another's cannot
                detail = " (it has other tables)" if tables else " (it has no tables)"
                raise DatabaseError(f"{shown_target(url)} is not a sitrep database{detail}",
                                    access.OTHER_FILE if tables else
                                    "ingest into it first (sitrep --db URL ingest PATH)")
            version = conn.execute("SELECT MAX(version) FROM migrations").fetchone()[0]
            access.check_version(int(version or 0), SCHEMA_VERSION, shown_target(url))
        else:
            migrate(conn)
    except BaseException:
        conn.close()
        raise
    return Database(url, conn, read_only=read_only)
