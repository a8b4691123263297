"""Clauses of a trigger, shared by ``modes`` and ``dated``: the verb of its clause
(``clause_head``) and the words of its own clause without the clauses it governs
(``clause_text``)."""

from __future__ import annotations

from spacy.tokens import Token

# clauses a trigger's clause governs: their dates and cues are theirs
SUBORDINATE = {"advcl", "relcl", "ccomp", "acl", "parataxis", "conj"}


def clause_head(token: Token) -> Token:
    """The verb of the clause a token is in (the token itself when it is a verb)."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


def clause_text(trigger: Token, clause: Token) -> str:
    """The words of the trigger's own clause, without the clauses it governs that do not hold
    the trigger ("sought the revocation after his licence was revoked last year": "last
    year" dates the revoking, not the seeking)."""
    doc = clause.doc
    left_out: set[int] = set()
    for tok in clause.subtree:
        if tok.i == clause.i or tok.i in left_out:
            continue
        # a clause that does not hold the trigger, or a date that modifies another noun
        # ("after last year's riots")
        other = tok.dep_ in SUBORDINATE or (tok.dep_ == "poss" and tok.head.i != trigger.i)
        if other and trigger.i not in {t.i for t in tok.subtree}:
            left_out.update(t.i for t in tok.subtree)
    return " ".join(doc[i].text for i in range(clause.left_edge.i, clause.right_edge.i + 1)
                    if i not in left_out)
