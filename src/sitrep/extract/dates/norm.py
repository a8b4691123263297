"""Normalisation of the date expressions matched by the ``timex`` grammar.

``absolute(kind, groups, anchor, tense, state)`` turns one match into (TimeML value, precision,
first day, last day). ``tense`` ("future", "past" or None, from ``tense``) chooses between
the previous and the next weekday, month or date when the expression names no year; ``state``
carries discourse context across one text (the fiscal quarter last mentioned, used by "the
quarter" and "a year earlier" in earnings reports).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sitrep.extract.dates.calendar import (
    DAY_PARTS,
    DECADE_WORDS,
    PARTS,
    SEASONS,
    WEEKDAYS,
    dated,
    day_tuple,
    holiday,
    iso_week,
    month_end,
    month_number,
    month_tuple,
    nearest_year,
    number,
    quarter_tuple,
    shift_months,
    spoken_year,
    unit_value,
    year_tuple,
)

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4}
Result = tuple[str | None, str | None, dt.date | None, dt.date | None]


def day_part(word: str) -> str | None:
    """TimeML's part of the day a named time of day is in ("dawn" MO, "mid-afternoon" AF,
    "nightfall" EV), None for noon, midday and midnight (clock readings)."""
    return DAY_PARTS.get(" ".join(word.lower().replace("-", "").split()))


def clock(g: dict[str, Any], opens_day: bool = False) -> str:
    """"HH:MM" from the CLOCK groups ("12:00" for noon; midnight "24:00", the end of a day,
    or "00:00" where it ``opens_day``: "shortly after midnight")."""
    if g.get("noon"):
        midnight = "00:00" if opens_day else "24:00"
        return day_part(g["noon"]) or (midnight if g["noon"].lower() == "midnight" else "12:00")
    if not g.get("ap"):  # a 24-hour clock: "at 14:30", "1200 GMT"
        return f"{int(g['h']):02d}:{int(g['mi'] or 0):02d}"
    hour = int(g["h"]) % 12 + (12 if g["ap"].lower().startswith("p") else 0)
    return f"{hour:02d}:{int(g['mi'] or 0):02d}"


def set_value(kind: str, g: dict[str, Any]) -> str:
    if kind == "each":
        if g.get("mon"):
            return f"XXXX-{month_number(g['mon']):02d}"
        if g.get("season"):
            return f"XXXX-{SEASONS[g['season'].lower()]}"
        if g.get("part"):
            return f"XXXX-XX-XXT{PARTS[g['part'].lower()]}"
        if g.get("we"):
            return "XXXX-WXX-WE"
        if g.get("unit"):  # "every other day" P2D, "every three weeks" P3W, "every few years"
            n = 2 if g.get("other") else number(g["n"])
            return unit_value(n, g["unit"])
        return f"XXXX-WXX-{WEEKDAYS[g['wd'].lower()] + 1}"
    if g["word"].lower() == "nightly":
        return "XXXX-XX-XXTNI"
    word = g["word"].lower().split()[-1]
    code = {"daily": "D", "day": "D", "weekly": "W", "week": "W", "monthly": "M",
            "month": "M", "annually": "Y", "yearly": "Y", "year": "Y", "hourly": "H", "hour": "H",
            "quarter": "Q"}[word]
    return "PT1H" if code == "H" else f"P1{code}"


def _year(text: str) -> int:
    if text.isdigit():
        return int(text)
    y = spoken_year(text)
    if y is None:
        raise ValueError(text)
    return y


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _weekday(anchor: dt.date, w: int, rel: str, tense: str | None) -> dt.date:
    if rel in ("last", "past", "previous"):
        return anchor - dt.timedelta(days=(anchor.weekday() - w - 1) % 7 + 1)
    if rel in ("next", "coming"):
        ahead = (w - anchor.weekday() - 1) % 7 + 1
        # "next Wednesday" written on a Tuesday is not tomorrow (the writer would say
        # "Wednesday" or "tomorrow"): the Wednesday of the following week
        return anchor + dt.timedelta(days=ahead + 7 if ahead == 1 and rel == "next" else ahead)
    if tense == "future":
        return anchor + dt.timedelta(days=(w - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - w) % 7)


# the first month of each season (northern meteorological seasons; winter Y runs from
# December Y into February Y+1)
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_days(code: str, year: int) -> tuple[dt.date, dt.date]:
    first = _SEASON_START[code]
    last_year, last_month = shift_months(year, first, 2)
    return dt.date(year, first, 1), month_end(last_year, last_month)


def season_year(code: str, rel: str, anchor: dt.date, tense: str | None) -> int:
    """The year of a season named without one. "last summer" and "next spring" are the
    anchor's year minus or plus one (as TimeML annotators write them, even when said in
    December or February); "this past winter" is the latest that has begun; a bare one ("in
    the spring", "late autumn") is the latest begun in a past clause, the first not yet over
    in a future one, and the anchor's year when the clause has no tense."""
    if rel in ("last", "next"):
        return anchor.year + (1 if rel == "next" else -1)
    spans = [(y, *_season_days(code, y)) for y in range(anchor.year - 2, anchor.year + 2)]
    if rel == "this past" or (rel != "this" and tense == "past"):
        return max(y for y, first, _last in spans if first <= anchor)
    if rel != "this" and tense == "future":
        return min(y for y, _first, last in spans if last >= anchor)
    return anchor.year


def _story_weekday(g: dict[str, Any], rel: str, state: dict) -> dt.date | None:
    """"the previous Friday", "the following Monday": the weekday before or after the day the
    story last named (not the publication date); None when no day was named or the words
    are not anaphoric ("next Friday", "previous Friday" without "the" count from the anchor;
    "the following Monday" needs a day to follow)."""
    if not g.get("the") or rel not in ("previous", "preceding", "following", "next"):
        return None
    last, precision = state.get("last", (None, None))
    if last is None or precision != "day":
        return None
    w = WEEKDAYS[g["wd"].lower()]
    if rel in ("previous", "preceding"):
        return last - dt.timedelta(days=(last.weekday() - w - 1) % 7 + 1)
    return last + dt.timedelta(days=(w - last.weekday() - 1) % 7 + 1)


def _month_day(g: dict[str, Any], anchor: dt.date, tense: str | None, mon: str, dd: str
               ) -> dt.date:
    mo, d = month_number(mon), _day_number(dd)
    if g.get("yy"):
        return dt.date(int(g["yy"]), mo, d)
    rel = (g.get("rel") or "").lower()
    if rel in ("last", "next"):
        tense = "past" if rel == "last" else "future"
        return dt.date(dated(0, mo, d, anchor, tense, margin=1), mo, d)
    return dt.date(nearest_year(mo, d, anchor, tense), mo, d)


def _day_of_month(day: int, anchor: dt.date, tense: str | None) -> dt.date:
    """"on the 14th": that day of the anchor's month, or of the month before (in a past
    clause, or with no cue, when it is still to come) or after (in a future clause, when it
    has gone)."""
    y, m = anchor.year, anchor.month
    for _ in range(3):  # the 31st skips a month that has no 31st
        try:
            d = dt.date(y, m, day)
        except ValueError:
            d = None
        if d is not None and (d <= anchor if tense != "future" else d >= anchor):
            return d
        y, m = shift_months(y, m, 1 if tense == "future" else -1)
    raise ValueError(day)


def _month_only(mo: int, rel: str, anchor: dt.date, tense: str | None,
                story: tuple[dt.date, str] | None = None) -> int:
    """The year of a month named without one. "last March", "next March", "this March" count
    from the anchor. A bare one ("in January") is the one nearest the story's time: the day,
    month or year the text last wrote out with its year, where that lies in an earlier year
    than the anchor (or is the anchor: no publication date) and the clause is not future ("On
    Aug. 14, 2019, soldiers crossed the border. In October they pulled back": October 2019,
    the nearest, where an earlier one costs more, as a story goes forward; a year alone is
    that year: "In 2019, protests erupted. In October, ..."); else the one nearest the
    anchor, where a later one costs more and one against the clause's tense much more
    (``calendar.nearest_year``): in a past clause of an October article "in January" is last
    January, in a future one "in January" is the next."""
    if rel == "last":
        return anchor.year if mo < anchor.month else anchor.year - 1
    if rel == "next":
        return anchor.year if mo > anchor.month else anchor.year + 1
    if rel == "this":
        return anchor.year
    if story is not None and tense not in ("future", "either") and (story[0].year < anchor.year
                                                    or story[0] == anchor):
        day, precision = story
        if precision == "year":
            return day.year
        return min((day.year - 1, day.year, day.year + 1), key=lambda y: abs(
            (y - day.year) * 12 + mo - day.month) * (1.5 if (y, mo) < (day.year, day.month)
                                                      else 1.0))
    return nearest_year(mo, None, anchor, tense)


def _relative_unit(unit: str, anchor: dt.date, shift: int) -> Result:
    """(value, precision, start, end) for "last week", "this month", "next year"..."""
    unit = unit.lower()
    if unit in ("week", "weekend"):
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
        if unit == "weekend":
            sat = monday + dt.timedelta(days=5)
            return f"{iso_week(monday)}-WE", "week", sat, sat + dt.timedelta(days=1)
        return iso_week(monday), "week", monday, monday + dt.timedelta(days=6)
    if unit == "month":
        return month_tuple(*shift_months(anchor.year, anchor.month, shift))
    if unit == "quarter":
        q = (anchor.month - 1) // 3 + shift
        return quarter_tuple(anchor.year + q // 4, q % 4 + 1)
    if unit == "decade":
        d = anchor.year // 10 + shift
        return f"{d}", "decade", dt.date(d * 10, 1, 1), dt.date(d * 10 + 9, 12, 31)
    if unit == "century":
        c = anchor.year // 100 + shift
        return f"{c}", "century", dt.date(c * 100, 1, 1), dt.date(c * 100 + 99, 12, 31)
    return year_tuple(anchor.year + shift)


def _quarter_year(q: int, anchor: dt.date, tense: str | None) -> int:
    current = (anchor.month - 1) // 3 + 1
    if q > current and tense != "future":
        return anchor.year - 1
    return anchor.year


def absolute(kind: str, g: dict[str, Any], anchor: dt.date | None, tense: str | None,
             state: dict) -> Result:
    if kind == "iso":
        return day_tuple(dt.date(int(g["yy"]), int(g["mm"]), int(g["dd"])))
    if kind == "dotted":
        return day_tuple(dt.date(int(g["yy"]), int(g["mm"]), int(g["dd"])))
    if kind == "slash":
        yy = g["yy"]
        year = int(yy) + (1900 if len(yy) == 2 and int(yy) > 30 else 2000 if len(yy) == 2 else 0)
        return day_tuple(dt.date(year, int(g["mm"]), int(g["dd"])))
    if kind in ("mdy", "dmy"):
        return day_tuple(dt.date(int(g["yy"]), month_number(g["mon"]), _day_number(g["dd"])))
    if kind == "my":
        return month_tuple(_year(g["yy"]), month_number(g["mon"]))
    if kind == "decade":
        d = int(g["yy"]) // 10
        return str(d), "decade", dt.date(d * 10, 1, 1), dt.date(d * 10 + 9, 12, 31)
    if kind == "decade_word":
        digit = int(g["yy"][1]) if g.get("yy") else DECADE_WORDS[g["word"].lower()]
        d = 190 + digit
        return str(d), "decade", dt.date(d * 10, 1, 1), dt.date(d * 10 + 9, 12, 31)
    if kind == "fiscal":
        return year_tuple(int(g["yy"]))
    if kind in ("year", "spoken_year"):
        return year_tuple(_year(g["yy"]))
    if kind == "quarter" and g.get("yy"):
        q = _ORD[g["ord"].lower()]
        state["quarter"] = (int(g["yy"]), q)
        return quarter_tuple(int(g["yy"]), q)
    if kind == "half" and g.get("yy"):
        h = 1 if g["ord"].lower() == "first" else 2
        y = int(g["yy"])
        return f"{y}-H{h}", "half", dt.date(y, 6 * h - 5, 1), month_end(y, 6 * h)
    if kind == "season" and g.get("yy"):
        return f"{_year(g['yy'])}-{SEASONS[g['season'].lower()]}", "season", None, None
    if kind == "holiday" and g.get("yy"):
        return _holiday(g, int(g["yy"]))
    if kind == "wd_date":
        mon, dd = (g["mon"], g["dd"]) if g.get("mon") else (g["mon2"], g["dd2"])
        if anchor is None and not g.get("yy"):
            raise ValueError("relative")
        d = _month_day(g, anchor, tense, mon, dd) if anchor else dt.date(
            int(g["yy"]), month_number(mon), _day_number(dd))
        return day_tuple(d)
    if kind == "yq" and g.get("yy"):
        return _year_quarter(g, anchor, state)  # type: ignore[arg-type]
    if kind in ("clock_day", "week_of") and g.get("yy") and g.get("mon"):
        d = dt.date(int(g["yy"]), month_number(g["mon"]), _day_number(g["dd"]))
        if kind == "week_of":
            monday = d - dt.timedelta(days=d.weekday())
            return iso_week(d), "week", monday, monday + dt.timedelta(days=6)
        return f"{d.isoformat()}T{clock(g)}", "day", d, d
    if anchor is None:
        raise ValueError(f"{kind} needs the publication date")
    return _relative(kind, g, anchor, tense, state)


def _holiday(g: dict[str, Any], year: int) -> Result:
    d = holiday(g["name"], year)
    if d is None:
        raise ValueError(g["name"])
    if g.get("wk"):
        monday = d - dt.timedelta(days=d.weekday())
        return iso_week(d), "week", monday, monday + dt.timedelta(days=6)
    if g.get("we"):  # "Memorial Day weekend", "Thanksgiving weekend": the one nearest the day
        sat = d + dt.timedelta(days=(5 - d.weekday() + 3) % 7 - 3)
        return f"{iso_week(sat)}-WE", "week", sat, sat + dt.timedelta(days=1)
    return day_tuple(d)


def _relative(kind: str, g: dict[str, Any], anchor: dt.date, tense: str | None,
              state: dict) -> Result:
    if kind == "clock_day":
        if g.get("wd"):
            d = _weekday(anchor, WEEKDAYS[g["wd"].lower()], "", tense)
        else:
            d = _month_day(g, anchor, tense, g["mon"], g["dd"])
        return f"{d.isoformat()}T{clock(g)}", "day", d, d
    if kind == "week_of":
        d = _month_day(g, anchor, tense, g["mon"], g["dd"])
        monday = d - dt.timedelta(days=d.weekday())
        return iso_week(d), "week", monday, monday + dt.timedelta(days=6)
    if kind in ("md", "dm"):
        return day_tuple(_month_day(g, anchor, tense, g["mon"], g["dd"]))
    if kind == "dom":
        return day_tuple(_day_of_month(int(g["dd"]), anchor, tense))
    if kind == "m_rel":
        y = anchor.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        return month_tuple(y, month_number(g["mon"]))
    if kind in ("rel_m", "month"):
        rel = (g.get("rel") or "").lower()
        mo = month_number(g["mon"])
        return month_tuple(_month_only(mo, rel, anchor, tense, state.get("story_here")), mo)
    if kind == "holiday":
        rel = (g.get("rel") or "").lower()
        tense = "past" if rel == "last" else "future" if rel == "next" else tense
        this_year = holiday(g["name"], anchor.year)
        if this_year is None:
            raise ValueError(g["name"])
        if tense == "future":
            y = anchor.year if this_year >= anchor else anchor.year + 1
        elif tense == "past":
            y = anchor.year if this_year <= anchor + dt.timedelta(days=7) else anchor.year - 1
        else:  # the nearest one
            y = min((anchor.year - 1, anchor.year, anchor.year + 1),
                    key=lambda yr: abs((holiday(g["name"], yr) or anchor) - anchor))
        return _holiday(g, y)
    if kind == "quarter":
        q = _ORD[g["ord"].lower()]
        named = g.get("ry") and g["ry"].lower() != "the"  # "of the year": as if unnamed
        y = _of_year(g["ry"], anchor, state) if named else _quarter_year(q, anchor, tense)
        state["quarter"] = (y, q)
        return quarter_tuple(y, q)
    if kind == "yq":
        return _year_quarter(g, anchor, state)
    if kind == "half":
        h = 1 if g["ord"].lower() == "first" else 2
        y = _of_year(g["ry"], anchor, state) if g.get("ry") else anchor.year
        return f"{y}-H{h}", "half", dt.date(y, 6 * h - 5, 1), month_end(y, 6 * h)
    if kind == "season":
        code = SEASONS[g["season"].lower()]
        rel = " ".join((g.get("rel") or "").lower().split())
        return f"{season_year(code, rel, anchor, tense)}-{code}", "season", None, None
    if kind == "weekday":
        rel = (g.get("rel") or "").lower()
        story = _story_weekday(g, rel, state)
        if story is not None:
            d = story
        elif g.get("wk") or rel == "this":  # "Friday next week", "this Sunday": in that week
            shift = {"next": 1, "last": -1}.get((g.get("wk") or "").lower(), 0)
            monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
            d = monday + dt.timedelta(days=WEEKDAYS[g["wd"].lower()])
        else:
            d = _weekday(anchor, WEEKDAYS[g["wd"].lower()], rel, tense)
        part = (g.get("part") or {"early": "morning", "late": "night"}.get(
            (g.get("edge") or "").lower(), "")).lower()
        if part:  # the time of day is kept: "Friday night", "late Friday" are 2020-10-02TNI
            return f"{d.isoformat()}T{PARTS[part]}", "day", d, d
        return day_tuple(d)
    if kind == "deictic":
        word = " ".join(g["word"].lower().split()).replace("later ", "").replace("earlier ", "")
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1, "overnight": -1}.get(word, 0)
        d = anchor + dt.timedelta(days=shift)
        value = d.isoformat()
        part = (g.get("part") or g.get("pre") or "").lower().split()
        if word in ("tonight", "last night", "overnight"):
            value += "TNI"
        elif word.startswith("this "):
            value += "T" + PARTS[word.split()[1]]
        elif part:  # "yesterday morning", "mid-afternoon yesterday"
            value += "T" + PARTS[re.sub(r"^(?:early|late|mid)-?", "", part[-1])]
        return value, "day", d, d
    if kind == "ago":
        return _ago(g, anchor)
    if kind == "past_n":
        n = number(g["n"])
        unit = g["unit"].lower()
        value = unit_value(n, unit)
        days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652,
                "weekend": 7, "quarter": 91}.get(unit, 0) * (n or 1)
        if g["rel"].lower() in ("next", "coming"):
            return value, "day", anchor, anchor + dt.timedelta(days=days)
        return value, "day", anchor - dt.timedelta(days=days), anchor
    if kind == "rel_unit":
        word = " ".join(g["rel"].lower().replace("the ", "").split())
        shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(word, 0)
        if g["unit"].lower() == "quarter" and g["rel"].lower().startswith("the") and \
                word in ("previous", "same") and state.get("quarter") and not g.get("lead"):
            return _named_quarter(state, -1 if word == "previous" else 0)
        if g.get("half") and word in ("past", "last"):  # "the past year and a half"
            return _past_span(g["unit"].lower(), anchor, 1.5)
        if word == "past" and g["unit"].lower() in ("decade", "century"):
            return _past_span(g["unit"].lower(), anchor)
        if word in ("previous", "same") and g["rel"].lower().startswith("the") and \
                state.get("last", (None, None))[1] == "day" and not g.get("lead"):
            # "the previous week", "the same weekend" after a day was named: that day's
            unit = g["unit"].lower()
            det = "the previous" if word == "previous" else "the same"
            found = _anaphor({"det": det, "unit": unit}, state, anchor)
            if found[0] is not None:
                return found
        return _relative_unit(g["unit"], anchor, shift)
    if kind == "year_ago":
        if state.get("quarter"):
            y, q = state["quarter"]
            return quarter_tuple(y - 1, q)
        return year_tuple(anchor.year - 1)
    if kind == "quarter_ago":  # "the same period last year", "the quarter a year ago"
        if state.get("quarter"):
            y, q = state["quarter"]
            return quarter_tuple(y - 1, q)
        return year_tuple(anchor.year - 1)
    if kind == "the_quarter":
        if not state.get("quarter") and not g.get("mod"):
            return None, None, None, None  # "the period", "the quarter" outside earnings news
        if state.get("quarter"):
            y, q = state["quarter"]
        else:
            last = anchor - dt.timedelta(days=45)
            y, q = last.year, (last.month - 1) // 3 + 1
        return quarter_tuple(y, q)
    if kind == "the_year":
        return _the_year(g, anchor, tense)
    if kind == "anaphor":
        return _anaphor(g, state, anchor)
    if kind == "weekend":
        # a headline's bare "after weekend raids" is the last one, whatever its tense
        if tense == "future" and g.get("the"):
            sat = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
        else:
            sat = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        return f"{iso_week(sat)}-WE", "week", sat, sat + dt.timedelta(days=1)
    raise ValueError(kind)


