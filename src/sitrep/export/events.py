"""Exports: ACLED-style CSV (ACLED's column names where they apply, then sitrep's own) and
PLOVER-style JSON Lines, one row or object per event, from the store.

    with sitrep.open_db("sitrep.db") as db:
        n = export(db, "events.csv", "csv", country="AZE")
"""

from __future__ import annotations

import csv
import json
import os
from functools import lru_cache
from operator import itemgetter, methodcaller
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sitrep.errors import ConfigError
from sitrep.records import Actor, Article, Claim, Event, Extraction, Place

if TYPE_CHECKING:
    from sitrep.store import Database

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "country", "admin1", "location", "latitude",
    "longitude", "geo_precision", "source", "notes", "fatalities", "tags",
]
EXTRA_COLUMNS = [
    "plover_type", "plover_mode", "cameo_root", "aux_modes", "actor1_country", "actor1_sector",
    "actor2_country", "actor2_sector", "geonameid", "date_source", "confidence", "article_id",
    "evidence_start", "evidence_end", "trigger", "url", "published", "extractor",
]
CSV_COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS

# ACLED `inter` codes from actor sectors: 1 state forces, 2 rebels, 3 political militias,
# 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
INTER_BY_SECTOR = {
    "GOV": 1, "MIL": 1, "COP": 1, "SPY": 1, "JUD": 1, "LEG": 1,
    "REB": 2, "INS": 2, "OPP": 3, "PTY": 3, "MIL_MILITIA": 3, "UAF": 3, "CRM": 3,
    "CVL": 7, "REF": 7, "MED": 7, "EDU": 7, "HLH": 7, "REL": 7, "LAB": 7, "BUS": 7,
    "NGO": 7, "ELI": 7, "IGO": 8,
}
DISORDER_TYPE = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations",
    "Riots": "Demonstrations", "Strategic developments": "Strategic developments",
}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


@lru_cache(maxsize=512)
def _country(alpha3: str | None) -> tuple[str, str]:
    """(name, numeric ISO code) of an ISO 3166-1 alpha-3 code."""
    if not alpha3 or len(alpha3) != 3:
        return (alpha3 or "", "")
    import pycountry

    found = pycountry.countries.get(alpha_3=alpha3.upper())
    if found is None:
        return (alpha3, "")
    return (getattr(found, "common_name", None) or found.name, str(int(found.numeric)))


country_name = _country  # public: (name, numeric ISO code) of an alpha-3 code


def _inter(actor: Actor | None) -> int | None:
    if actor is None:
        return None
    return INTER_BY_SECTOR.get((actor.sector or "").upper(), 8 if actor.country else None)


def _actor_name(actor: Actor) -> str:
    name = actor.name or actor.text
    if actor.country and actor.country not in name:
        return f"{name} ({actor.country})"
    return name


def fatalities(event_idx: int, claims: list[Claim]) -> int | None:
    """ACLED-style fatalities for an event: its `killed` claims for the event itself (not
    cumulative tolls "since" a date, not history, not parts of a total), the most conservative
    figure per victim group and side; when several parties report, the most conservative
    party's total (their figures are not added together)."""
    per_claimant: dict[str, dict[tuple[str | None, str | None], int]] = {}
    for claim in claims:
        if (claim.event != event_idx or claim.outcome != "killed" or claim.part_of is not None
                or claim.background or claim.undisclosed or claim.period_kind == "since"):
            continue
        figure = claim.low if claim.low is not None else claim.vague_low
        if figure is None:
            continue
        who = claim.claimant
        party = (who.country or who.text.lower()) if who is not None else ""
        best = per_claimant.setdefault(party, {})
        key = (claim.victims, claim.side)
        best[key] = min(best.get(key, figure), figure)
    totals = [sum(best.values()) for best in per_claimant.values() if best]
    return min(totals) if totals else None


def _date(article: Article, event: Event) -> tuple[str, int | None, str]:
    when = event.when
    if when is not None and (when.start or when.value):
        value = when.start or when.value or ""
        if len(value) == 10:
            return value, TIME_PRECISION.get(when.precision or "day", 1), "event"
        return value, TIME_PRECISION.get(when.precision or "", 3), "event"
    if article.published:
        return article.published.isoformat(), 1, "published"
    return "", None, ""


