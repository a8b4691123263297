"""Which places an act may take from its sentence or borrow from the story (``link``).

- A dateline's own words ("SEOUL, South Korea (AP) --") say where the reporter is: in the
  dateline's sentence they give way to a place the story itself states ("South Korean soldiers
  killed two infiltrators near the city of Gangneung": Gangneung, not Seoul), and place the act
  only where the sentence states nothing else (``off_dateline``).
- A statement's addressee or source named by a place ("urged Harare to wait", "accused Lima of
  lying", "demanded an apology from Havana") is a party to it, not where it was made
  (``addressed``, ``addressee``).
- A statement, a pledge of aid or a sanction made by foreigners or an international body
  ("The United States welcomed the transition" in a story datelined JAKARTA, "The UN urged
  calm" in a story about Colombo, "China pledged $2 million" under HERAT) was not made at the
  dateline's town nor at the article's place: it borrows neither (``speaks_elsewhere``). A local act (a tenant's complaint to the police, a mayor's meeting)
  still does.
- An arrest, capture, curfew or deployment that neither its clause nor its sentence places,
  in a story whose dateline names where the reporter is, followed the story's violence where
  it happened: at the town or region that places the violence told nearest before it, more
  than ``STORY_KM`` from the dateline's town ("SEOUL (AP) -- Soldiers killed two infiltrators
  near the city of Gangneung ... One crewman was captured alive": Gangneung, not Seoul;
  ``story_place``). The violence itself keeps the dateline where nothing places it.
- A capital that an act of force hits is its place, though it also names a government
  ("Rebels shelled Kabul": ``struck``).
- A place's name that the article writes elsewhere as the first words of a company's name
  ("Hollister Foods Corp. ... Parkway rejected an offer from Hollister") names the company where
  it is not in a location phrase (``company_name``).
- An act only asked for, offered, threatened or feared ("called for the release of the
  children" under BAMENDA) takes a place from its own clause alone (``asked_only``).
- Under a national capital's dateline, in a story about a town or region far from it, an act
  done in the field (not said, granted or imposed from the seat of government) that nothing
  places happened at the story's place, not at the reporter's desk (``in_the_field``).
- A protest or strike said to span the nation ("a national strike", "a nationwide protest",
  "a general strike", "workers walked out nationwide") that nothing else places happened across
  the story's country, not at the dateline's town nor the story's town (``nationwide``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from sitrep.extract.capitals import capital_of
from sitrep.extract.context import Context, Sentence
from sitrep.extract.dateline_towns import contains_town
from sitrep.extract.events.tokens import Offsets
from sitrep.extract.lent_dates import token_at
from sitrep.extract.nations import national_capital
from sitrep.extract.place_roles import (
    TRAVEL,
    attached,
    non_place_role,
    up_place_nouns,
    visited,
)
from sitrep.extract.places.extractor import to_place
from sitrep.extract.places.mention import Mention, km
from sitrep.records import Actor, Event, Place
from sitrep.resources.gazetteer import Gazetteer

# statement and diplomatic types (what is said or agreed, not done with force or goods)
VERBAL = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONSULT", "CONCEDE",
                    "THREATEN"})
# acts a government or body does from home to another country: a pledge or shipment of aid,
# sanctions, a suspended programme ("Japan said it would resume aid", "Canada imposed
# sanctions"): made where its actors are, not where the story is
FROM_HOME = VERBAL | {"AID", "SANCTION"}
# the dash that ends a dateline ("SEOUL, South Korea (AP) --", "LANSING - ", "CAGUAS, Puerto
# Rico (AP)_")
_DASH = re.compile(r"--|[–—_:]|[ \t]-[ \t]")
DATELINE_WORDS = 80  # characters from the dateline's town to its dash


def dateline_head(text: str, dateline: Place | None) -> tuple[int, int] | None:
    """The span of a dateline's words, from its town to its dash ("SEOUL, South Korea (AP) --"),
    or the town's own span where no dash follows it closely."""
    if dateline is None:
        return None
    start, end = dateline.evidence.start, dateline.evidence.end
    dash = _DASH.search(text, end, end + DATELINE_WORDS)
    return (start, dash.end() if dash is not None else end)


