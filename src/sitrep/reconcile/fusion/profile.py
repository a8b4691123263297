"""The profile of a shooting: what two reports of one happening share when neither names the
victim nor the address and one of them gives no day (local news without a publication date:
"A 22-year-old man was shot and wounded Saturday night in Milwaukee").

An event coder (UCDP, ACLED) or a news deduplicator reads such reports as one when the town,
the victim's age (or the clock time: "around 5:50 p.m."), the toll and the day of the week all
agree. Fusion (``reconcile.incidents``) keeps this as a ``harm`` clue per age and per clock time
the unit tells: ``harm:<town>|<age>|<killed>|<injured>``, ``harm:<town>|t17:50|<killed>|<injured>``
(the GeoNames id of the town, an age or a time to the minute told near the happening, and the
unit's killed and injured figures). It is a strong clue, so it is stored with the incident (``incident_clues``) and
found by one indexed lookup: the block of an undated report is its town, narrowed by the age and
toll, as the block of a dated one is its family, country and day. A join by this clue alone
also needs the day of the week (``weekday_agrees``): both reports tell it (the day an own date
falls on, or a weekday the text names without a date it resolves to: a ``wday`` clue) and it is
the same. Two shootings of one large town with victims of one age and one toll told on other
weekdays stay two; so do reports that tell no weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from sitrep.reconcile.agree import place_precision
from sitrep.reconcile.clues import Clue

HARM = "harm"
WEEKDAY = "wday"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?P<d>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
CLOCK = "clock"
# a time to the minute: "5:50 p.m.", "10:25 PM", "1:05 a.m." (a round "2 a.m." is no clue)
_CLOCK = re.compile(r"\b(?P<h>1[0-2]|0?[1-9]):(?P<m>[0-5]\d)\s*(?P<p>[ap])\.?\s?m\b", re.I)


def harm_clues(unit: Any, clues: Iterable[Clue]) -> set[Clue]:
    """The ``harm`` clues of a violent unit placed in a town (ACLED precision 1 or 2) that tells
    people killed or hurt: one per age and per clock time among its ``clues``."""
    place = unit.place
    if unit.family != "ASSAULT" or place is None or place.geonameid is None or (
            place_precision(place) > 2):
        return set()
    killed, injured = unit.killed[0], unit.injured[0]
    if not (killed or injured):
        return set()
    told = {c.key for c in clues if c.kind == "age"} | {
        f"t{c.key}" for c in clues if c.kind == CLOCK}
    return {Clue(HARM, f"{place.geonameid}|{key}|{killed or 0}|{injured or 0}", unit.start)
            for key in told}


def clock_times(text: str) -> list[Clue]:
    """The times to the minute ``text`` tells ("shortly after 5:50 p.m."): ``clock`` clues
    "17:50"."""
    out = []
    for m in _CLOCK.finditer(text) if ":" in text else ():
        hour = int(m["h"]) % 12 + (12 if m["p"].lower() == "p" else 0)
        out.append(Clue(CLOCK, f"{hour:02d}:{m['m']}", m.start()))
    return out


def weekdays(dates: Iterable[tuple[int, str, str | None]]) -> list[Clue]:
    """The days of the week an article names without a day they resolve to ("Saturday night"
    in a story with no publication date): ``wday`` clues "5" (Saturday; Monday is 0).
    ``dates``: (start, text, resolved value or None) of the article's date expressions."""
    out = []
    for start, text, value in dates:
        m = _WEEKDAY.search(text)
        if value is None and m is not None:
            day = next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(m["d"].lower()))
            out.append(Clue(WEEKDAY, str(day), start))
    return out


def only_profile(shared: Iterable[str]) -> bool:
    """Whether the strong clues two reports share (labels) are only ``harm`` clues."""
    labels = list(shared)
    return bool(labels) and all(label.startswith(HARM + ":") for label in labels)


def own_weekdays(date_first: str | None, own_day: bool, clues: Sequence[Clue]) -> set[str]:
    """The days of the week a report tells its happening on: the one its own day falls on, else
    the weekdays it names unresolved."""
    if own_day and date_first and len(date_first) >= 10:
        return {str(dt.date.fromisoformat(date_first[:10]).weekday())}
    return {c.key for c in clues if c.kind == WEEKDAY}


def weekday_agrees(unit: Any, clues: Sequence[Clue], cand: dict[str, Any],
                   other: Sequence[Clue]) -> bool:
    """Whether a unit and a candidate incident that share only a profile (``harm``) tell the
    same day of the week: both tell one, and they have one in common."""
    mine = own_weekdays(unit.date_first, bool(unit.dated), clues)
    theirs = own_weekdays(cand.get("date_first"), bool(cand.get("own_day", True)), other)
    return bool(mine & theirs)
