"""Incidents: event mentions fused into one row per happening, within an article and then across
articles, at store time (``fuse_stored``, called in the transaction that stores the articles).

Within an article, ``reconcile.units.article_units`` gives the article's happenings (ACLED's
unit: type family, actor pair, location, day). Across articles, each unit looks only at the
incidents of its block: the same family, the same country, and dates within ``WINDOW_DAYS``
(one index lookup, ``incidents_block``), never at the whole database. It joins the incident
whose place agrees best within the precision of the coarser one (same town, then same
first-level region, then same country), whose actors agree (a country in common, or one side
not stated) and whose days overlap; otherwise it starts a new incident. A statement the text
does not locate looks in the block of its speaker and day instead (``reconcile.statements``);
other units without a place or a date never join across articles (there is no block to look
in), except by a strong clue (``reconcile.clues``): a name, an address, or the profile of a
shooting (``reconcile.fusion.profile``: town, a victim's age and the toll, on one weekday). An article that tells only the charge or the trial for a killing has the
killing told back (``units.follow_up``): it joins the killing's incident by a shared clue, now or
when a report of it comes later (``_take_told``), and never starts one; so does the killing a
charge with no accuser tells (``reconcile.charges``), which joins a report stored before it.

The incident's fields are recomputed from its units (what each article says: stored in
``incident_units``) whenever one joins or leaves: type and actors from the mentions, the most
precise place, the first and last day, and fatalities and injured as UCDP-style low / best /
high over the articles' figures with the rules of the tallies (``reconcile.fusion.summary``).

Stability: articles are fused in the order they are stored (input order, also with
``--workers N``: Dask workers send rows and the client stores them in input order), candidates
are ranked by a total order, and an incident's id is a hash of its first mention's article id and
evidence span, so the same inputs give the same incidents with the same ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from sitrep.reconcile.agree import acts_apart, clue_places, near, speakers_agree, the_part
from sitrep.reconcile.attach import VIOLENT
from sitrep.reconcile.charges import charge_told
from sitrep.reconcile.clues import (
    Clue,
    apart_in_block,
    article_clues,
    assign,
    conflict,
    month_days,
    person_key,
    shared_strong,
    victim_clues,
)
from sitrep.reconcile.fusion.profile import (
    HARM,
    clock_times,
    harm_clues,
    only_profile,
    weekday_agrees,
    weekdays,
)
from sitrep.reconcile.fusion.summary import summarise
from sitrep.reconcile.statements import statement_candidate, unlocated
from sitrep.reconcile.units import (
    BACKGROUND_DAYS,
    MATERIAL,
    Unit,
    actors_agree,
    article_units,
    follow_up,
    place_precision,
    places_agree,
)
from sitrep.records import Evidence, Place, When
from sitrep.store import clues as stored_clues
from sitrep.store import incidents as rows

VERSION = "sitrep.incidents.v20"  # v20: undated reports of one shooting join by its profile
# (town, a victim's age or the minute, killed and injured) on one weekday.
# v19: a town and a part of it GeoNames lists as its own
# town join within an article, and across articles on a shared victim's age, name or address.
# v18: an arrest's report joins the killing it follows in
# either order (units keep whether their day is their own: migration 0007); a victim's name joins two
# towns of one county; a doer who dies is counted apart from the victims.
# v17: charges name a killing's victims in any mode, a town and
# its part on one day join by the victim, an arrest's day is not the shooting's.
# v16: unplaced statements joined by speaker and day;
# charges with no accuser and shootings told later join the killing's incident.
# v15: victims counted from a sentence no event holds.
# v14: victims told as more within a total;
# a week refined to its day; a suspect's surrender day is not the shooting's.
# v13: violence told as fact with a named victim, a toll word
# or its own day and town is a happening without a named doer; an act told in full is not
# told back by an arrest a later mention brought.
# v12: countries compared role by role at one place and day.
# v11: counties and country-wide reports join only their own
# towns; different acts of one family stay apart; next-morning reports; outlet names no clue;
# a happening after "after" is no topic.
# v10: mentions of different parties do not join; the story day
# of undated articles.
# v9: running arrest totals start no incident.
# v8: a victim's home town is not the place; a charge
# joins the killing it names; streets named after towns rank after towns.
# v7: statements join across articles with one speaker; a
# victim's name a clue of the killing only.
# v6: only happenings in ACLED's scope (reconcile/relevance.py)
WINDOW_DAYS = 0  # days must overlap: with one day of slack, two shootings a day apart in one
# city joined (gvdb look part: fusion precision 0.09 with 1 day)
TOLD = "ASSAULT/told"  # the clues of a killing a follow-up told, kept until its report comes


def incident_id(unit: Unit) -> str:
    """From the first mention: article id and evidence span, with the family and place that tell
    apart two incidents of one sentence ("clashes in Goma and Bukavu")."""
    place = unit.place.geonameid or unit.place.name if unit.place else ""
    key = f"{unit.article_id}:{unit.start}:{unit.end}:{unit.family}:{place}:{unit.unit}"
    digest = hashlib.sha1(key.encode()).hexdigest()
    return f"inc-{digest[:16]}"


def fuse_stored(conn: sqlite3.Connection, article_ids: Sequence[str]) -> int:
    """Fuse the events of the given (just stored) articles into incidents, in order; returns the
    number of units placed. Runs inside the caller's transaction."""
    from sitrep.store.bulk import article_dates, extractions

    ids = list(dict.fromkeys(article_ids))
    if not ids:
        return 0
    touched = rows.forget_articles(conn, ids)  # re-extracted articles leave their incidents
    stored_clues.forget_articles(conn, ids)
    event_ids = rows.event_ids(conn, ids)
    placed = 0
    dates = article_dates(conn, ids)  # the day an undated happening was told (units.article_day)
    material = stored_clues.article_material(conn, ids)
    for ex in extractions(conn, ids):
        ex.dates = dates.get(ex.article.id, [])
        # the stored article's text (read without it): how its victims are told (``victims``)
        ex.article.text = ex.article.text or material.get(ex.article.id, ("", [], {}))[0]
        units = article_units(ex)
        echo = follow_up(units) or charge_told(ex, units)
        told = unit_clues(units + ([echo] if echo else []),
                          *material.get(ex.article.id, ("", [], {})), ex.dates)
        placed_in: dict[int, str] = {}
        for unit, clues in zip(units + ([echo] if echo else []), told, strict=True):
            target = _best_candidate(conn, unit, clues)
            if target is not None and _keep_day(conn, target, unit):
                clues = {c for c in clues if c.kind != "day"}  # (the day it was told)
            new = False
            if target is None and unit.told_by is not None:
                if unit.told_by in placed_in:  # kept with the follow-up, for a later report
                    stored_clues.add(conn, placed_in[unit.told_by], unit.article_id, unit.unit,
                                     TOLD, [(c.kind, c.label) for c in clues])
                continue
            if target is None:  # a new incident (unless a re-extracted article finds its own)
                target = incident_id(unit)
                new = rows.create(conn, target, VERSION, unit)
            row = rows.add_unit(conn, target, unit, event_ids)
            stored_clues.add(conn, target, unit.article_id, unit.unit, unit.family,
                             [(c.kind, c.label) for c in clues])
            units = [row] if new else rows.units_of(conn, target)  # (one round trip less)
            placed_in[unit.unit] = target
            if unit.family in VIOLENT and unit.told_by is None:
                _take_told(conn, target, unit, clues)
                units = rows.units_of(conn, target)
            rows.update(conn, target, summarise(units))  # findable now
            touched.discard(target)
            placed += 1
    for iid in sorted(touched):  # incidents that re-extracted articles left
        units = rows.units_of(conn, iid)
        if units:
            rows.update(conn, iid, summarise(units))
        else:
            rows.delete(conn, iid)
    return placed


