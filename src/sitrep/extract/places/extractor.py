"""Places: toponyms found in the parsed sentences, resolved to GeoNames records.

Mentions come from spaCy GPE/LOC/FAC entities, from PERSON/ORG entities and bare proper nouns
that the gazetteer knows when the context says they are places (a locative preposition, a place
noun such as "capital" or "city of", coordination with another place, or the same name tagged as
a place elsewhere in the article), and from "Town, Region" pairs. Demonyms ("Armenians") and
person names are never places. Resolution (``resolve``) uses the whole article.

Precision (``Place.precision``): 1 a town; 2 near a town ("near", "outside", "outskirts of");
3 a region (division, conflict region); 4 a country or larger.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import ENT_TYPE, ORTH, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from sitrep.extract.context import Context, Sentence
from sitrep.extract.places.capitals import dateline_spans
from sitrep.extract.places.fragments import BUSINESS_HEADS, STREET_HEADS, whole_name
from sitrep.extract.places.led import of_a_person, place_led
from sitrep.extract.places.mention import Mention, admin_abbreviations
from sitrep.extract.places.names import (
    campuses,
    candidates_for,
    is_facility,
    is_street,
    lexicon_candidates,
)
from sitrep.extract.places.resolve import resolve
from sitrep.extract.places.rules import home_country
from sitrep.extract.places.things import city_part, title_part, titled_person, vehicle
from sitrep.nlp.scans import array_column, capitalised_words, column, entities
from sitrep.nlp.segment import one_line
from sitrep.records import Evidence, Place
from sitrep.resources import countries as country_lexicon
from sitrep.resources.gazetteer import Candidate, Gazetteer
from sitrep.resources.gazetteer_build import fold

VERSION = "sitrep.places.v20"  # v20: a compass-named division read in another country
# stands for the article's place; a far small namesake gives way to a big city of the name; a word
# written lower-case before a title is the title ("Police Officer Stuart"); a town's section is no town.
# v19: "Town in Region" reads like "Town, Region"; a region
# written after a bare use marks a namesake; "Marib province" reads the division, not the dateline.
# v18: datelines in accented capitals ("ASUNCIÓN", "LOMÉ").
# v17: town names joined by lower-case words are one town
# ("Port of Spain", "Kingston upon Hull").
# v16: Congress as a seat abroad; one street-word list;
# buildings named after a town of the story.
# v15: parts and divisions of places; streets
# with compass words; "the country" is the story's; "Police" after a dateline is no town.
# v14: a lone compass word is no region ("aid to the North").
# v13: vehicle makes and models and a titled surname are no place;
# a building named after a far region lies in the story's place.
# v12: a town tagged as a people after a locative word is a place.
# v11: a town before officer/deputy/trooper words is a place.
# v10: a lower-case word is no place name; an abbreviated place leads its
# institution; "on X Court" is a street.
# v9: same-named towns chosen inside the county or state the
# article states; the paper's state from its web address.
# v8: a big town kept over a far smaller namesake, "TOWN, St."
# datelines in their state, two-word towns in web addresses.
# v7: towns in capitals as datelines; buildings named after a far town stand in the source town

_LOCATIVE = {"in", "at", "from", "near", "to", "into", "outside", "across", "toward", "towards",
             "around", "through", "throughout", "inside", "within", "via", "between", "onto",
             "out", "along", "beyond", "off"}
_NEAR = {"near", "outside", "outskirts", "around", "nearby", "close", "vicinity", "suburb",
         "suburbs", "north", "south", "east", "west", "northeast", "northwest", "southeast",
         "southwest"}
_PLACE_NOUNS = {"capital", "city", "town", "village", "province", "region", "state", "county",
                "district", "port", "enclave", "territory", "suburb", "outskirts", "area",
                "governorate", "oblast", "republic", "island", "neighborhood", "neighbourhood",
                "municipality", "parish", "borough", "township", "community", "hamlet",
                "settlement", "camp", "valley", "border",
                # divisions named in other countries' own words ("the commune of Maipú", "the
                # prefecture of Ouham", "the canton of Vaud", "Bunia's ward of Lumumba")
                "commune", "prefecture", "canton", "ward", "precinct", "locality", "emirate",
                "voivodeship", "raion", "woreda", "kebele", "upazila", "tehsil", "barangay",
                "colonia", "comuna", "municipio", "departamento", "subdistrict", "sub-district",
                "subprefecture", "sub-prefecture", "arrondissement", "zone"}
# nouns of a part of a place, whose "of" phrase names the place ("in parts of Grozny", "in the
# streets of Lima", "the heart of Kabul", "the rest of Darfur")
_PARTS = {"part", "parts", "street", "streets", "heart", "centre", "center", "edge", "rest",
          "downtown", "environs", "periphery", "fringes", "interior", "coast"}
_ENTITY_PLACE = {"GPE", "LOC", "FAC"}
# entity types that are no names: a proper noun inside one is a mistagged name
_MISTYPED = {"DATE", "TIME", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "CARDINAL", "ORDINAL",
             "LANGUAGE", "MONEY", "QUANTITY", "PERCENT"}
_ENTITY_MAYBE = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", ""}
# the entity types whose names may be places: as a place, or tagged otherwise in a place context
_ENTITY_READ = _ENTITY_PLACE | {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"}
_KIND = {"city": "city", "admin1": "region", "admin2": "region", "region": "region",
         "country": "country", "continent": "region"}


def _town_shaped(tokens: list[Token]) -> bool:
    """Words that can name a town though tagged a people or creed ("Aleppo", "Culiacan"): none
    of them a people's adjective or name, as written or in the singular ("American Indians")."""
    return not any(country_lexicon.demonym_code(t.text) or country_lexicon.demonym_code(t.lemma_)
                   for t in tokens)


