"""Who the victims of a casualty claim are: their category (civilian, military, police, militant,
protester, journalist, aid_worker, mixed, unknown) and side (ISO3 country or group name), read
from the counted noun and its modifiers in the dependency parse.

Lexicons: ``resources/casualty_victims.tsv`` (noun lemma -> category) and
``resources/casualty_not_people.tsv`` (nouns that are counted but are not people: "three
missiles", "24 hours"). Country words resolve through ``sitrep.resources.countries`` (pycountry
names as a fallback).
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import singulars
from sitrep.nlp.scans import entities, hyphen_run, hyphen_word
from sitrep.resources import noun_classes, read_tsv

# modifiers that decide the category of a generic head ("police officers", "army men")
_MODIFIER_CATEGORY = {
    "police": "police", "policeman": "police", "gendarmerie": "military", "army": "military",
    "military": "military", "security": "military", "government": "military",
    "border": "military", "navy": "military", "naval": "military", "air": None,
    "civilian": "civilian", "aid": "aid_worker", "humanitarian": "aid_worker",
    "rebel": "militant", "militia": "militant", "insurgent": "militant", "terrorist": "militant",
    "opposition": "civilian", "media": "journalist", "news": "journalist",
    "rescue": "aid_worker", "health": "aid_worker", "ngo": "aid_worker", "un": "aid_worker",
    "suicide": "militant", "jihadist": "militant", "islamist": "militant",
    "crew": "civilian", "ship": "civilian", "staff": None, "customs": "civilian",
    "militant": "militant", "extremist": "militant", "separatist": "militant",
    "guerrilla": "militant", "gang": "militant", "cartel": "militant",
    "charity": "aid_worker", "relief": "aid_worker",
}
# nouns of a body whose members are of one kind ("members of the militia", "staff of the
# charity", "members of a drug cartel")
_GROUP_NOUNS = {"militia": "militant", "gang": "militant", "cartel": "militant",
                "syndicate": "militant", "mafia": "militant", "charity": "aid_worker",
                "ngo": "aid_worker", "army": "military", "navy": "military",
                "police": "police", "gendarmerie": "military"}
# the victim category of the people of an actor sector (a group named by the actors'
# lexicon: "members of Boko Haram", "Hezbollah members"; a title: "a judge")
SECTOR_CATEGORY = {"REB": "militant", "UAF": "militant", "PRM": "militant", "MIL": "military",
                   "SPY": "military", "COP": "police", "MED": "journalist", "NGO": "aid_worker"}
_INSTITUTION_SECTORS_AS_CIVILIAN = {"GOV", "LEG", "JUD", "PTY", "OPP", "CVL", "EDU", "REL",
                                    "LAB", "BUS", "AGR", "HLH", "REF", "PRE", "SOC"}
_GENERIC_HEADS = {"officer", "member", "personnel", "staff", "man", "men", "force", "forces",
                  "official", "worker", "agent", "unit", "employee", "trainee", "guard",
                  # ranks and roles that police, armies and armed groups all have
                  "reservist", "commander", "recruit", "cadet", "sergeant", "lieutenant",
                  "captain", "corporal", "chief", "volunteer"}
_PERSON_SUFFIXES = ("ers", "ors", "ists", "ians", "ans", "ees", "men", "ites")


@cache
def _lexicon(name: str) -> dict[str, str]:
    path = resources.files("sitrep.resources").joinpath(name)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return {row[0].strip().lower(): (row[1].strip() if len(row) > 1 else "") for row in rows[1:]
            if row and row[0].strip()}


def victim_words() -> dict[str, str]:
    return _lexicon("casualty_victims.tsv")


def not_people() -> set[str]:
    return set(_lexicon("casualty_not_people.tsv"))


def country_of(text: str) -> str | None:
    """ISO3 for a country name, demonym or adjective; None otherwise."""
    text = text.strip()
    if not text or not text[0].isupper():
        return None
    try:
        from sitrep.resources.countries import country_code
    except ImportError:  # pragma: no cover - fallback while the lexicon is absent
        country_code = None
    if country_code is not None:
        return country_code(text)
    import pycountry

    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        return None


def _key(tok: Token) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def sector_category(sector: str | None) -> str | None:
    """The victim category of people of an actor sector (GOV, LEG, ... -> civilian)."""
    if not sector:
        return None
    if sector in SECTOR_CATEGORY:
        return SECTOR_CATEGORY[sector]
    return "civilian" if sector in _INSTITUTION_SECTORS_AS_CIVILIAN else None


@cache
def _person_titles() -> dict[str, str]:
    """One-word titles of persons in the actors' lexicon (``titles.tsv``: judge, priest,
    imam, mayor, senator, ...) -> sector."""
    out = {}
    for row in read_tsv("titles.tsv"):
        term = (row.get("term") or "").strip().lower()
        if (row.get("role") or "").strip() == "person" and term.isalpha():
            out[term] = (row.get("sector") or "").strip()
    return out


def _forms(tok: Token) -> list[str]:
    """The lower case, the lemma and the singulars of a noun ("Marines" -> marine)."""
    lower = tok.lower_
    out = [lower, _key(tok)]
    joined = hyphen_word(tok)
    if joined:
        out.append(joined)  # "a passer-by" (three tokens)
    if lower.endswith("children"):
        out.append(lower[:-3])  # "schoolchildren" -> schoolchild
    out.extend(singulars(lower))
    return out


def title_sector(tok: Token) -> str | None:
    """The actor sector of a noun that is a title of a person ("judge" -> JUD), or None."""
    titles = _person_titles()
    return next((titles[f] for f in _forms(tok) if f in titles), None)


# nouns of a body of people whose kind their modifier tells ("security force members", "a
# terrorist group", "a police unit", "rebel outfits")
_BODIES = frozenset({"force", "group", "unit", "organisation", "organization", "outfit", "cell",
                     "network", "faction", "movement", "wing", "service", "agency", "squad",
                     "detachment", "contingent", "battalion", "brigade", "team", "corps"})


def _modifiers(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]


def modifier_category(tok: Token) -> str | None:
    """The category a modifier of ``tok`` gives the people it names ("police officers" ->
    police), also through a noun of a body ("security force members", "army unit
    commanders" -> military); None when no modifier tells."""
    for mod in _modifiers(tok):
        if _key(mod) == "security" and _key(tok) == "guard":
            continue  # "security guards": a civilian trade (not "border guards")
        cat = _MODIFIER_CATEGORY.get(mod.lower_) or _MODIFIER_CATEGORY.get(_key(mod))
        if cat:
            return cat
        if _key(mod) in _BODIES:
            cat = modifier_category(mod)
            if cat:
                return cat
    return None


def word_category(tok: Token) -> str | None:
    """The category a word gives people, as a modifier or a noun ("police", "civilian",
    "army", "rebel") or None."""
    return _MODIFIER_CATEGORY.get(tok.lower_) or _MODIFIER_CATEGORY.get(_key(tok)) or (
        category_of(tok))


def body_category(tok: Token) -> str | None:
    """The category of the people of a body named by a noun and its modifier ("members of a
    terrorist group" -> militant, "officers of a police unit" -> police), or None."""
    return modifier_category(tok) if _key(tok) in _BODIES or tok.lower_ in _BODIES else None


def group_noun_category(tok: Token) -> str | None:
    """The kind of the members of a body named by a common noun ("the militia", "a drug
    cartel", "the charity"), or None."""
    return _GROUP_NOUNS.get(_key(tok)) or _GROUP_NOUNS.get(tok.lower_)


def of_object(tok: Token) -> Token | None:
    """The object of ``tok``'s "of" ("two of its men": men; "the toll of soldiers killed":
    soldiers), or None."""
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)


