"""Journeys of officials: "the president will travel to Beijing", "the foreign minister is
expected to arrive in Kyiv on Tuesday", "the Pope arrived in Baghdad" are visits (CONSULT/visit,
GUIDELINES: "visits"; an announced one takes ``future`` from its modal words like "will meet").
A journey is a visit when its traveller is an official (a title of a political sector in the
actors' lexicon: a minister, a president, an envoy, a senator, a pope; a name with such a title,
"President Xi", "Lavrov, Russia's foreign minister"; a delegation of a state) and its destination
a place ("to Beijing", "in Kyiv"). Tourists, migrants, fans and families travel privately, and
troops or police arriving are a deployment, not a visit: none of them is one here.

``official_trip(verb)`` is the trigger table's ``@trip`` requirement.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher

# verbs of a journey and the prepositions of their destination (lemmas)
JOURNEYS = {"travel": {"to"}, "journey": {"to"}, "arrive": {"in", "at"}}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
# sectors of the actors' lexicon that make no official visit: private life, and armed forces
# or police (their arrival is a deployment)
NOT_VISITING = {"CVL", "BUS", "MED", "EDU", "HLH", "AGR", "CRM", "REF", "MIL", "COP", "REB",
                "SPT", "ENT"}
# bodies of local government and policing, whose arrival is no visit (lemmas)
LOCAL_BODIES = {"authority", "investigator", "inspector", "agent", "detective", "deputy"}
# groups that travel for a state ("a Chinese delegation")
DELEGATIONS = {"delegation", "mission", "team", "entourage"}


def _title(words: list[str]) -> bool:
    entry = get_matcher().lookup(words)
    return entry is not None and entry.kind == "title" and \
        getattr(entry, "sector", None) not in NOT_VISITING


def _official(noun: Token) -> bool:
    """A traveller who is an official: a title, a name with a title, a state's delegation."""
    lemma = noun.lemma_.lower()
    mods = [c for c in noun.children if c.dep_ in {"compound", "amod", "appos", "poss"}]
    if noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.ent_type_ != "PERSON"):
        if lemma in DELEGATIONS or noun.tag_ == "NNS":  # ("the Pope": a title as a name)
            # a group travels for a state when the text says which ("a Chinese delegation",
            # "US officials"); "authorities arrived", "officials arrived" are often the
            # local police or investigators
            return lemma not in LOCAL_BODIES and any(
                c.ent_type_ in {"NORP", "GPE", "ORG"} for c in mods) and (
                lemma in DELEGATIONS or _title([lemma]))
        words = [c.lemma_.lower() for c in mods if c.dep_ in {"compound", "amod"}]
        return _title([lemma]) or (bool(words) and _title([*words[-1:], lemma]))
    if noun.ent_type_ == "PERSON":
        titles = [c for c in noun.children if c.dep_ in {"compound", "appos"}]
        for c in titles:
            if c.pos_ != "PROPN" or c.ent_type_ != "PERSON":
                if _title([c.lemma_.lower()]) or _official(c):
                    return True
            elif _title([c.lower_]):  # "President" tagged as part of the name
                return True
    return False


def official_trip(verb: Token) -> bool:
    """A journey of an official to a place ("will travel to Beijing", "arrived in Kyiv")."""
    preps = JOURNEYS.get(verb.lemma_.lower())
    if preps is None or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ == "prep" and c.lower_ in preps and any(
            g.dep_ == "pobj" and g.ent_type_ in PLACE_ENTS for g in c.children)
            for c in verb.children):
        return False
    node = verb
    for _ in range(3):  # "is expected to arrive", "plans to travel": the subject of the head
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return all(_official(s) for s in subjects)
        if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False