def acled_row(article: Article, ex: Extraction, idx: int, event: Event) -> dict[str, Any]:
    date, precision, date_source = _date(article, event)
    a1 = event.actors[0] if event.actors else None
    a2 = event.recipients[0] if event.recipients else (
        event.actors[1] if len(event.actors) > 1 else None)
    assoc1 = event.actors[1:] if event.recipients else event.actors[2:]
    assoc2 = event.recipients[1:]
    i1, i2 = _inter(a1), _inter(a2)
    codes = sorted(c for c in (i1, i2) if c is not None)
    interaction = "".join(map(str, codes)) if len(codes) == 2 else (
        f"{codes[0]}0" if codes else "")
    place: Place | None = event.places[0] if event.places else None
    country_code = (place.country if place else None) or (a1.country if a1 else None)
    country, iso = _country(country_code)
    civilians = any((r.sector or "") == "CVL" for r in event.recipients) or any(
        c.event == idx and c.victims == "civilian" for c in ex.claims)
    notes = event.evidence.text.strip()
    linked = [c for c in ex.claims if c.event == idx]
    if linked:
        notes += " [claims: " + "; ".join(_claim_note(c) for c in linked) + "]"
    return {
        "event_id_cnty": f"{article.id}-{idx}",
        "event_date": date, "year": date[:4], "time_precision": precision,
        "disorder_type": DISORDER_TYPE.get(event.acled_event_type or "", ""),
        "event_type": event.acled_event_type or "", "sub_event_type":
            event.acled_sub_event_type or "",
        "actor1": _actor_name(a1) if a1 else "",
        "assoc_actor_1": "; ".join(_actor_name(a) for a in assoc1),
        "inter1": i1 if i1 is not None else "",
        "actor2": _actor_name(a2) if a2 else "",
        "assoc_actor_2": "; ".join(_actor_name(a) for a in assoc2),
        "inter2": i2 if i2 is not None else "",
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": iso, "country": country,
        "admin1": (place.admin1 or "") if place else "",
        "location": (place.name or place.text) if place else "",
        "latitude": place.lat if place and place.lat is not None else "",
        "longitude": place.lon if place and place.lon is not None else "",
        "geo_precision": min(place.precision, 3) if place and place.precision else "",
        "source": article.source or "", "notes": notes,
        "fatalities": fatalities(idx, ex.claims) or 0,
        "tags": "; ".join(event.modes),
        "plover_type": event.plover_type, "plover_mode": event.plover_mode or "",
        "cameo_root": event.cameo_root or "", "aux_modes": "; ".join(event.modes),
        "actor1_country": (a1.country or "") if a1 else "",
        "actor1_sector": (a1.sector or "") if a1 else "",
        "actor2_country": (a2.country or "") if a2 else "",
        "actor2_sector": (a2.sector or "") if a2 else "",
        "geonameid": place.geonameid if place and place.geonameid else "",
        "date_source": date_source, "confidence": event.confidence,
        "article_id": article.id, "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end, "trigger": event.trigger.text,
        "url": article.url or "",
        "published": article.published.isoformat() if article.published else "",
        "extractor": event.extractor,
    }


def _claim_note(c: Claim) -> str:
    if c.undisclosed:
        figure = "undisclosed"
    elif c.low is not None:
        figure = str(c.low) if c.high in (None, c.low) else f"{c.low}-{c.high}"
    else:
        figure = c.vague or "?"
    who = f" according to {c.claimant.text}" if c.claimant else ""
    return f"{figure} {c.outcome} ({c.victims}{', ' + c.side if c.side else ''}){who}"


def _actor_obj(a: Actor) -> dict[str, Any]:
    return {"name": a.name, "text": a.text, "country": a.country, "sector": a.sector,
            "office": a.office, "start": a.evidence.start, "end": a.evidence.end}


def plover_record(article: Article, ex: Extraction, idx: int, event: Event) -> dict[str, Any]:
    """A PLOVER-style event object (field names of the PLOVER spec and POLECAT where they
    apply), with sitrep's evidence offsets and linked casualty claims."""
    date, _, date_source = _date(article, event)
    a1 = event.actors[0] if event.actors else None
    r1 = event.recipients[0] if event.recipients else None
    place = event.places[0] if event.places else None
    linked = [c for c in ex.claims if c.event == idx]

    def total(outcome: str) -> int | None:
        values = [c.low for c in linked if c.outcome == outcome and c.low is not None
                  and c.part_of is None]
        return sum(values) if values else None

    return {
        "id": f"{article.id}-{idx}", "date": date, "date_source": date_source,
        "event_type": event.plover_type, "mode": event.plover_mode, "context": [],
        "aux_modes": event.modes,
        "actor": a1.name if a1 else None, "actor_country": a1.country if a1 else None,
        "actor_sector": a1.sector if a1 else None,
        "recipient": r1.name if r1 else None, "recipient_country": r1.country if r1 else None,
        "recipient_sector": r1.sector if r1 else None,
        "actors": [_actor_obj(a) for a in event.actors],
        "recipients": [_actor_obj(a) for a in event.recipients],
        "location": None if place is None else {
            "name": place.name, "geonameid": place.geonameid, "country": place.country,
            "admin1": place.admin1, "lat": place.lat, "lon": place.lon,
            "precision": place.precision, "text": place.text},
        "dead": total("killed"), "injured": total("injured"), "arrested": total("arrested"),
        "acled_event_type": event.acled_event_type,
        "acled_sub_event_type": event.acled_sub_event_type, "cameo_root": event.cameo_root,
        "confidence": event.confidence,
        "event_text": event.evidence.text,
        "evidence": {"start": event.evidence.start, "end": event.evidence.end},
        "trigger": {"text": event.trigger.text, "start": event.trigger.start,
                    "end": event.trigger.end},
        "claims": [{"outcome": c.outcome, "low": c.low, "high": c.high, "approx": c.approx,
                    "vague": c.vague, "victims": c.victims, "side": c.side,
                    "claimant": c.claimant.text if c.claimant else None,
                    "undisclosed": c.undisclosed, "text": c.evidence.text,
                    "start": c.evidence.start, "end": c.evidence.end} for c in linked],
        "story_id": article.id, "headline": article.title, "source": article.source,
        "url": article.url,
        "publication_date": article.published.isoformat() if article.published else None,
        "version": event.extractor,
    }


