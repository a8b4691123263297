"""What a request asks for is not an act of its own: "called on the league to send
observers" is one REQUEST (no MOBILIZE), "demanding an end to the blockade and the
withdrawal of the militia" one REQUEST (no RETREAT), "would press for tougher sanctions" one
REQUEST (no SANCTION), "urged the two parties to open talks" one REQUEST (no CONSULT).

``modes`` already flags such an act ``hypothetical`` (it sits in the complement or the object
of the request); ``asked_for`` says that a hypothetical act is what a request in its sentence
asks for, so that ``merge.consolidate`` keeps the request and drops its content. An act the
request presupposes is not hypothetical and stays ("demanded an inquiry into the shooting of
the student": the shooting happened), as does one told in a clause of its own inside the
request's phrase ("demanded the release of the men who were arrested on Friday").
"""

from __future__ import annotations

from spacy.tokens import Token

# links from an act up to the request whose content it is: complements, objects and the
# phrases inside them ("to send troops", "an end to X and the withdrawal of Y", "for sanctions")
CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "compound", "appos",
                "nmod", "oprd", "attr", "acl", "dative", "amod", "conj", "nsubj"}
MAX_STEPS = 6


def _content_path(token: Token, request: Token, acts: set[int]) -> bool:
    """``request`` governs ``token`` through complements and objects only (no relative clause,
    no adverbial clause, no verb conjoined to the request, no subject of the request itself),
    and not through a noun of something other than an act that the act is "of" ("justice for
    the victims of the bombing": the bombing happened); ``acts``: the sentence's triggers."""
    node = token
    for _ in range(MAX_STEPS):
        if node.head.i == node.i or node.dep_ not in CONTENT_DEPS:
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i not in acts \
                and node.head.head.i != request.i:
            return False
        if node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"} and node.head.i == request.i:
            return False  # "called for calm and sent troops": an act of its own
        if node.dep_ == "nsubj" and node.head.i == request.i:
            return False  # the request's own subject ("the attack prompted calls for ...")
        if node.dep_ == "nsubj" and node.head.dep_ != "ccomp":
            return False  # a subject only inside a that-clause ("demanded that troops leave")
        node = node.head
        if node.i == request.i:
            return True
    return False


def asked_for(token: Token, modes: list[str], requests: list[Token], acts: set[int]) -> bool:
    """The hypothetical act named by ``token`` is the content of one of ``requests`` (the
    trigger tokens of the REQUEST events of its sentence; ``acts``: the indices of all its
    triggers): "called on NATO to send troops" (send), "demanded an apology from Pyongyang"
    (apology)."""
    if "hypothetical" not in modes:
        return False
    return any(r.i != token.i and _content_path(token, r, acts) for r in requests)
