"""The country of an actor from the places it is named after, and from its context.

- ``place_country(words)``: the country of a place name standing before a group noun or title
  ("Ohio lawmakers", "the Texas Supreme Court", "Borno State officials", "Bavaria's interior
  minister"): the longest run of leading capitalised words that GeoNames knows as a first-level
  division, a region or a city (most populous first; a city must be a real town, not a hamlet
  sharing a common word's spelling; a town of unknown size only when named by several words,
  "Tal Afar"; a division name that several countries share about equally, "Western",
  "Northern", "Central", names none of them; a division named after a seat smaller than a
  namesake city abroad gives way to that city: "St. Louis" is not Senegal's Saint-Louis region;
  a region across countries names none of its smaller namesakes: "Sahel"). A regional demonym is read as its region ("Tigrayan" ->
  Tigray, "Bavarian" -> Bavaria, "Sindhi" -> Sindh): provinces, states and ethnic regions map
  to their country through the GeoNames hierarchy, not through a list of ours.
- ``entity_label(text)``: the spaCy entity label of an isolated name ("PERSON", "ORG", ...);
  ``names_a_people(text)``: whether it ends in a plural proper noun ("Crimean Tatars").
- ``publication_country(source, url)``: the country of the publication: the country domain of
  its web address (".hu", ".com.tr", ".co.uk"; not the country domains sold as generic ones:
  ".tv", ".io", ".co", ...), else a country, demonym, capital, province or town in its name
  ("The Ghanaian Chronicle", "Lagos Evening Post", "The Kerala Courier").
- ``context_country(context)``: the country a short context is about: the country names,
  demonyms and capitals of the actor lexicon first, then the places (GPE, LOC, FAC, NORP
  entities) the model finds in it, by the gazetteer; the most frequent wins, ties to the first.
- ``dominant_country(context, phrase)``: the country a context is about for an actor whose own
  words name none: its dateline (``dateline_country``, ``town_country``: "KAMPALA, Uganda (AP)
  -", "SANFORD, N.C. -"; a dateline's town is a town, "LEBANON (AP)" is Lebanon, Ohio) weighs
  three, each other country, demonym, capital, person or organisation one, twice in the
  phrase's own sentence; not a maker's or a backer's country.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from urllib.parse import urlsplit

import pycountry

from sitrep.extract.actors.lexicon import Mention, get_matcher
from sitrep.extract.places.fragments import JOINERS
from sitrep.extract.places.mention import admin_abbreviations
from sitrep.nlp.scans import entities
from sitrep.resources import noun_classes

PLACE_KINDS = {"admin1", "region", "city"}
MIN_CITY_POPULATION = 15_000  # below this a capitalised word is more often not the town
MIN_FAMOUS_POPULATION = 100_000  # a city that outweighs a division's seat of the same name
DIVISION_WORDS = {"state", "province", "region", "district", "county", "governorate",
                  "oblast", "prefecture", "territory", "department", "regional", "provincial"}
# country domains sold and used as generic ones: they name no country of publication
GENERIC_DOMAINS = {"ac", "ai", "am", "cc", "co", "fm", "gg", "io", "la", "ly", "me", "nu",
                   "sh", "tk", "to", "tv", "vc", "ws", "eu", "su"}
DEMONYM_ENDING = re.compile(r"(?:an|i|ese|ish|ic)$")
_WORD = re.compile(r"[^\W\d_][\w\-.]*(?:'s|\u2019s)?")


def _candidates(name: str) -> list:
    from sitrep.resources.gazetteer import get_gazetteer

    return get_gazetteer().lookup(name, kinds=PLACE_KINDS)


@lru_cache(maxsize=20_000)
def name_country(name: str, demonym: bool = True, cities: bool = True,
                 min_city: int = MIN_CITY_POPULATION, prefer: str | None = None) -> str | None:
    """Country (ISO3) of a place name, or of the region a regional demonym names; towns count
    only with ``cities`` (where the text itself says the word is a place). A division name that
    several countries share about equally ("Western", "Northern", "Central": provinces of
    Uganda, Ghana, Zambia, ...) names none of them; nor does a region across several countries
    ten times as populous as a namesake ("Sahel": not Burkina Faso's Sahel province). A town
    counts from ``min_city`` inhabitants; a place by its own name comes before a larger one
    that has it only as an alternate name, unless five times as large. A division or town of
    this name in ``prefer`` (the country the text is about) comes first: "Punjab" in an Indian
    story is India's state, not Pakistan's province."""
    if prefer is not None and any(
            c.country == prefer and c.main
            and (c.kind != "city" or cities and c.population >= min_city)
            for c in _candidates(name)):
        return prefer
    if _shared_division(name):
        return None
    region = 0  # the population of a region across countries of this name
    found = []
    for candidate in _candidates(name):
        if candidate.kind == "region" and candidate.country is None and candidate.main:
            region = max(region, candidate.population)
        if candidate.country and candidate.population * 10 < region:
            break  # "Sahel": the region, not a province of Burkina Faso
        if candidate.country and (candidate.kind != "city" or cities and (
                candidate.population >= min_city
                # a town of unknown size named by several words ("Tal Afar")
                or candidate.population == 0 and " " in name)):
            found.append(candidate)
    if found:
        # a place by its own name before one that has it only as an alternate name, unless
        # that one is five times as populous ("Venice" is Venice, not Dayton; "Odessa" Odesa)
        best = next((c for c in found if c.main
                     and found[0].population < 5 * max(c.population, 1)), found[0])
        rival = _famous_namesake(name, best) if cities else None
        return rival or best.country
    if region:
        return None
    if not demonym or len(name) < 5 or " " in name:
        return None
    # "Tigrayan" -> Tigray, "Bavarian" -> Bavaria, "Californian" -> California, "Sindhi"
    stems = [name[:-1], name[:-2], name[:-2] + "a", name[:-2] + "y", name[:-2] + "o"] \
        if name.endswith("an") else [name[:-1]] if name.endswith("i") else []
    for stem in stems:
        for candidate in _candidates(stem):
            if candidate.country and candidate.kind in ("admin1", "region"):
                return candidate.country
    return None


def _famous_namesake(name: str, division: object) -> str | None:
    """The country of a city more populous than the seat of the division ``division`` named
    after it ("St. Louis": the US city, not the Senegalese region around the smaller
    Saint-Louis), else None (a division with no seat of its name keeps it: "Victoria")."""
    if getattr(division, "kind", None) != "admin1":
        return None
    cities = [c for c in _candidates(name) if c.kind == "city" and c.main and c.country]
    seat = max((c.population for c in cities if c.country == division.country), default=0)
    rival = max((c for c in cities if c.country != division.country),
                key=lambda c: c.population, default=None)
    if seat and rival is not None and rival.population > seat \
            and rival.population >= MIN_FAMOUS_POPULATION:
        return rival.country
    return None


# how many times as populous as any namesake a division must be to keep its name to itself
DOMINANT_DIVISION = 100


def _shared_division(name: str) -> bool:
    """Whether the first-level divisions and regions of this name lie in three countries or
    more, or in two where the larger is less than three times as populous as the other; not
    when one of them is a hundred times as populous as any other ("Florida": the US state of
    16 million, not Uruguay's department of 50,000 or a Puerto Rican municipality)."""
    best: dict[str, int] = {}
    for candidate in _candidates(name):
        if candidate.kind in ("admin1", "region") and candidate.country and candidate.main:
            best[candidate.country] = max(best.get(candidate.country, 0), candidate.population)
    sizes = sorted(best.values(), reverse=True)
    if len(sizes) >= 2 and sizes[0] >= DOMINANT_DIVISION * max(sizes[1], 1):
        return False
    return len(sizes) >= 3 or len(sizes) == 2 and sizes[0] < 3 * sizes[1]


def place_country(text: str, cities: bool = True,
                  min_city: int = MIN_CITY_POPULATION, prefer: str | None = None) -> str | None:
    """Country of the place named by the leading capitalised words of ``text`` (towns only
    with ``cities``: "Federal", "Independence" are towns too; and from ``min_city``
    inhabitants; a place of that name in ``prefer`` first)."""
    words: list[str] = []
    joining: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[:1].isupper():
            if words and word in JOINERS and len(joining) < 2:
                joining.append(word)  # "San Pedro de Macorís", "Ciudad del Este"
                continue
            break
        words += joining
        joining = []
        words.append(re.sub(r"(?:'s|\u2019s)$", "", word))
        if word != words[-1]:
            break  # a possessive ends the name
    while words and words[-1].lower() in DIVISION_WORDS and len(words) > 1:
        words.pop()
    for n in range(len(words), 0, -1):
        if n < len(words) and words[n - 1].lower() in COMPASS:
            # "West Yorkshire", "North Wales": the part named after the compass word, never the
            # compass word alone (Cameroon's West region)
            country = name_country(" ".join(words[n:]), cities=cities,
                                   min_city=max(min_city, MIN_FAMOUS_POPULATION),
                                   prefer=prefer)
            if country:
                return country
            continue
        # a common word ("Rapid Action Battalion", "Eagle Squadron") names a town only when
        # the town is a large one ("Buffalo police", "Reading council")
        common = n == 1 and noun_classes().get(words[0].lower()) not in (None, "location")
        country = name_country(" ".join(words[:n]), demonym=n == 1, cities=cities,
                               min_city=max(min_city, MIN_FAMOUS_POPULATION) if common
                               else min_city, prefer=prefer)
        if country:
            return country
    return None


COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
           "central", "upper", "lower", "greater", "north-east", "north-west", "south-east",
           "south-west", "northeast", "northwest", "southeast", "southwest"}


# The model's layers multiply with numpy's BLAS, which the pipeline runs on one thread while it
# parses (``one_blas_thread``); an isolated name is parsed later, during extraction, where BLAS
# would start its threads for a few tokens: about 30 ms of CPU a name instead of 2 ms. So it is
# parsed on one thread too.


@lru_cache(maxsize=4096)
def _doc_entities(text: str) -> tuple[tuple[str, str], ...]:
    from sitrep.nlp.model import get_nlp, one_blas_thread

    with one_blas_thread():
        doc = get_nlp()(text)
    return tuple((ent.text, ent.label_) for ent in entities(doc))


@lru_cache(maxsize=4096)
def _last_tag(text: str) -> str:
    from sitrep.nlp.model import get_nlp, one_blas_thread

    with one_blas_thread():
        doc = get_nlp()(text)
    return doc[-1].tag_ if len(doc) else ""


def framed_entity_label(text: str, before: str, after: str) -> str | None:
    """The label the model gives all of ``text`` (an isolated name) written between ``before``
    and ``after`` (a plain sentence around it), else None."""
    for name, label in _doc_entities(before + text + after):
        if name == text:
            return label
    return None


def names_a_people(text: str) -> bool:
    """Whether an isolated name is an adjective of a people or a place and a plural proper
    noun ("Crimean Tatars", "Sahrawi Arabs"): a people or a group, not one person ("Maria
    Lopes", whose surname the tagger may also read as a plural, keeps a first name)."""
    words = text.split()
    return len(words) == 2 and DEMONYM_ENDING.search(words[0]) is not None \
        and _last_tag(text.strip()) == "NNPS"


def entity_label(text: str) -> str | None:
    """The label of the entity that covers all of ``text`` (an isolated name), else None."""
    ents = _doc_entities(text)
    if len(ents) == 1 and len(ents[0][0]) >= len(text.strip()) - 4:
        return ents[0][1]
    return None


def names_country(text: str) -> bool:
    """Whether a phrase names a country in its own words ("Peruvian police", "the Kenyan
    army"; not "Police", "the authorities", whose country the article lends them)."""
    return any(m.kind in ("country", "demonym", "capital") and m.entry.country
               for m in get_matcher().find(text))


def context_country(context: str) -> str | None:
    """The country a context is about (see the module docstring)."""
    votes: Counter[str] = Counter()
    order: dict[str, int] = {}
    for m in get_matcher().find(context):
        if m.kind in ("country", "demonym", "capital", "person", "surname") and m.entry.country:
            votes[m.entry.country] += 1
            order.setdefault(m.entry.country, m.start)
    if not votes:
        for text, label in _doc_entities(context):
            if label not in ("GPE", "LOC", "FAC", "NORP"):
                continue
            country = place_country(text.removeprefix("the ").removeprefix("The "))
            if country:
                votes[country] += 1
                order.setdefault(country, context.find(text))
    if not votes:
        # places the model did not label: capitalised words inside a sentence
        for match in re.finditer(r"(?<=[a-z,;:] )((?:[A-Z][\w\-']+ ?){1,3})", context):
            country = place_country(match.group(1))
            if country:
                votes[country] += 1
                order.setdefault(country, match.start())
    if not votes:
        return None
    return max(votes, key=lambda c: (votes[c], -order[c]))


def _domain_country(url: str) -> str | None:
    from sitrep.resources.gazetteer import get_gazetteer

    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return None
    label = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(label) != 2 or label in GENERIC_DOMAINS:
        return None
    return get_gazetteer().iso3("GB" if label == "uk" else label.upper())


@lru_cache(maxsize=4096)
def publication_country(source: str | None, url: str | None) -> str | None:
    """The country of a publication (see the module docstring), or None."""
    if url:
        country = _domain_country(url)
        if country:
            return country
    if not source or not source.strip():
        return None
    for m in get_matcher().find(source):
        if m.kind in ("country", "demonym", "capital", "org") and m.entry.country \
                and m.entry.country not in ("UNO", "EUR", "IGO", "NGO"):
            return m.entry.country
    words = re.findall(r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*", source)
    for phrase in words:
        tokens = phrase.split()
        for i in range(len(tokens)):
            country = place_country(" ".join(tokens[i:]))
            if country:
                return country
    return None


# "Iranian-made drones", "US-supplied howitzers": the country names the maker, not the user
MAKER = re.compile(r"-(?:made|built|supplied|designed|manufactured|produced|provided|donated|"
                   r"developed|sold|licensed)\b", re.I)
# "Iran-backed Houthi rebels", "Rwanda-backed M23 rebels": the country names a backer; the
# group's own country, where the phrase names one too, is the actor's
BACKER = re.compile(r"-(?:backed|supported|sponsored|funded|financed|armed|trained|allied|"
                    r"aligned|affiliated|linked|inspired|controlled|installed)\b", re.I)
# a dateline at the start of a context or of one of its sentences: a town in capitals, maybe
# its country and the agency, then a dash or a colon ("KAMPALA, Uganda (AP) \u2014", "OSLO -")
DATELINE_START = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))[ \t]*([A-Z][A-Z'\u2019.\-]{2,}(?:[ \t][A-Z][A-Z'\u2019.\-]*){0,3})"
    r"(?:,[ \t]*([A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,2}))?[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?"
    r"(?:--|[-\u2013\u2014:_])")
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
DATELINE_WEIGHT = 3  # where the report was filed outweighs a foreign name or two in it
OWN_SENTENCE_WEIGHT = 1  # a name in the phrase's own sentence counts once more


