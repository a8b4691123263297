"""Names that are not a gazetteer entry as written, and what to do when nothing matches.

- ``lexicon_candidates``: adjectives, demonyms and abbreviations that name a place
  ("European" -> Europe, "Ohioans" -> Ohio, "EU", "L.A."), from ``place_names.tsv``;
- ``embedded_candidates``: a place named inside a longer name ("Dubai World Cup" -> Dubai,
  "University of California" -> California, "West Surrey" -> Surrey);
- ``is_facility``: streets and buildings ("Royal Street", "City Hall"), which are not the
  small town that happens to share their name;
- ``dominant``: the place an article is about, the fallback for a facility or a local name the
  gazetteer does not know (it lies in the article's town);
- ``candidates_for``: the gazetteer candidates of a name as written, the entrance to all of the
  above (memoised per gazetteer and name);
- ``state_cue``: "New York State", "upstate New York", "New York and New Jersey": the state
  rather than the city of the same name.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.places.fragments import STREET_HEADS
from sitrep.extract.places.led import COURT_RANKS
from sitrep.extract.places.mention import admin_abbreviations, km
from sitrep.resources import countries as country_lexicon
from sitrep.resources import read_tsv
from sitrep.resources.gazetteer import Candidate, Gazetteer
from sitrep.resources.gazetteer_build import fold

if TYPE_CHECKING:
    from sitrep.extract.places.mention import Mention
    from sitrep.records import Place

_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
               "central", "upper", "lower", "greater", "northeast", "northwest", "southeast",
               "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
               "downtown", "inner", "outer", "rural", "coastal", "mid"}
FACILITY_WORDS = {
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane", "way",
    "highway", "freeway", "expressway", "motorway", "house", "hall", "center", "centre", "tower",
    "towers", "hospital", "clinic", "school", "university", "college", "academy", "institute",
    "church", "cathedral", "basilica", "mosque", "temple", "synagogue", "airport", "station",
    "stadium", "arena", "field", "park", "square", "plaza", "bridge", "court", "courthouse",
    "hotel", "inn", "museum", "library", "mall", "building", "estate", "campus", "club",
    "prison", "jail", "market", "embassy", "consulate", "palace", "racecourse", "theatre",
    "theater", "restaurant", "cemetery", "graveyard", "pier", "wharf", "terminal", "base",
    "barracks", "headquarters", "office", "factory", "plant", "mine", "farm", "ranch", "zoo",
    "garden", "gardens", "circuit", "speedway", "canal", "railroad", "railway", "elementary",
    "middle", "high", "capitol", "parkway", "village", "complex", "lagoon", "point",
    "interchange", "interchanges", "overpass", "underpass", "tunnel", "intersection",
    # homes, shops and places to eat and drink, by the last word of their own names
    "apartments", "apartment", "condos", "condominiums", "flats", "motel", "pub", "tavern",
    "saloon", "lounge", "bar", "diner", "cafe", "café", "bistro", "grill", "pizzeria", "bakery",
    "store", "shop", "supermarket", "pharmacy", "nightclub", "casino", "resort", "suites",
    "salon", "gym", "warehouse", "dealership", "laundromat"}
# the head nouns of a neighbourhood, street or landmark named after a larger place ("Vermont
# Knolls", "Texas Avenue", "Hawaiian Gardens", "Granada Hills"): such a name lies in a town,
# not in the state or country its first words name
AREA_WORDS = {"park", "parks", "gardens", "garden", "square", "village", "villages", "estate",
              "estates", "point", "field", "fields", "heights", "hills", "hill", "knolls",
              "knoll", "terrace", "terraces", "manor", "acres", "woods", "meadows", "meadow",
              "ridge", "grove", "commons", "green", "shores", "glen", "hollow", "place", "plaza",
              "court", "circle", "crossing", "trace", "pointe", "highlands", "lawn", "lawns",
              "oaks", "pines", "springs", "valley", "view", "vista", "side"}
# one list of street words for the extractor's fragments and the resolver (``fragments``)
_STREET_WORDS = STREET_HEADS
_FEATURE_WORDS = {"river", "rivers", "lake", "lakes", "creek", "creeks", "bay", "bays",
                  "mountain", "mountains", "island", "islands", "forest", "canyon", "reservoir",
                  "pond", "swamp", "bayou"}
NAMED_AFTER_HEADS = AREA_WORDS | _STREET_WORDS | _FEATURE_WORDS
_LARGER = ("admin1", "country", "continent", "region")


def named_after_larger(words: list[str], found: list[Candidate]) -> bool:
    """A multi-word name whose head is a place-type noun ("Vermont Knolls", "Ohio Street") read
    as the state, country or region its first words name: the name is called after that place,
    it does not stand for it."""
    return len(words) > 1 and fold(words[-1]) in NAMED_AFTER_HEADS and bool(found) and (
        found[0].kind in _LARGER) and not _micro_state(found[0])


MICRO_STATE_POP = 1_000_000


def _micro_state(c: Candidate) -> bool:
    """A country about the size of a town ("Vatican Gardens", "Monaco Harbour"): what is named
    after it also lies in it."""
    return c.kind == "country" and c.population < MICRO_STATE_POP
_ORG_TAIL = FACILITY_WORDS | {
    "cup", "open", "games", "championship", "festival", "fair", "police", "department", "council",
    "government", "commission", "union", "reserve", "bank", "company", "corporation", "times",
    "post", "news", "herald", "tribune", "journal", "county", "district", "state", "city",
    "mdc", "fc", "united", "rovers", "airlines", "airways", "authority", "board", "agency",
    "ministry", "assembly", "parliament", "senate", "congress", "federal", "national", "royal",
    "international", "world", "higher", "general", "medical", "children's", "memorial",
    "show", "expo", "exhibition", "marathon", "summit", "conference", "derby", "classic",
    "chamber", "chambers"}


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, str]]:
    out = {r["term"]: (r["target"], r["kind"]) for r in read_tsv("place_names.tsv")}
    out.update((term, (target, "city")) for term, target in campuses().items())
    return out


@lru_cache(maxsize=1)
def campuses() -> dict[str, str]:
    """University -> "City|ISO2[.admin1]" of its main campus (campuses.tsv)."""
    return {r["term"]: r["target"] for r in read_tsv("campuses.tsv")}


@lru_cache(maxsize=1)
def _folded_lexicon() -> dict[str, tuple[str, str]]:
    # abbreviations keep their case ("US" is not "us"); other words match case-insensitively
    return {fold(k): v for k, v in _lexicon().items() if not (k.isupper() and len(k) <= 4)}


def lexicon_target(gaz: Gazetteer, target: str, kind: str) -> Candidate | None:
    if kind == "country":
        return gaz.country(target)
    name, _, where = target.partition("|")
    iso2, _, admin1 = where.partition(".")
    kinds = {"city"} if kind in ("city", "seat") else {kind}
    found = gaz.lookup(name, kinds=kinds)
    if iso2:
        found = [c for c in found if c.country_iso2 == iso2]
    if admin1:
        found = [c for c in found if c.admin1 == admin1]
    mains = [c for c in found if c.main] or found
    return mains[0] if mains else None


def _lexicon_entry(text: str) -> tuple[str, str] | None:
    clean = text.strip().replace("\u2019", "'")
    entry = _lexicon().get(clean)
    if entry is None:
        key = fold(clean)
        table = _folded_lexicon()
        entry = table.get(key)
        if entry is None and key.endswith("s") and len(key) > 4:
            entry = table.get(key[:-1])
    return entry


def seat_name(text: str) -> bool:
    """Whether the lexicon reads the name as a legislature's seat that many countries have
    ("Congress", "Capitol Hill": kind ``seat``): Washington's only in an American story."""
    entry = _lexicon_entry(text)
    return entry is not None and entry[1] == "seat"


