"""Writing extractions: every record of an article in one transaction (or many articles in one)."""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from sitrep.records import Article, Extraction
from sitrep.store.backend import names
from sitrep.store.rows import ID_COLUMNS, ExtractionRows, RowKey, to_rows


def status_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    return {k: status for k, (status, _) in stored_of(conn, ids).items()}


def stored_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, str | None]]:
    """(status, origin) of each of ``ids`` that is stored."""
    found: dict[str, tuple[str, str | None]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, status, origin FROM articles WHERE id IN ({marks})",
                                chunk):
            found[row[0]] = (row[1], row[2])
    return found


def stored_published(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str | None]:
    """The stored publication date (ISO text or None) of each of ``ids`` that is stored."""
    found: dict[str, str | None] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, published FROM articles WHERE id IN ({marks})",
                                chunk):
            found[row[0]] = row[1]
    return found


def save_many(conn: sqlite3.Connection, items: Sequence[Extraction | ExtractionRows | Article],
              *, replace: bool = False) -> list[bool]:
    saved: list[bool] = []
    conn.begin_write()
    try:
        rows = _Rows(conn)
        fresh: list[str] = []
        for item in items:
            ex = to_rows(item)
            saved.append(_save(conn, ex, replace, rows))
            if saved[-1] and ex.article.status == "extracted":
                fresh.append(ex.article.id)
        rows.flush()
        if fresh:  # incidents are fused where the rows are stored, in the same transaction
            from sitrep.reconcile.incidents import fuse_stored

            with conn.pipeline():  # a server is not waited for after each write
                fuse_stored(conn, fresh)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return saved


def delete_article(conn: sqlite3.Connection, article_id: str) -> bool:
    conn.begin_write()
    try:
        cur = conn.execute("DELETE FROM articles WHERE id=?", (article_id,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return cur.rowcount > 0


def _save(conn: sqlite3.Connection, ex: ExtractionRows, replace: bool, rows: _Rows) -> bool:
    article = ex.article
    row = conn.execute("SELECT status FROM articles WHERE id=?", (article.id,)).fetchone()
    if row is not None:
        if row[0] == "extracted" and not replace:
            return False
        rows.flush()  # a delete cascades to the rows in the tables only
        conn.execute("DELETE FROM articles WHERE id=?", (article.id,))
        rows.forget_ids()
    if article.status == "extracted" and article.origin and conn.execute(
            "SELECT 1 FROM articles WHERE origin=? AND id<>? AND status<>'extracted' LIMIT 1",
            (article.origin, article.id)).fetchone():
        # an earlier failed/skipped attempt at the same input record is superseded
        rows.flush()
        conn.execute("DELETE FROM articles WHERE origin=? AND id<>? AND status<>'extracted'",
                     (article.origin, article.id))
        rows.forget_ids()
    _insert_article(conn, ex)
    rows.add(ex)
    return True


# the tables of an extraction's rows, parents before children (foreign keys are checked per row)
_TABLES = ("actors", "places", "dates", "events", "event_actors", "event_places", "claims")


class _Rows:
    """Rows waiting to be inserted, with the ids SQLite would give them (one more than the
    largest id, as for any ``INTEGER PRIMARY KEY`` without AUTOINCREMENT), inserted with one
    ``executemany`` per table and shape instead of one ``execute`` per row.

    An extraction's rows come with ids local to the article (``store.rows``): each row gets the
    shifts of its ids as extra parameters, and the statement adds them (``?1 + ?15``), so that
    no row is rebuilt in Python."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.next_id: dict[str, int] = {}
        self.pending: dict[RowKey, list[tuple[Any, ...]]] = {}

    def _reserve(self, table: str, n: int) -> int:
        """Takes ``n`` ids of ``table``; returns the shift of local id 1 to the first of them."""
        if table not in self.next_id:
            found = self.conn.execute(f"SELECT MAX(id) FROM {table}").fetchone()[0]
            self.next_id[table] = (found or 0) + 1
        first = self.next_id[table]
        self.next_id[table] = first + n
        return first - 1

    def forget_ids(self) -> None:
        """Rows were deleted: ask SQLite for the largest ids again (after ``flush``)."""
        self.next_id.clear()

    def add(self, ex: ExtractionRows) -> None:
        shift = {table: self._reserve(table, n) for table, n in ex.ids.items()}
        for key, rows in ex.rows.items():
            targets = _id_targets(*key)
            if targets:
                extra = tuple(shift.get(t, 0) for t in targets)
                rows = [row + extra for row in rows]
            self.pending.setdefault(key, []).extend(rows)

    def flush(self) -> None:
        for table in _TABLES:
            for key, rows in list(self.pending.items()):
                if key[0] == table:
                    self.conn.executemany(_insert_sql(*key), rows)
                    del self.pending[key]


@functools.cache
def _id_targets(table: str, cols: tuple[str, ...]) -> tuple[str, ...]:
    """The tables of the ids in ``cols``, in column order (``id``: the row's own table)."""
    return tuple(table if c == "id" else ID_COLUMNS[c] for c in cols
                 if c == "id" or c in ID_COLUMNS)


@functools.cache
def _insert_sql(table: str, cols: tuple[str, ...]) -> str:
    values = []
    shifted = len(cols)
    for i, col in enumerate(cols, 1):
        if col == "id" or col in ID_COLUMNS:
            shifted += 1
            values.append(f"?{i} + ?{shifted}")
        else:
            values.append(f"?{i}")
    return f"INSERT INTO {table} ({names(cols)}) VALUES ({', '.join(values)})"


@functools.cache
def _versions_json() -> str:
    """The extractors' versions (fixed for the life of the process), as stored per article."""
    from sitrep.pipeline import extractor_versions

    return json.dumps(extractor_versions())


def _insert_article(conn: sqlite3.Connection, ex: ExtractionRows) -> None:
    a = ex.article
    versions = _versions_json() if a.status == "extracted" else None
    conn.execute(
        "INSERT INTO articles (id, external_id, title, source, url, published, language, origin,"
        " status, reason, text, n_chars, extractors, notes, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (a.id, a.external_id, a.title, a.source, a.url,
         a.published.isoformat() if a.published else None, a.language, a.origin,
         a.status, a.reason, a.text, len(a.text), versions,
         json.dumps(ex.notes) if ex.notes else None,
         dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
    )
