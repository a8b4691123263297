"""Reads for the situation brief (``sitrep.brief``): what one period holds, in a few set-based
queries (never one per record), so that a brief of a month of a large feed takes seconds.

The period is a range of days. Articles belong to it by publication date; incidents by their
days (an incident overlapping the period is in it); claims and recalled history come from the
articles of the period. Rows are returned as plain dicts; the brief decides what they say.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from sitrep.records import Claim
from sitrep.store import read

CHUNK = 500
# an event dated this many days before its article's publication is history the article recalls
# (the same bound as reconcile/units.py uses to leave it out of incidents)
HISTORY_DAYS = 45
PRECISE = ("day", "week")


def _chunks(ids: Sequence[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(ids), CHUNK):
        yield list(ids[i:i + CHUNK])


def publication_range(conn: sqlite3.Connection) -> tuple[str | None, str | None, int]:
    """(first, last) publication date of the extracted articles and how many have none."""
    first, last = conn.execute("SELECT MIN(published), MAX(published) FROM articles "
                               "WHERE status = 'extracted'").fetchone()
    undated = conn.execute("SELECT COUNT(*) FROM articles WHERE status = 'extracted' "
                           "AND published IS NULL").fetchone()[0]
    return first, last, int(undated)


def articles_in(conn: sqlite3.Connection, since: str, until: str) -> list[dict[str, Any]]:
    """Extracted articles published from ``since`` to ``until`` (no text)."""
    cur = conn.execute(
        "SELECT id, title, source, url, published, extractors FROM articles "
        "WHERE status = 'extracted' AND published >= ? AND published <= ? ORDER BY published, id",
        (since, until))
    return [{"id": r[0], "title": r[1], "source": r[2], "url": r[3], "published": r[4],
             "extractors": json.loads(r[5]) if r[5] else {}} for r in cur]


def articles_by_id(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(set(ids))):
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT id, title, source, url, published FROM articles "
                              f"WHERE id IN ({marks})", chunk):
            out[r[0]] = {"id": r[0], "title": r[1], "source": r[2], "url": r[3],
                         "published": r[4]}
    return out


def incidents_in(conn: sqlite3.Connection, since: str, until: str,
                 countries: Sequence[str] = (), place: str | None = None
                 ) -> list[dict[str, Any]]:
    """Incidents dated to a day or a week that overlaps the period (of any of ``countries`` when
    given). An incident dated only to a month or a year ("in 2009") is not news of one week."""
    from sitrep.store.incidents import query

    found: dict[str, dict[str, Any]] = {}
    for code in countries or [None]:
        for inc in query(conn, country=code, since=since, until=until, place=place):
            if inc["date_precision"] in PRECISE:
                found.setdefault(inc["id"], inc)
    return sorted(found.values(), key=lambda i: (i["date_first"] or "", i["id"]))


def incident_totals(conn: sqlite3.Connection, since: str, until: str,
                    countries: Sequence[str] = (), place: str | None = None
                    ) -> dict[str, int | None]:
    """Number of incidents and summed fatalities of a period (for the change between periods)."""
    rows = incidents_in(conn, since, until, countries, place)
    return {"incidents": len(rows),
            "fatalities_best": sum(r["fatalities_best"] or 0 for r in rows),
            "fatalities_low": sum(r["fatalities_low"] or 0 for r in rows),
            "fatalities_high": sum(r["fatalities_high"] or 0 for r in rows)}


def mentions_of(conn: sqlite3.Connection, incident_ids: Sequence[str]
                ) -> dict[str, list[dict[str, Any]]]:
    """Each incident's event mentions, in article and text order: event id, article id, the
    evidence span and sentence, the trigger."""
    out: dict[str, list[dict[str, Any]]] = {i: [] for i in incident_ids}
    for chunk in _chunks(list(incident_ids)):
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
                "SELECT m.incident_id, m.event_id, m.article_id, m.start, m.end, e.text, "
                "e.trigger_text, e.plover_type FROM incident_mentions m LEFT JOIN events e "
                f"ON e.id = m.event_id WHERE m.incident_id IN ({marks}) "
                "ORDER BY m.incident_id, m.article_id, m.start, m.event_id", chunk):
            out[r[0]].append({"event_id": r[1], "article_id": r[2], "start": r[3], "end": r[4],
                              "text": r[5] or "", "trigger": r[6], "plover_type": r[7]})
    return out


def event_parts(conn: sqlite3.Connection, event_ids: Sequence[int]
                ) -> dict[int, dict[str, list[dict[str, Any]]]]:
    """The actors (as written), recipients and places of events: event id -> {"actors": [...],
    "recipients": [...], "places": [...]} with text, name, country (and geonameid for places)."""
    out: dict[int, dict[str, list[dict[str, Any]]]] = {
        i: {"actors": [], "recipients": [], "places": []} for i in event_ids}
    for chunk in _chunks(sorted(set(event_ids))):
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
                "SELECT ea.event_id, ea.role, a.text, a.name, a.country, a.sector, a.start, "
                "a.end FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                f"WHERE ea.event_id IN ({marks}) ORDER BY ea.event_id, ea.role, ea.position",
                chunk):
            role = "actors" if r[1] == "actor" else "recipients"
            out[r[0]][role].append({"text": r[2], "name": r[3], "country": r[4],
                                    "sector": r[5], "start": r[6], "end": r[7]})
        for r in conn.execute(
                "SELECT ep.event_id, p.text, p.name, p.country, p.geonameid, p.start, p.end, "
                "p.lat, p.lon FROM event_places ep JOIN places p ON p.id = ep.place_id "
                f"WHERE ep.event_id IN ({marks}) ORDER BY ep.event_id, ep.position", chunk):
            out[r[0]]["places"].append({"text": r[1], "name": r[2], "country": r[3],
                                        "geonameid": r[4], "start": r[5], "end": r[6],
                                        "lat": r[7], "lon": r[8]})
    return out


def claims_of(conn: sqlite3.Connection, article_ids: Sequence[str]
              ) -> list[tuple[int, Claim]]:
    """(idx in its article, claim) for every claim of the articles."""
    return read.claims_of_articles(conn, list(article_ids))


def history_of(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Events the articles recall as history: ``historical`` mode, or dated more than
    ``HISTORY_DAYS`` before the article's publication. Negated and hypothetical ones are left
    out."""
    found: list[dict[str, Any]] = []
    for chunk in _chunks(sorted(set(article_ids))):
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
                "SELECT e.id, e.article_id, e.idx, e.start, e.end, e.text, e.trigger_start, "
                "e.trigger_end, e.trigger_text, e.plover_type, e.plover_mode, e.date_value, "
                "e.date_start, e.date_end, e.modes, e.historical, a.published "
                "FROM events e JOIN articles a ON a.id = e.article_id "
                f"WHERE e.article_id IN ({marks}) ORDER BY e.article_id, e.idx", chunk):
            modes = json.loads(r[14] or "[]")
            if "negated" in modes or "hypothetical" in modes:
                continue
            old = False
            if r[13] and r[16]:
                bound = dt.date.fromisoformat(r[16]) - dt.timedelta(days=HISTORY_DAYS)
                old = r[13] < bound.isoformat()
            if not (r[15] or old):
                continue
            found.append({"event_id": r[0], "article_id": r[1], "idx": r[2], "start": r[3],
                          "end": r[4], "text": r[5], "trigger_start": r[6], "trigger_end": r[7],
                          "trigger": r[8], "plover_type": r[9], "plover_mode": r[10],
                          "date": r[11], "date_start": r[12], "date_end": r[13]})
    return found


def corrections_table(conn: sqlite3.Connection) -> bool:
    """Whether the database records review corrections (a later migration adds them)."""
    from sitrep.store.backend import has_table

    return has_table(conn, "corrections")


def texts_of(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[str, str]:
    """The text of each article (for the quoted sentences of the citations)."""
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(set(article_ids))):
        marks = ",".join("?" * len(chunk))
        out.update(conn.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", chunk))
    return out