def _take_told(conn: sqlite3.Connection, target: str, unit: Unit, clues: set[Clue]) -> None:
    """A killing that follow-ups stored before told of (``units.follow_up``: a charge's article
    with no violent happening of its own) joins the incident ``target`` its report joined, where
    they share a strong clue (a victim's name, an address), are placed in one town (or near it,
    or a town and its state) and tell of no other people (``conflict``)."""
    strong = sorted(c.label for c in clues if c.strong and c.kind != HARM)
    if not strong or unit.place is None:
        return
    for own, article_id, index in stored_clues.told_by(conn, TOLD, strong):
        if article_id == unit.article_id:
            continue
        found = rows.unit_of(conn, own, article_id)
        if found is None:
            continue
        row, mentions = found
        other = [Clue(kind, label.split(":", 1)[1], 0)
                 for kind, label in stored_clues.of_unit(conn, article_id, index)]
        place = _row_place(row)
        if place is None or conflict(clues, other):
            continue
        person = any(label.startswith("person:") for label in shared_strong(clues, other))
        if not clue_places(unit, place, places_agree(unit.place, place), person):
            continue
        told = Unit(article_id, index, "ASSAULT", "ASSAULT", None, None, None, None,
                    json.loads(row["actors"]), json.loads(row["recipients"]), place, None, None,
                    None, mentions, row["text"], row["source"], row["published"],
                    (row["killed_low"], row["killed_high"]),
                    (row["injured_low"], row["injured_high"]), row["claimant"],
                    told_by=row["unit"])
        rows.add_unit(conn, target, told, rows.event_ids(conn, [article_id]))
        stored_clues.move(conn, article_id, index, target, "ASSAULT")