def _named_after(m: Mention) -> bool:
    """A facility read as the place in its name."""
    return m.choice is not None and is_facility(m.text) and fold(m.choice.name) != fold(
        m.text) and _lexicon_entry(m.text) is None


def lexicon_candidates(gaz: Gazetteer, text: str) -> list[Candidate] | None:
    """The place an adjective, demonym or abbreviation names, or None when it is not one."""
    entry = _lexicon_entry(text)
    if entry is None:
        return None
    found = lexicon_target(gaz, *entry)
    return [found] if found is not None else None


STRONG_ALTERNATE_POP = 500_000  # "New York" for New York City: a big city's alternate name


def _strong(cands: list[Candidate]) -> list[Candidate]:
    return [c for c in cands if c.kind in ("country", "admin1", "region", "continent")
            or (c.main and c.population >= 5000) or c.population >= STRONG_ALTERNATE_POP]


_STREET = STREET_HEADS


def _whole(gaz: Gazetteer, text: str, landmarks: bool = True) -> list[Candidate]:
    lex = lexicon_candidates(gaz, text)
    if lex and (landmarks or lex[0].kind != "city"):
        return lex
    if lex:
        return []
    if country_lexicon.demonym_code(text):
        country = gaz.country(country_lexicon.demonym_code(text) or "")
        return [country] if country else []
    return candidates_for(gaz, text, embedded=False)


