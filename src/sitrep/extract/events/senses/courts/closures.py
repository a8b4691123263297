"""Places shut and lines cut by the state (COERCE), read from the verb's object and its doer:

- **a place or a passage shut** (``@place_shut``, COERCE/restrict): "police sealed off the
  area", "the Kyrgyz side has closed the border crossing to trucks", "Turkey closed its
  airspace", "riot police blocked the march", "the transport department closed the taxi rank",
  "the road was cordoned off". The verb is one of closing, sealing, cordoning or blocking
  (``SHUTTING``), its object a place, a passage or a gathering (a place entity, a word of
  ``forces.GROUND`` or of ``SHUT_PLACES``), and its doer the state (an authority, the police,
  the army, a country: ``state_party``) or unnamed (a passive). A firm closing its own shop,
  protesters blocking a road (a PROTEST, the trigger table's next row), "closed the door",
  "closed the deal", "closed the gap" and "blocked the shot" are none;
- **a line of communication cut** (``@line_cut``, COERCE/censor): "authorities cut internet
  access across the region", "mobile data services were slowed", "the junta shut down social
  media", "phone lines were cut". The verb is one of cutting,
  slowing or blocking (``CUTTING``), its object a telecommunication service (``LINES`` or a
  service, access or connection named by one), and its doer the state or unnamed; "a storm
  cut power", "the company cut prices" and "the cable cut slowed the internet" (no state
  doer) are none.

Families are listed whole; inflections come through the lemma.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.senses.forces import GROUND
from sitrep.records import STATE_BODIES

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
# the sectors of the state and of armed parties acting as one
STATE_SECTORS = STATE_BODIES
# bodies of the state the actor lexicon may not know (lemmas)
STATE_WORDS = {"authority", "regulator", "junta", "administration", "state", "side",
               "prefecture", "municipality", "commission"}
# verbs of shutting a place or a passage (lemmas); some need a particle ("locked down")
SHUTTING = {"close", "shut", "seal", "cordon", "block", "barricade", "blockade", "lock",
            "padlock", "shutter", "cordone"}  # ("cordoned": the small model's lemma "cordone")
NEEDS_PARTICLE = {"cordon": {"off"}, "cordone": {"off"}, "lock": {"down"}}
# particles the small model may parse as prepositions ("cordoned off the market": "off" with
# "market" as its object)
PARTICLES = {"off", "down", "out", "up"}
# places and passages that the state shuts (lemmas), besides ``forces.GROUND``
SHUT_PLACES = {"border", "frontier", "airspace", "crossing", "port", "harbour", "harbor", "airport",
               "school", "university", "college", "campus", "market", "marketplace", "mosque",
               "church", "temple", "rank", "station", "terminal", "route", "street", "lane",
               "avenue", "motorway", "highway", "road", "bridge", "tunnel", "pass", "entrance",
               "access", "corridor", "waterway", "strait", "canal", "square", "park", "beach",
               "border-crossing", "checkpoint", "perimeter", "block", "neighbourhood",
               "neighborhood", "mine", "venue", "stadium", "office", "headquarters", "premises",
               "building", "compound", "camp", "village", "town", "city", "area", "zone", "region"}
# verbs of closing that the keepers of a place also use ("the school was closed")
OPEN_CLOSING = {"close", "shut"}
# the prepositions naming whom a border is shut against ("with Cambodia", "to flights from Mali")
AGAINST = {"with", "to", "from", "for", "against"}
# gatherings the state blocks or shuts down (lemmas)
GATHERINGS = {"march", "protest", "rally", "demonstration", "procession", "convoy", "sit-in",
              "vigil", "parade", "meeting", "gathering"}
# things a state does not shut as a restriction (lemmas): its own missions, business deals
NOT_SHUT = {"embassy", "consulate", "mission", "case", "deal", "gap", "account", "door",
            "window", "eye", "session", "investigation", "inquiry", "file", "loophole"}

# verbs of cutting or slowing a line (lemmas); "shut", "switch", "turn", "black" with a particle
CUTTING = {"cut", "slow", "throttle", "restrict", "block", "suspend", "disrupt", "sever",
           "shut", "switch", "turn", "black", "disconnect", "limit", "curb", "jam"}
CUT_PARTICLES = {"shut": {"down", "off"}, "switch": {"off"}, "turn": {"off"},
                 "black": {"out"}}
# lines of communication (lemmas, or a compound of the noun)
LINES = {"internet", "web", "broadband", "wifi", "wi-fi", "data", "telecommunication",
         "telecommunications", "telecom", "telecoms", "mobile", "cellphone", "cellular",
         "telephone", "phone", "sms", "messaging", "whatsapp", "telegram", "facebook",
         "twitter", "x", "tiktok", "instagram", "youtube", "signal", "media", "vpn",
         "network", "connection", "connectivity", "message"}
# nouns a line names ("internet access", "mobile data services", "phone lines")
LINE_HEADS = {"access", "service", "services", "line", "connection", "network", "coverage",
              "signal", "link", "platform", "app", "application", "site", "traffic", "speed"}
# parts of a place that name the place shut ("a stretch of Smelter Avenue", "part of the road")
STRETCHES = {"part", "most", "some", "stretch", "section", "portion", "length", "segment",
             "half", "rest"}
# orders a passive names as its agent ("by order of the governor": the governor acts)
ORDERS = {"order", "decree", "instruction", "directive", "command"}


def state_party(noun: Token) -> bool:
    """``noun`` names the state or its forces: the police, the army, an authority, a ministry, a
    country ("Turkey", "the Kyrgyz side")."""
    if noun.ent_type_ == "GPE":
        return True
    if noun.lemma_.lower() in STATE_WORDS or noun.lower_ in STATE_WORDS:
        return True
    phrase = " ".join(t.text for t in noun.subtree if t.i <= noun.i and (
        t.dep_ in {"compound", "amod"} and t.head.i == noun.i or t.i == noun.i))
    found = get_matcher().find(phrase)
    # a country stands for its state only as the noun itself ("Turkey"), not as the nationality
    # of people ("French paper workers", "young Algerians": a people, no state)
    named = noun.pos_ == "PROPN" and noun.ent_type_ not in {"NORP", "PERSON"} and (
        noun.tag_ != "NNPS" or noun.ent_type_ == "GPE")  # ("Tunisians", not "the Philippines")
    return any(m.entry.sector in STATE_SECTORS or (
        named and m.entry.sector is None and m.entry.country) for m in found)


def _particle_ok(verb: Token, needed: dict[str, set[str]]) -> bool:
    particles = needed.get(verb.lemma_.lower())
    return particles is None or any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in particles
                                    for c in verb.children)


def _doers(verb: Token) -> list[Token]:
    """The subject, the agent of a passive, or the subject a conjoined verb shares."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    if not doers and verb.dep_ == "conj":
        return _doers(verb.head)
    # "by order of the governor": the one who ordered it
    return [next((g for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"), d)
            if d.lemma_.lower() in ORDERS else d for d in doers]


def _state_done(verb: Token, passive_ok: bool = True) -> bool:
    """Done by the state, or by no one named in a passive ("the area was sealed off") where
    ``passive_ok``."""
    doers = _doers(verb)
    if not doers:
        return passive_ok and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    return all(state_party(d) or any(state_party(c) for c in d.conjuncts) for d in doers)


def _objects(verb: Token) -> list[Token]:
    """The objects of the verb, with that of a particle read as a preposition ("switched off
    the network", "sealed off the area": the small model may hang the object on the particle)."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objs += [g for p in verb.children if p.dep_ in {"prep", "prt"} and p.lower_ in PARTICLES
             and p.i == verb.i + 1 for g in p.children if g.dep_ == "pobj"]
    # "all of its crossings", "two of the roads", "a stretch of the avenue": the places counted
    objs = [next((g for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"), o)
            if o.pos_ in {"DET", "NUM", "PRON"} or o.lemma_.lower() in STRETCHES
            else o for o in objs]
    return objs + [c for o in objs for c in o.conjuncts if c.pos_ in NOUN_POS]


def _shut_place(noun: Token) -> bool:
    lemma, lower = noun.lemma_.lower(), noun.lower_
    if lemma in NOT_SHUT or lower in NOT_SHUT:
        return False
    if noun.ent_type_ in PLACE_ENTS:
        return True
    places = SHUT_PLACES | GATHERINGS | GROUND
    # ("the border gates", "airport terminals": a place named by its compound)
    return bool({lemma, lower} & places) or any(
        c.dep_ == "compound" and c.lemma_.lower() in places for c in noun.children)


def _shut_by_state(verb: Token) -> bool:
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in SHUTTING:
        return False
    if not _particle_ok(verb, NEEDS_PARTICLE):
        return False
    objs = _objects(verb)
    # a place closed or shut by no one named may be closed by its keepers ("schools were
    # closed"); one sealed, cordoned or blocked is shut by force
    return bool(objs) and all(_shut_place(o) for o in objs) and _state_done(
        verb, passive_ok=verb.lemma_.lower() not in OPEN_CLOSING)


def _country(token: Token) -> str | None:
    """The country a place entity, a people or a proper name stands for ("Mali", which the small
    model may label a person), or None."""
    if token.ent_type_ not in {"GPE", "NORP"} and token.pos_ != "PROPN":
        return None
    found = [m.entry.country for m in get_matcher().find(token.text)
             if m.entry.country and m.entry.kind != "capital"]  # ("the road to Santiago")
    return found[0] if found else None


def _countries(tokens: list[Token]) -> set[str]:
    return {c for c in map(_country, tokens) if c}


def shut_against(verb: Token) -> bool:
    """``@shut_against``: a state shuts its border, crossings or airspace against another
    country ("Thailand closed its land crossings with Cambodia", "closed its airspace to all
    flights to and from Mali", "Thailand shuts Cambodia border"): a SANCTION on that country,
    not a restriction at home."""
    if not _shut_by_state(verb):
        return False
    doers = _countries([t for d in _doers(verb) for t in d.subtree])
    named = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in AGAINST
             for g in p.subtree]
    named += [c for o in _objects(verb) if o.ent_type_ not in PLACE_ENTS  # "Cambodia border"
              for c in o.subtree if c.i < o.i]  # (not "sealed off the West Bank": the place)
    named += [g for o in _objects(verb) for p in o.children  # "its border with Bolivia" (not
              if p.dep_ == "prep" and p.lower_ == "with" for g in p.subtree]  # "road to X")
    return bool(_countries(named) - doers)


def place_shut(verb: Token) -> bool:
    """``@place_shut``: a place, a passage or a gathering shut or blocked by the state."""
    return _shut_by_state(verb)


def _line(noun: Token) -> bool:
    """``noun`` names a line of communication ("internet", "mobile data services", "phone
    lines", "access to social media")."""
    lemma, lower = noun.lemma_.lower(), noun.lower_
    if lemma in LINES - {"x", "signal", "media", "network", "connection"} or (
            lower in {"internet", "broadband"}):
        return True
    if lemma in LINE_HEADS | {"media", "network", "connection", "data"}:
        mods = [c for c in noun.children if c.dep_ in {"compound", "amod"}]
        mods += [g for m in mods for g in m.children if g.dep_ in {"compound", "amod"}]
        if any(m.lemma_.lower() in LINES or m.lower_ in LINES for m in mods):
            return True
        # "access to the internet", "access to social media", "to messaging apps"
        return lemma == "access" and any(
            p.dep_ == "prep" and p.lower_ == "to" and any(
                g.lemma_.lower() in LINES or g.lower_ in LINES for g in p.subtree)
            for p in noun.children)
    return False


def line_cut(verb: Token) -> bool:
    """``@line_cut``: a line of communication cut, slowed or blocked by the state (or in a
    passive with no doer named)."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in CUTTING:
        return False
    if not _particle_ok(verb, CUT_PARTICLES):
        return False
    objs = _objects(verb)
    return bool(objs) and all(_line(o) for o in objs) and _state_done(verb)
