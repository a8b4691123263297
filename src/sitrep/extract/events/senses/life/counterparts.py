"""Talks with a counterpart: "the envoy talked to the rebels", "the minister spoke with his
Iranian counterpart by phone", "held a phone call with the Turkish president" are meetings (CONSULT, GUIDELINES:
"meetings, visits, talks, calls"); talking to the press or to an audience is no meeting with
anyone ("the minister talked to reporters", "spoke with journalists", "talked to the crowd",
"spoke to CNN"), nor is talking to one's kin, to ordinary people or about things ("talked to
his wife", "talked to students", "talked with excitement").

A counterpart is the object of "with" (or "to" after "talk"; "spoke to" is mostly a statement
given: "a witness spoke to police") that names a person, a group or a body (a name, a pronoun, a
noun of a person or a group by its entity label or WordNet class) and is not the media (the
actors' lexicon's MED sector: "reporters", "journalists", "the BBC"), an audience (the WordNet
group nouns of listeners: "audience", "crowd", "congregation", "gathering"), kin or ordinary
people (``personal``).

``talk_with_counterpart(word)`` (a verb of talking, or the noun "call") is the trigger table's ``@counterpart`` requirement.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.senses.fit import noun_class
from sitrep.extract.events.senses.life.personal import KIN, ORDINARY

# the prepositions of the party talked with, by verb (lemmas)
TALKING = {"talk": {"with", "to"}, "speak": {"with"}, "call": {"with"}}
# of these the noun names the talk ("a phone call with his Russian counterpart")
TALK_NOUNS = {"call"}
# those who listen to a speaker: an audience, not a counterpart (lemmas and their plurals
# through the lemma)
AUDIENCES = {"audience", "crowd", "congregation", "gathering", "assembly", "listener",
             "viewer", "reader", "spectator", "onlooker", "bystander", "attendee", "supporter",
             "follower", "fan", "press", "media", "medium", "newsman", "newswoman",
             "newsperson", "pressman", "reporter", "journalist", "correspondent",
             "interviewer", "newspaper", "paper", "broadcaster", "station", "television",
             "radio", "magazine", "website", "outlet", "camera", "microphone"}
PARTY_CLASSES = {"person", "group"}
# nouns of the other party whose first WordNet sense is no person ("his counterpart", "both
# sides", "the other side")
PARTY_NOUNS = {"counterpart", "side"}


@cache
def _lexicon(phrase: str) -> str | None:
    """What the actors' lexicon says of the phrase: "media" when it files it under the media
    only, "actor" when it knows it otherwise, None when it does not know it."""
    found = get_matcher().find(phrase)
    if not found:
        return None
    return "media" if all(m.entry.sector == "MED" for m in found) else "actor"


def _counterpart(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in AUDIENCES or noun.lower_ in AUDIENCES or lemma in KIN or lemma in ORDINARY:
        return False
    known = _lexicon(noun.doc[noun.left_edge.i:noun.i + 1].text)
    if known == "media":
        return False
    if noun.pos_ == "PRON":
        return noun.lower_ not in {"it", "this", "that", "itself"}
    return known == "actor" or lemma in PARTY_NOUNS or noun_class(noun) in PARTY_CLASSES or (
        noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"})


def talk_with_counterpart(verb: Token) -> bool:
    """A talk with a party who is a counterpart (see the module's docstring)."""
    lemma = verb.lemma_.lower()
    preps = TALKING.get(lemma)
    if preps is None or (verb.pos_ not in {"VERB", "AUX"}) != (lemma in TALK_NOUNS):
        return False
    parties = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
               for g in c.children if g.dep_ == "pobj"]
    parties += [c for p in parties for c in p.conjuncts]
    return any(_counterpart(p) for p in parties)