_ABROAD = {"embassy", "consulate", "mission"}
_QUARTER = {"quarter", "district"}
_SEAT = {"ministry", "parliament", "government", "foreign", "cabinet", "presidency"}


def embedded_candidates(gaz: Gazetteer, text: str) -> list[Candidate]:
    """Candidates for a place named inside a longer name, most specific reading first. A
    country's embassy is not in that country (none: the article's place); its ministries and
    parliament are in its capital."""
    folded = fold(text).split()
    sites = [i for i, w in enumerate(folded) if w in _ABROAD or w in FACILITY_WORDS]
    if sites and sites[-1] + 1 < len(folded) and folded[sites[-1] + 1] not in (
            "of", "to", "for", "and", "in"):
        # "British Embassy Tokyo", "Robinson College Cambridge": the building lies in the
        # place named after it
        rest = text.split()[sites[-1] + 1:]
        if len(rest) == len(folded) - sites[-1] - 1 and rest[0][:1].isupper() and not all(
                w.lower() in _DIRECTIONS for w in rest):
            found = _strong(_whole(gaz, " ".join(rest)))
            if found:
                return found
    found = _embedded(gaz, text)
    if found and found[0].kind == "country" and found[0].country:
        words = set(folded)
        if words & _ABROAD:
            return []
        first = text.split()[0]
        if (is_facility(text) or folded[-1] in _QUARTER) and not country_lexicon.is_country_name(
                first) and country_lexicon.demonym_code(first):
            # "French Quarter", "British International School": named after a country,
            # not in it
            return []
        if words & _SEAT:
            capital = gaz.capital_of(found[0].country)
            if capital is not None:
                return [capital]
    return found


def _embedded(gaz: Gazetteer, text: str) -> list[Candidate]:
    words = text.replace("\u2019", "'").split()
    if len(words) < 2:
        return []
    if words[0].lower() in _DIRECTIONS:
        found = _strong(_whole(gaz, " ".join(words[1:])))
        if found:
            return found
    for n in range(1, len(words)):
        tail = " ".join(words[n:])
        if words[n - 1][:1].isupper() and country_lexicon.is_country_name(tail):
            # "Nazi Germany", "Soviet Russia": the country under a qualifier
            country = gaz.country(country_lexicon.country_code(tail) or "")
            if country is not None:
                return [country]
    lowered = [w.lower() for w in words]
    if "of" in lowered[1:-1]:
        rest = words[len(lowered) - lowered[::-1].index("of"):]
        if rest and rest[0][:1].isupper() and not (len(rest) == 1 and rest[0].lower() in _FIELDS):
            found = _strong(_whole(gaz, " ".join(rest)))
            if found and not (is_facility(" ".join(words[:len(words) - len(rest) - 1]))
                              and found[0].kind in ("continent", "region")):
                # ("Mall of Asia", "Bank of America": not in the continent)
                return found
    for n in range(len(words) - 1, 0, -1):
        head = words[:n]
        tail = lowered[n:]
        if len(fold(" ".join(head)).replace(" ", "")) <= 2 and not head[0].isupper():
            continue  # "No. 2 Detention Centre": not a place called "No" ("US" is)
        if head[-1].lower() in ("of", "and", "the", "de") or not head[0][:1].isupper() or all(
                w.lower() in _DIRECTIONS for w in head) or (
                n == 1 and head[0].lower() in _ORG_TAIL | COURT_RANKS) or _saints_building(
                " ".join(head)):
            continue
        if not any(w.strip(".,'") in _ORG_TAIL for w in tail) and n < len(words) - 1:
            continue
        # "Broadway Street" is a town's street, not the landmark that stands for its city
        found = _strong(_whole(gaz, " ".join(head), landmarks=not set(tail) & _STREET))
        if found and len(tail) == 1 and tail[0] in _SETTLEMENT and found[0].kind in _LARGER:
            # "Tennessee Colony", "Pacific Grove": a town named after the state or sea
            return []
        if named_after_larger(words, found) or (found and len(tail) == 1 and tail[0] in (
                AREA_WORDS) and not _micro_state(found[0])):
            # "Vermont Knolls", "Texas Avenue", "Granada Hills": a neighbourhood or street
            # called after a state or town, not in it: in the article's place (it stands in)
            return []
        if found and is_facility(text) and found[0].kind in ("continent", "region"):
            continue  # "Atlantic Avenue", "Pacific Avenue": not the ocean
        if found:
            return found
    return []


