"""Names that are a town's but name something else: a vehicle, or a person written with a title.

- **vehicles**: a car's model is often called after a place ("Dodge Durango", "Chevy Tahoe",
  "GMC Yukon", "Hyundai Santa Fe") and a make after a person or a town ("Lincoln Navigator",
  "Mercury Grand Marquis", "Plymouth Voyager"). A place name is a vehicle's when a maker's
  name comes right before it and it is a model, when it is a maker's name right before one
  of its models, or when it is a model counted or owned like a thing ("a gray Durango",
  "his Tahoe", "the white Tacoma", "a 2004 Montana"; ``vehicle_names.tsv``). A model's name
  with none of these is the place ("fled toward Durango", "a Colorado man").
- **titled persons**: a name right after a person's title or honorific ("Sgt. Warren",
  "Officer Jackson", "Lt. Camden", "Mr. Lincoln") is the person's surname, not the town
  ("Detective Marion said"). Royal titles and words that begin towns' own names ("Prince
  George", "General Santos", "Port", "Fort", "Saint") are not read so, nor a country's name.
- **words of a title**: a word the article also writes in lower case, right before a person's
  title written with a capital ("Police Officer Stuart", "Fire Chief Ray Lopez"), is a part of
  the title, not the town spelt the same way (Police, Poland).
- **parts of the city**: a name told as a section or neighbourhood of the article's town ("the
  city's Feltonville section") is a part of that town; the gazetteer's town that carries it only
  as another name (Hudson, Massachusetts, once Feltonville) is not it (``city_part``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitrep.nlp.scans import doc_text
from sitrep.resources import countries as country_lexicon
from sitrep.resources import read_tsv

MAX_MODEL_WORDS = 3
# adjectives and numbers that describe a vehicle ("a gray Durango", "the 2004 Montana")
VEHICLE_MODIFIERS = {
    "black", "white", "gray", "grey", "silver", "red", "blue", "green", "maroon", "tan", "gold",
    "golden", "beige", "brown", "burgundy", "purple", "orange", "yellow", "teal", "champagne",
    "dark", "light", "dark-colored", "light-colored", "dark-coloured", "light-coloured",
    "older", "newer", "late-model", "stolen", "rented", "rental", "abandoned", "burned",
    "burnt", "damaged", "parked", "unmarked", "tinted"}
OWNERS = {"his", "her", "their", "my", "your", "our", "its"}
INDEFINITE = {"a", "an"}
# titles and honorifics written before a person's surname, with their abbreviations
PERSON_TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "mx.", "rev", "rev.",
    "reverend", "prof.", "professor", "pastor", "rabbi", "imam", "bishop",
    "officer", "ofc.", "patrolman", "patrolwoman", "trooper", "tpr.", "deputy", "dep.",
    "detective", "det.", "sergeant", "sgt", "sgt.", "lieutenant", "lt", "lt.", "captain",
    "capt", "capt.", "corporal", "cpl", "cpl.", "major", "maj.", "colonel", "col.",
    "commander", "cmdr.", "inspector", "insp.", "constable", "pc", "chief", "sheriff",
    "marshal", "agent", "investigator", "judge", "justice", "gov.", "governor", "sen.",
    "senator", "rep.", "representative", "mayor", "councilman", "councilwoman", "councillor",
    "councilor", "commissioner", "prosecutor", "coach"}


@cache
def _vehicle_names() -> tuple[frozenset[str], frozenset[str]]:
    """The makers' names and the models' names (lower case) of ``vehicle_names.tsv``."""
    rows = read_tsv("vehicle_names.tsv")
    return (frozenset(r["name"] for r in rows if r["kind"] == "make"),
            frozenset(r["name"] for r in rows if r["kind"] == "model"))


@cache
def _model_first_words() -> frozenset[str]:
    """The first words of the models' names: a word that begins none begins no model's name."""
    return frozenset(name.split(" ", 1)[0] for name in _vehicle_names()[1])


def _model_at(tokens: list[Token], i: int) -> int:
    """The number of words of a model's name that begins at token ``i`` of the doc (0: none);
    the name begins with a capital ("Santa Fe", "Town Car")."""
    doc = tokens[0].doc
    if i >= len(doc):
        return 0
    word = doc[i]
    if not word.text[:1].isupper() or word.lower_ not in _model_first_words():
        return 0
    models = _vehicle_names()[1]
    for size in range(MAX_MODEL_WORDS, 0, -1):
        if i + size <= len(doc) and " ".join(t.lower_ for t in doc[i: i + size]) in models:
            return size
    return 0


def _counted_or_owned(head: Token, first: int) -> bool:
    """A noun phrase headed by ``head`` that counts or owns it like a thing: "a Tahoe", "his
    Tahoe", "the white Tahoe", "a 2004 Tahoe"; not a name that modifies another noun ("a
    Colorado man") nor one with a word of home ("her native Colorado")."""
    if head.dep_ in ("compound", "amod", "nmod", "poss"):
        return False
    kids = [c for c in head.children if c.i < first]  # before the name ("Santa" of "Santa Fe")
    described = any(c.lower_ in VEHICLE_MODIFIERS or (c.like_num and len(c.text) == 4)
                    for c in kids if c.dep_ in ("amod", "compound", "nummod", "npadvmod"))
    if described:
        return True
    others = [c for c in kids if c.dep_ in ("amod", "compound", "nummod")]
    return not others and any(c.lower_ in OWNERS | INDEFINITE for c in kids
                              if c.dep_ in ("det", "poss"))


