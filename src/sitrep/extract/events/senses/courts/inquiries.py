"""Inquiries told by other verbs than "investigate" (ACCUSE/investigate):

- **a matter looked into or examined**: "the bureau looks into the shooting", "his office would
  examine the report", "will examine allegations of torture": the matter is a happening (a word
  of the trigger lexicon) or a word of ``MATTERS`` (an allegation, a complaint, a report, a
  death); looking into someone's eyes or ways to cut costs, examining a patient or an engine is
  no inquiry;
- **a person questioned by the police**: "is being questioned by police", "questioned by
  military intelligence", "police questioned the suspect": the questioner is the police, an
  investigator or an intelligence service (the police and intelligence sectors of
  ``resources/titles.tsv``, and the words of ``INVESTIGATORS``); critics who question a plan, a
  teacher who questions pupils, and witnesses questioned about an act are not.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from sitrep.resources import read_tsv

# what an inquiry looks into besides a happening (lemmas)
MATTERS = {"allegation", "accusation", "complaint", "claim", "report", "case", "incident",
           "death", "matter", "circumstance", "conduct", "charge", "misconduct", "abuse",
           "wrongdoing", "irregularity", "disappearance", "leak", "breach"}
# questioners besides the police and intelligence sectors' words of titles.tsv
INVESTIGATORS = {"investigator", "detective", "prosecutor", "intelligence", "interrogator",
                 "agent", "inspector"}
QUESTIONER_SECTORS = {"COP", "SPY"}
# people questioned as witnesses of an act, not as its suspects: the act stays a happening of
# its own ("police questioned witnesses to a stabbing"), no inquiry is coded (lemmas)
WITNESSES = {"witness", "bystander", "onlooker", "passerby", "neighbour", "neighbor"}


@lru_cache(maxsize=1)
def questioners() -> frozenset[str]:
    """Words (lower case) of those who question a person in an inquiry."""
    words = {r["term"].lower() for r in read_tsv("titles.tsv")
             if " " not in r["term"] and r["sector"] in QUESTIONER_SECTORS}
    return frozenset(words | INVESTIGATORS)


def _inquired(noun: Token, is_event_word: Callable[[str], bool]) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in MATTERS or is_event_word(lemma) or is_event_word(noun.lower_)


def matter_inquired(verb: Token, is_event_word: Callable[[str], bool]) -> bool:
    """ "Looks into the shooting", "would examine the report": a happening or an allegation
    looked into or examined."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if lemma == "look":
        matters = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
                   for g in c.children if g.dep_ == "pobj"]
    elif lemma == "examine":
        matters = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        return False
    return bool(matters) and all(_inquired(m, is_event_word) for m in matters)


def _by_questioners(word: Token) -> bool:
    words = questioners()
    return any(t.lower_ in words or t.lemma_.lower() in words for t in word.subtree)


def questioned(verb: Token) -> bool:
    """ "Is being questioned by police", "police questioned the suspect": a person questioned
    by the police, investigators or intelligence."""
    if verb.lemma_.lower() != "question" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    kids = list(verb.children)
    if any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in WITNESSES for c in kids):
        return False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in kids):  # ("captured and is being
        # questioned": a conjunct with the subject of the first verb)
        return any(c.dep_ == "agent" and _by_questioners(c) for c in kids)
    return any(c.dep_ == "dobj" for c in kids) and any(
        c.dep_ == "nsubj" and _by_questioners(c) for c in kids)
