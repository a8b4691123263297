"""Refinements of the places and dates ``extract.link`` attaches to events, from the rest of
the article.

- The article's main place places an act the text places nowhere near it only where the
  article is about one place (``one_place``): the area of its dominant place (its first-level
  division of its country) is named more often than any other area.
  A company report naming a seat in Illinois and a bidder in Estonia, or a study of a drug
  war across a dozen states, is about no one place, and its undated, unplaced remarks stay
  without a place rather than take the most named one.
- An act of violence the text dates nowhere near it ("charged with homicide in his daughter's
  shooting", with "Ciara was shot and killed Jan. 11" further on): the day of the violence the
  article dates, the nearest before it, else the first after it; not the day the report is
  about (the charge's, the arrest's), which the article's dominant date mostly is. History
  (a dated act more than ``BACKGROUND_DAYS`` before publication or in historical mode) dates
  nothing, except a day more than a week back (background by the week rule only), whose story
  the undated act then continues as background too (``lent_background``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from sitrep.extract.context import Context
from sitrep.extract.events.history.weeks import headline_types, told_now
from sitrep.records import Event, Place, When

VIOLENT = {"ASSAULT"}
BACKGROUND_DAYS = 45  # the bound reconcile.units puts on history
NEWS_DAYS = 7  # the guidelines' background: more than a week before publication


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
        if (e.plover_type not in VIOLENT or id(e) not in own or when is None
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
        if e.historical and not weeks_back(when, published):
            continue  # history by its words; a day a week or more back still dates the story
        out.append(e)
    return sorted(out, key=lambda e: e.trigger.start)


def weeks_back(when: When | None, published: dt.date | None) -> bool:
    """A day (not a span) more than a week before publication: the guidelines' background."""
    if when is None or published is None or when.precision != "day" or when.kind == "interval":
        return False
    try:
        day = dt.date.fromisoformat((when.end or when.value or "")[:10])
    except ValueError:
        return False
    return (published - day).days > NEWS_DAYS


def lent_background(event: Event, lent: When | None, ctx: Context) -> None:
    """An act the text dates nowhere near it, dated by the sentence before or by the nearest
    dated violence (``lent``) to a day more than a week before publication, continues an earlier
    happening's story: background ("The embassy bombings on Aug. 7 killed 224 people. More
    than 5,000 were injured" in an Aug. 20 story about missile strikes), where the article
    tells an act of its type as the week's news (``weeks.told_now``) and its headline does not
    name the type as the story (``weeks.headline_types``)."""
    if ctx.published is None or not weeks_back(lent, ctx.published) or event.historical:
        return
    others = [e for e in ctx.result.events if e is not event]
    if event.plover_type in told_now(others, ctx.published) and \
            event.plover_type not in headline_types(ctx, ctx.result.events):
        event.modes.insert(0, "historical")



def _area(place: Place) -> tuple[str | int | None, ...]:
    """The part of the world a place stands for: its country and first-level division (a town
    and its state are one area), a country alone, or the place itself where the gazetteer
    gives neither."""
    if place.country is None:
        return ("place", place.geonameid or place.name)
    if place.kind == "country" or place.admin1 is None:
        return ("country", place.country) if place.kind == "country" else (
            "place", place.geonameid or place.name)
    return ("division", place.country, place.admin1)


def one_place(places: Sequence[Place], dominant: Place | None) -> Place | None:
    """``dominant`` (the article's most mentioned place) where the article is about one place:
    its area (``_area``) has more mentions than any other area; the country that contains it
    is neither for nor against it ("Paris, Ill." and "the United States"). Else None."""
    if dominant is None:
        return None
    home = _area(dominant)
    counts = Counter(_area(p) for p in places)
    if home[0] != "country" and dominant.country is not None:
        counts.pop(("country", dominant.country), None)  # the country of the area
    mine = counts.pop(home, 0)
    return dominant if mine > max(counts.values(), default=0) else None