def _cue(tokens: list[Token]) -> bool:
    """A token sequence in a place context: locative preposition, place noun, coordination."""
    first = tokens[0]
    doc = first.doc
    prev = doc[first.i - 1] if first.i > 0 else None
    if prev is not None:
        if prev.lower_ in _LOCATIVE or prev.lower_ in _PLACE_NOUNS:
            return True
        if prev.lower_ == "of" and prev.i > 0 and doc[prev.i - 1].lower_ in (
                _PLACE_NOUNS | _NEAR | _PARTS):
            return True
        if of_a_person(prev):  # "Larry Dunaway of Berea", "Sears, 41, of Grovetown"
            return True
    head = tokens[-1].head
    if head.lower_ in _PLACE_NOUNS or (head.dep_ == "prep" and head.lower_ in _LOCATIVE):
        return True
    for t in tokens:
        if t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE:
            return True
    last = tokens[-1]
    if last.dep_ in ("conj", "appos") and last.head.ent_type_ in ("GPE", "LOC"):
        return True
    for child in last.children:
        if child.dep_ == "conj" and child.ent_type_ in ("GPE", "LOC"):
            return True
    nxt = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "," and nxt.i + 1 < len(doc):
        after = doc[nxt.i + 1]
        if after.lower_ in ("the", "a") and nxt.i + 2 < len(doc):
            after = doc[nxt.i + 2]
        if after.lower_ in _PLACE_NOUNS or after.lower_ in ("second", "largest", "third"):
            return True
    return False


def _near(tokens: list[Token]) -> bool:
    doc = tokens[0].doc
    window = doc[max(0, tokens[0].i - 3): tokens[0].i]
    return any(t.lower_ in _NEAR for t in window)


def _strong(cands: list[Candidate], text: str) -> bool:
    """The gazetteer alone is enough: a country, capital, region or big place by main name."""
    if not cands:
        return False
    best = cands[0]
    if best.kind in ("country", "region", "continent"):
        return True
    if country_lexicon.capital_country(text):
        return True
    return any(c.main and (c.kind == "admin1" or c.population >= 200_000) for c in cands)


OWN_NAME_TOWN_POP = 10_000


def _own_town_name(cands: list[Candidate], text: str, tokens: list[Token]) -> bool:
    """A run of two or more proper nouns that is a town's own full name ("Chapel Hill drive-by
    shooting ..."): a name of several words is seldom a town's by chance."""
    return len(tokens) > 1 and any(
        c.kind == "city" and c.main and c.population >= OWN_NAME_TOWN_POP
        and fold(c.name) == fold(text) for c in cands)


def _institution(gaz: Gazetteer, text: str) -> bool:
    """An organisation named by the lexicon as its seat's city ("Congress", "the Kremlin"): a
    place only where the context says so ("in Congress"), not as the subject of a verb."""

    if text.strip() in campuses():
        return False  # a university is also its campus
    lex = lexicon_candidates(gaz, text)
    return bool(lex) and lex[0].kind == "city"


def _usable(cands: list[Candidate]) -> bool:
    return any(c.main or c.population >= 1000 or c.kind != "city" for c in cands)


