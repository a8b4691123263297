"""Corrections (review): an analyst's word on an incident, event or claim, applied on read.

A correction is stored in its own table (``store/migrations/0005_corrections.sql``) with who,
when and what, and names its record by the record's **evidence**, not by its row id: the
article id and character span (for an incident: the span of its first report, ``first_start``
.. ``first_end`` of its first article), plus a key that tells apart records of one span (an
event's trigger span, a claim's outcome, an incident's family and place). A re-extraction
(``ingest --replace`` after a new extractor version) deletes and re-creates the rows with new
ids; the correction finds the record with the same evidence again. When none has it, the
correction is **orphaned**: listed with that status, applied to nothing, never deleted.

Actions:

- ``wrong``: the record is marked wrong (kept, shown as such);
- ``set``: one field gets a new value (``FIELDS`` lists which; values are checked like filters);
- ``merge`` (incidents): the ``other`` incident is the same happening as this one: it is shown
  as merged into this one and left out of lists;
- ``split`` (incidents): the ``other`` article's reports are not this happening: the incident
  is shown without them (``split_off``).

``apply_incidents`` / ``apply_events`` / ``apply_claims`` take the plain dicts that the API
returns and add a ``review`` member (status, the corrections with their provenance) and an
``original`` member (the extracted values of corrected fields).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from sitrep.errors import InputError
from sitrep.store import filters as checks
from sitrep.store.backend import names

KINDS = ("incident", "event", "claim")
ACTIONS = ("wrong", "set", "merge", "split")
MAX_NOTE = 2000

_EVENT_FIELDS = ("plover_type", "plover_mode", "acled_event_type", "acled_sub_event_type",
                 "cameo_root", "actor_country", "actor_sector", "place", "country", "date")
FIELDS: dict[str, tuple[str, ...]] = {
    "incident": ("plover_type", "acled_event_type", "acled_sub_event_type", "actor_country",
                 "actor_sector", "place", "country", "lat", "lon", "date_first", "date_last",
                 "fatalities_low", "fatalities_best", "fatalities_high", "injured_low",
                 "injured_best", "injured_high"),
    "event": _EVENT_FIELDS,
    "claim": ("outcome", "low", "high", "victims", "side", "period_start", "period_end"),
}
_NUMBERS = {"low", "high", "fatalities_low", "fatalities_best", "fatalities_high",
            "injured_low", "injured_best", "injured_high"}
_DATES = {"date", "date_first", "date_last", "period_start", "period_end"}
_COORDS = {"lat": 90.0, "lon": 180.0}
VICTIMS = ("civilian", "military", "police", "militant", "protester", "journalist",
           "aid_worker", "mixed", "unknown")
SECTORS = ("GOV", "MIL", "REB", "COP", "JUD", "LEG", "CVL", "IGO", "NGO", "MED", "PTY", "BUS",
           "REL", "OPP", "EDU", "LAB", "AGR", "SPY", "CRM", "UAF", "ETH", "REF", "HLH", "ELI")


@dataclass(frozen=True)
class Anchor:
    """A record named by its evidence: article id, span and a key for records of one span."""

    article_id: str
    start: int
    end: int
    key: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def check_value(kind: str, field: str, value: Any) -> Any:
    """The corrected value of ``field``, checked; an ``InputError`` names what is accepted."""
    if field not in FIELDS[kind]:
        raise InputError(f"{kind} field {checks.shown(field)} cannot be corrected",
                         "correct one of: " + ", ".join(FIELDS[kind]))
    if value is None or value == "":
        return None  # the field is cleared (unknown)
    if field in _NUMBERS:
        try:
            number = int(str(value).strip())
        except ValueError:
            number = -1
        if number < 0:
            raise InputError(f"{field} {checks.shown(value)} is not a whole number",
                             "give a number of people, 0 or more")
        return number
    if field in _COORDS:
        try:
            coord = float(value)
        except (TypeError, ValueError):
            coord = 999.0
        if abs(coord) > _COORDS[field]:
            raise InputError(f"{field} {checks.shown(value)} is not a coordinate",
                             f"give degrees between -{_COORDS[field]:g} and {_COORDS[field]:g}")
        return coord
    if field in _DATES:
        return checks.date(value, field)
    if field in ("plover_type", "acled_event_type", "acled_sub_event_type"):
        column, canonical = checks.event_type(value)
        if column != field:
            raise InputError(f"{checks.shown(value)} is not a value of {field}",
                             f"it is a value of {column}")
        return canonical
    if field == "outcome":
        return checks.outcome(value)
    if field in ("actor_country", "country", "side"):
        return checks.country(value)
    if field == "victims":
        return checks.choice(value, VICTIMS, "victims")
    if field == "actor_sector":
        return checks.choice(value, SECTORS, "actor_sector")
    return checks.text(value, field).strip()[:200]


# -- anchors --------------------------------------------------------------------------------------

def anchor_of(conn: sqlite3.Connection, kind: str, record_id: Any) -> tuple[Anchor, str | None]:
    """The evidence anchor and extractor version of a stored record, or an ``InputError``."""
    if kind == "incident":
        row = conn.execute(
            "SELECT first_article_id, first_start, first_end, family, place, extractor "
            "FROM incidents WHERE id = ?", (str(record_id),)).fetchone()
        if row is None:
            raise InputError(f"no incident {checks.shown(record_id)}", "list them at /incidents")
        return Anchor(row[0], row[1], row[2], f"{row[3]}|{row[4] or ''}"), row[5]
    table = {"event": "events", "claim": "claims"}.get(kind)
    if table is None:
        raise InputError(f"kind {checks.shown(kind)} cannot be corrected",
                         "use one of: " + ", ".join(KINDS))
    try:
        rid = int(str(record_id))
    except ValueError:
        rid = -1
    key_sql = ("trigger_start || '-' || trigger_end" if kind == "event" else "outcome")
    row = conn.execute(f'SELECT article_id, start, "end", {key_sql}, extractor FROM {table} '
                       "WHERE id = ?", (rid,)).fetchone()
    if row is None:
        raise InputError(f"no {kind} {checks.shown(record_id)}", f"list them at /{kind}s")
    return Anchor(row[0], row[1], row[2], row[3] or ""), row[4]


def resolve(conn: sqlite3.Connection, kind: str, anchor: Anchor) -> str | None:
    """The id of the record that has this evidence now, or None (orphaned or ambiguous)."""
    if kind == "incident":
        found = conn.execute(
            "SELECT i.id, i.family || '|' || COALESCE(u.place, '') FROM incident_units u "
            "JOIN incidents i ON i.id = u.incident_id WHERE u.article_id = ? AND u.start = ? "
            "AND u.end = ?", (anchor.article_id, anchor.start, anchor.end)).fetchall()
        if not found:  # the span of a later mention of the incident
            found = conn.execute(
                "SELECT i.id, i.family || '|' || COALESCE(i.place, '') FROM incident_mentions m "
                "JOIN incidents i ON i.id = m.incident_id WHERE m.article_id = ? AND "
                "m.start = ? AND m.end = ?", (anchor.article_id, anchor.start, anchor.end)
            ).fetchall()
        family = anchor.key.split("|", 1)[0]
        return _pick(found, anchor.key, lambda k: k.split("|", 1)[0] == family)
    table = "events" if kind == "event" else "claims"
    key_sql = "trigger_start || '-' || trigger_end" if kind == "event" else "outcome"
    found = conn.execute(f"SELECT id, {key_sql} FROM {table} WHERE article_id = ? AND start = ? "
                         'AND "end" = ?', (anchor.article_id, anchor.start, anchor.end)).fetchall()
    return _pick(found, anchor.key, lambda k: False)


def _pick(found: list[Any], key: str, loose: Any) -> str | None:
    exact = {str(r[0]) for r in found if (r[1] or "") == key}
    if len(exact) == 1:
        return exact.pop()
    near = {str(r[0]) for r in found if loose(r[1] or "")}
    if len(near) == 1:
        return near.pop()
    ids = {str(r[0]) for r in found}
    return ids.pop() if len(ids) == 1 else None


# -- writing ---------------------------------------------------------------------------------------

def add(conn: sqlite3.Connection, *, kind: str, record_id: Any, action: str, author: str,
        field: str | None = None, value: Any = None, other_id: Any = None,
        note: str | None = None, current: dict[str, Any] | None = None) -> dict[str, Any]:
    """Store one correction (in its own transaction) and return it as listed by ``listing``.
    ``current``: the record as shown (its value of ``field`` is kept as the old value)."""
    kind = checks.choice(kind, KINDS, "kind")
    action = checks.choice(action, ACTIONS, "action")
    author = checks.text(author or "analyst", "author").strip()[:100] or "analyst"
    note = (checks.text(note, "note") if note else None)
    if note and len(note) > MAX_NOTE:
        raise InputError("the note is too long", f"write at most {MAX_NOTE} characters")
    anchor, extractor = anchor_of(conn, kind, record_id)
    new = old = None
    other: Anchor | None = None
    other_rid = None
    if action == "set":
        if not field:
            raise InputError("a correction of a field needs the field", "give field and value")
        new = check_value(kind, field, value)
        old = (current or {}).get(field)
    elif action in ("merge", "split"):
        if kind != "incident":
            raise InputError(f"only incidents can be {action}d", "mark the record wrong instead")
        if other_id is None or other_id == "":
            raise InputError(f"a {action} needs the other record",
                             "merge: the other incident's id; split: an article id")
        if action == "merge":
            if str(other_id) == str(record_id):
                raise InputError("an incident cannot be merged with itself", "pick another one")
            other, _ = anchor_of(conn, "incident", other_id)
            other_rid = str(other_id)
        else:
            other = _split_anchor(conn, str(record_id), str(other_id))
            other_rid = other.article_id
        field = None
    else:
        field = None
    new_id = conn.execute(
        'INSERT INTO corrections (created_at, author, kind, action, article_id, start, "end", '
        "anchor_key, record_id, field, old_value, new_value, other_article_id, other_start, "
        "other_end, other_key, other_record_id, note, extractor) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (_now(), author, kind, action, anchor.article_id, anchor.start, anchor.end, anchor.key,
         str(record_id), field, json.dumps(old), json.dumps(new),
         other.article_id if other else None, other.start if other else None,
         other.end if other else None, other.key if other else None, other_rid, note,
         extractor)).fetchone()[0]
    return next(c for c in listing(conn) if c["id"] == new_id)


def _split_anchor(conn: sqlite3.Connection, incident: str, article: str) -> Anchor:
    row = conn.execute('SELECT article_id, start, "end" FROM incident_units WHERE incident_id = ? '
                       "AND LOWER(article_id) LIKE LOWER(?) ESCAPE '\\' ORDER BY start LIMIT 1",
                       (incident, checks.like_literal(article, "article") + "%")).fetchone()
    if row is None:
        raise InputError(f"article {checks.shown(article)} is not a report of {incident}",
                         "give the id of one of the incident's articles")
    n = conn.execute("SELECT COUNT(DISTINCT article_id) FROM incident_units WHERE "
                     "incident_id = ?", (incident,)).fetchone()[0]
    if n < 2:
        raise InputError("an incident reported by one article cannot be split by article",
                         "mark it wrong or correct its fields instead")
    return Anchor(row[0], row[1], row[2], "")


# -- reading ---------------------------------------------------------------------------------------

_COLUMNS = ("id", "created_at", "author", "kind", "action", "article_id", "start", "end",
            "anchor_key", "record_id", "field", "old_value", "new_value", "other_article_id",
            "other_start", "other_end", "other_key", "other_record_id", "note", "extractor")


def has_table(conn: sqlite3.Connection) -> bool:
    from sitrep.store.backend import has_table as exists

    return exists(conn, "corrections")


def listing(conn: sqlite3.Connection, *, kind: str | None = None) -> list[dict[str, Any]]:
    """Every correction with its provenance, the record it applies to now (``target``) and its
    ``status``: ``applied``, or ``orphaned`` when no record has its evidence any more."""
    if not has_table(conn):
        return []
    sql = f"SELECT {names(_COLUMNS)} FROM corrections"
    args: list[Any] = []
    if kind:
        sql += " WHERE kind = ?"
        args.append(checks.choice(kind, KINDS, "kind"))
    cur = conn.cursor()
    cur.row_factory = None
    out = []
    for row in cur.execute(sql + " ORDER BY id", args).fetchall():
        c = dict(zip(_COLUMNS, row, strict=True))
        c["old_value"] = json.loads(c["old_value"]) if c["old_value"] else None
        c["new_value"] = json.loads(c["new_value"]) if c["new_value"] else None
        c["target"] = resolve(conn, c["kind"], Anchor(c["article_id"], c["start"], c["end"],
                                                      c["anchor_key"] or ""))
        c["other_target"] = None
        if c["action"] == "merge":
            c["other_target"] = resolve(conn, "incident", Anchor(
                c["other_article_id"], c["other_start"], c["other_end"], c["other_key"] or ""))
        c["status"] = "applied" if c["target"] and (
            c["action"] != "merge" or c["other_target"]) else "orphaned"
        c["evidence"] = {"article_id": c["article_id"], "start": c["start"], "end": c["end"]}
        out.append(c)
    return out


def _shown(c: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "created_at", "author", "action", "field", "old_value", "new_value", "note",
            "record_id", "extractor", "status")
    return {k: c[k] for k in keys}


def apply_incidents(conn: sqlite3.Connection, incidents: list[dict[str, Any]],
                    corrections: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The incidents with their corrections applied (in place; also returned)."""
    if corrections is None:
        corrections = listing(conn, kind="incident")
    by_target: dict[str, list[dict[str, Any]]] = {}
    for c in corrections:
        if c["kind"] != "incident" or c["status"] != "applied":
            continue
        by_target.setdefault(c["target"], []).append(c)
        if c["action"] == "merge":
            by_target.setdefault(c["other_target"], []).append({**c, "action": "merged_into"})
    for inc in incidents:
        for c in by_target.get(inc["id"], []):
            review = _review(inc)
            if c["action"] == "merged_into":
                review["merged_into"] = c["target"]
                review["status"] = "merged"
            elif c["action"] == "merge":
                review.setdefault("merged", []).append(c["other_target"])
            elif c["action"] == "split":
                review.setdefault("split_off", []).append(c["other_article_id"])
            else:
                _apply_one(inc, review, c)
            review["corrections"].append(_shown(c))
    return incidents