def _row_place(row: dict[str, Any]) -> Place | None:
    if row["place"] is None or row["country"] is None:
        return None
    return Place(text=row["place"], evidence=Evidence(0, 0, ""), name=row["place"],
                 geonameid=row["geonameid"], country=row["country"], admin1=row["admin1"],
                 lat=row["lat"], lon=row["lon"], precision=row["geo_precision"])


def unit_clues(units: Sequence[Unit], text: str, named: Sequence[tuple[int, int, str]],
               victims: Mapping[str, set[int]], dates: Sequence[When] = ()) -> list[set[Clue]]:
    """The clues each unit of an article told (``reconcile.clues``); only material happenings
    (violence, arrests, protests, ...) have any: a victim's name or an address tells which
    shooting a report is about, not which of the statements around it ("the family warned the
    probation office", "the prosecutor asked") a speech act is. A unit in a town also has its
    day as month and day with the town ("day:5128581|01-17"): its own day, or where it has none
    the month and day the article names without a year near it; a violent unit in a town with a
    toll has its profile (``harm``: town, an age told near it, killed and injured) and the
    weekdays told near it without a day (``wday``). A victim named without an age
    is a clue of the unit whose events harm them, wherever the name is told, and of the violent
    unit told nearest it; never of an arrest, a protest or another family's happening told near
    the name (an activist "wanted in the killing of Dr. Barnett Slepian" protesting elsewhere)."""
    material = [u for u in units if u.family in MATERIAL]
    if not material or not text:
        return [set() for _ in units]
    named = outside_masthead(text, named)
    told_dates = [(w.evidence.start, w.text, w.value) for w in dates]
    found = article_clues(text, named) + month_days(told_dates) + weekdays(told_dates) + (
        clock_times(text))
    told = iter(assign(found, [(u.family, [m[1] for m in u.mentions]) for u in material]))
    harmed = victim_clues(named, victims)
    near_harm = iter(assign([c for c, _ in harmed], [
        (u.family, [m[1] for m in u.mentions] if u.family == "ASSAULT" else []) for u in material]))
    out = []
    for unit in units:
        clues = next(told) if unit.family in MATERIAL else set()
        if unit.family in MATERIAL:
            own = {m[0] for m in unit.mentions}
            clues |= {clue for clue, idxs in harmed if idxs & own} | next(near_harm)
            clues |= named_in(named, unit.harm_spans)
        days = {c for c in clues if c.kind == "day"}
        clues -= days
        town = unit.place.geonameid if unit.place is not None and place_precision(
            unit.place) <= 2 else None
        if town is not None and unit.date_first is not None and len(unit.date_first) == 10:
            clues.add(Clue("day", f"{town}|{unit.date_first[5:]}", unit.start))
        elif town is not None and unit.date_first is None:
            clues |= {Clue("day", f"{town}|{c.key}", c.start) for c in days}
        out.append(clues | harm_clues(unit, clues))
    return out


def named_in(named: Sequence[tuple[int, int, str]], spans: Sequence[tuple[int, int]]
             ) -> set[Clue]:
    """The people named inside ``spans`` (a charge's toll: "the shooting death of Tom Baker"),
    as ``person`` clues: the victims of the happening the charge tells back."""
    out = set()
    for start, end, name in named:
        key = person_key(name)
        if key is not None and any(a <= start and end <= b for a, b in spans):
            out.add(Clue("person", key, start))
    return out