def town_country(dateline: str) -> str | None:
    """The country of a dateline's text ("KAMPALA, Uganda (AP) —" -> UGA, "OSLO -" -> NOR,
    "Kabul, Afghanistan (AP) -" -> AFG): a country or capital named in it, else its town."""
    text = re.sub(r"\([^)]*\)", " ", dateline)
    parts = [p.strip(" \t-–—:_") for p in text.split(",")]
    town = parts[0].title() if parts[0].isupper() else parts[0]
    state = parts[1] if len(parts) > 1 else ""
    # a state's abbreviation after the town ("CARTHAGE, N.C.", "Macon, GA"): its country; of
    # several readings, the one with a town of that name ("PERTH, WA": Western Australia)
    codes = [pycountry.countries.get(alpha_2=iso2) for iso2, _ in
             admin_abbreviations().get(state.split(" ")[0], [])] if state else []
    codes = [str(c.alpha_3) for c in codes if c is not None]
    if codes:
        return next((c for c in codes if len(codes) > 1
                     and name_country(town, prefer=c) == c), codes[0])
    # a country or a state written in full after the town first ("PARIS, Texas"), then the
    # town ("ST. LOUIS, Mo.": "Mo." is a US state's abbreviation, no place of ours)
    spelt = state if len(state) >= 4 and "." not in state else ""
    for words, places in ((state, False), (spelt, True), (town, True)):
        if not words:
            continue
        # the whole words name it ("New Mexico" is no Mexico); a dateline's town is a town
        # ("LEBANON (AP) -" is Lebanon, Ohio, not the country)
        kinds = ("capital",) if places and words == town else ("country", "capital", "demonym")
        named = [m.entry.country for m in get_matcher().find(words)
                 if m.kind in kinds and m.entry.country
                 and m.start == 0 and m.end >= len(words.rstrip("."))]
        country = named[0] if named else name_country(words) if places else None
        if country:
            return country
    return None


