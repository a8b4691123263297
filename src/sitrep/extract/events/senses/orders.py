"""Orders told with their addressee and the act ordered: "Kosinski ordered the man to back
away", "the inspector general directed Nigerians to submit their weapons", "the court
instructed the company to pay" are demands (REQUEST, GUIDELINES: "calling for, demanding"); the
same verbs in other senses are none ("ordered a pizza", "directed the film", "instructed in
French", "in order to").

An order is a verb of commanding (``ORDERING``) with a to-infinitive of the act ordered, and
either an object (the addressee) or a passive subject ("residents were ordered to leave").

``ordered_to(verb)`` is the trigger table's ``@ordered`` requirement.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs of commanding (lemmas)
ORDERING = {"order", "direct", "instruct", "command"}
COMPLEMENTS = {"xcomp", "ccomp", "advcl", "oprd"}


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def ordered_to(verb: Token) -> bool:
    """A command to someone to do something (see the module's docstring)."""
    if verb.lemma_.lower() not in ORDERING or verb.pos_ not in {"VERB", "AUX"}:
        return False
    addressed = any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children)
    acts = [c for c in verb.children if c.dep_ in COMPLEMENTS and _infinitive(c)]
    # "ordered the man to back away" may parse the infinitive under the object
    acts += [g for c in verb.children if c.dep_ == "dobj" for g in c.children
             if g.dep_ in {"acl", "relcl"} and _infinitive(g)]
    return addressed and bool(acts)