def category_of(tok: Token) -> str | None:
    """The victim category a noun names, or None when it is not a word for people."""
    words = victim_words()
    lemma, lower = _key(tok), tok.lower_
    if lemma in _GENERIC_HEADS or lower in _GENERIC_HEADS or lemma in ("bomber",):
        cat = modifier_category(tok)
        if cat:
            return cat
    for key in _forms(tok):
        if key in words:
            return words[key]
    if country_of(tok.text) and tok.pos_ in ("PROPN", "NOUN") and tok.text.endswith("s"):
        return "unknown"  # "19 Armenians": people of a country
    return None


# WordNet anchors of military equipment and units in actor_nouns.tsv: not people
_EQUIPMENT_ANCHORS = ("military_unit", "warship", "military_vehicle", "artillery", "warplane",
                      "guided_missile", "armored_vehicle")


@cache
def wordnet_people() -> dict[str, str]:
    """One-word nouns of people WordNet files under an actor sector (``actor_nouns.tsv``, the
    actors' lexicon) -> the victim category of that sector; criminals and sectors without a
    category are left out (they stay unknown)."""
    out = {}
    for row in read_tsv("actor_nouns.tsv"):
        term = (row.get("term") or "").strip().lower()
        if not term or " " in term or (row.get("anchor") or "").startswith(_EQUIPMENT_ANCHORS):
            continue
        category = sector_category((row.get("sector") or "").strip())
        if category:
            out[term] = category
    return out


@cache
def _wordnet_person_terms() -> frozenset[str]:
    """One-word nouns WordNet files as persons of any sector (``actor_nouns.tsv``, criminals
    included: "a thief", "a cook"), not equipment or units."""
    return frozenset(
        term for row in read_tsv("actor_nouns.tsv")
        if (term := (row.get("term") or "").strip().lower()) and " " not in term
        and not (row.get("anchor") or "").startswith(_EQUIPMENT_ANCHORS))


