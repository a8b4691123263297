"""Passes over the expressions ``find_timexes`` found in one text that fix one by its
neighbour: ranges written without years run forward ("from March to May", "from Monday through
Saturday"), and a clock time takes the day named next to it ("at 10:30 on Monday", "between
7 a.m. and 7 p.m. on Sunday"); and the two parts of a range written once ("between 6 and 9
months": ``split_range``; "April 24 and 25": ``second_day``)."""

from __future__ import annotations

import datetime as dt
import re

from sitrep.extract.dates.calendar import number, unit_value
from sitrep.extract.dates.record import Timex

_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|-|\u2013)\s*$")
_RANGED = ("month", "md", "dm", "weekday")
_CLOCK_JOIN = re.compile(r"\s*(?:to|and|until|till|through|-|\u2013)\s*")


_ON_DAY = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:on\s+)?")


def clock_on_next_day(out: list[Timex], text: str) -> None:
    """"at 14:30 on Monday": a clock time on no day of its own takes the day named right
    after it (a 12-hour clock with its day is one expression already: ``clock_day``)."""
    for a, b in zip(out, out[1:], strict=False):
        if a.kind not in ("clock", "clock24") or a.value is None or "T" not in a.value:
            continue
        if b.type != "DATE" or b.precision != "day" or b.range_start is None:
            continue
        if not _ON_DAY.fullmatch(text, a.end, b.start):
            continue
        a.value = f"{b.range_start.isoformat()}T{a.value.split('T', 1)[1]}"
        a.range_start = a.range_end = b.range_start


def order_ranges(out: list[Timex], text: str, anchor: dt.date | None) -> None:
    """"from March to May", "Nov. 28 to Dec. 3": a range written without years runs forward.
    When its end came out before its start, the start moves back a year if neither is after
    the anchor (a past range), or else the end moves on a year (a coming one)."""
    if anchor is None:
        return
    for a, b in zip(out, out[1:], strict=False):
        if a.kind not in _RANGED or b.kind not in _RANGED or not (a.relative and b.relative) \
                or (a.kind == "weekday") != (b.kind == "weekday"):
            continue  # weekdays range over weekdays, months and days over months and days
        if a.range_start is None or b.range_start is None or b.range_start >= a.range_start:
            continue
        if not _RANGE_JOIN.match(text[a.end:b.start]) or text[a.end:b.start].strip() == "":
            continue
        step = _shift_week if a.kind == "weekday" else _shift_year
        if a.range_start <= anchor and b.range_start <= anchor:
            step(a, -1)
        else:
            step(b, 1)


def _shift_week(t: Timex, delta: int) -> None:
    """The same weekday ``delta`` weeks later, its part of the day kept."""
    if t.range_start is None or t.value is None:
        return
    day = t.range_start + dt.timedelta(weeks=delta)
    t.range_start = t.range_end = day
    t.value = day.isoformat() + t.value[10:]


def clock_ranges(out: list[Timex], text: str, anchor: dt.date | None) -> None:
    """"from 10 a.m. to 4 p.m.", "between 7 a.m. and 7 p.m. on Tuesday": both ends of a range
    of clock times are on the day one of them names."""
    for a, b in zip(out, out[1:], strict=False):
        if a.type != "TIME" or b.type != "TIME" or a.range_start is None or \
                b.range_start is None or a.value is None or b.value is None:
            continue
        if not _CLOCK_JOIN.fullmatch(text, a.end, b.start):
            continue
        named_a = a.kind == "clock_day" or a.range_start != anchor
        named_b = b.kind == "clock_day" or b.range_start != anchor
        if named_a and not named_b:
            b.range_start = b.range_end = a.range_start
            b.value = a.range_start.isoformat() + b.value[10:]
        elif named_b and not named_a:
            a.range_start = a.range_end = b.range_start
            a.value = b.range_start.isoformat() + a.value[10:]


def _shift_year(t: Timex, delta: int) -> None:
    """The same month or day ``delta`` years later (never Feb. 29 of a common year)."""
    if t.range_start is None or t.range_end is None or t.value is None:
        return
    try:
        start = t.range_start.replace(year=t.range_start.year + delta)
        end = t.range_end.replace(year=t.range_end.year + delta)
    except ValueError:
        return
    t.range_start, t.range_end = start, end
    t.value = f"{start.year}{t.value[4:]}"


