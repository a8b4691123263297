"""A day counted from another day named right after it: "the day after Christmas", "the morning
after Thanksgiving", "the night before New Year's Eve", "two days after Christmas", "a week
before Easter", "three days after March 3". The named day is moved by the count and the
expression covers the words of the count (a pass over the expressions ``find_timexes`` found:
the day named is one of them, with its own year, tense and anchor).

Only a count of days or weeks, written in digits or words, or "the day" / a part of a day (one
day), before "after" or "before"; the named day must be a single day ("the day after March"
is no day). "days after Christmas" (no count) stays the named day: a vague count; so does a
day that owns a noun ("a week after Monday's truce": the count may be told from the truce)."""

from __future__ import annotations

import datetime as dt
import re

from sitrep.extract.dates.calendar import number
from sitrep.extract.dates.record import Timex

# a count of days or weeks in digits or words (shared with ``extract.counted_dates``)
COUNT = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SHIFT = re.compile(
    rf"\b(?:(?P<n>{COUNT})\s+(?P<unit>days?|weeks?)|(?P<the>the|that)\s+(?P<part>day|morning|"
    r"afternoon|evening|night))\s+(?P<dir>after|before)\s+(?:on\s+)?$", re.I)
_OWNER = re.compile(r"['\u2019]s\b")  # "a week after Monday's truce": the truce's day, kept
_REACH = 40  # characters before the named day that the count may take


def shift_days(out: list[Timex], text: str) -> list[Timex]:
    """``out`` with each day that a count of days or weeks before it moves ("two days after
    Christmas") moved and widened over the count; expressions inside the count's words (the
    duration "two days") leave."""
    gone: set[int] = set()
    for i, t in enumerate(out):
        if t.type not in ("DATE", "TIME") or t.precision != "day" or t.range_start is None \
                or t.range_end != t.range_start or t.value is None:
            continue
        m = _SHIFT.search(text, max(0, t.start - _REACH), t.start)
        if m is None or _OWNER.match(text, t.end):
            continue
        days = counted_days(m)
        if days is None:
            continue
        day = t.range_start + dt.timedelta(days=days)
        t.text = text[m.start():t.end]
        t.start = m.start()
        t.value = day.isoformat()
        t.range_start = t.range_end = day
        t.type = "DATE"
        t.kind = "shifted"
        j = i - 1  # ``out`` is in text order: what the count's words held lies right before
        while j >= 0 and out[j].start >= t.start:
            gone.add(j)
            j -= 1
    return [o for j, o in enumerate(out) if j not in gone]


def counted_days(m: re.Match[str]) -> int | None:
    """The days a matched count stands for, after the named day (positive) or before it: from
    the groups ``n`` (a ``COUNT``) and ``unit`` (day or week), or ``the`` (one day), and
    ``dir`` ("after" or "before"); None for no count."""
    sign = 1 if m.group("dir").lower() == "after" else -1
    if m.group("the"):
        return sign
    n = 1 if m.group("n").lower() in ("a", "an") else number(m.group("n"))
    if n is None or n <= 0:
        return None
    return sign * n * (7 if m.group("unit").lower().startswith("week") else 1)
