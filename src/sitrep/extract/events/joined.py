"""Which verb a coordinated verb really joins where the parser hung it on the wrong one.

A finite verb with no subject of its own ("... and accused", "... and called on") shares the
subject of the verb it is coordinated with. The parser often makes it a conjunct of the last
verb before "and" even where that verb is a gerund below another verb: "The SDF denied firing
first and accused the factions of ...", "the government accused Savimbi of using starvation as
a weapon and called on the Council to ...", "it denied forcing civilians out and blamed the
dissidents". A finite past or present cannot be coordinated with a gerund, so the verb it joins
is the one the gerund hangs on (``gerund_partner``); the conjunct is that verb's subject's act,
not part of what the gerund tells (a denial, an accusation).
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs of saying and announcing: a statement joined to what they report is the speaker's
# (``reporting_verb``), and their "would" complement is the speaker's "will" (``modal_cues``)
REPORTING_VERBS = {"say", "announce", "state", "confirm", "promise", "pledge", "vow", "warn",
                   "tell", "declare", "add", "report", "indicate", "insist", "agree", "decide",
                   "explain", "note", "reveal", "write", "tweet", "assure", "signal", "inform",
                   "disclose", "expect", "claim", "affirm", "reiterate", "stress", "specify",
                   "mention", "notify", "advise"}

# verbs of denying, whose speaker also makes the statement joined to the denied clause ("denied
# that its forces had fired and accused the army of ...": ``reporting_verb``)
DENYING_SPEAKERS = {"deny", "refute", "rebut", "disavow", "repudiate"}

# tags of a finite verb (a plain past or present); an infinitive, a gerund or a participle is not
FINITE = {"VBD", "VBZ", "VBP"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
AUXILIARIES = {"aux", "auxpass"}
# statement types a speaker's second verb makes ("said ... and accused / demanded / denied /
# welcomed"); a threat only beside a "would" clause ("said its forces would conduct patrols and
# warned Manila": a plain-past threat beside a reported past may be the reported doer's)
STATEMENTS = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT"}
WARNINGS = {"THREATEN"}
# how a gerund hangs on the verb that governs it: "denied firing", "accused X of using",
# "admitted ordering"
GERUND_DEPS = {"xcomp", "pcomp", "dobj", "ccomp", "advcl"}


def _verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"}


def _finite(verb: Token) -> bool:
    """A verb that can share its subject with a finite conjunct: a plain past or present, or a
    participle with an auxiliary ("was accused of stealing and fled")."""
    if verb.tag_ in FINITE:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in AUXILIARIES for c in verb.children)


def gerund_partner(verb: Token) -> Token | None:
    """The verb a finite conjunct with no subject or auxiliary of its own really joins when the
    parser made it a conjunct of a gerund without a subject: the nearest finite verb the gerund
    hangs on ("denied firing first and accused ...": denied). None where the conjunct is no such
    verb, or its head is no gerund."""
    if verb.dep_ != "conj" or not _verb(verb):
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in AUXILIARIES for c in verb.children):
        return None
    gerund = verb.head
    if gerund.i == verb.i or gerund.tag_ != "VBG" or gerund.dep_ not in GERUND_DEPS:
        return None
    if verb.tag_ not in FINITE and not (
            verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children) and
            not any(c.dep_ in AUXILIARIES for c in gerund.children)):
        return None  # a past tagged as a participle ("and accused the factions of ...") is
        # active where it takes an object and no "having" stands before the gerund
    if any(c.dep_ in SUBJECTS for c in gerund.children):
        return None  # "said troops were firing and ...": a clause of its own
    node = gerund.head
    if node.dep_ == "prep" and node.head.i != node.i:
        node = node.head  # "accused X of using ..."
        if node.dep_ == "dobj" and not _verb(node):
            node = node.head  # "of" hung on the object: "accused the general of using ..."
    if not _verb(node) or not _finite(node) or node.i > verb.i:
        return None
    return node


def _backshifted(verb: Token) -> str | None:
    """How a reported verb differs from a plain past: "modal" ("would meet"), "perfect" ("had
    come"), "passive" ("were taken away") or "copula" ("were their supporters"); None for a plain
    past or present ("blocked the road")."""
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return "modal"
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids):
        return "perfect"
    if any(c.dep_ == "auxpass" for c in kids):
        return "passive"
    if verb.lemma_.lower() == "be" or any(c.dep_ == "cop" for c in kids):
        return "copula"
    return None


def reporting_verb(trigger: Token, plover: str, any_tense: bool = False) -> Token | None:
    """The verb of saying (or denying) whose subject made the statement ``trigger`` names, when the parser
    joined the statement to the clause that speaker reports: ``trigger`` is a plain past
    ("accused", not "had accused" or a participle) with no subject or auxiliary of its own, a
    conjunct of the reported verb of a verb of saying with a subject, and that reported verb is
    backshifted (``_backshifted``), so the two do not share tense or subject; with ``any_tense``
    also beside a plain past, for a caller that knows the reported clause's subject can make no
    statement ("said the strike hit a farm, and called on the government": ``agentless``)."""
    if plover not in STATEMENTS | WARNINGS or trigger.dep_ != "conj" or trigger.tag_ != "VBD":
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in trigger.children):
        return None
    first = trigger.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "ccomp" or first.pos_ not in {"VERB", "AUX"}:
        return None
    speaker = first.head
    if speaker.lemma_.lower() not in REPORTING_VERBS | DENYING_SPEAKERS or \
            speaker.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" for c in speaker.children):
        return None
    shift = _backshifted(first)
    if any_tense and plover in STATEMENTS:
        return speaker
    if shift is None or (plover in WARNINGS and shift != "modal"):
        return None
    return speaker
