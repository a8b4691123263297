"""Validation of the query filters shared by the library, the CLI and the exports.

A filter that cannot match anything because it is misspelt is an error listing the valid values,
never an empty answer: ``type`` must be a PLOVER type, an ACLED event type or sub-event type
(events) or an outcome (claims); ``kind``, ``feature_class`` and ``precision`` of places come
from closed lists; dates are ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``) with ``since`` not after
``until``; ``limit`` is at least 1. Text filters (names, sources) are matched literally: ``%`` and
``_`` are not wildcards (``like_literal`` escapes them for ``LIKE ... ESCAPE '\\'``).

The vocabularies are spelt out here (the store must not import the extractors and their model);
``tests/store/test_filters.py`` checks that they agree with the extractors' lexicons.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from sitrep.errors import FilterError

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
ACLED_EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                     "Protests", "Riots", "Strategic developments")
ACLED_SUB_EVENT_TYPES = (
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
    "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
    "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement",
    "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other")
OUTCOMES = ("killed", "injured", "casualties", "missing", "abducted", "arrested", "displaced")
PLACE_KINDS = ("city", "region", "country")
# GeoNames feature classes: A country/region, H water, L area, P populated place, R road,
# S spot/building, T terrain, U undersea, V vegetation
FEATURE_CLASSES = ("A", "H", "L", "P", "R", "S", "T", "U", "V")
# ACLED geo-precision: 1 town, 2 near a town or part of a region, 3 region; 4 country
PRECISIONS = (1, 2, 3, 4)
ARTICLE_STATUSES = ("extracted", "skipped", "failed", "duplicate")

MAX_TEXT = 1000  # characters of a text filter (SQLite refuses LIKE patterns over 50,000 bytes)
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def shown(value: Any, width: int = 40) -> str:
    """``value`` quoted for a message, cut to ``width`` characters (a filter may be huge)."""
    text = str(value)
    if not isinstance(value, str):
        return text[:width]
    if len(text) <= width:
        return repr(text)
    return f"{text[:width]!r}… ({len(text):,} characters)"


def text(value: Any, name: str) -> str:
    """A text filter: a string of at most ``MAX_TEXT`` characters."""
    out = str(value)
    if len(out) > MAX_TEXT:
        raise FilterError(f"--{name} {shown(out)} is too long",
                          f"give at most {MAX_TEXT:,} characters")
    return out


def like_literal(value: Any, name: str) -> str:
    """``value`` as a LIKE pattern matching itself only (with ``ESCAPE '\\'``)."""
    out = text(value, name)
    return out.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def choice(value: Any, valid: Iterable[Any], name: str) -> Any:
    """The member of ``valid`` that ``value`` names (case-insensitively), or a FilterError
    listing them."""
    options = list(valid)
    wanted = str(value).strip().casefold()
    for option in options:
        if str(option).casefold() == wanted:
            return option
    raise FilterError(f"--{name} {shown(value)} is not a known value",
                      "use one of: " + ", ".join(map(str, options)))


def event_type(value: Any) -> tuple[str, str]:
    """(column, canonical value) of an event type filter: a PLOVER type, an ACLED event type or
    an ACLED sub-event type."""
    for column, valid in (("plover_type", PLOVER_TYPES), ("acled_event_type", ACLED_EVENT_TYPES),
                          ("acled_sub_event_type", ACLED_SUB_EVENT_TYPES)):
        try:
            return column, choice(value, valid, "type")
        except FilterError:
            continue
    raise FilterError(
        f"--type {shown(value)} is not a PLOVER or ACLED event type",
        f"use a PLOVER type ({', '.join(PLOVER_TYPES)}), an ACLED event type "
        f"({', '.join(ACLED_EVENT_TYPES)}) or an ACLED sub-event type "
        f"({', '.join(ACLED_SUB_EVENT_TYPES)})")


def outcome(value: Any) -> str:
    return str(choice(value, OUTCOMES, "type"))


def country(value: Any) -> str:
    """An ISO 3166-1 alpha-3 code (or IGO/NGO code), upper case."""
    code = text(value, "country").strip().upper()
    if re.fullmatch(r"[A-Z]{3}", code):
        return code
    hint = "use an ISO 3166-1 alpha-3 code such as AZE, SYR or USA"
    try:
        import pycountry

        found = pycountry.countries.lookup(str(value).strip())
        hint = f"use its ISO 3166-1 alpha-3 code: --country {found.alpha_3}"
    except LookupError:
        pass
    raise FilterError(f"--country {shown(value)} is not a country code", hint)


def limit(value: Any) -> int | None:
    """A positive row limit, or None for no limit."""
    if value is None:
        return None
    try:
        number = -1 if isinstance(value, bool) else int(str(value).strip())
    except ValueError:
        number = -1
    if number < 1:
        raise FilterError(f"--limit {shown(value)} must be a whole number of at least 1",
                          "leave --limit out for no limit")
    return number


def confidence(value: Any) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise FilterError(f"--min-confidence {shown(value)} must be between 0 and 1",
                          "e.g. --min-confidence 0.6")
    return number


def date(value: Any, name: str) -> str | None:
    """An ISO date (or partial date ``YYYY-MM`` / ``YYYY``) as text, or None."""
    if value is None or value == "":
        return None
    out = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
    try:
        if not _DATE.fullmatch(out):
            raise ValueError(out)
        dt.date.fromisoformat((out + "-01-01")[:10])
    except ValueError:
        raise FilterError(f"--{name} {shown(value)} is not a date",
                          "use YYYY-MM-DD, e.g. 2020-10-05 (or YYYY-MM, YYYY)") from None
    return out


def date_range(since: Any, until: Any) -> tuple[str | None, str | None]:
    """``since`` and ``until`` checked, and ``since`` not after ``until``."""
    start, end = date(since, "since"), date(until, "until")
    if start and end and start[:len(end)] > end:
        raise FilterError(f"--since {start} is after --until {end}: nothing can match",
                          "swap them or widen the range")
    return start, end


class Where:
    """The WHERE clause of a query, built one parameterised condition at a time."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.args: list[Any] = []

    def add(self, sql: str, *args: Any) -> None:
        self.parts.append(sql)
        self.args.extend(args)

    def dates(self, since: Any, until: Any, expr: str, *, last: str | None = None) -> None:
        """``--since`` / ``--until`` (checked by ``date_range``) on the ISO date ``expr``; a
        span ends at ``last`` when given. A partial ``until`` ("2020-10") compares with as many
        characters of the date, so that it takes in the whole month."""
        since, until = date_range(since, until)
        if since:
            self.add(f"{last or expr} >= ?", since)
        if until:
            self.add(f"substr({expr}, 1, CAST(? AS INTEGER)) <= ?", len(until), until)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""