FORMATS = ("csv", "jsonl")
EXTENSIONS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}

# OWASP's CSV injection advice: a spreadsheet reads a cell that begins with one of these as a
# formula (=HYPERLINK(...), =cmd|'/C calc'!A0, @SUM(...)); a leading single quote makes it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_starts_formula = methodcaller("startswith", FORMULA_STARTS)
# columns that hold numbers (or nothing): never prefixed, and not worth checking
NUMBER_COLUMNS = {"time_precision", "inter1", "inter2", "latitude", "longitude", "geo_precision",
                  "fatalities", "geonameid", "confidence", "evidence_start", "evidence_end"}
_TEXT_POSITIONS = [i for i, c in enumerate(CSV_COLUMNS) if c not in NUMBER_COLUMNS]
_text_cells = itemgetter(*_TEXT_POSITIONS)
_csv_cells = itemgetter(*CSV_COLUMNS)


def spreadsheet_safe(value: Any) -> Any:
    """``value`` as a spreadsheet will show it: text that begins with = + - @ TAB or CR gets a
    leading single quote. Numbers are left alone; in the export the columns of
    ``NUMBER_COLUMNS`` (a latitude of -33.9) are never prefixed, every other column is text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_export(db: Database, handle: IO[str], fmt: str, *, raw: bool = False,
                 **filters: Any) -> int:
    """Write events matching ``filters`` to ``handle``; returns the number written. CSV text
    cells are made spreadsheet-safe (``spreadsheet_safe``) unless ``raw``."""
    from sitrep.store import bulk

    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    n = 0
    rows = bulk.event_rows(db.conn, filters)
    if fmt == "csv":
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for ex, idx, event in rows:
            cells = _csv_cells(acled_row(ex.article, ex, idx, event))
            # spreadsheet_safe on the text cells, after a check of them all that runs in C
            if not raw and any(map(_starts_formula, map(str, _text_cells(cells)))):
                cells = list(cells)
                for i in _TEXT_POSITIONS:
                    cells[i] = spreadsheet_safe(cells[i])
            writer.writerow(cells)
            n += 1
    else:
        for ex, idx, event in rows:
            record = plover_record(ex.article, ex, idx, event)
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def export_format(out: str | Path, fmt: str | None = None) -> str:
    """The format of an export to ``out``: ``fmt``, or the one its extension names."""
    if fmt is None:
        if str(out) == "-":
            raise ConfigError("cannot tell the export format of standard output",
                              "pass --format csv or --format jsonl")
        fmt = EXTENSIONS.get(Path(out).suffix.lower())
    if fmt is None:
        raise ConfigError(f"cannot tell the export format of {Path(out).name}",
                          "pass --format csv or --format jsonl")
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    return fmt


def _same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def export(db: Database, out: str | Path, fmt: str | None = None, *, force: bool = False,
           raw: bool = False, **filters: Any) -> int:
    """Export events to the file ``out`` (format from ``fmt`` or the file extension; ``-`` is
    standard output). ``out`` must be a regular file (or a link to one) and is not replaced
    unless ``force``; it appears only once complete (``export.files.safe_output``)."""
    from sitrep.export.files import safe_output

    fmt = export_format(out, fmt)
    if str(out) != "-" and _same_file(out, db.path):
        raise ConfigError(f"--out {out} is the database itself",
                          "choose another file name, e.g. --out events.csv")
    with safe_output(out, force) as handle:
        return write_export(db, handle, fmt, raw=raw, **filters)
