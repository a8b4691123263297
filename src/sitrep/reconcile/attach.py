"""Casualty claims to the within-article units they report on (``reconcile.units``), and each
unit's killed and injured figures from its claims.

A claim follows the events it is linked to (never a cumulative, historical or withheld claim or
a part of a total); a claim linked to no event goes to the violent unit mentioned last before it,
or the first one after it, and so does a death or a wound linked to a non-violent event where the
article tells a violent one. One event in two towns gives its claim to the unit of the claim's
town. Where people died, one person hurt named by a definite phrase ("the victim was taken to
hospital") is the one who died, unless the phrase names them by the wound ("the wounded teen").
How a unit's claims add up to its figures (distinct victims added, the same told again not) is
``reconcile.victims``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from sitrep.reconcile.agree import places_agree
from sitrep.reconcile.victims import figure, words_of
from sitrep.records import Claim, Extraction, Place

VIOLENT = {"ASSAULT"}
# outcomes that only violence causes: a death or a wound told beside a charge, a lawsuit or a
# reward ("charged in the shooting death of ...") is the toll of the violent happening
HARM = {"killed", "injured", "casualties"}


class Target(Protocol):
    """What a claim is attached to: a ``reconcile.units.Unit``."""

    unit: int
    family: str
    place: Place | None
    mentions: list[tuple[int, int, int]]
    killed: tuple[int | None, int | None]
    injured: tuple[int | None, int | None]
    claimant: str | None


def usable(claim: Claim) -> bool:
    """A claim that can be a happening's toll: not history, withheld, a part of a total or a
    cumulative count."""
    return not (claim.background or claim.undisclosed or claim.part_of is not None
                or claim.period_kind == "since")


def _nearest_before(units: Sequence[Target], start: int) -> list[Target]:
    """The violent unit a claim linked to no event reports on: the one mentioned last at or
    before it ("A man was shot in Dayton. The victim was taken to hospital."), else the first
    one mentioned after it."""
    best: tuple[int, int] | None = None
    chosen: list[Target] = []
    for unit in units:
        for _, m_start, _ in unit.mentions:
            key = (1, -(start - m_start)) if m_start <= start else (0, -(m_start - start))
            if best is None or key > best:
                best, chosen = key, [unit]
    return chosen


def _the_one_who_died(claim: Claim, killed: int = 1) -> bool:
    """People hurt, named by a definite phrase or a pronoun ("The victim was taken to
    hospital", "the man had gunshot wounds", "He was taken to a hospital, where he died"; where
    more died, "Both were shot", "the two men were rushed to hospital", "They were taken to a
    hospital"), no more than the ``killed`` of the happening: the same people, not others."""
    if claim.outcome != "injured" or claim.low is None or claim.low != claim.high:
        return False
    if not 1 <= claim.low <= killed:
        return False
    words = [w.casefold().strip(",") for w in claim.evidence.text.split()]
    if len(words) < 2:
        return False
    if claim.low == 1:
        if words[0] in ("he", "she"):
            return True
        return words[0] == "the" and words[1] not in _OTHERS + _NUMBERS and not _by_wound(words)
    if any(w in _OTHERS for w in words[:4]):
        return False  # "both other victims", "the two others"
    if words[0] in ("both", "they"):
        return True
    return words[0] == "the" and (words[1] in _NUMBERS or words[1] in _GROUP)


def _by_wound(words: list[str]) -> bool:
    """A definite phrase that tells the person by their wound ("the wounded teen", "the teen
    wounded in the thigh", "the injured woman"): where someone died, that is the one who
    lived; "the man was wounded and later died" names no one by it."""
    if words[1] in _WOUNDED:
        return True
    return len(words) > 2 and words[2] in _WOUNDED and words[1] not in _AUXILIARIES


_WOUNDED = ("wounded", "injured", "hurt", "hospitalized", "hospitalised", "surviving")
_AUXILIARIES = ("was", "is", "were", "are", "had", "has", "have", "been", "got", "remains",
                "remained", "later", "also")
_OTHERS = ("other", "others", "second", "third", "surviving", "survivors", "another", "more")
_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4",
            "5", "6", "7", "8", "9", "10")
_GROUP = ("victims", "men", "women", "teens", "teenagers", "boys", "girls", "people", "brothers",
          "sisters", "officers", "children", "friends")


def attach_claims(ex: Extraction, units: Sequence[Target], kept: dict[int, list[Target]],
                  left: set[int]) -> None:
    """Each usable claim to the unit it reports on, and each unit's killed, injured and claimant
    from its claims (see ``reconcile.units`` for the rules)."""
    per_unit: dict[int, list[Claim]] = {}
    violent = [u for u in units if u.family in VIOLENT]
    for claim in ex.claims:
        if not usable(claim):
            continue
        if claim.event is not None:
            targets = kept.get(claim.event, [])
        else:
            targets = _nearest_before(violent, claim.evidence.start)
        if claim.outcome in HARM and violent and claim.event not in left and not any(
                u.family in VIOLENT for u in targets):
            targets = _nearest_before(violent, claim.evidence.start)
        if len(targets) > 1 and claim.place is not None:  # one event, two towns
            near = [u for u in targets if places_agree(u.place, claim.place) == 3]
            targets = near or targets[:1]
        for unit in targets[:1]:
            per_unit.setdefault(unit.unit, []).append(claim)
    sentences = [e.evidence for e in ex.events]
    places = frozenset(w.casefold() for p in ex.places
                       for w in words_of(f"{p.text} {p.name or ''}"))
    for unit in units:
        claims = per_unit.get(unit.unit, [])
        unit.killed = figure(claims, "killed", sentences, places, ex.article.text)
        if unit.killed[0]:
            claims = [c for c in claims if not _the_one_who_died(c, unit.killed[0])]
        unit.injured = figure(claims, "injured", sentences, places, ex.article.text)
        who = [c.claimant.name or c.claimant.text for c in claims if c.claimant is not None]
        unit.claimant = who[0] if who else None
