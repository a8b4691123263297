"""A person's surrender told only as the moment of another act ("officers shot him after he
surrendered") or in a party's version of it ("his family said he was unarmed and had
surrendered") is no event of its own: it times or colours the act told, the shooting. A
person's surrender told as what happened ("the gunman surrendered to police after a standoff")
is his going into custody: a COERCE/arrest with him as the recipient (``into_custody``; session
42: the annotators of the look sets code it so, 3 of 3); a party's surrender (troops, rebels, a
garrison, weapons surrendered, a surrender to an army) stays RETREAT. Asked by the extractor for
a RETREAT trigger once its doers are known.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.senses.fit import noun_class
from sitrep.records import Actor

SURRENDER = {"surrender"}
# sectors of organised parties, whose surrender is a RETREAT
PARTIES = {"REB", "MIL", "GOV", "COP", "SPY", "PTY", "OPP", "IGO", "PRM", "INS", "LEG", "JUD",
           "ELI", "NGO"}
PERSONS = {"he", "she", "they", "i", "we", "him", "her", "them", "who"}
# conjunctions of a clause that only times another act
TIME_MARKS = {"after", "before", "when", "once", "until", "till", "as", "while"}
# verbs of a party's version of what happened ("saying he had surrendered")
TELLING = {"say", "claim", "insist", "maintain", "contend", "allege", "tell", "argue"}
NEUTRAL = {"police", "officer", "official", "spokesman", "spokeswoman", "spokesperson",
           "sheriff", "deputy", "prosecutor", "authority", "office", "department", "statement",
           "ministry", "army", "military", "force"}


def _person(subject: Token | None) -> bool:
    if subject is None:
        return False
    if subject.lower_ in PERSONS or subject.ent_type_ == "PERSON":
        return True
    return noun_class(subject) == "person"


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a dateline's town parsed as a subject stands aside for the person
    beside it ("BISMARCK, N.D. — A Mandan man surrendered", "RAPID CITY, S.D. — A Box Elder man
    who ... surrendered": the town as a second subject or with the man in apposition)."""
    node = verb
    for _ in range(3):
        found = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if found:
            beside = [c for f in found for c in f.children if c.dep_ == "appos"]
            return next((c for c in [*found, *beside] if _person(c)), found[0])
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if verb.dep_ == "relcl":
        return verb.head
    return None


def _speaker_words(speaker: Token) -> set[str]:
    """The speaker's noun and the titles before it ("Sheriff Brian Mueller")."""
    return {speaker.lemma_.lower(), *(c.lemma_.lower() for c in speaker.children
                                      if c.dep_ in {"compound", "amod"})}


def _told_aside(verb: Token) -> bool:
    """The surrender only times another act ("after he surrendered") or is told in a party's
    version ("saying he was unarmed and had surrendered")."""
    node = verb
    for _ in range(4):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS
                                        for c in node.children):
            return True
        if node.dep_ in {"ccomp", "xcomp", "advcl"} and node.head.lemma_.lower() in TELLING:
            speaker = _subject(node.head)
            return speaker is None or not _speaker_words(speaker) & NEUTRAL
        if node.dep_ not in {"conj", "ccomp", "advcl"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def surrender_aside(token: Token, actors: list[Actor]) -> bool:
    """For a RETREAT trigger ``token`` with doers ``actors``: a person's surrender told only as
    a moment ("police shot the brothers after they surrendered") or in a party's version
    ("saying he was unarmed and had surrendered"); not a party's surrender (troops, rebels), the
    surrender of things ("surrendered their weapons") nor one told as what happened."""
    if token.lemma_.lower() not in SURRENDER or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" for c in token.children):
        return False  # "surrendered their weapons", "surrendered the town"
    subject = _subject(token)
    if subject is not None and subject.pos_ == "PRON" and _person(subject):
        return _told_aside(token)  # "police shot the brothers after they surrendered"
    if any(a.sector in PARTIES for a in actors) or not _person(subject):
        return False  # "200 rebel fighters surrendered", "the garrison surrendered"
    return _told_aside(token)


# nouns of those to whom a person gives himself up into custody ("surrendered to police")
CUSTODIANS = {"police", "policeman", "policewoman", "officer", "cop", "deputy", "sheriff",
              "trooper", "constable", "agent", "detective", "authority", "marshal",
              "gendarme", "gendarmerie", "investigator", "prosecutor", "court", "jail",
              "office", "department", "station"}


def into_custody(token: Token, actors: list[Actor]) -> bool:
    """For a RETREAT trigger ``token`` with doers ``actors``: a person (not a party) who gives
    himself up ("a man surrendered to police after a nine-hour standoff", "the two men inside
    surrendered after an exchange of gunfire"), told as what happened: his going into custody,
    a COERCE. Not things surrendered ("surrendered their weapons"), a party's surrender ("200
    rebel fighters surrendered", "the garrison surrendered to the army") nor a surrender to
    someone other than the police or a court."""
    if token.lemma_.lower() not in SURRENDER or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" for c in token.children):
        return False
    subject = _subject(token)
    to = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
          for g in c.children if g.dep_ == "pobj"]
    # a person named to the police keeps his custody whatever his rank ("a former mayor", or a
    # place name taken for a notable's: "a Mills man"); armed and ruling parties do not
    parties = PARTIES - {"ELI"} if to else PARTIES
    if any(a.sector in parties for a in actors) or not _person(subject):
        return False
    return all(g.lemma_.lower() in CUSTODIANS or g.lower_ in CUSTODIANS for g in to)
