"""Writing extractions: every record of an article in one transaction (or many articles in one)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from sitrep.records import Actor, Article, Claim, Event, Extraction, Place, When


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


def save_many(conn: sqlite3.Connection, items: Sequence[Extraction | Article], *,
              replace: bool = False) -> list[bool]:
    saved: list[bool] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        rows = _Rows(conn)
        for item in items:
            extraction = item if isinstance(item, Extraction) else Extraction(article=item)
            saved.append(_save(conn, extraction, replace, rows))
        rows.flush()
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return saved


def delete_article(conn: sqlite3.Connection, article_id: str) -> bool:
    conn.execute("BEGIN IMMEDIATE")
    try:
        cur = conn.execute("DELETE FROM articles WHERE id=?", (article_id,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return cur.rowcount > 0


def _save(conn: sqlite3.Connection, ex: Extraction, replace: bool, rows: _Rows) -> bool:
    article = ex.article
    if not article.id:
        from sitrep.pipeline import article_id

        article.id = article_id(article.text)
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
    _Writer(rows, ex).write()
    return True


# the tables of an extraction's rows, parents before children (foreign keys are checked per row)
_TABLES = ("actors", "places", "dates", "events", "event_actors", "event_places", "claims")


class _Rows:
    """Rows waiting to be inserted, with the ids SQLite would give them (one more than the
    largest id, as for any ``INTEGER PRIMARY KEY`` without AUTOINCREMENT), inserted with one
    ``executemany`` per table and shape instead of one ``execute`` per row."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.next_id: dict[str, int] = {}
        self.pending: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}

    def new_id(self, table: str) -> int:
        if table not in self.next_id:
            found = self.conn.execute(f"SELECT MAX(id) FROM {table}").fetchone()[0]
            self.next_id[table] = (found or 0) + 1
        rowid = self.next_id[table]
        self.next_id[table] = rowid + 1
        return rowid

    def forget_ids(self) -> None:
        """Rows were deleted: ask SQLite for the largest ids again (after ``flush``)."""
        self.next_id.clear()

    def add(self, table: str, values: dict[str, Any]) -> None:
        self.pending.setdefault((table, tuple(values)), []).append(tuple(values.values()))

    def flush(self) -> None:
        for table in _TABLES:
            for (name, cols), rows in list(self.pending.items()):
                if name != table:
                    continue
                marks = ", ".join("?" * len(cols))
                self.conn.executemany(
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)
                del self.pending[(name, cols)]


def _insert_article(conn: sqlite3.Connection, ex: Extraction) -> None:
    a = ex.article
    versions = None
    if a.status == "extracted":
        from sitrep.pipeline import extractor_versions

        versions = json.dumps(extractor_versions())
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