def off_dateline(sentence: Sentence | None, event: Event, places: list[Place],
                 head: tuple[int, int] | None, offsets: dict[int, Offsets]) -> list[Place]:
    """The places of a level outside the dateline's words, where one of them is in a location
    phrase of the act (``place_roles.attached``): "SEOUL, South Korea (AP) -- Soldiers killed
    two infiltrators near the city of Gangneung" is Gangneung's act; "KABUL (AP) -- A bomb
    exploded" stays Kabul's, and so does "DAYTON, Ohio -- A Xenia man was shot" (a home, not
    where it happened)."""
    if head is None or sentence is None or not sentence.start <= head[0] < sentence.end:
        return places
    trigger = token_at(sentence, event.trigger.start, offsets)
    rest = [p for p in places if not head[0] <= p.evidence.start < head[1]]
    if trigger is None or len(rest) == len(places) or not any(
            (last := token_at(sentence, p.evidence.end - 1, offsets)) is not None
            and attached(last, trigger) for p in rest):
        return places
    return rest


# prepositions of a statement's source or addressee ("an apology from Havana", "a message to
# Lima")
PARTY_PREPS = frozenset({"from", "to"})
ADDRESSEE_DEPS = frozenset({"dobj", "dative", "iobj"})


def addressed(ctx: Context, events: list[Event], places: list[Place],
              offsets: dict[int, Offsets]) -> set[int]:
    """The ``id`` of each place that a statement of its sentence is made to or from
    (``addressee``): a party of the sentence, also for its other acts ("Havana would not allow
    the inspectors in and accused Lima of lying": Lima places neither act)."""
    out: set[int] = set()
    for event in events:
        sentence = ctx.sentence_at(event.trigger.start)
        if sentence is None or event.plover_type not in VERBAL:
            continue
        trigger = token_at(sentence, event.trigger.start, offsets)
        for place in places:
            if trigger is None or not sentence.start <= place.evidence.start < sentence.end:
                continue
            last = token_at(sentence, place.evidence.end - 1, offsets)
            if last is not None and addressee(last, trigger, event.plover_type):
                out.add(id(place))
    return out


def addressee(last: Token, trigger: Token, plover: str) -> bool:
    """Whether the place whose last word is ``last`` is the addressee or source of the statement
    ``trigger`` names ("urged Harare to wait", "accused Lima of lying", "demanded an apology from
    Havana", "sent a warning to Caracas"): a party, not where it was said. Only for statements
    (``VERBAL``): "attacked Homs", "shelled Kharkiv" are where force was used."""
    if plover not in VERBAL or trigger.lemma_.lower() in TRAVEL:
        return False  # "visited Lima": where the visit went
    node = last
    while node.dep_ in {"appos", "conj"} and node.head.i != node.i:
        node = node.head  # not through a compound: "negotiated the Ulster accord"
    if node.dep_ in ADDRESSEE_DEPS and node.head.i == trigger.i:
        return True
    if node.dep_ != "pobj" or node.head.lower_ not in PARTY_PREPS:
        return False
    owner = node.head.head  # "an apology from Havana": the apology
    if owner.lemma_.lower() in TRAVEL or (node.head.lower_ == "to" and owner.pos_ != "NOUN"):
        return False  # "travelled to Lima for talks", "returned from Lima": where it went
    return owner.i == trigger.i or (owner.dep_ in ADDRESSEE_DEPS and owner.head.i == trigger.i)


