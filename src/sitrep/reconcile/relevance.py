"""Which happenings are incidents: ACLED's and UCDP's scope (political violence, protest, crime
and coercion by or against people, the interactions of state and political actors), not every
act a news story tells.

An article's unit (``reconcile.units``) becomes an incident when it has

- **harm**: people killed, hurt, abducted, missing, arrested or displaced (a casualty claim of
  the unit, not history, not a cumulative toll);
- **a type that is political violence, protest or coercion by itself** (``SELF_EVIDENT``): a
  protest, a riot, a strike; an arrest, a seizure, a raid, a deportation, a curfew, a sentence
  (acts of authorities or armed groups); an attack with a weapon, an abduction, a sexual
  attack, torture; or violence against people of a civilian sector ("residents were beaten");
- **a political or security participant**: one of its actors or recipients is coded as a state,
  armed, political or international actor (``POLITICAL`` sectors of the actors coder:
  government, military, police, courts, lawmakers, parties, rebels, militias, criminal groups,
  opposition, IGOs, a country standing for its government), or is people named by their part
  in a protest or a crime (``PARTY_NOUNS``: "protesters", "the suspects"); a name the coder left without a sector counts when the article codes the
  same name (or a full name ending in it) as such an actor elsewhere;
- **a sentence shared with such a happening** ("families of the rangers protested, demanding
  that the killers be tried": the demand is part of the protest);
- or it is told **in a story of violence, coercion or protest** and not only between parties
  coded private (a name the coder does not know may be an official or an armed group:
  "Saddam", "Sinn Fein"; "the family refused" stays out).

What is left is an act between private persons, businesses, schools, churches, clubs and
charities with no one harmed: a company's deal or offer, a team's win, praise, a sermon, a
donation, a meeting of artists. Its mentions stay event rows (``sitrep events``, ``sitrep
show`` marks them "no incident"); only the incident is not made. The gate reads the events and
claims as stored (coded sectors, PLOVER modes), so it needs no parse and runs at fusion time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from sitrep.records import Actor, Claim, Event, Extraction

# sectors of the actors coder (CAMEO/PLOVER-style) whose acts are in ACLED's and UCDP's scope:
# the state (government, its ministries and local government, legislators, courts, police,
# military, intelligence, former officials), the armed (rebels, militias, criminal groups,
# unidentified armed groups, insurgents), political (parties, opposition and activists,
# breakaway governments) and international actors (IGOs)
POLITICAL = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "REB", "PRM", "CRM",
                       "UAF", "INS", "SEP", "PTY", "OPP", "PRE", "IGO", "UNO", "EUR"})
# sectors of people who are no party to a conflict (civilians, workers, refugees, journalists,
# teachers, health workers, clergy, farmers, aid and business people): violence against them
# is in scope whoever does it ("the shattered glass struck the child", "residents were beaten")
CIVILIAN = frozenset({"CVL", "LAB", "REF", "MED", "EDU", "HLH", "REL", "AGR", "NGO", "BUS"})
# outcomes of a casualty claim that are harm to people (an arrest is coercion: counted too)
HARMED = frozenset({"killed", "injured", "casualties", "missing", "abducted", "arrested",
                    "displaced"})
# types and modes that are political violence, protest or coercion whoever carries them out
# (None: every mode of the type)
SELF_EVIDENT: dict[str, frozenset[str | None] | None] = {
    "PROTEST": None,
    "ASSAULT": frozenset({"firearms", "explosives", "aerial", "drone", "heavy-weapons",
                          "suicide-attack", "primitive", "crowd-control", "abduct", "sexual",
                          "torture", "targeted"}),
    "COERCE": frozenset({"arrest", "seize", "deport", "curfew", "martial-law", "raid",
                         "detain"}),
    "SANCTION": frozenset({"convict"}),  # a sentence: a court's act
}


# people named by their part in a protest or a crime are a protest or a criminal actor whatever
# the coder's sector for them (plain "protesters" are coded civilians, "suspects", "intruders",
# "shooters" get none; ACLED's protesters and rioters are actors of their own, and the
# perpetrators of a crime are its first actor): singular and plural of each
PARTY_NOUNS = frozenset({
    "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
    "marcher", "marchers", "striker", "strikers", "picketer", "picketers", "rioter", "rioters",
    "activist", "activists", "campaigner", "campaigners",
    "suspect", "suspects", "intruder", "intruders", "perpetrator", "perpetrators", "shooter",
    "shooters", "killer", "killers", "culprit", "culprits", "offender", "offenders", "vandal",
    "vandals", "assailant", "assailants", "attacker", "attackers", "gunman", "gunmen",
    "robber", "robbers", "burglar", "burglars", "kidnapper", "kidnappers", "abductor",
    "abductors", "murderer", "murderers", "arsonist", "arsonists", "looter", "looters"})


# triggers that name bodily harm done to people, every form of each word family (kill, killed,
# killing(s); shoot, shot, shooting(s); stab, stabbed, stabbing(s); ...)
HARM_TRIGGER = re.compile(
    r"(?:kill|murder|wound|injur|hurt|shoot|shot|stab|slay|slain|slew|slash|maim|strangl|"
    r"throttl|choke|choking|behead|decapitat|execut|lynch|assassinat|gun(?:ned|ning|s)? down|"
    r"gunned|beat(?:en|ing|s)? (?:to death|up)|bludgeon|pistol-whip|torture|rape|massacr|"
    r"butcher)")


def political(actor: Actor, known: frozenset[str] = frozenset()) -> bool:
    """Whether an actor is a state, armed, political or international actor: its coded sector
    (a country standing alone as an actor is its government), or, for a name the coder left
    without one, the sector of the same name elsewhere in the article (``known``: "drug lord
    Rafael Caro Quintero" told first, "Caro Quintero denied the allegations" later)."""
    if (actor.sector or "") in POLITICAL or party_noun(actor):
        return True
    return not actor.sector and bool(known) and bool(_keys(actor) & known)


def party_noun(actor: Actor) -> bool:
    """Whether an actor is named by its part in a protest or a crime: the last word of its name
    is one of ``PARTY_NOUNS`` ("the three suspects", "Protesters")."""
    words = (actor.name or actor.text).casefold().split()
    return bool(words) and words[-1] in PARTY_NOUNS


def _keys(actor: Actor) -> set[str]:
    """A participant's name and, for a person's or group's name of several words, its last word
    (a surname told alone later: "Portillo" for "Alfonso Portillo")."""
    name = (actor.name or actor.text).casefold().strip()
    if not name:
        return set()
    words = name.split()
    return {name, words[-1]} if actor.kind == "named" and len(words) > 1 else {name}


def political_names(events: Iterable[Event], claims: Iterable[Claim] = ()) -> frozenset[str]:
    """The names (and surnames) of an article's participants and claimants coded as state,
    armed, political or international actors."""
    actors = [a for e in events for a in (*e.actors, *e.recipients)]
    actors += [c.claimant for c in claims if c.claimant is not None]
    return frozenset(k for a in actors if (a.sector or "") in POLITICAL and a.kind == "named"
                     for k in _keys(a))


def self_evident(event: Event) -> bool:
    """Whether the event's type and mode are political violence, protest or coercion by
    themselves, whoever is named as its actor."""
    if event.plover_type not in SELF_EVIDENT:
        return False
    modes = SELF_EVIDENT[event.plover_type]
    return modes is None or event.plover_mode in modes


def human_target(event: Event) -> bool:
    """Violence against people: an ASSAULT whose recipients include people of a civilian
    sector (a company or a team as a recipient is no such target: "beating Sunderland"), or
    whose trigger is a word of bodily harm ("Paul Young, 33, was wounded", "the stabbing")."""
    if event.plover_type != "ASSAULT":
        return False
    return HARM_TRIGGER.match(event.trigger.text.casefold()) is not None or any(
        (r.sector or "") in CIVILIAN and (r.sector == "CVL" or r.kind != "named")
        for r in event.recipients)


def harmed(claims: Iterable[Claim]) -> bool:
    """Whether some claim tells people harmed (a figure above none, or vague words)."""
    return any(c.outcome in HARMED and ((c.low if c.low is not None else c.vague_low) or 0) > 0
               for c in claims)


def in_scope(events: Sequence[Event], claims: Iterable[Claim] = (),
             killed: int | None = None, injured: int | None = None,
             known: frozenset[str] = frozenset()) -> bool:
    """Whether a unit made of ``events`` (its mentions), with ``claims`` linked to them and its
    figures ``killed`` and ``injured``, is an incident in ACLED's and UCDP's scope."""
    if (killed or 0) > 0 or (injured or 0) > 0 or harmed(claims):
        return True
    return any(self_evident(e) or human_target(e)
               or any(political(a, known) for a in (*e.actors, *e.recipients)) for e in events)


class UnitLike(Protocol):
    """What the gate reads of a unit (``reconcile.units.Unit``)."""

    mentions: list[tuple[int, int, int]]
    killed: tuple[int | None, int | None]
    injured: tuple[int | None, int | None]


def relevant(unit: UnitLike, ex: Extraction) -> bool:
    """Whether an article's unit is an incident: ``in_scope`` over its mentions' events, the
    claims linked to them (not history, not cumulative tolls) and its figures; or over another
    event its sentences tell as taking place ("families of the rangers protested, demanding
    that the killers be tried", "relatives demanded answers after the police shot two
    strikers": the demand is part of the protest or the violence); or, in an article that tells
    violence, coercion or protest (``violent_story``), a unit not made only of private parties."""
    idxs = {idx for idx, _, _ in unit.mentions}
    events = [ex.events[i] for i in sorted(idxs)]
    usable = [c for c in ex.claims if not c.background and c.period_kind != "since"]
    known = political_names(ex.events, ex.claims)
    if in_scope(events, [c for c in usable if c.event in idxs], unit.killed[0], unit.injured[0],
                known):
        return True
    sentences = {e.evidence.start for e in events}
    if any(i not in idxs and e.evidence.start in sentences and told(e)
           and in_scope([e], [c for c in usable if c.event == i], known=known)
           for i, e in enumerate(ex.events)):
        return True
    return violent_story(ex) and not private(events)


def private(events: Sequence[Event]) -> bool:
    """Whether every participant of the events is coded as a private person or organisation
    (``CIVILIAN`` sectors: "the family refused", "residents denounced the bigotry"). A name the
    coder left without a sector may be an official or an armed group it does not know
    ("Saddam", "Sinn Fein"): in a story of violence such a unit stays. A place or thing an
    act hit (kind "thing": "the basket", "the hospital") is no party."""
    people = [a for e in events for a in (*e.actors, *e.recipients) if a.kind != "thing"]
    return bool(people) and all((a.sector or "") in CIVILIAN for a in people)


def violent_story(ex: Extraction) -> bool:
    """Whether the article tells violence, coercion or protest that took place (people harmed,
    an attack with a weapon or on people, an arrest, a protest; not history, negated or
    hypothetical): what else it tells is part of that story (the suspects deny the charges,
    the company rejects the allegations)."""
    return harmed(c for c in ex.claims if not c.background and c.period_kind != "since") or any(
        told(e) and (self_evident(e) or human_target(e)) for e in ex.events)


def told(event: Event) -> bool:
    """Whether an event is told as taking place (not history, negated, hypothetical or future)."""
    return not event.historical and not {"negated", "hypothetical", "future"} & set(event.modes)
