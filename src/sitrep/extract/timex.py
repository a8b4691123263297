"""A regex grammar for temporal expressions, normalised against an anchor (publication) date.

``find_timexes(text, anchor)`` returns ``Timex`` records (character offsets, TimeML type and
value, precision, start/end dates) for the leftmost-longest matches of the grammar:

- absolute dates: "September 27, 2020", "27 September 2020", "Sept. 27", "April 2016", "1994",
  "the 1990s", "10/05/2020", "2020-10-05";
- relative to the anchor: weekday names (the most recent past one, or the anchor itself when it
  is that weekday; "next Monday" forward), "yesterday", "today", "tomorrow", "last week",
  "this month", "next year", "two days ago", "three years earlier", "July this year",
  "the third quarter", "this summer";
- ranges and durations: "the past three days" (a range ending at the anchor), "five years"
  (TimeML duration ``P5Y``);
- references: "now", "currently" (``PRESENT_REF``), "recently" (``PAST_REF``), "the future".

Values follow TimeML/TIMEX3 (``2020-10-05``, ``2020-W40``, ``2020-07``, ``1994``, ``199``,
``2020-Q3``, ``2020-SU``, ``P3D``, ``PAST_REF``). With no anchor, relative expressions get value
None and a reason.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
            "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
            "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
            "twenty-four": 24, "twenty four": 24, "forty-eight": 48, "single": 1}
_VAGUE = {"several", "few", "a few", "many", "some", "couple", "a couple of", "the past few"}
_UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
          "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q", "weekend": "WE"}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
         r"Aug(?:ust|\.)?|Sep(?:tember|t\.|\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
         r"Dec(?:ember|\.)?)")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUM = (r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
       r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]four)?|"
       r"thirty|forty(?:-eight)?|fifty|sixty|seventy|eighty|ninety|hundred|several|few|"
       r"a few|many|some|a couple of|couple of)")
UNIT = r"(?:second|minute|hour|day|week|month|year|decade|century|centurie|quarter|weekend)"
YEAR = r"(?:1[89]\d\d|20\d\d)"
MOD = r"(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of)[- ]?)"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    precision: str | None = None  # day | week | month | quarter | season | year | decade
    range_start: dt.date | None = None
    range_end: dt.date | None = None
    relative: bool = False
    unresolved_reason: str | None = None


def _month(text: str) -> int:
    return _MONTHS[text.lower()[:3]]


def _num(text: str) -> int | None:
    t = text.lower().strip()
    if t in _NUMBERS:
        return _NUMBERS[t]
    try:
        return int(float(t))
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _day(d: dt.date) -> tuple[str, str, dt.date, dt.date]:
    return d.isoformat(), "day", d, d


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("slash", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")),
    ("mdy", re.compile(rf"\b{MOD}?({MONTH})\s+({DAY})(?:,\s*|\s+)({YEAR})\b")),
    ("dmy", re.compile(rf"\b({DAY})\s+(?:of\s+)?({MONTH})(?:,)?\s+({YEAR})\b")),
    ("md", re.compile(rf"\b({MONTH})\s+({DAY})\b(?![,.]?\s*\d)")),
    ("dm", re.compile(rf"\b({DAY})\s+(?:of\s+)?({MONTH})\b")),
    ("my", re.compile(rf"\b{MOD}?({MONTH}),?\s+(?:of\s+)?({YEAR})\b")),
    ("m_rel", re.compile(rf"\b{MOD}?({MONTH})\s+(this|last|next)\s+year\b")),
    ("rel_m", re.compile(rf"\b(last|next|this|early|late|mid|mid-)\s*({MONTH})\b")),
    ("month", re.compile(rf"\b{MOD}?({MONTH})\b")),
    ("decade", re.compile(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(1[89]\d0|20[0-9]0)'?s\b")),
    ("fiscal", re.compile(rf"\b(?:fiscal(?: year)?\s+|FY\s*)({YEAR})\b", re.I)),
    ("quarter", re.compile(
        r"\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter"
        rf"(?:\s+of\s+({YEAR}))?\b", re.I)),
    ("half", re.compile(rf"\b(?:the\s+)?(first|second)\s+half(?:\s+of\s+({YEAR}))?\b", re.I)),
    ("season", re.compile(
        r"\b(?:(this|last|next|the)\s+)?(spring|summer|fall|autumn|winter)"
        rf"(?:\s+(?:of\s+)?({YEAR}))?\b", re.I)),
    ("year", re.compile(rf"(?<![$\d,.])\b(?:{MOD})?({YEAR})\b(?![,.]?\d|\s*%)")),
    ("weekday", re.compile(
        rf"\b(?:(last|next|this|past|coming)\s+)?({WEEKDAY})"
        r"(?:\s+(morning|afternoon|evening|night))?\b")),
    ("deictic", re.compile(
        r"\b(yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|"
        r"last\s+night)\b", re.I)),
    ("year_ago", re.compile(r"\b(?:the\s+)?(?:a\s+)?year[- ](?:ago|earlier)"
                            r"(?:\s+(?:quarter|period))?\b", re.I)),
    ("ago", re.compile(rf"\b({NUM})[- ]({UNIT})s?\s+(ago|earlier|later|before|from now)\b",
                       re.I)),
    ("past_n", re.compile(
        rf"\b(?:the\s+)?(past|last|next|previous|coming|first|final)\s+({NUM})\s+({UNIT})s?\b",
        re.I)),
    ("rel_unit", re.compile(
        r"\b(?:(earlier|later)\s+)?(last|next|this|past|coming|previous|current|the\s+past|"
        r"the\s+previous|the\s+coming|the\s+current|the\s+same)\s+"
        r"(week|weekend|month|year|quarter|decade|century)\b", re.I)),
    ("the_quarter", re.compile(r"\bthe\s+(?:latest\s+|current\s+|most recent\s+)?"
                               r"(?:quarter|period)\b", re.I)),
    ("set", re.compile(r"\b(daily|weekly|monthly|annually|yearly|hourly|every\s+(?:day|week|"
                       r"month|year|quarter)|each\s+(?:day|week|month|year))\b", re.I)),
    ("century", re.compile(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century\b", re.I)),
    ("ref", re.compile(
        r"\b(now|currently|current|nowadays|at present|at the moment|recently|recent|lately|"
        r"recent\s+(?:years|months|weeks|days)|in the past|in the future|the future|"
        r"the past|formerly|previously|soon|these days|future)\b"
        r"(?!\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|decades?|hours?)\b)", re.I)),
    ("duration", re.compile(
        rf"\b(?:more than\s+|less than\s+|about\s+|nearly\s+|almost\s+|over\s+|at least\s+)?"
        rf"({NUM})[- ]({UNIT})s?(?:[- ]long|[- ]old)?\b", re.I)),
    ("bare_units", re.compile(
        r"\b(?:for|over|in|recent|past)\s+(years|months|weeks|days|decades|hours)\b", re.I)),
    ("clock", re.compile(
        r"\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?:EDT|EST|CDT|CST|PDT|"
        r"PST|GMT|local time))?", re.I)),
]

_PRIORITY = {name: i for i, (name, _) in enumerate(PATTERNS)}

_FUTURE = re.compile(r"\b(will|'ll|shall|going to|expected to|scheduled|plans? to|"
                     r"due to|set to|to be held|upcoming)\b[^.;,]{0,40}$", re.I)


def _nearest_year(anchor: dt.date, month: int, day: int | None = None) -> int:
    """The year that puts month(/day) nearest to the anchor (news refers to recent dates)."""
    best = anchor.year
    best_gap = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = dt.date(year, month, day or 15)
        except ValueError:
            continue
        gap = abs((d - anchor).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _unit_value(n: int | None, unit: str) -> str:
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    code = _UNITS.get(unit, "D")
    count = "X" if n is None else str(n)
    if unit in ("second", "minute", "hour"):
        return f"PT{count}{code}"
    return f"P{count}{code}"


def _relative_unit(word: str, unit: str, anchor: dt.date, shift: int) -> tuple:
    """(value, precision, start, end) for "last week", "this month", "next year"..."""
    unit = unit.lower()
    if unit in ("week", "weekend"):
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
        if unit == "weekend":
            sat = monday + dt.timedelta(days=5)
            return f"{_week(monday)}-WE", "week", sat, sat + dt.timedelta(days=1)
        return _week(monday), "week", monday, monday + dt.timedelta(days=6)
    if unit == "month":
        y, m = _shift_months(anchor.year, anchor.month, shift)
        return f"{y}-{m:02d}", "month", dt.date(y, m, 1), _month_end(y, m)
    if unit == "quarter":
        q = (anchor.month - 1) // 3 + shift
        y = anchor.year + q // 4
        q = q % 4 + 1
        return f"{y}-Q{q}", "quarter", dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if unit == "decade":
        d = anchor.year // 10 + shift
        return f"{d}", "decade", dt.date(d * 10, 1, 1), dt.date(d * 10 + 9, 12, 31)
    if unit == "century":
        c = anchor.year // 100 + shift
        return f"{c}", "century", dt.date(c * 100, 1, 1), dt.date(c * 100 + 99, 12, 31)
    y = anchor.year + shift
    return str(y), "year", dt.date(y, 1, 1), dt.date(y, 12, 31)


def _normalise(kind: str, m: re.Match[str], anchor: dt.date | None, before: str) -> Timex | None:
    text = m.group(0)
    g = m.groups()
    t = Timex(m.start(), m.end(), text, "DATE", None)
    relative = kind in ("md", "dm", "month", "rel_m", "m_rel", "quarter", "half", "season",
                        "weekday", "deictic", "ago", "past_n", "rel_unit", "year_ago",
                        "the_quarter")
    if kind == "season" and g[2]:
        relative = False
    if kind == "quarter" and g[1]:
        relative = False
    if kind in ("duration", "bare_units"):
        t.type = "DURATION"
        if kind == "duration":
            n = _num(g[0])
            if n is None and g[0].lower() not in _VAGUE:
                return None
            if g[1].lower() == "quarter" or (n is not None and n > 1000):
                return None
            t.value = _unit_value(n, g[1])
        else:
            t.value = _unit_value(None, g[0])
            t.start = m.start(1)
            t.text = g[0]
        return t
    if kind == "ref":
        word = g[0].lower()
        t.value = ("PRESENT_REF" if word in ("now", "currently", "current", "nowadays",
                                              "at present",
                                              "at the moment", "these days")
                   else "FUTURE_REF" if "future" in word or word == "soon" else "PAST_REF")
        t.precision = None
        return t
    if kind == "set":
        word = g[0].lower().split()[-1]
        code = {"daily": "D", "day": "D", "weekly": "W", "week": "W", "monthly": "M",
                "month": "M", "annually": "Y", "yearly": "Y", "year": "Y", "hourly": "H",
                "quarter": "Q"}[word]
        t.type, t.value = "SET", ("PT1H" if code == "H" else f"P1{code}")
        return t
    if kind == "century":
        n = int(g[0])
        t.value, t.precision = str(n - 1), "century"
        t.range_start, t.range_end = dt.date((n - 1) * 100, 1, 1), dt.date(n * 100 - 1, 12, 31)
        return t
    if kind == "clock":
        hour = int(g[0]) % 12 + (12 if g[2].lower().startswith("p") else 0)
        minute = int(g[1] or 0)
        t.type = "TIME"
        if anchor is None:
            t.unresolved_reason = "time of day without a publication date"
            t.relative = True
            return t
        t.value = f"{anchor.isoformat()}T{hour:02d}:{minute:02d}"
        t.precision, t.relative = "day", True
        t.range_start = t.range_end = anchor
        return t
    if relative and anchor is None:
        t.relative = True
        t.unresolved_reason = "relative date and the publication date is unknown"
        return t
    t.relative = relative
    try:
        value, precision, start, end = _absolute(kind, g, anchor, before)
    except (ValueError, KeyError, TypeError):
        return None
    t.value, t.precision, t.range_start, t.range_end = value, precision, start, end
    if kind == "past_n":
        t.type = "DURATION"
    return t


def _absolute(kind: str, g: tuple, anchor: dt.date | None, before: str) -> tuple:
    if kind == "iso":
        return _day(dt.date(int(g[0]), int(g[1]), int(g[2])))
    if kind == "slash":
        year = int(g[2]) + (1900 if len(g[2]) == 2 and int(g[2]) > 30 else
                            2000 if len(g[2]) == 2 else 0)
        return _day(dt.date(year, int(g[0]), int(g[1])))
    if kind == "mdy":
        return _day(dt.date(int(g[2]), _month(g[0]), int(re.sub(r"\D", "", g[1]))))
    if kind == "dmy":
        return _day(dt.date(int(g[2]), _month(g[1]), int(re.sub(r"\D", "", g[0]))))
    if kind in ("md", "dm"):
        month, day = (g[0], g[1]) if kind == "md" else (g[1], g[0])
        mo, d = _month(month), int(re.sub(r"\D", "", day))
        assert anchor is not None
        return _day(dt.date(_nearest_year(anchor, mo, d), mo, d))
    if kind == "my":
        y, mo = int(g[1]), _month(g[0])
        return f"{y}-{mo:02d}", "month", dt.date(y, mo, 1), _month_end(y, mo)
    if kind == "m_rel":
        assert anchor is not None
        y = anchor.year + {"this": 0, "last": -1, "next": 1}[g[1].lower()]
        mo = _month(g[0])
        return f"{y}-{mo:02d}", "month", dt.date(y, mo, 1), _month_end(y, mo)
    if kind in ("rel_m", "month"):
        assert anchor is not None
        word = g[0].lower() if kind == "rel_m" else ""
        mo = _month(g[1] if kind == "rel_m" else g[0])
        if word == "last":
            y = anchor.year if mo < anchor.month else anchor.year - 1
        elif word == "next":
            y = anchor.year if mo > anchor.month else anchor.year + 1
        else:
            y = _nearest_year(anchor, mo)
            if _FUTURE.search(before) is None and dt.date(y, mo, 1) > anchor:
                y = anchor.year if mo <= anchor.month else y
        return f"{y}-{mo:02d}", "month", dt.date(y, mo, 1), _month_end(y, mo)
    if kind == "decade":
        d = int(g[0]) // 10
        return str(d), "decade", dt.date(d * 10, 1, 1), dt.date(d * 10 + 9, 12, 31)
    if kind == "fiscal":
        y = int(g[0])
        return str(y), "year", dt.date(y, 1, 1), dt.date(y, 12, 31)
    if kind == "quarter":
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4}[g[0].lower()]
        y = int(g[1]) if g[1] else anchor.year  # type: ignore[union-attr]
        _STATE["quarter"] = (y, q)
        return f"{y}-Q{q}", "quarter", dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if kind == "half":
        h = 1 if g[0].lower() == "first" else 2
        y = int(g[1]) if g[1] else anchor.year  # type: ignore[union-attr]
        return f"{y}-H{h}", "half", dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
    if kind == "season":
        code = _SEASONS[g[1].lower()]
        if g[2]:
            y = int(g[2])
        else:
            assert anchor is not None
            y = anchor.year + {"last": -1, "next": 1}.get((g[0] or "").lower(), 0)
        return f"{y}-{code}", "season", None, None
    if kind == "year":
        y = int(g[0])
        return str(y), "year", dt.date(y, 1, 1), dt.date(y, 12, 31)
    assert anchor is not None
    if kind == "weekday":
        word = (g[0] or "").lower()
        w = _WEEKDAYS[g[1].lower()]
        forward = word in ("next", "coming") or (
            word not in ("last", "past") and _FUTURE.search(before) is not None)
        if forward:
            delta = (w - anchor.weekday()) % 7 or (7 if word == "next" else 0)
            d = anchor + dt.timedelta(days=delta)
        else:
            d = anchor - dt.timedelta(days=(anchor.weekday() - w) % 7)
        return d.isoformat(), "day", d, d
    if kind == "deictic":
        word = " ".join(g[0].lower().split())
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        d = anchor + dt.timedelta(days=shift)
        value = d.isoformat()
        if word in ("tonight", "last night"):
            value += "TNI"
        elif word.startswith("this "):
            value += "T" + _PARTS[word.split()[1]]
        return value, "day", d, d
    if kind == "ago":
        n = _num(g[0]) or 1
        unit = g[1].lower()
        sign = 1 if g[2].lower() in ("later", "from now") else -1
        if unit in ("day", "week"):
            d = anchor + sign * dt.timedelta(days=n * (7 if unit == "week" else 1))
            return (d.isoformat(), "day", d, d) if unit == "day" else (
                _week(d), "week", d - dt.timedelta(days=d.weekday()),
                d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=6))
        if unit == "month":
            y, mo = _shift_months(anchor.year, anchor.month, sign * n)
            return f"{y}-{mo:02d}", "month", dt.date(y, mo, 1), _month_end(y, mo)
        if unit == "year":
            y = anchor.year + sign * n
            return str(y), "year", dt.date(y, 1, 1), dt.date(y, 12, 31)
        if unit == "decade":
            y = anchor.year + sign * 10 * n
            return str(y // 10), "decade", dt.date(y // 10 * 10, 1, 1), dt.date(y, 12, 31)
        raise ValueError(unit)
    if kind == "past_n":
        n = _num(g[1])
        unit = g[2].lower()
        value = _unit_value(n, unit)
        days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652,
                "weekend": 7, "quarter": 91}.get(unit, 0) * (n or 1)
        if g[0].lower() in ("next", "coming"):
            return value, "day", anchor, anchor + dt.timedelta(days=days)
        return value, "day", anchor - dt.timedelta(days=days), anchor
    if kind == "rel_unit":
        word = " ".join(g[1].lower().replace("the ", "").split())
        shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(word, 0)
        if word in ("past", "previous") and g[2].lower() in ("year", "month", "week"):
            shift = -1
        return _relative_unit(word, g[2], anchor, shift)
    if kind == "year_ago":
        if _STATE.get("quarter"):
            y, q = _STATE["quarter"]
            return f"{y - 1}-Q{q}", "quarter", dt.date(y - 1, 3 * q - 2, 1), _month_end(
                y - 1, 3 * q)
        y = anchor.year - 1
        return str(y), "year", dt.date(y, 1, 1), dt.date(y, 12, 31)
    if kind == "the_quarter":
        if _STATE.get("quarter"):
            y, q = _STATE["quarter"]
        else:
            last = anchor - dt.timedelta(days=45)
            y, q = last.year, (last.month - 1) // 3 + 1
        return f"{y}-Q{q}", "quarter", dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    raise ValueError(kind)


_STATE: dict[str, tuple[int, int]] = {}  # the quarter last mentioned in the current text
_MAY_VERB = re.compile(r"\bMay\b(?!\s+\d)")


def find_timexes(text: str, anchor: dt.date | None) -> list[Timex]:
    """Temporal expressions in ``text`` (leftmost-longest), normalised against ``anchor``."""
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if m.end() <= m.start():
                continue
            if kind in ("month", "rel_m") and m.group(0).split()[-1] == "May" and \
                    kind == "month" and _MAY_VERB.match(text, m.start(m.lastindex or 0)):
                prev = text[max(0, m.start() - 12): m.start()].lower()
                if not re.search(r"\b(in|since|until|by|of|early|late|mid|last|this|next|"
                                 r"from|through)\s*$", prev):
                    continue
            found.append((m.start(), -(m.end() - m.start()), _PRIORITY[kind], kind, m))
    found.sort()
    _STATE.clear()
    out: list[Timex] = []
    taken_until = -1
    for start, _neg, _prio, kind, m in found:
        if start < taken_until:
            continue
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
        timex = _normalise(kind, m, anchor, text[sentence_start:start])
        if timex is None:
            continue
        out.append(timex)
        taken_until = m.end()
    return out