def hosts_visited(sentence: Sentence, event: Event, hosts: list[Place],
                  offsets: dict[int, Offsets]) -> list[Place]:
    """The capitals read as the government a visit goes to: where it went
    (``place_roles.visited``: "a visit to Prague"); and those an act of force hits
    (``struck``: "Rebels shelled Kabul")."""
    trigger = token_at(sentence, event.trigger.start, offsets)
    lasts = [(p, token_at(sentence, p.evidence.end - 1, offsets)) for p in hosts
             if sentence.start <= p.evidence.start and p.evidence.end <= sentence.end]
    return [p for p, t in lasts if trigger and t and (visited(t, trigger) or struck(
        t, trigger, event.plover_type))]


FORCE = frozenset({"ASSAULT", "COERCE"})
# prepositions that say where, not whom an act concerns ("in Lima"; not "on Lima", "to Lima")
WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout",
                         "within", "around"})  # acts of force, done where their target is


def struck(last: Token, trigger: Token, plover: str) -> bool:
    """Whether a place read as a government (``place-as-government``) is the target of an act
    of force and so its place: the trigger's object or that of the verb whose subject it is
    ("Rebels shelled Kabul", "fighting shook Tripoli"); and, for any act, a place in the
    trigger's location phrase ("patrolled the streets of Lima", "fighting in Tripoli")."""
    node = last
    while node.dep_ in {"compound", "appos", "conj"} and node.head.i != node.i:
        node = node.head
    if plover not in FORCE:  # not "called on Lima", "sanctions on Lima": whom it concerns
        top = up_place_nouns(node)
        return ((top.dep_ == "pobj" and top.head.lower_ in WHERE_PREPS)
                or (top.i != node.i and top.dep_ == "dobj")) and attached(last, trigger)
    verbs = {trigger.i} | ({trigger.head.i} if trigger.dep_ == "nsubj" else set())
    return (node.dep_ == "dobj" and node.head.i in verbs) or attached(last, trigger)


INTERNATIONAL = frozenset({"IGO", "UNO", "EUR", "NGO"})
# sectors of governments and bodies that speak for a country or speak as international bodies
INSTITUTIONS = frozenset({"GOV", "MIL", "LEG", "JUD", "IGO", "NGO", "PTY", "COP", "SPY"})


def speaks_elsewhere(event: Event, place: Place | None) -> bool:
    """Whether a statement, or a pledge of aid or a sanction (``FROM_HOME``), was made by actors
    none of whom belongs to the borrowed place's country, every one with a known country ("The
    United States and Britain condemned the police action" under NAIROBI; "The UN urged calm"
    in a story about Colombo; "China pledged $2 million" in a story about Herat): it was not
    made there. False when an actor's country is unknown, when an actor is no government,
    force, party or international body (an exile or a tenant may well speak where the story
    is), and for a visit (made where it went)."""
    if (place is None or event.plover_type not in FROM_HOME or not event.actors
            or event.plover_mode == "visit" or not all(
                a.sector in INSTITUTIONS or a.country in INTERNATIONAL for a in event.actors)):
        return False  # a visit is where it went; a person's country says little of where
    countries = {a.country for a in event.actors}
    if None in countries or place.country is None:
        return False
    return place.country not in countries


# arrests, captures, curfews and deployments: they follow the story's violence where it was
STORY_ACTS = frozenset({"COERCE", "MOBILIZE"})
VIOLENCE = frozenset({"ASSAULT"})  # the acts that say where the story's violence is
# a stated place this far from the dateline's town is another story's place than the
# reporter's beat (a suburb nearer than this is left to the dateline)
STORY_KM = 50.0
OWN_RULES = frozenset({"clause", "sentence"})
UNDONE = frozenset({"future", "hypothetical", "negated"})


def asked_only(event: Event) -> bool:
    """Whether the act is only asked for, offered, threatened or feared (mode ``hypothetical``:
    "called for the release of the children", "urged both sides to talk", "offered to
    mediate"): it has happened nowhere yet, so it borrows no place from the rest of its
    sentence (the speaker's "The UN office in Geneva called for ..."), the story, the dateline
    or the article; a place its own clause states ("called for talks in Geneva") still
    places it. A threat is itself made ("threatened to strike": THREATEN), and keeps where it
    was made."""
    return "hypothetical" in event.modes and event.plover_type != "THREATEN"


