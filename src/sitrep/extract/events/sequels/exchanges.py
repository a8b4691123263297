"""Fire answered: the side fired on shooting back ("the officers returned fire", "the guards
fired back", "soldiers responded by returning fire", "the Kyrgyz side had fired first"). The
guidelines code an exchange of fire as one happening (a shootout is reciprocal), so the answer is
one more mention of the attack it answers, told with the roles the other way round:
``answered_attack`` finds that attack."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from sitrep.extract.events.mentions.killings import UNREAL
from sitrep.extract.events.mentions.parties import same_one
from sitrep.extract.events.mentions.people import proper_names, told_as_more
from sitrep.records import Actor, Event

FIRE_NOUNS = {"fire", "gunfire", "shot", "volley"}
SHOOTING = {"fire", "shoot"}
ANSWER_ADVERBS = {"back", "first"}  # "fired back"; "fired first": the exchange told from the
# side that says it answered
AIMING = {"on", "at", "into", "toward", "towards", "against"}


def answers_fire(token: Token | None) -> bool:
    """The trigger tells fire answered in an exchange: "returned fire", "returning the fire",
    "fired back", "shot back", "fired first"; not fire answered at a target of its own
    ("returned fire on Houthi positions", "fired back at rebel positions": a counter-strike)."""
    if token is None or token.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in AIMING and any(o.dep_ == "pobj" for o in c.children)
           for c in token.children):
        return False  # "returned fire on rebel positions": a strike of its own on a target
    lemma = token.lemma_.lower()
    if lemma == "return":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in FIRE_NOUNS for c in token.children)
    return lemma in SHOOTING and any(
        c.dep_ in {"advmod", "prt"} and c.lower_ in ANSWER_ADVERBS for c in token.children)


def _sides(actors: list[Actor]) -> set[str]:
    return {a.country for a in actors if a.country}


def _same_exchange(attack: Event, answer: Event) -> bool:
    """Nothing in the answer's sides sets it apart from the attack: the doers and targets it
    names with proper names are among the attack's parties, in any role (the ones
    fired on fire back), or of a country the attack's parties are of."""
    ours: list[Actor] = attack.actors + attack.recipients
    for side in (answer.actors, answer.recipients):
        if proper_names(side) and not same_one(side, ours) and not _sides(side) & _sides(ours):
            return False
    return True


def answered_attack(event: Event, token: Token | None, earlier: Sequence[int],
                    events: Sequence[Event], compatible: Callable[[int], bool]) -> int | None:
    """The earlier attack (index, the nearest) whose fire ``event`` answers: an ASSAULT done
    (not flagged), of the same time, that ``compatible`` finds at no other place or day, with
    sides the answer does not set apart (``_same_exchange``); not an answer told as another
    one ("another patrol returned fire"). None when ``event`` answers no fire."""
    if event.plover_type != "ASSAULT" or set(event.modes) & UNREAL or told_as_more(event):
        return None
    if not answers_fire(token):
        return None
    found = [i for i in earlier if (attack := events[i]).plover_type == "ASSAULT"
             and not set(attack.modes) & UNREAL and attack.historical == event.historical
             and compatible(i) and _same_exchange(attack, event)]
    return found[-1] if found else None
