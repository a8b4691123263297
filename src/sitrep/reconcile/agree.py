"""Whether two places agree, in ACLED's precision codes: the test both the within-article units
and the fusion across articles apply, and the claim attachment uses for one event in two towns."""

from __future__ import annotations

from sitrep.records import Place


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
        if a.admin1 and a.admin1 == b.admin1:
            return 2
        return None
    return 1 if a.country and a.country == b.country else None
