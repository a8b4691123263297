"""Places that lead the name of one of their institutions: "the Hopkinton Police Department",
"Licking County Sheriff's Office", "a Dunbar police officer",
"Manitoba Premier Brian Pallister". spaCy tags the whole name as an organisation (or a person);
its first words are the place the institution serves, and the place of what it does.

A leading run of up to three capitalised words is such a place when the gazetteer has a
country, a first-level division, a county or a town (of at least ``LED_TOWN_POP`` people) by
that main name, and the words after it in the name (or, for a one-word name, the word right
after it: "Roselle police") hold the head of a public institution or office: police, courts,
councils, governments, fire services and their officials and officers ("Akron officers",
"Danville Officer Thomas Cottrell": ``INSTITUTION_HEADS``, singular
and plural; not buildings such as hospitals and schools, which are often named after a person
or a feature: "Licking Memorial Hospital"). Names led by a demonym ("Nigerian Army") or a
direction ("South Central Ambulance Service") are not places.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.resources import countries as country_lexicon
from sitrep.resources.gazetteer import Gazetteer
from sitrep.resources.gazetteer_build import fold

LED_TOWN_POP = 1000
_SINGULAR = {
    "police", "policeman", "policewoman", "sheriff", "sheriff's", "constabulary", "patrol",
    "department", "dept", "council", "councillor", "councilor", "councilman", "councilwoman",
    "commission", "commissioner", "board", "authority", "court", "courthouse", "prosecutor",
    "attorney", "mayor", "governor", "premier", "government", "administration", "legislature",
    "assembly", "parliament", "senate", "senator", "municipality", "fire", "firefighter",
    "rescue", "jail", "coroner", "clerk", "treasurer", "assessor", "judge", "magistrate",
    "selectman", "trustee", "superintendent", "ministry", "minister", "registrar", "marshal",
    "constable", "official", "officer", "deputy", "trooper", "detective", "cop",
}
_PLURAL = {w + "s" for w in _SINGULAR if not w.endswith(("s", "'s", "y"))} | {
    "policemen", "policewomen", "sheriffs'", "deputies", "councilmen", "councilwomen",
    "authorities", "attorneys", "selectmen", "ministries"}
INSTITUTION_HEADS = frozenset(_SINGULAR | _PLURAL)
_PLACE_KINDS = {"country", "admin1", "admin2", "city"}
# a leading word that is a direction or a part of a name, not a place ("South Central Ambulance
# Service", "Northern Police")
_NOT_LEADS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern",
              "western", "northeast", "northwest", "southeast", "southwest", "upper", "lower",
              "greater", "new", "royal", "national", "federal", "state", "metropolitan",
              "metro", "city", "county", "regional", "general", "united"}
# the ranks and kinds of a court or an office, also the names of towns somewhere ("Superior
# Court" is no court of Superior, Wisconsin; "Supreme Court", "High Court", "Circuit Court")
COURT_RANKS = frozenset({
    "superior", "supreme", "high", "circuit", "municipal", "magistrate", "magistrates", "crown",
    "appeals", "appellate", "juvenile", "family", "probate", "chancery", "district", "federal",
    "criminal", "civil", "traffic", "small", "claims", "land", "labour", "labor", "tax",
    "military", "constitutional", "administrative", "commercial", "sessions", "quarter"})


def _head(token: Token) -> bool:
    """A head noun of an institution's name, as written or by its lemma ("Courts"); not a verb
    whose lemma is one ("Police fired tear gas": no "Police Fire" department)."""
    return token.lower_ in INSTITUTION_HEADS or (
        token.pos_ != "VERB" and token.lemma_.lower() in INSTITUTION_HEADS)


def _place_name(gaz: Gazetteer, text: str) -> bool:
    if country_lexicon.demonym_code(text) and not country_lexicon.is_country_name(text):
        return False
    key = fold(text)
    return any(c.main and fold(c.name) == key and (c.kind != "city" or c.population
                                                   >= LED_TOWN_POP)
               for c in gaz.lookup(text, kinds=_PLACE_KINDS))


def place_led(gaz: Gazetteer, tokens: list[Token]) -> list[Token] | None:
    """The leading tokens of an institution's name that are its place, else None."""
    if tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    if not tokens:
        return None
    doc = tokens[0].doc
    if tokens[-1].lower_ == "court" and tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "on":
        return None  # "a home invasion on South Taft Court": a street, no court of South Taft
    for k in range(min(3, len(tokens)), 0, -1):
        lead = tokens[:k]
        # words, or abbreviations with their stop ("St. Louis Police", "Ft. Worth police")
        if not all(t.text[:1].isupper() and t.text.rstrip(".").isalpha() for t in lead) or (
                lead[0].lower_ in _NOT_LEADS | COURT_RANKS and k == 1):
            continue
        rest = tokens[k:]
        if rest:
            if not any(_head(t) for t in rest):
                continue
        else:
            nxt = doc[lead[-1].i + 1] if lead[-1].i + 1 < len(doc) else None
            if nxt is None or not _head(nxt):
                continue
        if _place_name(gaz, doc[lead[0].i: lead[-1].i + 1].text):
            return lead
    return None


# "Rebecca Sears, 41, of Grovetown", "a man of Bellmore", "the mayor of Tega Cay": the town
# of a person (named, by age, or by a noun of people who live or serve somewhere) is a place.
# Not nouns of kinship or following ("the widow of Kennedy", "a student of Marx"): their "of"
# names another person.
_PEOPLE = frozenset({
    "man", "woman", "boy", "girl", "child", "teen", "teenager", "youth", "resident", "native",
    "couple", "driver", "victim", "suspect", "people", "person", "citizen", "mayor",
    "official", "officer", "worker", "farmer", "trader", "villager", "inhabitant", "dweller",
    "indigene", "pensioner", "retiree", "motorist", "pedestrian", "homeowner", "shopkeeper",
    "merchant", "fisherman", "herder", "landlord", "tenant", "councillor", "councilor"})


def of_a_person(of: Token) -> bool:
    """An "of" that attaches a name to a person: a named person ("Larry Dunaway of"), an age
    ("Sears, 41, of") or a noun of people who live or serve somewhere ("a 30-year-old man of",
    "residents of")."""
    if of.lower_ != "of":
        return False
    head = of.head
    if head.ent_type_ == "PERSON" or (head.like_num and head.i < of.i):
        return True
    return head.pos_ == "NOUN" and head.lemma_.lower() in _PEOPLE
