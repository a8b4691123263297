"""A place mention and what every places module shares about it: the ``Mention`` record (a span
of the article, its gazetteer candidates and the one chosen), distances between places, and the
abbreviations of states and provinces.

The bottom of the places package: ``names``, ``rules`` and ``resolve`` import it, it imports
none of them.
"""

from __future__ import annotations

import math
from collections import Counter
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

    def centroid(self) -> tuple[float, float] | None:
        if not self.points:
            return None
        if self._centre is None or self._centre[0] != len(self.points):
            lats = sorted(p[0] for p in self.points)
            lons = sorted(p[1] for p in self.points)
            self._centre = (len(self.points), (lats[len(lats) // 2], lons[len(lons) // 2]))
        return self._centre[1]
