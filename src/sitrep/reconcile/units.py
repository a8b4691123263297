"""Within an article: the event mentions that are one happening, in ACLED's unit (type family,
actor pair, location, day), as ``Unit`` records ready to be fused across articles.

The event extractor already fuses later references to one event (``extract/events/corefer.py``);
this step applies the incident's own unit on top of it:

- left out: history (``historical`` mode, a date more than ``BACKGROUND_DAYS`` before the
  publication date, or a past told in the event's own clause: ``reconcile.told_back``), negated and hypothetical events, units that report no one killed or
  hurt and are dated only by their year (``COARSE``) or whose every mention is more likely
  wrong than right (``DOUBTFUL``; not where one tells an act of violence as fact by its
  victim, its toll, or its day and town: ``told_violence``), future events without an actor (talk
  about what may happen; "Canada will suspend exports" is an announced decision and stays),
  cumulative tolls (an event whose only claims count "since" a date), and topics (an event with
  no actor of its own, named after a verbal event of the same sentence: "condemned the attacks";
  not after an investigation: "police are investigating a fatal shooting" reports one; nor
  where the article tells people killed or hurt and no other violence: "Police were called on a
  report of a shooting. Two men had gunshot wounds." reports it);
- a speech act or meeting with no actor joins a unit of its family already told, and never
  starts one (ACLED's first actor is required);
- one event with several towns the text coordinates is one unit per town (ACLED codes
  "fighting hit Goma and Bukavu" as two events); a region that contains one of the towns is
  not a third, and towns named apart ("a grenade attack in Baruta, part of Caracas") are one
  unit at the first most precise place; a town and a part of it that GeoNames lists as a
  town of its own ("shot inside a supermarket in the Bronx", "in Mott Haven":
  ``agree.town_part``) are one place, the part's;
- mentions of one family, day and place whose actors agree (the same countries, or one side
  not stated) are one unit; a statement's mentions also need one speaker where both name one
  ("the city court won't accept new cases", "police declined the offer": two refusals;
  ``agree.speakers_agree``), and a material happening's first actors of two countries that
  the other mention names on no side are two happenings (``agree.sides_apart``);
- casualty claims follow the events they are linked to (``reconcile.attach``: never
  cumulative, historical, withheld claims or parts of a total); a claim linked to no event goes
  to the violent unit mentioned last before it, or the first one after it, and so does a death
  or a wound linked to a charge, a lawsuit or a reward ("charged in the shooting death of a
  man": the toll is the shooting's, not the charge's) when the article tells a violent
  happening, also when the charge is negated or hypothetical ("declined to charge the officer
  who fatally shot a man"); where people died, one person hurt named by a definite phrase ("the
  victim was taken to hospital") is the one who died, unless the phrase names them by the wound
  ("the wounded teen").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sitrep.extract.places.names import named_after_town
from sitrep.reconcile.agree import (
    parts_of_towns,
    place_precision,
    places_agree,
    sides_apart,
    speakers_agree,
    the_part,
)
from sitrep.reconcile.attach import HARM, VIOLENT, attach_claims, usable
from sitrep.reconcile.relevance import relevant
from sitrep.reconcile.told_back import day_of_answer, recalled
from sitrep.records import Actor, Claim, Event, Evidence, Extraction, Place, When

BACKGROUND_DAYS = 45
# dates too coarse for ACLED's unit (its coarsest time precision is the month): a happening the
# article dates only by its year or decade is history or an aggregate ("arrested in 1989",
# "seizures dropped off in 2012"), also where the article has no publication date
COARSE = {"quarter", "season", "year", "decade"}
DOUBTFUL = 0.5  # a unit whose mentions are all less likely right than this starts no incident
VERBAL = {"ACCUSE", "REQUEST", "CONSULT", "AGREE", "REJECT", "THREATEN", "SUPPORT", "CONCEDE"}
# families whose place is where the thing happened (split by town, kept apart by place); the
# place of a statement or a policy is mostly the article's setting, so its actors tell it apart
MATERIAL = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "RETREAT"}


@dataclass
class Unit:
    """One happening as one article reports it."""

    article_id: str
    unit: int
    family: str
    plover_type: str
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    cameo_root: str | None
    actors: list[dict[str, Any]]
    recipients: list[dict[str, Any]]
    place: Place | None
    date_first: str | None
    date_last: str | None
    date_precision: str | None
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # (event idx, start, end)
    text: str = ""
    source: str | None = None
    published: str | None = None
    killed: tuple[int | None, int | None] = (None, None)
    injured: tuple[int | None, int | None] = (None, None)
    claimant: str | None = None
    # a follow-up's telling of the killing its charge or arrest is about (``follow_up``): the
    # index of the follow-up's unit; such a unit joins an incident, never starts one
    told_by: int | None = None
    # whether some mention has a date of its own (``own_day``), not only the article's day or
    # its publication date: a headline's "shooting" is dated only by the paper
    dated: bool = True
    # where a charge with no accuser tells its toll (``reconcile.charges``): the victims it names
    harm_spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def countries(self) -> set[str]:
        return {a["country"] for a in (*self.actors, *self.recipients) if a.get("country")}

    @property
    def start(self) -> int:
        return self.mentions[0][1]

    @property
    def end(self) -> int:
        return self.mentions[0][2]


def family_of(plover_type: str, mode: str | None) -> str:
    """The fusion family: the PLOVER type; an investigation is not a condemnation."""
    if plover_type == "ACCUSE" and mode == "investigate":
        return "ACCUSE/investigate"
    return plover_type


def _actor(a: Actor) -> dict[str, Any]:
    return {"name": a.name or a.text, "country": a.country, "sector": a.sector}


def article_day(ex: Extraction) -> str | None:
    """The day a material happening the article tells without a date of its own most likely
    took place: the earliest day the article names between ``BACKGROUND_DAYS`` before its
    publication and its publication ("Police said Monday that the man shot on Saturday ..."
    reports Saturday's shooting); a clock time on no named day, an interval or a later day is
    no such day. Without a publication date only absolute days count; None when there is none."""
    published = ex.article.published
    days = []
    for when in ex.dates:
        value = when.start or when.value
        if when.kind == "interval" or when.precision != "day" or not value or len(value) != 10:
            continue
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            continue
        if published is None:
            if not when.relative:
                days.append(day)
            continue
        if when.kind == "time" and day == published:
            continue  # "at 11 a.m.": the clock time tells no day
        if published - dt.timedelta(days=BACKGROUND_DAYS) <= day <= published:
            days.append(day)
    return min(days).isoformat() if days else None


_CLOCK = re.compile(r"\b(?:[ap]\.?\s?m\b\.?|noon|midnight|o'clock|about|around|at|just|"
                    r"before|after|approximately|shortly|roughly)", re.I)


def _clock_only(when: When, published: dt.date | None) -> bool:
    """A clock time on no named day ("about 11 a.m."): its day is the publication date only
    because nothing else was said."""
    if when.kind != "time" or published is None or when.value != published.isoformat():
        return False
    return not re.search(r"[a-z]", _CLOCK.sub("", when.text), re.I)


def own_day(event: Event, published: dt.date | None, told: str | None = None) -> bool:
    """Whether the event is dated by a date of its own (not an interval, not a clock time on
    no named day), not by the article's day or its publication."""
    when = event.when
    return when is not None and bool(when.value) and when.kind != "interval" and not (
        told is not None and _clock_only(when, published))


def _day_span(event: Event, published: dt.date | None, told: str | None = None,
              ) -> tuple[str | None, str | None, str | None]:
    when = event.when
    if own_day(event, published, told) and when is not None and when.value:
        first = when.start or when.value
        last = when.end or first
        return first, last, when.precision or ("day" if len(first) == 10 else None)
    if told is not None and event.plover_type in MATERIAL:
        return told, told, "day"
    if published is not None:
        day = published.isoformat()
        return day, day, "day"
    return None, None, None


def _is_background(event: Event, first: str | None, published: dt.date | None) -> bool:
    if event.historical or "negated" in event.modes or "hypothetical" in event.modes:
        return True
    if "future" in event.modes and not event.actors:
        return True
    return _dated_back(first, published)


def _moot_act(event: Event, first: str | None, published: dt.date | None) -> bool:
    """A charge or an accusation left out only for its mode ("declined to charge the officers
    who fatally shot a man", "did not blame him for the death"): what is negated or
    hypothetical is the charge, not the death or the wound it names, which stays the toll of
    the violent happening. Other speech acts are not: in "experts could not agree on whether
    there were 8 or 11 wounds", "1,758 people would have been killed" the toll shares the mode."""
    return (event.plover_type == "ACCUSE" and not event.historical
            and bool({"negated", "hypothetical", "future"} & set(event.modes))
            and not _dated_back(first, published))


def _dated_back(first: str | None, published: dt.date | None) -> bool:
    """Whether a date lies more than ``BACKGROUND_DAYS`` before the publication date."""
    if first and published is not None:
        last = first if len(first) == 10 else None
        try:
            day = dt.date.fromisoformat(last) if last else dt.date(int(first[:4]), 12, 31)
        except ValueError:
            return False
        if len(first) == 7:  # a month: its last day
            nxt = dt.date(int(first[:4]) + int(first[5:7]) // 12, int(first[5:7]) % 12 + 1, 1)
            day = nxt - dt.timedelta(days=1)
        return day < published - dt.timedelta(days=BACKGROUND_DAYS)
    return False


# acts that answer a happening which took place ("police are investigating a fatal shooting"):
# what they name is no mere topic
RESPONDING_MODES = {"investigate"}


# words that open a clause or phrase telling what happened before the verbal event ("police
# seek a gunman after a clerk was shot", "called for calm following the shooting")
PRIOR_HAPPENING = re.compile(r"\b(?:after|following|since|when)\b", re.I)


def _is_topic(idx: int, event: Event, events: list[Event], linked: set[int]) -> bool:
    """An event with no actor of its own, named after a verbal event of its sentence that
    speaks about it ("condemned the attacks", "called for an end to the shootings"); not after
    an investigation, which answers a happening that took place, nor after "after / following
    / since / when", which tell the happening the statement answers ("police seek a gunman
    after a clerk was shot")."""
    if event.actors or idx in linked:
        return False
    for other in events:
        if (other is not event and other.plover_type in VERBAL
                and other.plover_mode not in RESPONDING_MODES
                and other.evidence.start == event.evidence.start
                and other.trigger.start < event.trigger.start):
            between = event.evidence.text[other.trigger.end - event.evidence.start:
                                          event.trigger.start - event.evidence.start]
            if not PRIOR_HAPPENING.search(between):
                return True
    return False


def speakerless(event: Event) -> bool:
    """A speech act or meeting with no one saying or meeting ("the request was granted", "people
    are allowed to make mistakes"): ACLED codes no event without its first actor, and the
    guidelines no act without an identifiable actor."""
    return event.plover_type in VERBAL and not event.actors


def _towns(places: list[Place]) -> list[Place]:
    seen: dict[Any, Place] = {}
    for p in places:
        if (p.precision or 9) <= 1 or p.kind == "city":
            seen.setdefault(p.geonameid or p.name, p)
    return list(seen.values())


# what stands between two coordinated towns: "Goma and Bukavu", "Goma, Bukavu and Uvira",
# "in Goma and in Bukavu", "Goma as well as the town of Bukavu"
_BETWEEN = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|&|as well as)\s*(?:in\s+|the\s+"
                      r"(?:towns?|cities|city|villages?|municipalities|municipality)\s+of\s+)?",
                      re.I)


def coordinated_towns(towns: list[Place], sentence: Evidence) -> list[Place]:
    """The towns of a list the text coordinates ("fighting hit Goma and Bukavu", "Goma,
    Bukavu and Uvira"); not towns named apart in one sentence ("a district of Caracas called
    Baruta", "Berlin hill in the Toribio municipality": one place inside another, or a name
    read as a place), nor towns outside the ``sentence`` (the event's evidence, whose text the
    store keeps). Empty when no two are coordinated."""
    ordered = sorted(towns, key=lambda p: p.evidence.start)
    out: list[Place] = []
    for a, b in zip(ordered, ordered[1:], strict=False):
        if not (sentence.start <= a.evidence.end <= b.evidence.start <= sentence.end):
            continue
        gap = sentence.text[a.evidence.end - sentence.start:b.evidence.start - sentence.start]
        if _BETWEEN.fullmatch(gap):
            out += [p for p in (a, b) if p not in out]
    return out


def placements(event: Event) -> list[Place | None]:
    towns = coordinated_towns(_towns(event.places), event.evidence)
    if len(towns) >= 2 and event.plover_type in MATERIAL:
        return list(towns)
    if not event.places:
        return [None]
    # a street called after a town ("at 17049 San Jose St. in Northridge") gives way to the
    # town the text names as itself; a town to the part of it named too (Canoga Park)
    parts = parts_of_towns(event.places)
    return [min(event.places, key=lambda p: (
        p.precision or 9, origin(p, event.evidence) or named_after_town(p),
        event.places.index(p) not in parts, event.places.index(p)))]


_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def origin(place: Place, sentence: Evidence) -> bool:
    """Whether the sentence names the place as where someone or something came from ("soldiers
    from Kinshasa clashed with rebels in Goma", "a convoy travelling from Gao"), or as whose
    people are named ("a 20-year-old Milwaukee man was shot in West Allis", "two Camden teens",
    "a Dayton police officer"): not where the happening took place, when another place of the
    sentence is as precise."""
    offset = place.evidence.start - sentence.start
    if not 0 <= offset <= len(sentence.text):
        return False
    if _ORIGIN.search(sentence.text[max(0, offset - 12):offset]):
        return True
    end = place.evidence.end - sentence.start
    after = _NEXT_WORD.match(sentence.text, end) if 0 < end <= len(sentence.text) else None
    return after is not None and people_noun(after[1])


def people_noun(word: str) -> bool:
    """Whether a lower-case noun names people, in any number ("man", "men", "teens", "officer",
    "residents"): the casualty victims' nouns and WordNet's nouns of people (the actors'
    lexicon)."""
    from sitrep.extract.actors.lexicon import singulars

    known = _people_nouns()
    return any(form in known for form in (word, *singulars(word)))


@cache
def _people_nouns() -> frozenset[str]:
    from sitrep.extract.claims.victims import victim_words, wordnet_people

    return frozenset(victim_words().keys() | wordnet_people().keys())


def actors_agree(a: set[str], b: set[str]) -> bool:
    return not a or not b or bool(a & b)


def _role_countries(people: list[dict[str, Any]]) -> set[str]:
    return {str(a["country"]) for a in people if a.get("country")}


def roles_agree(unit: Unit, actors: list[dict[str, Any]],
                recipients: list[dict[str, Any]]) -> bool:
    """Whether a mention's countries agree with a unit's role by role: its doers' with the
    unit's doers', its targets' with the unit's targets' (the same, or one side not stated).
    One arrest or one attack is told once by its doers ("Kenyan police arrested a man in
    Mombasa") and once by its victim ("a Tanzanian suspect was detained in Mombasa"): the
    doers' country and the victim's are no two sides of two happenings."""
    return actors_agree(_role_countries(unit.actors), _role_countries(actors)) and \
        actors_agree(_role_countries(unit.recipients), _role_countries(recipients))


def _dates_agree(a: Unit, first: str | None, last: str | None) -> bool:
    if a.date_first is None or first is None:
        return a.date_first is None and first is None
    return not (last or first) < a.date_first and not (a.date_last or a.date_first) < first


def article_units(ex: Extraction) -> list[Unit]:
    """The happenings an article reports, in order of their first mention."""
    units, kept, left, topics = _units(ex, set())
    if topics and not any(u.family in VIOLENT for u in units) and _harm_told(ex, left):
        units, kept, left, _ = _units(ex, topics)
    attach_claims(ex, units, kept, left)
    return [u for u in units if not _doubtful(u, ex.events) and relevant(u, ex)]


def follow_up(units: list[Unit]) -> Unit | None:
    """Where an article tells no violent happening of its own but a charge, an arrest or a
    trial whose toll is a killing or a wound ("a man accused of fatally shooting an officer is
    set for arraignment"): that killing, told back, as a unit that may join the killing's
    incident (by a victim's name or an address both tell, ``reconcile.incidents``) and never
    starts one; the follow-up stays its own incident. Its day is unknown (the charge's day is
    not the killing's)."""
    if any(u.family in VIOLENT for u in units):
        return None
    told = [u for u in units if u.killed[0] or u.injured[0]]
    if not told:
        return None
    u = told[0]
    return Unit(u.article_id, len(units), "ASSAULT", "ASSAULT", None, None, None, None,
                list(u.actors), list(u.recipients), u.place, None, None, None,
                list(u.mentions), u.text, u.source, u.published, u.killed, u.injured,
                u.claimant, told_by=u.unit)


def _only_since(claims: list[Claim]) -> bool:
    """Whether an event's tolls (other than the arrested it counts) are all cumulative ("44
    killed since September 27"); an event whose only figure counts the arrested ("Police
    arrested three men") has no cumulative toll."""
    return bool(claims) and all(c.period_kind == "since" for c in claims)


def _running_arrests(event: Event, claims: list[Claim]) -> bool:
    """An arrest whose figures are all running totals ("police have arrested 300 people since
    Monday", "more than 1,000 have been detained since the protests began"): many arrests
    told by their sum, which the claims keep, not one happening."""
    return event.plover_type == "COERCE" and bool(claims) and all(
        c.outcome == "arrested" and c.period_kind == "since" for c in claims)


def _harm_told(ex: Extraction, left: set[int]) -> bool:
    """Whether the article tells people killed or hurt (a figure above none, not history, not a
    cumulative toll, not the toll of an event left out)."""
    return any(c.outcome in HARM and usable(c) and c.event not in left
               and ((c.low if c.low is not None else c.vague_low) or 0) > 0 for c in ex.claims)


def _units(ex: Extraction, promote: set[int]
           ) -> tuple[list[Unit], dict[int, list[Unit]], set[int], set[int]]:
    """The units, the units each event joined, the events left out, and the violent events left
    as topics. A violent event in ``promote`` is no topic: where the article tells people killed
    or hurt and no violence but the one a statement names ("police were called on a report of a
    shooting"), that is the happening the toll is of."""
    article = ex.article
    published = article.published
    linked = {c.event for c in ex.claims if c.event is not None}
    cumulative = {i for i in linked if _only_since(
        [c for c in ex.claims if c.event == i and c.outcome != "arrested"])
        or _running_arrests(ex.events[i], [c for c in ex.claims if c.event == i])}
    # an act other than an arrest whose only figures count arrests for it, in its own
    # sentence ("nobody is in custody for the shooting"), is told back: it may join its
    # happening, never start one; not an act told in full whose later mention ("the man who
    # lives where the shooting occurred was taken into custody") brought the arrest with it
    told_back = {i for i in linked if ex.events[i].plover_type != "COERCE" and all(
        c.outcome == "arrested" and _inside(c.evidence, ex.events[i].evidence)
        for c in ex.claims if c.event == i)}
    units: list[Unit] = []
    kept: dict[int, list[Unit]] = {}  # event idx -> the units it joined
    left: set[int] = set()  # events left out as history, negated, hypothetical or cumulative
    topics: set[int] = set()
    told = article_day(ex)
    for idx, event in enumerate(ex.events):
        first, last, precision = _day_span(event, published, told)
        if (_is_background(event, first, published) or idx in cumulative
                or recalled(event, published)):
            if idx in cumulative or not _moot_act(event, first, published):
                left.add(idx)  # (its tolls are history too; a moot act's are not)
            continue
        if idx not in promote and _is_topic(idx, event, ex.events, linked):
            if event.plover_type in VIOLENT:
                topics.add(idx)
            continue
        family = family_of(event.plover_type, event.plover_mode)
        actors = [_actor(a) for a in event.actors]
        recipients = [_actor(a) for a in event.recipients]
        countries = {a["country"] for a in (*actors, *recipients) if a.get("country")}
        mention = (idx, event.evidence.start, event.evidence.end)
        for place in placements(event):
            unit = _join(units, family, place, first, last, countries, actors, recipients)
            if unit is None and (speakerless(event) or idx in told_back):
                break  # may join a statement already told, never starts one
            if unit is None:
                unit = Unit(article.id, len(units), family, event.plover_type, event.plover_mode,
                            event.acled_event_type, event.acled_sub_event_type,
                            event.cameo_root, actors, recipients, place, first, last, precision,
                            text=event.evidence.text, source=source_of(article),
                            published=published.isoformat() if published else None,
                            dated=own_day(event, published, told)
                            and not day_of_answer(event, ex.events))
                units.append(unit)
            else:
                _absorb(unit, event, actors, recipients, place)
                unit.dated = unit.dated or (own_day(event, published, told)
                                            and not day_of_answer(event, ex.events))
            if mention not in unit.mentions:
                unit.mentions.append(mention)
            kept.setdefault(idx, []).append(unit)
    return units, kept, left, topics


def _doubtful(unit: Unit, events: list[Event]) -> bool:
    """A unit that reports no one killed or hurt and either is dated only by its year
    (``COARSE``: "arrested in 1989", "seizures dropped off in 2012") or every mention of which
    is more likely wrong than right (the events' fitted confidence, about the share of such
    events that are right, below ``DOUBTFUL``: "the demand for cocaine paste", "as members
    were killed or captured") and none tells an act of violence as a fact (``told_violence``:
    the confidence leans on a named doer, which an unknown attacker lacks): no incident."""
    if unit.killed[0] is not None or unit.injured[0] is not None:
        return False
    if unit.date_precision in COARSE:
        return True
    mentions = [events[idx] for idx, _, _ in unit.mentions]
    return all(e.confidence < DOUBTFUL for e in mentions) and not any(
        told_violence(e) for e in mentions)


def _many(trigger: str) -> bool:
    """A trigger in the plural ("shootings in Chicago", "attacks on nurses", "clashes"): many
    happenings or a kind of them, not one told as a fact (read from its last word's ending:
    the events store no parse; "-ss", "-us", "-is" are no plurals)."""
    words = trigger.lower().split()
    return bool(words) and re.search(r"[^sui]s$", words[-1]) is not None


def _inside(span: Evidence | None, outer: Evidence) -> bool:
    return span is not None and outer.start <= span.start and span.end <= outer.end


# words right before an act of violence that tell its toll ("a fatal shooting", "the double
# killing", "a non-fatal stabbing"): someone was killed or hurt in it
TOLL_WORDS = re.compile(r"\b(?:non-?)?(?:fatal|deadly|lethal|mortal|double|triple|quadruple)"
                        r"\W*$", re.I)


def told_violence(event: Event) -> bool:
    """An act of violence the article tells as a fact (no mode) of one happening: it names its
    victim, a toll in the words before it ("a fatal shooting", "described the double killing"),
    or both a day or time stated in its sentence and a town (or a place near one) in its own
    clause ("the stabbing took place Saturday behind a theater in Springfield"). Whether or not
    its doer is named, it happened: killings reported as fact are an ASSAULT even when the
    attacker is unknown. Topics and generic mentions name none of these ("a shooting can happen
    anywhere"; a country or a region is no setting of one happening: "torture in Syria's
    jails"), nor do acts in the plural ("linked shootings in Chicago to poverty")."""
    if event.plover_type not in VIOLENT or event.modes or _many(event.trigger.text):
        return False
    before = event.evidence.text[:max(0, event.trigger.start - event.evidence.start)]
    if event.recipients or TOLL_WORDS.search(before[-40:]):
        return True
    when = event.when
    stated = (when is not None and bool(when.value) and when.kind != "interval"
              and _inside(when.evidence, event.evidence))
    return stated and event.location_rule == "clause" and any(
        place_precision(p) <= 2 for p in event.places)


def _join(units: list[Unit], family: str, place: Place | None, first: str | None,
          last: str | None, countries: set[str], actors: list[dict[str, Any]],
          recipients: list[dict[str, Any]] | None = None) -> Unit | None:
    """The unit an event's mention joins: the same family and days, countries that agree
    (for a material happening at the same place, role by role: ``roles_agree``), and, where
    both name their first actors, the same speaker for a statement ("the city court won't
    accept new cases" and "police declined the offer" are two refusals) and no first actors of
    two countries for a material happening."""
    for unit in units:
        if unit.family != family or not _dates_agree(unit, first, last):
            continue
        if not actors_agree(unit.countries, countries) and not (
                family in MATERIAL and places_agree(unit.place, place) == 3
                and roles_agree(unit, actors, recipients or [])):
            continue
        if family not in MATERIAL:
            if unit.actors and actors and not speakers_agree(unit.actors, actors):
                continue
            return unit
        if sides_apart(unit.actors, unit.countries, actors, countries):
            continue
        if place is None or unit.place is None:
            if place is unit.place:
                return unit
            continue
        if places_agree(unit.place, place) is not None or the_part(unit.place, place):
            return unit  # (a town and a part of it: "shot in the Bronx", "in Mott Haven")
    return None


def _absorb(unit: Unit, event: Event, actors: list[dict[str, Any]],
            recipients: list[dict[str, Any]], place: Place | None) -> None:
    names = {a["name"] for a in (*unit.actors, *unit.recipients)}
    unit.actors += [a for a in actors if a["name"] not in names]
    unit.recipients += [a for a in recipients if a["name"] not in names]
    if place is not None and place_precision(place) < place_precision(unit.place):
        unit.place = place
    elif place is not None and unit.place is not None and place_precision(place) == (
            place_precision(unit.place)) and the_part(unit.place, place) is place:
        unit.place = place  # the part of the town the article names (Mott Haven, the Bronx)
    if unit.acled_event_type is None and event.acled_event_type:
        unit.acled_event_type = event.acled_event_type
        unit.acled_sub_event_type = event.acled_sub_event_type


def source_of(article: Any) -> str:
    if article.source:
        return str(article.source)
    if article.url:
        host = str(article.url).split("://", 1)[-1].split("/", 1)[0].lower()
        return host.removeprefix("www.").removeprefix("m.")
    return f"article {article.id[:8]}"