def vehicle(tokens: list[Token]) -> bool:
    """Whether a place mention (its tokens) names a vehicle: "Durango" of "a Dodge Durango",
    "Lincoln Navigator", "his Tahoe", "a gray Durango" (see the module's docstring)."""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    makes = _vehicle_names()[0]
    prev = doc[first - 1] if first > 0 else None
    if prev is not None and prev.text[:1].isupper() and prev.lower_ in makes and _model_at(
            tokens, first):
        return True  # "a Dodge Durango", "a Chevy Tahoe", "a Hyundai Santa Fe"
    if tokens[0].lower_ in makes and _model_at(tokens, first + 1):
        return True  # "a Lincoln Navigator", "a Lincoln Town Car"
    size = _model_at(tokens, first)
    return size == last - first + 1 and _counted_or_owned(doc[last], first)


@cache
def _titles() -> frozenset[str]:
    return frozenset(PERSON_TITLES)


def titled_person(tokens: list[Token], before: str = "") -> bool:
    """Whether a place mention (its tokens) is a person's surname after a title: "Sgt.
    Warren", "Officer Jackson", "Chief Orlando"; not a country's name. ``before``: the
    article's text before the sentence, for a title the segmenter parted from its name
    ("Sgt." read as the end of a sentence)."""
    first = tokens[0]
    # the word before ("Lt." is two tokens), from the sentence or the text before it
    words = doc_text(first.doc)[max(0, first.idx - 40):first.idx].split() or before[-40:].split()
    word = words[-1] if words else ""
    text = " ".join(t.text for t in tokens)
    return (word[:1].isupper() and word.lower() in _titles()
            and not country_lexicon.is_country_name(text))


def title_part(tokens: list[Token], common: frozenset[str]) -> bool:
    """Whether a place mention (its tokens) is the first word of a person's title: words the
    article also writes in lower case (``common``) right before a title written with a capital
    ("Police Officer Stuart", "Fire Chief Ray Lopez")."""
    doc = tokens[0].doc
    nxt = tokens[-1].i + 1
    if nxt >= len(doc) or not all(t.lower_ in common for t in tokens):
        return False
    word = doc[nxt]
    return word.text[:1].isupper() and word.lower_ in _titles()


PART_WORDS = {"section", "neighborhood", "neighbourhood"}
TOWN_WORDS = {"city", "town", "borough", "township", "village"}


def city_part(tokens: list[Token]) -> bool:
    """Whether a place mention is told as a part of the article's town: "the city's
    Feltonville section", "the town's Oak Hill neighborhood" (a town's possessive before it, a
    word for a part of a town after it)."""
    doc = tokens[0].doc
    first, nxt = tokens[0].i, tokens[-1].i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in PART_WORDS or first < 2:
        return False
    return doc[first - 1].text in ("'s", "’s") and doc[first - 2].lower_ in TOWN_WORDS
