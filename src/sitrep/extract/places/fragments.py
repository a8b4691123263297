"""A place name found inside a longer name is a place only where it is the whole name.

spaCy often tags or leaves one word of a longer capitalised name on its own: "East" of "East
14th Street", "Town" of "C-Town Supermarket", "Colorado" of "Colorado Springs Gazette", "SALT"
of "SALT LAKE CITY", "Dearborn" of "Dearborn Heights Mayor ...". The gazetteer then reads the
word as some place of that name (the East region of Cameroon, a hamlet called Town). Here the
*run* of the name is read from the tokens (capitalised words, ordinals such as "14th", words
joined by a hyphen; stop words, lower-case words and punctuation end it),
and a mention that is only part of its run is:

- widened to the longest part of the run that is a place's own name ("Colorado Springs",
  "Salt Lake City", "Dearborn Heights", "New Market");
- dropped when it is a compass word that begins a longer name ("East 14th Street", "North Jim
  Miller Road", "West Side Story");
- widened to the whole run when the run is a street's name (a head noun of the street family:
  street, avenue, road, boulevard, lane, drive, place, parkway, highway, turnpike, ...):
  "Windsor Spring Road" is a road of the article's town, not in Windsor, and ``resolve``
  places a facility in its town;
- widened the same way when the run is a business's or a building's name (store, supermarket,
  market, mall, restaurant, bar, diner, hotel, school, ...), unless the word is a strong place
  on its own or one the article names elsewhere ("Detroit Apartment Complex" stays Detroit);
- dropped when it is the last word of a short run ("State Trooper", "C-Town") and weak.

A possessive ends a run: "Augusta's Highland Avenue" names Augusta and a street of it. Courts
are no street ("Litchfield Superior Court" is Litchfield's).

A mention of one word that is itself such a head noun ("Street", "Hospital", "University",
"Market") is a common noun unless it is strong; one used with an indefinite article ("a
29-year-old Latina", "a Trooper") is one unless the article tags it as a place elsewhere. In
title-case headlines, where every word is capitalised, a run says little of where a name ends:
there the business rule is not applied, and the street rule only to a numbered street.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from sitrep.resources.gazetteer import Gazetteer
from sitrep.resources.gazetteer_build import fold

# the head nouns of a street's name, with their abbreviations and plurals
STREET_HEADS = frozenset({
    "street", "streets", "st", "avenue", "avenues", "ave", "av", "road", "roads", "rd",
    "boulevard", "boulevards", "blvd", "lane", "lanes", "ln", "drive", "drives", "dr", "way",
    "place", "pl", "circle", "cir", "parkway", "pkwy", "highway", "hwy",
    "freeway", "expressway", "motorway", "turnpike", "tpke", "pike", "alley", "terrace", "ter",
    "trail", "trl", "crescent", "row", "plaza", "square", "sq", "bypass", "causeway", "close",
    "mews", "wynd", "promenade", "esplanade", "embankment", "quay", "interchange", "overpass",
    "underpass", "tunnel", "intersection", "bridge"})
# the head nouns of a business's, a building's or an institution's own name
BUSINESS_HEADS = frozenset({
    "store", "stores", "supermarket", "supermarkets", "market", "markets", "marketplace", "mall",
    "malls", "shop", "shops", "shoppe", "boutique", "outlet", "outlets", "restaurant",
    "restaurants", "bar", "bars", "pub", "pubs", "tavern", "saloon", "lounge", "diner", "cafe",
    "café", "coffeehouse", "grill", "grille", "bistro", "pizzeria", "deli", "bakery", "buffet",
    "steakhouse", "eatery", "cantina", "nightclub", "club", "clubs", "casino", "hotel", "hotels",
    "motel", "motels", "inn", "suites", "resort", "apartments", "apartment", "condos", "complex",
    "center", "centre", "pharmacy", "drugstore", "salon", "barbershop", "gym", "bank", "garage",
    "dealership", "warehouse", "factory", "plant", "depot", "school", "schools", "academy",
    "college", "university", "institute", "seminary", "hospital", "clinic", "church",
    "cathedral", "chapel", "mosque", "temple", "synagogue", "cemetery", "stadium", "arena",
    "theater", "theatre", "cinema", "museum", "library", "zoo", "station", "terminal", "airport",
    "gazette", "times", "herald", "tribune", "journal", "news", "post", "daily", "courier",
    "inc", "corp", "llc", "ltd", "company", "co", "group", "holdings", "industries"})
# words of a division after its name ("the North region", "the East province")
DIVISIONS = frozenset({"region", "regions", "province", "provinces", "state", "states",
                       "department", "departments", "district", "districts", "governorate",
                       "governorates", "division", "divisions", "zone", "zones", "county"})
DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "n", "s", "e", "w", "ne", "nw", "se", "sw", "northern", "southern", "eastern", "western"})
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)\.?$", re.IGNORECASE)
_NUMBER = re.compile(r"^\d+$")
_INDEFINITE = {"a", "an"}
_PLACE_KINDS = {"city", "admin1", "admin2"}
RUN_PLACE_TOWN_POP = 1000


def _word(tok: Token) -> bool:
    """A capitalised word of a name (not a stop word such as "The", "In", "Of")."""
    text = tok.text
    if not text[:1].isupper() or tok.is_stop:
        return False
    core = text.rstrip(".").replace("'", "").replace("\u2019", "")
    return core.isalpha()


def _joins(doc: Doc, i: int) -> bool:
    """Token i belongs to the run of the name around it."""
    tok = doc[i]
    if _word(tok) or _ORDINAL.match(tok.text):
        return True
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if tok.text in ("-", "\u2013") and prev is not None and nxt is not None:
        # "C-Town", "Hartsfield-Jackson": a hyphen with no space on either side
        return not prev.whitespace_ and not tok.whitespace_ and (_word(nxt) or _word(prev))
    if _NUMBER.match(tok.text) and prev is not None and nxt is not None:
        # "East 15 Street": a number between words of the name
        return prev.lower_ in DIRECTIONS and _word(nxt)
    return False


def name_run(tokens: list[Token]) -> tuple[int, int]:
    """First and last token index of the capitalised run that holds the tokens."""
    doc = tokens[0].doc
    a, b = tokens[0].i, tokens[-1].i
    while a > 0 and not doc[a].is_sent_start and _joins(doc, a - 1) and (
            "\n" not in doc[a - 1].whitespace_):
        a -= 1
    while b + 1 < len(doc) and not doc[b + 1].is_sent_start and _joins(doc, b + 1) and (
            "\n" not in doc[b].whitespace_):
        b += 1
    return a, b


def _own_place_name(gaz: Gazetteer, text: str) -> bool:
    """A town, division or county by this main name."""
    key = fold(text)
    return any(c.main and fold(c.name) == key and (
        c.kind != "city" or c.population >= RUN_PLACE_TOWN_POP)
        for c in gaz.lookup(text, kinds=_PLACE_KINDS))


def _head(tok: Token) -> str:
    return fold(tok.text.rstrip("."))


def whole_name(tokens: list[Token], gaz: Gazetteer, weak: Callable[[str], bool],
               known: Callable[[str], bool], headline: bool = False) -> list[Token] | None:
    """The tokens a place mention should have: the mention's own tokens, a longer place name
    of its run, or None when the mention is only a word of a longer name that is no place
    (or a common noun). ``weak``: the name is neither a strong place on its own nor named as a
    place elsewhere in the article; ``known``: the article tags the name as a place
    elsewhere; ``headline``: the sentence is written in title case."""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    text = doc[first: last + 1].text
    a, b = name_run(tokens)
    joined = joined_name(doc, a, b, gaz)
    if joined is not None:
        return joined  # "Port of Spain", "Ciudad del Este": one name, not "Port" and "Spain"
    if (a, b) != (first, last):
        # the longest part of the run that holds the mention's first word, reaches past the
        # mention and is a place's own name ("Colorado Springs", "New York City" of an entity
        # "York City Police")
        for size in range(b - a + 1, 1, -1):
            for start in range(max(a, first - size + 1), min(first, b - size + 1) + 1):
                end = start + size - 1
                if (start == first and end <= last) or not (
                        _word(doc[start]) and _word(doc[end])):
                    continue
                span = doc[start: end + 1]
                if _own_place_name(gaz, span.text):
                    return list(span)
        end = b  # "Washington Street West": the street's head before its compass word
        while end - 1 > last and _head(doc[end]) in DIRECTIONS and (
                _head(doc[end - 1]) in STREET_HEADS):
            end -= 1
        head = _head(doc[end])
        numbered = any(_ORDINAL.match(t.text) or _NUMBER.match(t.text) for t in doc[a: b + 1])
        if b > last and head in STREET_HEADS and (numbered or not headline):
            return list(doc[a: b + 1])  # "Windsor Spring Road": a street of its town
        if b > last and head in BUSINESS_HEADS and not headline and weak(text):
            return list(doc[a: b + 1])  # "C-Town Supermarket": a shop of its town
        if len(tokens) == 1 and tokens[0].lower_ in DIRECTIONS:
            return None  # "East Lee", "North's": a compass word that begins a longer name
        if len(tokens) == 1 and b == last and 0 < first - a <= 2 and weak(text) and not any(
                t.text.endswith(".") for t in doc[a: first]):
            return None  # "State Trooper", "C-Town": the head of a longer name
    if len(tokens) == 1:
        tok = tokens[0]
        if tok.lower_ in DIRECTIONS and not (tok.i + 1 < len(doc)
                                             and doc[tok.i + 1].lower_ in DIVISIONS):
            return None  # "aid to the North": a part of a country, not Cameroon's North region
        if (_head(tok) in STREET_HEADS or _head(tok) in BUSINESS_HEADS) and weak(text):
            return None  # "Street", "Hospital", "University" on their own
        if any(c.dep_ == "det" and c.lower_ in _INDEFINITE and c.i < tok.i
               for c in tok.children) and not known(text):
            return None  # "a 29-year-old Latina", "a Trooper": a common noun
    return tokens


# lower-case words that join the parts of one place's name ("Port of Spain", "Ciudad del Este",
# "Kingston upon Hull", "San Cristobal de las Casas", "Boulogne-sur-Mer")
JOINERS = frozenset({"of", "de", "del", "della", "di", "do", "da", "dos", "das", "du", "des",
                     "la", "las", "los", "le", "les", "el", "al", "au", "aux", "en", "sur",
                     "upon", "y", "-"})
MAX_JOINERS = 3  # "de las", "-sur-"


def _joiners(doc: Doc, i: int, step: int) -> int:
    """The index of the first word past the joining words from ``i`` on in direction
    ``step``, or -1 where none joins there."""
    j = i
    while 0 <= j < len(doc) and abs(j - i) < MAX_JOINERS and doc[j].lower_ in JOINERS and (
            doc[j].text.islower() or doc[j].text == "-"):
        j += step
    return j if j != i and 0 <= j < len(doc) and _word(doc[j]) else -1


def joined_name(doc: Doc, a: int, b: int, gaz: Gazetteer) -> list[Token] | None:
    """The tokens of a place's own name that joins the capitalised run ``a``..``b`` to the run
    before or after it by lower-case words (``JOINERS``: "Port of Spain", "Ciudad del Este"),
    the longest such; None where no joined name is a place's own name."""
    starts, ends = [a], [b]
    if (before := _joiners(doc, a - 1, -1)) >= 0:
        starts = list(range(name_run([doc[before]])[0], a + 1))
    if (after := _joiners(doc, b + 1, 1)) >= 0:
        ends = list(range(b, name_run([doc[after]])[1] + 1))
    spans = sorted(((s, e) for s in starts for e in ends
                    if (s < a or e > b) and _word(doc[s]) and _word(doc[e])),
                   key=lambda se: se[0] - se[1])
    for s, e in spans:
        if _own_place_name(gaz, doc[s: e + 1].text):
            return list(doc[s: e + 1])
    return None
