"""Reads and writes of the incident tables (``migrations/0004_incidents.sql``): ``incidents`` (one
row per happening), ``incident_units`` (what each article says about it) and
``incident_mentions`` (every event mention that joined it: event id, article id, evidence span).

The fusion that decides what joins what is ``sitrep.reconcile.incidents``; queries with the
CLI's filters are ``query`` and ``for_article`` here.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from sitrep.records import Evidence, Place
from sitrep.store import filters as checks
from sitrep.store.backend import names

if TYPE_CHECKING:
    from sitrep.reconcile.units import Unit

UNIT_COLUMNS = (
    "incident_id", "article_id", "unit", "source", "published", "plover_type", "plover_mode",
    "acled_event_type", "acled_sub_event_type", "cameo_root", "actors", "recipients",
    "geonameid", "place", "admin1", "country", "lat", "lon", "geo_precision", "date_first",
    "date_last", "date_precision", "killed_low", "killed_high", "injured_low", "injured_high",
    "claimant", "n_mentions", "start", "end", "text", "dated")
_UNIT_SQL = (f"INSERT INTO incident_units ({names(UNIT_COLUMNS)}) "
             f"VALUES ({', '.join('?' * len(UNIT_COLUMNS))})")


def _chunks(ids: Sequence[Any], size: int = 500) -> Iterator[list[Any]]:
    for i in range(0, len(ids), size):
        yield list(ids[i:i + size])


def forget_articles(conn: sqlite3.Connection, article_ids: Sequence[str]) -> set[str]:
    """Remove what these articles said about incidents (before they are fused again); returns
    the incidents they had joined (to be recomputed or removed)."""
    touched: set[str] = set()
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        touched.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT incident_id FROM incident_units WHERE article_id IN ({marks})",
            chunk))
        if touched:
            conn.execute(f"DELETE FROM incident_units WHERE article_id IN ({marks})", chunk)
            conn.execute(f"DELETE FROM incident_mentions WHERE article_id IN ({marks})", chunk)
    return touched


def event_ids(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[tuple[str, int], int]:
    """(article id, event idx) -> events.id."""
    found: dict[tuple[str, int], int] = {}
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        for aid, idx, eid in conn.execute(
                f"SELECT article_id, idx, id FROM events WHERE article_id IN ({marks})", chunk):
            found[(aid, idx)] = eid
    return found


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def create(conn: sqlite3.Connection, incident_id: str, version: str, unit: Unit) -> bool:
    """A new incident started by ``unit`` (its fields are filled by ``update``); False when the
    incident is there already (a re-extracted article finds its own)."""
    return conn.execute(
        "INSERT INTO incidents (id, extractor, family, plover_type, n_mentions, n_articles, "
        "n_sources, first_article_id, first_start, first_end, country, updated_at) "
        "VALUES (?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING id",
        (incident_id, version, unit.family, unit.plover_type, unit.article_id, unit.start,
         unit.end, unit.place.country if unit.place else None, _now())).fetchone() is not None


@functools.lru_cache(maxsize=64)
def _mentions_sql(n: int) -> str:
    """One statement for ``n`` mentions (one round trip to a server, not ``n``)."""
    values = ", ".join(["(?, ?, ?, ?, ?, ?, ?)"] * n)
    return ("INSERT INTO incident_mentions (incident_id, event_id, article_id, event_idx, "
            f'start, "end", unit) VALUES {values} ON CONFLICT DO NOTHING')


def add_unit(conn: sqlite3.Connection, incident_id: str, unit: Unit,
             event_ids: dict[tuple[str, int], int]) -> dict[str, Any]:
    """Store what the unit says about the incident; returns its ``incident_units`` row (as
    ``units_of`` would read it)."""
    p = unit.place
    values = (
        incident_id, unit.article_id, unit.unit, unit.source, unit.published, unit.plover_type,
        unit.plover_mode, unit.acled_event_type, unit.acled_sub_event_type, unit.cameo_root,
        json.dumps(unit.actors), json.dumps(unit.recipients),
        p.geonameid if p else None, p.name if p else None, p.admin1 if p else None,
        p.country if p else None, p.lat if p else None, p.lon if p else None,
        _precision(p), unit.date_first, unit.date_last, unit.date_precision,
        unit.killed[0], unit.killed[1], unit.injured[0], unit.injured[1], unit.claimant,
        len(unit.mentions), unit.start, unit.end, unit.text, int(unit.dated))
    conn.execute(_UNIT_SQL, values)
    mentions = [(incident_id, event_ids[(unit.article_id, idx)], unit.article_id, idx, start,
                 end, unit.unit) for idx, start, end in unit.mentions
                if (unit.article_id, idx) in event_ids]
    for i in range(0, len(mentions), 64):
        chunk = mentions[i:i + 64]
        conn.execute(_mentions_sql(len(chunk)), [v for row in chunk for v in row])
    return dict(zip(UNIT_COLUMNS, values, strict=True))


def unit_of(conn: sqlite3.Connection, incident_id: str, article_id: str
            ) -> tuple[dict[str, Any], list[tuple[int, int, int]]] | None:
    """The ``incident_units`` row of the article's unit that joined the incident, and its
    mentions (event idx, start, end); None when it has none."""
    row = conn.execute(f"SELECT {names(UNIT_COLUMNS)} FROM incident_units WHERE incident_id=? "
                       "AND article_id=? ORDER BY unit LIMIT 1", (incident_id, article_id)
                       ).fetchone()
    if row is None:
        return None
    mentions = [(int(r[0]), int(r[1]), int(r[2])) for r in conn.execute(
        'SELECT event_idx, start, "end" FROM incident_mentions WHERE incident_id=? AND '
        "article_id=? ORDER BY start, event_idx", (incident_id, article_id))]
    return dict(zip(UNIT_COLUMNS, row, strict=True)), mentions


def _precision(p: Place | None) -> int | None:
    if p is None:
        return None
    if p.precision is not None:
        return p.precision
    return {"city": 1, "region": 3, "country": 4}.get(p.kind)


def units_of(conn: sqlite3.Connection, incident_id: str) -> list[dict[str, Any]]:
    cur = conn.execute(f"SELECT {names(UNIT_COLUMNS)} FROM incident_units "
                       "WHERE incident_id=? ORDER BY rowid", (incident_id,))
    return [dict(zip(UNIT_COLUMNS, r, strict=True)) for r in cur]


def update(conn: sqlite3.Connection, incident_id: str, fields: dict[str, Any]) -> None:
    cols = sorted(fields)
    conn.execute(f"UPDATE incidents SET {', '.join(c + '=?' for c in cols)}, updated_at=? "
                 "WHERE id=?", [fields[c] for c in cols] + [_now(), incident_id])


def delete(conn: sqlite3.Connection, incident_id: str) -> None:
    conn.execute("DELETE FROM incidents WHERE id=?", (incident_id,))


def place_of(row: Any) -> Place | None:
    """The incident's place as a ``Place`` (for matching), or None."""
    if row["country"] is None and row["geonameid"] is None:
        return None
    return Place(text=row["place"] or "", evidence=Evidence(0, 0, ""), name=row["place"] or "",
                 geonameid=row["geonameid"], country=row["country"], admin1=row["admin1"],
                 lat=row["lat"], lon=row["lon"], precision=row["geo_precision"])


