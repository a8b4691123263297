"""Namesakes: which of several towns of one name an article means when its context is weak.

A local article names towns without their state; the resolver reads each name near the
article's other names. Two ambiguous names can then agree on a far small pair of namesakes
("Hartford" and "Vernon" both have villages in New York) and outvote a big town that needs no
introduction. Evidence that is not itself in doubt (a state named, a "Town, State" pair, a
name with one strong reading, the source's own town) is what may move a name to its small
namesake.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable

from sitrep.extract.places.mention import Mention, km
from sitrep.extract.places.names import seat_name
from sitrep.resources.gazetteer import Candidate, Gazetteer
from sitrep.resources.gazetteer_build import fold

BIG_NAMESAKE_POP = 100_000
# a town of the name this many times as big as the reading chosen: over 1.6 decades of
# population, more than other ambiguous names of the article can outweigh
BIG_NAMESAKE_RATIO = 40
VILLAGE_NEIGHBOUR_KM = 50


def firm_divisions(anchors: list[tuple[str, Candidate]], key: str
                   ) -> set[tuple[str | None, str | None]]:
    """The first-level divisions the article states without doubt: those of its anchors (a
    state or country named, a "Town, State" pair, a name with one strong reading, the source's
    own town), other than the name ``key`` itself and longer names that hold it."""
    return {(c.country_iso2, c.admin1) for other, c in anchors
            if other != key and not other.startswith(key + " ")
            and c.kind in ("city", "admin1", "admin2") and c.admin1}


def firm_divisions_of(anchors: list[tuple[str, Candidate]]
                      ) -> Callable[[str], set[tuple[str | None, str | None]]]:
    """``firm_divisions`` of ``anchors`` by name, each name's read once: the anchors of a
    ``resolve`` stay as they are while every mention of every round asks for its name's."""
    found: dict[str, set[tuple[str | None, str | None]]] = {}

    def of(key: str) -> set[tuple[str | None, str | None]]:
        firm = found.get(key)
        if firm is None:
            firm = found[key] = firm_divisions(anchors, key)
        return firm

    return of


def unstated_namesake(cands: list[Candidate], choice: Candidate | None,
                      firm: set[tuple[str | None, str | None]],
                      others: list[Candidate]) -> Candidate | None:
    """The big town of a name, where the reading chosen is a village of the same name in the
    same country whose state the article never states: "Hartford" read as a village of New
    York because another ambiguous name ("Vernon") also has a small reading there is
    Hartford, Connecticut, unless the article names New York (or a place only New York has,
    or the source lies there). Big: ``BIG_NAMESAKE_POP`` people and ``BIG_NAMESAKE_RATIO``
    times the village's; a town of some size (Hartford, Vermont; Manhattan, Kansas) is left
    to the article's other names, and so is a village next to another place the article names
    (``others``: the readings of its other names; within ``VILLAGE_NEIGHBOUR_KM``)."""
    if choice is None or choice.kind != "city" or (choice.country_iso2, choice.admin1) in firm:
        return None
    if any(c.id != choice.id and c.kind in ("city", "admin2") and km(c, choice)
           <= VILLAGE_NEIGHBOUR_KM for c in others):
        return None
    towns = [c for c in cands if c.kind == "city" and c.main and c.country == choice.country
             and fold(c.name) == fold(choice.name)]
    if not towns:
        return None
    big = max(towns, key=lambda c: c.population)
    if big.id == choice.id or big.population < BIG_NAMESAKE_POP or (
            big.population < BIG_NAMESAKE_RATIO * choice.population):
        return None
    return big


def big_namesake(m: Mention) -> bool:
    """For a far small town read for a name (``resolve._far_hamlet``), whether a big city has the name
    as its own ("Geneva" read as Geneva, New York in a story from Tokyo: Geneva, Switzerland):
    that city is read instead of the article's place standing in."""
    c = m.choice
    big = [t for t in m.candidates if t.kind == "city" and t.main and c is not None
           and t.population >= BIG_NAMESAKE_POP and t.population >= 5 * c.population]
    if big:
        m.choice = max(big, key=lambda t: t.population)
    return bool(big)


