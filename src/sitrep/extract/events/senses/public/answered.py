"""A request named as what is turned down is the earlier request referred to, no REQUEST of
its own: "rejected calls for reforms", "dismissed demands for his resignation", "rebuffed
appeals for a ceasefire" (the rejection is the REJECT); nor is the act it asked for an act of
its own ("calls for his resignation": no RETREAT). As ``opinions.accusation_answered`` for
accusations turned down. A request voiced, made or repeated ("renewed calls for talks") stays.
Session 43, issue 15 (event precision; the look sets' annotators code none of them, 3 of 3).
"""

from __future__ import annotations

from spacy.tokens import Token

NOUN_POS = {"NOUN", "PROPN"}
VERB_POS = {"VERB", "AUX"}
# nouns of a request (lemmas)
REQUESTS = {"call", "demand", "appeal", "request", "plea", "petition", "ultimatum", "entreaty"}
# verbs of turning a request down (lemmas; "brush aside" through its particle). A request
# ignored or disregarded ("the demand for an inquiry was ignored") is still told as made
TURNING_DOWN = {"reject", "dismiss", "rebuff", "refuse", "spurn", "snub", "repudiate",
                "brush", "resist", "defy"}


def _answered_request(noun: Token) -> bool:
    while noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in VERB_POS:
        return head.lemma_.lower() in TURNING_DOWN
    return noun.dep_ == "pobj" and head.lower_ in {"aside", "off"} and \
        head.head.lemma_.lower() in TURNING_DOWN  # "brushed aside calls for"


def request_answered(token: Token, plover: str) -> bool:
    """A request noun turned down ("rejected calls for reforms"), or an act it asked for
    ("rejected calls for his resignation": the resignation)."""
    if plover == "REQUEST" and token.pos_ in NOUN_POS and token.lemma_.lower() in REQUESTS:
        return _answered_request(token)
    node = token
    for _ in range(3):  # "calls for his resignation", "demands that he resign"
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in NOUN_POS and node.lemma_.lower() in REQUESTS:
            return _answered_request(node)
        if node.pos_ in VERB_POS:
            return False
    return False