def places_story(event: Event) -> bool:
    """Whether the event is an act of violence (``VIOLENCE``) done in the story's time that its
    own clause or sentence places at a town or region: one that says where the story's
    violence is (``story_place``); an arrest made elsewhere does not."""
    return (event.plover_type in VIOLENCE and event.location_rule in OWN_RULES
            and bool(event.places) and event.places[0].kind != "country"
            and not event.historical and not UNDONE & set(event.modes))


def story_place(event: Event, placed: list[Event], dateline: Place | None,
                state: Place | None = None) -> Place | None:
    """For an act of coercion or deployment (``STORY_ACTS``) under a dateline, a place of the
    act of violence nearest before it that says where the story's violence is (``placed``, in
    text order: ``places_story``) lying more than ``STORY_KM`` from the dateline's town and
    not containing it, and inside the dateline's ``state`` where its words name one
    ("HARTFORD, Conn."): the reporter's town is not where the story happened ("SEOUL (AP) --
    Soldiers killed two infiltrators near the city of Gangneung ... One crewman was captured
    alive": Gangneung). None otherwise, and where a place has no point."""
    if dateline is None or event.plover_type not in STORY_ACTS:
        return None
    before = [e for e in placed if e.trigger.start < event.trigger.start]
    if not before or dateline.lat is None or dateline.lon is None:
        return None
    for place in before[-1].places:
        if place.kind == "country" or place.lat is None or place.lon is None or contains_town(
                place, dateline) or (state is not None and not contains_town(state, place)):
            continue
        if km((place.lat, place.lon), (dateline.lat, dateline.lon)) > STORY_KM:
            return place
    return None


def in_the_field(event: Event, dateline: Place, top: Place | None, gaz: Gazetteer) -> bool:
    """Whether an act that neither its clause nor its sentence places, in a story filed from a
    national capital ("ADDIS ABABA, Aug 4 —") about a town or region far from it (``top``, the
    article's one place, more than ``STORY_KM`` away), happened out there rather than at the
    reporter's desk: an act done, not said, granted or imposed from the seat of government
    (``FROM_HOME``: those keep the capital when their speaker is seated there). "Fighters
    looted the market" after "Fano fighters stormed Debre Tabor" is Debre Tabor's. (Under any
    dateline it gained 0.7 and 0.4 points of place accuracy on s39 and s37, but cost 3 points
    of city accuracy on GVDB, whose local stories' main place is often a street read as a far
    town: "INDIANAPOLIS, Ind. -- ... on Barrington Avenue".)"""
    if (top is None or top.kind == "country" or event.plover_type in FROM_HOME
            or top.geonameid == dateline.geonameid or contains_town(top, dateline)
            or not national_capital(dateline, gaz)):
        return False
    if None in (top.lat, top.lon, dateline.lat, dateline.lon):
        return True
    return km((top.lat or 0.0, top.lon or 0.0),
              (dateline.lat or 0.0, dateline.lon or 0.0)) > STORY_KM


def company_name(text: str, place: Place) -> bool:
    """Whether the article also writes the place's name as the first words of a company's name
    ("Hollister Foods Corp.", "Parkway Snacks Inc."): there, a bare "Hollister" is the
    company."""
    name = place.evidence.text.strip()
    return (name[:1].isupper() and has_designation(text)
            and company_pattern(name).search(text) is not None)


# a company's designation ("Corp.", "Inc."), which ends every company's name
_DESIGNATIONS = "Corp|Corporation|Inc|Co|Cos|Ltd|LLC|PLC|Plc|Holdings|Incorporated|Limited|AG|SA|NV"
# up to three capitalised words, then a company's designation ("Foods Corp.", "Inc.")
_COMPANY_TAIL = rf"(?:[ \t]+[A-Z][\w&'’.-]*){{0,3}}[ \t]+(?:{_DESIGNATIONS})\b\.?"
_DESIGNATION = re.compile(rf"[ \t](?:{_DESIGNATIONS})\b")


