"""One happening, one event: later mentions of a happening an article has already reported
fuse into the first event of it (``fuse``), after linking has given every event its places and
date.

A later event of the same PLOVER type is the same happening when

- its trigger is a noun that refers back: with a definite or demonstrative determiner or a
  possessor ("the attack", "this arrest", "his detention", "Rabin's murder"), or
- it shares a named participant with the earlier one (an actor or recipient of the same name,
  or a group written the same way: "five police officers"),

and nothing tells them apart: not both placed (at clause or sentence level) in different
places, not both dated to different days, not one background and the other not. A reference
fuses into the nearest earlier event of its type; a shared participant into the nearest earlier
event that has it.

The surviving event keeps its evidence and trigger (the first mention) and gains the later
mentions' participants, and their place or date where it had none of its own. Claims that
pointed to a fused event point to the surviving one.
"""

from __future__ import annotations

from bisect import bisect_right

from sitrep.extract.context import Context, Sentence
from sitrep.extract.events.tokens import Offsets
from sitrep.records import Actor, Event

REFERRING_DETERMINERS = {"the", "this", "that", "these", "those"}
OWN_LEVELS = {"clause", "sentence"}  # where a place is stated for the event itself
LOOKBACK = 64  # earlier events of the same type a mention is compared with


def _refers_back(sentence: Sentence | None, event: Event, offsets: dict[int, Offsets]) -> bool:
    if sentence is None or sentence.doc is None:
        return False
    doc = sentence.doc
    if id(doc) not in offsets:
        offsets[id(doc)] = Offsets(doc)
    token = offsets[id(doc)].token_at(event.trigger.start - sentence.start, slack=1)
    if token is None or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any((c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS) or c.dep_ == "poss"
               for c in token.children)


def _names(actors: list[Actor]) -> set[str]:
    """Names that identify a participant: named actors, and groups written in two words or more
    ("five police officers", not "police")."""
    return {(a.name or a.text).lower() for a in actors
            if a.kind != "group" or a.country or len(a.text.split()) > 1}


def _place_ids(event: Event) -> set[int | str]:
    if event.location_rule not in OWN_LEVELS:
        return set()
    return {p.geonameid or p.name for p in event.places}


def _compatible(a: Event, b: Event) -> bool:
    if a.historical != b.historical:
        return False
    pa, pb = _place_ids(a), _place_ids(b)
    if pa and pb and not pa & pb:
        return False
    da = a.when.value if a.when and a.when.precision == "day" else None
    db = b.when.value if b.when and b.when.precision == "day" else None
    return da is None or db is None or da == db


def _absorb(keep: Event, other: Event) -> None:
    for role in ("actors", "recipients"):
        mine = getattr(keep, role)
        seen = {(x.evidence.start, x.evidence.end) for x in mine} | {n for n in _names(mine)}
        for actor in getattr(other, role):
            name = (actor.name or actor.text).lower()
            if (actor.evidence.start, actor.evidence.end) not in seen and name not in seen:
                mine.append(actor)
                seen.add(name)
    if keep.location_rule not in OWN_LEVELS and other.location_rule in OWN_LEVELS:
        keep.places, keep.location_rule = list(other.places), other.location_rule
    if keep.when is None and other.when is not None:
        keep.when = other.when
    keep.confidence = max(keep.confidence, other.confidence)


def fuse(ctx: Context) -> None:
    """Fuse later mentions of a happening into its first event (``ctx.result`` in place).

    Work is linear in the events: each looks back at most ``LOOKBACK`` earlier events of its
    type (an article with more of one type than that is a list or a dump, not one story)."""
    events = ctx.result.events
    if len(events) < 2:
        return
    offsets: dict[int, Offsets] = {}
    target: dict[int, int] = {}  # index of a fused event -> index of the event it joined
    starts = [s.start for s in ctx.sentences]
    where = [bisect_right(starts, e.trigger.start) - 1 for e in events]  # sentence of each event
    by_type: dict[str, list[int]] = {}
    for j, event in enumerate(events):
        seen = by_type.setdefault(event.plover_type, [])
        earlier = [i for i in seen[-LOOKBACK:] if i not in target and where[i] != where[j]
                   and _compatible(events[i], event)]
        seen.append(j)
        if not earlier:
            continue
        join = None
        sentence = ctx.sentences[where[j]] if where[j] >= 0 else None
        if _refers_back(sentence, event, offsets):
            join = earlier[-1]
        else:
            names = _names(event.actors) | _names(event.recipients)
            sharing = [i for i in earlier
                       if names & (_names(events[i].actors) | _names(events[i].recipients))]
            join = sharing[-1] if sharing else None
        if join is not None:
            target[j] = join
            _absorb(events[join], event)
    if not target:
        return
    kept = [i for i in range(len(events)) if i not in target]
    new_index = {old: new for new, old in enumerate(kept)}
    for claim in ctx.result.claims:
        if claim.event is not None:
            old = claim.event
            while old in target:
                old = target[old]
            claim.event = new_index.get(old)
    ctx.result.events[:] = [events[i] for i in kept]