def _review(rec: dict[str, Any]) -> dict[str, Any]:
    if "review" not in rec or rec["review"] is None:
        rec["review"] = {"status": "corrected", "corrections": []}
        rec["original"] = {}
    return rec["review"]


def _apply_one(rec: dict[str, Any], review: dict[str, Any], c: dict[str, Any]) -> None:
    if c["action"] == "wrong":
        review["status"] = "wrong"
        return
    field, value = c["field"], c["new_value"]
    if field in ("actor_country", "actor_sector"):
        actors = rec.get("actors") or []
        key = field.split("_", 1)[1]
        if actors:
            rec["original"].setdefault(field, actors[0].get(key))
            actors[0] = {**actors[0], key: value}
        else:
            rec["original"].setdefault(field, None)
            rec["actors"] = [{"name": "(corrected)", key: value}]
        return
    rec["original"].setdefault(field, rec.get(field))
    rec[field] = value


def apply_records(conn: sqlite3.Connection, kind: str, records: list[dict[str, Any]],
                  corrections: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Events or claims (dicts with ``id``) with their corrections applied (in place)."""
    if corrections is None:
        corrections = listing(conn, kind=kind)
    by_target: dict[str, list[dict[str, Any]]] = {}
    for c in corrections:
        if c["kind"] == kind and c["status"] == "applied":
            by_target.setdefault(str(c["target"]), []).append(c)
    for rec in records:
        for c in by_target.get(str(rec["id"]), []):
            review = _review(rec)
            _apply_one(rec, review, c)
            review["corrections"].append(_shown(c))
    return records