def block(conn: sqlite3.Connection, family: str, country: str, first: str, last: str
          ) -> list[dict[str, Any]]:
    """The incidents of one block: family, country, and days overlapping ``first``..``last``."""
    cur = conn.execute(
        "SELECT id, geonameid, place, admin1, country, lat, lon, geo_precision, date_first, "
        "date_last, actors, recipients, n_articles, date_precision, plover_mode FROM incidents "
        "WHERE family=? AND country=? "
        "AND date_first <= ? AND date_last >= ? AND date_precision='day' ORDER BY id",
        (family, country, last, first))
    return _candidates(conn, cur)


def speaker_block(conn: sqlite3.Connection, family: str, countries: Sequence[str | None],
                  first: str, last: str) -> list[dict[str, Any]]:
    """The statements of one family whose days overlap ``first``..``last``, placed in one of
    ``countries`` (None: placed nowhere): the block of a statement the text does not locate,
    looked up by its speaker's country (``reconcile.statements``), one index range per country."""
    out: list[dict[str, Any]] = []
    for country in sorted(set(countries), key=lambda c: c or ""):
        test = "country IS NULL" if country is None else "country=?"
        cur = conn.execute(
            "SELECT id, geonameid, place, admin1, country, lat, lon, geo_precision, date_first, "
            "date_last, actors, recipients, n_articles, date_precision, plover_mode FROM "
            f"incidents WHERE family=? AND {test} AND date_first <= ? AND date_last >= ? "
            "AND date_precision='day' ORDER BY id",
            (family, *([] if country is None else [country]), last, first))
        out += _candidates(conn, cur)
    return out


