"""Refinements of the places and dates ``extract.link`` attaches to events, from the rest of
the article.

- The article's main place places an act the text places nowhere near it only where the
  article is about one place (``one_place``): the area of its dominant place (its first-level
  division of its country) is named more often than any other area.
  A company report naming a seat in Illinois and a bidder in Estonia, or a study of a drug
  war across a dozen states, is about no one place, and its undated, unplaced remarks stay
  without a place rather than take the most named one.
- An act the text dates nowhere near it takes the article's story day (``dominant_date``).
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
import re
from collections import Counter
from collections.abc import Container, Sequence

from sitrep.extract.capitals import capital_of
from sitrep.extract.context import Context, Sentence
from sitrep.extract.events.history.weeks import headline_types, told_now
from sitrep.extract.places.extractor import to_place
from sitrep.extract.places.mention import Mention, admin_abbreviations, km
from sitrep.records import Event, Place, When
from sitrep.resources.gazetteer import Candidate, Gazetteer

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


def continues_history(event: Event, lent: When | None, events: Sequence[Event]) -> bool:
    """The day lent to ``event`` is that of another act of its PLOVER type told as background
    (``historical``): the undated act goes on telling that earlier happening ("A car bomb
    exploded outside the embassy on Sept. 3. Six guards were injured" in an October story),
    whose background status it shares, as mentions of one happening do."""
    if lent is None:
        return False
    return any(e is not event and e.historical and e.plover_type == event.plover_type
               and e.when is not None and (e.when is lent or (
                   e.when.value == lent.value and e.when.evidence == lent.evidence))
               for e in events)


def lent_background(event: Event, lent: When | None, ctx: Context) -> None:
    """An act the text dates nowhere near it, dated by the sentence before or by the nearest
    dated violence (``lent``) to a day more than a week before publication, continues an earlier
    happening's story: background ("The embassy bombings on Aug. 7 killed 224 people. More
    than 5,000 were injured" in an Aug. 20 story about missile strikes), where the article
    tells an act of its type as the week's news (``weeks.told_now``) and its headline does not
    name the type as the story (``weeks.headline_types``). Whatever the types told now, an act
    that takes the day of an act of its own type told as background continues that happening
    (``continues_history``: "Bombings at two embassies on Aug. 7 killed 258 people. Of those
    killed, 11 were killed in Tanzania" in a September story)."""
    if event.historical:
        return
    if continues_history(event, lent, ctx.result.events):
        event.modes.insert(0, "historical")
        return
    if ctx.published is None or not weeks_back(lent, ctx.published):
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


def dominant_date(dates: list[When], published: dt.date | None) -> When | None:
    """The article's story day: the day it names most often within a week before its
    publication date. Without a publication date, the latest day the text writes out with its
    year (or dates by one: "June 29" after "June 2013") stands for it ("On March 3, 2018,
    gunmen stormed a village. ... The governor condemned the attack": March 3, 2018), unless
    the text names a later month or year (then the story is not on that day); a weekday or
    "yesterday" without a publication date has no day and counts for nothing."""
    days: list[tuple[dt.date, When]] = []
    for d in dates:
        if d.precision != "day" or not d.value or "/" in d.value or d.kind == "interval":
            continue
        try:
            days.append((dt.date.fromisoformat(d.value), d))
        except ValueError:
            continue
    if published is None:
        if not days:
            return None
        published = max(day for day, _ in days)
        if any(d.start and d.kind != "interval" and d.start[:10] > published.isoformat()
               for d in dates):
            return None  # a later month or year is named: the story is not on that day
    recent = [d for day, d in days if 0 <= (published - day).days <= 7]
    if not recent:
        return None
    counts = Counter(d.value for d in recent)
    best = counts.most_common(1)[0][0]
    return next(d for d in recent if d.value == best)


def _inside(town: Candidate, region: Candidate) -> bool:
    """Whether a town (or, in a first-level division, a county) lies in the region."""
    if region.kind == "admin2":
        return town.kind == "city" and town.admin2 == region.id
    return (region.kind == "admin1" and town.kind in ("city", "admin2")
            and town.country == region.country and town.admin1 == region.admin1)


def _names_itself(place: Place, gazetteer: Gazetteer) -> bool:
    """Whether the words of a division's mention name that division ("Pennsylvania", "Pa.",
    "DAUPHIN COUNTY"), not a town the gazetteer lacks that was read as its division."""
    return place.text.strip() in admin_abbreviations() or any(
        c.geonameid == place.geonameid for c in gazetteer.lookup(place.text))


def narrowed(event: Event, stated: Sequence[Place], gazetteer: Gazetteer,
             homes: Container[int] = ()) -> list[Place]:
    """The places of an act placed only in a state or county that its text, sentence or
    dateline gives, where the article names a town (or a county of the state) inside it: that
    town, as ACLED codes the most precise place the report gives ("shot at a Walmart in
    Pennsylvania. The man walked into the store in Stroudsburg", "DAUPHIN COUNTY, Pa. -- ... a
    home in Hummelstown"). Among several, the most mentioned, then the first; a county so
    chosen gives way in turn to a town the article names in it. Not the article's main place
    (``Event.location_rule`` "article"): an article about a state names its towns as well.
    ``stated`` are the places that may say where something happened (no office's, origin's or
    name's place), ``homes`` the ``id`` of those that name people's home ("a Michigan man")."""
    places = event.places
    if not places or event.location_rule == "article" or any(
            p.kind != "region" or p.geonameid is None for p in places):
        return places
    if not _names_itself(places[0], gazetteer):
        return places  # "WESTMORELAND, N.Y.": a town the gazetteer lacks, read as its state
    region = gazetteer.get(places[0].geonameid or 0)
    for _ in range(2):  # a state, then a county of it
        if region is None or region.kind not in ("admin1", "admin2"):
            break
        inside: list[tuple[Place, Candidate]] = []
        for p in stated:
            c = gazetteer.get(p.geonameid) if p.geonameid and id(p) not in homes else None
            if c is not None and c.id != region.id and _inside(c, region):
                inside.append((p, c))
        if not inside:
            break
        counts = Counter(c.id for _, c in inside)
        best = max(counts.values())
        region = next(c for _, c in inside if counts[c.id] == best)
        places = [min((p for p, c in inside if c.id == region.id),  # "Hummelstown", not
                      key=lambda p: p.precision or 9)]  # "West Main Street" in it
    return places


# "in the state", "across the province", "of the city": a place told before, by the kind of
# place it is (a first-level division, a county, a town, a country)
_TOLD = re.compile(r"\b(?:in|across|throughout|around|within|inside|(?<!out )of|near|outside)"
                   r"\s+the\s+"
                   r"(state|province|region|county|district|city|town|village|country)\b"
                   r"|\b(?:in|across|throughout|around|within|inside)\s+the\s+(capital)\b"
                   r"(?!\s+(?:of|city|gains|markets?|punishment|flight|flows?)\b)")
_TOLD_KINDS = {"state": "admin1", "province": "admin1", "region": "admin1", "county": "admin2",
               "district": "admin2", "city": "city", "town": "city", "village": "city",
               "country": "country", "capital": "capital"}


def told_place(text: str, sentence: Sentence | None, places: Sequence[Place],
               gazetteer: Gazetteer, outlet: tuple[int, int] | None = None) -> Place | None:
    """The place a sentence names by its kind alone ("recovered 86 firearms in the state" after
    "The Osun State Police Command said ...", "shootings across the city" after a dateline's
    town; "arrested two journalists in the capital": the capital of the country of the last
    place told): the last place of that kind the article names before the phrase, also inside an
    institution's name; not in the outlet's name (``outlet``). None when the sentence names no
    place so, or none of the kind was told before."""
    if sentence is None:
        return None
    match = _TOLD.search(text, sentence.start, sentence.end)
    if match is None:
        return None
    word = match.group(1) or match.group(2)
    kind = _TOLD_KINDS[word]
    before = sorted((p for p in places if p.evidence.end <= match.start() and not (
        outlet is not None and outlet[0] <= p.evidence.start < outlet[1])),
        key=lambda p: p.evidence.start)
    if kind == "capital":  # "arrested two journalists in the capital": the capital of the
        # country of the last place told
        home = next((p for p in reversed(before) if p.country), None)
        found = capital_of(gazetteer, home.country) if home is not None and home.country \
            else None
        if found is None:
            return None
        a, b = match.start(2) - len("the "), match.end(2)
        return to_place(Mention(a, b, text[a:b], choice=found), gazetteer, text)
    for p in reversed(before):
        if kind == "country" or kind == "city":
            if p.kind == kind:
                return p
            continue
        found = gazetteer.get(p.geonameid) if p.kind == "region" and p.geonameid else None
        if found is not None and found.kind == kind:
            return p
    if kind == "country":  # no country named: the country of the last town told
        home = next((p for p in reversed(before) if p.kind == "city" and p.country), None)
        country = gazetteer.country(home.country or "") if home is not None else None
        if country is not None:
            a, b = match.start(1) - len("the "), match.end(1)
            return to_place(Mention(a, b, text[a:b], choice=country), gazetteer, text)
    return None


def told_capital(place: Place) -> bool:
    """Whether ``told_place`` read the place from "the capital" (its own words)."""
    return place.text.lower() == "the capital"


def dominant_place(places: list[Place]) -> Place | None:
    """The most mentioned town or region of ``places``, else country (the first of a tie)."""
    fine = [p for p in places if p.kind != "country"] or places
    if not fine:
        return None
    counts = Counter(p.geonameid or p.name for p in fine)
    best = counts.most_common(1)[0][0]
    return next(p for p in fine if (p.geonameid or p.name) == best)


NEAR_TOWN_KM = 30


def holds(place: Place, town: Place) -> bool:
    """Whether a place holds the town: a first-level division of the town's, or a town within
    ``NEAR_TOWN_KM`` of it ("the New York Police Department" holds Brooklyn)."""
    if town.kind != "city":
        return False
    if place.kind == "region":
        return (place.country == town.country and place.admin1 is not None
                and place.admin1 == town.admin1)
    return place.kind == "city" and None not in (place.lat, place.lon, town.lat, town.lon) and km(
        (place.lat or 0.0, place.lon or 0.0), (town.lat or 0.0, town.lon or 0.0)) <= NEAR_TOWN_KM


def told_before(ctx: Context, sentence: Sentence | None, dates: list[When]) -> When | None:
    """The day the sentence before, in the same paragraph, names (its last), where the event's
    own sentence names none: a story goes on in the time it has set ("Around 4 a.m. on December
    12, police were called to a report of a person shot. They found the victim, who had been
    shot several times.")."""
    if sentence is None:
        return None
    before = max((s for s in ctx.sentences if s.end <= sentence.start), default=None,
                 key=lambda s: s.end)
    if before is None or "\n" in ctx.text[before.end:sentence.start]:
        return None
    days = [d for d in dates if before.start <= d.evidence.start and d.evidence.end <= before.end
            and d.value is not None and d.kind != "interval" and d.precision == "day"]
    return days[-1] if days else None
