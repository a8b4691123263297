"""What an unknown proper name is: a person, a company, a newspaper, a charity, an
institution named after a person, or a person named after a place.

- ``ORG_SECTORS``: the sectors of organisations that name themselves by what they are
  ("Meridian Airlines", "the Hope Foundation", "the Lantern Daily");
- ``ends_name(phrase, m)``: whether a word that ends names ("Post", "Steel", "Broadcasting")
  ends this one, alone or, a word of the media, before a legal form ("Arden Broadcasting
  Corporation": the name is a broadcaster's, "Corporation" only says it is incorporated);
- ``ending_sector(phrase, mentions)``: MED for a word of the media before a legal form;
- ``reads_as_person(text)``: whether the model reads an isolated name as a person's, alone or,
  where it labels it nothing or an organisation alone, as the object of a plain sentence
  ("Mandla Okoye" alone is no entity to the small model; "Officials met Mandla Okoye on
  Monday." is a person), so that an unknown person's name is an official by default and an
  unknown company's is not;
- ``misread_surname``: a known person's surname that is another person's ("Amadou Keita" is
  not Ibrahim Boubacar Keita) or a common noun ("Gang members" are no Qin Gang);
- ``names_a_product``: a company's name before a model designation names the product ("Boeing
  737s", "Airbus A320", "Hyundai K9 howitzers"), not the company;
- ``named_after``, ``first_name_is_a_place``, ``is_proper_name``: institutions named after a
  person ("Kenyatta National Hospital"), people named after a place ("Chad Miller"), and
  capitalised runs of words.
"""

from __future__ import annotations

import re
from functools import cache

from sitrep.extract.actors.lexicon import HONORIFICS, Mention, get_matcher
from sitrep.extract.actors.where import (
    DIVISION_WORDS,
    entity_label,
    framed_entity_label,
    name_country,
)
from sitrep.resources import noun_classes

# sectors of organisations that name themselves by what they are ("X Airlines", "Y Foundation")
ORG_SECTORS = {"BUS", "NGO", "MED", "EDU", "HLH", "PTY"}
NAME_SMALL_WORDS = {"of", "for", "the", "and", "de", "del", "la", "el", "du", "des", "on", "in"}
# legal forms that follow what a company is ("Arden Media Group", "Vosta Broadcasting Corp.")
LEGAL_FORMS = {"company", "corporation", "corp", "inc", "incorporated", "ltd", "limited", "plc",
               "llc", "llp", "co", "group", "holdings", "sa", "ag", "gmbh", "nv", "bv", "spa",
               "pty", "asa", "oyj", "ab", "&"}
# the object of a plain sentence: a frame in which the small model reads names it leaves
# unlabelled alone
PERSON_FRAME = ("Officials met ", " on Monday.")


def ends_name(phrase: str, m: Mention) -> bool:
    """Whether the name word ``m`` ends ``phrase``, or, a word of the media, only legal forms
    follow it ("Vosta Broadcasting Corporation"; not "Washington Post reporters", "Times
    Square"; "U.S. Trust Corp" is a bank, "Systems Network LLC" a company)."""
    rest = [w.lower().rstrip(".,") for w in phrase[m.end:].replace("'", " ").split()]
    return not rest or m.entry.sector == "MED" and all(w in LEGAL_FORMS for w in rest)


def ending_sector(phrase: str, mentions: list[Mention]) -> str | None:
    """MED when a word of the media comes before the legal forms that end ``phrase`` ("Vosta
    Broadcasting Corporation", "Tamsin Media Group": a broadcaster's, a publisher's), else
    None (a company's legal form is a business's: "Arden Relief Ltd", "U.S. Trust Corp")."""
    words = [m for m in mentions if m.kind == "title" and m.entry.office is None
             and m.entry.sector == "MED" and phrase[m.end:].strip(" '")
             and ends_name(phrase, m)]
    if not words or not is_proper_name(phrase[:words[-1].start]):
        return None
    return words[-1].entry.sector


@cache
def common_nouns() -> frozenset[str]:
    """The nouns of WordNet (``noun_classes.tsv``): "silver", "arrow", "vale", "horizon"."""
    return frozenset(noun_classes())


# the model designations of military aircraft, armour and artillery: a maker's or a service's
# letters, a hyphen and a number ("F-16", "Su-25", "MiG-29", "T-72", "Mi-24", "B-52H"), in the
# plural or not
DESIGNATION = re.compile(r"(?:^|\s)[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?(?:s|'s)?$")


def designates_weapon(phrase: str) -> bool:
    """Whether the phrase ends in the model designation of a military aircraft, tank or gun
    ("Israeli F-16s", "a Russian Su-25", "Syrian MiG-29s"; not "COVID-19", whose letters are
    more than three, nor a bare "M-23", a rebel group's name)."""
    phrase = phrase.strip()
    match = DESIGNATION.search(phrase)
    # alone and in the singular, a designation may be a group's name ("M-23")
    return match is not None and (match.start() > 0 or phrase.endswith("s"))


def reads_as_person(text: str) -> bool:
    """Whether the model reads the isolated name ``text`` as a person's (module docstring); in
    the sentence frame only when some word of it is no common noun ("Kestrel Vale", "Silver
    Arrow" are names of things; "Mandla Okoye" is a person's)."""
    label = entity_label(text)
    if label in (None, "ORG"):
        words = [w.lower() for w in text.split()]
        return not all(w in common_nouns() for w in words) \
            and framed_entity_label(text, *PERSON_FRAME) == "PERSON"
    return label == "PERSON"


