"""The reads behind the API and the pages: incidents, events, claims, articles and places with the
CLI's filters, sorted, a page at a time with an opaque cursor (keyset pagination: the next page
starts after the last row's sort key and id, so a page costs the same at any depth); the map's
clusters; the timeline's counts per day and type.

Every value reaches SQLite as a bound parameter; the filters are checked by ``store.filters``
(a value that cannot match is a ``FilterError`` naming the valid ones). Rows come back as plain
dicts that carry their evidence (article id and character span)."""

from __future__ import annotations

import base64
import json
import math
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from sitrep.errors import FilterError
from sitrep.store import filters as checks
from sitrep.store import incidents as stored_incidents
from sitrep.store.backend import names
from sitrep.store.incidents import INCIDENT_COLUMNS
from sitrep.store.read import resolve_id

MAX_PAGE = 500
DEFAULT_PAGE = 50


@dataclass
class Filters:
    """The CLI's filters, as the API and the pages take them."""

    country: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    article: str | None = None
    min_confidence: float | None = None
    min_sources: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_query(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in ("country", "type", "since", "until", "place",
                                             "article", "min_confidence", "min_sources")}
        return {k: v for k, v in out.items() if v not in (None, "")}


@dataclass
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "next_cursor": self.next_cursor, "count": len(self.items)}


def page_size(limit: Any) -> int:
    number = checks.limit(limit) or DEFAULT_PAGE
    return min(number, MAX_PAGE)


