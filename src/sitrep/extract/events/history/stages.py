"""A person's earlier stage of life, told as the time of a past act ("as a young officer he led
raids", "when he was governor, he jailed critics", "in his days as mayor", "in her youth"):
the act is a recollection the article makes, background with no date of its own
(``careers.recalled_in_words``; ``modes`` flags it ``historical``). Found on the act's clause
(or the clause it is joined to) in a past tense:

- **a time clause of an earlier role or age**: "when"/"while" with a past "be" whose attribute
  is a role written bare ("when he was governor", "while she was mayor of the city"), a stage
  of life or a young one ("when she was a child", "when he was a young lieutenant"), or an age
  ("when he was 12"); not a situation ("when he was a passenger in the car": a determiner and
  no stage);
- **"as" a stage of life or a young one**: "as a child", "as a teenager", "as a young officer",
  "as a rookie reporter" (not "as mayor, he signed the budget": the role may be today's);
- **a stretch of a life**: "in his youth", "during her childhood", "in his days as mayor", "in
  her student days", "in his younger years", "during his time as a young lieutenant".

Acts in a present, perfect or future clause are the story's ("as a child, she has lived in
fear"; "when he is governor he will ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.roles.participants import is_person
from sitrep.extract.events.when.dated import told_in_past

# stages of life, persons in them (lemmas): "when she was a child", "as a teenager"
LIFE_STAGES = {"child", "boy", "girl", "kid", "teenager", "teen", "youngster", "youth",
               "adolescent", "toddler", "infant", "baby", "schoolboy", "schoolgirl", "student",
               "pupil", "cadet", "recruit", "trainee", "apprentice", "undergraduate", "freshman",
               "newlywed", "orphan", "minor", "juvenile"}
# a young one of a role: "a young officer", "a rookie reporter"
YOUNG = {"young", "younger", "teenage", "teenaged", "junior", "rookie", "fledgling", "novice",
         "budding", "aspiring"}
# stretches of a life (lemmas): "in his youth", "during her childhood", "in his days as mayor"
LIFE_STRETCHES = {"youth", "childhood", "boyhood", "girlhood", "adolescence", "infancy",
                  "teens", "adulthood", "day", "year", "student"}
STRETCH_PREPS = {"in", "during", "throughout"}
SUBJECT_PRONOUNS = {"he", "she", "they", "i", "we", "you"}


def _young(noun: Token) -> bool:
    """A stage of life, or a person qualified as a young one ("a young lieutenant")."""
    if noun.lemma_.lower() in LIFE_STAGES or noun.lower_ in LIFE_STAGES:
        return True
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in YOUNG for c in noun.children)


def _stage_clause(advcl: Token) -> bool:
    """ "when he was governor", "while she was a child", "when he was 12"."""
    if advcl.dep_ != "advcl" or advcl.lemma_.lower() != "be" or advcl.tag_ != "VBD":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in {"when", "while"} for c in advcl.children) and \
            not any(c.dep_ == "advmod" and c.lower_ == "when" for c in advcl.children):
        return False
    subjects = [c for c in advcl.children if c.dep_ == "nsubj"]
    if not subjects or not all(s.lower_ in SUBJECT_PRONOUNS or s.ent_type_ == "PERSON"
                               for s in subjects):
        return False
    for attr in (c for c in advcl.children if c.dep_ in {"attr", "acomp"}):
        if attr.like_num and attr.pos_ == "NUM":
            return True  # "when he was 12"
        if attr.pos_ not in {"NOUN", "PROPN"} or attr.ent_type_ == "PERSON":
            continue
        if _young(attr):
            return True
        bare = not any(c.dep_ in {"det", "poss"} for c in attr.children)
        if bare and attr.tag_ == "NN" and is_person(attr):
            return True  # "when he was governor", "while she was mayor of the city"
    return False


def _as_young(prep: Token) -> bool:
    """ "as a child", "as a young officer"."""
    return prep.dep_ == "prep" and prep.lower_ == "as" and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and _young(g) for g in prep.children)


def _stretch(prep: Token) -> bool:
    """ "in his youth", "during her childhood", "in his days as mayor", "in her student days",
    "in his younger years"."""
    if prep.dep_ != "prep" or prep.lower_ not in STRETCH_PREPS:
        return False
    for noun in (g for g in prep.children if g.dep_ == "pobj"):
        lemma = noun.lemma_.lower()
        if lemma not in LIFE_STRETCHES:
            continue
        owned = any(c.dep_ == "poss" for c in noun.children)
        if lemma in {"day", "year"}:  # "his days as mayor", "her student days", "younger years"
            if owned and noun.tag_ == "NNS" and any(
                    (c.dep_ == "prep" and c.lower_ == "as") or (
                        c.dep_ in {"amod", "compound"} and (c.lower_ in YOUNG | LIFE_STAGES or
                                                            c.lower_ in {"early", "school"}))
                    for c in noun.children):
                return True
            continue
        if owned:
            return True  # "in his youth", "during her childhood"
    return False


# stretches of a role (lemmas), of the past only when the role is a young one: "during his
# time as a young lieutenant" (not "during her time as governor": maybe today's)
ROLE_STRETCHES = {"time", "tenure", "stint", "term", "career", "spell", "service"}


def _young_stretch(prep: Token) -> bool:
    """ "during his time as a young lieutenant", "in her career as a rookie reporter"."""
    return prep.dep_ == "prep" and prep.lower_ in STRETCH_PREPS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ROLE_STRETCHES and any(
            c.dep_ == "poss" for c in g.children) and any(_as_young(c) for c in g.children)
        for g in prep.children)


def earlier_stage(clause: Token) -> bool:
    """The past act of ``clause`` is told in an earlier stage of a person's life (the module's
    docstring)."""
    if clause.pos_ not in {"VERB", "AUX"} or not told_in_past(clause) or any(
            c.dep_ == "aux" and c.lower_ in {"has", "have", "'s", "'ve"} for c in clause.children):
        return False
    nodes = [clause] + ([clause.head] if clause.dep_ == "conj" else [])
    return any(_stage_clause(c) or _as_young(c) or _stretch(c) or _young_stretch(c)
               for node in nodes for c in node.children)
