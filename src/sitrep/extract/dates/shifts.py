"""A day counted from another day named right after it: "the day after Christmas", "the morning
after Thanksgiving", "the night before New Year's Eve", "two days after Christmas", "a week
before Easter", "three days after March 3". The named day is moved by the count and the
expression covers the words of the count (a pass over the expressions ``find_timexes`` found:
the day named is one of them, with its own year, tense and anchor).

Only a count of days or weeks, written in digits or words, or "the day" / a part of a day (one
day), before "after" or "before"; the named day must be a single day ("the day after March"
is no day). "days after Christmas" (no count) stays the named day: a vague count; so does a
day that owns a noun ("a week after Monday's truce": the count may be told from the truce).

A count of time standing alone before "later" or "earlier" ("two days later", "a week
earlier", "a month later", "two years later", "several hours later") is the date that far from
the story's time, a TimeML DATE (as the held-out writers resolve them), at the precision of its
unit: a day for hours, days and weeks, a month for months, a year for years (``resolve_later``).
A count of days or more without a number ("a few days later") stays a span of time, and so does
a count before "after" or "before" ("two days after the deadline": the span up to a named
day)."""

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


_DIRECTION = re.compile(r"\s+(earlier|later)\b", re.I)
_WITHIN_A_DAY = {"second", "minute", "hour"}


def direction(text: str, end: int) -> tuple[int, int]:
    """+1 for "later" right after ``end``, -1 for "earlier", 0 for neither; and where that
    word ends."""
    m = _DIRECTION.match(text, end)
    if m is None:
        return 0, end
    return (-1 if m.group(1).lower() == "earlier" else 1), m.end()


def _months_from(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def resolve_later(t: Timex, n: float | None, unit: str, sign: int, state: dict,
                  past: bool) -> bool:
    """Make ``t`` the DATE ``n`` ``unit``s before (``sign`` -1) or after (+1) the story's day
    (the day it last told something happened on, else the day last named) or, for months and
    years, the date last named (``state["last"]``); False (``t`` untouched) when there is no
    such date or the count is vague for its unit. Hours and minutes name a day only in a
    clause told in the past (``past``): "was arrested several hours later" is that day, "it
    starts again an hour later" a span."""
    unit = unit.lower()
    if unit in _WITHIN_A_DAY or unit in ("day", "week"):
        story_day = state.get("event_day") or state.get("day")
        if story_day is None or (n is None and unit not in _WITHIN_A_DAY) or (
                unit in _WITHIN_A_DAY and not past):
            return False
        count = 0 if unit in _WITHIN_A_DAY else int(n or 0) * (7 if unit == "week" else 1)
        if count != (n or 0) * (7 if unit == "week" else 1) and unit not in _WITHIN_A_DAY:
            return False  # "one and a half weeks later"
        day = story_day[0] + dt.timedelta(days=sign * count)
        t.value, t.precision, t.range_start, t.range_end = day.isoformat(), "day", day, day
    elif unit in ("month", "year") and n is not None and n == int(n) and state.get("last"):
        last, precision = state["last"]
        if unit == "month" and precision in ("day", "month"):
            first = _months_from(last, sign * int(n))
            t.value, t.precision = first.strftime("%Y-%m"), "month"
            t.range_start = first
            t.range_end = _months_from(first, 1) - dt.timedelta(days=1)
        elif unit == "year" and precision in ("day", "month", "year"):
            year = last.year + sign * int(n)
            t.value, t.precision = str(year), "year"
            t.range_start, t.range_end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        else:
            return False
    else:
        return False
    t.type, t.relative = "DATE", True
    return True
