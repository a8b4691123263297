"""A place mention and what every places module shares about it: the ``Mention`` record (a span
of the article, its gazetteer candidates and the one chosen), distances between places, and the
abbreviations of states and provinces.

The bottom of the places package: ``names``, ``rules`` and ``resolve`` import it, it imports
none of them.
"""

from __future__ import annotations

import math
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
