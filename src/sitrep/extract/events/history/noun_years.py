"""A year written before a noun that is not the act's own ("withdrew from the 2015 nuclear
agreement in 2018", "urged both sides to return to the 2018 peace agreement", "called on the
government to respect the 2023 ruling"): the time the noun's thing was made, signed or ruled,
not the time of the act. Not the act's own noun, nor the frame it happened in ("killed 12 in
the 2015 attack"), nor the thing the act is done to ("signed the 2019 accord": the signing's
year; "the 2019 accord was signed")."""

from __future__ import annotations

import re

from spacy.tokens import Token

_YEAR = re.compile(r"(?:1[0-9]|20)\d\d")
_PREMODIFIERS = {"compound", "nummod", "amod", "nmod", "poss"}
_FRAMES = {"in", "during", "at", "amid", "amidst", "throughout"}
_ACTED_ON = {"dobj", "obj", "nsubjpass", "attr"}


def year_of_noun(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` is a year premodifying a noun whose time it names rather than the
    act of ``trigger`` (see the module)."""
    if not _YEAR.fullmatch(tok.text) or tok.dep_ not in _PREMODIFIERS:
        return False
    node = tok
    while node.dep_ in _PREMODIFIERS and node.head.i != node.i and \
            node.head.pos_ not in {"NOUN", "PROPN"}:
        node = node.head
    noun = node.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i < tok.i or \
            noun.ent_type_ in {"DATE", "TIME"} or noun.i in {trigger.i, trigger.head.i}:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in _FRAMES:
        return False  # "in the 2015 attack": the frame the act happened in
    return not (noun.head.i == trigger.i and noun.dep_ in _ACTED_ON)