def outside_masthead(text: str, named: Sequence[tuple[int, int, str]]
                     ) -> list[tuple[int, int, str]]:
    """The named actors outside the outlet's name that web pages append to the headline ("Man
    shot in driveway | The Toledo Blade": ``dateline.masthead``): the event roles may read that
    name as the headline's victim, and as a clue it would join every report of that outlet in
    its town."""
    from sitrep.extract.dateline import masthead

    outlet = masthead(text)
    if outlet is None:
        return list(named)
    return [n for n in named if not outlet[0] <= n[0] < outlet[1]]


def _best_candidate(conn: sqlite3.Connection, unit: Unit, clues: set[Clue] | None = None
                    ) -> str | None:
    """The incident the unit joins, or None. A unit with a day looks in its block (family,
    country, overlapping days) and joins the best agreeing place; any unit of a material family
    also looks up the incidents of its family that share a strong clue (a named victim, an
    address or a corner, in the same town), which is how a report with no day joins one."""
    clues = clues or set()
    if unlocated(unit):
        return statement_candidate(conn, unit)  # by its speaker and day
    if unit.place is None or unit.place.country is None:
        return None
    if unit.date_first is not None and (unit.date_precision or "day") != "day":
        return None
    dated = unit.date_first is not None
    first = dt.date.fromisoformat(unit.date_first[:10]) if dated else None
    last = dt.date.fromisoformat((unit.date_last or unit.date_first)[:10]) if dated else None
    window = dt.timedelta(days=WINDOW_DAYS)
    found: dict[str, tuple[dict[str, Any], bool]] = {}
    if first is not None and last is not None:
        for cand in rows.block(conn, unit.family, unit.place.country,
                               (first - window).isoformat(), (last + window).isoformat()):
            found[cand["id"]] = (cand, True)
    strong = sorted(c.label for c in clues if c.strong)
    if strong:
        extra = [i for i in stored_clues.sharing(conn, unit.family, strong) if i not in found]
        for cand in rows.by_ids(conn, extra):
            found[cand["id"]] = (cand, False)
    told = {iid: [Clue(kind, label.split(":", 1)[1], 0) for kind, label in pairs]
            for iid, pairs in stored_clues.clues_of(conn, sorted(found)).items()}
    ranked: list[tuple[Any, ...]] = []
    coarse: list[str] = []  # candidates that agree only by the country (``country_only``)
    for iid, (cand, in_block) in sorted(found.items()):
        if cand["article_ids"] and unit.article_id in cand["article_ids"]:
            continue  # an article's own units stay apart
        if not actors_agree(unit.countries, cand["countries"]):
            continue
        if acts_apart(unit.family, unit.plover_mode, cand.get("mode")):
            continue
        other = told.get(iid, [])
        shared = shared_strong(clues, other)
        if only_profile(shared) and not weekday_agrees(unit, list(clues), cand, other):
            shared = set()  # a town, an age and a toll alone: two shootings of one town
        agree = places_agree(unit.place, cand["place"])
        if in_block and agree is None and _part_agrees(unit, cand, clues, other):
            agree = 3
        if in_block:
            if not _block_agrees(unit, cand, agree, bool(shared)) and not (
                    any(label.startswith("person:") for label in shared)
                    and clue_places(unit, cand["place"], agree, person=True)
                    and not conflict(clues, other)):
                continue  # (one victim told in a town and a part of it: not one street name)
            if country_only(unit, cand, agree, bool(shared)):
                coarse.append(iid)
                continue
            if unit.family not in MATERIAL and not speakers_agree(unit.actors, cand["actors"]):
                continue  # two statements of one day and country by other speakers
            if apart_in_block(clues, other):
                continue  # one name with other ages: two people
        elif not _clue_agrees(unit, cand, agree, shared) or conflict(
                *_undated(clues, other, told_apart(unit, cand))):
            continue
        gap = (_gap(first, last, cand["date_first"], cand["date_last"])
               if first is not None and last is not None and cand["dated"] else 0)
        ranked.append((not shared, -(agree or 0), gap,
                       -len(unit.countries & cand["countries"]), -cand["n_articles"], iid))
    if ranked:
        return str(min(ranked)[-1])
    if len(coarse) == 1:
        return coarse[0]
    return statement_candidate(conn, unit)  # a report of it that the text did not locate


