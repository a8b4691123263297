"""What a weapon was aimed at, as a participant: the object of "at", "on", "into" ... after a
verb of firing or throwing ("troops fired live rounds at the strikers", "militants fired rockets
at the town", "police fired tear gas into the crowd at the base"). Elsewhere "at the base" or
"on the town" is where an act happened (``nouns.site``) and the noun needs a record or a party
word to be a participant; after a fired weapon the slot itself says it is the target, so a
place, a building or a body of people named by any noun is the recipient, and so are people
named by nouns the party lexicons lack ("the strikers", "the picketers").

The people a show of force is meant to drive off are its recipients too (``dispersed_targets``:
"police fired tear gas to disperse them", "fired rubber bullets to break up a march by
students": the ones marching); a weapon or a drug is none (``means_named``: "seized four
rifles")."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.roles import participants, targets
from sitrep.extract.events.roles.finder import THING_CLASSES, ActorFinder
from sitrep.extract.events.senses.fit import noun_class
from sitrep.extract.events.senses.public.harm import means
from sitrep.records import Actor

# WordNet classes of nouns that may name the people a weapon was aimed at (None: a noun
# WordNet lacks, "strikers", "picketers")
PEOPLE_CLASSES = {"person", "group", None}


def aimed_targets(token: Token, finder: ActorFinder) -> list[Actor]:
    """The participants named by ``token`` (and its conjuncts), the object of a preposition
    that aims a fired or thrown weapon."""
    found = finder.targets(token)
    if found:
        return found
    out: list[Actor] = []
    for tok in [token, *token.conjuncts]:
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in {"DATE", "TIME"}:
            continue
        kind = noun_class(tok)
        thing = finder.thing(tok) if kind in THING_CLASSES else None
        if thing is not None:
            out.append(thing)
        elif kind in PEOPLE_CLASSES:
            out.extend(finder.addressee(tok, asked_to_act=True))
    return out


# verbs of driving people off (lemmas), and those that do so with a particle ("break up")
DISPERSING = {"disperse", "scatter", "repel", "repulse", "quell", "subdue"}
DISPERSING_WITH = {"break": {"up"}, "push": {"back"}, "drive": {"back", "away", "off"},
                   "chase": {"away", "off"}, "beat": {"back"}, "force": {"back"}}


def _dispersing(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in DISPERSING or any(c.dep_ == "prt" and c.lower_ in DISPERSING_WITH.get(
        lemma, set()) for c in verb.children)


def dispersed_targets(trigger: Token, finder: ActorFinder, triggers: set[int]) -> list[Actor]:
    """The people a physical act was meant to drive off, named by the object of its purpose
    clause ("fired tear gas to disperse the crowd", "to break up a march by students": the
    students, the doers of the gathering an act noun names; not the gathering itself, an event
    of ``triggers``)."""
    out: list[Actor] = []
    for clause in trigger.children:
        if clause.dep_ not in {"advcl", "xcomp"} or not _dispersing(clause) or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        for obj in (c for c in clause.children if c.dep_ == "dobj"):
            # the parser may hang "by" on the verb ("to break up a march by students")
            doers = targets.doers(obj) or (participants.pobjs(clause, {"by"}) if noun_class(
                obj) not in PEOPLE_CLASSES else [])
            out.extend(a for t in doers for a in finder.conjoined(t))
            if not doers and obj.i not in triggers and noun_class(obj) in PEOPLE_CLASSES:
                out.extend(aimed_targets(obj, finder))
    return out


def means_named(actor: Actor, trigger: Token, finder: ActorFinder) -> bool:
    """Whether a participant of this sentence is a weapon or a drug (``harm.means``): the head
    of its phrase, or of the first item of a list ("rifles, grenades and radios")."""
    if finder.sentence is None:
        return False
    start = actor.evidence.start - finder.sentence.start
    span = trigger.doc.char_span(start, actor.evidence.end - finder.sentence.start,
                                 alignment_mode="expand")
    if span is None or start < 0:
        return False
    heads = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    return bool(heads) and means(heads[0])
