"""A killing told back by a charge that names no accuser: "Man accused of fatally shooting Ohio
officer to be arraigned", "a 32-year-old man is charged with murder in the shooting death of Tom
Baker". Such a charge is no incident (ACLED's first actor is required: ``units.speakerless``),
and an article that tells nothing else with a toll had no unit that could tell the killing back
(``units.follow_up``), so the report of the killing and its follow-up never met. The killing the
charge names, with the charge's toll and place, is told back as a unit that joins the killing's
incident already stored by a clue both tell (a victim's name, an address: ``reconcile.clues``),
in the same town or near it, and never starts one; its day is unknown (the charge's day is not
the killing's). Where the article has other units, the clues wait with the first one's
incident for a report of the killing stored later."""

from __future__ import annotations

from sitrep.reconcile.attach import HARM, VIOLENT, usable
from sitrep.reconcile.units import Unit, family_of, placements, source_of, speakerless
from sitrep.records import Claim, Event, Extraction

# the told-back unit of a charge is kept with the article's first unit for a later report of
# the killing (``incidents.fuse_stored``, ``_take_told``); with no unit, there is none to keep
# it with, and it joins only a report stored before it
NO_UNIT = -1


def charge_told(ex: Extraction, units: list[Unit]) -> Unit | None:
    """The killing or wounding a charge with no accuser tells, where the article tells no
    violent happening and no unit carries a toll (see the module); None otherwise."""
    if any(u.family in VIOLENT or u.killed[0] or u.injured[0] for u in units):
        return None
    published = ex.article.published
    for idx, event in enumerate(ex.events):
        if family_of(event.plover_type, event.plover_mode) != "ACCUSE" or not speakerless(event):
            continue
        if event.historical or {"negated", "hypothetical"} & set(event.modes):
            continue
        claims = [c for c in ex.claims if c.event == idx and c.outcome in HARM and usable(c)]
        killed, injured = _toll(claims, "killed"), _toll(claims, "injured")
        if killed[0] is None and injured[0] is None:
            continue
        place = placements(event)[0]
        again = told_again(ex, idx, claims)
        mentions = [(i, ex.events[i].evidence.start, ex.events[i].evidence.end)
                    for i in dict.fromkeys([idx] + [c.event for c in again if c.event is not None])]
        return Unit(ex.article.id, len(units), "ASSAULT", "ASSAULT", None, None, None, None,
                    [], [], place, None, None, None, mentions, event.evidence.text,
                    source_of(ex.article), published.isoformat() if published else None,
                    killed, injured, None, told_by=units[0].unit if units else NO_UNIT,
                    harm_spans=[(c.evidence.start, c.evidence.end) for c in claims + again])
    return None


def told_again(ex: Extraction, chosen: int, claims: list[Claim]) -> list[Claim]:
    """The tolls of the same outcome ("killed", "injured") that the article's other charges and
    accusations give, whatever their mode: "Man accused of fatally shooting Ohio officer" in
    the headline, "faces murder charges in the slaying of Officer Tom Reed, 34" or "could be
    charged in the death of Tom Reed" further down. In an article that tells no violent
    happening of its own they name the victims of the killing the charge is about (what is
    moot is the charge, not the death: ``units._moot_act``), so the victim's name is a clue
    of the killing told back, also where the charge the toll hangs on reads as hypothetical,
    and so are the clues told near these charges (they are the told-back unit's mentions).
    History ("also charged in a November case") is not."""
    outcomes = {c.outcome for c in claims if c.low}
    return [c for c in ex.claims
            if c.event is not None and c.event != chosen and c.outcome in outcomes
            and usable(c) and c.low and _charge(ex.events[c.event])]


def _charge(event: Event) -> bool:
    return family_of(event.plover_type, event.plover_mode) == "ACCUSE" and not event.historical


def _toll(claims: list[Claim], outcome: str) -> tuple[int | None, int | None]:
    """The largest figure the charge's claims give for ``outcome`` (low, high)."""
    figures = [(c.low, c.high if c.high is not None else c.low) for c in claims
               if c.outcome == outcome and c.low]
    return max(figures) if figures else (None, None)