def bare_proper_nouns(doc: Doc, taken: set[int], also: frozenset[int] = frozenset()
                      ) -> list[tuple[int, int, int, int]]:
    """Runs of up to four capitalised proper nouns without an entity type (or among the token
    indices ``also``), not in ``taken``: (first token, last token, start char, end char). The
    proper nouns without an entity type are read from the arrays; a Token is made only for
    them."""
    pos = array_column(doc, POS)
    found = numpy.flatnonzero((pos == PROPN) & (array_column(doc, ENT_TYPE) == 0)).tolist()
    if also:
        found = sorted(set(found) | {i for i in also if pos[i] == PROPN})
    bare: dict[int, Token] = {}
    for i in found:
        tok = doc[i]
        if i not in taken and tok.text[:1].isupper():
            bare[i] = tok
    out = []
    skip_to = 0
    for i in bare:
        if i < skip_to:
            continue
        j = i
        while j + 1 in bare and j - i < 3:
            j += 1
        last = bare[j]
        out.append((i, j, bare[i].idx, last.idx + len(last)))
        skip_to = j + 1
    return out


_DASHES = {"--", "-", "\u2014", "\u2013", "\u2012", "\u2015"}


def _first_word(token: Token) -> bool:
    """The first word of its sentence, after any opening quotes or brackets, or the first word
    after a dash set off by spaces, where a dateline ends ("NAIROBI -- Police fired ...")."""
    if token.is_sent_start:
        return True
    for prev in reversed(token.doc[:token.i]):
        if prev.text in _DASHES and prev.whitespace_:
            return True
        if not (prev.is_punct or prev.is_space):
            return False
        if prev.is_sent_start:
            return True
    return True


def title_case(doc: Doc) -> bool:
    """A headline written in title case: most of its words (three or more) are capitalised,
    so a capital says nothing about a name."""
    words, capitalised = capitalised_words(doc)
    return words >= 3 and capitalised >= 0.75 * words


