"""Where a date pattern can match: a cheap scan for a word every match of it contains.

``find_timexes`` runs about forty patterns over each article; most of them can only match
around a particular word (``ago``, a month name, a unit of time, a season). ``GATES`` gives that
words for each pattern (lower case, or a regex), one of which every match of the pattern
contains (or, for a pattern that ends in a lookahead, is followed by: "three days later").
``scan`` looks for the gate words first and runs the pattern only in windows of ``BEFORE``
characters before and ``AFTER`` after each of them (overlapping windows merged), which finds
exactly the matches a scan of the whole text finds, because no date expression is longer than
the margins: a match contains a gate word, so it lies inside that word's window, and a window
never starts or ends inside a match (``tests/extract/dates/test_dates.py`` compares both scans on real text).
A pattern without a gate is run over the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

BEFORE = 160
AFTER = 200

_MONTH = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "10 a.m.", "noon": the words found with str.find, the clock with a regex that starts with a
# digit (a regex whose every branch starts with a character class is scanned by the regex
# engine's fast search for that class; one with a branch of words is tried at every character)
_CLOCK = ("noon", "midnight", "midday", "dawn", "daybreak", "first light", "sunrise", "dusk",
          "nightfall", "sunset", "mid-morning", "midmorning", "mid-afternoon", "midafternoon",
          "mid-evening", "midevening", re.compile(r"\d\s*[ap]\.?m"))
# a unit of time after a space or a hyphen, where a number or a word before it ends ("three
# days", "a 10-year", "straight\nweeks"): not the "day" of "Monday", "today" or "holiday"
_SPACED_UNIT = (re.compile(r"[-\s](?:second|minute|hour|day|week|month|year|decade|centur|"
                           r"quarter)"),)

# a gate is a tuple of lower-case words (found with str.find) and regexes, both run over the
# lower-case text, or one regex (run over the text)
Gate = tuple[str | re.Pattern[str], ...] | re.Pattern[str]

GATES: dict[str, Gate] = {
    "clock_day": _CLOCK,
    "wd_date": _WEEKDAY,
    "week_of": ("week",),
    "iso": re.compile(r"\d-\d"),
    "slash": re.compile(r"\d/\d"),
    "dotted": re.compile(r"\d\.\d{1,2}\.[12]\d\d\d"),
    "mdy": _MONTH,
    "dmy": _MONTH,
    "md": _MONTH,
    "dm": _MONTH,
    "dom": re.compile(r"\d(?:st|nd|rd|th)\b"),
    "my": _MONTH,
    "m_rel": _MONTH,
    "rel_m": _MONTH,
    "each": ("each", "every"),
    "month": _MONTH,
    "decade": re.compile(r"0'?s"),
    "decade_word": ("0s", "ties"),
    "fiscal": ("fiscal", "fy"),
    "yq": ("quarter", "period"),
    "quarter": ("quarter",),
    "half": ("half",),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "spoken_year": ("eighteen", "nineteen", "thousand"),
    "holiday": ("thanksgiving", "christmas", "new year", "easter", "good friday", "election day",
                "labor day", "memorial day", "independence day", "veterans day", "halloween",
                "fourth of july", "july fourth"),
    "weekday": _WEEKDAY,
    "deictic": ("yesterday", "today", "tomorrow", "tonight", "overnight", "morning", "afternoon",
                "evening", "night"),
    "year_ago": ("year",),
    "ago": ("ago", "from now", "hence"),
    # "three days later": the word the pattern's lookahead needs after the unit, much rarer
    # than the units themselves
    "rel_later": ("later", "earlier", "before", "after"),
    "past_n": _SPACED_UNIT,
    "plural_ref": ("days", "weeks", "months", "years", "quarters"),
    "rel_unit": ("week", "month", "year", "quarter", "decade", "century"),
    "quarter_ago": ("quarter", "period"),
    "the_quarter": ("quarter", "period"),
    "the_year": ("year",),
    "anaphor": ("year", "month", "week", "day", "night", "morning", "afternoon", "evening",
                "quarter"),
    "the_time": ("the time", "that time"),
    "year_range": re.compile(r"\d[-/\u2013]\d"),
    "dur_range": _SPACED_UNIT,
    "weekend": ("weekend",),
    "set": ("daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "every",
            "each"),
    "plural_wd": ("days", "weekends"),
    "century": ("century",),
    "duration": _SPACED_UNIT,
    "bare_units": ("years", "months", "weeks", "days", "decades", "hours", "minutes", "seconds",
                   "centuries"),
    "clock": _CLOCK,
    "clock24": re.compile(r"\d(?::\d\d|\d{3}\s*(?:GMT|UTC|hrs))"),
    # a year of the 19th to 21st centuries ("1990", "mid-2015"): the scan for it starts only at a
    # 1 or a 2, where the pattern's lookbehind and modifiers were tried at every character
    "year": re.compile(r"(?:1[89]|20)\d\d"),
    # "now", "nowadays", "currently", "recently", "in the past", "the near future", "the long
    # term", ...: each holds one of these
    "ref": ("now", "current", "at present", "at the moment", "recent", "lately", "past",
            "future", "soon", "these days", "term"),
}


def _hits(text: str, lower: str, gate: Gate) -> list[tuple[int, int]]:
    if isinstance(gate, re.Pattern):
        return [m.span() for m in gate.finditer(text)]
    out = []
    for word in gate:
        if isinstance(word, re.Pattern):
            out.extend(m.span() for m in word.finditer(lower))
            continue
        at = lower.find(word)
        while at >= 0:
            out.append((at, at + len(word)))
            at = lower.find(word, at + 1)
    out.sort()
    return out


def windows(text: str, lower: str, gate: Gate) -> list[tuple[int, int]]:
    """The merged windows around the gate words of ``text`` (``lower``: ``text.lower()``)."""
    out: list[tuple[int, int]] = []
    for start, end in _hits(text, lower, gate):
        lo, hi = max(0, start - BEFORE), min(len(text), end + AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


@lru_cache(maxsize=64)
def _windows(text: str, lower: str, gate: Gate) -> tuple[tuple[int, int], ...]:
    """``windows``, remembered: the patterns of one text share a few gates (eight kinds wait
    for a month name, four for a unit of time), whose words are looked for once."""
    return tuple(windows(text, lower, gate))


def scan(kind: str, pattern: re.Pattern[str], text: str,
         lower: str | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, the same as ``pattern.finditer(text)``."""
    gate = GATES.get(kind)
    lower = text.lower() if lower is None else lower
    if gate is None or len(lower) != len(text):  # a few letters lower-case to two characters
        yield from pattern.finditer(text)
        return
    for lo, hi in _windows(text, lower, gate):
        yield from pattern.finditer(text, lo, hi)
