"""Places ordered shut by an authority (COERCE/restrict, as a curfew or a ban): "the governor
ordered all shops in the town closed until Friday", "rebels have ordered schools shut since
2019", "the council ordered the bars to close at 10pm". The order's complement is a verb or
participle of closing (``CLOSING``); "ordered the troops to withdraw", "ordered a review" and
"ordered the suspects held" are no closure (the trigger table's other rows decide them). The
trigger table's ``@closed``; families listed whole, inflections through the lemma.
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
# verbs of ordering (lemmas)
ORDERING = {"order", "direct", "instruct", "command", "decree"}
# verbs and participles of closing a place (lemmas and lower-case forms)
CLOSING = {"close", "closed", "shut", "seal", "sealed", "padlock", "padlocked", "lock",
           "locked", "shutter", "shuttered", "evacuate", "evacuated", "vacate", "vacated"}
COMPLEMENTS = {"xcomp", "ccomp", "oprd", "acomp"}
# the fittings of a room or a body that one shuts in passing ("ordered the door closed behind
# him", "ordered them to close their eyes"): no place shut (lemmas)
FITTINGS = {"door", "window", "curtain", "blind", "shutter", "lid", "hatch", "eye", "mouth",
            "gate"}


def _closing(token: Token) -> bool:
    return token.lemma_.lower() in CLOSING or token.lower_ in CLOSING


def closed_by_order(verb: Token) -> bool:
    """ "Ordered all shops closed", "ordered the schools to close": places ordered shut (the
    trigger table's ``@closed``)."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in ORDERING:
        return False
    for comp in verb.children:
        # ("directed the mosques to close": the model may read the infinitive as an adverbial)
        infinitive = comp.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                  for c in comp.children)
        if not (comp.dep_ in COMPLEMENTS or infinitive) or not _closing(comp):
            continue
        things = [c for c in verb.children if c.dep_ == "dobj"] + [
            c for c in comp.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
        # "closed down", "shut off": the particle changes nothing
        return not any(t.lemma_.lower() in FITTINGS for t in things)
    return False


# a restriction said to stay in force: "the curfew will remain in place until Sunday" is in force
# now, no act to come (lemmas)
STAYING = {"remain", "stay", "be"}
IN_FORCE = {"place", "force", "effect", "operation"}


def still_in_force(noun: Token) -> bool:
    """ "A dispersal order will remain in place until Thursday", "the curfew will stay in force":
    a restriction told as lasting (no ``future`` flag from its "will")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in STAYING:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in IN_FORCE for g in c.children)
        for c in verb.children)
