"""The crime a legal step is about is not reported by it: "charged in the abduction and death of
the girl", "convicted of the murder of his wife", "serving a life sentence for the killing",
"indicted over the bombing", "found guilty of the assault", "suspected in the shooting" code
the charge, the conviction or the sentence (ACCUSE, SANCTION), not the crime again (the event
guidelines: "charged with assault codes the charging, not an ASSAULT"). The crime is coded
where the article reports it as a happening: by a verb ("he stabbed his neighbour, and was
charged with murder"), or by a noun outside a legal step ("the shooting killed two").

``charged_act(token)`` says whether an event noun is the complement of a legal step: the object
of "in", "for", "over", "with", "of" or "in connection with" after a verb, an adjective or a
noun of charging, trying, convicting or sentencing (a whole family, inflections through the
lemma); an act told with its own day or time ("serving a life sentence for the November 1995
assassination of the prime minister") is reported as a happening and stays. Arrests are left out: "two men were arrested in the attack" is often the only mention
of an attack the article reports.
"""

from __future__ import annotations

from spacy.tokens import Token

NOUN_POS = {"NOUN", "PROPN"}
# the legal steps that name a crime in their complement (verbs, adjectives and nouns)
LEGAL_STEPS = {
    "charge", "recharge", "indict", "indictment", "accuse", "accusation", "arraign",
    "arraignment", "convict", "conviction", "reconvict", "sentence", "resentence", "try",
    "retry", "trial", "retrial", "prosecute", "prosecution", "acquit", "acquittal", "plead",
    "plea", "guilty", "innocent", "count", "suspect", "suspicion", "jail", "imprison",
    "imprisonment", "extradite", "extradition", "punish", "punishment", "fine", "exonerate",
    "exoneration", "clear", "pardon", "testify", "testimony", "hearing", "verdict",
}
# the verbs of doing time and of facing a step: "served 12 years for the killing", "faces
# trial over the bombing" (only with a sentence or a step as their object or complement)
SERVING = {"serve", "face", "receive", "get", "await", "stand"}
TIME_SERVED = {"sentence", "term", "year", "month", "week", "day", "decade", "life", "time",
               "trial", "charge", "count", "prison", "jail"}
# the prepositions that attach the crime to the step ("in connection with": its last word)
ABOUT = {"in", "for", "over", "with", "of", "about", "to"}


def _legal(governor: Token) -> bool:
    lemma = governor.lemma_.lower()
    if lemma in LEGAL_STEPS or governor.lower_ in LEGAL_STEPS:
        return True
    if lemma in SERVING:
        return any(c.dep_ in {"dobj", "attr"} and c.lemma_.lower() in TIME_SERVED
                   for c in governor.children)
    return False


# the lengths of a prison term ("jailed for six years", "imprisoned for life")
DURATIONS = {"year", "month", "week", "day", "decade", "life", "term", "lifetime"}


def prison_term(verb: Token) -> bool:
    """A jailing for a stated length ("jailed for six years", "imprisoned for life"): a
    sentence (SANCTION/convict), not an arrest ("jailed last year" is one)."""
    doc = verb.doc
    for prep in (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"):
        # its object, or the words right after it (the parser may hang "18 months" on the
        # next preposition: "jailed for 18 months after the trial")
        words = [g for g in prep.children if g.dep_ == "pobj"] + list(doc[prep.i + 1:prep.i + 4])
        if any(w.lemma_.lower() in DURATIONS for w in words):
            return True
    return False


SEIZURE_NOUNS = {"seizure", "confiscation", "interdiction"}


def seizures_in_general(token: Token) -> bool:
    """A bare plural of seizures ("drug seizures rose", "regarding drug seizures", "the
    doubling of precursor chemical seizures", "absorb losses such as drug seizures"): a
    statistic or a kind of police work, not one seizure (which has a determiner, a number or
    a possessor: "the seizure of 2 tonnes", "two seizures", "its largest seizure")."""
    if token.lemma_.lower() not in SEIZURE_NOUNS or token.tag_ != "NNS":
        return False
    return not any(c.dep_ in {"det", "nummod", "poss"} or c.like_num for c in token.children)


def _dated(noun: Token) -> bool:
    """The act told with its own day or time ("the November 1995 assassination of Rabin",
    "Monday's shooting", "the shooting on Friday"): the sentence reports it as a happening."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in noun.subtree)


def charged_act(token: Token) -> bool:
    """Whether the event noun ``token`` names the crime of a legal step ("charged in the
    abduction and death of", "sentenced for the murder of", "a conviction for the attack")."""
    if token.pos_ not in NOUN_POS or _dated(token):
        return False
    node = token
    while node.dep_ in {"conj", "appos", "compound", "amod", "nmod"} and node.head.i != node.i:
        node = node.head  # "the abduction and death of", "the shooting death of"
    if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in ABOUT:
        return False
    governor = node.head.head
    if node.head.lower_ == "with" and governor.lower_ == "connection" and \
            governor.dep_ == "pobj" and governor.head.dep_ == "prep":
        governor = governor.head.head  # "charged in connection with the shooting"
    return _legal(governor)  # (an adjective too: "found guilty of the murder")
