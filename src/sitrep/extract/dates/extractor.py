"""Dates: temporal expressions normalised against the publication date (``ctx.published``).

The grammar lives in ``timex`` (regex, no parse needed, so unselected sentences are covered
too). Each DATE or TIME expression becomes a ``When``: ``value`` is an ISO date or partial date
("2020-10-05", "2020-W40", "2020-07", "2020", "1994"), or an ISO interval
("2020-10-02/2020-10-05") for "the past three days"; ``precision`` is day | week | month |
year (quarters and seasons count as month, decades as year); ``start``/``end`` the first and
last day covered; ``relative`` when the value depends on the publication date; ``kind`` is
"date", "time" (a clock time: ``value`` is its day) or "interval" (a duration anchored at the
publication date, not a point an event happened on: ``extract.link`` should not use it as an
event date). Without a
publication date, relative expressions get ``value=None`` and ``unresolved_reason`` (never
guessed). Durations ("five years", "three days later"), sets ("daily", "each July") and vague
references ("recently", "a few years ago") are not dates and are not returned; a duration anchored
at the publication date ("the past three days") is returned as its interval.
"""

from __future__ import annotations

from sitrep.extract.context import Context
from sitrep.extract.dates.record import is_part_of_day
from sitrep.extract.dates.timex import Timex, find_timexes
from sitrep.records import Evidence, When

VERSION = "sitrep.dates.v16"  # v16: a clock time is on the story's last day told; "next
# Thursday" on a Wednesday is a week on; a gathering called for is the coming weekday; "later
# on Wednesday" takes its clause's tense; "recent days/weeks/years" PAST_REF; "the end of the
# month" a month; midnight after "after/past" opens the day.
# v15: "late Tuesday" is that night, "early Monday" that
# morning, parts of a day are TIME; clock times of curfews, opening hours and habits are no
# day's; "weekdays" is a set; more weekends.
# v14: dotted clock times, every other weekday, named parts of
# the day, clock times on the story's day across paragraphs, "N days earlier/later".
# v13: asides and "since" phrases set no story year.
# v12: a day counted from a named day ("the day after Christmas").
# v11: a semicolon bounds the anchoring clause; "a year later"
# opening a clause; a past plan's date is the nearer one; "an official visit" is a noun.
# v10: fronted dates take the main clause's tense; the story's year;
# clock times on the paragraph's day; "later Tuesday".
# v9: "before" a time after a past verb is the last such day.
# v8: session 26 (a number and a capitalised unit inside a name
# is no duration: "the Six-Day War"; a present progressive before a weekday is a
# plan: "are meeting on Monday" is the coming one; a unit without a number as the object of
# a verb of lasting or spending time is a duration: "lasted decades", "took weeks", "it will be
# months before")
# v7: session 25 (a weekday put off to, set for or
# awaited is the coming one: "put off until Sunday", "scheduled for Thursday", "ahead of
# Friday's vote")
# v6: issue 19 third pass (weekdays and seasons anchored by the
# clause and the story's day, vague references, quarters named again, past decades)
# v5: issue 19 second pass (past deadlines, scheduled present, ranges run forward, weekends
# and "later in the day" from the story time)

_PRECISION = {"day": "day", "week": "week", "month": "month", "quarter": "month",
              "half": "month", "season": "month", "year": "year", "decade": "year",
              "century": "year"}


def to_when(t: Timex, offset: int) -> When | None:
    evidence = Evidence(t.start + offset, t.end + offset, t.text)
    if t.value is None:
        if t.unresolved_reason is None:
            return None
        return When(t.text, evidence, None, None, relative=True,
                    unresolved_reason=t.unresolved_reason, extractor=VERSION)
    if t.value.endswith("_REF") or t.type == "SET" or "X" in t.value:
        return None  # vague references, sets ("daily") and underspecified values
    if t.kind == "rel_later" and t.precision == "day" and t.range_start is not None:
        day = t.range_start.isoformat()  # "two days later": the day that far from the story's
        return When(t.text, evidence, day, "day", day, day, relative=True, extractor=VERSION,
                    kind="date")
    if t.type == "DURATION" or t.value.startswith("P"):
        if t.range_start is None or t.range_end is None:
            return None
        value = f"{t.range_start.isoformat()}/{t.range_end.isoformat()}"
        return When(t.text, evidence, value, "day", t.range_start.isoformat(),
                    t.range_end.isoformat(), relative=t.relative, extractor=VERSION,
                    kind="interval")
    value = t.value.split("T")[0]
    if t.precision in ("decade", "century"):
        value = t.range_start.isoformat()[:4] if t.range_start else value
    if t.precision == "season" and t.range_start is None:
        value = value[:4]
    return When(t.text, evidence, value, _PRECISION.get(t.precision or "", None),
                t.range_start.isoformat() if t.range_start else None,
                t.range_end.isoformat() if t.range_end else None,
                relative=t.relative, extractor=VERSION,
                kind="time" if t.type == "TIME" and not is_part_of_day(t.value) else "date")


def extract(ctx: Context) -> list[When]:
    """Every date of the article. The grammar runs over the whole text (not sentence by
    sentence) so that "that year" or "the quarter" can refer to a date named earlier."""
    out: list[When] = []
    for timex in find_timexes(ctx.article.text, ctx.published):
        when = to_when(timex, 0)
        if when is not None:
            out.append(when)
    return out