# words after a place name that make it a feature or a body, not a person's first name
FEATURE_WORDS = {"basin", "falls", "valley", "river", "lake", "sea", "bay", "gulf", "mountains",
                 "hills", "plain", "plains", "desert", "coast", "strait", "canal", "island",
                 "islands", "peninsula", "city", "town", "square", "street", "road", "airport",
                 "port", "harbour", "harbor", "station", "stadium", "times", "post", "today",
                 "group", "club", "fc", "bank", "airways", "airlines", "university", "tech",
                 "process", "agreement", "accord", "accords", "declaration", "summit"}


# what a place or an institution named after a person ends in when it is no body that acts
NAMED_PLACES = {"airport", "stadium", "bridge", "dam", "street", "road", "avenue", "square",
                "park", "museum", "library", "highway", "port", "station", "hall", "arena",
                "center", "centre", "prize", "award", "cup", "trophy", "memorial", "mausoleum"}
_CAPITALISED_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'\-]*(?:[ \t]+(?:of|for|the|and)(?=[ \t]+[A-Z]))?)"
                                r"{1,5}")


def named_after(text: str, person: Mention, mentions: list[Mention]
                ) -> tuple[int, str | None] | None:
    """An institution or a place named after a person whose name ``person`` is: the
    capitalised words after it end in what it is ("Kenyatta National Hospital", "the Obama
    Foundation", "Jinnah International Airport"): where its name ends, and the sector of the
    institution (None for a place: an airport, a stadium); None when the name is the
    person's own."""
    run = _CAPITALISED_AFTER.match(text, person.end)
    if run is None:
        return None
    end = run.end()
    last = next((x for x in mentions if x.kind == "title" and x.end == end
                 and x.start >= person.end), None)
    if last is not None and last.entry.sector in ORG_SECTORS and last.entry.office is None:
        return end, last.entry.sector
    if run.group().split()[-1].lower() in NAMED_PLACES:
        return end, None
    return None


def first_name_is_a_place(phrase: str, mentions: list[Mention]) -> bool:
    """Whether an isolated two- or three-word name starts or ends with a country or town name
    used as a first name or a surname ("Chad Miller", "Santiago Ramirez", "Jordan Peterson",
    "Michael Jordan", "Jack London"): the lexicon knows only that word, the rest are
    capitalised words that are not places, features or bodies, and the model reads the whole
    as a person."""
    words = phrase.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if len(mentions) != 1 or mentions[0].kind not in (
            "country", "capital") or len(mentions[0].text.split()) != 1:
        return False
    if mentions[0].start == 0:
        rest = words[1:]
    elif mentions[0].end == len(phrase):
        rest = words[:-1]
    else:
        return False
    # a place after a country's name is the country's place ("Chad Lake"); a first name before
    # a surname is often a place's name too ("Michael", a parish of the Isle of Man)
    if any(w.lower() in FEATURE_WORDS or w.lower() in DIVISION_WORDS for w in rest) or \
            (mentions[0].start == 0 and name_country(" ".join(rest))):
        return False
    return entity_label(phrase) == "PERSON"


def is_proper_name(text: str) -> bool:
    """Capitalised words, with the small words of names between them ("Hope for Children")."""
    words = [w for w in re.findall(r"[\w'\-.]+", text) if w.lower() not in NAME_SMALL_WORDS]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)




_CAPITAL_BEFORE = re.compile(r"([A-Z][\w'\-]*)\s+$")
_LOWER_AFTER = re.compile(r"\s+[a-z]")


def misread_surname(phrase: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the surname mention ``m`` in ``phrase`` names no known person: right after a
    capitalised word that no other mention covers and that is no honorific, it ends another
    person's name ("Amadou Keita"; not "President Keita", "Mali's Keita", "Mr Keita"); a surname that is a common noun before a lower-case word is that noun
    ("Gang members", "Rice farmers"; not "Rice said")."""
    if m.kind != "surname":
        return False
    before = _CAPITAL_BEFORE.search(phrase, 0, m.start)
    if before is not None and before.group(1).lower().rstrip(".") not in HONORIFICS and not any(
            x.start <= before.start(1) < x.end for x in mentions if x is not m):
        return True
    return m.kind == "surname" and m.text.lower() in common_nouns() and _LOWER_AFTER.match(phrase, m.end) is not None \
        and not phrase[m.end:].lstrip().startswith(("said", "says", "told", "was", "is", "has"))


def noun_for(m: Mention) -> list[Mention]:
    """The common noun a misread surname ``m`` is, as a title mention of the lexicon ("Gang" in
    "Gang members": a gang), else []."""
    found = get_matcher().find(m.text.lower(), kinds={"title"})
    return [Mention(m.start + x.start, m.start + x.end, m.text[x.start:x.end], x.entry)
            for x in found]


_MODEL_AFTER = re.compile(r"\s+[A-Z]{0,3}-?\d")


def names_a_product(phrase: str, m: Mention) -> bool:
    """Whether the company mention ``m`` is followed by a model designation (module
    docstring)."""
    return m.kind == "org" and m.entry.sector == "BUS" and \
        _MODEL_AFTER.match(phrase, m.end) is not None
