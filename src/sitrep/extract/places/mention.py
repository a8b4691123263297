"""A place mention and what every places module shares about it: the ``Mention`` record (a span
of the article, its gazetteer candidates and the one chosen), distances between places, and the
abbreviations of states and provinces.

The bottom of the places package: ``names``, ``rules`` and ``resolve`` import it, it imports
none of them.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.resources import read_tsv
from sitrep.resources.gazetteer import Candidate


@dataclass
class Mention:
    start: int  # article offsets
    end: int
    text: str
    label: str = ""  # spaCy label, or GAZ for a gazetteer match
    near: bool = False  # "near X", "outside X": precision 2
    container: Mention | None = None  # "Town, Region": the region mention
    candidates: list[Candidate] = field(default_factory=list)
    choice: Candidate | None = None
    score: float = 0.0
    fallback: bool = False  # no candidate of its own: the article's main place (a street, ...)

@lru_cache(maxsize=1)
def admin_abbreviations() -> dict[str, list[tuple[str, str]]]:
    """Abbreviation -> its readings (ISO2, admin1 code; a blank code: the country itself), the
    usual one first: "WA" is Washington or Western Australia, as the article's places decide."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in read_tsv("admin_abbreviations.tsv"):
        out.setdefault(r["abbrev"], []).append((r["country"], r["admin1"]))
    return out

def km(a: Candidate | tuple[float, float], b: Candidate | tuple[float, float]) -> float:
    lat1, lon1 = (a.lat, a.lon) if isinstance(a, Candidate) else a
    lat2, lon2 = (b.lat, b.lon) if isinstance(b, Candidate) else b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def same_support(a: list[tuple[str, Candidate]], b: list[tuple[str, Candidate]]) -> bool:
    """The same (name, choice) pairs, the choices the same objects, in the same order: what a
    round of scoring in ``resolve`` reads from the round before (the names' context)."""
    return len(a) == len(b) and all(x[0] == y[0] and x[1] is y[1]
                                    for x, y in zip(a, b, strict=True))


@dataclass
class DocContext:
    """What a round of scoring in ``resolve`` knows of the article around a name: the countries,
    first-level divisions and points of the other names' choices."""

    countries: Counter
    admin1s: Counter
    points: list[tuple[float, float]]
    abroad: bool = False  # written outside the United States (British spelling)
    # (number of points, their centroid): the centroid is read for every candidate scored in
    # the context, and points are only ever added
    _centre: tuple[int, tuple[float, float]] | None = field(default=None, repr=False,
                                                            compare=False)

    # the points of every name of a round of ``resolve`` (``RoundPoints``) and those of them left
    # out of this context (the name's own): the centroid is read from the round's sorted
    # coordinates, where sorting the points again for each name of an article with a hundred
    # places cost about 1% of a run
    round_points: RoundPoints | None = field(default=None, repr=False, compare=False)
    left_out: list[tuple[float, float]] = field(default_factory=list, repr=False, compare=False)

    def centroid(self) -> tuple[float, float] | None:
        """The median latitude and the median longitude of the points (the upper median)."""
        if not self.points:
            return None
        if self._centre is None or self._centre[0] != len(self.points):
            every = self.round_points
            if every is not None and len(every.lats) - len(self.left_out) == len(self.points):
                centre = (median_without(every.lats, [p[0] for p in self.left_out]),
                          median_without(every.lons, [p[1] for p in self.left_out]))
            else:
                lats = sorted(p[0] for p in self.points)
                lons = sorted(p[1] for p in self.points)
                centre = (lats[len(lats) // 2], lons[len(lons) // 2])
            self._centre = (len(self.points), centre)
        return self._centre[1]


@dataclass(frozen=True)
class RoundPoints:
    """The latitudes and the longitudes of a round's points, each sorted."""

    lats: list[float]
    lons: list[float]

    @classmethod
    def of(cls, points: Iterable[tuple[float, float] | None]) -> RoundPoints:
        given = [p for p in points if p is not None]
        return cls(sorted(p[0] for p in given), sorted(p[1] for p in given))


def median_without(values: list[float], removed: list[float]) -> float:
    """The upper median of the sorted ``values`` less ``removed`` (each one of them, as many
    times as listed): the value ``sorted(rest)[len(rest) // 2]`` gives, without sorting."""
    if removed:
        values = list(values)
        for value in removed:
            del values[bisect_left(values, value)]
    return values[len(values) // 2]