def _past_span(unit: str, anchor: dt.date, n: float = 1) -> Result:
    """"the past decade", "over the past century", "the past year and a half": that long up to
    the anchor, a duration (P1DE, P1CE, P1Y6M), not the calendar decade before this one ("the
    2000s")."""
    days = {"week": 7, "weekend": 7, "month": 30, "quarter": 91, "year": 365,
            "decade": 3652, "century": 36524}[unit]
    return unit_value(n, unit), "day", anchor - dt.timedelta(days=round(days * n)), anchor


def _ago(g: dict[str, Any], anchor: dt.date) -> Result:
    n = number(g["n"]) or 1
    unit = g["unit"].lower()
    sign = -1 if g["dir"].lower() == "ago" else 1
    if g.get("half") or g.get("frac"):
        # "a year and a half ago": the month 18 months back; "a decade and a half": the year
        if unit == "decade":
            return year_tuple(anchor.year + sign * (10 * n + 5))
        if unit != "year":
            raise ValueError(unit)
        return month_tuple(*shift_months(anchor.year, anchor.month, sign * (12 * n + 6)))
    if unit in ("day", "week"):
        d = anchor + sign * dt.timedelta(days=n * (7 if unit == "week" else 1))
        if unit == "day":
            return day_tuple(d)
        monday = d - dt.timedelta(days=d.weekday())
        return iso_week(d), "week", monday, monday + dt.timedelta(days=6)
    if unit == "month":
        return month_tuple(*shift_months(anchor.year, anchor.month, sign * n))
    years = n if unit == "year" else 10 * n if unit == "decade" else None
    if years is None or not 1000 <= anchor.year + sign * years <= 8999:
        raise ValueError(unit)  # "two thousand years ago" names no calendar year we write
    return year_tuple(anchor.year + sign * years)


