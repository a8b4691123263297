"""Set-based reads for exports: the events of the database with their articles and claims,
streamed in article and event order, a chunk of articles at a time.

Each chunk costs eight queries (its articles; their events; the events' actor and place links;
the actors, places and dates those and the claims point to; the claims) whatever the number of
events in it, and only one chunk is held in memory, so an export of the whole database runs in
time proportional to its size with flat memory. Rows are read as plain tuples with their
columns named once here (``sqlite3.Row`` compares a name with every column name on each
lookup, which made building the records the slowest part of an export). The records are the
ones the queries of ``store/read.py`` return; ``tests/export/test_bulk.py`` holds the two
equal on a few hundred news-mix articles.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from sitrep.records import Actor, Article, Claim, Event, Evidence, Extraction, Place, When
from sitrep.store import read

CHUNK = 200  # articles per chunk: ~1,700 events of news-mix, a few MB of records

_ARTICLES = ("SELECT id, title, source, url, published, language, origin, external_id, status, "
             "reason FROM articles WHERE id IN ({ids})")
_EVENTS = ('SELECT id, article_id, start, "end", text, trigger_start, trigger_end, trigger_text, '
           "plover_type, plover_mode, acled_event_type, acled_sub_event_type, cameo_root, "
           "date_id, modes, location_rule, confidence, extractor FROM events "
           "WHERE article_id IN ({ids}) ORDER BY article_id, idx")
_EVENT_ACTORS = ("SELECT ea.event_id, ea.role, ea.position, ea.actor_id FROM event_actors ea "
                 "JOIN events e ON e.id = ea.event_id WHERE e.article_id IN ({ids})")
_EVENT_PLACES = ("SELECT ep.event_id, ep.position, ep.place_id FROM event_places ep "
                 "JOIN events e ON e.id = ep.event_id WHERE e.article_id IN ({ids})")
_ACTORS = ('SELECT id, article_id, start, "end", text, name, country, sector, office, kind, '
           "extractor FROM actors WHERE id IN (SELECT ea.actor_id FROM event_actors ea JOIN "
           "events e ON e.id = ea.event_id WHERE e.article_id IN ({ids})) OR id IN (SELECT "
           "claimant_id FROM claims WHERE article_id IN ({ids}))")
_PLACES = ('SELECT id, article_id, start, "end", text, name, geonameid, country, admin1, lat, lon, '
           "feature_class, kind, precision, extractor FROM places WHERE id IN (SELECT "
           "ep.place_id FROM event_places ep JOIN events e ON e.id = ep.event_id WHERE "
           "e.article_id IN ({ids})) OR id IN (SELECT place_id FROM claims WHERE article_id IN "
           "({ids}))")
_DATES = ('SELECT id, article_id, start, "end", text, value, precision, span_start, span_end, '
          "relative, unresolved_reason, extractor, kind FROM dates WHERE id IN (SELECT date_id "
          "FROM events WHERE article_id IN ({ids}))")
_CLAIMS = ('SELECT article_id, start, "end", text, outcome, low, high, approx, vague, vague_low, '
           "victims, side, period_kind, period_start, period_end, place_id, claimant_id, "
           "undisclosed, background, part_of, event_idx, extractor FROM claims "
           "WHERE article_id IN ({ids}) ORDER BY article_id, idx")


def _rows(conn: sqlite3.Connection, sql: str, ids: list[str]) -> list[tuple[Any, ...]]:
    cursor = conn.cursor()
    cursor.row_factory = None
    marks = ",".join("?" * len(ids))
    return cursor.execute(sql.format(ids=marks), ids * sql.count("{ids}")).fetchall()


def _article(r: tuple[Any, ...]) -> Article:
    return Article(text="", id=r[0], title=r[1], source=r[2], url=r[3],
                   published=dt.date.fromisoformat(r[4]) if r[4] else None, language=r[5],
                   origin=r[6], external_id=r[7], status=r[8], reason=r[9])


def _actor(r: tuple[Any, ...]) -> Actor:
    return Actor(text=r[4], evidence=Evidence(r[2], r[3], r[4], article_id=r[1]), name=r[5],
                 country=r[6], sector=r[7], office=r[8], kind=r[9], extractor=r[10])


def _place(r: tuple[Any, ...]) -> Place:
    return Place(text=r[4], evidence=Evidence(r[2], r[3], r[4], article_id=r[1]), name=r[5],
                 geonameid=r[6], country=r[7], admin1=r[8], lat=r[9], lon=r[10],
                 feature_class=r[11], kind=r[12], precision=r[13], extractor=r[14])


def _when(r: tuple[Any, ...]) -> When:
    when = When(text=r[4], evidence=Evidence(r[2], r[3], r[4], article_id=r[1]), value=r[5],
                precision=r[6], start=r[7], end=r[8], relative=bool(r[9]),
                unresolved_reason=r[10], extractor=r[11])
    when.kind = r[12]
    return when


_ARTICLE_DATES = ('SELECT id, article_id, start, "end", text, value, precision, span_start, '
                  "span_end, relative, unresolved_reason, extractor, kind FROM dates "
                  "WHERE article_id IN ({ids}) ORDER BY article_id, start")


def article_dates(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[str, list[When]]:
    """Every date expression of the given articles (not only the events' ones), in text order."""
    out: dict[str, list[When]] = {}
    ids = list(article_ids)
    for i in range(0, len(ids), CHUNK):
        for r in _rows(conn, _ARTICLE_DATES, ids[i:i + CHUNK]):
            out.setdefault(r[1], []).append(_when(r))
    return out


def extractions(conn: sqlite3.Connection, article_ids: Sequence[str], chunk: int = CHUNK
                ) -> Iterator[Extraction]:
    """Each of ``article_ids`` (in that order) as an ``Extraction`` holding its article (without
    text), its events and its claims; ids not in the database are passed over."""
    for i in range(0, len(article_ids), chunk):
        ids = list(article_ids[i:i + chunk])
        found = {r[0]: Extraction(article=_article(r)) for r in _rows(conn, _ARTICLES, ids)}
        actors = {r[0]: _actor(r) for r in _rows(conn, _ACTORS, ids)}
        places = {r[0]: _place(r) for r in _rows(conn, _PLACES, ids)}
        dates = {r[0]: _when(r) for r in _rows(conn, _DATES, ids)}
        links: dict[int, list[tuple[str, int, int]]] = {}
        for event_id, role, position, actor_id in _rows(conn, _EVENT_ACTORS, ids):
            links.setdefault(event_id, []).append((role, position, actor_id))
        place_links: dict[int, list[tuple[int, int]]] = {}
        for event_id, position, place_id in _rows(conn, _EVENT_PLACES, ids):
            place_links.setdefault(event_id, []).append((position, place_id))
        for r in _rows(conn, _EVENTS, ids):
            aid = r[1]
            linked = sorted(links[r[0]]) if r[0] in links else ()
            evidence = Evidence(r[2], r[3], r[4], article_id=aid)
            found[aid].events.append(Event(
                evidence=evidence,
                trigger=(Evidence(r[5], r[6], r[7], article_id=aid) if r[5] is not None
                         else evidence),
                plover_type=r[8], plover_mode=r[9], acled_event_type=r[10],
                acled_sub_event_type=r[11], cameo_root=r[12],
                actors=[actors[a] for role, _, a in linked if role == "actor"],
                recipients=[actors[a] for role, _, a in linked if role == "recipient"],
                places=([places[p] for _, p in sorted(place_links[r[0]])]
                        if r[0] in place_links else []),
                when=dates.get(r[13]) if r[13] is not None else None,
                modes=[] if r[14] in (None, "[]") else json.loads(r[14]), location_rule=r[15], confidence=r[16],
                extractor=r[17]))
        for r in _rows(conn, _CLAIMS, ids):
            found[r[0]].claims.append(Claim(
                evidence=Evidence(r[1], r[2], r[3], article_id=r[0]), outcome=r[4], low=r[5],
                high=r[6], approx=bool(r[7]), vague=r[8], vague_low=r[9], victims=r[10],
                side=r[11], period_kind=r[12], period_start=r[13], period_end=r[14],
                place=places.get(r[15]) if r[15] is not None else None,
                claimant=actors.get(r[16]) if r[16] is not None else None,
                undisclosed=bool(r[17]), background=bool(r[18]), part_of=r[19], event=r[20],
                extractor=r[21]))
        for aid in ids:
            if aid in found:
                yield found[aid]


def event_key(event: Event) -> tuple[Any, ...]:
    """What identifies an event mention within the database (article, sentence, trigger, type)."""
    return (event.evidence.article_id, event.evidence.start, event.trigger.start,
            event.plover_type)


def event_rows(conn: sqlite3.Connection, filters: dict[str, Any], chunk: int = CHUNK
               ) -> Iterator[tuple[Extraction, int, Event]]:
    """(extraction, index in it, event) for every event matching ``filters`` (those of
    ``store.read.events``), ordered by article id and position in the article.

    Without filters nothing but the article ids is read up front; with filters the matching
    events are found first with ``read.events`` (so that the filters mean exactly what they
    mean in every query) and only their keys are kept."""
    active = {k: v for k, v in filters.items() if v is not None}
    keys: set[tuple[Any, ...]] | None = None
    if active:
        wanted = read.events(conn, **active)
        keys = {event_key(e) for e in wanted}
        ids = list(dict.fromkeys(e.evidence.article_id or "" for e in wanted))
        del wanted
    else:
        ids = [r[0] for r in conn.execute(
            "SELECT DISTINCT article_id FROM events ORDER BY article_id")]
    for ex in extractions(conn, ids, chunk):
        for idx, event in enumerate(ex.events):
            if keys is None or event_key(event) in keys:
                yield ex, idx, event
