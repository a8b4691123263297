"""Personal and everyday senses of the words of verbal acts, read from their arguments:

- **providing for one's own**: "works to support their families", "supported his children":
  "support" whose object is a relative (a possessed kinship noun, or "family") provides for
  them; it endorses no one;
- **acquaintance**: "he has never met anyone so passionate", "the couple met in 2010", "they
  first met at university": meeting an indefinite someone, a couple meeting, or a first meeting
  is making someone's acquaintance, not a meeting between parties;
- **movement**: "ordered the man to back away", "the car backed into a wall": "back" with a
  particle or a phrase of direction moves; it supports nothing ("backed up by documents" and
  "backed the plan" stay support);
- **acknowledging**: "recognised the existence of refugees", "recognizes that it will be
  affected", "recognize the need to change": recognising a fact, a need or a clause is
  acknowledging it; recognition is of a state, a government, a group, a person, a result or a
  claim ("recognised Kosovo", "recognise the election results");
- **sessions of one body**: "the city council met on Tuesday", "trustees met in closed
  session", "at Monday's council meeting", "the committee discussed the zoning request": a
  deliberative body (or its members) meeting or deliberating with no counterpart named is its
  own business, not a meeting between parties; a body meeting someone ("the council met with
  residents", "a meeting between the board and the union") and an international body (the
  actor lexicon's IGOs: "the Security Council met") stay;
- **errands**: "people will be able to visit the Nelson office", "customers can visit the
  store": ordinary people (residents, customers, visitors, anyone) visiting a place of service
  meet no party ("the envoy visited the refugee camp", "investigators visited the office of the
  company" stay);
- **potential acts**: "has some advice to offer", "had nothing to offer", "a story to tell":
  an infinitive that describes its own object (the noun it modifies) names what could be done,
  not an act.

The families of words are listed whole (inflections come through the lemma).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.senses.agency import non_agent

VERB_POS = {"VERB", "AUX"}
KIN = {"family", "families", "child", "children", "kid", "son", "daughter", "wife", "husband",
       "spouse", "partner", "parent", "mother", "father", "mum", "mom", "dad", "brother",
       "sister", "sibling", "grandchild", "grandson", "granddaughter", "grandparent",
       "grandmother", "grandfather", "relative", "household", "dependant", "dependent",
       "baby", "infant", "newborn", "twin", "stepchild", "stepson", "stepdaughter", "niece",
       "nephew", "aunt", "uncle", "cousin", "fiance", "fiancee", "girlfriend", "boyfriend",
       "loved", "orphan"}
INDEFINITE = {"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "nobody",
              "no-one", "one", "people"}
PAIRS = {"couple", "pair", "duo", "twin", "lover", "sweetheart", "newlywed", "classmate",
         "roommate", "flatmate", "housemate"}
# particles and prepositions of movement after "back" ("back away", "backed into a wall")
# (not "in" or "from": "backed, largely in response to ...", "backing from the elite")
MOVING = {"away", "off", "down", "out", "into", "onto", "toward", "towards", "over", "across",
          "along", "through", "backwards", "backward"}
# what one recognises as legitimate: states, governments, results, claims, titles
LEGITIMACY = {"independence", "sovereignty", "result", "election", "vote", "government",
              "authority", "legitimacy", "claim", "border", "annexation", "marriage", "right",
              "title", "status", "victory", "win", "regime", "state", "statehood",
              "administration", "president", "presidency", "leader", "union", "referendum",
              "outcome", "jurisdiction", "court", "tribunal", "council", "opposition",
              "republic", "territory", "boundary", "frontier", "passport", "degree",
              "qualification", "diploma", "licence", "license", "agreement", "treaty",
              "partnership", "relationship", "tie", "genocide", "massacre", "crime"}
RECOGNISING = {"recognize", "recognise", "acknowledge"}
# deliberative bodies and their members
BODIES = {"council", "board", "committee", "subcommittee", "commission", "panel", "assembly",
          "senate", "legislature", "parliament", "congress", "cabinet", "caucus", "selectboard",
          "jury", "chamber", "house", "convention", "synod", "presidium", "directorate",
          "trustee", "councillor", "councilor", "councilman", "councilwoman", "councilmember",
          "alderman", "alderwoman", "commissioner", "supervisor", "selectman", "selectwoman",
          "legislator", "lawmaker", "senator", "assemblyman", "assemblywoman", "director",
          "juror", "governor", "regent", "board-member", "member", "mp", "delegate"}
SESSION_VERBS = {"meet", "discuss", "deliberate", "convene", "reconvene", "gather", "debate",
                 "consider", "review"}
SESSION_NOUNS = {"meeting", "session", "hearing", "sitting", "discussion", "debate"}
HOLDING = {"hold", "have", "call", "convene", "open", "begin", "start", "schedule", "host"}
COUNTERPART_PREPS = {"with", "between", "among", "amongst", "alongside"}


def provides_for_own(token: Token) -> bool:
    """ "Support their families", "supported his children": providing for relatives."""
    if token.lemma_.lower() != "support" or token.pos_ not in VERB_POS:
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(objects) and all(_own_relatives(o) for o in objects)


def _own_relatives(noun: Token) -> bool:
    """ "Their families", "his children", "a family of six" (not "the families of the victims"
    or "the victims' families", whom a public act supports)."""
    if noun.lemma_.lower() not in KIN:
        return False
    possessors = [c for c in noun.children if c.dep_ == "poss"]
    if possessors:
        return all(p.tag_ == "PRP$" for p in possessors)
    return noun.lemma_.lower() in {"family", "household"} and not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.pos_ in {"NOUN", "PROPN"} and not g.like_num and g.lemma_.lower() not in
            {"six", "five", "four", "three", "two", "seven", "eight", "nine", "ten"}
            for g in c.children if g.dep_ == "pobj") for c in noun.children)


def acquaintance(token: Token) -> bool:
    """ "Never met anyone more passionate", "the couple met in 2010", "they first met at
    university": making someone's acquaintance."""
    if token.lemma_.lower() != "meet" or token.pos_ not in VERB_POS:
        return False
    met = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    met += [g for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children if g.dep_ == "pobj"]
    if met and all(m.lower_ in INDEFINITE for m in met):
        return True  # "never met anyone"
    if any(c.dep_ == "advmod" and c.lower_ == "first" for c in token.children):
        return True  # "they first met at university"
    if chance_or_online(token):
        return True  # "met online", "met on a dating app", "met by chance"
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return not met and bool(subjects) and all(s.lemma_.lower() in PAIRS for s in subjects)


