"""Across articles, the block of a statement the text does not locate (a condemnation, an
appeal, a threat, a refusal, an agreement, a meeting told without "in Geneva" or a dateline its
speaker is local to: the statement convention leaves such a unit without a place). ACLED's unit
is the actor pair and the day, and a statement is its speaker's: such a unit looks up the
statements of its family and day that are placed nowhere or in its speaker's country (one index
range each, ``store.incidents.speaker_block``), and joins the one told by the same speaker
(``one_known_speaker``: a party named alike and coded with one country)
whose countries agree role by role (the speaker's with the speaker's, the addressee's with the
addressee's). A located statement also looks up the unlocated ones of its day, so the order in
which two reports come does not matter. Two speakers, two days, or two acts of one family
(``agree.acts_apart``) stay two incidents."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from sitrep.reconcile.agree import acts_apart, same_party
from sitrep.reconcile.units import VERBAL, Unit, roles_agree
from sitrep.store import incidents as rows


def unlocated(unit: Unit) -> bool:
    """Whether the unit is a statement or a meeting the text places in no country."""
    return unit.family in VERBAL and (unit.place is None or unit.place.country is None)


def statement_candidate(conn: sqlite3.Connection, unit: Unit) -> str | None:
    """The incident a statement joins by its speaker and day (see the module), or None: a unit
    with no place looks among the unlocated statements and those placed in its speaker's
    country; a placed one among the unlocated ones only (the placed ones are its own block)."""
    if unit.family not in VERBAL or not unit.actors or unit.date_first is None or (
            unit.date_precision or "day") != "day" or len(unit.date_first) != 10:
        return None
    countries: list[str | None] = [None]
    if unlocated(unit):
        countries += sorted({str(a["country"]) for a in unit.actors if a.get("country")})
    last = (unit.date_last or unit.date_first)[:10]
    ranked: list[tuple[Any, ...]] = []
    for cand in rows.speaker_block(conn, unit.family, countries, unit.date_first, last):
        if unit.article_id in cand["article_ids"]:
            continue  # an article's own units stay apart
        if acts_apart(unit.family, unit.plover_mode, cand.get("mode")):
            continue
        if not one_known_speaker(unit.actors, cand["actors"]):
            continue
        if not roles_agree(unit, cand["actors"], cand["recipients"]):
            continue
        ranked.append((cand["place"] is None, -cand["n_articles"], cand["id"]))
    return str(min(ranked)[-1]) if ranked else None


def one_known_speaker(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> bool:
    """Whether two unlocated reports give one speaker the actor coding knows: a party named
    alike in both (``agree.same_party`` by name: one name, or a surname or an office and the
    full name: "Laurent Fabius" and "French Foreign Minister Laurent Fabius", "Ministry" and
    "Russia Ministry"), coded with one country, or with a country in one and none in the
    other where the shorter name is a full name of capitalised words. One country and sector
    alone is no one speaker (a governor and a state commission are both US government), and a
    speaker no report codes with a country ("police", "officials", "the victim's family", "the
    county prosecutor": there are many of each) tells no statement of one place from
    another's."""
    return any(_known(x, y) for x in a for y in b)


def _known(x: Mapping[str, Any], y: Mapping[str, Any]) -> bool:
    if not (x.get("country") or y.get("country")):
        return False
    if x.get("country") and y.get("country") and x["country"] != y["country"]:
        return False
    if not same_party({"name": x.get("name")}, {"name": y.get("name")}):
        return False
    if x.get("country") and y.get("country"):
        return True
    short = min(str(x.get("name") or "").split(), str(y.get("name") or "").split(), key=len)
    return len(short) >= 2 and all(w[:1].isupper() for w in short)