def split_range(timex: Timex, m: re.Match[str]) -> list[Timex]:
    """"between 6 and 9 months": two durations, "6" (P6M, the unit of the second) and
    "9 months" (P9M)."""
    first = number(m.group("n1"))
    second = Timex(m.start("n"), m.end(), m.group(0)[m.start("n") - m.start():], timex.type,
                   timex.value, kind="duration")
    if first is None or timex.value is None:
        return [second]
    value = unit_value(first, m.group("unit"))
    return [Timex(m.start("n1"), m.end("n1"), m.group("n1"), timex.type, value,
                  kind="dur_range"), second]


_SECOND_DAY = re.compile(r"\s*(?:and|or|to|through|-)\s*([0-3]?\d)\b(?!\s*(?:%|percent|[,.]\d))")


def second_day(first: Timex, text: str) -> Timex | None:
    """"April 24 and 25": the second day of a pair written with one month name."""
    if first.kind not in ("md", "mdy") or first.precision != "day" or first.range_start is None:
        return None
    if first.kind == "mdy":
        return None
    m = _SECOND_DAY.match(text, first.end)
    if m is None:
        return None
    try:
        d = first.range_start.replace(day=int(m.group(1)))
    except ValueError:
        return None
    if d <= first.range_start:
        return None
    return Timex(m.start(1), m.end(1), m.group(1), "DATE", d.isoformat(), "day", d, d,
                 relative=first.relative, kind="md")


# A clock time of a standing rule or a habit is a time of no one day (TimeML
# ``XXXX-XX-XXT21:00``): the hours of a curfew ("a curfew from 9 p.m. to 5 a.m.", "a 10 p.m.
# curfew"), opening hours ("the shop closes at midnight", "would stay open from 9 a.m. to 9
# p.m."), and a clock in a sentence that says how often ("every night from 10pm", "weekdays
# from 8 a.m.", "usually struck between 10am and 2pm").
_SENTENCE_END = re.compile(r"(?<![ap]\.m)(?<!\b[A-Z])[.!?][\"'\u201d\u2019]?\s+(?=[\"\u201c]?[A-Z])|\n")
_CURFEW_BEFORE = re.compile(r"\bcurfews?\b[^.;:]{0,40}?\b(?:from|between|of|to|and|until|till)"
                            r"\s+(?:about\s+|around\s+)?$|\bcurfews?\s+(?:from|between)\b", re.I)
_CURFEW_AFTER = re.compile(r"^(?:\s*(?:-|\u2013|to|until|till)\s*[^.;:,]{1,12}?)?[- ]curfews?\b",
                           re.I)
_OPEN_HOURS = re.compile(r"\b(?:(?:stays?|remains?|stayed|remained|kept|keeps?|keeping|be|is|are)"
                         r"\s+open|opens|closes|shuts|opening\s+hours|business\s+hours|"
                         r"visiting\s+hours|office\s+hours|trading\s+hours)\b", re.I)
_HOW_OFTEN = re.compile(r"\b(?:usually|normally|typically|generally|routinely|regularly|always|"
                        r"often|habitually|customarily|ordinarily)\b", re.I)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]`` (a newline ends one too)."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, end)
    return begin, after.start() if after else len(text)


def standing_clocks(out: list[Timex], text: str) -> None:
    """A clock time without its own day in a curfew, opening hours or a habit: no day's."""
    for t in out:
        if t.kind not in ("clock", "clock24") or t.type != "TIME" or t.value is None \
                or "T" not in t.value:
            continue
        begin, end = _sentence(text, t.start, t.end)
        before, after = text[begin:t.start], text[t.end:end]
        others = [o for o in out if begin <= o.start < end and o is not t]
        # a set of days ("every night", "weekdays"), not one finer than a day ("buses ran every
        # hour from 6 a.m.": that day's)
        habit = any(o.type == "SET" and not (o.value or "").startswith("PT") for o in others) \
            or _HOW_OFTEN.search(before + after)
        # a range whose other end names its day is that day's ("open between 7 a.m. and 7 p.m.
        # on Sunday", "a curfew from 9 p.m. to 6 a.m. Monday")
        glued = any(o.kind == "clock_day" for o in others)
        curfew = (_CURFEW_BEFORE.search(before[-60:]) or _CURFEW_AFTER.match(after)) \
            and not glued
        dated = glued or any(o.type == "DATE" and o.precision == "day" for o in others)
        # the clock's own clause opens or closes: "closes at midnight", not "came in at 11:40
        # p.m., shortly before the store closes at midnight"
        hours = _OPEN_HOURS.search(before[-40:].rsplit(",", 1)[-1]) and not dated
        if habit or curfew or hours:
            t.value = "XXXX-XX-XXT" + t.value.split("T", 1)[1]
            t.range_start = t.range_end = None
            t.precision, t.relative = None, False
