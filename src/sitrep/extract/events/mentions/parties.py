"""Whether two event mentions name the same participants or tell two happenings apart by them:
a participant of the same name in the same role (``shares_participant``), an official named by
the title alone and by name ("the mayor", "Mayor Luis Pardo": ``titled``), mentions with no
participant of their own (``free_of_parties``), acts of one type told apart by their PLOVER modes
(``distinct_acts``), and participants of their own that share none (``distinct_participants``);
targets named in both and none shared (``other_targets``), and charges (``charged``) told apart
only by how they name the accused (``charge_compatible``).
``corefer.fuse`` asks these before it fuses two mentions.
"""

from __future__ import annotations

from sitrep.extract.events.mentions.agreement import people_agree
from sitrep.extract.events.mentions.keeps import own_day, places_compatible
from sitrep.extract.events.mentions.killings import UNREAL
from sitrep.extract.events.mentions.people import (
    MATERIAL,
    STATE,
    determined,
    generic_state,
    of_people,
    proper_names,
)
from sitrep.records import Actor, Event


def participant_names(actors: list[Actor]) -> set[str]:
    """Names that identify a participant: named actors, and groups written in two words or more
    ("five police officers", not "police")."""
    return {(a.name or a.text).lower() for a in actors
            if a.kind != "group" or a.country or len(a.text.split()) > 1}


def same_one(ours: list[Actor], theirs: list[Actor]) -> bool:
    if participant_names(ours) & participant_names(theirs):
        return True
    if any(titled(x, y) or titled(y, x) for x in ours for y in theirs):
        return True
    return any(x <= y or y <= x for x in proper_names(ours) for y in proper_names(theirs))


def titled(title: Actor, named: Actor) -> bool:
    """``title`` is an official named by the title alone ("the mayor", "ex-minister") and
    ``named`` a person of that office ("Mayor Luis Pardo", "former interior minister Karel
    Nowak"): the same person, as a headline and its story name them."""
    if title.kind != "title" or named.kind != "named" or not named.office:
        return False
    words = set((title.office or title.name or title.text).lower().split())
    return bool(words) and words <= set(named.office.lower().split())


def shares_participant(a: Event, b: Event) -> bool:
    """A participant of the same name in the same role in both (an actor of both, or a
    recipient of both), or a proper name whose words are all in the other's ("Mensah" and "John
    Mensah", "Acme" and "Acme Corp."). The accuser of one and the accused of the other are two
    happenings. An unnamed state institution doing a material act ("police", "troops":
    ``generic_state``) acts again and again: as doer of both it names no one happening
    ("police arrested an MP ... police also detained 23 people for looting")."""
    actors_a, actors_b = a.actors, b.actors
    if a.plover_type in MATERIAL:
        actors_a = [x for x in actors_a if not generic_state(x)]
        actors_b = [x for x in actors_b if not generic_state(x)]
    return same_one(actors_a, actors_b) or same_one(a.recipients, b.recipients)


def referring(actor: Actor, text: str) -> bool:
    """A participant written as a definite description of people told before ("the suspect",
    "the victims", "his attacker"): no proper name, no country, not an institution ("the
    police", "the army": they act again and again), a definite or possessive word before it."""
    if actor.kind == "named" or actor.country or not of_people(actor):
        return False
    return determined(actor, text)


def free_of_parties(event: Event, text: str = "") -> bool:
    """The event names no participant of its own: none, or (given the article's ``text``, for
    a material act) only definite descriptions of people told before ("the suspect was
    detained"; speech acts recur between the same people)."""
    if text and event.plover_type in MATERIAL:
        return all(referring(a, text) for a in event.actors + event.recipients)
    return not event.actors and not event.recipients


# ASSAULT modes by the kind of act they name: an attack with arms (however its mentions tell
# the means: a bomb, then gunfire), blades and stones, force on a crowd, people taken away,
# property destroyed, sexual violence; a beating is none ("the officer was hit in the
# shoulder" may tell the shooting again)
ASSAULT_KINDS = {
    "firearms": "armed", "explosives": "armed", "heavy-weapons": "armed", "aerial": "armed",
    "drone": "armed", "suicide-attack": "armed", "targeted": "armed",
    "primitive": "blows", "torture": "blows",
    "crowd-control": "crowd", "abduct": "abduct", "destroy": "destroy", "sexual": "sexual",
}