def _part_agrees(unit: Unit, cand: dict[str, Any], clues: set[Clue], other: list[Clue]
                 ) -> bool:
    """Whether a material report and a candidate of its block (same family, country and day)
    placed in a town and in a part of it that GeoNames lists as a town of its own
    (``agree.the_part``: Chicago and Rogers Park) are one happening: they tell something of it
    alike (a victim's age, a name, an address) and nothing apart (``conflict``). Reports of one
    town and day join without a clue (ACLED's unit); a town and its part without one added a
    wrong GVDB pair (session 44): two shootings of one large town and day."""
    if unit.family not in MATERIAL or unit.place is None or cand["place"] is None or (
            not the_part(unit.place, cand["place"])):
        return False
    mine = {c.label for c in clues if c.strong or c.kind == "age"}
    return bool(mine & {c.label for c in other if c.strong or c.kind == "age"}) and (
        conflict(clues, other) is None)


def country_only(unit: Unit, cand: dict[str, Any], agree: int | None, shared: bool) -> bool:
    """Whether a material report and a candidate of its block agree only by their country (one
    is placed in no region or town, and no clue is shared): such a candidate is joined only when
    it is the block's one happening of that family and day in the country ("six people were
    killed in Tanzania" and the Dar es Salaam bombing of that Friday), never when the country
    had several ("a woman was shot dead in the United States on Monday" is none of Monday's
    shootings in particular). ACLED's coarsest location is the region."""
    if unit.family not in MATERIAL or shared or unit.place is None or cand["place"] is None:
        return False
    return (agree or 0) < 3 and max(place_precision(unit.place),
                                    cand["place"].precision or 9) >= 4


def _block_agrees(unit: Unit, cand: dict[str, Any], agree: int | None, shared: bool = False
                  ) -> bool:
    """Whether a candidate of the unit's block (same family, country and day) is placed where the
    unit is, within the precision of the coarser place. A report placed only in a region and
    dated by no day of its own (a headline, a story dated only by the paper) joins another
    article's report of another place of that region only by a clue both tell (a victim's name,
    an address): "a shooting in West Philadelphia" and a trial in Lock Haven told on one
    publication day in Pennsylvania are two happenings; "a man was shot in Missouri on Friday"
    and one shot in De Soto, Missouri, on Friday may be one."""
    if agree is None or unit.place is None:
        return False
    precisions = (place_precision(unit.place), cand["place"].precision or 9)
    if unit.family in MATERIAL and agree < 3 and min(precisions) > 1:
        return False  # two region-wide reports of violence are not known to be one happening
    if unit.family in MATERIAL and agree < 3 and max(precisions) > 2 and not (
            shared or unit.dated):
        return False
    if agree == 2 and max(place_precision(unit.place), cand["place"].precision or 9) == 2 \
            and not near(unit.place, cand["place"]):
        return False  # near a town ("north St. Louis") is that town's surroundings, not its state
    return True


def _clue_agrees(unit: Unit, cand: dict[str, Any], agree: int | None, shared: set[str]
                 ) -> bool:
    """Whether an incident found by a shared strong clue outside the unit's block (one of the
    two has no day) may be the unit's happening: never when both have a day (then it differs:
    same-day ones are in the block), nor by a month and day alone when neither has a year;
    the places must be the same town (or within ``NEAR_KM``
    of each other), or a town and its state: a name shared by reports from two towns is two
    people, and one shared by two reports placed only in a country (analyses that recall a
    famous killing) no sign of one happening."""
    if unit.place is None or cand["place"] is None or not shared:
        return False
    dated = [unit.date_first is not None, bool(cand["dated"] and cand["date_first"])]
    if all(dated) and not told_apart(unit, cand):
        return False
    if not any(dated) and all(label.startswith("day:") for label in shared):
        return False  # "Dec. 2" in two reports without a year: maybe two years
    return clue_places(unit, cand["place"], agree,
                       any(label.startswith("person:") for label in shared))