_SETTLEMENT = {"colony", "city", "springs", "falls", "heights", "junction", "village", "center",
               "centre", "grove", "ridge", "hills", "beach", "harbor", "harbour", "port", "mills",
               "crossing", "township", "town", "landing", "station"}


# subjects in "Chamber of Commerce", "University of Technology": no place
_FIELDS = {"commerce", "technology", "science", "sciences", "arts", "music", "medicine", "law",
           "health", "education", "industry", "justice", "defence", "defense", "agriculture",
           "finance", "trade", "labour", "labor", "transport", "energy", "engineering",
           "management", "business", "economics", "design", "nursing", "pharmacy"}
_SAINTS = re.compile(r"^(?:St\.?|Saint|Ste\.?)\s+\w+'s$")


def _saints_building(text: str) -> bool:
    """"St Patrick's", "St. George's": a church, school or hospital named after the saint, not
    a place called after the saint."""
    return bool(_SAINTS.match(text.replace("\u2019", "'").strip()))


# compass words written after a street's name ("Washington Street West", "Main Street NW")
_STREET_SIDES = {"north", "south", "east", "west", "n", "s", "e", "w", "ne", "nw", "se", "sw",
                 "n.", "s.", "e.", "w.", "n.e.", "n.w.", "s.e.", "s.w.", "northeast",
                 "northwest", "southeast", "southwest", "extension", "ext", "ext."}


def name_words(text: str) -> list[str]:
    """The folded words of a name, without the compass words after a street's or building's
    name ("Washington Street West": washington street)."""
    words = fold(text).split()
    while len(words) > 2 and words[-1] in _STREET_SIDES and (
            words[-2].strip(".,") in _STREET_WORDS or words[-2] in FACILITY_WORDS):
        words.pop()
    return words


def is_street(text: str) -> bool:
    """A street's name ("Baltimore Avenue", "Lancaster Pike", "Cincinnati Road", "Washington
    Street West")."""
    words = name_words(text)
    return len(words) > 1 and words[-1].strip(".,") in _STREET_WORDS


def is_facility(text: str) -> bool:
    """A street or building name ("Royal Street", "White House", "City Hall", "Washington
    Street West")."""
    words = name_words(text)
    return len(words) > 1 and words[-1] in FACILITY_WORDS


def named_after_town(place: Place) -> bool:
    """A street or building read as the town or region its name recalls ("Barrington Avenue",
    "San Jose St.", "Savannah Avenue"): a town's street is called after another place, it does
    not lie in it;
    a place the text names as itself ("Barrington") or a place without a town reading is
    not."""
    text = place.evidence.text
    words = [w.casefold() for w in text.split()]  # "St." as written, not folded to "saint"
    while len(words) > 2 and words[-1] in _STREET_SIDES and words[-2].rstrip(".") in _STREET:
        words.pop()  # "Washington Street West"
    last = words[-1].rstrip(".") if len(words) > 1 else ""
    # ("St." folds to "saint": a street's abbreviation after a name)
    return (place.kind != "country" and (is_facility(text) or last in _STREET)
            and fold(text) != fold(place.name))


_STATE_BEFORE = re.compile(r"\b(?:state of|upstate|downstate|State of)\s+$")
_STATE_AFTER = re.compile(r"^\s+(?:[Ss]tate\b|[Gg]ov\.|[Gg]overnor\b|[Ll]egislature\b)")
_NEXT_NAME = re.compile(r"^\s*(?:,|and|or|&)\s+(?:the\s+)?((?:[A-Z][a-z]+\s?){1,2})")
_PREV_NAME = re.compile(r"((?:[A-Z][a-z]+\s?){1,2})\s*(?:,|and|or|&)\s+$")


