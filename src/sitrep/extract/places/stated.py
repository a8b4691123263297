"""Same-named towns chosen by the divisions the article itself states.

A local story names its town bare ("shot in Florence", "a person in Bonner") and says where it
is only through other names: a county ("according to Los Angeles County coroner's records"),
a state in a "Town, St." pair or dateline, the paper's own town or state (its web address).
Those stated divisions come before population priors:

1. a reading of the name inside a county the article names wins over a bigger namesake
   elsewhere (Athens in Henderson County, Texas, not Athens, Georgia);
2. when no reading of the name lies in any stated division, a census place of the stated
   county or state whose own name joins this name to another one ("Florence-Graham" in Los
   Angeles County, "Bonner-West Riverside" in Montana) is the town the article means, not a
   namesake in another state or country (a big city abroad stays: ``FOREIGN_CITY_POP``).
"""

from __future__ import annotations

from sitrep.extract.places.mention import Mention
from sitrep.resources.gazetteer import Candidate, Gazetteer
from sitrep.resources.gazetteer_build import fold

# a city abroad this big is the article's own reading ("paintings lent to Florence" in a story
# about a Los Angeles County museum), not a census place of the stated county
FOREIGN_CITY_POP = 100_000
Region = tuple[str | None, str | None]  # (ISO2, admin1 code)


def stated_counties(anchors: list[tuple[str, Candidate]], key: str) -> set[int]:
    """The counties (second-level divisions) the article names as anchors, other than the name
    ``key`` itself and longer names that hold it."""
    return {c.id for other, c in anchors
            if other != key and not other.startswith(key + " ") and c.kind == "admin2"}


def _inside(c: Candidate, counties: set[int], states: set[Region]) -> bool:
    return (c.kind == "city" and c.admin2 in counties) or (
        c.kind in ("city", "admin2") and (c.country_iso2, c.admin1) in states)


def stated_reading(m: Mention, gaz: Gazetteer, counties: set[int],
                   states: set[Region]) -> Candidate | None:
    """The reading of a bare town name the stated divisions give, when it differs from the
    current choice: its namesake in a stated county; else, when no reading lies in a stated
    county or state, a hyphenated census place of a stated county (then state) that begins
    with the name. None when the choice already lies in a stated division or nothing fits."""
    c = m.choice
    if c is None or m.container is not None or not (counties or states):
        return None
    if c.kind not in ("city", "admin2") or c.admin2 in counties:
        return None
    in_county = [x for x in m.candidates if x.kind == "city" and x.main
                 and x.admin2 in counties and fold(x.name) == fold(m.text)]
    if in_county:
        best = max(in_county, key=lambda x: x.population)
        return best if best.id != c.id else None
    if (c.country_iso2, c.admin1) in states or any(
            _inside(x, counties, states) for x in m.candidates):
        return None
    if c.kind != "city" or not m.text[:1].isupper():
        return None
    joined = gaz.compounds(m.text)
    for pick in ([x for x in joined if x.admin2 in counties],
                 [x for x in joined if (x.country_iso2, x.admin1) in states]):
        if pick and (pick[0].country == c.country or c.population < FOREIGN_CITY_POP):
            return pick[0]
    return None
