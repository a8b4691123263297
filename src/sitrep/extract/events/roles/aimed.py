"""What a weapon was aimed at, as a participant: the object of "at", "on", "into" ... after a
verb of firing or throwing ("troops fired live rounds at the strikers", "militants fired rockets
at the town", "police fired tear gas into the crowd at the base"). Elsewhere "at the base" or
"on the town" is where an act happened (``nouns.site``) and the noun needs a record or a party
word to be a participant; after a fired weapon the slot itself says it is the target, so a
place, a building or a body of people named by any noun is the recipient, and so are people
named by nouns the party lexicons lack ("the strikers", "the picketers")."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.roles.finder import THING_CLASSES, ActorFinder
from sitrep.extract.events.senses.fit import noun_class
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
