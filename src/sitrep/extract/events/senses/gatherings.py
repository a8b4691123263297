"""Gatherings that protest (PROTEST/demo), read from the parse:

- **a crowd assembled to demand**: "relatives gathered outside the prison demanding
  information", "crowds converged on the square to demand the release of the activists": a verb
  of assembling (``ASSEMBLING``) with a clause or a purpose of demanding, chanting, denouncing
  or calling for something (``CLAIMING``); people gathered to wait, to mourn or to watch a
  match are no protest;
- **pots and pans banged by many** (a cacerolazo): "thousands banged pots and pans in the
  square"; a cook who bangs the pots is not.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs of people coming together in one place (lemmas)
ASSEMBLING = {"gather", "assemble", "converge", "congregate", "mass", "throng", "flock",
              "rally"}
# what a protesting crowd does while or in order to assemble (lemmas)
CLAIMING = {"demand", "chant", "denounce", "protest", "shout", "condemn", "decry", "reject",
            "oppose", "urge", "call"}
CLAUSE_DEPS = {"advcl", "xcomp", "conj", "dep", "acl", "ccomp"}
# what is banged in a cacerolazo (lemmas)
KITCHENWARE = {"pot", "pan", "saucepan", "casserole", "kettle", "lid"}


def _claiming(clause: Token) -> bool:
    lemma = clause.lemma_.lower()
    if lemma == "call":  # "calling for unpaid wages", not "called it a day"
        return any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in clause.children)
    return lemma in CLAIMING


def _many(verb: Token) -> bool:
    """The subject of ``verb`` is many people: a plural noun, or a number of them."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.tag_ in {"NNS", "NNPS"} or any(t.like_num for t in s.subtree)
               for s in subjects)


def assembled_to_protest(verb: Token) -> bool:
    """A crowd gathered demanding, chanting or denouncing, or pots and pans banged by many."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "bang":
        return _many(verb) and any(c.dep_ == "dobj" and c.lemma_.lower() in KITCHENWARE
                                   for c in verb.children)
    if lemma not in ASSEMBLING:
        return False
    if any(c.dep_ in CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"} and _claiming(c)
           for c in verb.children):
        return True
    # "gathered outside the prison demanding information": the clause parsed under the place
    return any(g.dep_ in {"acl", "pcomp"} and g.pos_ == "VERB" and _claiming(g)
               for c in verb.children if c.dep_ == "prep"
               for p in c.children if p.dep_ == "pobj" for g in p.children)
