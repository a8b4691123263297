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
from sitrep.extract.events.roles import targets
from sitrep.extract.events.roles.finder import ActorFinder, actor_key
from sitrep.extract.events.roles.participants import SECTOR_NOUNS
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
    found = finder.subject(trigger) or _owner(trigger, finder) or _crowd(trigger, plover, finder)
    if not found and not _named_subject(trigger) and (
            speaker := reporting_verb(trigger, plover, any_tense=True)) is not None:
        return finder.subject(speaker)  # "said the strike hit a farm, and called on ..."
    return found


def _crowd(trigger: Token, plover: str, finder: ActorFinder) -> list[Actor]:
    """The subject of a protest verb is a party whatever its noun ("Hundreds of strikers
    marched", "picketers blocked the gate"): the noun of its "of" phrase where it counts them,
    as the slot of one asked to act reads it (``ActorFinder.addressee``)."""
    if plover != "PROTEST":
        return []
    subjects = [c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "NUM"}]
    if not subjects:
        return []
    noun = subjects[0]
    inner = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    return finder.addressee(inner[0] if inner else noun, True)


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


def manned(actors: list[Actor], finder: ActorFinder) -> list[Actor]:
    """The actors with a weapon named as one (``targets.munition``: "a missile fired by southern
    forces slammed into ...") replaced by who fired it (``targets.fired_by``); a weapon whose
    sentence names no one who fired it is left out beside a party ("guardsmen and troops
    fought with machine guns and mortars") and stays alone ("a drone hit a bus station": it
    still tells this attack from the others of the article). A weapon of a country or a force
    ("Russian drones", "army artillery") is that one's act."""
    sentence = finder.sentence
    if sentence is None or sentence.doc is None:
        return actors
    out: list[Actor] = []
    unmanned: list[Actor] = []
    for actor in actors:
        span = sentence.doc.char_span(actor.evidence.start - sentence.start,
                                      actor.evidence.end - sentence.start,
                                      alignment_mode="expand")
        if span is None or actor.country or not targets.munition(span.root) or any(
                t.lemma_.lower() in SECTOR_NOUNS for t in span if t.i != span.root.i):
            # "army artillery", "federal army artillery": the army's guns, the army's act
            out.append(actor)
            continue
        owner = targets.fired_by(span.root)
        owners = finder.conjoined(owner) if owner is not None else []
        if not owners:  # no one named, or a possessive pronoun that stands for no one clear
            unmanned.append(actor)
        out.extend(a for a in owners if all(actor_key(a) != actor_key(o) for o in out))
    return out or unmanned
