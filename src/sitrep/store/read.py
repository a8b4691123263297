"""Queries: rows back into records, with the filters the CLI and the API share.

Filters (all optional): ``country`` (ISO3 of an actor, a place or a side), ``type`` (PLOVER or
ACLED type for events, outcome for claims, kind for places, sector for actors), ``since`` and
``until`` (ISO dates, on the record's date or else its article's publication date), ``place``
(a place name or GeoNames id), ``article`` (an article id or id prefix), ``limit`` (at least 1).

Filters are checked by ``store.filters``: a value that cannot match (an unknown type, a bad date,
``since`` after ``until``) is a ``FilterError`` listing the valid values, and text is matched
literally (``%`` and ``_`` are not wildcards). Every value reaches SQLite as a parameter."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from sitrep.errors import InputError
from sitrep.records import Actor, Article, Claim, Event, Evidence, Extraction, Place, When
from sitrep.store import filters


def resolve_id(conn: sqlite3.Connection, prefix: str) -> str:
    """The id of the article whose id or external id is ``prefix``, or whose id starts with it."""
    if len(prefix) > filters.MAX_TEXT:
        raise InputError(f"article id {filters.shown(prefix)} is too long",
                         "give an article id (16 characters) or its first characters")
    rows = conn.execute("SELECT id FROM articles WHERE id = ? OR external_id = ?",
                        (prefix, prefix)).fetchall()
    if not rows and prefix:
        rows = conn.execute("SELECT id FROM articles WHERE LOWER(id) LIKE LOWER(?) ESCAPE '\\' LIMIT 3",
                            (filters.like_literal(prefix, "article") + "%",)).fetchall()
    if not rows:
        raise InputError(f"no article {filters.shown(prefix)} in the database",
                         "list them with `sitrep articles`")
    if len(rows) > 1:
        raise InputError(f"article id {filters.shown(prefix)} is ambiguous",
                         "give more characters of the id")
    return str(rows[0][0])


def _common(conn: sqlite3.Connection, w: filters.Where, table: str, date_expr: str,
            since: Any, until: Any, article: str | None) -> None:
    w.dates(since, until, date_expr)
    if article:
        w.add(f"{table}.article_id = ?", resolve_id(conn, article))


def _place_filter(w: filters.Where, place: str | None, id_expr: str) -> None:
    if not place:
        return
    pattern = filters.like_literal(place, "place")
    gid = int(place) if str(place).isdigit() else -1
    w.add(f"{id_expr} IN (SELECT id FROM places p WHERE LOWER(p.name) LIKE LOWER(?) ESCAPE '\\' "
          f"OR LOWER(p.text) LIKE LOWER(?) ESCAPE '\\' OR p.geonameid = ?)", pattern, pattern, gid)


def _limit(limit: Any) -> str:
    number = filters.limit(limit)
    return f" LIMIT {number}" if number else ""


# -- records from rows ------------------------------------------------------------------------------

def _ev(row: sqlite3.Row, prefix: str = "") -> Evidence:
    return Evidence(row[prefix + "start"], row[prefix + "end"], row[prefix + "text"],
                    article_id=row["article_id"])


def _actor(row: sqlite3.Row) -> Actor:
    return Actor(text=row["text"], evidence=_ev(row), name=row["name"], country=row["country"],
                 sector=row["sector"], office=row["office"], kind=row["kind"],
                 extractor=row["extractor"])


def _place(row: sqlite3.Row) -> Place:
    return Place(text=row["text"], evidence=_ev(row), name=row["name"],
                 geonameid=row["geonameid"], country=row["country"], admin1=row["admin1"],
                 lat=row["lat"], lon=row["lon"], feature_class=row["feature_class"],
                 kind=row["kind"], precision=row["precision"], extractor=row["extractor"])


def _when(row: sqlite3.Row) -> When:
    when = When(text=row["text"], evidence=_ev(row), value=row["value"],
                precision=row["precision"], start=row["span_start"], end=row["span_end"],
                relative=bool(row["relative"]), unresolved_reason=row["unresolved_reason"],
                extractor=row["extractor"])
    when.kind = row["kind"]
    return when


def _article(row: sqlite3.Row, with_text: bool = True) -> Article:
    return Article(text=row["text"] if with_text else "", id=row["id"], title=row["title"],
                   source=row["source"], url=row["url"],
                   published=dt.date.fromisoformat(row["published"]) if row["published"] else None,
                   language=row["language"], origin=row["origin"],
                   external_id=row["external_id"], status=row["status"], reason=row["reason"])


def _by_id(conn: sqlite3.Connection, table: str, ids: set[int], make: Any) -> dict[int, Any]:
    out: dict[int, Any] = {}
    id_list = sorted(i for i in ids if i is not None)
    for i in range(0, len(id_list), 500):
        chunk = id_list[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk):
            out[row["id"]] = make(row)
    return out


def _events_from_rows(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Event]:
    ids = [r["id"] for r in rows]
    links: dict[int, list[tuple[str, int, int]]] = {i: [] for i in ids}
    place_links: dict[int, list[tuple[int, int]]] = {i: [] for i in ids}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT * FROM event_actors WHERE event_id IN ({marks})", chunk):
            links[r["event_id"]].append((r["role"], r["position"], r["actor_id"]))
        for r in conn.execute(f"SELECT * FROM event_places WHERE event_id IN ({marks})", chunk):
            place_links[r["event_id"]].append((r["position"], r["place_id"]))
    actors = _by_id(conn, "actors", {a for v in links.values() for _, _, a in v}, _actor)
    places = _by_id(conn, "places", {p for v in place_links.values() for _, p in v}, _place)
    dates = _by_id(conn, "dates", {r["date_id"] for r in rows}, _when)
    events = []
    for r in rows:
        linked = sorted(links[r["id"]])
        trigger = (Evidence(r["trigger_start"], r["trigger_end"], r["trigger_text"],
                            article_id=r["article_id"])
                   if r["trigger_start"] is not None else _ev(r))
        events.append(Event(
            evidence=_ev(r), trigger=trigger, plover_type=r["plover_type"],
            plover_mode=r["plover_mode"], acled_event_type=r["acled_event_type"],
            acled_sub_event_type=r["acled_sub_event_type"], cameo_root=r["cameo_root"],
            actors=[actors[a] for role, _, a in linked if role == "actor"],
            recipients=[actors[a] for role, _, a in linked if role == "recipient"],
            places=[places[p] for _, p in sorted(place_links[r["id"]])],
            when=dates.get(r["date_id"]) if r["date_id"] is not None else None,
            modes=json.loads(r["modes"] or "[]"), location_rule=r["location_rule"],
            confidence=r["confidence"], extractor=r["extractor"]))
    return events


def _claims_from_rows(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Claim]:
    places = _by_id(conn, "places", {r["place_id"] for r in rows}, _place)
    actors = _by_id(conn, "actors", {r["claimant_id"] for r in rows}, _actor)
    return [Claim(
        evidence=_ev(r), outcome=r["outcome"], low=r["low"], high=r["high"],
        approx=bool(r["approx"]), vague=r["vague"], vague_low=r["vague_low"],
        victims=r["victims"], side=r["side"], period_kind=r["period_kind"],
        period_start=r["period_start"], period_end=r["period_end"],
        place=places.get(r["place_id"]) if r["place_id"] is not None else None,
        claimant=actors.get(r["claimant_id"]) if r["claimant_id"] is not None else None,
        undisclosed=bool(r["undisclosed"]), background=bool(r["background"]),
        part_of=r["part_of"], event=r["event_idx"], extractor=r["extractor"]) for r in rows]


# -- queries ----------------------------------------------------------------------------------------

def counts(conn: sqlite3.Connection) -> dict[str, int]:
    out = {f"articles_{r[0]}": r[1] for r in
           conn.execute("SELECT status, COUNT(*) FROM articles GROUP BY status")}
    for table in ("events", "claims", "places", "actors", "dates"):
        where = " WHERE listed = 1" if table in ("places", "actors", "dates") else ""
        out[table] = conn.execute(f"SELECT COUNT(*) FROM {table}{where}").fetchone()[0]
    return out


def summary(conn: sqlite3.Connection, article: str | None = None) -> dict[str, Any]:
    """Aggregates for a report, computed in SQL (of one article, or of the whole database):
    the number of events, claims, places and dates, of distinct places, events per PLOVER type
    and claims per outcome (most frequent first)."""
    scope, args = "", []
    if article:
        scope, args = " AND article_id = ?", [resolve_id(conn, article)]
    one = lambda sql: conn.execute(sql, args).fetchone()[0]  # noqa: E731
    return {
        "events": one(f"SELECT COUNT(*) FROM events WHERE 1 = 1{scope}"),
        "claims": one(f"SELECT COUNT(*) FROM claims WHERE 1 = 1{scope}"),
        "places": one(f"SELECT COUNT(*) FROM places WHERE listed = 1{scope}"),
        "dates": one(f"SELECT COUNT(*) FROM dates WHERE listed = 1{scope}"),
        "distinct_places": one("SELECT COUNT(*) FROM (SELECT 1 FROM places WHERE listed = 1"
                               f"{scope} GROUP BY name, geonameid, country, kind, precision) AS g"),
        "event_types": dict(conn.execute(
            f"SELECT plover_type, COUNT(*) AS n FROM events WHERE 1 = 1{scope} GROUP BY plover_type "
            "ORDER BY n DESC, plover_type", args).fetchall()),
        "outcomes": dict(conn.execute(
            f"SELECT outcome, COUNT(*) AS n FROM claims WHERE 1 = 1{scope} GROUP BY outcome "
            "ORDER BY n DESC, outcome", args).fetchall()),
    }


def place_mentions(conn: sqlite3.Connection, *, article: str | None = None,
                   limit: int | None = None) -> list[tuple[Any, ...]]:
    """Distinct places (name, GeoNames id, country, kind, precision) with their number of
    mentions, most mentioned first, grouped in SQL."""
    scope, args = "", []
    if article:
        scope, args = " AND article_id = ?", [resolve_id(conn, article)]
    rows = conn.execute(
        "SELECT name, geonameid, country, kind, precision, COUNT(*) AS mentions FROM places "
        f"WHERE listed = 1{scope} GROUP BY name, geonameid, country, kind, precision "
        f"ORDER BY mentions DESC, MIN(id){_limit(limit)}", args).fetchall()
    return [tuple(r) for r in rows]


def articles(conn: sqlite3.Connection, *, status: str | None = None, since: Any = None,
             until: Any = None, article: str | None = None, source: str | None = None,
             limit: int | None = None, with_text: bool = False) -> list[Article]:
    w = filters.Where()
    if status:
        w.add("status = ?", filters.choice(status, filters.ARTICLE_STATUSES, "status"))
    if source:
        w.add("LOWER(source) LIKE LOWER(?) ESCAPE '\\'", filters.like_literal(source, "source"))
    _common(conn, w, "articles", "articles.published", since, until, None)
    if article:
        w.add("id = ?", resolve_id(conn, article))
    rows = conn.execute(f"SELECT * FROM articles{w.sql()} ORDER BY rowid{_limit(limit)}",
                        w.args).fetchall()
    return [_article(r, with_text) for r in rows]


_EVENT_DATE = ("COALESCE(e.date_start, e.date_value, "
               "(SELECT published FROM articles a WHERE a.id = e.article_id))")


def events(conn: sqlite3.Connection, *, country: str | None = None, type: str | None = None,
           since: Any = None, until: Any = None, place: str | None = None,
           article: str | None = None, historical: bool | None = None,
           min_confidence: float | None = None, limit: int | None = None) -> list[Event]:
    w = filters.Where()
    _common(conn, w, "e", _EVENT_DATE, since, until, article)
    if min_confidence is not None:
        w.add("e.confidence >= ?", filters.confidence(min_confidence))
    if type:
        column, value = filters.event_type(type)
        w.add(f"e.{column} = ?", value)
    if country:
        code = filters.country(country)
        w.add("(e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors ac "
              "ON ac.id = ea.actor_id WHERE upper(ac.country) = ?) OR e.id IN "
              "(SELECT ep.event_id FROM event_places ep JOIN places pl ON pl.id = ep.place_id "
              "WHERE upper(pl.country) = ?))", code, code)
    if place:
        pattern = filters.like_literal(place, "place")
        gid = int(place) if str(place).isdigit() else -1
        w.add("e.id IN (SELECT ep.event_id FROM event_places ep JOIN places pl "
              "ON pl.id = ep.place_id WHERE LOWER(pl.name) LIKE LOWER(?) ESCAPE '\\' "
              "OR LOWER(pl.text) LIKE LOWER(?) ESCAPE '\\' OR pl.geonameid = ?)", pattern, pattern, gid)
    if historical is not None:
        w.add("e.historical = ?", int(historical))
    rows = conn.execute(f"SELECT e.* FROM events e{w.sql()} ORDER BY e.article_id, e.idx"
                        f"{_limit(limit)}", w.args).fetchall()
    return _events_from_rows(conn, rows)


_CLAIM_DATE = ("COALESCE(c.period_end, c.period_start, "
               "(SELECT published FROM articles a WHERE a.id = c.article_id))")


def claims(conn: sqlite3.Connection, *, country: str | None = None, type: str | None = None,
           since: Any = None, until: Any = None, place: str | None = None,
           article: str | None = None, limit: int | None = None) -> list[Claim]:
    w = filters.Where()
    _common(conn, w, "c", _CLAIM_DATE, since, until, article)
    if type:
        w.add("c.outcome = ?", filters.outcome(type))
    if country:
        code = filters.country(country)
        w.add("(upper(c.side) = ? OR c.place_id IN (SELECT id FROM places "
              "WHERE upper(country) = ?))", code, code)
    _place_filter(w, place, "c.place_id")
    rows = conn.execute(f"SELECT c.* FROM claims c{w.sql()} ORDER BY c.article_id, c.idx"
                        f"{_limit(limit)}", w.args).fetchall()
    return _claims_from_rows(conn, rows)


_ARTICLE_DATE = "(SELECT published FROM articles a WHERE a.id = {t}.article_id)"


def places(conn: sqlite3.Connection, *, country: str | None = None, kind: str | None = None,
           feature_class: str | None = None, precision: int | str | None = None,
           name: str | None = None, since: Any = None, until: Any = None,
           article: str | None = None, limit: int | None = None, type: str | None = None,
           place: str | None = None) -> list[Place]:
    """Places mentioned: ``kind`` (city, region, country; ``type`` is the same filter),
    ``feature_class`` (GeoNames A, P, ...), ``precision`` (ACLED 1-3, 4 country), ``name`` (the
    name or text as written, matched literally and case-insensitively, or a GeoNames id;
    ``place`` is the same filter), ``country``, dates of the article, ``article``, ``limit``."""
    w = filters.Where()
    w.add("p.listed = 1")
    _common(conn, w, "p", _ARTICLE_DATE.format(t="p"), since, until, article)
    if country:
        w.add("upper(p.country) = ?", filters.country(country))
    if kind or type:
        w.add("p.kind = ?", filters.choice(kind or type, filters.PLACE_KINDS, "kind"))
    if feature_class:
        w.add("p.feature_class = ?",
              filters.choice(feature_class, filters.FEATURE_CLASSES, "feature-class"))
    if precision is not None:
        w.add("p.precision = ?", filters.choice(precision, filters.PRECISIONS, "precision"))
    _place_filter(w, name or place, "p.id")
    rows = conn.execute(f"SELECT p.* FROM places p{w.sql()} ORDER BY p.article_id, p.idx"
                        f"{_limit(limit)}", w.args).fetchall()
    return [_place(r) for r in rows]


def actors(conn: sqlite3.Connection, *, country: str | None = None, type: str | None = None,
           since: Any = None, until: Any = None, article: str | None = None,
           limit: int | None = None, **_: Any) -> list[Actor]:
    w = filters.Where()
    w.add("t.listed = 1")
    _common(conn, w, "t", _ARTICLE_DATE.format(t="t"), since, until, article)
    if country:
        w.add("upper(t.country) = ?", filters.country(country))
    if type:
        w.add("upper(t.sector) = upper(?)", filters.text(type, "type"))
    rows = conn.execute(f"SELECT t.* FROM actors t{w.sql()} ORDER BY t.article_id, t.idx"
                        f"{_limit(limit)}", w.args).fetchall()
    return [_actor(r) for r in rows]


def dates(conn: sqlite3.Connection, *, since: Any = None, until: Any = None,
          article: str | None = None, limit: int | None = None, **_: Any) -> list[When]:
    w = filters.Where()
    w.add("d.listed = 1")
    _common(conn, w, "d", "COALESCE(d.span_start, d.value)", since, until, article)
    rows = conn.execute(f"SELECT d.* FROM dates d{w.sql()} ORDER BY d.article_id, d.idx"
                        f"{_limit(limit)}", w.args).fetchall()
    return [_when(r) for r in rows]


def extraction(conn: sqlite3.Connection, article_id: str) -> Extraction | None:
    try:
        aid = resolve_id(conn, article_id)
    except InputError:
        return None
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (aid,)).fetchone()
    ex = Extraction(article=_article(row))
    ex.notes = json.loads(row["notes"]) if row["notes"] else []
    ex.actors = actors(conn, article=aid)
    ex.places = places(conn, article=aid)
    ex.dates = dates(conn, article=aid)
    ex.events = events(conn, article=aid)
    ex.claims = claims(conn, article=aid)
    return ex


def claims_of_articles(conn: sqlite3.Connection, article_ids: list[str]
                       ) -> list[tuple[int, Claim]]:
    """(idx in its article, claim) of every claim of the given articles, a few queries per 500
    articles (for the brief of a period)."""
    rows: list[sqlite3.Row] = []
    for i in range(0, len(article_ids), 500):
        chunk = article_ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        rows += conn.execute(f"SELECT c.* FROM claims c WHERE c.article_id IN ({marks}) "
                             "ORDER BY c.article_id, c.idx", chunk).fetchall()
    return list(zip([r["idx"] for r in rows], _claims_from_rows(conn, rows), strict=True))


def articles_by_id(conn: sqlite3.Connection, ids: set[str]) -> dict[str, Article]:
    """Article metadata (without text) for the given ids."""
    return _by_id(conn, "articles", ids, lambda r: _article(r, with_text=False))  # type: ignore
