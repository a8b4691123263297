"""What an act's fire hit, told as an act of its own: "Rebels shelled the district ... the shells
hit a market", "gunmen fired at the bus ... one bullet hit a patrol vehicle", "he had been hit
in the chest by a rubber bullet". A clause whose only doer is a projectile or munition (the
subject of an active verb, the agent of a passive one) and no person tells where the fire of an
attack told before landed: ``corefer`` joins it to the nearest earlier attack that nothing
tells apart (place, day, a background or unreal flag), unless it is told as more ("another
shell hit") or its projectile is said to be fired by someone ("a missile fired by southern
forces slammed into a district", "shells fired from militia positions hit": the act told
with its doer). A munition that flies itself
(a drone) or a craft ("aircraft struck positions") is a doer, not what hit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from sitrep.extract.events.mentions.killings import UNREAL
from sitrep.extract.events.mentions.people import told_as_more
from sitrep.records import Event

VERBS = {"VERB", "AUX"}
# what is fired, thrown or set off at a target and hits it, as lemmas (spaCy lemmatises the
# plurals): rounds of firearms, shells and rockets, bombs and their parts
PROJECTILES = {
    "bullet", "round", "shot", "pellet", "slug", "buckshot", "cartridge", "gunfire", "gunshot",
    "shell", "mortar", "rocket", "missile", "grenade", "projectile", "munition", "ordnance",
    "bomb", "explosive", "device", "ied", "shrapnel", "fragment", "splinter", "salvo", "volley",
    "barrage", "torpedo", "arrow", "bolt", "dart", "canister", "stone", "rock", "brick",
    "bottle", "cocktail", "firebomb", "ricochet",
}
# verbs of a projectile reaching what it hit, as lemmas ("hit", "struck", "slammed into",
# "landed on", "tore through", "grazed"); not of its toll ("a bomb killed four": another
# attack's toll may be told so, ``tolls``)
HITTING = {"hit", "strike", "slam", "smash", "crash", "land", "pierce", "graze", "rip", "tear",
           "penetrate", "plough", "plow", "punch", "shatter", "damage", "smack", "ricochet"}
# passives whose agent may be what hit: "was hit by a bullet", "was struck by shrapnel"
_AGENT_DEPS = {"agent"}
_SUBJECT_DEPS = {"nsubj"}
# verbs that tell the projectile fired, thrown or set off by someone ("fired by", "launched from")
_FIRED = {"fire", "launch", "throw", "hurl", "shoot", "drop", "lob", "plant", "detonate"}


def _projectile(token: Token) -> bool:
    """A noun of a projectile ("the shells", "one bullet", "a mortar round", "an improvised
    explosive device") whose phrase names no one who fired it ("fired by southern forces")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.lemma_.lower() not in PROJECTILES and token.lower_ not in PROJECTILES:
        return False
    return not any((c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in _FIRED
                    and any(g.dep_ == "agent" or g.lower_ == "from" for g in c.children))
                   or (c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"})  # "a police bullet"'s
                   for c in token.children)


def hitting_projectile(token: Token | None) -> Token | None:
    """The projectile that the verb ``token`` says hit something: its subject ("the shells hit
    a market") or the agent of its passive ("was hit by a rubber bullet"); None otherwise."""
    if token is None or token.pos_ not in VERBS or token.lemma_.lower() not in HITTING:
        return None
    for child in token.children:
        if child.dep_ in _SUBJECT_DEPS and _projectile(child):
            return child
        if child.dep_ in _AGENT_DEPS:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects and _projectile(objects[0]):
                return objects[0]
    return None


def result_of_fire(event: Event, token: Token | None) -> bool:
    """An ASSAULT told by what its fire hit, with no person as its doer (things only): the
    landing of an attack's fire, not an attack of its own."""
    return (event.plover_type == "ASSAULT"
            and all(a.kind == "thing" for a in event.actors)
            and hitting_projectile(token) is not None)


def landed_fire(event: Event, token: Token | None, earlier: Sequence[int],
                events: Sequence[Event], compatible: Callable[[int], bool]) -> int | None:
    """The earlier attack (index, the nearest) whose fire ``event`` tells landing
    (``result_of_fire``): an ASSAULT of the same time and flags that ``compatible`` finds at no
    other place or day; not one told as more ("another shell hit the hospital")."""
    if not result_of_fire(event, token) or told_as_more(event):
        return None
    found = [i for i in earlier if (attack := events[i]).plover_type == "ASSAULT"
             and set(attack.modes) & UNREAL == set(event.modes) & UNREAL
             and attack.historical == event.historical and compatible(i)]
    return found[-1] if found else None