def _sentence_mentions(sentence: Sentence, doc: Doc, gaz: Gazetteer,
                       known: set[str], common: frozenset[str] = frozenset()
                       ) -> list[tuple[Mention, list[Token]]]:
    out: list[tuple[Mention, list[Token]]] = []
    taken: set[int] = set()
    # the text doc was parsed from (doc.text joins its tokens anew), with hard line breaks read
    # as spaces as the parser read them ("Cape\nTown" is Cape Town)
    doc_text = one_line(sentence.text)

    def add(tokens: list[Token], label: str) -> None:
        a, b = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = doc_text[a:b]
        if text.lower().startswith("the "):
            a += 4
            text = text[4:]
        ev = sentence.evidence((a, b))
        m = Mention(ev.start, ev.end, text, label, near=_near(tokens))
        out.append((m, tokens))
        taken.update(t.i for t in tokens)

    ents = entities(doc)  # (``doc.ents`` makes a new tuple of spans at each reading)
    cased = any(map(str.isupper, doc_text))  # not a sentence written all in lower case
    for ent in ents:
        if ent.label_ not in _ENTITY_READ:
            continue  # a date, a number: no name (its Tokens are not made)
        tokens = list(ent)
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        if cased and not any(c.isupper() for c in text):
            continue  # "bang, bang, bang" tagged GPE: an English name has a capital
        if _DAY_OF_MONTH.fullmatch(text):
            continue  # "Jan.5", "Sept.21" tagged GPE: a day written without its space
        if ent.label_ in _ENTITY_PLACE:
            if country_lexicon.demonym_code(text) and not country_lexicon.is_country_name(text):
                continue
            cands = candidates_for(gaz, text)
            if cands or ent.label_ != "FAC":
                add(tokens, ent.label_)
        elif ent.label_ in ("PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"):
            led = place_led(gaz, tokens) if ent.label_ in ("ORG", "PERSON") else None
            if led is not None:
                # "the Hopkinton Police Department", "Dunbar police": the place it serves
                add(led, "ORG")  # the name is an institution's, also where tagged PERSON
                continue
            if ent.label_ == "NORP" and not country_lexicon.is_country_name(text) and not (
                    _cue(tokens) and _town_shaped(tokens)):
                continue  # a people or creed; but "in Aleppo", "in Culiacan" tagged NORP: a town
            if country_lexicon.demonym_code(text) and not country_lexicon.is_country_name(text):
                continue
            cands = candidates_for(gaz, text)
            if not cands or not _usable(cands):
                continue
            own_name = _own_town_name(cands, text, tokens)
            if len(tokens) > 1 and ent.label_ == "PERSON" and not (
                    _strong(cands, text) or own_name):
                continue
            if _strong(cands, text) and ent.label_ != "PERSON" and not (
                    ent.label_ == "ORG" and _institution(gaz, text)):
                add(tokens, ent.label_)
            elif text in known or _cue(tokens) or own_name or (
                    _strong(cands, text) and country_lexicon.is_country_name(text)):
                add(tokens, ent.label_)
            elif ent.label_ == "PERSON" and len(tokens) == 1 and (
                    country_lexicon.capital_country(text) or cands[0].kind == "region"):
                add(tokens, ent.label_)
    # bare proper nouns the model did not tag, and proper nouns inside an entity of a type
    # that is no name ("into Niger" tagged DATE, "to Niger and Chad" a WORK_OF_ART)
    mistyped = frozenset(t.i for e in ents if e.label_ in _MISTYPED for t in e
                         if t.i not in taken)
    headline_case = title_case(doc)
    for i, j, a, b in bare_proper_nouns(doc, taken, mistyped):
        text = doc_text[a:b]
        if i in mistyped:
            # only a strong name or one tagged a place elsewhere: "in March" is a month
            cands = candidates_for(gaz, text)
            if text in known or (_strong(cands, text) and not country_lexicon.demonym_code(
                    text)):
                add(list(doc[i: j + 1]), "GAZ")
            continue
        if text in admin_abbreviations():
            continue
        cands = candidates_for(gaz, text)
        if cands and _usable(cands) and not country_lexicon.demonym_code(text):
            tokens = list(doc[i: j + 1])
            # a capital that position or a title-case headline explains ("Man shot in ...",
            # "Gunman Opens Fire At Mall"), on words the article also writes in lower case
            # ("a man was shot"), is no sign of a name: the gazetteer alone is not enough
            # there, the place needs a context of its own or a tagged mention elsewhere
            weak = (headline_case or (i == j and _first_word(doc[i]))) and all(
                t.lower_ in common for t in tokens)
            if text in known or _cue(tokens) or (_strong(cands, text) and not weak) or (
                    _own_town_name(cands, text, tokens) and not weak) or (
                    place_led(gaz, tokens) == tokens):  # "Bauchi police said ..."
                add(tokens, "GAZ")
    for a, b in dateline_spans(doc_text, gaz, common):
        # a town in capitals as a dateline ("HAMILTON — Staring down ..."): the parser tags it
        # a common noun or an acronym
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and not any(t.i in taken for t in span):
            add(list(span), "GAZ")
    out = _whole_names(out, sentence, doc_text, gaz, known, headline_case)
    # "Town, Region" and "Town, La."
    out.sort(key=lambda x: x[0].start)
    for (m, toks) in out:
        nxt = toks[-1].i + 1
        if nxt + 1 < len(doc) and doc[nxt].lower_ == "in" and not (
                is_facility(m.text) or is_street(m.text)):  # "Victoria Hospital in Glasgow"
            # "Salisbury in England", "Truro in Cornwall": the region written after "in" holds
            # the town when it holds a reading of its name (``resolve`` checks); else no pair
            at = sentence.start + doc[nxt + 1].idx
            m.container = next((o for o, _ in out if o.start == at and o is not m), None)
            continue
        if nxt + 1 < len(doc) and doc[nxt].text == ",":
            after = doc[nxt + 1]
            abbrev = None
            for k in (3, 2, 1):
                text = doc_text[after.idx: doc[min(len(doc) - 1, after.i + k - 1)].idx
                                + len(doc[min(len(doc) - 1, after.i + k - 1)])]
                if k == 1 and len(text) > 1 and text[-1] in "-–—" and (
                        text[:-1] + "." in admin_abbreviations()):
                    # a dateline's dash written against the state, its stop left out ("YORK,
                    # Pa- A girl ..."): one token "Pa-" for the tokenizer; the state is "Pa."
                    abbrev = (text[:-1], after.i)
                    break
                if text in admin_abbreviations():
                    abbrev = (text, after.i + k - 1)
                    break
            if abbrev is not None:
                ev = sentence.evidence((after.idx, after.idx + len(abbrev[0])))
                region = Mention(ev.start, ev.end, abbrev[0], "ABBR")
                if abbrev[0] not in admin_abbreviations():
                    region.candidates = candidates_for(gaz, abbrev[0] + ".")
                m.container = region
                out.append((region, list(doc[after.i: abbrev[1] + 1])))
                continue
            for other, _ in out:
                if other.start == sentence.start + after.idx:
                    m.container = other
    out.sort(key=lambda x: x[0].start)
    return out


