"""Whose act a verb with no subject of its own is, when the parse hangs it where its subject is
not the doer (``doer`` gives the actor records ``actors.roles`` takes for a verb trigger):

- ``reporting_verb``: a statement joined to a reported clause ("the minister said the attackers
  had come from Afghanistan and accused the Taliban of sheltering them", "the adviser said the
  board would meet on Monday, and appealed to workers to return"): the parser makes "accused" a
  conjunct of the reported verb, but its tense is the speaker's (a plain past beside a reported
  "had", "would", passive or "be" clause), so the speaker is its actor, not the subject of what
  is reported;
- ``adjunct_doer``: a gerund after "by", "after", "before", "while", "without", "since",
  "upon" or "despite" ("responded by suspending the agreement", "expelled the diplomats after
  accusing Moscow") is done by the subject of the verb it hangs on;
- ``_owner``: a subject that names no party but has a possessive "its" or "their" ("the air
  force said its units had shot down 71 drones") stands for the possessive's antecedent.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.joined import gerund_partner, reporting_verb
from sitrep.extract.events.roles.finder import ActorFinder
from sitrep.records import Actor

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
# possessives of a body whose forces or means a subject names ("its units", "their drones")
OWNERS = {"its", "their"}
# prepositions whose gerund is done by the subject of the verb they hang on
BY_SUBJECT = {"by", "after", "before", "while", "without", "since", "upon", "despite"}


def adjunct_doer(trigger: Token) -> Token | None:
    """The verb whose subject does a gerund the parser hung on a preposition under it ("responded
    by suspending", "expelled them after accusing Moscow"); not a gerund after "by" under a
    passive or a participle ("people displaced by fighting": the cause), nor one after "for",
    "of" or "with" (measured: "thanked residents for cooperating", "was threatened for refusing"
    brought out acts the articles do not report as events)."""
    if trigger.dep_ != "pcomp" or trigger.tag_ != "VBG":
        return None
    if any(c.dep_ in SUBJECTS for c in trigger.children):
        return None
    prep, verb = trigger.head, trigger.head.head
    if prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"} or verb.i == prep.i:
        return None
    word = prep.lower_
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    described = verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod", "relcl"}
    if word in BY_SUBJECT and not (word == "by" and (passive or described)):
        return verb
    return None


def doer(trigger: Token, plover: str, finder: ActorFinder) -> list[Actor]:
    """The actors of a verb trigger: its subject, or the speaker of a statement joined to what
    it reports (``reporting_verb``), or the subject of the verb a gerund after a preposition
    hangs on (``adjunct_doer``; its passive subject: "the town was shelled after refusing")."""
    if (speaker := reporting_verb(trigger, plover)) is not None:
        return finder.subject(speaker)  # "said X had come ... and accused Y"
    if (partner := gerund_partner(trigger)) is not None:
        return finder.subject(partner)  # "denied firing first and accused X": the denier
    if (verb := adjunct_doer(trigger)) is not None:  # "responded by suspending"
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return finder.conjoined(passive[0]) if passive else finder.subject(verb)
    found = finder.subject(trigger) or _owner(trigger, finder)
    if not found and not _named_subject(trigger) and (
            speaker := reporting_verb(trigger, plover, any_tense=True)) is not None:
        return finder.subject(speaker)  # "said the strike hit a farm, and called on ..."
    return found


def _named_subject(trigger: Token) -> bool:
    """The verb ``trigger`` is a conjunct of has a subject that may be a doer the finder could
    not resolve: a pronoun or a proper name ("He banged on the door and accused the tenant,
    Nelson said": his act, not Nelson's)."""
    first = trigger
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return any(c.dep_ in SUBJECTS and c.pos_ in {"PRON", "PROPN"} for c in first.children)


def _owner(trigger: Token, finder: ActorFinder) -> list[Actor]:
    """The body a subject that names no party of its own belongs to ("the air force said its
    units had shot down 71 drones": the air force; "the RSF said its air defences shot down two
    drones": the RSF): what its possessive "its" or "their" stands for."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in OWNERS),
                 None) if subject is not None else None
    if owner is None:
        return []
    return finder.governing_subject(trigger, owner) or finder.pronoun(owner)
