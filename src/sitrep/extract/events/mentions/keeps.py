"""Where and when a mention of a happening places it, and what the event fused from several
mentions keeps (``corefer``): the most specific date and place its compatible mentions state.

A headline or a lead often tells a happening with a vague time or a wide place ("overnight",
"this week", "in Mali") and the story with a precise one ("just before 3 a.m. Saturday", "in
Gao"); the fused event keeps the precise one when it lies within the vague one (a day of that
week, a town of that country) or, for the same day, adds a clock time.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Token

from sitrep.extract.place_roles import names_home
from sitrep.extract.places.led import of_a_person
from sitrep.records import Claim, Event, Place, When

# the names of weekdays and months, whole and abbreviated
_CALENDAR_WORDS = frozenset(
    w.lower() for names in (calendar.day_name, calendar.day_abbr, calendar.month_name,
                            calendar.month_abbr) for w in names if w)

OWN_LEVELS = {"clause", "sentence"}
DETAINING = {"COERCE", "SANCTION"}  # types whose own act may hold people (arrests, prison terms)  # where a place is stated for the event itself
# how finely a date says when: a day (with a clock time finer still), a week, a month, a year
PRECISION_RANK = {"day": 3, "week": 2, "month": 1, "year": 0}


def own_places(event: Event) -> list[Place]:
    """The places stated for the event itself (in its clause or sentence), not lent it."""
    return list(event.places) if event.location_rule in OWN_LEVELS else []


def holds(big: Place, small: Place) -> bool:
    """``big`` is ``small`` or holds it: the same GeoNames record or name, its country, or its
    first-level region."""
    if (big.geonameid and big.geonameid == small.geonameid) or big.name == small.name:
        return True
    if not big.country or big.country != small.country:
        return False
    if big.kind == "country":
        return True
    return big.kind == "region" and bool(big.admin1) and big.admin1 == small.admin1


def places_compatible(a: Event, b: Event) -> bool:
    """No own place on one side, or a place of one that holds or lies in a place of the other."""
    pa, pb = own_places(a), own_places(b)
    return not pa or not pb or any(holds(x, y) or holds(y, x) for x in pa for y in pb)


def places_written_in(title: Event, body: Event) -> bool:
    """Every own place of a title's mention is written in the story's sentence, as a name of
    its own or the first words of a longer one ("Woman stabbed near Briarcliff": "near
    Briarcliff Road in DeKalb County"; "Man shot in Richmond Hill": "in the Richmond Hill
    neighbourhood of Savannah"): a title shortens the place its story tells, so the two are
    not told apart by the places the gazetteer gave the name alone."""
    places = own_places(title)
    return bool(places) and all(
        re.search(r"(?<!\w)" + re.escape(p.text) + r"(?!\w)", body.evidence.text)
        for p in places)


def own_day(event: Event) -> str | None:
    """The day the event's own sentence dates it to: not a date linked from another sentence,
    nor a clock time alone ("at about 11pm" says no day)."""
    when = event.when
    if when is None or when.precision != "day" or when.kind != "date" or not when.value:
        return None
    inside = event.evidence.start <= when.evidence.start < event.evidence.end
    return when.value if inside else None


def dated_in_own_sentence(event: Event) -> bool:
    """The event's date is written in its own sentence (not linked from another one, nor the
    article's main date)."""
    when = event.when
    return when is not None and event.evidence.start <= when.evidence.start < event.evidence.end


def specificity(when: When) -> tuple[int, int]:
    """How finely ``when`` says when: its precision, then a clock time on the day."""
    return PRECISION_RANK.get(when.precision or "", -1), int(when.kind == "time")


def _within(fine: When, coarse: When) -> bool:
    """The days ``fine`` covers lie in those of ``coarse`` (unknown spans: not within)."""
    if not (fine.start and fine.end and coarse.start and coarse.end):
        return False
    return coarse.start <= fine.start and fine.end <= coarse.end


def finer_date(keep: Event, other: Event) -> bool:
    """``other`` (a mention fused into ``keep``) dates the happening more finely in its own
    sentence than ``keep`` does: a day of ``keep``'s week, month or year, or a clock time where
    ``keep`` has a day told only relative to the report, within a day of it ("overnight" beside
    "3 a.m. Saturday"). An interval or a background date is not taken."""
    mine, theirs = keep.when, other.when
    if theirs is None or theirs.kind == "interval" or not dated_in_own_sentence(other):
        return False
    if other.historical != keep.historical:
        return False
    if mine is None:
        return True
    if specificity(theirs)[0] > specificity(mine)[0]:
        return _within(theirs, mine)  # "this week" ... "on Tuesday"
    if specificity(theirs) <= specificity(mine) or not (names_day(theirs) and not names_day(mine)):
        return False
    return _days_apart(mine, theirs) <= 1  # "overnight" ... "just before 3 a.m. Saturday"


def names_day(when: When) -> bool:
    """The date's words name its day (a number, a weekday or a month: "3 a.m. Saturday", "on
    March 2"), not only a day told relative to the report ("overnight", "today", "tonight")."""
    words = {w.strip(".,").lower() for w in when.text.split()}
    return any(ch.isdigit() for ch in when.text) or bool(words & _CALENDAR_WORDS)


def _days_apart(a: When, b: When) -> int:
    try:
        return abs((date.fromisoformat(a.value or "") - date.fromisoformat(b.value or "")).days)
    except ValueError:
        return 99


def narrower_places(keep: Event, other: Event) -> bool:
    """``other``'s own places lie inside ``keep``'s own ones and are narrower ("in Gao" after
    "in Mali"): the fused event takes them."""
    mine, theirs = own_places(keep), own_places(other)
    if not mine or not theirs:
        return False
    return all(any(holds(x, y) and not holds(y, x) for x in mine) for y in theirs)


def told_by_arrests(events: list[Event], claims: list[Claim]) -> set[int]:
    """The events (indices) other than arrests whose only figures count people arrested for them
    ("four suspects apprehended following an officer-involved shooting"): the act told back by
    its arrests, which the incidents let join a happening but not start one
    (``reconcile.units``); a later telling of the act itself is not fused into it, so that the
    happening keeps a mention that may start its incident. Not a sentence of prison either
    (SANCTION: "Leyland man jailed for 14 years"): its figure counts those it jailed itself."""
    linked: dict[int, set[str]] = {}
    for c in claims:
        if c.event is not None:
            linked.setdefault(c.event, set()).add(c.outcome)
    return {i for i, outcomes in linked.items() if outcomes == {"arrested"}
            and 0 <= i < len(events) and events[i].plover_type not in DETAINING}


def placed_by_homes(event: Event, token_at: Callable[[int], Token | None]) -> bool:
    """Every place stated for the event is a person's home, not where it happened: a place of
    a person named or aged, written with "of" ("Sgt. Ray Mills, 29, of Tulsa, Oklahoma, was
    also killed in the blast", "Dan Lee of Puyallup was wounded"), the state after such a town,
    or a state or country that modifies a noun of people ("an Iowa woman":
    ``place_roles.names_home``; a town so written is often where it happened and stays). The
    people of a place ("angered residents of Recife") are the community the act touched,
    most often where it happened: their place stays.
    ``token_at`` gives the parsed token at a character offset of the article. Such a mention
    is not told apart from the scene of the happening told before (``corefer``)."""
    places = own_places(event)
    return bool(places) and all(_home(p, token_at) for p in places)


def _home(place: Place, token_at: Callable[[int], Token | None]) -> bool:
    first, last = token_at(place.evidence.start), token_at(place.evidence.end - 1)
    if first is None or first.i <= first.sent.start:
        return False
    doc = first.doc
    if _of_one(doc[first.i - 1]):
        return True  # "Dan Lee of Puyallup"
    if place.kind != "city" and last is not None and names_home(last):
        return True  # "an Iowa woman"
    j = first.i - 2  # "of Tulsa, Oklahoma": the state of the home town
    if doc[first.i - 1].text != "," or j <= first.sent.start or doc[j].pos_ != "PROPN":
        return False
    while j - 1 > first.sent.start and doc[j - 1].pos_ == "PROPN":
        j -= 1
    return _of_one(doc[j - 1])


def _of_one(of: Token) -> bool:
    """An "of" that attaches a home to one person named or aged ("Dan Lee of", "Mills, 29,
    of"), not to people of a kind ("residents of": ``places.led.of_a_person`` takes those).
    The parser may hang the "of" on the noun the name stands beside ("a truck driver, Luis
    Vega, 52, of Newark"): the name or age right before it counts."""
    if not of_a_person(of):
        return False
    before = of.i - 2 if of.i >= 2 and of.doc[of.i - 1].text == "," else of.i - 1
    near = of.doc[before] if before >= of.sent.start else of.head
    return any(t.ent_type_ == "PERSON" or t.like_num for t in (of.head, near))
