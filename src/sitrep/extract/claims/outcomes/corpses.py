"""Nouns of a corpse told as a death: "the bodies of three men", "the remains of 12 people",
"a missing pensioner's body"; not "two governing bodies met", "three bodies of water", "the
remains of the fort".

Used by ``sitrep.extract.claims.links`` when it reads an outcome word.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.claims.victims import is_people, is_thing, person_like

# nouns (and their lemmas) of what is left of the dead; "remains" only with the people it is
# "of" ("the remains of 30 people", "the skeletal remains of five"), a skeleton as a body
CORPSE_NOUNS = frozenset({"body", "corpse", "remains", "remain", "skeleton"})
_ALWAYS_PLURAL = frozenset({"remains", "remain"})
# "remains" read as an outcome by the claims only: a row of ``casualty_outcomes.tsv`` would
# make the verb "remains" a cue of sentence selection (``sitrep.nlp.select``)
CORPSE_OUTCOMES = {"remains": ("killed", "noun")}
# verbs a corpse is the subject of ("bodies lay in the street", "bodies washed ashore"); the
# subject of any other active verb acts, so it is an organisation ("two governing bodies met")
_CORPSE_VERBS = frozenset({"be", "lie", "lay", "remain", "wash", "float", "litter", "pile",
                           "arrive", "bear", "show", "appear", "turn", "come", "go", "rot",
                           "decompose", "belong", "include", "number", "await", "fill"})


def _acting_body(tok: Token) -> bool:
    head = tok.head
    return tok.dep_ == "nsubj" and head.pos_ == "VERB" and (
        head.lemma_.lower() not in _CORPSE_VERBS) and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in head.children)


def _of_whom(tok: Token) -> bool:
    """"the body of a man", "one body", "a missing pensioner's body": a corpse told with its
    dead."""
    return any(c.lower_ == "of" or c.dep_ == "nummod" and c.lower_ == "one" or c.dep_ == "poss"
               and (c.pos_ in ("NOUN", "PROPN") and (is_people(c) or person_like(c)))
               for c in tok.children)


def no_corpse(tok: Token, lemma: str) -> bool:
    """Whether a corpse noun tells no death: a singular with no one it is of, "remains" with
    no "of" ("the remains were found": counted by nobody), what is "of" a thing ("bodies of
    water", "the remains of the fort"), a body acting ("two governing bodies met")."""
    if lemma not in CORPSE_NOUNS:
        return False
    if (tok.tag_ != "NNS" or lemma in _ALWAYS_PLURAL or tok.lower_ in _ALWAYS_PLURAL) and (
            not _of_whom(tok)):
        return True  # but "one body", "the body of a man", "the remains of 12 people"
    if any(p.dep_ == "pobj" and is_thing(p) for c in tok.children if c.lower_ == "of"
           for p in c.children):
        return True  # "three bodies of water"
    return _acting_body(tok)
