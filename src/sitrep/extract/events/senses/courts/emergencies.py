"""States of exception declared by a government (COERCE/martial-law, the trigger table's
``@emergency``): "declared a 15-day state of prevention in the department", "declared an
internal armed conflict", "the state of emergency, which the government declared on December
30", "a state of public emergency declared for the parish", "proclaimed a state of siege". The
verb is one of declaring or extending (``DECLARING``); what it declares is its object, or the
noun its relative or participle clause hangs on, and names a state of exception
(``EXCEPTIONS``, alone or as "a state of ..."), or an internal armed conflict. "Declared the
conflict over", "declared a state of mourning", "declared the armed group a terrorist
organisation" and "declared a climate emergency" (a pledge, no power over people) are none.
Families are listed whole; inflections come through the lemma.
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
# verbs of declaring or prolonging a state (lemmas)
DECLARING = {"declare", "proclaim", "decree", "extend", "invoke",
             "decreed"}  # ("decreed": the small model's lemma)
# states of exception (lemmas)
EXCEPTIONS = {"emergency", "siege", "exception", "alarm", "prevention", "curfew", "lockdown",
              "law"}
# what a state of exception is said of ("martial law", not "a new law")
LAW_KINDS = {"martial", "military", "emergency"}
# the conflicts a government declares to give its forces war powers, told by these modifiers
CONFLICT_KINDS = {"armed", "internal"}
CONFLICTS = {"conflict", "war"}
RELATIVES = {"which", "that", "who", "whom"}
# emergencies declared over no one ("a climate emergency", "a health emergency" is one of
# public health, declared by the same powers: kept)
PLEDGED = {"climate", "ecological", "biodiversity", "housing", "nature"}


def _exception(noun: Token) -> bool:
    """``noun`` names a state of exception ("emergency", "a state of siege", "martial law", "an
    internal armed conflict")."""
    lemma = noun.lemma_.lower()
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
    if mods & PLEDGED:
        return False
    if lemma == "state":
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            g.dep_ == "pobj" and _exception(g) for g in p.children) for p in noun.children)
    if lemma == "law":
        return bool(mods & LAW_KINDS)
    if lemma in CONFLICTS:
        return CONFLICT_KINDS <= mods or (
            "armed" in mods and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                    for c in noun.children))
    return lemma in EXCEPTIONS


def emergency_declared(verb: Token) -> bool:
    """``@emergency``: a state of exception declared or extended."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in DECLARING:
        return False
    declared = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
                and c.lower_ not in RELATIVES]
    if not declared and (verb.dep_ in {"relcl", "acl"} or verb.dep_ == "advcl" and not any(
            c.dep_ in {"nsubj", "auxpass", "aux", "mark"} for c in verb.children)):
        # "the state of emergency, which the government declared", "a state of emergency
        # declared for the parish" (the participle may hang on the phrase's first noun)
        declared = [verb.head] + ([verb.doc[verb.i - 1]] if verb.i > 0 else [])
    return any(_exception(d) for d in declared)
