"""Civic life in local news that the words of verbal acts describe without any act between
parties, read from the participants (their entity labels and the actor lexicon's sectors) and
the clause:

- **a local body's own business**: "the planning committee agreed to delay the vote",
  "the school board agreed to extend the contract", "commissioners met Thursday to discuss the
  plan": a council, board, committee or commission (or its members) agreeing or deliberating
  on an item of its agenda (no person, organisation or state named as the other party) makes
  no agreement and holds no talks between parties. Endorsing or refusing a proposal ("the
  board rejected the request", "commissioners backed the proposal") is an act towards its
  author and stays (SUPPORT, REJECT), as do a body acting on a party ("the council condemned
  the attack", "met with residents") and international bodies (the actor lexicon's IGOs);
- **opinions held**: "we support our teachers", "residents say they oppose the plan", "I
  agree that we need more officers", "parents don't like the idea": a verb of attitude in the
  present simple whose holder is no political or security actor (a first- or second-person
  speaker who is not one, or a common noun of ordinary people) states a view, not an act of
  support or rejection; a named or official holder stays ("Russia opposes the sanctions",
  "the president supports the deal");
- **complaints about things**: "neighbours complained about the noise", "residents complain of
  the smell": no one is accused and no authority is addressed; a complaint to the police, a
  complaint filed, lodged or received, one by a state or an official (a diplomatic protest),
  and a complaint about a person or an act stay (ACCUSE);
- **requests decided on**: "the board approved the developer's request", "the court rejected
  his appeal", "the commission denied the application": the request named as the object of a
  decision is an earlier act referred to; the decision is what happens.

The families of words are listed whole (inflections come through the lemma).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.senses.fit import noun_class
from sitrep.extract.events.senses.life.personal import deliberative_body

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
PARTY_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
# local deliberative bodies and their members (national legislatures and cabinets are left to
# the other tests: their decisions are often acts between parties)
LOCAL_BODIES = {"council", "board", "committee", "subcommittee", "commission", "panel",
                "selectboard", "trustee", "councillor", "councilor", "councilman",
                "councilwoman", "councilmember", "alderman", "alderwoman", "commissioner",
                "supervisor", "selectman", "selectwoman", "freeholder", "aldermen"}
# agreeing and meeting need a second party; endorsing or refusing a proposal is an act
# towards its author (the guidelines' SUPPORT and REJECT), which stays
# members that only local bodies have
LOCAL_MEMBERS = {"alderman", "alderwoman", "aldermen", "selectman", "selectwoman", "selectmen",
                 "councilman", "councilwoman", "councilmember", "councilmen", "councilwomen",
                 "freeholder", "selectboard"}
# the levels and domains of local government that name a body ("the city council", "the
# zoning board", "the board of education", "the board of supervisors")
LOCAL_LEVELS = {"city", "town", "county", "village", "school", "municipal", "parish",
                "borough", "district", "township", "neighborhood", "neighbourhood",
                "community", "planning", "zoning", "library", "park", "parks", "water",
                "education", "supervisor", "trustee", "alderman", "aldermen", "selectman",
                "selectmen", "commissioner", "elections", "election", "health", "housing",
                "transit", "port", "airport", "utility", "utilities", "fire", "sewer",
                "licensing", "appeals", "adjustment", "hospital", "college", "university",
                "campus", "local", "metro", "metropolitan", "regional", "state"}
BUSINESS_TYPES = {"AGREE", "CONSULT", "CONCEDE"}
# sectors of political and security actors in the actor lexicon
POLITICAL = {"GOV", "MIL", "REB", "COP", "JUD", "LEG", "IGO", "PTY", "SPY", "OPP", "UAF",
             "PRE", "INS", "NGO", "MED"}
# verbs of holding a view ("support" as in "we support our teachers")
ATTITUDES = {"support", "oppose", "agree", "disagree", "favour", "favor", "back", "like",
             "dislike", "love", "hate", "prefer", "endorse", "welcome", "reject", "object",
             "appreciate", "applaud", "praise", "admire", "respect", "value", "resent"}
SPEAKERS = {"i", "we", "you"}
# nouns of people in general (the actor lexicon codes roles, not these)
PEOPLE = {"man", "woman", "person", "people", "boy", "girl", "child", "kid", "teen",
          "teenager", "youth", "adult", "baby", "toddler", "infant", "guy", "individual",
          "family", "neighbour", "neighbor", "somebody", "someone", "anyone", "everyone",
          "nobody", "stranger", "gentleman", "lady", "couple", "crowd", "group", "gang", "mob"}
# personal pronouns of those hurt, and the people of crime reports the lexicon lacks
PERSONAL = {"him", "her", "them", "me", "us", "you", "himself", "herself", "themselves", "he",
            "she", "they", "i", "we"}
VICTIMS = {"victim", "clerk", "girlfriend", "boyfriend", "guard", "customer", "partner",
           "spouse", "friend", "roommate", "classmate", "coworker", "co-worker", "employee",
           "patron", "bystander", "cashier", "neighbour", "neighbor", "relative", "cousin",
           "stepfather", "stepmother", "stepson", "stepdaughter", "fiance", "fiancee", "ex",
           "acquaintance", "tenant", "landlord", "motorist", "cyclist", "jogger", "shopper"}
# endings of agent nouns: a participant the actor lexicon does not list may still be a person
AGENTIVE = ("er", "or", "ist", "ian")
SAYING = {"say", "tell", "add", "write", "explain", "argue", "insist", "believe", "think",
          "feel", "note", "state", "claim", "contend", "stress", "maintain", "agree"}
COMPLAINING = {"complain", "complaint", "grumble", "gripe", "moan", "whine", "grouse",
               "bemoan", "lament", "carp"}
# lodging a complaint with someone: an accusation ("filed a complaint", "received complaints")
LODGING = {"file", "lodge", "make", "submit", "register", "receive", "bring", "log", "report",
           "investigate", "get"}
REQUEST_NOUNS = {"request", "application", "petition", "appeal", "bid", "motion", "plea",
                 "proposal", "demand", "claim", "applicant"}
DECIDING = {"approve", "deny", "reject", "grant", "consider", "review", "accept", "decline",
            "refuse", "table", "hear", "process", "uphold", "dismiss", "overturn", "rule",
            "vote", "endorse", "okay", "ok", "rubber-stamp", "veto", "turn", "discuss",
            "debate", "weigh"}


def _subjects(verb: Token) -> list[Token]:
    """The doers of a verb: its subjects, the agent of a passive, or those of the verb an
    infinitive or a conjoined verb without its own depends on ("met to discuss")."""
    node = verb
    for _ in range(3):
        found = [c for c in node.children if c.dep_ == "nsubj"]
        found += [g for c in node.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        if found:
            return found + [c for f in found for c in f.children if c.dep_ == "conj"]
        if node.dep_ not in {"xcomp", "advcl", "conj", "ccomp"} or node.head.i == node.i:
            return []
        node = node.head
    return []


def _sector(noun: Token) -> str | None:
    entry = get_matcher().lookup([noun.lemma_.lower()])
    return entry.sector if entry is not None else None


def _party(noun: Token) -> bool:
    """A participant that is a party: a named person, organisation or state, a personal
    pronoun, or a noun of people in the actor lexicon."""
    if noun.ent_type_ in PARTY_ENTS:
        return True
    if noun.ent_type_ or noun.pos_ not in NOUN_POS | {"PRON"}:
        return False  # a date, a street, a sum: no party
    if noun.pos_ == "PRON":
        return noun.lower_ not in {"it", "this", "that", "what", "which", "something",
                                   "anything", "nothing", "everything"}
    lemma = noun.lemma_.lower()
    if lemma in PEOPLE or _sector(noun) is not None or lemma.endswith(AGENTIVE):
        return True  # (an agent noun the lexicon lacks: "firefighters", "the developer")
    words = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    entry = get_matcher().lookup([*words, noun.lemma_.lower()]) if words else None
    return entry is not None  # "the police chief"


def person_hurt(verb: Token) -> bool:
    """Whether a verb of a blow is done to a person: its object, or its passive subject, is a
    person ("punched a teacher", "the woman was slapped", "kicked him"; not "kicked the ball",
    "punched the air", "slapped a fine on")."""
    hurt = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not hurt and verb.dep_ == "conj":  # "was punched and kicked by inmates"
        hurt = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    return bool(hurt) and all(_person(h) for h in hurt)


# verbs that drive people back with force ("pushed them back with shields")
DRIVING_BACK = {"push", "drive", "force", "shove", "beat"}


def pushed_back(verb: Token) -> bool:
    """``@pushed_back``: people driven back by force ("police pushed them back with shields",
    "officers drove the crowd back", "riot police forced the marchers back"); a deadline, a
    vote or a plan pushed back is none."""
    if verb.lemma_.lower() not in DRIVING_BACK or not any(
            c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children):
        return False
    driven = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    drivers = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(noun_class(d) not in {"person", "group", None} for d in drivers):
        return False  # "rising costs forced the company back", "the storm drove them back"
    return bool(driven) and all(_person(d) or d.lemma_.lower() in CROWDS for d in driven)


# gatherings of people one drives back ("drove the crowd back")
CROWDS = {"crowd", "crowds", "mob", "march", "procession", "throng", "demonstration"}


def _person(noun: Token) -> bool:
    """A person: a named one, a personal pronoun, a noun of people in general or of a role
    in the actor lexicon (not an organisation, a place or a thing)."""
    if noun.ent_type_ == "PERSON" or noun.lower_ in PERSONAL:
        return True
    if noun.ent_type_ or noun.pos_ not in NOUN_POS:
        return False
    lemma = noun.lemma_.lower()
    entry = get_matcher().lookup([lemma])
    return lemma in PEOPLE or lemma in VICTIMS or (entry is not None and entry.kind == "title")


def _objects(token: Token) -> list[Token]:
    """The things an act is about: objects, prepositional objects, and those of the verb of
    an infinitive complement ("agreed to delay the vote")."""
    out = [c for c in token.children if c.dep_ in {"dobj", "dative", "attr", "nsubjpass"}]
    out += [g for c in token.children if c.dep_ == "prep" for g in c.children
            if g.dep_ == "pobj"]
    for clause in (c for c in token.children if c.dep_ in {"xcomp", "ccomp", "advcl"}):
        out += _objects(clause)
    return out


def _local_body(noun: Token) -> bool:
    """A local body or its members ("the city council", "trustees", "council members",
    "members of the board")."""
    low = noun.lower_
    if noun.lemma_.lower() in {"member", "chair", "chairman", "chairwoman", "chairperson"}:
        owners = [c for c in noun.children if c.dep_ == "compound"]
        owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        return any(_local_body(o) for o in owners)
    lemma = noun.lemma_.lower()
    if lemma in LOCAL_MEMBERS or low in LOCAL_MEMBERS or low[:-1] in LOCAL_MEMBERS:
        return True  # "aldermen", "selectmen", "the councilwoman"
    if not (lemma in LOCAL_BODIES or low in LOCAL_BODIES or low[:-1] in LOCAL_BODIES):
        return False
    # a body of local government by its level ("the city council", "the zoning board",
    # "the board of supervisors"); a national or international one ("the Senate committee",
    # "the Security Council") is left to the other tests
    levels = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    levels += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(lv.lemma_.lower() in LOCAL_LEVELS or lv.lower_ in LOCAL_LEVELS
               for lv in levels) and deliberative_body(noun)


def body_business(token: Token, plover: str) -> bool:
    if plover not in BUSINESS_TYPES or token.pos_ not in VERB_POS:
        return False
    doers = _subjects(token)
    if not doers or not all(_local_body(d) for d in doers):
        return False
    return not any(_party(o) and not _local_body(o) for o in _objects(token))


def _present_simple(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        return not auxes
    return verb.tag_ == "VB" and bool(auxes) and all(
        a.lemma_.lower() == "do" and a.tag_ in {"VBZ", "VBP"} for a in auxes)


def _speaker(clause: Token) -> Token | None:
    """The subject of the verb of saying a clause is reported by ("residents say they ..")."""
    node = clause
    for _ in range(3):
        if node.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in SAYING:
            return next((c for c in node.children if c.dep_ == "nsubj"), None)
    return None


def _official(noun: Token) -> bool:
    """A political or security actor: a named one, or a noun of such a role."""
    sector = _sector(noun)
    if sector is not None:
        return sector in POLITICAL
    lemma = noun.lemma_.lower()
    if noun.is_sent_start and noun.lower_.endswith("s") and (
            lemma in PEOPLE or lemma.endswith(AGENTIVE)):
        return False  # "Neighbours complained", "Shoppers say": a capital the tagger took
    return noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or noun.pos_ == "PROPN"


def held_opinion(token: Token, plover: str) -> bool:
    if plover not in {"SUPPORT", "REJECT", "AGREE"} or token.pos_ not in VERB_POS or \
            token.lemma_.lower() not in ATTITUDES or not _present_simple(token):
        return False
    holders = [c for c in token.children if c.dep_ == "nsubj"]
    if len(holders) != 1:
        return False
    holder = holders[0]
    if holder.pos_ == "PRON":
        speaker = _speaker(token)
        if speaker is not None and speaker.pos_ != "PRON":
            return not _official(speaker)  # "residents say they oppose the plan"
        return holder.lower_ in SPEAKERS or speaker is not None
    return not _official(holder) and not any(c.dep_ in {"det", "poss"} and c.lower_ in {
        "its", "their"} for c in holder.children)


def thing_complaint(token: Token, plover: str, is_event_word: Callable[[str], bool]) -> bool:
    if plover != "ACCUSE" or token.lemma_.lower() not in COMPLAINING:
        return False
    if token.pos_ in NOUN_POS and token.dep_ in {"dobj", "nsubjpass", "pobj"} and \
            token.head.lemma_.lower() in LODGING:
        return False  # "filed a complaint", "police received a complaint"
    if any(c.dep_ == "prep" and c.lower_ in {"to", "with"} for c in token.children):
        return False  # "complained to the police"
    about = [c for c in token.children if c.dep_ == "dobj"]
    about += [g for c in token.children if c.dep_ == "prep" and c.lower_ in {
        "about", "of", "over", "at", "regarding"} for g in c.children
        if g.dep_ in {"pobj", "pcomp"}]
    about += [s for c in token.children if c.dep_ == "ccomp" for s in c.children
              if s.dep_ in {"nsubj", "nsubjpass"}]
    if not about or any(c.dep_ == "prep" and c.lower_ == "against" for c in token.children):
        return False
    if any(_official(d) for d in _subjects(token)):
        return False  # "summoned the ambassador to complain of": a diplomatic protest
    # a party, or an act someone did ("complained about the arrests of its citizens")
    return not any(_party(a) or any(is_event_word(t.lemma_.lower()) for t in a.subtree) or
                   any(_party(g) for g in a.children if g.dep_ == "poss") for a in about)


def decided_request(token: Token, plover: str) -> bool:
    if plover != "REQUEST" or token.pos_ not in NOUN_POS or \
            token.lemma_.lower() not in REQUEST_NOUNS:
        return False
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in {"on", "down"}:
        node = node.head  # "voted on the request", "turned down the request"
    return node.dep_ in {"dobj", "nsubjpass", "prep"} and \
        node.head.lemma_.lower() in DECIDING


def civic_sense(token: Token, plover: str,
                is_event_word: Callable[[str], bool] = lambda _: False) -> str | None:
    """Why ``token`` names no act of ``plover`` between parties (None: it may be one)."""
    if body_business(token, plover):
        return "business of a local body"
    if held_opinion(token, plover):
        return "opinion"
    if thing_complaint(token, plover, is_event_word):
        return "complaint about a thing"
    if decided_request(token, plover):
        return "request decided on"
    return None
