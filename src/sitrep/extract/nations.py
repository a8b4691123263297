"""The country of a nation's own force that does an act: "the Mexican security forces found a
lab", "Colombian police seized four tons", "Brazilian prosecutors froze the accounts". The
police, the authorities, the courts and prosecutors of a nation named by its demonym act in
their own country: where the act's clause and sentence state no place, ``link`` places it
there (at the dateline's or the article's place instead where that lies in the country: it
is finer), not at a dateline or an article's main place abroad ("Drug labs are moving, a study
in London said. Mexican police found a lab" is not an act in London).

Not for the military, which often acts abroad ("American troops killed three militants"); not
for what a force says (a speech act with no stated place has none: the events guidelines);
not for one office holder, who travels ("the Russian foreign minister agreed to cooperate");
not for a force the act is done to ("gunmen killed two Mexican police officers": only the
event's actors count); not for a country named as a place ("Mexico's police": a place of the
sentence, read as such by ``link``).
"""

from __future__ import annotations

import re

from sitrep.extract.places.extractor import to_place
from sitrep.extract.places.mention import Mention
from sitrep.records import Actor, Event, Place
from sitrep.resources.countries import demonym_code
from sitrep.resources.gazetteer import Gazetteer

# the sectors of a state's own forces at home: police, government and its agencies, judiciary
DOMESTIC = frozenset({"COP", "GOV", "JUD"})
# acts of saying (their place is the stated one or none), and aid, given abroad
SAID = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONSULT", "CONCEDE",
                  "THREATEN", "AID"})
_WORD = re.compile(r"[A-Z][\w'’-]*")


def _demonym_span(actor: Actor) -> tuple[int, int] | None:
    """The span of the word of the actor's own words that names its country as a demonym
    ("Mexican" in "the Mexican security forces")."""
    for match in _WORD.finditer(actor.evidence.text):
        if demonym_code(match.group(0)) == actor.country:
            return actor.evidence.start + match.start(), actor.evidence.start + match.end()
    return None


def _office_holder(actor: Actor) -> bool:
    """One holder of an office ("the deputy Russian foreign minister"): a person, who travels
    and meets abroad, not a body that acts at home ("Kenyan customs officials": many)."""
    last = actor.office.split()[-1].lower() if actor.office else None
    return last is not None and actor.evidence.text.lower().endswith(last)


def force_nation(event: Event, text: str, gaz: Gazetteer) -> Place | None:
    """The country of the event's actor when it is a nation's police, authorities or judiciary
    named by the nation's demonym and the act is one it does, not says; else None."""
    if event.plover_type in SAID:
        return None
    for actor in event.actors:
        if actor.sector not in DOMESTIC or actor.country is None or len(actor.country) != 3 \
                or _office_holder(actor):
            continue
        span = _demonym_span(actor)
        country = gaz.country(actor.country) if span is not None else None
        if span is None or country is None:
            continue
        a, b = span
        return to_place(Mention(a, b, text[a:b], choice=country), gaz, text)
    return None
