"""Calendar arithmetic and word lists shared by the timex grammar (``timex``) and its
normaliser (``norm``): month and weekday names, number words (including spoken years such
as "nineteen ninety-six"), ISO weeks, quarters, TimeML duration values and holidays."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
          "sep": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
           "single": 1, "couple": 2, "a couple of": 2, "couple of": 2, "a dozen": 12,
           "dozen": 12, "thousand": 1000}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9}
VAGUE = {"several", "few", "a few", "many", "some", "the past few", "a number of"}
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
         "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q", "weekend": "WE"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
# named times of day that are no clock reading: TimeML's parts of the day
DAY_PARTS = {"dawn": "MO", "daybreak": "MO", "first light": "MO", "sunrise": "MO",
             "midmorning": "MO", "midafternoon": "AF", "midevening": "EV", "dusk": "EV",
             "nightfall": "EV", "sunset": "EV"}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}


def month_number(text: str) -> int:
    return MONTHS[text.lower()[:3]]


def number(text: str) -> int | None:
    """An integer from digits or number words ("twenty-four", "twenty four"); None if vague."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t in NUMBERS:
        return NUMBERS[t]
    parts = t.split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES:
        return _TENS[parts[0]] + _ONES[parts[1]]
    if len(parts) == 2 and parts[1] in ("hundred", "thousand"):  # "a hundred", "two thousand"
        head = number(parts[0])
        return None if head is None else head * (100 if parts[1] == "hundred" else 1000)
    try:
        return int(float(t.replace(",", "")))
    except ValueError:
        return None


def spoken_year(text: str) -> int | None:
    """1996 from "nineteen ninety-six", 2000 from "two thousand", 1905 from "nineteen oh five"."""
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = number(" ".join(words[2:]).replace("and ", "")) if len(words) > 2 else 0
        return 2000 + rest if rest is not None and rest < 100 else None
    if len(words) < 2 or words[0] not in ("nineteen", "eighteen", "twenty"):
        return None
    century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[words[0]]
    rest_words = words[1:]
    if rest_words[0] in ("oh", "o"):
        rest_words = rest_words[1:]
    rest = number(" ".join(rest_words))
    if rest is None or not 0 <= rest < 100:
        return None
    return century + rest


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def iso_week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def day_tuple(d: dt.date) -> tuple[str, str, dt.date, dt.date]:
    return d.isoformat(), "day", d, d


def month_tuple(y: int, m: int) -> tuple[str, str, dt.date, dt.date]:
    return f"{y}-{m:02d}", "month", dt.date(y, m, 1), month_end(y, m)


def year_tuple(y: int) -> tuple[str, str, dt.date, dt.date]:
    return str(y), "year", dt.date(y, 1, 1), dt.date(y, 12, 31)


def quarter_tuple(y: int, q: int) -> tuple[str, str, dt.date, dt.date]:
    return f"{y}-Q{q}", "quarter", dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q)


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def unit_value(n: int | float | None, unit: str) -> str:
    """TimeML duration value: P3D, PT5H, P2Y6M for 2.5 years, PXY for a vague count."""
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    code = UNITS.get(unit, "D")
    time = "T" if unit in ("second", "minute", "hour") else ""
    if n is None:
        return f"P{time}X{code}"
    if isinstance(n, float) and not n.is_integer() and unit in ("decade", "century"):
        return f"P{int(round(n * (10 if unit == 'decade' else 100)))}Y"  # "a decade and a half"
    if isinstance(n, float) and not n.is_integer():
        whole, frac = int(n), n - int(n)
        sub = {"year": (12, "M"), "hour": (60, "M"), "minute": (60, "S"), "day": (24, "H"),
               "month": None, "week": (7, "D")}.get(unit)
        if sub is not None:
            amount = int(round(frac * sub[0]))
            head = f"{whole}{code}" if whole else ""
            sub_time = "T" if unit == "day" else ""
            return f"P{time}{head}{sub_time}{amount}{sub[1]}"
    return f"P{time}{int(n)}{code}"


