"""Rules applied around the scoring in ``resolve.resolve``: acronyms of places the
article names in full, a bare county name, state versus city of the same name, hamlets of
another country that stand for a local name the gazetteer lacks, and divisions named by a
compass word read in another country ("the Northern Region" of a story from Malawi); the town
written after a name we cannot place."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from sitrep.extract.places.names import (
    COMPASS,
    DIVISION_TAILS,
    GENERIC_WORDS,
    lexicon_target,
    state_cue,
)
from sitrep.resources import read_tsv
from sitrep.resources.gazetteer import Candidate, Gazetteer
from sitrep.resources.gazetteer_build import fold

if TYPE_CHECKING:
    from sitrep.extract.places.mention import Mention

DIVISION_WORDS = {"county", "parish", "province", "state", "region", "district", "governorate",
                   "oblast", "prefecture", "department", "borough", "township", "municipality"}


STRAY_POP = 5000


def stray_hamlet(m: Mention, main: Candidate, gaz: Gazetteer) -> bool:
    """A name whose only readings are hamlets in another country than the article's main
    place ("Glenrock" in an article about New South Wales: not Glenrock, Wyoming): a local
    name the gazetteer does not carry, in the article's place."""
    if m.container is not None or main.country is None or m.choice is None:
        return False
    if not all(c.kind == "city" and c.population < STRAY_POP and c.country != main.country
               for c in m.candidates):
        return False
    capital = gaz.capital_of(m.choice.country) if m.choice.country else None
    return capital is None or capital.id != m.choice.id  # Vatican City is no hamlet


_DESCRIPTIVE = (GENERIC_WORDS | {"side", "township"}) - {"city"}


def generic_reading(m: Mention, fixed: set[int]) -> bool:
    """A town read by one of its alternate names, or with the generic word of the name dropped,
    for a name that holds a generic word ("Kanawha River", "Jackson Township", "South Side")."""
    c = m.choice
    return (c is not None and c.kind == "city" and not c.main and m.container is None
            and id(m) not in fixed and bool(set(fold(m.text).split()) & _DESCRIPTIVE))


_LARGE = frozenset({"admin1", "admin2", "region"})


def stray_compass_division(m: Mention, main: Candidate, mentions: list[Mention],
                           fixed: set[int]) -> bool:
    """A division named by a compass word alone ("the Northern Region", "Eastern province",
    "Central") read in another country than the article's main place, where no other name of
    the article lies in that country ("Northern Region police said" in a story from Mzuzu,
    Malawi: not Uganda's Northern Region): many countries have such a division, and the
    gazetteer lacks some; it is the article's own."""
    c = m.choice
    if (c is None or c.kind not in _LARGE or main.country is None or c.country is None
            or c.country == main.country or m.container is not None or id(m) in fixed):
        return False
    words = [w for w in fold(m.text).split() if w != "the"]
    if words and words[-1] in DIVISION_TAILS:
        words = words[:-1]
    if not words or not all(w in COMPASS for w in words):
        return False
    return not any(o.choice is not None and o.choice.country == c.country and o is not m
                   and fold(o.text) != fold(m.text) for o in mentions)


_COUNTY_WORDS = ("county", "parish", "borough")


def county_by_bare_name(mentions: list[Mention]) -> None:
    """"Suffolk" in an article that names "Suffolk County": that county, unless the bare name
    was tied to a region of its own ("Suffolk, Va.")."""
    counties: dict[str, Candidate] = {}
    for m in mentions:
        words = fold(m.text).split()
        if len(words) > 1 and words[-1] in _COUNTY_WORDS and m.choice is not None and (
                m.choice.kind == "admin2"):
            counties.setdefault(" ".join(words[:-1]), m.choice)
    if not counties:
        return
    for m in mentions:
        county = counties.get(fold(m.text))
        if county is not None and m.container is None and m.choice is not None and (
                m.choice.kind == "city") and m.choice.id != county.id:
            m.choice = county


