"""The story's time while ``find_timexes`` reads a text: the day or month last written out with
its year, or a year the story is set in ("In 2019, ..."), until a date relative to the
publication day or the end of its paragraph ends it (``story_time``, ``story_of``)."""

from __future__ import annotations

import datetime as dt
import re

from sitrep.extract.dates.record import Timex

# relative dates that bring the story back to the publication's days ("yesterday", "on
# Monday", "last week", "two days ago")
_PRESENT_KINDS = {"deictic", "weekday", "rel_unit", "ago", "past_n", "weekend", "clock_day",
                  "rel_m", "m_rel"}


_IN_YEAR = re.compile(r"\b(?:in|during)\s+(?:early\s+|late\s+|mid-?)?$", re.I)


def story_time(state: dict, kind: str, timex: Timex, text: str) -> None:
    """Keep the story's time (``state["story"]``, with where its words end): the day or month
    last written out with its year, or a year the story is set in ("In 2019, ..."; not "since
    1990", "dating to 1994"); a date relative to the publication day ends it, and so does the
    end of its paragraph (``story_of``)."""
    if timex.type not in ("DATE", "TIME") or timex.range_start is None:
        return
    if not timex.relative and not aside(text, timex.start) and (timex.precision in ("day", "month") or (
            timex.precision == "year" and kind == "year"
            and _IN_YEAR.search(text, max(0, timex.start - 20), timex.start))):
        state["story"] = (timex.range_start, timex.precision, timex.end)
    elif kind in _PRESENT_KINDS:
        state.pop("story", None)


# the words of the clause before a date, from the last mark that opens a clause or a phrase
_CLAUSE_OPENING = re.compile(r"[^,;:.!?()\n\u2014]*$")
_ASIDE = re.compile(r"^\s*(?:who|which|whose)\b|\bsince\b", re.I)


def aside(text: str, start: int) -> bool:
    """A date the story is not set in: inside a relative clause set off by a comma ("Milei,
    who took office in December 2023, ...") or a "since" phrase ("has expelled dozens of
    diplomats since the invasion in 2022"): an aside about someone or the start of a period,
    not the time the text goes on to tell ("In May, it expelled three staff": this May)."""
    opening = _CLAUSE_OPENING.search(text, max(0, start - 120), start)
    return opening is not None and bool(_ASIDE.search(opening.group()))


# a day right after a verb of saying ("the sheriff's office said Friday", "announced on
# Monday"): the day of the report, not of what the story tells
_TOLD_ON = re.compile(r"\b(?:say|says|said|announc(?:e|es|ed)|tell|tells|told|stat(?:e|es|ed)|"
                      r"declar(?:e|es|ed)|confirm(?:s|ed)?|add(?:s|ed)?|report(?:s|ed)?|"
                      r"warn(?:s|ed)?|insist(?:s|ed)?|claim(?:s|ed)?|disclos(?:e|es|ed)|"
                      r"reveal(?:s|ed)?|explain(?:s|ed)?|not(?:e|es|ed))\s+(?:on\s+)?$", re.I)


def keep_event_day(state: dict, timex: Timex, text: str, anchor: dt.date | None) -> None:
    """Keep the day the story last told something happened on (``state["event_day"]``: the
    day, where its words end and start), apart from the day of a report ("police said Friday":
    ``state["told_day"]``); a day still to come ("the debate will resume next Tuesday") is
    neither."""
    if timex.type != "DATE" or timex.precision != "day" or timex.range_start is None:
        return
    if anchor is not None and timex.range_start > anchor:
        return
    told = _TOLD_ON.search(text, max(0, timex.start - 24), timex.start) is not None
    state["told_day" if told else "event_day"] = (timex.range_start, timex.end, timex.start)


def day_for_clock(state: dict, text: str, start: int,
                  future: bool) -> tuple[dt.date, int, int] | None:
    """The day a clock time at ``start`` with no day of its own may be on: in a clause about
    the future the day last named, whatever it was; otherwise the day the paragraph last told
    something happened on ("Gunmen robbed a store late Tuesday, police said Wednesday. They
    walked in at 11:40 p.m.": Tuesday), else the day of a report in the paragraph ("Police
    said Tuesday a man was stabbed at 2 a.m."), else the story's day of an earlier paragraph."""
    if future:
        return state.get("day")
    event, told = state.get("event_day"), state.get("told_day")
    for seen in (event, told):
        if seen is not None and "\n" not in text[seen[1]:start]:
            return seen
    return event


def story_of(state: dict, text: str, start: int) -> tuple[dt.date, str] | None:
    """The story's time for words at ``start``: None once a paragraph has ended since it."""
    story = state.get("story")
    if story is None or "\n" in text[story[2]:start]:
        return None
    return story[0], story[1]