def dateline_country(context: str) -> str | None:
    """The country of a dateline in ``context`` ("NAIROBI, Kenya (Reuters) -" -> KEN,
    "OSLO -" -> NOR), else None."""
    for match in DATELINE_START.finditer(context):
        country = town_country(match.group())
        if country:
            return country
    return None


# a body's name followed by the place it sits in ("the Congress in Lima")
_SITS_IN = re.compile(r"\s+in\s+(?:the\s+)?(?=[A-Z])")


def _placed_elsewhere(context: str, org: Mention, mentions: list[Mention]) -> bool:
    """Whether an organisation's name is followed by "in" and a country or capital that is not
    its country ("protesters outside the Congress in Lima": Peru's congress, not the US one)."""
    match = _SITS_IN.match(context, org.end)
    if match is None:
        return False
    return any(m.start == match.end() and m.kind in ("country", "capital") and m.entry.country
               and m.entry.country != org.entry.country for m in mentions)


def dominant_country(context: str, phrase: str = "") -> str | None:
    """The country a context is about, for a phrase in it whose own words name none
    ("Interior Minister Karl Ost" in "BERLIN - Russia's embassy protested. Interior Minister
    Karl Ost said Germany would expel two diplomats"): each country, demonym, capital, known
    person or organisation of the context votes for its country, once more in the phrase's own
    sentence, a dateline three times; not a maker's or a backer's country ("Iranian-made
    drones"), nor the phrase's own words; ties go to the first named. None when no name in it
    has a country."""
    at = context.find(phrase) if phrase else -1
    span = (at, at + len(phrase)) if at >= 0 else (-1, -1)
    own = (-1, -1)
    if at >= 0:
        starts = [m.end() for m in _SENTENCE_END.finditer(context, 0, at)]
        end = _SENTENCE_END.search(context, span[1])
        own = (starts[-1] if starts else 0, end.start() if end else len(context))
    votes: Counter[str] = Counter()
    order: dict[str, int] = {}
    mentions = get_matcher().find(context)
    for m in mentions:
        if m.kind == "title" or not m.entry.country or span[0] <= m.start < span[1]:
            continue
        if m.kind == "org" and _placed_elsewhere(context, m, mentions):
            continue  # "the Congress in Lima": a body of that name in another country
        if m.kind in ("country", "demonym", "capital") and (
                MAKER.match(context, m.end) or BACKER.match(context, m.end)):
            continue
        votes[m.entry.country] += 1 + (OWN_SENTENCE_WEIGHT if own[0] <= m.start < own[1] else 0)
        order.setdefault(m.entry.country, m.start)
    dateline = dateline_country(context)
    if dateline:
        votes[dateline] += DATELINE_WEIGHT
        order[dateline] = -1
    if not votes:
        return None
    return max(votes, key=lambda c: (votes[c], -order[c]))