def by_ids(conn: sqlite3.Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
    """The incidents ``ids`` as ``block`` gives them (candidates found by a shared clue)."""
    out: list[dict[str, Any]] = []
    for chunk in _chunks(sorted(set(ids))):
        cur = conn.execute(
            "SELECT id, geonameid, place, admin1, country, lat, lon, geo_precision, date_first, "
            "date_last, actors, recipients, n_articles, date_precision, plover_mode FROM incidents "
            "WHERE id IN "
            f"({','.join('?' * len(chunk))}) ORDER BY id", chunk)
        out += _candidates(conn, cur)
    return out


def _candidates(conn: sqlite3.Connection, cur: Any) -> list[dict[str, Any]]:
    cur.row_factory = sqlite3.Row
    out = []
    for r in cur.fetchall():
        people = json.loads(r["actors"]) + json.loads(r["recipients"])
        told = conn.execute(
            "SELECT DISTINCT article_id, published, CASE WHEN dated = 1 AND date_first IS NOT "
            "NULL THEN 1 ELSE 0 END FROM incident_units WHERE incident_id=?", (r["id"],)
        ).fetchall()
        articles = {a for a, _, _ in told}
        out.append({"id": r["id"], "place": place_of(r), "date_first": r["date_first"],
                    "date_last": r["date_last"], "n_articles": r["n_articles"],
                    "countries": {a["country"] for a in people if a.get("country")},
                    "actors": json.loads(r["actors"]),
                    "recipients": json.loads(r["recipients"]),
                    "article_ids": articles, "dated": r["date_precision"] == "day",
                    "mode": r["plover_mode"],
                    "published": {day for _, day, _ in told if day},
                    # whether a report gives a day of its own (not only the day it was told)
                    "own_day": any(bool(own) for _, _, own in told)})
    return out


# -- queries ------------------------------------------------------------------------------------
INCIDENT_COLUMNS = (
    "id", "extractor", "family", "plover_type", "plover_mode", "acled_event_type",
    "acled_sub_event_type", "cameo_root", "actors", "recipients", "geonameid", "place", "admin1",
    "country", "lat", "lon", "geo_precision", "date_first", "date_last", "date_precision",
    "fatalities_low", "fatalities_best", "fatalities_high", "injured_low", "injured_best",
    "injured_high", "fatalities_rule", "contested", "n_mentions", "n_articles", "n_sources",
    "sources", "notes", "first_article_id", "first_start", "first_end")


def record(row: Sequence[Any]) -> dict[str, Any]:
    """A row of ``INCIDENT_COLUMNS`` as a dict, its JSON columns decoded."""
    rec = dict(zip(INCIDENT_COLUMNS, row, strict=True))
    for key in ("actors", "recipients", "sources"):
        rec[key] = json.loads(rec[key] or "[]")
    rec["contested"] = bool(rec["contested"])
    return rec


def where(conn: sqlite3.Connection, *, country: str | None = None, type: str | None = None,
          since: Any = None, until: Any = None, place: str | None = None,
          article: str | None = None, min_sources: int | None = None,
          with_fatalities: bool = False) -> checks.Where:
    """The incident filters of ``sitrep incidents``, the API and the pages: those of ``events``,
    plus ``min_sources`` and ``with_fatalities``; an incident is in a date range when its days
    overlap it."""
    w = checks.Where()
    if country:
        code = checks.country(country)
        w.add("(country = ? OR LOWER(actors) LIKE LOWER(?) OR LOWER(recipients) LIKE LOWER(?))", code,
              f'%"country": "{code}"%', f'%"country": "{code}"%')
    if type:
        column, value = checks.event_type(type)
        w.add(f"{column} = ?", value)
    w.dates(since, until, "date_first", last="COALESCE(date_last, date_first)")
    if place:
        pattern = checks.like_literal(place, "place")
        w.add("(LOWER(place) LIKE LOWER(?) ESCAPE '\\' OR geonameid = ?)", pattern,
              int(place) if str(place).isdigit() else -1)
    if article:
        from sitrep.store.read import resolve_id

        w.add("id IN (SELECT incident_id FROM incident_mentions WHERE article_id = ?)",
              resolve_id(conn, article))
    if min_sources is not None:
        w.add("n_sources >= ?", int(min_sources))
    if with_fatalities:
        w.add("fatalities_best > 0")
    return w


def query(conn: sqlite3.Connection, *, country: str | None = None, type: str | None = None,
          since: Any = None, until: Any = None, place: str | None = None,
          article: str | None = None, min_sources: int | None = None,
          with_fatalities: bool = False, limit: int | None = None,
          with_mentions: bool = False) -> list[dict[str, Any]]:
    """Incidents (dicts of the table's columns, actors/recipients/sources decoded) with the
    filters of ``where``; ordered by date."""
    w = where(conn, country=country, type=type, since=since, until=until, place=place,
              article=article, min_sources=min_sources, with_fatalities=with_fatalities)
    top = checks.limit(limit)
    sql = (f"SELECT {names(INCIDENT_COLUMNS)} FROM incidents{w.sql()}"
           " ORDER BY date_first IS NULL, date_first, id"
           + (f" LIMIT {int(top)}" if top is not None else ""))
    cur = conn.cursor()
    cur.row_factory = None
    found = [record(r) for r in cur.execute(sql, w.args)]
    if with_mentions:
        for rec in found:
            rec["mentions"] = mentions(conn, rec["id"])
    return found


def mentions(conn: sqlite3.Connection, incident_id: str) -> list[dict[str, Any]]:
    return [{"event_id": r[0], "article_id": r[1], "start": r[2], "end": r[3]}
            for r in conn.execute(
                'SELECT event_id, article_id, start, "end" FROM incident_mentions WHERE '
                "incident_id=? ORDER BY article_id, start, event_id", (incident_id,))]


def for_article(conn: sqlite3.Connection, article_id: str) -> dict[int, list[str]]:
    """event idx -> the incidents that mention of the article joined."""
    out: dict[int, list[str]] = {}
    for idx, iid in conn.execute(
            "SELECT event_idx, incident_id FROM incident_mentions WHERE article_id=? "
            "ORDER BY event_idx, unit", (article_id,)):
        out.setdefault(idx, []).append(iid)
    return out


def has_tables(conn: sqlite3.Connection) -> bool:
    from sitrep.store.backend import has_table

    return has_table(conn, "incidents")