def encode_cursor(key: Any, rid: Any) -> str:
    raw = json.dumps([key, rid], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> tuple[Any, Any] | None:
    if not cursor:
        return None
    try:
        text = checks.text(cursor, "cursor")
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        key, rid = json.loads(raw)
        if not isinstance(key, (str, int, float)) or not isinstance(rid, (str, int)):
            raise ValueError
        return key, rid
    except (ValueError, TypeError):
        raise FilterError("cursor is not one this server gave",
                          "use the next_cursor of the previous page, or leave it out") from None


def _keyset(w: checks.Where, sort_expr: str, id_expr: str, desc: bool, cursor: str | None) -> str:
    after = decode_cursor(cursor)
    if after is not None:
        op = "<" if desc else ">"
        w.add(f"({sort_expr} {op} ? OR ({sort_expr} = ? AND {id_expr} {op} ?))",
              after[0], after[0], after[1])
    order = "DESC" if desc else "ASC"
    return f" ORDER BY {sort_expr} {order}, {id_expr} {order}"


def _page(rows: list[dict[str, Any]], size: int, sort_key: str) -> Page:
    more = len(rows) > size
    rows = rows[:size]
    nxt = encode_cursor(rows[-1]["_sort"], rows[-1]["_id"]) if more and rows else None
    for r in rows:
        r.pop("_sort", None)
        r.pop("_id", None)
    return Page(rows, nxt)


# -- incidents --------------------------------------------------------------------------------------

INCIDENT_SORTS = {
    "date": "COALESCE(date_first, '9999')",
    "fatalities": "COALESCE(fatalities_best, -1)",
    "sources": "n_sources",
    "articles": "n_articles",
    "type": "plover_type",
    "place": "COALESCE(place, '')",
}


def incident_where(conn: sqlite3.Connection, f: Filters) -> checks.Where:
    """The incident filters of ``sitrep incidents`` (``store.incidents.where``)."""
    return stored_incidents.where(
        conn, country=f.country, type=f.type, since=f.since, until=f.until, place=f.place,
        article=f.article, with_fatalities=bool(f.extra.get("with_fatalities")),
        min_sources=None if f.min_sources is None else _positive(f.min_sources, "min_sources"))


def _positive(value: Any, name: str) -> int:
    try:
        number = int(str(value))
    except ValueError:
        number = 0
    if number < 1:
        raise FilterError(f"--{name.replace('_', '-')} {checks.shown(value)} must be at least 1",
                          "leave it out for no minimum")
    return number


def incident_record(row: tuple[Any, ...]) -> dict[str, Any]:
    rec = stored_incidents.record(row)
    rec["evidence"] = {"article_id": rec["first_article_id"], "start": rec["first_start"],
                       "end": rec["first_end"]}
    return rec


def sort_spec(sort: str | None, valid: dict[str, str], default: str) -> tuple[str, bool]:
    name = (sort or default).strip()
    desc = name.startswith("-")
    key = name.lstrip("-")
    if key not in valid:
        raise FilterError(f"sort {checks.shown(sort)} is not known",
                          "use one of: " + ", ".join(sorted(valid)) + " (a leading - for "
                          "descending)")
    return valid[key], desc


def incidents(conn: sqlite3.Connection, f: Filters, *, sort: str | None = None,
              limit: Any = None, cursor: str | None = None) -> Page:
    w = incident_where(conn, f)
    expr, desc = sort_spec(sort, INCIDENT_SORTS, "date")
    order = _keyset(w, expr, "id", desc, cursor)
    size = page_size(limit)
    cur = conn.cursor()
    cur.row_factory = None
    sql = (f"SELECT {', '.join(INCIDENT_COLUMNS)}, {expr} FROM incidents{w.sql()}{order} "
           f"LIMIT {size + 1}")
    rows = []
    for r in cur.execute(sql, w.args):
        rec = incident_record(r[:-1])
        rec["_sort"], rec["_id"] = r[-1], rec["id"]
        rows.append(rec)
    return _page(rows, size, expr)


def incident(conn: sqlite3.Connection, incident_id: str) -> dict[str, Any] | None:
    cur = conn.cursor()
    cur.row_factory = None
    row = cur.execute(f"SELECT {', '.join(INCIDENT_COLUMNS)} FROM incidents WHERE id = ?",
                      (checks.text(incident_id, "incident"),)).fetchone()
    return incident_record(row) if row else None


def incident_units(conn: sqlite3.Connection, incident_id: str) -> list[dict[str, Any]]:
    cols = ("article_id", "unit", "source", "published", "plover_type", "place", "date_first",
            "date_last", "killed_low", "killed_high", "injured_low", "injured_high", "claimant",
            "n_mentions", "start", "end", "text")
    cur = conn.cursor()
    cur.row_factory = None
    return [dict(zip(cols, r, strict=True)) for r in cur.execute(
        f"SELECT {names(cols)} FROM incident_units WHERE incident_id = ? ORDER BY rowid",
        (incident_id,))]


def incident_mentions(conn: sqlite3.Connection, incident_id: str) -> list[dict[str, Any]]:
    cur = conn.cursor()
    cur.row_factory = None
    return [{"event_id": r[0], "article_id": r[1], "start": r[2], "end": r[3]}
            for r in cur.execute(
                'SELECT event_id, article_id, start, "end" FROM incident_mentions WHERE '
                "incident_id = ? ORDER BY article_id, start, event_id", (incident_id,))]


# -- the map -------------------------------------------------------------------------------------

MAX_POINTS = 2000  # above this many incidents in view, the server clusters them on a grid


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        w, s, e, n = (float(x) for x in checks.text(value, "bbox").split(","))
        if not all(math.isfinite(v) for v in (w, s, e, n)) or s > n:
            raise ValueError
    except ValueError:
        raise FilterError(f"bbox {checks.shown(value)} is not west,south,east,north",
                          "e.g. bbox=-180,-90,180,90") from None
    return max(w, -180.0), max(s, -90.0), min(e, 180.0), min(n, 90.0)


def incident_feature(rec: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in rec.items() if k not in ("lat", "lon")}
    return {"type": "Feature", "id": rec["id"],
            "geometry": {"type": "Point", "coordinates": [rec["lon"], rec["lat"]]},
            "properties": props}


def map_features(conn: sqlite3.Connection, f: Filters, *, bbox: str | None = None,
                 zoom: Any = None) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the incidents in view: one point per incident when there
    are at most ``MAX_POINTS``, else clusters on a grid of about 60 pixels at ``zoom`` (each
    with its number of incidents, fatalities and most frequent type)."""
    w = incident_where(conn, f)
    w.add("lat IS NOT NULL AND lon IS NOT NULL")
    box = _bbox(bbox)
    if box:
        west, south, east, north = box
        w.add("lat BETWEEN ? AND ?", south, north)
        if west <= east:
            w.add("lon BETWEEN ? AND ?", west, east)
    n = conn.execute(f"SELECT COUNT(*) FROM incidents{w.sql()}", w.args).fetchone()[0]
    try:
        z = min(max(int(zoom if zoom is not None else 2), 0), 20)
    except ValueError:
        raise FilterError(f"zoom {checks.shown(zoom)} is not a whole number", "e.g. zoom=3") \
            from None
    if n <= MAX_POINTS:
        cur = conn.cursor()
        cur.row_factory = None
        cols = ("id", "plover_type", "acled_event_type", "place", "country", "date_first",
                "fatalities_best", "n_articles", "contested", "lat", "lon", "first_article_id",
                "first_start", "first_end")
        features = []
        for r in cur.execute(f"SELECT {names(cols)} FROM incidents{w.sql()} "
                             "ORDER BY COALESCE(date_first, ''), id", w.args):
            rec = dict(zip(cols, r, strict=True))
            rec["contested"] = bool(rec["contested"])
            features.append(incident_feature(rec))
        return {"type": "FeatureCollection", "features": features, "sitrep:clustered": False,
                "sitrep:count": n}
    cell = 60 * 360.0 / (256 * 2 ** z)
    rows = conn.execute(
        f"SELECT CAST(floor(lon / ?) AS INTEGER) AS gx, CAST(floor(lat / ?) AS INTEGER) AS gy, "
        f"COUNT(*), AVG(lon), AVG(lat), SUM(COALESCE(fatalities_best, 0)), "
        f"(SELECT 0) FROM incidents{w.sql()} GROUP BY gx, gy ORDER BY gx, gy",
        [cell, cell, *w.args]).fetchall()
    types: dict[tuple[int, int], dict[str, int]] = {}
    for gx, gy, t, k in conn.execute(
            f"SELECT CAST(floor(lon / ?) AS INTEGER), CAST(floor(lat / ?) AS INTEGER), "
            f"plover_type, COUNT(*) FROM incidents{w.sql()} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            [cell, cell, *w.args]):
        types.setdefault((gx, gy), {})[t] = k
    features = []
    for gx, gy, count, lon, lat, dead, _ in rows:
        mix = types.get((gx, gy), {})
        top = max(mix, key=lambda t: (mix[t], t)) if mix else None
        features.append({"type": "Feature", "id": f"cluster-{z}-{gx}-{gy}",
                         "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": {"cluster": True, "count": count, "fatalities": dead,
                                        "plover_type": top, "types": mix}})
    return {"type": "FeatureCollection", "features": features, "sitrep:clustered": True,
            "sitrep:count": n}


# -- the timeline ----------------------------------------------------------------------------------

def timeline(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    """Incidents per day and PLOVER type, with the day's fatalities (best estimates), over the
    days of day-precise incidents. Without since/until, the range is cut to the days between the
    1st and 99th percentile of incidents (a few old dates would squash the chart)."""
    w = incident_where(conn, f)
    w.add("date_first IS NOT NULL AND length(date_first) = 10")
    rows = conn.execute(
        f"SELECT date_first, plover_type, COUNT(*), SUM(COALESCE(fatalities_best, 0)) "
        f"FROM incidents{w.sql()} GROUP BY 1, 2 ORDER BY 1, 2", w.args).fetchall()
    days: dict[str, dict[str, Any]] = {}
    for day, kind, n, dead in rows:
        d = days.setdefault(day, {"date": day, "total": 0, "fatalities": 0, "types": {}})
        d["types"][kind] = n
        d["total"] += n
        d["fatalities"] += dead
    series = list(days.values())
    trimmed = False
    if series and not f.since and not f.until:
        total = sum(d["total"] for d in series)
        lo_n, hi_n = total * 0.01, total * 0.99
        run, lo, hi = 0, 0, len(series) - 1
        for i, d in enumerate(series):
            if run <= lo_n < run + d["total"]:
                lo = i
            if run <= hi_n < run + d["total"]:
                hi = i
            run += d["total"]
        trimmed = lo > 0 or hi < len(series) - 1
        series = series[lo:hi + 1]
    types = sorted({t for d in series for t in d["types"]})
    return {"days": series, "types": types, "trimmed": trimmed,
            "range": [series[0]["date"], series[-1]["date"]] if series else None}


# -- events, claims, articles, places ---------------------------------------------------------------

_EVENT_DATE = ("COALESCE(e.date_start, e.date_value, "
               "(SELECT published FROM articles a WHERE a.id = e.article_id))")
EVENT_SORTS = {"stored": "e.id", "date": f"COALESCE({_EVENT_DATE}, '')",
               "type": "e.plover_type", "confidence": "COALESCE(e.confidence, -1)"}


def events(conn: sqlite3.Connection, f: Filters, *, sort: str | None = None, limit: Any = None,
           cursor: str | None = None) -> Page:
    w = checks.Where()
    w.dates(f.since, f.until, _EVENT_DATE)
    if f.article:
        w.add("e.article_id = ?", resolve_id(conn, f.article))
    if f.min_confidence is not None:
        w.add("e.confidence >= ?", checks.confidence(f.min_confidence))
    if f.type:
        column, value = checks.event_type(f.type)
        w.add(f"e.{column} = ?", value)
    if f.country:
        code = checks.country(f.country)
        w.add("(e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors ac "
              "ON ac.id = ea.actor_id WHERE upper(ac.country) = ?) OR e.id IN "
              "(SELECT ep.event_id FROM event_places ep JOIN places pl ON pl.id = ep.place_id "
              "WHERE upper(pl.country) = ?))", code, code)
    if f.place:
        pattern = checks.like_literal(f.place, "place")
        w.add("e.id IN (SELECT ep.event_id FROM event_places ep JOIN places pl "
              "ON pl.id = ep.place_id WHERE LOWER(pl.name) LIKE LOWER(?) ESCAPE '\\' "
              "OR LOWER(pl.text) LIKE LOWER(?) ESCAPE '\\' OR pl.geonameid = ?)", pattern, pattern,
              int(f.place) if str(f.place).isdigit() else -1)
    expr, desc = sort_spec(sort, EVENT_SORTS, "stored")
    order = _keyset(w, expr, "e.id", desc, cursor)
    size = page_size(limit)
    cols = ("id", "article_id", "idx", "start", "end", "text", "trigger_start", "trigger_end",
            "trigger_text", "plover_type", "plover_mode", "acled_event_type",
            "acled_sub_event_type", "cameo_root", "date_value", "date_start", "date_end",
            "modes", "confidence", "extractor")
    cur = conn.cursor()
    cur.row_factory = None
    rows = []
    for r in cur.execute(f"SELECT {', '.join('e.' + c for c in cols)}, {expr} FROM events e"
                         f"{w.sql()}{order} LIMIT {size + 1}", w.args):
        rec = dict(zip(cols, r[:-1], strict=True))
        rec["modes"] = json.loads(rec["modes"] or "[]")
        rec["evidence"] = {"article_id": rec["article_id"], "start": rec["start"],
                           "end": rec["end"]}
        rec["_sort"], rec["_id"] = r[-1], rec["id"]
        rows.append(rec)
    page = _page(rows, size, expr)
    _event_links(conn, page.items)
    return page


def _event_links(conn: sqlite3.Connection, items: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in items]
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    by_id = {r["id"]: r for r in items}
    for r in items:
        r["actors"], r["recipients"], r["places"] = [], [], []
    for eid, role, name, country, sector, a, s, e in conn.execute(
            "SELECT ea.event_id, ea.role, ac.name, ac.country, ac.sector, ac.article_id, "
            f"ac.start, ac.end FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id "
            f"WHERE ea.event_id IN ({marks}) ORDER BY ea.event_id, ea.role, ea.position", ids):
        by_id[eid]["actors" if role == "actor" else "recipients"].append(
            {"name": name, "country": country, "sector": sector,
             "evidence": {"article_id": a, "start": s, "end": e}})
    for eid, name, country, gid, lat, lon, a, s, e in conn.execute(
            "SELECT ep.event_id, pl.name, pl.country, pl.geonameid, pl.lat, pl.lon, "
            "pl.article_id, pl.start, pl.end FROM event_places ep JOIN places pl "
            f"ON pl.id = ep.place_id WHERE ep.event_id IN ({marks}) "
            "ORDER BY ep.event_id, ep.position", ids):
        by_id[eid]["places"].append({"name": name, "country": country, "geonameid": gid,
                                     "lat": lat, "lon": lon,
                                     "evidence": {"article_id": a, "start": s, "end": e}})


_CLAIM_DATE = ("COALESCE(c.period_end, c.period_start, "
               "(SELECT published FROM articles a WHERE a.id = c.article_id))")
CLAIM_SORTS = {"stored": "c.id", "date": f"COALESCE({_CLAIM_DATE}, '')",
               "figure": "COALESCE(c.high, c.low, -1)", "outcome": "c.outcome"}


def claims(conn: sqlite3.Connection, f: Filters, *, sort: str | None = None, limit: Any = None,
           cursor: str | None = None) -> Page:
    w = checks.Where()
    w.dates(f.since, f.until, _CLAIM_DATE)
    if f.article:
        w.add("c.article_id = ?", resolve_id(conn, f.article))
    if f.type:
        w.add("c.outcome = ?", checks.outcome(f.type))
    if f.country:
        code = checks.country(f.country)
        w.add("(upper(c.side) = ? OR c.place_id IN (SELECT id FROM places "
              "WHERE upper(country) = ?))", code, code)
    if f.place:
        pattern = checks.like_literal(f.place, "place")
        w.add("c.place_id IN (SELECT id FROM places p WHERE LOWER(p.name) LIKE LOWER(?) ESCAPE '\\' "
              "OR LOWER(p.text) LIKE LOWER(?) ESCAPE '\\' OR p.geonameid = ?)", pattern, pattern,
              int(f.place) if str(f.place).isdigit() else -1)
    expr, desc = sort_spec(sort, CLAIM_SORTS, "stored")
    order = _keyset(w, expr, "c.id", desc, cursor)
    size = page_size(limit)
    cols = ("id", "article_id", "idx", "start", "end", "text", "outcome", "low", "high",
            "approx", "vague", "victims", "side", "period_kind", "period_start", "period_end",
            "undisclosed", "background", "event_id", "extractor")
    cur = conn.cursor()
    cur.row_factory = None
    rows = []
    sql = (f"SELECT {', '.join('c.' + c for c in cols)}, ac.name, ac.country, pl.name, "
           f"pl.country, {expr} FROM claims c LEFT JOIN actors ac ON ac.id = c.claimant_id "
           f"LEFT JOIN places pl ON pl.id = c.place_id{w.sql()}{order} LIMIT {size + 1}")
    for r in cur.execute(sql, w.args):
        rec = dict(zip(cols, r[:len(cols)], strict=True))
        rec["approx"], rec["undisclosed"] = bool(rec["approx"]), bool(rec["undisclosed"])
        rec["background"] = bool(rec["background"])
        rec["claimant"] = {"name": r[-5], "country": r[-4]} if r[-5] else None
        rec["place"] = {"name": r[-3], "country": r[-2]} if r[-3] else None
        rec["evidence"] = {"article_id": rec["article_id"], "start": rec["start"],
                           "end": rec["end"]}
        rec["_sort"], rec["_id"] = r[-1], rec["id"]
        rows.append(rec)
    return _page(rows, size, expr)


ARTICLE_SORTS = {"stored": "rowid", "published": "COALESCE(published, '')",
                 "source": "COALESCE(source, '')"}


def articles(conn: sqlite3.Connection, f: Filters, *, sort: str | None = None,
             limit: Any = None, cursor: str | None = None) -> Page:
    w = checks.Where()
    w.dates(f.since, f.until, "published")
    if f.article:
        w.add("id = ?", resolve_id(conn, f.article))
    if f.extra.get("status"):
        w.add("status = ?", checks.choice(f.extra["status"], checks.ARTICLE_STATUSES, "status"))
    if f.extra.get("source"):
        w.add("LOWER(source) LIKE LOWER(?) ESCAPE '\\'", checks.like_literal(f.extra["source"], "source"))
    if f.country or f.type or f.place:
        w.add("id IN (SELECT article_id FROM events e WHERE 1=1" + "".join(
            [" AND e.id IN (SELECT ep.event_id FROM event_places ep JOIN places pl ON pl.id = "
             "ep.place_id WHERE upper(pl.country) = ?)" if f.country else "",
             f" AND e.{checks.event_type(f.type)[0]} = ?" if f.type else "",
             " AND e.id IN (SELECT ep.event_id FROM event_places ep JOIN places pl ON pl.id = "
             "ep.place_id WHERE LOWER(pl.name) LIKE LOWER(?) ESCAPE '\\')" if f.place else ""]) + ")",
              *([checks.country(f.country)] if f.country else []),
              *([checks.event_type(f.type)[1]] if f.type else []),
              *([checks.like_literal(f.place, "place")] if f.place else []))
    expr, desc = sort_spec(sort, ARTICLE_SORTS, "stored")
    order = _keyset(w, expr, "rowid", desc, cursor)
    size = page_size(limit)
    cols = ("id", "external_id", "title", "source", "url", "published", "language", "status",
            "reason", "n_chars", "extractors")
    cur = conn.cursor()
    cur.row_factory = None
    rows = []
    for r in cur.execute(f"SELECT {names(cols)}, rowid, {expr} FROM articles{w.sql()}"
                         f"{order} LIMIT {size + 1}", w.args):
        rec = dict(zip(cols, r[:len(cols)], strict=True))
        rec["extractors"] = json.loads(rec["extractors"]) if rec["extractors"] else None
        rec["_id"], rec["_sort"] = r[-2], r[-1]
        rows.append(rec)
    return _page(rows, size, expr)


def places(conn: sqlite3.Connection, f: Filters, *, limit: Any = None,
           cursor: str | None = None) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the distinct places mentioned (with coordinates), most
    mentioned first, each with its number of mentions and one evidence span."""
    w = checks.Where()
    w.add("listed = 1 AND lat IS NOT NULL AND lon IS NOT NULL")
    w.dates(f.since, f.until, "(SELECT published FROM articles a WHERE a.id = places.article_id)")
    if f.article:
        w.add("article_id = ?", resolve_id(conn, f.article))
    if f.country:
        w.add("upper(country) = ?", checks.country(f.country))
    if f.type:
        w.add("kind = ?", checks.choice(f.type, checks.PLACE_KINDS, "type"))
    if f.place:
        pattern = checks.like_literal(f.place, "place")
        w.add("(LOWER(name) LIKE LOWER(?) ESCAPE '\\' OR geonameid = ?)", pattern,
              int(f.place) if str(f.place).isdigit() else -1)
    size = page_size(limit)
    after = decode_cursor(cursor)
    having = ""
    args = list(w.args)
    if after is not None:
        having = " HAVING (COUNT(*) < ? OR (COUNT(*) = ? AND MIN(id) > ?))"
        args += [after[0], after[0], after[1]]
    rows = conn.execute(  # the other columns from the group's first mention
        'SELECT g.name, g.geonameid, g.country, g.kind, p.precision, p.lat, p.lon, g.n, g.first, '
        'p.article_id, p.start, p."end" FROM (SELECT name, geonameid, country, kind, '
        f"COUNT(*) AS n, MIN(id) AS first FROM places{w.sql()} GROUP BY name, geonameid, "
        f"country, kind{having}) g JOIN places p ON p.id = g.first ORDER BY g.n DESC, g.first "
        f"LIMIT {size + 1}", args).fetchall()
    more = len(rows) > size
    rows = rows[:size]
    features = [{"type": "Feature", "id": f"place-{r[8]}",
                 "geometry": {"type": "Point", "coordinates": [r[6], r[5]]},
                 "properties": {"name": r[0], "geonameid": r[1], "country": r[2], "kind": r[3],
                                "precision": r[4], "mentions": r[7],
                                "evidence": {"article_id": r[9], "start": r[10], "end": r[11]}}}
                for r in rows]
    return {"type": "FeatureCollection", "features": features,
            "next_cursor": encode_cursor(rows[-1][7], rows[-1][8]) if more and rows else None}
