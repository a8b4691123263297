"""Talks with a counterpart: "the envoy talked to the rebels", "the minister spoke with his
Iranian counterpart by phone", "held a phone call with the Turkish president" are meetings (CONSULT, GUIDELINES:
"meetings, visits, talks, calls"); talking to the press or to an audience is no meeting with
anyone ("the minister talked to reporters", "spoke with journalists", "talked to the crowd",
"spoke to CNN"), nor is talking to one's kin, to ordinary people or about things ("talked to
his wife", "talked to students", "talked with excitement").

A counterpart is the object of "with" (or "to" after "talk"; "spoke to" is mostly a statement
given: "a witness spoke to police") that is a public party (the actors' lexicon files it under a
sector of public life, not the media, the police or private life: "rebel commanders", "the
Turkish president", "Houthi officials"; an organisation, a state or a people the entity tagger
names; "his counterpart", "both sides"), or a person (a name, a pronoun, a noun of a person by
its WordNet class) a public party talks with ("the minister talked with Smith"; not "deputies
spoke with the suspect", "I talked to Roy"); never the media ("reporters", "journalists", "the
BBC"), an audience ("audience", "crowd", "congregation", "gathering"), kin or ordinary people
(``personal``), nor the people of a case ("the suspect", "the victim", "a witness").

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
# the people of a case, whom officers talk with in an inquiry ("deputies spoke with the
# suspect"), and people named by sex or age only (lemmas)
CASE_PEOPLE = {"suspect", "victim", "witness", "defendant", "accused", "offender",
               "complainant", "plaintiff", "culprit", "perpetrator", "assailant", "attacker",
               "intruder", "robber", "burglar", "thief", "driver", "motorist", "caller",
               "survivor", "man", "woman", "boy", "girl", "teenager", "youth", "juvenile",
               "person", "individual", "occupant", "owner"}
# nouns of the other party whose first WordNet sense is no person ("his counterpart", "both
# sides", "the other side")
PARTY_NOUNS = {"counterpart", "side"}


# sectors of the actors' lexicon of private life and of policing: a talk of police with a
# suspect, a victim or a witness is an interview, none of a private person a meeting
PRIVATE = {"CVL", "BUS", "MED", "EDU", "HLH", "AGR", "CRM", "REF", "SPT", "ENT", "COP"}
PUBLIC_ENTS = {"ORG", "GPE", "NORP"}


@cache
def _sectors(phrase: str) -> frozenset[str] | None:
    """The sectors the actors' lexicon gives the phrase ("" for a known entry of no sector),
    None when it does not know it."""
    found = get_matcher().find(phrase)
    if not found:
        return None
    return frozenset(m.entry.sector or "" for m in found)


def _phrase(noun: Token) -> str:
    return noun.doc[noun.left_edge.i:noun.i + 1].text


def _public(noun: Token) -> bool:
    """A party the lexicon or the entity tagger knows as public: an official, a force, a
    state, a party, an organisation (not the media, police or private people)."""
    sectors = _sectors(_phrase(noun))
    if sectors is not None:
        return bool(sectors - PRIVATE)
    return noun.ent_type_ in PUBLIC_ENTS or noun.lemma_.lower() in PARTY_NOUNS


def _counterpart(noun: Token, public_speaker: bool) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in AUDIENCES or noun.lower_ in AUDIENCES or lemma in KIN or lemma in ORDINARY or (
            lemma in CASE_PEOPLE):
        return False
    sectors = _sectors(_phrase(noun))
    if sectors is not None and sectors <= {"MED"}:
        return False  # the press
    if _public(noun):
        return True
    # a person named, a pronoun or an unknown noun of a person ("the Patriarch", "tribal
    # elders") is a counterpart of an official only ("the minister talked with Smith", not
    # "deputies spoke with the suspect")
    if noun.pos_ == "PRON":
        return public_speaker and noun.lower_ not in {"it", "this", "that", "itself"}
    return public_speaker and (noun.ent_type_ == "PERSON" or noun_class(noun) in PARTY_CLASSES)


def _speakers(word: Token) -> list[Token]:
    """The subjects of the verb of talking, or of the light verb of "a call" ("held a call")."""
    node = word if word.pos_ in {"VERB", "AUX"} else word.head
    for _ in range(3):
        found = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if found or node.dep_ not in {"xcomp", "conj", "advcl"} or node.head.i == node.i:
            return [n for f in found for n in (f, *f.conjuncts)]
        node = node.head
    return []


def talk_with_counterpart(verb: Token) -> bool:
    """A talk with a party who is a counterpart (see the module's docstring)."""
    lemma = verb.lemma_.lower()
    preps = TALKING.get(lemma)
    if preps is None or (verb.pos_ not in {"VERB", "AUX"}) != (lemma in TALK_NOUNS):
        return False
    parties = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
               for g in c.children if g.dep_ == "pobj"]
    parties += [c for p in parties for c in p.conjuncts]
    public_speaker = any(_public(n) for n in _speakers(verb))
    return any(_counterpart(p, public_speaker) for p in parties)
