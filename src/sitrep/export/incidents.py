"""Exports of incidents: ACLED-style CSV (one row per incident) and JSON Lines.

ACLED's columns where they apply: ``source`` is the incident's distinct sources ("; "),
``notes`` a short sentence from the evidence of its first mention (with the number of reports),
``fatalities`` ACLED's conservative figure (the lowest reliable one, ``fatalities_low``); then
sitrep's own columns: low / best / high of killed and injured, the rule, ``contested``, the
counts of mentions, articles and sources, and the first mention (article, evidence span).
"""

from __future__ import annotations

import csv
import json
from typing import IO, TYPE_CHECKING, Any

from sitrep.export.events import (
    ACLED_COLUMNS,
    DISORDER_TYPE,
    INTER_BY_SECTOR,
    TIME_PRECISION,
    spreadsheet_safe,
)

if TYPE_CHECKING:
    from sitrep.store import Database

EXTRA_COLUMNS = [
    "incident_id", "plover_type", "plover_mode", "cameo_root", "event_date_last", "geonameid",
    "fatalities_low", "fatalities_best", "fatalities_high", "injured_low", "injured_best",
    "injured_high", "fatalities_rule", "contested", "n_mentions", "n_articles", "n_sources",
    "first_article_id", "first_start", "first_end", "extractor",
]
CSV_COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS
NUMBER_COLUMNS = {"year", "time_precision", "inter1", "inter2", "latitude", "longitude",
                  "geo_precision", "fatalities", "geonameid", "fatalities_low",
                  "fatalities_best", "fatalities_high", "injured_low", "injured_best",
                  "injured_high", "n_mentions", "n_articles", "n_sources", "first_start",
                  "first_end", "interaction", "contested"}


def _name(actor: dict[str, Any]) -> str:
    name = actor.get("name") or ""
    code = actor.get("country")
    return f"{name} ({code})" if code and code not in name else name


def _inter(actor: dict[str, Any] | None) -> int | None:
    if actor is None:
        return None
    return INTER_BY_SECTOR.get((actor.get("sector") or "").upper(),
                               8 if actor.get("country") else None)


def acled_row(inc: dict[str, Any]) -> dict[str, Any]:
    """One incident (a dict of ``store.incidents.query``) as ACLED columns and sitrep's own."""
    from sitrep.export.events import country_name

    actors, recipients = inc["actors"], inc["recipients"]
    a1 = actors[0] if actors else None
    a2 = recipients[0] if recipients else (actors[1] if len(actors) > 1 else None)
    assoc1 = actors[1:] if recipients else actors[2:]
    i1, i2 = _inter(a1), _inter(a2)
    codes = sorted(c for c in (i1, i2) if c is not None)
    interaction = "".join(map(str, codes)) if len(codes) == 2 else (
        f"{codes[0]}0" if codes else "")
    country, iso = country_name(inc["country"])
    date = inc["date_first"] or ""
    civilians = any((r.get("sector") or "") == "CVL" for r in recipients)
    return {
        "event_id_cnty": inc["id"], "event_date": date, "year": date[:4],
        "time_precision": TIME_PRECISION.get(inc["date_precision"] or "", 3) if date else None,
        "disorder_type": DISORDER_TYPE.get(inc["acled_event_type"] or "", ""),
        "event_type": inc["acled_event_type"] or "",
        "sub_event_type": inc["acled_sub_event_type"] or "",
        "actor1": _name(a1) if a1 else "", "assoc_actor_1": "; ".join(map(_name, assoc1)),
        "inter1": i1, "actor2": _name(a2) if a2 else "",
        "assoc_actor_2": "; ".join(map(_name, recipients[1:])), "inter2": i2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": iso, "country": country, "admin1": inc["admin1"] or "",
        "location": inc["place"] or "", "latitude": inc["lat"], "longitude": inc["lon"],
        "geo_precision": inc["geo_precision"], "source": "; ".join(inc["sources"]),
        "notes": inc["notes"] or "", "fatalities": inc["fatalities_low"] or 0,
        "tags": "contested fatalities" if inc["contested"] else "",
        "incident_id": inc["id"], "plover_type": inc["plover_type"],
        "plover_mode": inc["plover_mode"] or "", "cameo_root": inc["cameo_root"] or "",
        "event_date_last": inc["date_last"] or "", "geonameid": inc["geonameid"],
        **{k: inc[k] for k in ("fatalities_low", "fatalities_best", "fatalities_high",
                               "injured_low", "injured_best", "injured_high")},
        "fatalities_rule": inc["fatalities_rule"] or "", "contested": int(inc["contested"]),
        "n_mentions": inc["n_mentions"], "n_articles": inc["n_articles"],
        "n_sources": inc["n_sources"], "first_article_id": inc["first_article_id"],
        "first_start": inc["first_start"], "first_end": inc["first_end"],
        "extractor": inc["extractor"],
    }


def incidents_of(db: Database, **filters: Any) -> list[dict[str, Any]]:
    from sitrep.store.incidents import query

    return query(db.conn, **{k: v for k, v in filters.items() if v is not None})


def write_incidents(db: Database, handle: IO[str], fmt: str, *, raw: bool = False,
                    **filters: Any) -> int:
    """Incidents matching ``filters`` as CSV (ACLED columns) or JSON Lines; returns how many."""
    found = incidents_of(db, **filters)
    if fmt == "csv":
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for inc in found:
            row = acled_row(inc)
            writer.writerow([row[c] if raw or c in NUMBER_COLUMNS else spreadsheet_safe(row[c])
                             for c in CSV_COLUMNS])
    else:
        from sitrep.store.incidents import mentions

        for inc in found:
            inc["mentions"] = mentions(db.conn, inc["id"])
            handle.write(json.dumps(inc, ensure_ascii=False) + "\n")
    return len(found)

