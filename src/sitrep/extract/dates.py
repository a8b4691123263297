"""Dates: temporal expressions normalised against the publication date (``ctx.published``).

The grammar lives in ``timex`` (regex, no parse needed, so unselected sentences are covered
too). Each DATE or TIME expression becomes a ``When``: ``value`` is an ISO date or partial date
("2020-10-05", "2020-W40", "2020-07", "2020", "1994"), or an ISO interval
("2020-10-02/2020-10-05") for "the past three days"; ``precision`` is day | week | month |
year (quarters and seasons count as month, decades as year); ``start``/``end`` the first and
last day covered; ``relative`` when the value depends on the publication date. Without a
publication date, relative expressions get ``value=None`` and ``unresolved_reason`` (never
guessed). Durations ("five years") and vague references ("recently") are not dates and are not
returned.
"""

from __future__ import annotations

from sitrep.context import Context
from sitrep.extract.timex import Timex, find_timexes
from sitrep.records import Evidence, When

VERSION = "sitrep.dates.v1"

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
    if t.value.endswith("_REF"):
        return None
    if t.type == "DURATION":
        if t.range_start is None or t.range_end is None:
            return None
        value = f"{t.range_start.isoformat()}/{t.range_end.isoformat()}"
        return When(t.text, evidence, value, "day", t.range_start.isoformat(),
                    t.range_end.isoformat(), relative=t.relative, extractor=VERSION)
    value = t.value.split("T")[0]
    if t.precision in ("decade", "century"):
        value = t.range_start.isoformat()[:4] if t.range_start else value
    if t.precision == "season" and t.range_start is None:
        value = value[:4]
    return When(t.text, evidence, value, _PRECISION.get(t.precision or "", None),
                t.range_start.isoformat() if t.range_start else None,
                t.range_end.isoformat() if t.range_end else None,
                relative=t.relative, extractor=VERSION)


def extract(ctx: Context) -> list[When]:
    out: list[When] = []
    for sentence in ctx.sentences:
        for timex in find_timexes(sentence.text, ctx.published):
            when = to_when(timex, sentence.start)
            if when is not None:
                out.append(when)
    return out
