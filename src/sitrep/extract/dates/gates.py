"""Where a date pattern can match: a cheap scan for a word every match of it contains.

``find_timexes`` runs about forty patterns over each article; most of them can only match
around a particular word (``ago``, a month name, a unit of time, a season). ``GATES`` gives that
words for each pattern (lower case, or a regex), one of which every match of the pattern
contains (or, for a pattern that ends in a lookahead, is followed by: "three days later").
``scan`` looks for the gate words first and runs the pattern only in windows of ``BEFORE``
characters before and ``AFTER`` after each of them (narrower for the kinds in ``MARGINS``;
overlapping windows merged), which finds
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
# a month name as the patterns without ``re.I`` write it, capitalised ("Dec.", "May 5"): not the
# "dec" of "decided", the modal "may" or the "mar" of "remarks" that the lower-case words find,
# whose windows cover most of a text (a regex run over the text as written)
_MONTH_CASED = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
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
    "mdy": _MONTH_CASED,
    "dmy": _MONTH_CASED,
    "md": _MONTH_CASED,
    "dm": _MONTH_CASED,
    "dom": re.compile(r"\d(?:st|nd|rd|th)\b"),
    # the year after the month ("May 2019", "MAY 2019": written with re.I), rarer than a month
    # name's letters in lower case
    "my": (re.compile(r"(?:1[89]|20)\d\d"), "nineteen", "eighteen", "two thousand"),
    "m_rel": _MONTH_CASED,
    "rel_m": _MONTH_CASED,
    "each": ("each", "every"),
    "month": _MONTH_CASED,
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
    "the_year": ("year", "month"),
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
    # at the start of a word, as the pattern's \b has them: not the "now" of "know" or "snow",
    # the "term" of "determined"
    "ref": (re.compile(r"\b(?:now|current|at present|at the moment|recent|lately|past|future|"
                       r"soon|these days|term)"),),
}


# (before, after) for the kinds whose matches reach far less far from their gate word than
# ``BEFORE`` and ``AFTER``: their gate words are frequent (a unit of time, "now", "past"), and
# the windows of the wide margins merged over most of a text. Each pair holds the longest reach
# of a match (and of its lookarounds) with room to spare: "more than twenty-five consecutive"
# before the unit of a duration; "of the war" after "years" (``bare_units``); "in the
# foreseeable" before "future" and the word and unit that "now" must not be followed by (``ref``).
MARGINS: dict[str, tuple[int, int]] = {
    "duration": (100, 60),
    "past_n": (100, 60),
    "dur_range": (100, 60),  # the windows of "duration" and "past_n" (one gate, one scan)
    "bare_units": (60, 80),
    "rel_later": (100, 60),
    "ref": (40, 120),
    "my": (80, 60),  # "the beginning of September, 2019" before the year
    # "earlier the beginning of the previous" before a unit, "weekend and a half" after it
    "rel_unit": (100, 60),
    # "later the following" before a unit, "before" and the words that must not follow it
    "anaphor": (100, 60),
    # "(during) the current fiscal", "the end of the" before "year" or "month"; "(the year)
    # ending", "'s end" and the words that must not follow it after
    "the_year": (100, 60),
    # a capitalised month: "the beginning of" or "30th of" before it, "ember 30th, 2020" or
    # "ember of this year" after it (and a year, or a year range, around its digits)
    **dict.fromkeys(("mdy", "dmy", "md", "dm", "m_rel", "rel_m", "month", "year", "year_range"),
                    (100, 60)),
}


# for kinds whose gate is one regex: strings one of which every hit of the gate holds, as
# written; a text with none of them has no hit, and its scan for the gate is skipped (no "/" in
# nine news texts of ten, no "0s" in nine of ten, no clock's colon or zone in two of three)
NEEDS: dict[str, tuple[str, ...]] = {
    "slash": ("/",),
    "decade": ("0s", "0's"),
    "clock24": (":", "GMT", "UTC", "hrs"),
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


def windows(text: str, lower: str, gate: Gate, before: int = BEFORE, after: int = AFTER
            ) -> list[tuple[int, int]]:
    """The merged windows around the gate words of ``text`` (``lower``: ``text.lower()``),
    from ``before`` characters before each to ``after`` characters after it."""
    out: list[tuple[int, int]] = []
    for start, end in _hits(text, lower, gate):
        lo, hi = max(0, start - before), min(len(text), end + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


@lru_cache(maxsize=64)
def _windows(text: str, lower: str, gate: Gate, before: int, after: int
             ) -> tuple[tuple[int, int], ...]:
    """``windows``, remembered: the patterns of one text share a few gates (eight kinds wait
    for a month name, four for a unit of time), whose words are looked for once."""
    return tuple(windows(text, lower, gate, before, after))


def scan(kind: str, pattern: re.Pattern[str], text: str,
         lower: str | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, the same as ``pattern.finditer(text)``."""
    gate = GATES.get(kind)
    lower = text.lower() if lower is None else lower
    if gate is None or len(lower) != len(text):  # a few letters lower-case to two characters
        yield from pattern.finditer(text)
        return
    needs = NEEDS.get(kind)
    if needs is not None and not any(need in text for need in needs):
        return  # no hit of the gate, so no match
    before, after = MARGINS.get(kind, (BEFORE, AFTER))
    for lo, hi in _windows(text, lower, gate, before, after):
        yield from pattern.finditer(text, lo, hi)