class _Writer:
    """Inserts the records of one extraction, keeping rows for objects shared between records
    (an actor that is also an event's actor is one row)."""

    def __init__(self, rows: _Rows, ex: Extraction) -> None:
        self.out = rows
        self.ex = ex
        self.aid = ex.article.id
        self.rows: dict[tuple[str, int], int] = {}  # (table, id(obj)) -> rowid

    def write(self) -> None:
        ex = self.ex
        for i, actor in enumerate(ex.actors):
            self._row("actors", actor, i)
        for i, place in enumerate(ex.places):
            self._row("places", place, i)
        for i, when in enumerate(ex.dates):
            self._row("dates", when, i)
        event_ids = [self._event(i, event) for i, event in enumerate(ex.events)]
        for i, claim in enumerate(ex.claims):
            self._claim(i, claim, event_ids)

    # -- shared records ---------------------------------------------------------------------------
    def _row(self, table: str, obj: Any, idx: int | None = None) -> int:
        key = (table, id(obj))
        if key in self.rows:
            return self.rows[key]
        if idx is None:  # not listed: an equal listed record is the same row
            listed = {"actors": self.ex.actors, "places": self.ex.places, "dates": self.ex.dates}
            for i, other in enumerate(listed[table]):
                if other == obj:
                    rowid = self._row(table, other, i)
                    self.rows[key] = rowid
                    return rowid
        insert = {"actors": self._insert_actor, "places": self._insert_place,
                  "dates": self._insert_date}[table]
        rowid = insert(obj, idx)
        self.rows[key] = rowid
        return rowid

    def _insert_actor(self, a: Actor, idx: int | None) -> int:
        ev = a.evidence
        return self._insert(
            "actors",
            dict(article_id=self.aid, idx=idx, listed=int(idx is not None), start=ev.start,
                 end=ev.end, text=a.text, name=a.name, country=a.country, sector=a.sector,
                 office=a.office, kind=a.kind, extractor=a.extractor))

    def _insert_place(self, p: Place, idx: int | None) -> int:
        ev = p.evidence
        return self._insert(
            "places",
            dict(article_id=self.aid, idx=idx, listed=int(idx is not None), start=ev.start,
                 end=ev.end, text=p.text, name=p.name, geonameid=p.geonameid, country=p.country,
                 admin1=p.admin1, lat=p.lat, lon=p.lon, feature_class=p.feature_class,
                 kind=p.kind, precision=p.precision, extractor=p.extractor))

    def _insert_date(self, w: When, idx: int | None) -> int:
        ev = w.evidence
        return self._insert(
            "dates",
            dict(article_id=self.aid, idx=idx, listed=int(idx is not None), start=ev.start,
                 end=ev.end, text=w.text, value=w.value, precision=w.precision,
                 span_start=w.start, span_end=w.end, relative=int(bool(w.relative)),
                 unresolved_reason=w.unresolved_reason, extractor=w.extractor,
                 kind=getattr(w, "kind", None) or "date"))

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        rowid = self.out.new_id(table)
        self.out.add(table, {"id": rowid, **values})
        return rowid

    # -- events and claims ------------------------------------------------------------------------
    def _event(self, idx: int, e: Event) -> int:
        date_id = self._row("dates", e.when) if e.when is not None else None
        when = e.when
        modes = list(e.modes or [])
        rowid = self._insert(
            "events",
            dict(article_id=self.aid, idx=idx, start=e.evidence.start, end=e.evidence.end,
                 text=e.evidence.text, trigger_start=e.trigger.start if e.trigger else None,
                 trigger_end=e.trigger.end if e.trigger else None,
                 trigger_text=e.trigger.text if e.trigger else None,
                 plover_type=e.plover_type, plover_mode=e.plover_mode,
                 acled_event_type=e.acled_event_type,
                 acled_sub_event_type=e.acled_sub_event_type, cameo_root=e.cameo_root,
                 date_id=date_id, date_value=when.value if when else None,
                 date_start=(when.start or when.value) if when else None,
                 date_end=(when.end or when.start or when.value) if when else None,
                 modes=json.dumps(modes), historical=int("historical" in modes),
                 location_rule=e.location_rule, confidence=e.confidence,
                 extractor=e.extractor))
        for role, actors in (("actor", e.actors), ("recipient", e.recipients)):
            for pos, actor in enumerate(actors):
                self.out.add("event_actors", {"event_id": rowid, "role": role, "position": pos,
                                              "actor_id": self._row("actors", actor)})
        for pos, place in enumerate(e.places):
            self.out.add("event_places", {"event_id": rowid, "position": pos,
                                          "place_id": self._row("places", place)})
        return rowid

    def _claim(self, idx: int, c: Claim, event_ids: list[int]) -> int:
        event_id = None
        if c.event is not None and 0 <= c.event < len(event_ids):
            event_id = event_ids[c.event]
        return self._insert(
            "claims",
            dict(article_id=self.aid, idx=idx, start=c.evidence.start, end=c.evidence.end,
                 text=c.evidence.text, outcome=c.outcome, low=c.low, high=c.high,
                 approx=int(bool(c.approx)), vague=c.vague, vague_low=c.vague_low,
                 victims=c.victims, side=c.side, period_kind=c.period_kind,
                 period_start=c.period_start, period_end=c.period_end,
                 place_id=self._row("places", c.place) if c.place is not None else None,
                 claimant_id=self._row("actors", c.claimant) if c.claimant is not None else None,
                 undisclosed=int(bool(c.undisclosed)), background=int(bool(c.background)),
                 part_of=c.part_of, event_idx=c.event, event_id=event_id,
                 extractor=c.extractor))