def unlisted_town_region(m: Mention) -> Candidate | None:
    """The state of a "Town, St." pair whose state holds no town of the name ("BENTON
    TOWNSHIP, Mich.", "ELM GROVE, Wis." where the gazetteer lacks the town): the place is in
    that state, not a namesake elsewhere. Only for a state written as an abbreviation, which
    is never an item of a list of places ("Paris, Texas and Ohio" is a list)."""
    region = m.container
    if region is None or region.label != "ABBR" or not region.candidates:
        return None
    states = [c for c in region.candidates if c.kind == "admin1" and c.main]
    if not states or any(c.kind == "city" and c.main and c.country == states[0].country
                         and c.admin1 == states[0].admin1 for c in m.candidates):
        return None
    return states[0]

PAIR_WEIGHTS = {"admin2": 3.5, "admin1": 1.5, "same_admin1": 0.7, "near": 0.7}
PAIR_CAP = 4.0


def pair_support(mentions: list[Mention]) -> dict[tuple[str, int], float]:
    """Support of each candidate from the *candidates* (not only the choices) of the other
    names: "Athens" and "Henderson County" agree on Texas, where Athens lies in Henderson
    County. Per other name the best-agreeing main-name candidate counts; the sum is capped.

    Only the other names that can agree with a candidate are looked at (``_PairIndex``: those
    sharing its county or division, or with a town near it), in the article's order: each other
    name adds nothing (0.0), so the sums are those of a loop over every name."""
    by_key: dict[str, list[Candidate]] = {}
    for m in mentions:
        if m.candidates:
            by_key.setdefault(fold(m.text), m.candidates)
    if len(by_key) < 2:
        return {}
    index = _PairIndex(by_key)
    out: dict[tuple[str, int], float] = {}
    for n, (key, cands) in enumerate(by_key.items()):
        for c in cands[:25]:
            if c.kind not in ("city", "admin2", "admin1"):
                continue
            total = 0.0
            region = (c.country_iso2, c.admin1)
            for other in index.agreeing(c, region):
                if other == n:
                    continue
                admin2s, admin1s, members, points = index.rows[other]
                best = 0.0
                if c.kind == "city" and c.admin2 is not None and c.admin2 in admin2s:
                    best = PAIR_WEIGHTS["admin2"]
                elif c.kind != "admin1" and region in admin1s:
                    best = PAIR_WEIGHTS["admin1"]
                elif c.kind == "admin1" and region in members:
                    best = PAIR_WEIGHTS["admin1"]
                elif region in members:
                    best = PAIR_WEIGHTS["same_admin1"]
                if c.kind == "city" and best < PAIR_WEIGHTS["near"] and any(
                        abs(p[0] - c.lat) < NEAR_LAT and abs(p[1] - c.lon) < NEAR_LON
                        for p in points):
                    best = PAIR_WEIGHTS["near"]
                total += best
            if total:
                out[(key, c.id)] = min(PAIR_CAP, total)
    return out


NEAR_LAT, NEAR_LON = 0.5, 0.6  # degrees: a town of another name this near agrees ("near")


class _PairIndex:
    """Per name of an article (by its position), the plausible readings ``pair_support`` reads:
    county ids, divisions named, divisions of its towns and counties, points of its towns; and,
    inverted, which names hold a county, a division, or a point in a cell of the grid of
    ``NEAR_LAT`` by ``NEAR_LON`` degrees."""

    def __init__(self, by_key: dict[str, list[Candidate]]) -> None:
        self.rows: list[tuple[set, set, set, list]] = []
        self.by_admin2: dict[int, list[int]] = {}
        self.by_region: dict[tuple[str | None, str | None], list[int]] = {}
        self.by_cell: dict[tuple[int, int], list[int]] = {}
        for n, cands in enumerate(by_key.values()):
            plausible = [c for c in cands[:25]
                         if c.main and c.kind in ("city", "admin1", "admin2")]
            row = ({c.id for c in plausible if c.kind == "admin2"},
                   {(c.country_iso2, c.admin1) for c in plausible if c.kind == "admin1"},
                   {(c.country_iso2, c.admin1) for c in plausible if c.kind != "admin1"},
                   [(c.lat, c.lon) for c in plausible if c.kind == "city"])
            self.rows.append(row)
            for pid in row[0]:
                self.by_admin2.setdefault(pid, []).append(n)
            for region in row[1] | row[2]:
                self.by_region.setdefault(region, []).append(n)
            for cell in {self._cell(lat, lon) for lat, lon in row[3]}:
                self.by_cell.setdefault(cell, []).append(n)

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / NEAR_LAT), math.floor(lon / NEAR_LON)

    def agreeing(self, c: Candidate, region: tuple[str | None, str | None]) -> list[int]:
        """The positions of the names that may support ``c`` (a superset of those that do), in
        order. A point within ``NEAR_LAT`` and ``NEAR_LON`` of the town lies in its cell or a
        neighbouring one (two cells of longitude each way, for the rounding of the division)."""
        found: set[int] = set(self.by_region.get(region, ()))
        if c.kind == "city":
            if c.admin2 is not None:
                found.update(self.by_admin2.get(c.admin2, ()))
            row, col = self._cell(c.lat, c.lon)
            for dr in (-1, 0, 1):
                for dc in (-2, -1, 0, 1, 2):
                    found.update(self.by_cell.get((row + dr, col + dc), ()))
        return sorted(found)


