"""The article's dateline town as the places extractor read it, and how a place relates to it
(split out of ``link``): ``dateline_place`` finds the town the dateline spells in capitals,
``as_dateline`` gives the dateline's own reading to a place written with its name,
``contains_town`` says whether a first-level division holds a town, and ``street_elsewhere``
whether a street or building the resolver put in another state or far away lies in fact in the
dateline's town ("INDIANAPOLIS -- ... the 1500 block of Barrington Avenue")."""

from __future__ import annotations

import unicodedata

from sitrep.extract.places.mention import km
from sitrep.extract.places.names import named_after_town
from sitrep.records import Place

DATELINE_CHARS = 400  # a dateline opens the article (after its headline, when glued to it)


def plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isalnum()).lower()


def dateline_place(places: list[Place]) -> Place | None:
    """The town of the article's dateline: the first town in its first ``DATELINE_CHARS``
    characters written in capitals (at least three letters), as datelines are, and resolved to
    a town of that very name (a dateline spells the town's name: "LOUIS" read as Louisville,
    a piece of "ST. LOUIS", is not one)."""
    ordered = sorted(places, key=lambda p: p.evidence.start)
    for i, p in enumerate(ordered):
        if p.evidence.start > DATELINE_CHARS:
            break
        letters = [c for c in p.evidence.text if c.isalpha()]
        if not (p.kind == "city" and len(letters) >= 3 and all(c.isupper() for c in letters)
                and p.name and plain(p.name) == plain(p.evidence.text)):
            continue
        # "RAPIDS, Mich." read as a Rapids of New York: the state that follows says otherwise
        state = next((q for q in ordered[i + 1:i + 3] if q.kind == "region"
                      and 0 <= q.evidence.start - p.evidence.end <= 3), None)
        if state is None or (state.admin1 == p.admin1 and state.country == p.country):
            return p
    return None


def as_dateline(p: Place, dateline: Place) -> Place:
    """The written dateline for its own words and for a place written with its name that the
    place extractor read as another place of that name (York, England for "York City" under
    "YORK CITY, Pa."); any other place as it is."""
    if overlaps(p, dateline) or (
            p.kind != "country" and p.geonameid != dateline.geonameid
            and plain(p.evidence.text) in (plain(dateline.name),
                                            plain(dateline.evidence.text))):
        return dateline
    return p


def overlaps(a: Place, b: Place) -> bool:
    return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end


def contains_town(region: Place, town: Place) -> bool:
    """Whether a region (a first-level division) contains the town. Not a country: a wire's
    dateline names where the reporter is ("KABUL, Afghanistan --"), and an event "in southern
    Afghanistan" is not in Kabul."""
    return (region.kind == "region" and region.country is not None
            and region.country == town.country and region.admin1 is not None
            and region.admin1 == town.admin1)


FAR_STREET_KM = 150  # (the resolver's distance for "Mornington Road" in a story about Leeds)


def street_elsewhere(place: Place, dateline: Place) -> bool:
    """A street or building read as a place of another state or country than the dateline's,
    or far from it ("INDIANAPOLIS -- ... the 1500 block of Barrington Avenue", not Barrington,
    Rhode Island; "FRESNO -- ... Lancaster Avenue"), or one whose name recalls no town and was
    given another town than the dateline's ("RALEIGH -- ... on Elm Street": a stand-in): the
    street lies in the dateline's town."""
    if not named_after_town(place):
        return False
    if plain(place.name) not in plain(place.evidence.text):
        # "Elm Street" read as the town the resolver chose for a street of no town's name:
        # the story's town, which the dateline states
        return place.geonameid != dateline.geonameid
    if (place.country, place.admin1) != (dateline.country, dateline.admin1):
        return True
    return None not in (place.lat, place.lon, dateline.lat, dateline.lon) and km(
        (place.lat or 0.0, place.lon or 0.0),
        (dateline.lat or 0.0, dateline.lon or 0.0)) > FAR_STREET_KM
