"""A verb coordinated with another shares its auxiliaries and the verb that governs it: "will
travel to Gori and visit the brigade", "is due to arrive on Monday and hold talks", "are
expected to meet in Rome and sign the accord", "would strike and march to parliament": the
second verb is as much announced, planned or supposed as the first (``modes`` reads the
first's modes). A second verb with a subject, an auxiliary or a tense of its own is a clause of
its own ("arrested him on Monday and will charge him", "will stay, and attacked ...").
"""

from __future__ import annotations

from spacy.tokens import Token

# forms of a verb with no tense of its own: the base form and the participles that an
# auxiliary of the first verb carries ("could be arrested and charged", "is to visit and meet")
UNTENSED = {"VB", "VBN", "VBG"}
OWN_DEPS = {"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"}


def shared_head(clause: Token) -> Token | None:
    """The first verb of the coordination whose auxiliaries and governor ``clause`` shares, or
    None when ``clause`` is no such second verb."""
    node = clause
    while node.dep_ == "conj" and node.head.i != node.i and node.pos_ in {"VERB", "AUX"} \
            and node.tag_ in UNTENSED and node.head.pos_ in {"VERB", "AUX"} and not any(
                c.dep_ in OWN_DEPS for c in node.children):
        node = node.head
    return None if node.i == clause.i else node


def joined_by_or(clause: Token, first: Token) -> bool:
    """The coordination is "or" / "nor" ("did not visit the town or meet the leaders"): a
    negation of the first verb covers the second."""
    node = clause
    while node.i != first.i and node.head.i != node.i:
        if any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in node.head.children):
            return True
        node = node.head
    return False