@lru_cache(maxsize=8)
def has_designation(text: str) -> bool:
    """Whether ``text`` has a company's designation at all: every match of ``company_pattern``
    holds one, and most articles have none, so that no place's pattern is built or run (one
    pattern per place name, each compiled anew once Python's cache of 512 patterns overflowed,
    took about 2% of the pipeline's time)."""
    return _DESIGNATION.search(text) is not None


@lru_cache(maxsize=1024)
def company_pattern(name: str) -> re.Pattern[str]:
    """The name as the first words of a company's name ("Hollister Foods Corp.")."""
    return re.compile(r"\b" + re.escape(name) + _COMPANY_TAIL)


def names_company(last: Token) -> bool:
    """Whether a place written as a company's name is used as one here: not in a location
    phrase ("Parkway rejected an offer from Hollister"; not "a plant in Hollister")."""
    node = last
    while node.dep_ in {"compound", "appos", "conj"} and node.head.i != node.i:
        node = node.head
    return not (node.dep_ == "pobj" and node.head.lower_ in LOCATIVE_PREPS)


# nouns of an occasion a speaker speaks at, all forms through the lemma: "from" names where
# it was held ("a televised address from Caracas", "a broadcast from Havana")
OCCASIONS = frozenset({"address", "speech", "broadcast", "interview", "briefing", "conference",
                       "appearance", "message", "remark"})


def capital_party(last: Token) -> bool:
    """Whether a national capital named as its government acts ("Havana accused the envoy of
    spying", "Lima said that ...": the subject of a verb with an object or a clause), is dealt
    with ("talks with Havana") or is the source of a thing ("an apology from Havana"), where the country's name would be a party
    (``place_roles.non_place_role``); not "Kyiv came under fire", "Tripoli saw clashes"."""
    node = last
    while node.dep_ in {"compound", "appos", "conj"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "from" and node.head.head.pos_ == "NOUN":
        # "an apology from Havana", "a letter from Lima": its government's; not where an
        # address was given ("in a televised address from Caracas, the president warned")
        return node.head.head.lemma_.lower() not in OCCASIONS
    if non_place_role(last, country=True) != "party":
        return False
    return node.dep_ != "nsubj" or any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} for c in node.head.children)


def named_role(gaz: Gazetteer, text: str, place: Place, last: Token,
               actors: list[Actor]) -> str | None:
    """``party`` for a national capital named as its government (``capital_party``), ``name``
    for a place written as a company's name and used as one (``names_company``), ``origin``
    for a country that owns the actor it is written in (``owns``), else None."""
    if owns(place, last, actors):
        return "origin"
    if place.kind == "city" and place.country:
        capital = capital_of(gaz, place.country)
        if capital is not None and capital.geonameid == place.geonameid and capital_party(last):
            return "party"
    if company_name(text, place) and names_company(last):
        return "name"
    return None


OWNER_KINDS = frozenset({"group", "named", "title"})


def owns(place: Place, last: Token, actors: list[Actor]) -> bool:
    """Whether a country is the possessor in an actor's name ("Sudan's army", "Peru's main
    opposition party"): whose the actor is, not where it acted ("Syria's war", no actor, stays
    a place; a county's force, "the Wayne County Sheriff's Office", is left to the rules of
    forces: local news happens where its force serves)."""
    return place.kind == "country" and last.dep_ == "poss" and any(
        a.kind in OWNER_KINDS and a.evidence.start <= place.evidence.start
        and place.evidence.end < a.evidence.end for a in actors)


LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout",
                            "around", "within", "on", "along", "off", "into", "through"})


