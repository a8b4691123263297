"""A country's capital named without its name: "in Venezuela's capital", "the capital of
Kenya", "the Afghan capital". The place extractor reads the country (or nothing, for a
demonym); the phrase names one town, the country's capital (GeoNames' countries' capitals,
``resources.countries``), and ``link`` places an act stated there in that town.
"""

from __future__ import annotations

import re
from functools import cache

from sitrep.extract.places.extractor import to_place
from sitrep.extract.places.mention import Mention
from sitrep.records import Place
from sitrep.resources.countries import country_tables, demonym_code
from sitrep.resources.gazetteer import Candidate, Gazetteer

# "capital" in its money and law senses ("capital gains", "capital punishment")
_NOT_TOWN = (r"(?!\s+(?:gains|markets?|punishment|flight|flows?|expenditure|investments?|"
             r"spending|goods|requirements?|controls?|ratios?|injections?))")
_AFTER = re.compile(r"^['’]s?\s+capital\b" + _NOT_TOWN, re.IGNORECASE)
_BEFORE = re.compile(r"\bcapital(?:\s+city)?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_DEMONYM = re.compile(r"\b[Tt]he\s+(?P<people>[A-Z][a-z]+)\s+capital\b" + _NOT_TOWN)
# what may part the phrase from the town it names ("the Tanzanian capital Dar es Salaam",
# "Bolivia's capital, La Paz", "the Kazakh capital city of Almaty")
_TO_NAME = re.compile(r"[ \t]*,?[ \t]*(?:(?:city|town)[ \t]+)?(?:of[ \t]+)?")


@cache
def _capital_names() -> dict[str, str]:
    """ISO3 -> the folded name of its capital."""
    out: dict[str, str] = {}
    for name, iso3 in country_tables().capitals.items():
        out.setdefault(iso3, name)
    return out


def capital_of(gaz: Gazetteer, iso3: str) -> Candidate | None:
    """The most populous town of the capital's name in the country ``iso3``; for a capital
    whose name alone is not read as one (``countries._AMBIGUOUS_CAPITALS``: Djibouti, Mexico
    City, Georgetown, Castries), the gazetteer's capital of the country: the country names one
    town all the same."""
    name = _capital_names().get(iso3)
    if not name:
        return gaz.capital_of(iso3)
    found = gaz.lookup(name, kinds={"city"}, country=iso3)
    return found[0] if found else None


def capital_places(text: str, gaz: Gazetteer, places: list[Place],
                   read: list[Place] | None = None) -> dict[int, Place]:
    """For each country place written as "X's capital" or "the capital of X": the capital's
    town at the phrase's span (by ``id`` of the country place); the town the phrase names
    where one of the places ``read`` follows it (``_named_town``)."""
    out: dict[int, Place] = {}
    for p in places:
        if p.kind != "country" or p.country is None:
            continue
        start, end = p.evidence.start, p.evidence.end
        after = _AFTER.match(text[end:end + 40])
        before = _BEFORE.search(text[max(0, start - 30):start])
        if not (after or before):
            continue
        town = capital_of(gaz, p.country)
        if town is None:
            continue
        a = start - len(before.group(0)) if before else start
        b = end + after.end() if after else end
        named = _named_town(text, b, read or places)
        if named is not None:  # "Tanzania's capital, Dar es Salaam": that town, not Dodoma
            out[id(p)] = named
            continue
        out[id(p)] = to_place(Mention(a, b, text[a:b], choice=town), gaz, text)
    return out


def demonym_capitals(text: str, gaz: Gazetteer, places: list[Place],
                     read: list[Place] | None = None) -> list[Place]:
    """Towns named as "the Afghan capital", where no place is read at those words; the town
    the phrase names where one of the places ``read`` follows it (``_named_town``)."""
    out: list[Place] = []
    if "capital" not in text:
        return out  # every match holds the word: no scan of the text with a pattern that is
        # tried at each word start
    taken = [(p.evidence.start, p.evidence.end) for p in places]
    for match in _DEMONYM.finditer(text):
        a, b = match.start(), match.end()
        if any(s < b and a < e for s, e in taken):
            continue
        named = _named_town(text, b, read or places)
        if named is not None:
            out.append(named)
            continue
        iso3 = demonym_code(match.group("people"))
        town = capital_of(gaz, iso3) if iso3 else None
        if town is not None:
            out.append(to_place(Mention(a, b, text[a:b], choice=town), gaz, text))
    return out


def _named_town(text: str, end: int, places: list[Place]) -> Place | None:
    """The town the place extractor read right after the phrase ending at ``end`` ("the
    Tanzanian capital Dar es Salaam", "the Ivorian capital, Abidjan"): the phrase names that
    town (which the reporter calls the capital: the seat of government or the old one), not
    the country's capital of record."""
    gap = _TO_NAME.match(text, end)
    start = gap.end() if gap else end
    return next((p for p in places if p.evidence.start == start and p.kind != "country"),
                None)
