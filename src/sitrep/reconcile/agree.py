"""Whether two places agree, in ACLED's precision codes: the test both the within-article units
and the fusion across articles apply, and the claim attachment uses for one event in two towns."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from sitrep.records import Place

NEAR_KM = 25.0  # a unit near a town (ACLED precision 2) joins incidents this close to that town


def place_precision(p: Place | None) -> int:
    """ACLED precision of a place (1 town, 2 near a town, 3 region, 4 country; 9 when unknown)."""
    if p is None:
        return 9
    if p.precision is not None:
        return p.precision
    return {"city": 1, "region": 3, "country": 4}.get(p.kind, 3)


def places_agree(a: Place | None, b: Place | None) -> int | None:
    """How well two places agree within the precision of the coarser one: 3 the same place,
    2 the same first-level region, 1 the same country, None when they are apart (or unknown)."""
    if a is None or b is None:
        return None
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 3
    if a.geonameid is None and b.geonameid is None and a.country == b.country and (
            a.name or a.text).casefold() == (b.name or b.text).casefold():
        return 3
    if a.country and b.country and a.country != b.country:
        return None
    coarse = max(place_precision(a), place_precision(b))
    if coarse <= 1:
        return None  # two different towns
    if coarse <= 3:
        if a.admin1 and a.admin1 == b.admin1 and not counties_apart(a, b):
            return 2
        return None
    return 1 if a.country and a.country == b.country else None


def counties_apart(a: Place, b: Place) -> bool:
    """Whether the GeoNames hierarchy puts two places of one first-level region in different
    second-level ones: a county and a town outside it ("Westmoreland County" and Lock Haven,
    which lies in Clinton County), or two counties. A county agrees with its own towns
    (Greensburg in Westmoreland County) and a place whose county is not known with any."""
    first, second = _county(a), _county(b)
    if first is None or second is None:
        return False
    (a_id, a_is), (b_id, b_is) = first, second
    return (a_is or b_is) and a_id != b_id


def _county(p: Place) -> tuple[int, bool] | None:
    """The second-level division a place is or lies in (its GeoNames id) and whether the place
    is that division itself; None when the gazetteer does not say."""
    if p.geonameid is None:
        return None
    from sitrep.resources.gazetteer import get_gazetteer

    record = get_gazetteer().get(int(p.geonameid))
    if record is None:
        return None
    if record.kind == "admin2":
        return record.id, True
    if record.kind == "city" and record.admin2 is not None:
        return record.admin2, False
    return None


def same_party(x: Mapping[str, Any], y: Mapping[str, Any]) -> bool:
    """Whether two actor records (``{"name", "country", "sector"}``) may name one party: the
    same name, a person's surname and their full name ("Sanford", "Mark Sanford": the words of
    the shorter capitalised name end the longer one), or the same country and sector ("Foreign
    Minister" of Poland and "Bronislaw Geremek" coded POL GOV); a party with no country or
    sector agrees only by name."""
    a = str(x.get("name") or "").split()
    b = str(y.get("name") or "").split()
    if a and b:
        short, long = sorted((a, b), key=len)
        if [w.casefold() for w in short] == [w.casefold() for w in long[len(long) - len(short):]]:
            return len(short) == len(long) or all(w[:1].isupper() for w in short)
    return bool(x.get("country") and x.get("sector")) and (x["country"], x["sector"]) == (
        y.get("country"), y.get("sector"))


def speakers_agree(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> bool:
    """Whether two reports of a statement (a condemnation, an appeal, an agreement, an
    expulsion) give it one speaker: ACLED's unit is the actor pair, and a statement is its
    speaker's. Some actor of one is ``same_party`` as some actor of the other."""
    return any(same_party(x, y) for x in a for y in b)


def sides_apart(a_actors: Sequence[Mapping[str, Any]], a_countries: set[str],
                b_actors: Sequence[Mapping[str, Any]], b_countries: set[str]) -> bool:
    """Whether two mentions of a material happening name first actors of different countries,
    neither of which the other mention names on any side: US expulsions and British ones, not
    one battle told from either side ("Turkey shelled Kurdish towns", "Kurdish fighters
    attacked Turkish troops")."""
    a = {str(x["country"]) for x in a_actors if x.get("country")}
    b = {str(y["country"]) for y in b_actors if y.get("country")}
    return bool(a and b) and not (a & b_countries) and not (b & a_countries)


def acts_apart(family: str, mode: str | None, other: str | None) -> bool:
    """Whether two reports of one family name different acts by their PLOVER modes, as the
    events' coreference keeps them apart within an article: an arrest and a ban ("Givens was
    arrested", "the county lifts its burn ban"), a seizure and a curfew. An assault's mode is
    its means, which two reports of one attack may tell differently ("shot", "attacked"), so it
    sets no assaults apart."""
    return family != "ASSAULT" and bool(mode) and bool(other) and mode != other


def clue_places(unit: Any, place: Place, agree: int | None, person: bool = False) -> bool:
    """Whether two reports that share a strong clue are placed as one happening may be: the
    same town or two within ``NEAR_KM`` (a town and a part of it GeoNames lists as a place of
    its own: Philadelphia and Hunting Park, Chicago and Rogers Park), or a town and its state;
    also on one day, where the places alone would keep two towns apart (``_block_agrees``).
    Where the clue is a ``person`` (a victim's name), two towns of one county agree at any
    distance (``one_county``: Woodland Hills, a part of Los Angeles 36 km from its point); an
    address is not enough there (every town of a county has its Main Street)."""
    if unit.place is None:
        return False
    towns = sorted((place_precision(unit.place), place.precision or 9))
    if towns[0] > 2 or towns[1] > 3:
        return False  # a name shared by two reports of one country or region is no one place
    if towns[1] <= 2:
        return agree == 3 or near(unit.place, place) or (person and one_county(unit.place, place))
    return agree == 2  # a town and its state


def one_county(a: Place, b: Place) -> bool:
    """Whether the GeoNames hierarchy puts two towns in one second-level division: a part of
    a large town can lie farther from the town's point than ``NEAR_KM`` (San Pedro and
    Woodland Hills, 36 km from Los Angeles' point, both of Los Angeles County)."""
    first, second = _county(a), _county(b)
    return first is not None and second is not None and first[0] == second[0]


def near(a: Place, b: Place, km: float = NEAR_KM) -> bool:
    """Whether two places lie within ``km`` of each other (both with coordinates)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return _km(a.lat, a.lon, b.lat, b.lon) <= km


def _km(lat: float, lon: float, lat2: float, lon2: float) -> float:
    dy = (lat - lat2) * 111.2
    dx = (lon - lon2) * 111.2 * math.cos(math.radians((lat + lat2) / 2))
    return math.hypot(dx, dy)


def town_reach(population: int) -> float:
    """How far from its point a town's parts may lie (km): 15 km, and more for a large town,
    growing with the square root of its population as its area does (about 35 km for
    Chicago's 2.7 million, whose Rogers Park lies 18 km north of the point, 41 km for Los
    Angeles', whose Canoga Park lies 35 km west), never past 45 km."""
    return min(45.0, max(15.0, 15.0 * math.sqrt(population / 500_000)))


def town_part(a: Place, b: Place) -> bool:
    """Whether one of two towns is a part of the other as far as GeoNames tells (it has no town
    limits, and lists a large town's neighbourhoods as towns of their own): a place of the
    larger's own county (admin2), under a twentieth of its population, within its
    ``town_reach`` (Rogers Park and Chicago, Canoga Park and Los Angeles; not Long Beach, nor a
    town of another county). Small suburbs within reach pass too (Evanston by Chicago)."""
    return the_part(a, b) is not None


def the_part(a: Place, b: Place) -> Place | None:
    """Of two towns one of which is a part of the other (``town_part``), the part; else None."""
    if a.geonameid is None or b.geonameid is None or a.geonameid == b.geonameid:
        return None
    from sitrep.resources.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    one, two = gaz.get(int(a.geonameid)), gaz.get(int(b.geonameid))
    if one is None or two is None or one.kind != "city" or two.kind != "city":
        return None
    small, large = sorted((one, two), key=lambda r: r.population)
    if small.admin2 is None or small.admin2 != large.admin2 or (
            small.population >= large.population / 20):
        return None
    if _km(small.lat, small.lon, large.lat, large.lon) > town_reach(large.population):
        return None
    return a if small is one else b


def parts_of_towns(places: Sequence[Place]) -> set[int]:
    """The indexes of the places that are a part of another town of ``places`` (``the_part``):
    "shot Saturday in Canoga Park ... the Los Angeles shooting" took place in Canoga Park."""
    return {i for i, p in enumerate(places) for q in places if the_part(p, q) is p}