def _year_quarter(g: dict[str, Any], anchor: dt.date, state: dict) -> Result:
    if g.get("yy"):
        y = int(g["yy"])
    elif g.get("rel"):
        y = anchor.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
    else:  # "the year-ago third quarter"
        y = (state["quarter"][0] if state.get("quarter") else anchor.year) - 1
    if g.get("ord"):
        q = _ORD[g["ord"].lower()]
        if not g.get("ago"):
            state["quarter"] = (y, q)
        return quarter_tuple(y, q)
    if state.get("quarter"):
        return quarter_tuple(y, state["quarter"][1])
    return year_tuple(y)


def _of_year(words: str, anchor: dt.date, state: dict) -> int:
    """The year of "the first quarter of next year", "the second half of that year": "this",
    "the", "the current" the anchor's; "next", "last" one after or before it; "that", "the
    same", "the following", "the previous" the year last named (the anchor's when none
    was)."""
    w = " ".join(words.lower().split())
    if w in ("next", "the coming"):
        return anchor.year + 1
    if w == "last":
        return anchor.year - 1
    if w in ("this", "the", "the current"):
        return anchor.year
    named = state["last"][0].year if state.get("last") else anchor.year
    return named + {"the following": 1, "the previous": -1}.get(w, 0)


def _named_quarter(state: dict, shift: int) -> Result:
    """The quarter ``shift`` quarters after the one the text last named."""
    y, q = state["quarter"]
    index = y * 4 + q - 1 + shift
    return quarter_tuple(index // 4, index % 4 + 1)


def _anaphor(g: dict[str, Any], state: dict, anchor: dt.date) -> Result:
    """"that year", "the following month": relative to the date last mentioned; "later in
    the day": the day last named, or the anchor's day when none was."""
    if g.get("inday"):
        last, precision = state.get("last", (anchor, "day"))
        return day_tuple(last if precision == "day" else anchor)
    if "last" not in state:
        return None, None, None, None
    last, precision = state["last"]
    if g.get("post"):  # "the day before", "the night after"
        unit = g["unit2"].lower()
        shift = -1 if g["post"].lower() in ("before", "earlier") else 1
    else:
        unit = g["unit"].lower()
        det = " ".join(g["det"].lower().split())
        shift = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(
            det, 0)
    if unit == "year":
        return year_tuple(last.year + shift)
    if unit == "quarter":  # "that quarter", "the following quarter": of the quarter last named
        return _named_quarter(state, shift) if state.get("quarter") else (None, None, None, None)
    if unit == "weekend":  # "the following weekend", "that weekend"
        if precision not in ("day", "week"):
            return None, None, None, None
        sat = last - dt.timedelta(days=last.weekday()) + dt.timedelta(days=5, weeks=shift)
        return f"{iso_week(sat)}-WE", "week", sat, sat + dt.timedelta(days=1)
    if unit in ("day", "week") or unit in PARTS:
        # "the next day", "that night", "the week before": only after a day was named
        if precision != "day":
            return None, None, None, None
        if unit == "week":
            monday = last - dt.timedelta(days=last.weekday()) + dt.timedelta(weeks=shift)
            return iso_week(monday), "week", monday, monday + dt.timedelta(days=6)
        d = last + dt.timedelta(days=shift)
        value = d.isoformat() + (f"T{PARTS[unit]}" if unit in PARTS else "")
        return value, "day", d, d
    if precision not in ("day", "month", "week"):
        return None, None, None, None
    return month_tuple(*shift_months(last.year, last.month, shift))


def _the_year(g: dict[str, Any], anchor: dt.date, tense: str | None) -> Result:
    if g.get("bare"):
        return "P1Y", None, None, None
    if g.get("this") or g.get("inyear"):
        return year_tuple(anchor.year)
    if g.get("end"):
        y = anchor.year - 1 if tense == "past" and anchor.month < 12 else anchor.year
        return year_tuple(y)
    if g.get("endm"):  # "by the end of the month": this month; told as past before its last
        # days, the month before ("the contract expired at the end of the month")
        back = -1 if tense == "past" and anchor.day < 25 else 0
        return month_tuple(*shift_months(anchor.year, anchor.month, back))
    adj = " ".join(g["adj"].lower().split())
    if adj == "latest fiscal":
        return year_tuple(anchor.year - 1)
    if adj == "fiscal":
        return "P1Y", None, None, None
    return year_tuple(anchor.year)