# words that say an act spans the whole nation ("a national strike", "nationwide protests")
NATIONWIDE = frozenset({"national", "nationwide", "countrywide", "nation-wide", "country-wide"})
# stoppages that "general" says span the nation ("a general strike"), all forms
STOPPAGES = frozenset({"strike", "shutdown", "stoppage", "walkout", "stayaway", "stay-away"})
SCOPE_DEPS = frozenset({"amod", "compound", "advmod", "npadvmod"})


def _nationwide_word(trigger: Token) -> Token | None:
    """The word that says the protest spans the nation: a modifier of the trigger ("a national
    transport strike", "a general strike"), or of the verb a noun trigger belongs to ("protests
    were held nationwide")."""
    nouns = [trigger, *(c for c in trigger.children if c.dep_ == "compound")]
    owners = [trigger] + ([trigger.head] if trigger.pos_ in {"NOUN", "PROPN"}
                          and trigger.head.pos_ in {"VERB", "AUX"} else [])
    for owner in owners:
        for c in owner.children:
            if c.dep_ not in SCOPE_DEPS:
                continue
            if c.lower_ in NATIONWIDE or (c.lower_ == "general" and owner.i == trigger.i
                                           and any(n.lemma_.lower() in STOPPAGES
                                                   for n in nouns)):
                return c
    for n in nouns[1:]:  # "a national transport strike": "national" on "transport"
        if any(c.dep_ in SCOPE_DEPS and c.lower_ in NATIONWIDE for c in n.children):
            return next(c for c in n.children if c.lower_ in NATIONWIDE)
    return None


def nationwide(sentence: Sentence | None, event: Event, offsets: dict[int, Offsets],
               text: str, gaz: Gazetteer, *around: Place | None) -> Place | None:
    """The country a protest or strike said to span the nation happened across ("called a
    national strike", "a nationwide protest", "a general strike"): the country of the first
    place of ``around`` (the dateline's, the story's) there is, else of its actors; None for
    other acts, and for a protest not said to span the nation."""
    if event.plover_type != "PROTEST" or sentence is None:
        return None
    trigger = token_at(sentence, event.trigger.start, offsets)
    word = _nationwide_word(trigger) if trigger is not None else None
    if word is None:
        return None
    codes = [p.country for p in around if p is not None and p.country] + [
        a.country for a in event.actors if a.country and len(a.country) == 3]
    country = gaz.country(codes[0]) if codes else None
    if country is None:
        return None
    start = sentence.start + word.idx
    return to_place(Mention(start, start + len(word), text[start:start + len(word)],
                            choice=country), gaz, text)


# the means of a talk held at a distance ("spoke by phone", "talked over the telephone", "held
# talks by video link"), and verbs of it ("phoned", "telephoned")
REMOTE_MEANS = frozenset({"phone", "telephone", "videophone", "videoconference", "video",
                          "videolink", "link", "call"})
REMOTE_VERBS = frozenset({"phone", "telephone"})


def at_a_distance(sentence: Sentence | None, event: Event, offsets: dict[int, Offsets]) -> bool:
    """Whether a talk (CONSULT) was held at a distance between parties of two or more countries
    ("Togo's president spoke by phone with Benin's president", "the French foreign minister
    telephoned his Algerian counterpart"): each spoke from his own country, so the talk has no
    one place, neither the dateline's nor a place of its sentence. Not a talk of one country's
    people ("a negotiator spoke with the man by phone for hours": the standoff's place)."""
    if event.plover_type != "CONSULT" or sentence is None:
        return False
    countries = {a.country for a in (*event.actors, *event.recipients)
                 if a.country and len(a.country) == 3}
    countries |= {a.country for a in (*event.actors, *event.recipients)
                  if a.country in INTERNATIONAL}
    if len(countries) < 2:
        return False
    trigger = token_at(sentence, event.trigger.start, offsets)
    if trigger is None:
        return False
    if trigger.lemma_.lower() in REMOTE_VERBS:
        return True
    return any(c.dep_ == "prep" and c.lower_ in {"by", "over", "via"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in REMOTE_MEANS for g in c.children)
        for c in trigger.children)