def _whole_names(found: list[tuple[Mention, list[Token]]], sentence: Sentence, doc_text: str,
                 gaz: Gazetteer, known: set[str], headline: bool
                 ) -> list[tuple[Mention, list[Token]]]:
    """Each mention as the whole name it is part of (``fragments.whole_name``): widened to a
    longer place name, or dropped as a word of a street's, a business's or another name."""

    def weak(text: str) -> bool:
        return text not in known and not _strong(candidates_for(gaz, text), text)

    out: list[tuple[Mention, list[Token]]] = []
    spans: set[tuple[int, int]] = set()
    for m, tokens in found:
        if m.label == "ABBR":
            out.append((m, tokens))
            continue
        whole = whole_name(tokens, gaz, weak, known.__contains__, headline)
        if whole is None:
            continue
        if whole is not tokens:
            a, b = whole[0].idx, whole[-1].idx + len(whole[-1])
            ev = sentence.evidence((a, b))
            facility = fold(whole[-1].text.rstrip(".")) in STREET_HEADS | BUSINESS_HEADS
            m = Mention(ev.start, ev.end, doc_text[a:b], "FAC" if facility else "GAZ",
                        near=m.near)
            tokens = whole
        if (m.start, m.end) not in spans:
            spans.add((m.start, m.end))
            out.append((m, tokens))
    # a mention inside a longer one that was widened over it ("LAKE CITY" of "SALT LAKE CITY")
    return [(m, t) for m, t in out if not any(
        o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
        for o, _ in out)]


_DAY_OF_MONTH = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    r"june|july|august|september|october|november|december)\.?\s*\d{1,2}(?:st|nd|rd|th)?\.?")


def find_mentions(sentences: list[Sentence], gaz: Gazetteer) -> list[Mention]:
    """Place mentions in the parsed sentences, in text order."""
    known: set[str] = set()
    common: set[str] = set()  # words the article writes in lower case
    surnames: set[str] = set()  # "Walker" of "Perez Walker" tagged PERSON, and "Perez"
    persons: list[Span] = []
    for s in sentences:
        if s.doc is not None:
            for e in entities(s.doc):
                label = e.label_
                if label in ("GPE", "LOC"):
                    known.add(e.text)
                elif label == "PERSON" and len(e) > 1:
                    last = e[-1]
                    if last.is_title:
                        surnames.add(last.text)
                    persons.append(e)
            common.update(lower_case_words(s.doc))
    mentions: list[Mention] = []
    lowered = frozenset(common)
    # "Hector" of "Hector Beltran Leyva"
    surnames.update(e[0].text for e in persons if _given_name(e, gaz, lowered, known))
    before = ""  # the sentence before, for a title the segmenter parted from its name
    parts: set[str] = set()  # names told as parts of the article's town (``city_part``)
    for s in sentences:
        if s.doc is None:
            before = s.text
            continue
        found = _sentence_mentions(s, s.doc, gaz, known, lowered)
        held = {id(m.container) for m, _ in found if m.container is not None}
        mentions.extend(m for m, tokens in found if not (
            _owner(m.text) in surnames and _surname(m, tokens, gaz, held)) and not (
            m.label != "ABBR" and (vehicle(tokens) or titled_person(tokens, before)
                                   or title_part(tokens, lowered))))
        parts.update(m.text for m, tokens in found if city_part(tokens))
        before = s.text
    parts = {p for p in parts if not any(c.main for c in candidates_for(gaz, p))}
    return [m for m in mentions if m.text not in parts]  # (also in the headline)


# [the vocabulary, its words' ids -> the word's text if it is lower case, else None]
_LOWER_WORDS: list[Any] = [None, {}]


