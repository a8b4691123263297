"""Victims told by what they were doing: people the text shows protesting are protesters
("police detained 40 students who were marching on parliament", "took into custody 150
farmers blocking a highway"), and arrests made at a protest are of protesters ("dozens of
arrests were made during the demonstration").

The verbs and nouns are the protest family of PLOVER's PROTEST (demonstrate, march, rally,
picket, block, occupy, riot, strike) with their nouns. Used by
``sitrep.extract.claims.extractor`` once a claim has its victims.
"""

from __future__ import annotations

from spacy.tokens import Token

PROTEST_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "picket", "blockade",
                           "block", "occupy", "riot", "strike", "boycott", "chant"})
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "sit-in", "riot",
                           "strike", "picket", "blockade", "vigil", "walkout", "unrest"})
_SETTINGS = frozenset({"during", "at", "in", "after", "amid", "over"})


def protesting(noun: Token) -> bool:
    """Whether a relative clause or a participle on ``noun`` shows the people protesting ("40
    students who were marching on parliament", "farmers blocking a highway"); not what was
    done to them ("students who were beaten") nor a past deed with its own subject."""
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl") or clause.i < noun.i:
            continue
        if clause.lemma_.lower() not in PROTEST_VERBS or any(
                c.dep_ in ("auxpass", "nsubjpass") for c in clause.children) or (
                clause.dep_ == "acl" and clause.tag_ == "VBN"):
            continue  # "students blocked by police", "who were blocked": done to them
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if clause.dep_ == "relcl" and not any(
                c.lower_ in ("who", "that") and c.dep_ == "nsubj" for c in subjects):
            continue  # "the road the farmers blocked": not the noun's own deed
        return True
    return False


def arrested_at_protest(trigger: Token) -> bool:
    """Whether arrests with no people named were made at a protest ("dozens of arrests were
    made during a demonstration", "police arrested 30 at the rally"): a protest noun after
    "during", "at" on the outcome word or on the verb it hangs on."""
    heads = [trigger]
    while heads[-1].head.i != heads[-1].i and len(heads) < 4 and heads[-1].pos_ != "VERB":
        heads.append(heads[-1].head)  # "dozens of arrests were made": up to "made"
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _SETTINGS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in PROTEST_NOUNS:
                    return True
    return False