@cache
def _first_sense_people() -> frozenset[str]:
    """The nouns whose first WordNet sense is a person ("mechanic", "welder", "shepherd"), from
    ``noun_classes.tsv``: the professions no actor lexicon lists."""
    return frozenset(noun for noun, kind in noun_classes().items() if kind == "person")


def wordnet_person(tok: Token) -> bool:
    """Whether WordNet names a person by this noun (its lower case, lemma or singulars): a
    person of an actor sector, or a noun whose first sense is a person ("a mechanic")."""
    terms = _wordnet_person_terms()
    return tok.pos_ == "NOUN" and any(f in terms or f in _first_sense_people()
                                      for f in _forms(tok))


def wordnet_category(tok: Token) -> str | None:
    """The victim category of a counted noun of people the victims lexicon does not know, from
    WordNet's sector ("truck drivers", "bakers" -> civilian); it decides the category only, not
    whether a noun counts people."""
    if tok.pos_ != "NOUN":
        return None
    people = wordnet_people()
    return next((people[f] for f in _forms(tok) if f in people), None)


def is_people(tok: Token) -> bool:
    """Whether a counted noun can stand for people (lexicon, demonym, or a person-like word)."""
    if category_of(tok) is not None:
        return True
    lemma = _key(tok)
    if lemma in not_people() or tok.lower_ in not_people():
        return False
    if tok.ent_type_ in ("NORP", "PERSON"):
        return True
    # a person by WordNet too, by the lemma's first sense ("two bodyguards", "four aides";
    # not "bridges", a surname's form)
    return tok.lower_.endswith(_PERSON_SUFFIXES) or title_sector(tok) is not None or (
        tok.pos_ == "NOUN" and noun_classes().get(lemma) == "person")


_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "eer", "man", "woman")


def person_like(tok: Token) -> bool:
    """A singular noun that reads as a person by its form: an agent or profession ending
    ("accountant", "editor", "pharmacist", "businessman"), not a known thing, not an entity
    other than a person."""
    lemma = _key(tok)
    if lemma in not_people() or tok.lower_ in not_people():
        return False
    if tok.ent_type_ and tok.ent_type_ not in ("PERSON", "NORP"):
        return False
    if title_sector(tok) is not None:
        return True  # "the judge", "a priest", "the mayor"
    # an agent or profession ending, or a person in WordNet ("a thief", "a cook")
    return len(lemma) >= 5 and lemma.endswith(_AGENT_SUFFIXES) or wordnet_person(tok)


def agent_category(tok: Token) -> str:
    """The category of people named by a noun no lexicon knows: an occupation by its form
    ("three engineers", "a councillor", "two surveyors") is civilian; else unknown."""
    return "civilian" if tok.pos_ == "NOUN" and person_like(tok) else "unknown"


def person_like_form(tok: Token) -> bool:
    """``person_like`` on the written form, for a noun the tagger took for another part of
    speech ("a cleaner" tagged as the comparative of "clean")."""
    low = tok.lower_
    if len(low) < 5 or low in not_people() or (tok.ent_type_ and tok.ent_type_ not in (
            "PERSON", "NORP")):
        return False
    return low in victim_words() or low.endswith(_AGENT_SUFFIXES)


def is_thing(tok: Token) -> bool:
    return _key(tok) in not_people() or tok.lower_ in not_people() or tok.ent_type_ in (
        "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")


def _group_name(tok: Token) -> str | None:
    """A proper-noun modifier naming a group ("Al-Shabaab militants", "BNP activists")."""
    chain = [tok]
    for child in tok.children:
        if child.i < tok.i and (child.dep_ == "compound" and child.pos_ == "PROPN" or child.dep_ in (
                "compound", "amod") and child.pos_ == "ADJ" and child.text[:1].isupper()
                and not child.is_sent_start):  # "Islamic State"; not "Twenty Hamas"
            chain.insert(0, child)
    if tok.pos_ != "PROPN":
        return None
    text = " ".join(t.text for t in sorted(chain, key=lambda t: t.i))
    joined = _hyphenated(tok)
    if joined is not None:
        text = joined
    if not (text[:1].isupper() or joined and text.split("-")[-1][:1].isupper() or (
            tok.text[:1].isupper() and len(chain) > 1)):
        # "members of the national guard": a common word the tagger made proper; "al
        # Shabaab", "ash Sham": a name's particle before a capitalised head is kept
        return None
    if country_of(text):
        return None
    return text


def _hyphenated(tok: Token) -> str | None:
    """A name written with hyphens around ``tok`` ("al-Shabaab", "Jaish-e-Mohammed",
    "Ansar al-Islam" ending in "al-Islam"): the glued tokens as written, or None."""
    start, end = hyphen_run(tok, before=lambda t: t.is_alpha, after=lambda t: t.pos_ == "PROPN")
    return tok.doc[start:end + 1].text if start < tok.i or end > tok.i else None


