"""Conditions a court sets: "the judge ruled that he could be released but must surrender his
passport", "the court ruled the company must withdraw the product", "the magistrate ordered that
he must stay away from the victim". A "must" clause makes a REQUEST of whoever says it
(``modal_cues.plover_by_modality``), but a court's ruling is no appeal to a party: under PLOVER
a court's penalty is a SANCTION, and a condition of bail or a remedy it orders is no event of
its own (the ruling, the sentence or the release is coded by its own trigger). Asked by the
extractor for the REQUEST a "must" clause would make. Families are listed whole; inflections
come through the lemma.
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
# courts and their officers
COURTS = {"judge", "court", "magistrate", "justice", "tribunal", "jury", "bench", "judiciary",
          "arbitrator", "arbiter", "coroner", "sheriff-principal", "chancellor"}
# what a court does in giving a ruling
RULING = {"rule", "order", "find", "decide", "hold", "require", "direct", "sentence", "decree",
          "determine", "say", "state", "write", "declare", "conclude", "add", "stipulate",
          "specify", "impose", "grant"}
CHAIN = {"xcomp", "acomp", "conj"}


def _obliging(token: Token) -> Token | None:
    """The verb carrying "must" above ``token`` ("must surrender", "must be ready to")."""
    node = token
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ == "must" for c in node.children):
            return node
        if node.dep_ not in CHAIN or node.head.i == node.i:
            return None
        node = node.head
    return None


def _court(noun: Token) -> bool:
    """A court or a judge: "the judge", "the Supreme Court", "Magistrate Judge Robert Carr"."""
    words = [noun] + [c for c in noun.children if c.dep_ in {"compound", "amod", "appos"}]
    return any(w.lemma_.lower() in COURTS or w.lower_ in COURTS for w in words)


def court_condition(token: Token) -> bool:
    """The "must" clause of ``token`` is what a court rules or orders (see the docstring)."""
    if token.pos_ not in VERB_POS:
        if token.dep_ not in {"dobj", "nsubjpass"} or token.head.pos_ not in VERB_POS:
            return False
        token = token.head  # "must end the strike", "must lift the ban"
    node = _obliging(token)
    if node is None:
        return False
    while node.head.i != node.i:
        below, node = node, node.head
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        ruling = node.pos_ in VERB_POS and node.lemma_.lower() in RULING and bool(
            subjects) and all(_court(s) for s in subjects)
        if below.dep_ in CHAIN and not ruling:
            continue  # "could be released but must surrender": the ruling is above both
        if node.pos_ in VERB_POS and subjects:
            return ruling
    return False
