"""Incidents: event mentions fused into one row per happening, within an article and then across
articles, at store time (``fuse_stored``, called in the transaction that stores the articles).

Within an article, ``reconcile.units.article_units`` gives the article's happenings (ACLED's
unit: type family, actor pair, location, day). Across articles, each unit looks only at the
incidents of its block: the same family, the same country, and dates within ``WINDOW_DAYS``
(one index lookup, ``incidents_block``), never at the whole database. It joins the incident
whose place agrees best within the precision of the coarser one (same town, then same
first-level region, then same country), whose actors agree (a country in common, or one side
not stated) and whose days overlap; otherwise it starts a new incident. Units without a place
or a date never join across articles (there is no block to look in).

The incident's fields are recomputed from its units (what each article says: stored in
``incident_units``) whenever one joins or leaves: type and actors from the mentions, the most
precise place, the first and last day, and fatalities and injured as UCDP-style low / best /
high over the articles' figures with the rules of the tallies (``reconcile.tallies``).

Stability: articles are fused in the order they are stored (input order, also with
``--workers N``: Dask workers send rows and the client stores them in input order), candidates
are ranked by a total order, and an incident's id is a hash of its first mention's article id and
evidence span, so the same inputs give the same incidents with the same ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import sqlite3
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sitrep.reconcile.tallies import build_tallies
from sitrep.reconcile.units import (
    MATERIAL,
    Unit,
    actors_agree,
    article_units,
    place_precision,
    places_agree,
)
from sitrep.records import Actor, Article, Claim, Evidence, Place
from sitrep.store import incidents as rows

VERSION = "sitrep.incidents.v6"  # v6: only happenings in ACLED's scope (reconcile/relevance.py)
WINDOW_DAYS = 0  # days must overlap: with one day of slack, two shootings a day apart in one
# city joined (gvdb look part: fusion precision 0.09 with 1 day)
NEAR_KM = 25.0  # a unit near a town (ACLED precision 2) joins incidents this close to that town
FATALITIES_RULE = ("per article: its figure for the incident (largest per victim group, added "
                   "over groups; cumulative, historical, withheld figures and parts left out); "
                   "across articles: low = lowest, high = highest, best = median of the "
                   "articles' figures; contested when sources' ranges do not overlap")


def incident_id(unit: Unit) -> str:
    """From the first mention: article id and evidence span, with the family and place that tell
    apart two incidents of one sentence ("clashes in Goma and Bukavu")."""
    place = unit.place.geonameid or unit.place.name if unit.place else ""
    key = f"{unit.article_id}:{unit.start}:{unit.end}:{unit.family}:{place}:{unit.unit}"
    digest = hashlib.sha1(key.encode()).hexdigest()
    return f"inc-{digest[:16]}"


def fuse_stored(conn: sqlite3.Connection, article_ids: Sequence[str]) -> int:
    """Fuse the events of the given (just stored) articles into incidents, in order; returns the
    number of units placed. Runs inside the caller's transaction."""
    from sitrep.store.bulk import article_dates, extractions

    ids = list(dict.fromkeys(article_ids))
    if not ids:
        return 0
    touched = rows.forget_articles(conn, ids)  # re-extracted articles leave their incidents
    event_ids = rows.event_ids(conn, ids)
    placed = 0
    dates = article_dates(conn, ids)  # the day an undated happening was told (units.article_day)
    for ex in extractions(conn, ids):
        ex.dates = dates.get(ex.article.id, [])
        for unit in article_units(ex):
            target = _best_candidate(conn, unit)
            new = False
            if target is None:  # a new incident (unless a re-extracted article finds its own)
                target = incident_id(unit)
                new = rows.create(conn, target, VERSION, unit)
            row = rows.add_unit(conn, target, unit, event_ids)
            units = [row] if new else rows.units_of(conn, target)  # (one round trip less)
            rows.update(conn, target, summarise(units))  # findable now
            touched.discard(target)
            placed += 1
    for iid in sorted(touched):  # incidents that re-extracted articles left
        units = rows.units_of(conn, iid)
        if units:
            rows.update(conn, iid, summarise(units))
        else:
            rows.delete(conn, iid)
    return placed


def _best_candidate(conn: sqlite3.Connection, unit: Unit) -> str | None:
    if unit.place is None or unit.place.country is None or unit.date_first is None:
        return None
    if (unit.date_precision or "day") != "day":
        return None
    first = dt.date.fromisoformat(unit.date_first[:10])
    last = dt.date.fromisoformat((unit.date_last or unit.date_first)[:10])
    window = dt.timedelta(days=WINDOW_DAYS)
    ranked: list[tuple[Any, ...]] = []
    for cand in rows.block(conn, unit.family, unit.place.country,
                           (first - window).isoformat(), (last + window).isoformat()):
        if cand["article_ids"] and unit.article_id in cand["article_ids"]:
            continue  # an article's own units stay apart
        agree = places_agree(unit.place, cand["place"])
        if agree is None or not actors_agree(unit.countries, cand["countries"]):
            continue
        if unit.family in MATERIAL and agree < 3 and min(
                place_precision(unit.place), cand["place"].precision or 9) > 1:
            continue  # two region-wide reports of violence are not known to be one happening
        if agree == 2 and max(place_precision(unit.place), cand["place"].precision or 9) == 2 \
                and not near(unit.place, cand["place"]):
            continue  # near a town ("north St. Louis") is that town's surroundings, not its state
        gap = _gap(first, last, cand["date_first"], cand["date_last"])
        ranked.append((-agree, gap, -len(unit.countries & cand["countries"]),
                       -cand["n_articles"], cand["id"]))
    return min(ranked)[-1] if ranked else None


