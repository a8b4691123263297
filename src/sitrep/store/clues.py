"""Reads and writes of ``incident_clues`` (``migrations/0006_incident_clues.sql``): the clues
each article's unit told about its incident (``sitrep.reconcile.clues``; here as (kind, label)
pairs, "person:tavon goff"), and what fusion reads to find them: the article's text, its named
actors and the victims of its violent events."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any


def _chunks(ids: Sequence[Any], size: int = 500) -> Iterator[list[Any]]:
    for i in range(0, len(ids), size):
        yield list(ids[i:i + size])


def article_material(conn: sqlite3.Connection, article_ids: Sequence[str]
                     ) -> dict[str, tuple[str, list[tuple[int, int, str]], dict[str, set[int]]]]:
    """For each article: its text, its named actors (start, end, name) in text order, and the
    names of the recipients of its violent events (ASSAULT), each with the indexes (``idx``) of
    the events that harm them."""
    out: dict[str, tuple[str, list[tuple[int, int, str]], dict[str, set[int]]]] = {}
    for chunk in _chunks(list(article_ids)):
        marks = ",".join("?" * len(chunk))
        for aid, text in conn.execute(
                f"SELECT id, text FROM articles WHERE id IN ({marks})", chunk):
            out[aid] = (text or "", [], {})
        for aid, start, end, name in conn.execute(
                f'SELECT article_id, start, "end", COALESCE(name, text) FROM actors '
                f"WHERE article_id IN ({marks}) AND kind = 'named' ORDER BY article_id, start",
                chunk):
            if aid in out:
                out[aid][1].append((start, end, name))
        for aid, name, idx in conn.execute(
                "SELECT e.article_id, COALESCE(a.name, a.text), e.idx FROM event_actors ea "
                "JOIN events e ON e.id = ea.event_id JOIN actors a ON a.id = ea.actor_id "
                f"WHERE e.article_id IN ({marks}) AND ea.role = 'recipient' "
                "AND e.plover_type = 'ASSAULT' AND a.kind = 'named'", chunk):
            if aid in out:
                out[aid][2].setdefault(name, set()).add(idx)
    return out


def forget_articles(conn: sqlite3.Connection, article_ids: Sequence[str]) -> None:
    for chunk in _chunks(list(article_ids)):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM incident_clues WHERE article_id IN ({marks})", chunk)


def add(conn: sqlite3.Connection, incident_id: str, article_id: str, unit: int, family: str,
        clues: Iterable[tuple[str, str]]) -> None:
    rows = sorted(set(clues))
    if rows:
        conn.executemany(
            "INSERT INTO incident_clues (incident_id, article_id, unit, family, kind, clue) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(incident_id, article_id, unit, family, kind, label) for kind, label in rows])


def clues_of(conn: sqlite3.Connection, incident_ids: Sequence[str]
             ) -> dict[str, list[tuple[str, str]]]:
    """The clues (kind, label) every article told about each incident."""
    out: dict[str, list[tuple[str, str]]] = {}
    for chunk in _chunks(list(incident_ids)):
        marks = ",".join("?" * len(chunk))
        for iid, kind, label in conn.execute(
                f"SELECT incident_id, kind, clue FROM incident_clues WHERE incident_id IN "
                f"({marks}) ORDER BY incident_id, article_id, unit, clue", chunk):
            out.setdefault(iid, []).append((kind, label))
    return out


def sharing(conn: sqlite3.Connection, family: str, labels: Sequence[str]) -> list[str]:
    """The incidents of ``family`` that some article told one of the clues ``labels`` of."""
    found: set[str] = set()
    for chunk in _chunks(sorted(set(labels))):
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT incident_id FROM incident_clues WHERE family = ? AND clue IN "
            f"({marks})", [family, *chunk]))
    return sorted(found)



def told_by(conn: sqlite3.Connection, family: str, labels: Sequence[str]
            ) -> list[tuple[str, str, int]]:
    """(incident id, article id, unit) of the units of ``family`` that told one of the clues
    ``labels``, in a fixed order."""
    found: set[tuple[str, str, int]] = set()
    for chunk in _chunks(sorted(set(labels))):
        marks = ",".join("?" * len(chunk))
        found.update((r[0], r[1], int(r[2])) for r in conn.execute(
            f"SELECT DISTINCT incident_id, article_id, unit FROM incident_clues WHERE family = ? "
            f"AND clue IN ({marks})", [family, *chunk]))
    return sorted(found)


def of_unit(conn: sqlite3.Connection, article_id: str, unit: int) -> list[tuple[str, str]]:
    """The clues (kind, label) one article's unit told."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT kind, clue FROM incident_clues WHERE article_id = ? AND unit = ? ORDER BY clue",
        (article_id, unit))]


def move(conn: sqlite3.Connection, article_id: str, unit: int, incident_id: str,
         family: str) -> None:
    """The clues of one article's unit are now told of ``incident_id``, as ``family``."""
    conn.execute("UPDATE incident_clues SET incident_id = ?, family = ? WHERE article_id = ? "
                 "AND unit = ?", (incident_id, family, article_id, unit))