def distinct_acts(a: Event, b: Event) -> bool:
    """Both events name their act by a PLOVER mode and the modes differ: different acts of one
    type (a seizure and an arrest, a curfew and a ban, an accusation and an investigation). An
    assault's mode is its means (firearms, explosives, a targeted killing), which several
    mentions of one attack may tell differently: assaults are told apart only by modes of
    different kinds (``ASSAULT_KINDS``): a bus set on fire after a shootout, a guard shot
    during an abduction, stones thrown at police who fired tear gas."""
    if not (a.plover_mode and b.plover_mode and a.plover_mode != b.plover_mode):
        return False
    if a.plover_type != "ASSAULT":
        return True
    kind_a, kind_b = ASSAULT_KINDS.get(a.plover_mode), ASSAULT_KINDS.get(b.plover_mode)
    return kind_a is not None and kind_b is not None and kind_a != kind_b


def identified(actors: list[Actor]) -> bool:
    return bool(participant_names(actors) or proper_names(actors))


def distinct_participants(a: Event, b: Event) -> bool:
    """Each event names participants of its own in one role and they share none: two
    happenings. A speech act is told apart by its addressee or target ("the minister accused
    Rwanda ... the minister accused Uganda"), not by its speaker (one statement is often
    given to a ministry in one sentence and to its spokesman in another). A material act is told apart by its
    doers ("militants ... soldiers") or by targets named with proper names ("police arrested
    John Mensah ... police arrested Kofi Boateng"), each looked for in any role of the other
    (one clash may list a side as actor in one mention and as recipient in another; unnamed state
    institutions are not told apart from other state forces: ``generic_state``); victims
    described by a number ("five soldiers") are told in many ways and tell nothing apart."""
    if a.plover_type not in MATERIAL:
        return (identified(a.recipients) and identified(b.recipients)
                and not same_one(a.recipients, b.recipients)) or other_speakers(a, b)
    ours, theirs = a.actors + a.recipients, b.actors + b.recipients
    doers_a, doers_b = a.actors, b.actors
    if any(x.sector in STATE for x in doers_a) and any(x.sector in STATE for x in doers_b):
        # state forces on both sides: an unnamed institution ("authorities", "soldiers") is
        # not another doer than "Panamanian security forces"
        doers_a = [x for x in doers_a if not generic_state(x)]
        doers_b = [x for x in doers_b if not generic_state(x)]
    for mine, other, check in ((doers_a, doers_b, identified),
                               (a.recipients, b.recipients, proper_names)):
        if check(mine) and check(other) and not (
                same_one(mine, theirs) or same_one(other, ours)) and not (
                mine is doers_a and same_side(mine, other)):
            return True
    return False


# armed sides an article names in many words ("Russian forces", "Russian artillery"; "separatist
# fighters", "Chechen fighters", "the rebels")
ARMED = {"MIL", "REB", "COP", "UAF"}


def same_side(ours: list[Actor], theirs: list[Actor]) -> bool:
    """Doers of one armed side described without a proper name in both ("Russian forces
    pounded the town ... Russian artillery pounded it", "separatist fighters ambushed a convoy
    ... Chechen fighters said they destroyed six vehicles"): the same sector among the armed
    ones, of no other country. They tell no act apart; named groups and people do."""
    return any(x.kind != "named" and y.kind != "named" and x.sector in ARMED
               and x.sector == y.sector and (not x.country or not y.country
                                             or x.country == y.country)
               for x in ours for y in theirs)


def other_speakers(a: Event, b: Event) -> bool:
    """Two speech acts or measures whose speakers are of different countries ("the United
    States expelled ... Britain expelled ..."): two acts, also when they share an addressee.
    (Two speakers of one country may give one statement: a minister and his spokesman.)"""
    ca = {x.country for x in a.actors if x.country}
    cb = {x.country for x in b.actors if x.country}
    return bool(ca and cb) and not ca & cb