# where strangers meet online: platforms and their kinds ("on a dating app", "on Facebook", "in an
# online chat room"); a call or a video conference between officials is a meeting (not here)
PLATFORMS = {"online", "internet", "web", "website", "site", "app", "application", "platform",
             "forum", "chatroom", "chat", "messenger", "facebook", "myspace", "tinder",
             "instagram", "snapchat", "twitter", "whatsapp", "grindr", "bumble", "hinge",
             "okcupid", "craigslist", "kik", "tiktok", "reddit", "discord", "match.com",
             "plentyoffish", "eharmony", "meetup", "linkedin"}
ONLINE_WORDS = {"online", "dating", "social", "chat", "internet", "web", "gaming", "video-game",
                "networking"}
# how acquaintances are made: by chance, through friends or a place of one's life
CHANCE = {"chance", "accident", "coincidence", "happenstance"}
GO_BETWEENS = {"friend", "acquaintance", "relative", "family", "colleague", "coworker",
               "co-worker", "classmate", "neighbor", "neighbour", "work", "church", "school",
               "college", "mutual", "roommate", "cousin", "sister", "brother", "matchmaker"}


def chance_or_online(token: Token) -> bool:
    """ "The two met online", "met her attacker on Facebook", "met on a dating app", "in an
    online chat room", "met by chance", "met through mutual friends": an acquaintance made
    online or by chance, no meeting of parties."""
    for child in token.children:
        if child.dep_ in {"advmod", "prt"} and child.lower_ in {"online", "offline"}:
            return True
        if child.dep_ != "prep":
            continue
        for place in (g for g in child.children if g.dep_ == "pobj"):
            words = {place.lower_, place.lemma_.lower()} | {
                c.lower_ for c in place.children if c.dep_ in {"compound", "amod", "nmod"}}
            if child.lower_ in {"on", "through", "via", "over", "in"} and (
                    words & PLATFORMS and child.lower_ != "in" or words & ONLINE_WORDS):
                return True  # "on Tinder", "through a dating website", "in a chat room"
            if child.lower_ == "by" and words & CHANCE:
                return True  # "met by chance"
            if child.lower_ == "through" and words & GO_BETWEENS:
                return True  # "met through mutual friends"
    return False


