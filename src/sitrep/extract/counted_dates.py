"""A day counted back from the day a sentence names, for ``link``: "The boy died Sunday, two days
after he was shot", "Police arrested a man on Tuesday, three days after a woman was killed",
"a report on January 18 (one day after the officer was killed)", "On Monday, the day after the
shooting, ...". The act told after the count ("he was shot", "the shooting") happened that many
days (or weeks) before the named day ("after") or after it ("before"); the named day stays the
day of the act told before the count ("died", "arrested").

Only where the count follows the named day right away (a comma, a dash or a parenthesis between
them, "just" or "only" allowed) and the act's trigger follows the count's "after" or "before"
in the same phrase (no comma, semicolon or closing parenthesis between them): ", two days after
the shooting, police said the victim died" leaves "died" on the named day."""

from __future__ import annotations

import datetime as dt
import re

from sitrep.extract.dates.shifts import COUNT, counted_days
from sitrep.records import Evidence, When

_LEAD = re.compile(
    rf"\s*[,(\u2014\u2013-]?\s*(?:(?:just|only|barely|nearly|almost|some)\s+)?"
    rf"(?:(?P<n>{COUNT})\s+(?P<unit>days?|weeks?)|(?P<the>the)\s+(?:day|morning|night|evening))"
    r"\s+(?P<dir>after|before)\b", re.I)
_NAMED_DAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|"
                        r"tonight)\b|\b\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?::|a\.?m|p\.?m))", re.I)
_PHRASE_END = re.compile(r"[,;)\u2014]|\.\s")
_REACH = 120  # characters from the count's "after" to the act's trigger
_COUNT = re.compile(
    rf"\b(?:(?P<n>{COUNT})\s+(?P<unit>days?|weeks?)|(?P<the>the)\s+day)\s+(?P<dir>after|before)\b"
    r"(?!\s+(?:that|this|it|then)\b)", re.I)  # not "a day after that": the act after the count


def counted_from(text: str, when: When | None, trigger: int) -> When | None:
    """``when`` moved by the count between it and the trigger at ``trigger`` (see the module),
    or ``when`` itself."""
    if when is None or when.precision != "day" or when.kind == "interval" or not when.value \
            or len(when.value) != 10 or when.evidence.end > trigger or (
                when.kind == "time" and not _NAMED_DAY.search(when.text)):
        return when  # a clock time on the paragraph's day ("at 6 a.m. ten days before") names none
    m = _LEAD.match(text, when.evidence.end)
    if m is None or not m.end() <= trigger <= m.end() + _REACH or _PHRASE_END.search(
            text, m.end(), trigger):
        return when
    days = counted_days(m)
    if days is None:
        return when
    days = -days  # the act told after the count: "after" the act is the named day
    try:
        day = dt.date.fromisoformat(when.value) + dt.timedelta(days=days)
    except (ValueError, OverflowError):
        return when
    start, end = when.evidence.start, m.end()
    return When(text[start:end], Evidence(start, end, text[start:end]), day.isoformat(), "day",
                day.isoformat(), day.isoformat(), relative=when.relative,
                extractor=when.extractor, kind="date")


def counted_back(text: str, when: When | None, trigger: int) -> When | None:
    """``when`` moved by a count that opens the trigger's phrase later than the named day
    ("Prosecutors on Wednesday charged 14 men, a day after police raided 20 homes": the raid
    was Tuesday; "The strike came a day after rebels launched an offensive"), where the count
    does not follow the day right away (``counted_from``); or ``when`` itself. The count
    lies between the day and the trigger, in the trigger's sentence, and the trigger follows
    its "after" or "before" in the same phrase."""
    if when is None or when.precision != "day" or when.kind == "interval" or not when.value \
            or len(when.value) != 10 or when.evidence.end > trigger:
        return when
    found = [m for m in _COUNT.finditer(text, when.evidence.end, trigger)
             if m.end() <= trigger <= m.end() + _REACH
             and not _PHRASE_END.search(text, m.end(), trigger)]
    if not found:
        return when
    m = found[-1]
    if _SENTENCE_END.search(text, m.end(), trigger):
        return when
    days = counted_days(m)
    if days is None:
        return when
    try:
        day = dt.date.fromisoformat(when.value) - dt.timedelta(days=days)
    except (ValueError, OverflowError):
        return when
    start, end = m.start(), m.end()
    return When(text[start:end], Evidence(start, end, text[start:end]), day.isoformat(), "day",
                day.isoformat(), day.isoformat(), relative=when.relative,
                extractor=when.extractor, kind="date")


_SENTENCE_END = re.compile(r"[.!?]\s")
