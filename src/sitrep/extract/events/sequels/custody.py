"""Custody continued: a court or a jail keeping people an arrest took ("he was remanded in
custody", "she was denied bail", "is being held without bond", "was jailed pending trial"). The
guidelines count it as one more mention of the arrest, not a new arrest, although it is told on
another day (the hearing's) and at another place (the court's): ``continued_arrest`` finds the
arrest it continues."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from sitrep.extract.events.mentions.agreement import people_agree
from sitrep.extract.events.mentions.killings import UNREAL
from sitrep.extract.events.mentions.parties import distinct_participants
from sitrep.extract.events.mentions.people import told_as_more
from sitrep.records import Event

REMAND_LEMMAS = {"remand"}
BAIL_NOUNS = {"bail", "bond"}
DENYING = {"deny", "refuse"}
# verbs of keeping people held, which "pending ..." or "without bail" make a court's custody
HOLDING = {"hold", "keep", "jail", "detain", "lock", "imprison", "incarcerate"}
ARREST_MODES = {None, "arrest"}
VERBS = {"VERB", "AUX"}


def continues_custody(token: Token | None) -> bool:
    """The trigger tells custody continued by a court, told of the people held: "he was
    remanded", "denied bail", "is held without bond" or "on a $5,000 bond", "jailed pending
    trial"; not the order told as the court's act ("a court remanded them in custody", coded
    as an act of its own)."""
    if token is None:
        return False
    lemma = token.lemma_.lower()
    if any(c.dep_ in {"nsubj", "csubj"} for c in token.children):
        return False  # "a court remanded them in custody": the court's order, an act of its own
    if lemma in REMAND_LEMMAS:
        return True
    if token.pos_ not in VERBS:
        return False
    if lemma in DENYING:
        return any(c.dep_ in {"dobj", "nsubjpass", "dative"} and c.lemma_.lower() in BAIL_NOUNS
                   for c in token.children)
    if lemma not in HOLDING:
        return False
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        word = prep.lower_
        if word == "pending":
            return True
        if word in {"without", "on"} and any(o.lemma_.lower() in BAIL_NOUNS
                                            for o in prep.children):
            return True
    return False


def continued_arrest(event: Event, token: Token | None, earlier: Sequence[int],
                     events: Sequence[Event]) -> int | None:
    """The earlier arrest (index, the nearest) that ``event``, custody continued, continues: a
    COERCE arrest done (not flagged), of the same time (both background or neither), whose
    targets can be the later ones (sex, number, no other named person) and not told as another
    one ("a second man was remanded"). None when ``event`` is no continued custody."""
    if event.plover_type != "COERCE" or event.plover_mode not in ARREST_MODES:
        return None
    if set(event.modes) & (UNREAL - {"future"}) or told_as_more(event):
        return None  # "he was not remanded"; "a second man was remanded"
    if not continues_custody(token):
        return None
    found = [i for i in earlier if (arrest := events[i]).plover_type == "COERCE"
             and arrest.plover_mode in ARREST_MODES and not set(arrest.modes) & UNREAL
             and arrest.historical == event.historical
             and people_agree(arrest, event) and not distinct_participants(arrest, event)]
    return found[-1] if found else None


def held_after(event: Event, token: Token | None) -> Event:
    """What a later mention lends the event it joins: custody continued lends its people, not
    the court's day and place ("was remanded at Leeds Crown Court on Monday"); any other mention
    all it has."""
    if not continues_custody(token):
        return event
    return replace(event, places=[], location_rule=None, when=None)