def moving_back(token: Token) -> bool:
    """ "Back away", "backed off", "the van backed into a wall": a movement."""
    if token.lemma_.lower() != "back" or token.pos_ not in VERB_POS:
        return False
    if any(c.dep_ == "dobj" for c in token.children):
        return False  # "backed the plan"
    return any((c.dep_ in {"prt", "advmod"} and c.lower_ in MOVING - {"up"}) or
               (c.dep_ == "prep" and c.lower_ in MOVING) for c in token.children)


def acknowledging(token: Token) -> bool:
    """ "Recognised the existence of refugees", "recognizes that it will be affected",
    "recognize the need to change": acknowledging a fact or a need."""
    if token.lemma_.lower() not in RECOGNISING or token.pos_ not in VERB_POS:
        return False
    if any(c.dep_ == "ccomp" for c in token.children):
        return True  # "recognizes that ..."
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(objects) and all(non_agent(o) and o.lemma_.lower() not in LEGITIMACY
                                 for o in objects)


def potential(token: Token) -> bool:
    """ "Has some advice to offer", "had nothing to offer": an infinitive describing its own
    object names what could be done."""
    if token.pos_ not in VERB_POS or token.dep_ not in {"relcl", "acl"}:
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
        return False
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in token.children):
        return False  # "a deal to release prisoners": the noun is no object of the verb
    noun = token.head
    return noun.pos_ in {"NOUN", "PRON"} and noun.i < token.i and \
        noun.dep_ in {"dobj", "attr", "nsubj", "pobj"}


def _body(noun: Token) -> bool:
    """A deliberative body or its members, not an international one: "the city council",
    "trustees", "its board" (not "the Security Council")."""
    low = noun.lower_
    if noun.lemma_.lower() not in BODIES and low not in BODIES and low[:-1] not in BODIES:
        return False  # ("Trustees" at the start of a sentence: a proper noun to the tagger)
    phrase = noun.doc[noun.left_edge.i:noun.i + 1].text
    return not any(m.kind == "igo" for m in get_matcher().find(phrase))


def deliberative_body(noun: Token) -> bool:
    """Whether ``noun`` is a deliberative body or one of its members (not an IGO)."""
    return _body(noun)


def _counterpart(token: Token) -> bool:
    return any((c.dep_ == "prep" and c.lower_ in COUNTERPART_PREPS) or c.dep_ == "dobj" and
               token.lemma_.lower() == "meet" for c in token.children)


def session(token: Token) -> bool:
    """ "The city council met on Tuesday", "trustees met in closed session", "at Monday's
    council meeting", "the committee discussed the request": one body's own business."""
    lemma = token.lemma_.lower()
    if token.pos_ in VERB_POS and lemma in SESSION_VERBS:
        if _counterpart(token):
            return False
        head = token.head
        if token.dep_ in {"advcl", "xcomp"} and head.i != token.i and (
                head.lemma_.lower() in SESSION_VERBS):
            return session(head)  # "the committee will meet to discuss the budget"
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if any(c.dep_ == "conj" for s in subjects for c in s.children):
            return False  # "the board and the union met"
        return bool(subjects) and all(_body(s) for s in subjects)
    if token.pos_ in {"NOUN", "PROPN"} and lemma in SESSION_NOUNS:
        if _counterpart(token) or any(c.dep_ == "prep" and c.lower_ == "of" for c in
                                      token.children if not any(_body(g) for g in c.children)):
            return False  # "a meeting with the union", "a meeting of the two leaders"
        owners = [c for c in token.children if c.dep_ in {"compound", "poss"}]
        owners += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if token.dep_ == "dobj" and token.head.lemma_.lower() in HOLDING:
            owners += [c for c in token.head.children if c.dep_ == "nsubj"]  # "held a meeting"
        return any(_body(o) for o in owners)
    return False


