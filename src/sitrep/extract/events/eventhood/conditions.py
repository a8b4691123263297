"""Kinds of act named as the subject of a condition: "should riots break out, the police may
not intervene", "if attacks continue, the army will withdraw", "unless violence subsides":
a bare plural event noun (or a mass noun of violence) with no determiner, number or possessor,
whose clause is a condition, names no act of an identifiable doer, only a kind that may come.
Such a mention is no event; a particular act in a condition stays, hypothetical ("if the
riots spread", "if the rebels attack the town": ``modes``)."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.eventhood.present import MASS_VIOLENCE
from sitrep.extract.events.modal_cues import inverted_condition, opened_condition
from sitrep.records import When

CONDITION_MARKS = {"if", "unless"}


def _bare_kind(noun: Token) -> bool:
    """ "Riots", "attacks", "violence": no determiner, number, possessor or name."""
    if noun.pos_ != "NOUN" or not (noun.tag_ == "NNS" or noun.lemma_.lower() in MASS_VIOLENCE):
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "quantmod", "predet"} or c.like_num
                   or c.pos_ == "PROPN" for c in noun.children)


def kind_in_condition(token: Token, when: When | None) -> bool:
    """A bare kind of act as the subject of a condition's verb, with no date (see the module's
    docstring)."""
    if when is not None or not _bare_kind(token):
        return False
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = node.head
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS]
    if marks and not any(c.lower_ == "even" for c in verb.children if c.i < marks[0].i):
        return True
    return inverted_condition(verb) or opened_condition(token)
