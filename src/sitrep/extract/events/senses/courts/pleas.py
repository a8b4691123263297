"""Pleas at a hearing told as admissions or denials: "admitted assisting an offender and was
given a 12-month community order", "was jailed after admitting two counts of fraud", "had
denied causing grievous bodily harm but was convicted by a jury", "he denied the charge,
telling the jury he had acted in self-defence". The guidelines code neither a guilty plea nor
an admission in court as CONCEDE (the sentence is the SANCTION); a plea of not guilty is no
REJECT between parties either (as "pleaded not guilty", ``eventhood/forms.py``). Session 43,
issue 15: four of the look sets' false CONCEDE and REJECT.

An admission or a denial is a plea when what it admits or denies is a deed ("admitting
assisting", "denied causing") or an offence by name ("two counts of fraud", "the charge") and
the sentence tells of the court, the hearing or its sentence. A denial of a deed to the police
or in public ("denied the attack, telling police he had been at home", "the army denied
targeting civilians") stays a REJECT; an admission of a fault in public ("the company admitted
misleading investors") stays a CONCEDE.
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
PLEADING = {"CONCEDE": {"admit", "confess"}, "REJECT": {"deny"}}
# offences a defendant admits or denies, by name (lemmas)
OFFENCES = {"count", "charge", "offence", "offense", "manslaughter", "murder", "assault",
            "robbery", "burglary", "theft", "fraud", "affray", "possession", "harassment",
            "stalking", "arson", "kidnapping", "rape", "battery", "wounding", "trafficking",
            "smuggling", "bribery", "extortion", "perjury", "contempt", "homicide",
            "dangerous", "causing", "allegation"}
# names of the accusation itself ("denied the charge"), definite or not
ACCUSATIONS = {"charge", "count", "allegation", "offence", "offense"}
# words of a hearing or its sentence (lemmas): the admission or denial is a plea in court
COURT_WORDS = {"court", "courtroom", "hearing", "judge", "jury", "juror", "magistrate",
               "sentence", "sentencing", "conviction", "convict", "trial", "probation",
               "custodial", "tribunal", "dock", "verdict", "acquit"}
# orders a court passes as a sentence ("a 12-month community order"; lemmas of the modifier)
SENTENCE_ORDERS = {"community", "supervision", "detention", "hospital", "probation",
                   "rehabilitation", "treatment", "curfew"}


def _court_word(token: Token) -> bool:
    if token.lemma_.lower() in COURT_WORDS:
        return True
    return token.lemma_.lower() == "order" and any(
        c.lemma_.lower() in SENTENCE_ORDERS for c in token.children)


def _pleaded(verb: Token) -> list[Token]:
    """What the verb admits or denies: its object, its gerund, or those of its "to"."""
    kids = list(verb.children)
    kids += [g for k in kids if k.dep_ == "prep" and k.lower_ == "to" for g in k.children]
    return [k for k in kids if k.dep_ in {"xcomp", "dobj", "pcomp", "pobj"}]


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"})
               for c in noun.children)


def plea_in_court(token: Token, plover: str) -> bool:
    """An admission (CONCEDE) or a denial (REJECT) of a deed or an offence in a sentence about
    a court, a hearing or a sentence: a plea, no event between parties."""
    if token.lemma_.lower() not in PLEADING.get(plover, set()) or token.pos_ not in VERB_POS:
        return False
    if not any(k.tag_ == "VBG" or (k.lemma_.lower() in OFFENCES and (
            k.lemma_.lower() in ACCUSATIONS or not _definite(k))) for k in _pleaded(token)):
        return False  # ("admitted the murder in court": the deed itself, conceded)
    return any(_court_word(t) for t in token.sent if t.i != token.i)
