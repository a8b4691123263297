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

Statements (``speaks_at_dateline``, ``speaks_locally``): where a statement was made when its
clause and sentence state no place (the events convention: ACCUSE, REQUEST, THREATEN, AGREE,
REJECT, SUPPORT, CONCEDE).

1. the place the text gives for it ("said in Geneva", "the US embassy in Dhaka said"): the
   clause and sentence levels of ``link``, before this module is asked;
2. else the dateline's town, where the speaker is there or local to it: a police force, a court
   or prosecutor, residents, relatives, a hospital, a local office ("the governor", "the
   district administrator", "the county sheriff"), or a nation's government or ministry under
   a dateline of that nation's capital ("Pakistan accused ..." under ISLAMABAD, the seat of its
   government);
   Not for people at large who demand, threaten or refuse (``at_large``: "The kidnappers
   demanded a ransom"): they speak from where they hide, which the reporter's town is not;
3. else none: not the article's main place for a national or foreign speaker (a minister
   condemning an attack in Goma did not speak in Goma), and never a capital inferred from the
   speaker's nationality alone.

An act without a stated speaker ("was charged with", "No ransom demand has been made"), and a
speaker whose sector and country are unknown but who is a person ("Lindahl urged residents")
or local by its words, keep the dateline's town: local news tells such acts of the reporter's
town. A speaker of unknown sector and country that is a group or a body by its words ("Rights
groups criticized", "The opposition People's National Party", "the rights group CIPRODEH
called for": ``_body``) is not known to be there: its statement takes no place (rule 3). Without a dateline, a local speaker or none keeps the town
the article is about (``speaks_locally``: "A man was stabbed in Leeds ... Police appealed for
witnesses"): local news without a dateline is told so too. Meetings, talks and visits
(CONSULT) take place somewhere and are not statements here. (Keeping the article's town from
every statement, as the convention's third rule says where there is no dateline, cost 7, 17
and 4 points of place accuracy against this rule on the looked-at and untouched dev parts and
the s35 set: their writers placed such local statements in the story's town.)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from spacy.tokens import Token

from sitrep.extract.capitals import capital_of
from sitrep.extract.context import Sentence
from sitrep.extract.events.tokens import Offsets
from sitrep.extract.lent_dates import AHEAD, token_at
from sitrep.extract.places.extractor import to_place
from sitrep.extract.places.mention import Mention
from sitrep.records import STATE_BODIES, Actor, Event, Place
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


STATEMENTS = frozenset({"ACCUSE", "REQUEST", "THREATEN", "AGREE", "REJECT", "SUPPORT",
                        "CONCEDE"})
# sectors whose people are where the story is: police, courts and prosecutors, civilians,
# criminals, the sick and their carers, schools, firms, workers, refugees
LOCAL_SECTORS = frozenset({"COP", "JUD", "CVL", "CRM", "MED", "HLH", "EDU", "BUS", "LAB", "REF"})
# sectors of people at large, not of the town the story is filed from: criminals, gangs and
# kidnappers, who speak from hiding ("The kidnappers demanded a ransom")
AT_LARGE = frozenset({"CRM"})
# words of an office or body of a town, county, district, province or state, and of a people
# of the place (all forms)
_LOCAL = re.compile(
    r"\b(?:mayors?|mayoral|governors?|gubernatorial|sheriffs?|council(?:s|lors?|lors|men|man|"
    r"woman|women)?|aldermen|alderman|administrators?|prefects?|prefectures?|municipal(?:ity|"
    r"ities)?|county|counties|district|districts|provinc(?:e|es|ial)|regional|region's|local|"
    r"town|towns|township|village|villages|city|city's|state's|borough|mukhtar|chiefs?|"
    r"residents?|relatives|families|witnesses?|hospitals?|police|policem[ae]n|policewom[ae]n|"
    r"constables?|constabulary|sergeants?|superintendents?|detectives?|troopers?)\b", re.IGNORECASE)


# words of a body that speaks for a cause, its members or a nation, not for a town's people
_BODY = re.compile(
    r"\b(?:groups?|part(?:y|ies)|opposition|rights|campaigners?|activists?|advocates?|"
    r"federations?|unions?|associations?|conferences?|commissions?|committees?|institutes?|"
    r"services?|networks?|organi[sz]ations?|movements?|alliances?|coalitions?|fronts?|army|"
    r"armed|military|ministry|ministries|government|national|federal|lawmakers?|"
    r"legislators?|senators?|democrats|republicans|bishops?|church|churches)\b", re.IGNORECASE)


def _body(actor: Actor) -> bool:
    """Whether an actor whose sector and country are unknown is a group or a body (a rights
    group, a party, a federation, a national office) rather than a person, who may well be
    local to the story."""
    return bool(_BODY.search(actor.text or ""))


def statement(event: Event) -> bool:
    """Whether the event is an act of saying (``STATEMENTS``), not a visit or a meeting."""
    return event.plover_type in STATEMENTS and event.plover_mode != "visit"


def at_large(event: Event, known: list[Actor]) -> bool:
    """Whether every speaker of a demand, threat or refusal whose sector is known is at large
    (``AT_LARGE``: "The kidnappers demanded a ransom", "the gang threatened to kill them"): it
    was made from wherever they are, not from the town the story is filed from. (Not an
    accusation: "was charged" has the authorities' voice, whoever the parse made its actor.)"""
    return event.plover_type != "ACCUSE" and bool(known) and all(
        a.sector in AT_LARGE for a in known)


def _local(actor: Actor) -> bool:
    return actor.sector in LOCAL_SECTORS or bool(
        _LOCAL.search(" ".join(filter(None, (actor.text, actor.office)))))


# the sectors of a nation's own bodies: its government and ministries, army command,
# legislature, courts, police and intelligence services (not rebels, parties, unions or rights
# groups of the nation, who do not speak from its seat of government)
NATIONAL = STATE_BODIES


def seated(actor: Actor, dateline: Place, gaz: Gazetteer) -> bool:
    """Whether the actor is its nation's government (or a body of it: ``NATIONAL``) and the
    dateline is that nation's capital: the seat it speaks from (an office of no stated country,
    "the prime minister", is the dateline's nation's; not a name of unknown country, nor a
    group outside the state: "the rebels", "the opposition party", "a rights league")."""
    country = actor.country or (dateline.country if actor.kind in UNNAMED else None)
    if country is None or country != dateline.country or actor.sector not in NATIONAL:
        return False
    return national_capital(dateline, gaz)


# actors told by their office or body ("the prime minister", "the Government Communication
# Service"): of no stated country, they are the dateline's nation's
UNNAMED = frozenset({"title", "group"})


def national_capital(place: Place, gaz: Gazetteer) -> bool:
    """Whether the place is the capital of its country."""
    capital = capital_of(gaz, place.country) if place.country else None
    return capital is not None and capital.geonameid == place.geonameid


def speaks_locally(event: Event) -> bool:
    """Whether a statement (``statement``) may take the story's town where there is no
    dateline: a speaker of it is local (``LOCAL_SECTORS``, a local office), or none whose sector
    or country is known is stated ("A man was charged with murder"). True for every other act."""
    known = [a for a in event.actors if a.sector is not None or a.country is not None]
    if statement(event) and at_large(event, known):
        return False  # "The kidnappers demanded a ransom" (``AT_LARGE``)
    return not statement(event) or not event.actors or any(_local(a) for a in known) or (
        not known and any(_local(a) or not _body(a) for a in event.actors))


def speaks_at_dateline(event: Event, dateline: Place, gaz: Gazetteer) -> bool:
    """Whether a statement (``statement``) may take the dateline's town: a speaker of it is
    local to it or its nation's government under its capital; or no speaker says otherwise
    (none stated, or none whose sector or country is known). True for every other act."""
    if not statement(event):
        return True
    known = [a for a in event.actors if a.sector is not None or a.country is not None]
    if at_large(event, known):
        return False  # "The kidnappers demanded a ransom": from where they hide, not the town
    if not known:
        return not event.actors or any(_local(a) or not _body(a) for a in event.actors)
    if any(a.country is not None and len(a.country) == 3 and a.country != dateline.country
           and not _local(a) for a in known) and not any(_local(a) for a in known):
        return False
    return any(_local(a) or seated(a, dateline, gaz) for a in known)


# nouns "the same" marks as the same time or manner, not the same place ("on the same day", "at
# the same time", "in the same way")
SAME_NOT_PLACE = frozenset({"day", "time", "year", "month", "week", "period", "night",
                            "morning", "evening", "afternoon", "hour", "moment", "season",
                            "decade", "way", "manner", "rate", "level", "case", "charge",
                            "reason", "fate", "kind", "sort", "type"})
SAME_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "on", "into"})


def same_scene(trigger: Token | None) -> bool:
    """Whether the act is told at the story's own scene called "the same" place ("In 2019, two
    inmates were killed in a fight at the same prison", "The same post was attacked in March
    2023", "a riot in the same cell blocks"): an earlier act told there, which is no act
    recalled from elsewhere (``recalled_elsewhere``). The place's phrase hangs on the trigger,
    through nouns alone ("jailed at the same court for stabbing a man": the jailing's, not the
    stabbing's). Not "the same day", "the same way", nor a person ("the same woman")."""
    if trigger is None:
        return False
    for token in trigger.doc:
        noun = token.head
        if token.lower_ != "same" or noun.pos_ != "NOUN" or (
                noun.lemma_.lower() in SAME_NOT_PLACE) or not (
                noun.dep_ in {"nsubj", "nsubjpass"} or (
                    noun.dep_ == "pobj" and noun.head.lower_ in SAME_PREPS)):
            continue
        node = noun
        for _ in range(12):  # up through nouns and prepositions to the first verb
            if node.i == trigger.i:
                return True
            if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
                break
            node = node.head
    return False


def recalled_elsewhere(event: Event, published: date | None) -> bool:
    """Whether a historical act dated by its own words well before the report (an earlier year: "was
    briefly detained in February 2023" in a report of 2024; or two months or more before its
    month: "suspended the talks in March" in a report of August) by no local actor
    (``LOCAL_SECTORS``: police, a court, local officials; none stated counts as none) is only
    recalled: the story's dateline or main town says where the reporter is now, not where that
    act happened or was said ("Colombia signed a peace agreement with the rebels in 2016" under
    BOGOTA). (Statements were left out before: about 20 such acts of the s34-s40 sets took the
    dateline or the story's town where their writers gave none. Acts not flagged historical
    stay out: a local follow-up's own shooting, "was shot and killed Jan. 11" in a report of
    March, is the story's.)"""
    when = event.when.value if event.when is not None else None
    if not event.historical or published is None or not when or not when[:4].isdigit():
        return False
    year = int(when[:4])
    month = int(when[5:7]) if len(when) >= 7 and when[5:7].isdigit() else None
    older = year < published.year or (year == published.year and month is not None
                                      and month <= published.month - 2)
    return older and not any(_local(a) for a in event.actors)


SPEAKER_REACH = 3  # sentences back in which a speaker's own stated place is still his


def _same_actor(a: Actor, b: Actor) -> bool:
    """Whether two actors are one speaker: the same words, or a name held in the other's
    words ("Niger" and "Niger's foreign ministry"; not "the president" and "Venezuela's
    president"), and no two different countries."""
    if a.country and b.country and a.country != b.country:
        return False
    x, y = a.text.lower(), b.text.lower()
    if x == y:
        return True
    short, long_ = (a, y) if len(x) < len(y) else (b, x)
    return short.kind in NAMES and short.text.lower() in long_


NAMES = frozenset({"named", "country"})  # actors written by their own name


def _same_speaker(event: Event, other: Event) -> bool:
    """Whether ``other`` was said by a speaker of ``event`` (``_same_actor``: "the spokesman
    Armand Dossou-Yovo" and "He", resolved to "Armand Dossou-Yovo"), or, where ``other`` has
    no speaker of its own, a speaker's name written in its sentence ("Home Minister Abdul
    Latif, speaking in Dhaka, said ...")."""
    ours = [a for a in event.actors if a.text and len(a.text) > 2]
    if not other.actors:
        said = other.evidence.text.lower()
        return any(a.kind in NAMES and a.text.lower() in said for a in ours)
    return any(_same_actor(a, b) for a in ours for b in other.actors if b.text)


def speaker_place(event: Event, spoken: list[Event], sentences: list[Sentence]
                  ) -> Place | None:
    """For a statement (``statement``) that neither its clause nor its sentence places, the
    place the text gave the statements told last before it by the same speaker
    (``_same_speaker``), within ``SPEAKER_REACH`` sentences: "Government spokesman Armand
    Dossou-Yovo told reporters in Cotonou that ... He accused Niger of ...": Cotonou, where
    he went on speaking. None when a statement of that speaker in that sentence was placed
    otherwise (by the dateline, the article) or not at all, and for every other act."""
    if not statement(event) or not event.actors:
        return None
    starts = [s.start for s in sentences]
    here = bisect_right(starts, event.trigger.start)
    theirs = [(bisect_right(starts, o.trigger.start), o) for o in spoken
              if o.trigger.start < event.trigger.start and _same_speaker(event, o)]
    if not theirs or here - theirs[-1][0] > SPEAKER_REACH:
        return None
    last = [o for n, o in theirs if n == theirs[-1][0]]
    found = {(o.places[0].geonameid, o.places[0].name) if o.places
             and o.location_rule in STATED else None for o in last}
    return last[-1].places[0] if len(found) == 1 and None not in found else None


# a summons in all its forms ("summoned", "summons", "convoked")
SUMMONS = ("summon", "convok")


def said_after(event: Event, spoken: list[Event], sentences: list[Sentence]) -> Place | None:
    """For a statement left without a place, the place its own sentence states for a later
    statement of the same speaker (``_same_speaker``): "The Authority condemned the bombing
    and, in the same statement issued in Ramallah, accused Israel ...", "The ministry
    rejected the accusation and warned in Minsk that ...": one speaker, one place of saying.
    None where those later statements were placed otherwise or at more than one place; not a
    summons's place, where the summoned envoy is posted ("condemned the strike and summoned
    the chargé d'affaires in Baghdad")."""
    if not statement(event) or not event.actors or event.places:
        return None
    starts = [s.start for s in sentences]
    here = bisect_right(starts, event.trigger.start)
    later = [o for o in spoken if o.trigger.start > event.trigger.start
             and bisect_right(starts, o.trigger.start) == here and _same_speaker(event, o)
             and not o.trigger.text.lower().startswith(SUMMONS)]
    found = {(o.places[0].geonameid, o.places[0].name) for o in later
             if o.places and o.location_rule in STATED}
    placed = [o for o in later if o.places and o.location_rule in STATED]
    return placed[0].places[0] if len(found) == 1 else None


STATED = frozenset({"clause", "sentence"})  # levels of a place the act's own words state


# verbs of saying whose content may tell another act ("said in Moscow it would send troops")
REPORTING = frozenset({"say", "tell", "announce", "state", "declare", "add", "report", "brief",
                       "confirm", "insist", "claim", "explain"})
NAME_LINKS = frozenset({"compound", "flat", "conj", "appos", "amod"})  # inside a place's phrase
AT_THE_SAYING = frozenset({"nsubj", "nsubjpass", "dobj", "advcl"})  # "reporters in Geneva",
# "a spokesman in Kabul", "speaking in Brussels": words of the saying's own scene
MAX_CLIMB = 8


def said_there(last: Token, trigger: Token, scene: frozenset[str] = AT_THE_SAYING,
               fronted: bool = True) -> bool:
    """Whether the place whose last word is ``last`` tells where an act was said to be done or
    to come, not where it is done: a location phrase of the verb of saying whose content
    holds the act's trigger, of its subject, object or an adverbial clause of it ("The
    ministry said in Moscow it would send a battalion to the border", "Speaking in Brussels,
    the secretary-general said aircraft would patrol", "told a news conference in Addis
    Ababa that gunmen had attacked villages"); ``scene``: the words of the saying whose phrase
    counts besides the verb's own; ``fronted``: a phrase before the verb counts too ("In Moscow,
    a spokesman said"). Not a place inside that content ("said troops would be sent to
    Kidal")."""
    node, verb = trigger, None
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING:
            verb = node.head
            break
        node = node.head
    if verb is None or last.i in {t.i for t in node.subtree}:
        return False
    top = last
    for _ in range(MAX_CLIMB):
        if top.dep_ not in NAME_LINKS or top.head.i == top.i:
            break
        top = top.head
    if top.dep_ != "pobj" or top.head.dep_ != "prep":
        return False
    head = top.head.head  # what the location phrase modifies
    if not fronted and top.i < verb.i:
        return False
    return head.i == verb.i or (head.dep_ in scene and head.head.i == verb.i)


# acts done in the field, which a spokesman reports from elsewhere ("Troops arrested nine men,
# an army spokesman said in Yaounde": not in Yaounde)
FIELD = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# the saying's own scene, not its speaker's seat ("told reporters in Hangu", "speaking in
# Kabul"; not "Police in Luanda said they had detained 31 people": the doer, where it acted)
SAYING_SCENE = frozenset({"dobj", "advcl"})


def unsaid(sentence: Sentence | None, event: Event, places: list[Place],
           offsets: dict[int, Offsets]) -> list[Place]:
    """For an act to come or only wished for that is no statement, the places without those of
    the saying that tells it (``said_there``). For an act of force told done, the places
    without those of the saying's own scene (``SAYING_SCENE``: "Troops shelled positions on the
    river, a ministry spokesman said in Tbilisi"): the spokesman was there, the troops were
    not. Not the place of the speaker for an act told done: the speaker is often its doer,
    where it did it ("Police in Luanda said they had detained 31 people"), nor of the saying
    for an act of policy ("In Bonn, the government said it had suspended deliveries"), nor a
    phrase put before the saying, which sets the scene of what is told ("In neighbouring Bannu
    district, the army said its troops had killed 11 militants")."""
    ahead = bool(AHEAD & set(event.modes))
    trigger = (token_at(sentence, event.trigger.start, offsets) if sentence is not None
               and places and not statement(event) and (ahead or event.plover_type in FIELD)
               else None)
    if trigger is None:
        return places
    scene = AT_THE_SAYING if ahead else SAYING_SCENE
    return [p for p in places if (last := token_at(sentence, p.evidence.end - 1, offsets))
            is None or not said_there(last, trigger, scene, fronted=ahead)]
