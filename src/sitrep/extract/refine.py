"""Refinements of the places and dates ``extract.link`` attaches to events, from the rest of
the article.

- A region for a place ("shot at a Pennsylvania Walmart", "a Utah police officer was killed",
  "N.C. motorist shoots man") where the article names a town inside that region ("walked into
  the store in Stroudsburg"): the town, as ACLED codes the most precise location the report
  gives. The town most often named inside the region, the first of those at a tie; never a
  town of another region or country ("fighting in Helmand" beside "a blast in Kabul" stays
  Helmand).
- An act of violence the text dates nowhere near it ("charged with homicide in his daughter's
  shooting", with "Ciara was shot and killed Jan. 11" further on): the day of the violence the
  article dates, the nearest before it, else the first after it; not the day the report is
  about (the charge's, the arrest's), which the article's dominant date mostly is. History
  (a dated act more than ``BACKGROUND_DAYS`` before publication or in historical mode) dates
  nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from sitrep.records import Event, Place, When

VIOLENT = {"ASSAULT"}
BACKGROUND_DAYS = 45  # the bound reconcile.units puts on history


def town_in_region(event_places: Sequence[Place], towns: Sequence[Place]) -> Place | None:
    """The town the article names inside the region(s) ``event_places`` stand for, or None
    when one of them is no first-level region (a town, a country) or no town is inside."""
    if not event_places or any(p.kind != "region" or not p.admin1 for p in event_places):
        return None
    inside = [t for t in towns if t.kind == "city" and any(
        t.country == r.country and t.admin1 == r.admin1 for r in event_places)]
    if not inside:
        return None
    counts = Counter(t.geonameid or t.name for t in inside)
    first: dict[object, Place] = {}
    for t in sorted(inside, key=lambda t: t.evidence.start):
        first.setdefault(t.geonameid or t.name, t)
    best = max(first, key=lambda k: (counts[k], -first[k].evidence.start))
    return first[best]


def violence_day(event: Event, dated: Sequence[Event]) -> When | None:
    """The day of the dated violence nearest before ``event`` (else the first after it), for a
    violent event the text does not date near it; None for other events."""
    if event.plover_type not in VIOLENT:
        return None
    before = [e for e in dated if e.trigger.start < event.trigger.start]
    after = [e for e in dated if e.trigger.start > event.trigger.start]
    chosen = before[-1] if before else (after[0] if after else None)
    return chosen.when if chosen is not None else None


def dated_violence(events: Sequence[Event], own: set[int], published: dt.date | None
                   ) -> list[Event]:
    """The violent events, in text order, dated by a day in their own clause or sentence
    (``own``: their ``id``), neither history nor future."""
    out = []
    for e in events:
        when = e.when
        if (e.plover_type not in VIOLENT or id(e) not in own or when is None or e.historical
                or {"future", "hypothetical", "negated"} & set(e.modes)
                or when.precision != "day" or not when.value or len(when.value) != 10):
            continue
        try:
            day = dt.date.fromisoformat(when.value)
        except ValueError:
            continue
        if published is not None and not (
                published - dt.timedelta(days=BACKGROUND_DAYS) <= day <= published):
            continue
        out.append(e)
    return sorted(out, key=lambda e: e.trigger.start)