# ordinary people on errands (lemmas)
ORDINARY = {"people", "person", "resident", "customer", "visitor", "patron", "shopper",
            "student", "parent", "public", "anyone", "anybody", "everyone", "everybody", "you",
            "family", "tourist", "fan", "reader", "viewer", "user", "guest", "client",
            "patient", "passenger", "traveller", "traveler", "commuter", "homeowner", "tenant",
            "renter", "consumer", "buyer", "applicant", "member", "child", "kid", "senior",
            "adult", "teen", "teenager", "local", "neighbor", "neighbour", "attendee",
            "participant", "volunteer", "donor", "caller", "motorist", "driver", "diner"}
# places of service one visits on an errand (lemmas)
SERVICE_PLACES = {
    "office", "library", "store", "shop", "museum", "website", "site", "page", "clinic",
    "center", "centre", "branch", "park", "gallery", "exhibition", "exhibit", "booth", "stand",
    "table", "counter", "desk", "kiosk", "market", "fair", "zoo", "beach", "restaurant",
    "cafe", "café", "bar", "theater", "theatre", "cinema", "campus", "pharmacy", "bank",
    "garden", "aquarium", "farm", "showroom", "outlet", "mall", "supermarket", "salon",
    "studio", "pool", "gym", "facility", "location", "station", "portal", "app", "hub",
    "lobby", "window", "boutique", "bakery", "brewery", "winery",
    "festival", "show", "event", "open", "house", "hall"}
VISITING = {"visit", "tour"}


def _clause_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, or of the verbs and adjectives it complements ("people will
    be able to visit": people)."""
    node = verb
    for _ in range(3):
        found = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if found:
            return found
        if node.dep_ not in {"xcomp", "acomp", "conj"} or node.head.i == node.i:
            return []
        node = node.head
    return []


def errand(token: Token) -> bool:
    """ "People will be able to visit the Nelson office", "customers can visit the store":
    ordinary people going to a place of service, no meeting of parties ("the envoy visited the
    refugee camp", "the president visited Kyiv" stay)."""
    if token.lemma_.lower() not in VISITING or token.pos_ not in VERB_POS:
        return False
    places = [c for c in token.children if c.dep_ == "dobj"]
    if not places or not all(p.lemma_.lower() in SERVICE_PLACES and p.ent_type_ not in
                             {"GPE", "PERSON", "NORP"} for p in places):
        return False
    subjects = _clause_subjects(token)
    return bool(subjects) and all(s.lemma_.lower() in ORDINARY or s.lower_ in ORDINARY
                                  for s in subjects)


def personal_sense(token: Token, plover: str) -> str | None:
    """Why ``token`` names no act of ``plover`` in a personal or everyday sense (None: it may
    be one)."""
    if plover == "SUPPORT" and provides_for_own(token):
        return "providing for relatives"
    if plover == "CONSULT" and acquaintance(token):
        return "acquaintance"
    if plover == "SUPPORT" and moving_back(token):
        return "movement"
    if plover == "SUPPORT" and acknowledging(token):
        return "acknowledging"
    if plover in {"CONSULT", "ACCUSE"} and session(token):
        return "session of one body"
    if plover == "CONSULT" and errand(token):
        return "errand"
    if plover in {"AGREE", "SUPPORT", "REQUEST", "CONSULT", "AID", "CONCEDE"} and \
            potential(token):
        return "potential"
    return None