_LIST_TAIL = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:[A-Z][\w.'\-]*\s?){1,2}")
_PLURAL_DIVISION = re.compile(
    r"\s*,?\s*(counties|parishes|townships|states|provinces|regions|districts|governorates|"
    r"prefectures|oblasts)\b")
_SINGULAR = {"counties": "County", "parishes": "Parish", "townships": "Township"}
# first-level (or, for districts, either level) divisions named in a list: "Edo and Ondo
# states", "the North and South Kivu provinces"
_PLURAL_KINDS = {"states": {"admin1"}, "provinces": {"admin1"}, "regions": {"admin1"},
                 "governorates": {"admin1"}, "prefectures": {"admin1"}, "oblasts": {"admin1"},
                 "districts": {"admin1", "admin2"}}


def listed_divisions(gaz: Gazetteer, m: Mention, text: str | None) -> list[Candidate]:
    """"Clarke, Madison, Oconee and Oglethorpe counties": a name in a list that ends in a
    plural division word is that division ("Oglethorpe County"), not a town of the name (nor a
    town of the next name: "Butler, Clark" there is no "Town, Region"); the divisions of the
    name in every state are the candidates (the article's places choose)."""
    if not text:
        return []
    pos = m.end
    for _ in range(12):  # the rest of the list, name by name
        tail = _PLURAL_DIVISION.match(text, pos)
        if tail is not None and tail.group(1) in _PLURAL_KINDS:
            if any(c.kind in ("region", "country", "continent") for c in m.candidates):
                return []  # "the Gulf states", "the Baltic states": the region's states
            kinds = _PLURAL_KINDS[tail.group(1)]
            key = fold(m.text)
            return [c for c in gaz.lookup(m.text, kinds=kinds) if c.main or fold(c.name) == key
                    ] or [c for c in candidates_for_division(gaz, m.text, tail.group(1), kinds)]
        if tail is not None:
            word = _SINGULAR[tail.group(1)]
            return gaz.lookup(f"{m.text} {word}", kinds={"admin2"}) or (
                gaz.lookup(f"{m.text} {word}", kinds={"city"}) if word == "Township" else [])
        more = _LIST_TAIL.match(text, pos)
        if more is None:
            return []
        pos = more.end() - (1 if text[more.end() - 1].isspace() else 0)
    return []


def candidates_for_division(gaz: Gazetteer, name: str, plural: str,
                            kinds: set[str]) -> list[Candidate]:
    """The divisions called "<name> State", "<name> Province", ... (the singular of the list's
    plural word)."""
    return gaz.lookup(f"{name} {plural[:-1]}", kinds=kinds) if plural.endswith("s") else []


def _initials(name: str) -> str:
    words = [w for w in fold(name).split() if w not in ("of", "and", "the")]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def expand_acronyms(mentions: list[Mention]) -> None:
    """An acronym of a place the article names in full ("SA" after "South Africa"): that
    place, unless the acronym is itself a strong name (a country code, a big town)."""
    full: dict[str, Candidate] = {}
    for m in mentions:
        if m.candidates and not m.text.isupper():
            top = m.candidates[0]
            if top.kind in ("country", "admin1", "region") and (
                    _initials(m.text) or _initials(top.name)):
                full.setdefault(_initials(m.text) or _initials(top.name), top)
    if not full:
        return
    for m in mentions:
        text = m.text.replace(".", "")
        if not (2 <= len(text) <= 4 and text.isalpha() and text.isupper()):
            continue
        target = full.get(text)
        if target is None or any(c.id == target.id for c in m.candidates[:1]):
            continue
        if any(c.kind in ("country", "admin1") or (c.main and c.population >= 100_000)
               for c in m.candidates):
            continue
        m.candidates = [target]


METROPOLIS_POP = 5_000_000  # a city of this size is what its state's name alone means


def _spelling_of(written: str, name: str) -> bool:
    """Whether the words written are another spelling of the city's own name ("Basra" for
    Basrah, capital of the governorate of that name), not a part of a longer name ("Oklahoma"
    for Oklahoma City, "Morelos" for Ecatepec de Morelos) or another name ("Bahia" for
    Salvador): as many words, and nearly the same letters."""
    a, b = fold(written), fold(name)
    return len(a.split()) == len(b.split()) and SequenceMatcher(None, a, b).ratio() >= 0.8


def city_not_state(m: Mention, gaz: Gazetteer, text: str | None) -> Candidate | None:
    """"New York", "Washington", "Lagos": the big city of the state's name, unless the words
    around it or the name itself say state. The city must bear the name as its own ("Lagos",
    "Washington"), or be a metropolis that the name alone calls up ("New York"): a state's name
    that is only another name of its capital ("Oklahoma" for Oklahoma City, "Bahia" for
    Salvador) or of some town ("Morelos" for Ecatepec de Morelos) is the state."""

    if set(fold(m.text).split()) & DIVISION_WORDS:
        return None
    assert m.choice is not None
    cities = [c for c in m.candidates if c.kind == "city" and c.country == m.choice.country
              and c.population >= 600_000 and (c.main or c.population >= METROPOLIS_POP
                                               or _spelling_of(m.text, c.name))]
    if not cities:
        return None
    if text is not None and state_cue(text, m.start, m.end, gaz):
        return None
    return max(cities, key=lambda c: c.population)


_DC = re.compile(r",?\s*(?:D\.\s?C\.|DC\b)")


def state_not_city(m: Mention, gaz: Gazetteer, text: str | None,
                    stated: set[int]) -> Candidate | None:
    """"states such as California or Washington", "at home in Washington" in an article that
    placed a town in the state ("Camp Murray, Wash."): the state, not the city of the name,
    unless the city lies in that state ("New York" after "Albany, N.Y.")."""

    assert m.choice is not None
    city = m.choice
    states = [c for c in m.candidates if c.kind == "admin1" and c.main
              and c.country == city.country and fold(c.name) == fold(m.text)]
    if not states:
        return None
    state = states[0]
    if city.admin1 == state.admin1:
        return None
    if text is not None and _DC.match(text, m.end):
        return None
    if state.id in stated:
        return state
    if text is not None and state_cue(text, m.start, m.end, gaz):
        return state
    return None


_LINK = re.compile(r"\s*,?\s*(?:in|at|near|outside|of)\s+(?:the\s+)?$|\s*,\s*$",
                   re.IGNORECASE)


_IN_TOWN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$",
                      re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+[\"'\u201c\u2018(]*[A-Z]")
# a casualty carried to care between a street and a town: the town is the hospital's ("shot on
# Elm Street and taken to Mercy Hospital in Dover"), not the street's
_CARRIED = re.compile(
    r"\b(?:taken|took|rushed|transported|airlifted|flown|flew|driven|drove|brought|carried|"
    r"evacuated|transferred|sent|whisked|ferried|admitted|hurried)\b(?:\s+\w+){0,3}?\s+"
    r"(?:to|into)\b", re.IGNORECASE)
SAME_CLAUSE_CHARS = 100


def local_place(m: Mention, mentions: list[Mention], text: str | None) -> Candidate | None:
    """The town (or county) written right after a name the gazetteer cannot place ("Alder Hey
    Children's Hospital in Liverpool", "Collins Avenue, Miami Beach"), else the first town
    written with "in" or "at" later in the same sentence ("the Museum of Ice Cream is opening
    on Collins Avenue in Miami Beach", "the Lukeoil gas station in Riverdale"): a better
    stand-in than the article's main place. Not past a casualty carried to care ("shot on Elm
    Street and taken to a hospital in Dover": Dover is the hospital's town)."""
    if not text:
        return None
    for o in mentions:
        if o.start < m.end or o.start - m.end > 12 or o.choice is None or o.fallback:
            continue
        if o.choice.kind in ("city", "admin2") and _LINK.fullmatch(text, m.end, o.start):
            return o.choice
    for o in sorted(mentions, key=lambda x: x.start):
        if o.start < m.end or o.choice is None or o.fallback:
            continue
        if o.start - m.end > SAME_CLAUSE_CHARS or _SENTENCE_END.search(
                text, m.end, o.start) or _CARRIED.search(text, m.end, o.start):
            break
        if o.choice.kind in ("city", "admin2") and _IN_TOWN.search(
                text, max(m.end, o.start - 20), o.start):
            return o.choice
    return None


# country-code domains sold as generic names ("news.tv", "app.io"): no country
_GENERIC_TLDS = {"tv", "io", "co", "me", "fm", "ly", "ai", "cc", "ws", "to", "gg", "nu", "ag",
                 "am", "sh", "so", "la", "im", "st", "vc", "eu", "gl", "ms", "tk", "ac", "cd",
                 "mu", "is"}
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://)?(?:[^@/]*@)?([^/:?#]+)", re.IGNORECASE)


def home_country(url: str | None) -> str | None:
    """ISO3 of the country a source is based in, from the country-code domain of its web
    address ("thecourier.co.uk" -> GBR, "nzherald.co.nz" -> NZL); None for generic domains
    (".com", ".org") and country codes sold as generic names (".tv", ".io")."""
    if not url:
        return None
    match = _HOST.match(url.strip())
    if match is None:
        return None
    tld = match.group(1).rstrip(".").rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or not tld.isalpha() or tld in _GENERIC_TLDS:
        return None
    import pycountry

    found = pycountry.countries.get(alpha_2="GB" if tld == "uk" else tld.upper())
    return found.alpha_3 if found is not None else None


_WORD = re.compile(r"[a-z]+")


def _spellings() -> tuple[frozenset[str], frozenset[str]]:

    rows = read_tsv("spelling_variants.tsv")
    return (frozenset(r["british"] for r in rows if r["british"]),
            frozenset(r["american"] for r in rows if r["american"]))


_SPELLINGS: tuple[frozenset[str], frozenset[str]] | None = None


def british_spelling(text: str | None) -> bool:
    """The article spells the British way ("organised", "centre", "defence") at least twice
    and the American way at most a third as often: written outside the United States."""
    global _SPELLINGS
    if not text:
        return False
    if _SPELLINGS is None:
        _SPELLINGS = _spellings()
    british, american = _SPELLINGS
    words = _WORD.findall(text.lower())
    gb = sum(map(british.__contains__, words))
    us = sum(map(american.__contains__, words))
    return gb >= 2 and gb >= 3 * us


_TEAMS: list[tuple[re.Pattern[str], str, str, frozenset[str]]] | None = None
_RUN = re.compile(r"\w+")


def team_towns(gaz: Gazetteer, text: str | None) -> dict[str, Candidate]:
    """Folded town name -> town, for the teams named after their town that the article names
    ("the Portland Trail Blazers": Portland, Oregon; sports_teams.tsv).

    A team's name is searched only in an article that has each run of word characters of the
    name as a whole run of its own (the name matches between word bounds, so its runs are runs
    of the text): one scan of the text for its runs, where a regex search ran for every team
    whose town the article names ("New York", "Washington")."""
    global _TEAMS
    if not text:
        return {}
    if _TEAMS is None:

        _TEAMS = [(re.compile(r"\b" + re.escape(r["team"]) + r"\b"), r["place"], r["target"],
                   frozenset(_RUN.findall(r["team"]))) for r in read_tsv("sports_teams.tsv")]

    runs = set(_RUN.findall(text))
    out: dict[str, Candidate] = {}
    for pattern, place, target, words in _TEAMS:
        if words <= runs and place in text and pattern.search(text):
            town = lexicon_target(gaz, target, "city")
            if town is not None:
                out.setdefault(fold(place), town)
    return out