def side_of(tok: Token, depth: int = 0) -> str | None:
    """The country (ISO3) or group the people named by ``tok`` belong to, when the text says."""
    own = country_of(tok.text) if tok.pos_ in ("PROPN", "NOUN", "ADJ") else None
    if own and (tok.ent_type_ in ("NORP", "GPE") or tok.text[0].isupper()):
        return own
    mods = sorted((c for c in tok.children if c.i < tok.i and c.dep_ in (
        "amod", "compound", "nmod", "poss", "npadvmod")), key=lambda c: c.i)
    for mod in mods:
        text = mod.text[:-2] if mod.text.endswith("'s") else mod.text
        code = country_of(text)
        if code:
            return code
        if mod.dep_ == "poss" and mod.pos_ == "PROPN":
            code = country_of(" ".join(t.text for t in mod.subtree if t.dep_ != "case"))
            if code:
                return code
    for mod in mods:
        if _MODIFIER_CATEGORY.get(mod.lower_) in ("military", "police"):
            continue  # a state force, not a group's name ("Army troops" at a sentence's start)
        if mod.dep_ == "compound" and mod.pos_ == "PROPN" and mod.ent_type_ not in ("DATE",):
            name = _group_name(mod)
            if name:
                return name
        if mod.dep_ == "amod" and mod.pos_ == "PROPN" and _hyphenated(mod):
            name = _group_name(mod)  # "al-Shabaab militants" ("Shabaab" as a modifier)
            if name:
                return name
        if mod.dep_ == "compound" and mod.pos_ == "NOUN" and mod.ent_type_ in ("ORG", "NORP") and (
                mod.text[:1].isupper()) and not country_of(mod.text):
            return mod.text  # "ISIS militants": an acronym the tagger took for a common noun
        if mod.dep_ in ("amod", "compound") and mod.is_alpha and mod.text.isupper() and (
                len(mod.text) >= 3) and not country_of(mod.text):
            return mod.text  # "AQAP fighters": an acronym the tagger took for an adjective
        if mod.dep_ == "amod" and "-" in mod.text:  # "pro-Saudi forces"
            return None
    if depth < 2:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and _titled_person(pobj):
                        continue  # "the son of deputy minister Ali Nasser": a person, no group
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                        name = _group_name(pobj)  # "members of Boko Haram": the whole name
                        if name:
                            return name
                    if pobj.dep_ == "pobj":
                        side = side_of(pobj, depth + 1)
                        if side:
                            return side
                        if pobj.pos_ == "PROPN":
                            return _group_name(pobj)
    return None


def _titled_person(tok: Token) -> bool:
    """A person's name with their title before it ("deputy interior minister Ali Nasser",
    "Governor Adnan Gheith"): a person, not a group."""
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" and any(
        c.dep_ in ("compound", "amod") and c.i < tok.i and title_sector(c) is not None
        for c in tok.children)


def group_tokens(noun: Token) -> list[Token]:
    """The tokens that may name the group of the people ``noun`` counts: its proper-noun
    modifiers ("Hezbollah members") and the object of its "of" ("members of Boko Haram")."""
    out = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
           and c.pos_ == "PROPN"]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for p in child.children:
                if p.dep_ == "pobj":  # "members of the Islamic State group": State, group
                    out.extend(c for c in p.children if c.dep_ == "compound" and c.pos_ == "PROPN")
                    out.append(p)
    return out


def generic_head(tok: Token) -> bool:
    """A noun whose category its group decides ("officers", "members", "men", "personnel")."""
    return _key(tok) in _GENERIC_HEADS or tok.lower_ in _GENERIC_HEADS


def listed_person(tok: Token) -> bool:
    """A later member of a list of named people who are the patient of a verb ("shot and
    killed Ray Dunn, 34, and Eli Moss, 22"): the list's first member is a named person who is
    the object or the passive subject; each name is one person."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.i == tok.i or head.ent_type_ != "PERSON" or head.dep_ not in ("dobj", "nsubjpass"):
        return False
    if tok.ent_type_ == "PERSON":
        return True
    # the small model labels some names of a list ORG or nothing ("Ray Dunn and Eli Moss",
    # "Tomas Greer, Ana Lopez and ..."): a name of two or three proper nouns with no article
    # ("the Red Cross" is none)
    ent = next((e for e in entities(tok.doc) if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ != "ORG":
        return False
    name = [t for t in tok.lefts if t.dep_ == "compound"] + [tok]
    span = list(ent) if ent is not None else name
    return 2 <= len(span) <= 3 and all(t.pos_ == "PROPN" for t in span) and not any(
        c.dep_ == "det" for c in tok.children)