def dated(year: int, month: int, day: int | None, anchor: dt.date, tense: str | None,
          margin: int = 0) -> int:
    """The year for month(/day) without a year: the next one in a future clause, the most
    recent one otherwise (news reports the past), allowing ``margin`` days after the anchor."""
    del year
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = []
    for y in years:
        try:
            candidates.append((dt.date(y, month, day or 1), y))
        except ValueError:
            continue
    if not candidates:
        return anchor.year
    if tense == "future":
        later = [(d, y) for d, y in candidates
                 if (d >= anchor - dt.timedelta(days=margin)) or
                 (day is None and (y, month) == (anchor.year, anchor.month))]
        return min(later)[1] if later else anchor.year
    earlier = [(d, y) for d, y in candidates if d <= anchor + dt.timedelta(days=margin)]
    return max(earlier)[1] if earlier else anchor.year


# how much farther a candidate may be than the other one before the other one is chosen:
# news reports the past (a later date costs LATER_COST times its distance), and a tense cue
# is a surface guess (the candidate it contradicts costs AGAINST_TENSE times its distance)
LATER_COST = 2.0
AGAINST_TENSE = 30.0


def nearest_year(month: int, day: int | None, anchor: dt.date, tense: str | None) -> int:
    """The year of a month (and day) written without one: the candidate nearest the anchor
    (the story's time), where a later one costs more (news reports the past) and one against
    the clause's tense costs much more. "had been set to expire Nov. 6" four days after the
    anchor is the coming one; "was shot on Oct. 23" five months later is last year's. With
    ``tense`` "either" (a plan told in a past tense) the nearer one, whatever its side."""
    best: tuple[float, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is None:
            distance = float((y - anchor.year) * 12 + month - anchor.month)
        else:
            try:
                distance = float((dt.date(y, month, day) - anchor).days)
            except ValueError:
                continue
        cost = abs(distance)
        if tense == "either":
            pass  # a plan told in a past tense: the nearer day, before or after the anchor
        elif distance > 0:
            cost *= LATER_COST if tense is None else AGAINST_TENSE if tense == "past" else 1.0
        elif distance < 0 and tense == "future":
            cost *= AGAINST_TENSE
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1] if best else anchor.year


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_end(year, month)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    L = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * L) // 451
    month = (h + L - 7 * m + 114) // 31
    day = (h + L - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def holiday(name: str, year: int) -> dt.date | None:
    """The date of a widely reported holiday in a year."""
    key = re.sub(r"[^a-z ]", "", name.lower().replace("'s", "")).strip()
    key = re.sub(r"\s+(day|eve)$", lambda m: " " + m.group(1), key)
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year day": (1, 1), "new years day": (1, 1), "new year eve": (12, 31),
             "new years eve": (12, 31), "independence day": (7, 4), "veterans day": (11, 11),
             "halloween": (10, 31), "fourth of july": (7, 4), "the fourth of july": (7, 4),
             "july fourth": (7, 4), "valentine day": (2, 14), "valentines day": (2, 14),
             "boxing day": (12, 26), "bastille day": (7, 14), "may day": (5, 1)}
    if key in fixed:
        return dt.date(year, *fixed[key])
    if key in ("thanksgiving", "thanksgiving day"):
        return nth_weekday(year, 11, 3, 4)
    if key in ("labor day", "labour day"):
        return nth_weekday(year, 9, 0, 1)
    if key == "memorial day":
        return nth_weekday(year, 5, 0, -1)
    if key in ("martin luther king day", "martin luther king jr day"):
        return nth_weekday(year, 1, 0, 3)
    if key in ("presidents day",):
        return nth_weekday(year, 2, 0, 3)
    if key == "election day":
        return nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    if key in ("easter", "easter sunday", "easter day"):
        return easter(year)
    if key == "good friday":
        return easter(year) - dt.timedelta(days=2)
    return None