def _undated(a: set[Clue], b: list[Clue], drop: bool) -> tuple[list[Clue], list[Clue]]:
    """The clues of two reports to test for a ``conflict``, without their days where the
    reports are one happening told the morning after (``told_next_day``)."""
    if not drop:
        return list(a), b
    return [c for c in a if c.kind != "day"], [c for c in b if c.kind != "day"]


def told_next_day(unit: Unit, cand: dict[str, Any]) -> bool:
    """Whether two reports that share a strong clue (a name, an address, a corner) and give
    other days are one happening told the morning after: one is dated only by the day its
    article was published (it names no day of its own: "a man is in critical condition after a
    shooting near 35th and Center") and the other's day is the day before ("shot near 35th and
    Center on Saturday night"). Local news reports a night's shooting the next day; two days
    each stated stay two happenings."""
    if not (unit.date_first and cand["date_first"]) or len(unit.date_first) != 10:
        return False
    mine = dt.date.fromisoformat(unit.date_first[:10])
    other = dt.date.fromisoformat(cand["date_first"][:10])
    if cand["date_last"] != cand["date_first"] or (unit.date_last or unit.date_first) != (
            unit.date_first):
        return False
    if mine - other == dt.timedelta(days=1):  # the unit told on its publication day
        return not unit.dated and unit.published == unit.date_first
    if other - mine == dt.timedelta(days=1):  # the stored report dated by its publication
        return cand["date_first"] in cand.get("published", set())
    return False


def told_later(unit: Unit, cand: dict[str, Any]) -> bool:
    """Whether a violent happening an article tells with no day of its own (dated only by the
    article's day or its publication: a charge's "the shooting of Keisha Grant, 34", a funeral's
    "Tom Baker was shot dead") comes after the day of a stored report of it, within
    ``BACKGROUND_DAYS``: a follow-up told later, which a strong clue both tell (a victim's name
    and age, an address) may join; two days each stated stay two happenings."""
    if unit.family != "ASSAULT" or unit.dated or not unit.date_first or not (
            cand["dated"] and cand["date_first"]) or len(unit.date_first) != 10:
        return False
    gap = dt.date.fromisoformat(unit.date_first) - dt.date.fromisoformat(
        (cand["date_last"] or cand["date_first"])[:10])
    return 0 < gap.days <= BACKGROUND_DAYS


def told_earlier(unit: Unit, cand: dict[str, Any]) -> bool:
    """``told_later`` the other way round: a violent happening an article tells with a day of
    its own, before the day of a stored incident that only follow-ups told, each with no day
    of its own (``own_day``: "Police arrested a man Thursday in the fatal shooting of Lena
    Cole, 51" stored before "Lena Cole, 51, was fatally shot Tuesday"), within
    ``BACKGROUND_DAYS``; a strong clue both tell may join them, whichever came first."""
    if unit.family != "ASSAULT" or not unit.dated or not unit.date_first or cand.get(
            "own_day", True) or not (cand["dated"] and cand["date_first"]) or len(
            unit.date_first) != 10:
        return False
    gap = dt.date.fromisoformat(cand["date_first"][:10]) - dt.date.fromisoformat(
        (unit.date_last or unit.date_first)[:10])
    return 0 < gap.days <= BACKGROUND_DAYS


def told_apart(unit: Unit, cand: dict[str, Any]) -> bool:
    """Whether a unit and an incident of other days are one happening told on two days: the
    morning after, or a follow-up with no day of its own stored after or before the report."""
    return told_next_day(unit, cand) or told_later(unit, cand) or told_earlier(unit, cand)


def _keep_day(conn: sqlite3.Connection, target: str, unit: Unit) -> bool:
    """A unit with no day of its own that joins an incident of earlier days (``told_later``)
    keeps no day: the day it was told is not the day it happened. Whether it lost its day."""
    if unit.dated or not unit.date_first:
        return False
    (cand,) = rows.by_ids(conn, [target]) or [None]
    if cand is None or not told_later(unit, cand):
        return False
    unit.date_first = unit.date_last = unit.date_precision = None
    return True


def _gap(first: dt.date, last: dt.date, other_first: str, other_last: str) -> int:
    a, b = dt.date.fromisoformat(other_first[:10]), dt.date.fromisoformat(other_last[:10])
    if last < a:
        return (a - last).days
    if b < first:
        return (first - b).days
    return 0