def near(a: Place, b: Place, km: float = NEAR_KM) -> bool:
    """Whether two places lie within ``km`` of each other (both with coordinates)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    dy = (a.lat - b.lat) * 111.2
    dx = (a.lon - b.lon) * 111.2 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy) <= km


def _gap(first: dt.date, last: dt.date, other_first: str, other_last: str) -> int:
    a, b = dt.date.fromisoformat(other_first[:10]), dt.date.fromisoformat(other_last[:10])
    if last < a:
        return (a - last).days
    if b < first:
        return (first - b).days
    return 0


def summarise(units: list[dict[str, Any]]) -> dict[str, Any]:
    """The incident's fields from its units (rows of ``incident_units``, in joining order)."""
    weight: Counter[tuple[str, str | None]] = Counter()
    for u in units:
        weight[(u["plover_type"], u["plover_mode"])] += u["n_mentions"]
    order = {key: i for i, key in reversed(list(enumerate(
        (u["plover_type"], u["plover_mode"]) for u in units)))}
    ptype, pmode = max(weight, key=lambda k: (weight[k], -order[k]))
    acled = Counter((u["acled_event_type"], u["acled_sub_event_type"]) for u in units
                    if u["acled_event_type"])
    acled_type = max(acled, key=lambda k: (acled[k], k)) if acled else (None, None)
    cameo = Counter(u["cameo_root"] for u in units if u["cameo_root"])
    place = min(units, key=lambda u: (u["geo_precision"] or 9, u["geonameid"] is None))
    days = [u for u in units if u["date_first"]]
    day_units = [u for u in days if u["date_precision"] == "day"] or days
    sources = sorted({u["source"] or u["article_id"][:8] for u in units})
    killed = _estimate(units, "killed")
    injured = _estimate(units, "injured")
    return {
        "plover_type": ptype, "plover_mode": pmode,
        "acled_event_type": acled_type[0], "acled_sub_event_type": acled_type[1],
        "cameo_root": max(cameo, key=lambda k: (cameo[k], k)) if cameo else None,
        "actors": _merge_actors(units, "actors"), "recipients": _merge_actors(units, "recipients"),
        "geonameid": place["geonameid"], "place": place["place"], "admin1": place["admin1"],
        "country": place["country"], "lat": place["lat"], "lon": place["lon"],
        "geo_precision": place["geo_precision"],
        "date_first": min(u["date_first"] for u in day_units) if day_units else None,
        "date_last": max(u["date_last"] or u["date_first"] for u in day_units)
        if day_units else None,
        "date_precision": day_units[0]["date_precision"] if day_units else None,
        "fatalities_low": killed[0], "fatalities_best": killed[1], "fatalities_high": killed[2],
        "injured_low": injured[0], "injured_best": injured[1], "injured_high": injured[2],
        "fatalities_rule": FATALITIES_RULE if killed[1] is not None or injured[1] is not None
        else None,
        "contested": int(killed[3] or injured[3]),
        "n_mentions": sum(u["n_mentions"] for u in units),
        "n_articles": len({u["article_id"] for u in units}),
        "n_sources": len(sources), "sources": json.dumps(sources),
        "notes": _note(units[0], len(units)),
    }


def _merge_actors(units: list[dict[str, Any]], key: str) -> str:
    seen: dict[str, dict[str, Any]] = {}
    for u in units:
        for a in json.loads(u[key]):
            seen.setdefault(a["name"].lower(), a)
    return json.dumps(list(seen.values())[:8])


def _estimate(units: list[dict[str, Any]], outcome: str
              ) -> tuple[int | None, int | None, int | None, bool]:
    """low, best, high, contested over the articles' figures (one per article: the largest of
    its units), by the tallies' rules."""
    per_article: dict[str, dict[str, Any]] = {}
    for u in units:
        low = u[f"{outcome}_low"]
        if low is None:
            continue
        old = per_article.get(u["article_id"])
        if old is None or old[f"{outcome}_low"] < low:
            per_article[u["article_id"]] = u
    if not per_article:
        return None, None, None, False
    items = []
    for aid, u in sorted(per_article.items()):
        claim = Claim(evidence=Evidence(u["start"], u["end"], u["text"], article_id=aid),
                      outcome=outcome, low=u[f"{outcome}_low"], high=u[f"{outcome}_high"],
                      victims="all", period_kind="day")
        if u["claimant"]:
            claim.claimant = Actor(u["claimant"], claim.evidence, u["claimant"])
        items.append((claim, Article(text="", id=aid, source=u["source"] or aid,
                                     published=_day(u["published"]))))
    tally = build_tallies(items)[0]
    return tally.low, tally.best, tally.high, tally.contested


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _note(first: dict[str, Any], n_units: int) -> str:
    text = " ".join(str(first["text"]).split())
    if len(text) > 240:
        text = text[:239].rsplit(" ", 1)[0] + "…"
    if n_units > 1:
        text += f" ({n_units} reports)"
    return text