def other_targets(a: Event, b: Event) -> bool:
    """Both events name their targets with names and they share none ("the arrest of Mensah",
    "the arrest of Boateng"): two acts, whatever else the mentions say."""
    return identified(a.recipients) and identified(b.recipients) and not same_one(
        a.recipients, b.recipients)


# who lays charges: prosecutors, courts, police ("Prosecutor Jane Hill charged ...")
CHARGING = {"JUD", "COP"}


def charged(event: Event) -> bool:
    """A charge or an allegation against people (ACCUSE, mode allege) with no speaker of its
    own, or laid by those who lay charges (``CHARGING``): the court's or the police's charge
    told by the reporter ("was charged with arson", "a man accused of robbing a bank",
    "prosecutors charged Hill with assault")."""
    return event.plover_type == "ACCUSE" and event.plover_mode == "allege" and all(
        a.sector in CHARGING for a in event.actors)


def convicted(event: Event) -> bool:
    """A conviction or a sentence (SANCTION, mode convict: "was jailed for nine years", "was
    sentenced at Burnley Crown Court", "a jury found him guilty"): like a charge, the court's
    act on one accused, which a headline or a lead tells with a description of the person
    ("Leyland man jailed") and the story with the name ("Kieran Holt, 27, of Leyland, was
    sentenced")."""
    return event.plover_type == "SANCTION" and event.plover_mode == "convict"


def court_act(event: Event) -> bool:
    """A charge (``charged``) or a conviction (``convicted``)."""
    return charged(event) or convicted(event)


def retold_accused(event: Event, text: str) -> bool:
    """The charge names its accused only by definite descriptions of people told before ("the
    woman was charged on Sunday", "the 17-year-old was charged")."""
    return bool(event.recipients) and all(referring(a, text) for a in event.recipients)


def charge_compatible(a: Event, b: Event) -> bool:
    """Nothing but their way of naming the accused tells two charges apart: a person described
    ("a Salem woman was charged") and then named ("Linda Marsh, 34, faces a charge of arson"),
    of the same sex and number, at no other place or day, neither of them background nor an
    act not done when the other is done."""
    if a.historical != b.historical or set(a.modes) & UNREAL != set(b.modes) & UNREAL:
        return False
    if not places_compatible(a, b) or distinct_acts(a, b) or not people_agree(a, b):
        return False
    da, db = own_day(a), own_day(b)
    return da is None or db is None or da == db


def _words(actor: Actor) -> str:
    return " ".join(w for w in actor.text.lower().split() if w != "the")


def _repeats(short: Actor, long_: Actor) -> bool:
    """``short`` names no one that ``long_`` does not: its words stand together inside the other's
    ("traders" in "three grain traders", "post" in "a volunteer defence post"), no two different
    countries, and the longer is not a list of parties ("Thai and Cambodian ministers" keeps
    "Cambodian")."""
    a, b = _words(short), _words(long_)
    if not a or (short.country and long_.country and short.country != long_.country):
        return False
    if a == b:
        return True
    listed = {"and", "or", "&"} & set(b.replace(",", " , ").split()) or "," in b
    return not listed and f" {a} " in f" {b} "


def one_each(event: Event) -> None:
    """Each participant once in its role: of two records of one role where one's words repeat the
    other's (``_repeats``: the same one told in a title and in the story, or named twice in a
    sentence), one stays: the one the event's own sentence names, else the first (a fuller name
    in another mention often adds words of its own: "bus passengers" of a title, "the Nkamira
    transit camp" of a later sentence)."""
    start, end = event.evidence.start, event.evidence.end

    def own(actor: Actor) -> bool:
        return start <= actor.evidence.start and actor.evidence.end <= end

    for role in ("actors", "recipients"):
        mine: list[Actor] = getattr(event, role)
        out: list[Actor] = []
        for actor in mine:
            twin = next((i for i, x in enumerate(out)
                         if _repeats(actor, x) or _repeats(x, actor)), None)
            if twin is None:
                out.append(actor)
            elif own(actor) and not own(out[twin]):
                out[twin] = actor
        if len(out) < len(mine):
            setattr(event, role, out)