SEAT_COUNTRY_MENTIONS = 2  # the places of another country that make its story
SEAT_COUNTRY_SHARE = 3  # ... and this many times as many as the seat's own country has


def seats_at_home(mentions: list[Mention], gaz: Gazetteer) -> None:
    """A legislature named as its seat ("outside Congress", "the Capitol Hill police station",
    kind ``seat`` in ``place_names.tsv``): in a story whose places lie in another country (at
    least twice, and three times as often as in the seat's own country), that country's capital ("BUENOS AIRES
    -- ... pensioners gathered outside Congress": Buenos Aires, not Washington)."""
    seats = [m for m in mentions if m.choice is not None and seat_name(m.text)]
    if not seats:
        return
    held = {id(m) for m in seats}
    counts = Counter(m.choice.country for m in mentions if m.choice is not None
                     and id(m) not in held and m.choice.country)
    top = counts.most_common(1)
    for m in seats:
        assert m.choice is not None
        if not top or top[0][0] == m.choice.country or top[0][1] < max(
                SEAT_COUNTRY_MENTIONS, SEAT_COUNTRY_SHARE * counts[m.choice.country]):
            continue
        capital = gaz.capital_of(top[0][0])
        if capital is not None:
            m.choice = capital


def contrasts_of(mentions: list[Mention], fixed: set[int], text: str | None) -> set[int]:
    """Names tied to a region of their own ("Liverpool, England", "Salisbury in England") after
    the article has used the name: news writes the region at a name's first use, so a region
    added later sets a namesake apart from the place the article is about ("the hospital in
    Liverpool ... my cousin in Liverpool, England"). Such a mention keeps its reading and casts
    no vote for the name's other uses. A headline's bare name is no use (the first sentence
    states its region: "Savannah couple ... A retired couple from Savannah, Georgia"), nor is
    a dateline a contrast ("AUGUSTA, Ga. --", "BELPRE, Ohio")."""
    head = _headline_end(text)
    used: set[str] = set()
    out: set[int] = set()
    for m in sorted(mentions, key=lambda x: x.start):
        key = fold(m.text)
        if m.container is not None and id(m) in fixed:
            if key in used and not m.text.isupper() and m.container.label != "ABBR":
                out.add(id(m))
            used.add(key)
        elif m.container is None and m.start >= head:
            used.add(key)
    return out


def _headline_end(text: str | None) -> int:
    """Where the article's first line or sentence (its headline, when it has one) ends."""
    if not text:
        return 0
    ends = [i for i in (text.find("\n"), text.find(". ")) if i > 0]
    return min(ends) if ends else 0


def longer_names_follow(mentions: list[Mention], fixed: set[int]) -> None:
    """A longer name that holds a place the article names on its own ("Wayne County Sheriff",
    "Missouri State Highway Patrol" after "WAYNE COUNTY, MO"): the same place as that name,
    one sense per document, when the longer name was read as a place of that name or has it
    among its readings."""
    named: dict[str, Candidate] = {}
    for m in mentions:
        if m.choice is not None and not m.fallback:
            named.setdefault(fold(m.text), m.choice)
    if not named:
        return
    for m in mentions:
        if m.choice is None or id(m) in fixed:
            continue
        words = fold(m.text).split()
        for n in range(len(words) - 1, 0, -1):
            held = " ".join(words[:n])
            c = named.get(held)
            if c is not None:
                if c.id != m.choice.id and (fold(m.choice.name) == held or any(
                        x.id == c.id for x in m.candidates)):
                    m.choice = c
                break