def state_cue(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """The context calls the name a state: "New York State", "upstate New York", "the state of
    Washington", "New York and New Jersey" (coordinated with another state)."""
    before, after = text[max(0, start - 30):start], text[end:end + 40]
    if _STATE_BEFORE.search(before) or _STATE_AFTER.match(after):
        return True
    for match in (_NEXT_NAME.match(after), _PREV_NAME.search(before)):
        if match is None:
            continue
        name = match.group(1).strip()
        for cand in gaz.lookup(name, kinds={"admin1"}):
            if cand.main and not gaz.lookup(name, kinds={"city"})[:1]:
                return True
            if cand.main and all(c.population < 600_000 for c in gaz.lookup(name, kinds={"city"})):
                return True
    return False


PERSON_TOWN_POP = 100_000  # a name the tagger also reads as a person's: no main place below


def dominant(mentions: list[Mention]) -> Candidate | None:
    """The article's main place, within the country most of its places lie in: the town named
    most often, counting also the names of its division ("Chicago" + "Illinois"); else the most
    named division, region or country. Only names written as the place's own name count; a
    name the tagger also reads as a person's ("Noma") and is only a small town does not count."""
    persons = {fold(m.text) for m in mentions if m.label == "PERSON"}
    good = [m for m in mentions if m.choice is not None and not m.fallback and (
        m.choice.kind in ("country", "continent", "region") or m.choice.main) and not (
        fold(m.text) in persons and m.choice.kind == "city"
        and m.choice.population < PERSON_TOWN_POP)]
    countries: Counter = Counter()
    for m in good:
        if m.choice is not None and m.choice.country:
            # a building read as the town in its name ("Cairo Stadium", but also "Rogers
            # Centre" read as Rogers, Arkansas) counts half
            countries[m.choice.country] += 0.5 if _named_after(m) else 1.0
    home = countries.most_common(1)[0][0] if countries else None
    good = [m for m in good if m.choice and (home is None or m.choice.country in (home, None))]
    divisions: Counter = Counter()
    for m in good:
        c = m.choice
        if c is not None and c.kind in ("city", "admin1", "admin2") and c.admin1:
            divisions[(c.country_iso2, c.admin1)] += 1
    for kinds in (("city",), ("admin2", "admin1"), ("region",), ("country",)):
        counts: Counter = Counter()
        first: dict[int, Candidate] = {}
        for m in good:
            c = m.choice
            if c is not None and c.kind in kinds:
                counts[c.id] += 1 if _named_after(m) else 2
                first.setdefault(c.id, c)
        if counts:
            best = max(counts, key=lambda k: counts[k] + divisions.get(
                (first[k].country_iso2, first[k].admin1), 0))
            return first[best]
    return None


GENERIC_WORDS = {"river", "lake", "creek", "township", "park", "valley", "station", "mountain",
            "mount", "island", "islands", "hill", "hills", "bay", "harbor", "harbour", "beach",
            "springs", "heights", "village", "city", "town", "borough", "national"}

def candidates_for(gaz: Gazetteer, text: str, embedded: bool = True) -> list[Candidate]:
    """The gazetteer candidates of ``_candidates_for`` (memoised per gazetteer and text; the
    caller gets its own list)."""
    return list(_cached_candidates(gaz, text, embedded))

@lru_cache(maxsize=1 << 15)
def _cached_candidates(gaz: Gazetteer, text: str, embedded: bool) -> tuple[Candidate, ...]:
    return tuple(_candidates_for(gaz, text, embedded))

def _candidates_for(gaz: Gazetteer, text: str, embedded: bool = True) -> list[Candidate]:
    """Gazetteer candidates for a mention as written: place adjectives and abbreviations
    ("European", "EU"), countries (also from demonyms), abbreviations of states, names with the
    generic word dropped ("Neches River" -> Neches); with ``embedded``, a place named inside a
    longer name ("Dubai World Cup") when the whole name is unknown or a street or building."""
    lex = lexicon_candidates(gaz, text)
    if lex:
        return lex
    readings = admin_abbreviations().get(text.strip())
    if readings is not None:
        found = [gaz.admin1(cc, code) if code else gaz.country(cc) for cc, code in readings]
        return [c for c in found if c is not None]
    clean = text.strip().replace("\u2019", "'")
    if _saints_building(clean):
        return []
    if clean.endswith("'s"):
        clean = clean[:-2]
    out = _candidates(gaz, clean)
    if is_facility(clean) and all(c.kind == "city" and c.population < 50_000 for c in out):
        # a street or building is not a small town spelt the same way; a neighbourhood whose
        # own name the gazetteer carries ("Hunting Park", "Vermont Square") is that place
        words = fold(clean).split()
        out = [c for c in out if words[-1] in AREA_WORDS and c.main
               and fold(c.name) == fold(clean)]
    if _acronym(clean):
        # "OAS", "CHU": an organisation's initials, not a small town spelt the same way
        # or a district ("SWAT" is no district Swat)
        out = [c for c in out if c.kind not in ("city", "admin2")
               or (c.kind == "city" and c.population >= ACRONYM_TOWN_POP)]
    if not out and embedded:
        out = embedded_candidates(gaz, clean)
    return out

ACRONYM_TOWN_POP = 100_000

def _acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()

def _own_division(gaz: Gazetteer, clean: str) -> bool:
    """A country name that is also the main name of a first-level division of another name
    ("England", "Scotland": parts of the United Kingdom)."""
    iso3 = country_lexicon.country_code(clean)
    country = gaz.country(iso3) if iso3 else None
    if country is None or fold(country.name) == fold(clean):
        return False
    return any(c.main and c.country == iso3 for c in gaz.lookup(clean, kinds={"admin1"}))

def _candidates(gaz: Gazetteer, clean: str) -> list[Candidate]:
    out: list[Candidate] = []
    division = _own_division(gaz, clean)
    if (country_lexicon.is_country_name(clean) or country_lexicon.demonym_code(clean)) and \
            not division:
        iso3 = country_lexicon.country_code(clean)
        country = gaz.country(iso3) if iso3 else None
        if country is not None:
            out.append(country)
            if not country_lexicon.is_country_name(clean):
                return out
    found = gaz.lookup(clean)
    if not found and clean.lower().startswith("the "):
        found = gaz.lookup(clean[4:])
    if not found:
        found = division_named(gaz, clean)
    if not found:
        words = clean.split()
        if words and words[-1].lower() in ("co.", "co", "cty", "cty."):
            found = gaz.lookup(" ".join([*words[:-1], "County"]))
        elif len(words) == 1:
            found = gaz.lookup(f"{clean} County", kinds={"admin2"}) or gaz.lookup(
                f"{clean} Parish", kinds={"admin2"})
        if not found and len(words) > 1:
            core = [w for w in words if w.lower() not in GENERIC_WORDS]
            if core and len(core) < len(words):
                found = [c for c in gaz.lookup(" ".join(core))
                         if c.kind != "country" and c.main]
                if fold(words[-1]) in AREA_WORDS:
                    # "Granada Hills", "Vermont Heights": neither the division of the name nor
                    # one of its towns
                    found = []
                # "Lake Vermont", "Ontario Lake": a lake or river is not the state of the name
                found = [c for c in found if c.kind not in _LARGER]
                found = [dataclasses.replace(c, main=False, population=min(c.population, 1000))
                         for c in found]
    if division:
        found = [c for c in found if c.kind != "country"]
    seen = {c.id for c in out}
    out.extend(c for c in found if c.id not in seen)
    return _drop_twins(out)

# words for a first-level or second-level division written after its name ("Marib province",
# "the coastal state of Sucre" written "Sucre state"); not "county", "parish" (``_candidates``)
DIVISION_TAILS = frozenset({"province", "region", "state", "governorate", "department",
                            "oblast", "prefecture", "territory", "republic", "district"})
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                     "western", "central", "northeast", "northwest", "southeast", "southwest",
                     "north-east", "north-west", "south-east", "south-west", "far"})


def division_named(gaz: Gazetteer, clean: str) -> list[Candidate]:
    """The division a name with a division's word after it names, where the gazetteer lacks
    the whole name ("Marib province", "Magway region"): the first-level division of the
    name, else the second-level one or the town it is named after (most such divisions are
    named after their seat); not a compass point ("the West region": ``fragments``)."""
    words = clean.split()
    if len(words) < 2 or words[-1].lower() not in DIVISION_TAILS or not words[-2][:1].isupper():
        return []
    core = " ".join(words[:-1])
    if fold(core) in COMPASS or core.lower().startswith("the "):
        return []
    return gaz.lookup(core, kinds={"admin1"}) or [
        c for c in gaz.lookup(core) if c.kind in ("admin2", "city") and c.main]


def _drop_twins(cands: list[Candidate]) -> list[Candidate]:
    """A division named like a city at the same spot ("Paris" department and city): the city."""
    cities = [c for c in cands if c.kind == "city" and c.main]
    if not cities:
        return cands
    return [c for c in cands if c.kind not in ("admin1", "admin2") or not any(
        t.country == c.country and km(t, c) < 60 for t in cities)]
