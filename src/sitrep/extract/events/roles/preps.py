"""What the object of a preposition under an event trigger is, when it is no party done to:
the place or time of the act (``venue``: "signed the documents at the Truman Library",
"marched to the palace"), the penalty a sentence puts someone to (``penalty``: "sentenced him
to life"), a town where an act done to parties only was aimed (``town_named``: "blocked the
road at Okene"); and whether the one a request is addressed to is asked to act
(``asked_to_act``: "urged the region to act"). ``actors.roles`` reads them.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.context import Sentence
from sitrep.extract.events.roles import participants
from sitrep.extract.events.roles.participants import SECTOR_NOUNS
from sitrep.records import Actor, Place
from sitrep.resources.countries import country_code

# types whose "to/on" object is the one addressed ("called on all sides to refrain", "appealed
# to the public", "apologized to the nation"), a party whatever its noun (``addressee``)
ADDRESSED = {"REQUEST", "CONCEDE"}
ADDRESS_PREPS = {"to", "on", "upon"}


def asked_to_act(trigger: Token, addressee: Token) -> bool:
    """Whether an infinitive after the one a request is addressed to says what it is asked to
    do ("urged the region to act", "called on all sides to refrain"): a "to" clause after the
    addressee that completes the request verb or hangs on the addressee's noun."""
    clauses_ = [c for c in trigger.children if c.dep_ in {"xcomp", "ccomp", "advcl"}]
    clauses_ += [c for c in addressee.children if c.dep_ == "acl"]  # the parser's reading of
    # "called on all sides to refrain" (an act noun is no addressee: ``roles`` skips triggers)
    return any(c.i > addressee.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in clauses_)


# entity labels of parties: a country, a group, a person ("deported him to Mexico",
# "suspended aid to the rebels" keep theirs)
PARTY_LABELS = {"GPE", "ORG", "NORP", "PERSON"}


# types of a verb of sentencing (a sentence, or "condemned", read first as a condemnation)
PENALISING = {"SANCTION", "ACCUSE"}


def penalty(pobj: Token, plover: str, kids: list[Token]) -> bool:
    """Whether the object of "to" under a verb of sentencing is the penalty its patient is put to,
    not a party: the verb names whom it sanctions (an object or a passive subject) and the
    object of "to" is no named party, group or pronoun ("sentenced him to life", "Three men
    were sentenced to death", "condemned the pair to ten years in prison"); "deported him to
    Mexico", "suspended aid to the rebels" (no person sanctioned) keep theirs."""
    if plover not in PENALISING or pobj.head.lower_ != "to" or pobj.ent_type_ in PARTY_LABELS:
        return False
    if pobj.pos_ == "PRON" or pobj.lemma_.lower() in SECTOR_NOUNS or participants.person_noun(pobj):
        return False  # "reported the officer to the ombudsman": a person
    patients = [c for c in kids if c.dep_ in {"dobj", "nsubjpass"}]
    return any(c.pos_ == "PRON" or c.ent_type_ == "PERSON" or participants.is_person(c)
               or c.lemma_.lower() in participants.COLLECTIVE for c in patients)


# types whose "at" names whom the act is aimed at ("fired at the embassy", "threats aimed at
# judges", "lashed out at the president", "in protest at the council's plan")
AIMED = {"ASSAULT", "THREATEN", "ACCUSE", "PROTEST"}
# entity labels of places: a building or site, a natural place
SITES = {"FAC", "LOC"}


# verbs of going somewhere, whose "to/toward/into" object is where a protest went ("marched to
# the palace", "streamed into the square"), not whom it is against
MOTION = {"march", "walk", "parade", "rally", "converge", "head", "move", "proceed", "stream",
          "flock", "pour", "trek", "drive", "ride", "file", "surge", "swarm", "go", "come",
          "return", "advance", "process", "troop", "descend", "run", "travel", "cycle"}
DESTINATION_PREPS = {"to", "toward", "towards", "into"}


def venue(pobj: Token, plover: str) -> bool:
    """Whether the object of "at" or "on" is where or when the act took place, not whom it was
    done to: "at" for any act not aimed at someone ("signed the documents at the Harry Truman
    Library", "met at the White House", "arrested at the border", "agreed at the summit"), "on"
    before a building or site ("rallied on the Mall"); not a country after "on" ("sanctions on
    Iran"). Where a protest march went is no recipient either ("marched to the palace"), where
    one protests to is ("protested to the embassy"), nor where forces were sent ("deployed
    5,000 troops to the state of Sucre", "sent troops into Chechnya"), unless it is a country
    ("sent troops to Libya")."""
    prep = pobj.head.lower_
    if plover == "PROTEST" and prep in DESTINATION_PREPS and (
            pobj.head.head.lemma_.lower() in MOTION):
        return True  # "marched to the Ministry of Finance": where the march went
    if plover == "MOBILIZE" and prep in DESTINATION_PREPS:
        # "sent 200 soldiers to Datu Piang": where the forces went; not "sent troops to Libya":
        # the state they are sent to
        return country_code(" ".join(t.text for t in pobj.subtree)) is None
    if plover in AIMED:
        return False
    return prep == "at" or (prep == "on" and pobj.ent_type_ in SITES)


# types whose recipient is a party, never a town, district or road: a protest blocking a road
# "at Okene", a visit to "Mbengwi", a curfew "in Cizre", a threat to attack "Arcahaie", troops
# sent to "Arcahaie" (a country, a capital read as its government or a group keeps its place)
PARTIES_ONLY = {"PROTEST", "CONSULT", "COERCE", "THREATEN", "REJECT", "MOBILIZE"}
# entity labels of a town, a region, a road or a site
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def town_named(actor: Actor, plover: str, sentence: Sentence | None,
               places: list[Place]) -> bool:
    """Whether a recipient record of an act of a ``PARTIES_ONLY`` type only names a place: a
    name with neither sector nor the kind of a state ("country", "place-as-government") whose
    words are one of the article's ``places`` below a country ("Okene") or that the model labels
    as a place of ``sentence`` ("the National Highway")."""
    if plover not in PARTIES_ONLY or actor.kind != "named" or actor.sector or sentence is None:
        return False
    doc = sentence.doc
    if doc is None:
        return False
    span = doc.char_span(actor.evidence.start - sentence.start,
                         actor.evidence.end - sentence.start, alignment_mode="expand")
    if span is None or participants.person_word(span.root):
        return False  # "Man arrested for shoplifting": a man, though Man is a town
    a, b = actor.evidence.start, actor.evidence.end
    if any(p.kind != "country" and p.evidence.start <= a and b <= p.evidence.end
           for p in places):
        return True
    return any(e.label_ in PLACE_LABELS and e.start_char <= span.start_char
               and span.end_char <= e.end_char for e in doc.ents)
