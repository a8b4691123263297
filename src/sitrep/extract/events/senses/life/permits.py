"""Words of allowing that grant no permission (no CONCEDE):

- **making room for**: "allow for a six-course meal", "to allow for the construction of
  consensus", "permits for some delay": "allow for" and "permit of" something make it possible
  or take it into account; no one yields to anyone ("allowed aid convoys to enter" stays);
- **standing rules**: "asylum seekers are allowed to come and go", "visitors are permitted to
  take photos", "residents are not allowed to keep chickens": a bare plural of people allowed
  in the present simple, with no date, tells a rule in force, not a permission granted that day
  ("the convoys were allowed to enter on Monday" and "women are now allowed to drive", a rule
  that has just changed, stay).

The families of words are listed whole; inflections come through the lemma.
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
ALLOWING = {"allow", "permit"}
PRESENT = {"VBZ", "VBP"}
ROOM_PREPS = {"for", "of"}
# adverbs that make a rule news: it has just changed
CHANGE_ADVERBS = {"now", "finally", "soon", "longer", "already", "again", "newly", "suddenly"}


def room_for(token: Token) -> bool:
    """ "Allow for a six-course meal": making possible, no permission granted."""
    if token.lemma_.lower() not in ALLOWING or token.pos_ not in VERB_POS:
        return False
    if any(c.dep_ in {"dobj", "nsubjpass", "ccomp", "xcomp", "dative"} for c in token.children):
        return False  # "allowed them to", "allowed fuel into Gaza", "was allowed for"
    return any(c.dep_ == "prep" and c.lower_ in ROOM_PREPS and any(
        g.dep_ in {"pobj", "pcomp"} for g in c.children) for c in token.children)


def _bare_plural(noun: Token) -> bool:
    if noun.tag_ not in {"NNS"} or noun.ent_type_:
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "quantmod", "predet"} or c.like_num
                   or c.pos_ == "PROPN" or c.ent_type_ for c in noun.children)


def standing_rule(token: Token, when_known: bool = False, headline: bool = False) -> bool:
    """ "Asylum seekers are allowed to come and go": a rule in force (see the module)."""
    if when_known or headline or token.lemma_.lower() not in ALLOWING or \
            token.pos_ not in VERB_POS or token.tag_ != "VBN":
        return False
    auxes = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if len(auxes) != 1 or auxes[0].dep_ != "auxpass" or auxes[0].tag_ not in PRESENT:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in CHANGE_ADVERBS for c in token.children):
        return False  # "women are now allowed to drive": a change of the rule, news
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and all(_bare_plural(s) for s in subjects)


def no_permission(token: Token, plover: str, when_known: bool = False,
                  headline: bool = False) -> bool:
    """Whether a word of allowing grants no permission (see the module's docstring)."""
    if plover not in {"CONCEDE", "RETREAT", "REJECT"}:
        return False
    return room_for(token) or standing_rule(token, when_known, headline)