def lower_case_words(doc: Doc) -> list[str]:
    """The distinct words of ``{t.text for t in doc if t.is_lower}``, read from the words' ids
    (one array read, no Token made, each id looked at once); whether a word is lower case is
    remembered per id (its lexeme's flag)."""
    vocab = doc.vocab
    if _LOWER_WORDS[0] is not vocab or len(_LOWER_WORDS[1]) > 200_000:
        _LOWER_WORDS[0], _LOWER_WORDS[1] = vocab, {}
    memo: dict[int, str | None] = _LOWER_WORDS[1]
    out = []
    for orth in set(column(doc, ORTH)):
        if orth in memo:
            text = memo[orth]
        else:
            lex = vocab[orth]
            text = memo[orth] = lex.orth_ if lex.is_lower else None
        if text is not None:
            out.append(text)
    return out


def _given_name(ent: Span, gaz: Gazetteer, lowered: frozenset[str],
                known: set[str]) -> bool:
    """The first word of a person's name of two or more proper nouns ("Hector Beltran Leyva"),
    not a country's, a state's or a capital's name that a headline's title case ran into a name
    ("Tennessee Boy, 7, Killed": the state), nor a place's name before a common noun the model
    read as a person's ("Greer Station", "Wichita Drive", "Logan Elementary": a word the
    article also writes in lower case, or a street's or a business's head), nor a name the
    model tags as a place elsewhere in the article."""
    first = ent[0]
    if len(ent) < 2 or not first.is_title or any(t.pos_ != "PROPN" for t in ent):
        return False
    if first.text in known or any(
            t.lower_ in lowered or t.lower_ in STREET_HEADS or t.lower_ in BUSINESS_HEADS
            or not t.is_alpha for t in ent[1:]):
        return False
    cands = candidates_for(gaz, first.text)
    return not (cands and cands[0].kind in ("country", "admin1", "region", "continent")) and not (
        country_lexicon.capital_country(first.text) or country_lexicon.demonym_code(first.text))


_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def _owner(text: str) -> str:
    """The name without a possessive ending ("Hector's": Hector)."""
    for ending in _POSSESSIVE:
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def _surname(m: Mention, tokens: list[Token], gaz: Gazetteer, held: set[int]) -> bool:
    """A single name the article also writes as a person's surname ("Rafael Herrera ...
    Herrera pulled out a gun", "took the gun from Walker"): the person, unless the name is
    tied to a region ("Jackson, Miss."), holds a town, or is a strong place in a place context
    ("in Washington" after "George Washington"). A name written as an owner ("in Hector's
    hands", "at Chester's house") is the person's: the place phrase is the thing owned."""
    owned = tokens[-1].tag_ == "POS" or tokens[-1].text in _POSSESSIVE
    if owned:
        tokens = tokens[:-1]
    if len(tokens) != 1 or m.container is not None or id(m) in held:
        return False
    name = _owner(m.text)
    strong = _strong(candidates_for(gaz, name), name)
    first = tokens[0]
    if owned or (first.i + 1 < len(first.doc) and first.doc[first.i + 1].tag_ == "POS"):
        return True
    prev = first.doc[first.i - 1] if first.i > 0 else None
    return not (prev is not None and prev.lower_ in _LOCATIVE - {"from", "to", "between"}
                and strong)


def to_place(m: Mention, gaz: Gazetteer, article_text: str) -> Place:
    c = m.choice
    assert c is not None
    if c.kind == "city":
        precision = 2 if m.near or m.fallback else 1
    elif c.kind in ("country", "continent"):
        precision = 4
    else:
        precision = 3
    admin1 = None
    if c.kind in ("city", "admin2") and c.admin1 and c.country_iso2:
        division = gaz.admin1(c.country_iso2, c.admin1)
        admin1 = division.name if division else c.admin1
    elif c.kind == "admin1":
        admin1 = c.name
    return Place(
        text=m.text, evidence=Evidence(m.start, m.end, article_text[m.start:m.end]), name=c.name,
        geonameid=c.geonameid, country=c.country, admin1=admin1, lat=round(c.lat, 5),
        lon=round(c.lon, 5), feature_class=c.feature_class, kind=_KIND.get(c.kind, "region"),
        precision=precision, extractor=VERSION,
    )


def extract(ctx: Context) -> list[Place]:
    gaz = ctx.gazetteer
    mentions = find_mentions(ctx.sentences, gaz)
    resolve(mentions, gaz, home=home_country(ctx.article.url), text=ctx.text,
            url=ctx.article.url)
    return [to_place(m, gaz, ctx.text) for m in mentions if m.choice is not None]


def span_of(place: Place) -> tuple[int, int]:
    return place.evidence.start, place.evidence.end


__all__ = ["extract", "find_mentions", "home_country", "resolve", "to_place", "Mention", "Span"]
