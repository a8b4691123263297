"""The day of a statement is not the day of the act it reports as done before it.

"The army said on Friday that air strikes had killed dozens near Djibo": Friday dates the
saying; the strikes, told in the perfect ("had killed", "have struck"), came before it, on a day
the sentence does not give. When two mentions of one happening are told by two statements of
two days ("MRTV said on Wednesday night that terrorists had attacked Kanbalu", "fighters said on
Thursday they had seized Kanbalu"), those days do not tell the happenings apart.

An act told in the past and attributed after it ("Gunmen killed 30 villagers in an overnight
raid, the government said on Saturday") is dated by the attribution alone: that day too is the
statement's, no later than the act's.

A date of the reported clause itself ("said on Friday that the strikes had hit the camp on
Thursday"), an act told in the simple past or the present after its saying ("said on Friday
that troops are shelling the town"), or a date of the act's own clause that the saying does not
govern stays the act's day.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.frames import ASSERTING

# verbs whose "that" clause reports an act; with those of stating, the verbs of confirming
STATING = ASSERTING | {"confirm", "claim", "allege", "insist", "announce"}
PERFECT = {"have"}  # "had killed", "have struck", "has seized"
MAX_STEPS = 8  # a dependency path longer than this joins no date to a saying


def _verb_of(token: Token) -> Token | None:
    """The verb whose clause holds ``token``: itself if a verb, else its nearest verb head."""
    node = token
    for _ in range(MAX_STEPS):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _perfect(verb: Token) -> bool:
    """The verb is told in the perfect ("had killed", "have been struck")."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in PERFECT and
               c.i < verb.i for c in verb.children)


def _past(verb: Token) -> bool:
    """The verb is told in a past tense: the perfect, the simple past ("killed"), or a passive
    of the past ("were killed")."""
    return _perfect(verb) or verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children))


def saying_day(trigger: Token | None, date: Token | None) -> bool:
    """``date`` dates a verb of stating whose reported clause (``ccomp``) holds the act of
    ``trigger``, told in the perfect, or in any past tense when the saying follows as its
    attribution ("Gunmen killed 100 people in an overnight raid, the government said on
    Saturday"): the day of the statement, which bounds the act's from above."""
    if trigger is None or date is None or trigger.doc is not date.doc:
        return False
    saying = _verb_of(date)
    if saying is None or saying.lemma_.lower() not in STATING:
        return False
    verb = _verb_of(trigger)
    if verb is None or verb.i == saying.i:
        return False
    after = saying.i > verb.i  # an attribution after the act's clause: a past tense will do
    if not (_perfect(verb) or (after and _past(verb))):
        return False
    if after and saying.head.i == verb.i and saying.dep_ in {"ccomp", "parataxis"}:
        return True  # "the town was shelled overnight, officials said on Friday"
    node = verb
    for _ in range(MAX_STEPS):  # the act's clause is reported by the saying
        if node.head.i == saying.i:
            return node.dep_ in {"ccomp", "parataxis"}
        if node.head.i == node.i:
            return False
        node = node.head
    return False
