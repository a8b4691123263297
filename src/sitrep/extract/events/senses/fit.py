"""Whether a trigger's arguments fit its type: each PLOVER type states what its arguments must
be, and a trigger whose arguments are of another kind names no act of that type (or one of the
type they fit).

The kind of an argument (``noun_class``) comes from its entity label (a person, a group, a
place, money) or, for a common noun, from the class WordNet gives its first sense
(``resources/noun_classes.tsv``: artifact, person, group, location, possession, act, event,
phenomenon, or an abstraction: attribute, cognition, communication, state, ...). Only the head
of an argument of a candidate trigger is looked up (one cached dictionary look-up), never every
token. Phrasal units are read as wholes first ("freeze out", "call in", "pull out of").

- **AID** is goods, money, services or personnel going to another party: a message sent
  ("sent telegrams", "sent a fax to police", "sent his congratulations") passes on words, and a
  suspect or a prisoner handed over is an extradition (COOPERATE); contributing to an aim
  ("contributing to safeguarding peace") gives nothing;
- **RETREAT** (withdraw, release) is forces or a party leaving a place or an agreement, or a
  person freed from custody: a person pulled, freed or evacuated out of a thing ("pulled the
  child out of the pool", "freed the driver from the wreckage", "evacuated from a second floor
  suite") is a rescue; leaving a town, a country, prison or captivity stays;
- **ASSAULT** is a physical act on people or property: an abuse of a power or an office, a blow
  struck for a principle, a fight for a person ("the fight for Elian") or an idea are no
  violence, and a clash between two named people is a quarrel;
- **REQUEST** is a demanded act or thing from a party: seeking an office or a term of one is a
  candidacy, calling in with no object ("called in sick") is no appeal; seeking damages is a
  lawsuit (ACCUSE);
- **PROTEST**: demonstrating, marching or rallying something ("demonstrate the safety of the
  produce", "rallied support") shows or gathers it, no protest;
- **SANCTION**: freezing someone out sidelines them; it stops no tie or asset; phrasal units
  name no event of any type ("wound up his speech", "fired up the crowd", "struck up a
  friendship", "prices shot up"); a demand in a quotation ("Give me everything you got!") gives
  nothing; firing or shooting a team to a result ("fire Egypt to a World Cup appearance") is a
  contest; custody of kin ("released into the custody of relatives") is no arrest; the
  infinitive of a request ("called for a conference to discuss oil") is not done;
- **MOBILIZE** (``patrol_mode``): a patrol by armed forces or their craft deploys troops, not
  police ("the aircraft carrier is patrolling the Gulf").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import american
from sitrep.extract.events.senses.public.elections import attack_in_words
from sitrep.resources import noun_classes

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
ENTITY_CLASSES = {"PERSON": "person", "NORP": "group", "ORG": "group", "GPE": "location",
                  "LOC": "location", "FAC": "artifact", "MONEY": "possession",
                  "DATE": "time", "TIME": "time", "PERCENT": "quantity"}
# WordNet's classes of abstractions: no person, group, place or thing
ABSTRACT = {"attribute", "cognition", "communication", "feeling", "motive", "relation", "shape",
            "state", "time"}
# things, places and beings: what a physical act can be done to
PHYSICAL = {"artifact", "object", "substance", "food", "body", "plant", "animal", "location",
            "person", "group", "possession"}
# the machines and carriers of messages, whose first sense WordNet gives as the device
MESSAGE_THINGS = {"fax", "telex", "cable", "telegram", "wire", "card", "postcard", "e-mail",
                  "email", "text", "tweet", "letter", "note", "memo", "dispatch", "envelope"}
# what is given as aid although WordNet files it under an abstraction ("sent aid", "provided
# support", "offered assistance", "gave information"): the services of the family
AID_WORDS = {"aid", "support", "assistance", "help", "relief", "protection", "care",
             "training", "advice", "expertise", "intelligence", "information", "backing",
             "funding", "credit", "loan", "asylum", "shelter", "refuge", "access", "treatment",
             "medicine", "supply", "supplies", "service", "services"}
GIVING = {"send", "give", "hand", "provide", "deliver", "dispatch", "donate", "supply",
          "contribute", "ship", "transfer", "airlift", "fly", "offer", "extend", "grant"}
# people held: handed over, they are extradited or transferred, not given as aid
HELD_PEOPLE = {"suspect", "prisoner", "detainee", "fugitive", "convict", "accused", "captive",
               "defendant", "inmate", "criminal", "culprit", "offender", "escapee", "deserter",
               "body", "remains"}
MOVING_OUT = {"pull", "free", "release", "evacuate", "rescue", "extricate", "drag", "lift",
              "haul", "cut", "airlift", "get", "take", "bring", "carry", "save"}
# where a person is held: leaving it is a release, not a rescue
CUSTODY = {"prison", "jail", "gaol", "custody", "detention", "captivity", "cell", "dungeon",
           "penitentiary", "lockup", "camp", "captor", "kidnapper", "abductor", "hostage-taker",
           "arrest", "confinement", "internment", "bondage", "slavery", "hand", "hands",
           "clutch", "clutches", "grip", "control", "siege", "blockade"}
# offices and terms of them: what a candidate seeks or a holder abuses
OFFICES = {"office", "post", "position", "seat", "term", "presidency", "premiership",
           "chairmanship", "chancellorship", "governorship", "mayoralty", "mandate", "role",
           "job", "title", "nomination", "candidacy", "re-election", "reelection", "election",
           "crown", "throne", "leadership", "power", "authority", "trust", "privilege",
           "discretion", "influence", "status", "rank", "majority"}
# what a plaintiff seeks from a defendant in court: a lawsuit, an ACCUSE (compensation sought
# from a party stays a REQUEST)
REDRESS = {"damage", "damages", "restitution"}
# the blows and fights whose "for" or "against" names their cause ("a blow for the principle")
CAUSE_NOUNS = {"blow", "battle", "fight", "struggle", "war", "crusade", "campaign"}
SHOWING = {"demonstrate", "march", "rally", "parade"}
# words of place the parser may take for a modifier of a marched or rallied place
PLACE_WORDS = {"outside", "near", "across", "through", "around", "past", "inside", "along",
               "toward", "towards", "in", "on", "at", "to", "into", "before", "downtown",
               "uptown", "midtown", "home", "there", "here", "overnight", "again", "today"}
# stances a crowd demonstrates by protesting ("demonstrated their anger", "their opposition"):
# feelings and acts by their WordNet class, and these
STANCES = {"solidarity", "unity", "defiance", "resolve", "dissent", "disapproval", "commitment",
           "determination", "rejection", "disagreement", "grievance", "demand"}
# people held by someone: freed from any place, they are released
HELD = HELD_PEOPLE | {"hostage", "captive", "abductee", "slave"}
# words that mark a person as held ("the kidnapped girl", "kidnap victims")
CAPTIVITY = {"kidnap", "kidnapping", "kidnapped", "abduct", "abducted", "abduction", "hostage",
             "hold", "held", "detain", "detained", "trafficking", "traffic", "trafficked",
             "enslave", "enslaved", "captive", "imprison", "imprisoned", "jail", "jailed"}
# a phrasal unit and the sense it gives its verb whatever the verb's own ("froze out his aide")
PHRASAL = {("freeze", "out"): "sidelining", ("call", "in"): "calling in",
           ("wind", "up"): "ending", ("wound", "up"): "ending", ("wind", "down"): "ending",
           ("wound", "down"): "ending", ("fire", "up"): "rousing",
           ("strike", "up"): "starting", ("kick", "off"): "starting",
           ("shoot", "up"): "rising", ("blow", "over"): "passing"}
# results one is propelled to in a contest ("helped fire Egypt to a World Cup appearance",
# "shot the team to victory", "powered them to the title")
RESULTS = {"victory", "win", "title", "championship", "appearance", "final", "semifinal",
           "semi-final", "triumph", "glory", "promotion", "qualification", "lead", "place",
           "cup", "medal", "trophy", "crown", "playoff", "playoffs", "success", "draw"}
# requests whose infinitive of purpose is what is asked for, not done ("called for a
# conference to discuss")
ASKING = {"call", "urge", "demand", "ask", "appeal", "press", "push", "request", "propose",
          "suggest", "seek", "plead", "petition", "invite"}
# kin and guardians: a person in their custody is looked after, not held
KIN = {"relative", "parent", "mother", "father", "family", "grandparent", "grandmother",
       "grandfather", "aunt", "uncle", "guardian", "sister", "brother", "cousin", "mom", "dad",
       "grandma", "grandpa", "stepfather", "stepmother", "sibling", "kin", "kinsman"}


@cache
def _classes() -> dict[str, str]:
    return noun_classes()


def word_class(noun: Token) -> str | None:
    """The class of the first WordNet sense of ``noun``'s lemma (or form), whatever entity the
    recogniser made it part of ("a robbery last year" tagged DATE is still an act)."""
    classes = _classes()
    lemma = noun.lemma_.lower()
    return (classes.get(lemma) or classes.get(noun.lower_)
            or classes.get(american(lemma)))  # "organiser", "organisation"


def noun_class(noun: Token) -> str | None:
    """The kind of thing ``noun`` names: its entity's class, or the class of the first WordNet
    sense of its lemma (or form); None when neither is known."""
    if noun.ent_type_ in ENTITY_CLASSES:
        return ENTITY_CLASSES[noun.ent_type_]
    if noun.pos_ == "PRON":
        return "person" if noun.lower_ not in {"it", "this", "that", "one"} else None
    return word_class(noun)


def _head(noun: Token) -> Token:
    """The noun a partitive stands for ("two of the suspects", "a series of emails")."""
    if noun.pos_ == "NUM" or noun.lemma_.lower() in {"series", "number", "couple", "pair",
                                                         "batch", "one", "some", "all"}:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            return next((g for g in prep.children if g.dep_ == "pobj"), noun)
    return noun


def _objects(verb: Token) -> list[Token]:
    out = [_head(c) for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    for conj in [o for o in out]:
        out += [c for c in conj.conjuncts if c.pos_ in NOUN_POS]
    return out


def _pobjs(token: Token, preps: set[str]) -> list[Token]:
    """The objects of the prepositions ``preps`` on ``token`` ("out of the pool", "from
    underneath the car": the object of the inner preposition)."""
    out: list[Token] = []
    for prep in (c for c in token.children if c.dep_ in {"prep", "prt", "advmod"}
                 and c.lower_ in preps):
        for g in prep.children:
            if g.dep_ == "pobj":
                out.append(g)
            elif g.dep_ in {"prep", "pcomp"} and g.pos_ == "ADP":  # "out of", "from underneath"
                out += [h for h in g.children if h.dep_ == "pobj"]
    return out


def _particle(token: Token) -> str | None:
    return next((c.lower_ for c in token.children if c.dep_ == "prt"), None)


def phrasal_sense(token: Token) -> str | None:
    """The sense of a phrasal unit read as a whole ("freezing out his aide": sidelining; "called
    in sick", "called in to the show": no appeal; "called in the army" is one)."""
    if token.pos_ not in VERB_POS:
        return None
    particle = _particle(token) or ""
    sense = PHRASAL.get((token.lemma_.lower(), particle)) or PHRASAL.get((token.lower_,
                                                                          particle))
    if sense == "calling in" and any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children):
        return None
    return sense


def _message(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in AID_WORDS or noun.lower_ in AID_WORDS:
        return False
    return lemma in MESSAGE_THINGS or noun_class(noun) == "communication"


def _imperative(verb: Token) -> bool:
    """A command ("Give me everything you got!"): a bare verb with no subject or auxiliary."""
    quoted = verb.i > 0 and verb.doc[verb.i - 1].is_quote  # 'said, "Give me ...'
    return verb.tag_ == "VB" and (verb.dep_ in {"ROOT", "ccomp", "parataxis"} or quoted) and \
        not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}
                for c in verb.children)


def _aid_misfit(token: Token) -> str | None:
    if token.pos_ not in VERB_POS or token.lemma_.lower() not in GIVING:
        return None
    if _imperative(token) and any(c.lower_ in {"me", "us"} for c in token.children):
        return "demand"  # "Give me everything you got!": a demand, no gift
    given = _objects(token)
    if given and all(_message(g) for g in given):
        return "message"  # "sent telegrams to the presidents"
    if not given and token.lemma_.lower() == "contribute":
        aims = _pobjs(token, {"to", "towards", "toward"}) + [
            g for p in token.children if p.dep_ == "prep" for g in p.children
            if g.dep_ == "pcomp"]  # "contributing to safeguarding peace"
        if aims and all(a.pos_ == "VERB" or noun_class(a) in ABSTRACT for a in aims):
            return "aim"  # "contributing to safeguarding peace"
    return None


def _person(noun: Token) -> bool:
    return noun_class(noun) == "person" or noun.lower_ == "people" or (
        noun.pos_ == "NUM" and any(c.lower_ == "people" for c in noun.children))


def _rescue(token: Token) -> bool:
    """A person pulled, freed or evacuated out of a thing, not out of custody or a place."""
    if token.pos_ not in VERB_POS or token.lemma_.lower() not in MOVING_OUT:
        return False
    moved = _objects(token)
    if not moved and token.dep_ == "xcomp":  # "two people had to be evacuated from"
        moved = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not moved or not all(_person(m) for m in moved):
        return False
    if any(m.lemma_.lower() in HELD or any(
            c.dep_ in {"amod", "compound"} and c.lemma_.lower() in CAPTIVITY
            for c in m.children) for m in moved):
        return False  # "freed the hostages from the building", "20 kidnap victims": a release
    sources = _pobjs(token, {"out", "from", "of", "underneath", "under", "beneath"})
    if not sources:
        return False
    for source in sources:
        lemma = source.lemma_.lower()
        if lemma in CUSTODY or source.ent_type_ in {"GPE", "LOC", "ORG", "NORP", "PERSON"}:
            return False
        if any(c.dep_ in {"poss", "compound"} and c.lemma_.lower() in CUSTODY
               for c in source.children):
            return False  # "from a kidnapper's car"
        if noun_class(source) not in PHYSICAL - {"location", "person", "group", "possession"} \
                and lemma not in {"suite", "apartment", "flat", "room", "floor", "home"}:
            return False
    return True


def _assault_misfit(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma == "abuse" and token.pos_ in VERB_POS:
        abused = _objects(token)
        if abused and all(a.lemma_.lower() in OFFICES or noun_class(a) in ABSTRACT
                          for a in abused):
            return "abuse of office"  # "abused the power given to her"
    causes: list[Token] = []
    if lemma in CAUSE_NOUNS and token.pos_ in NOUN_POS:
        causes = _pobjs(token, {"for", "of", "over"})
    for blow in (c for c in token.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in CAUSE_NOUNS):
        causes += _pobjs(blow, {"for", "against", "to"})  # "striking a blow for the principle"
    if causes and all(c.ent_type_ == "PERSON" or (not c.ent_type_ and
                                                   noun_class(c) in ABSTRACT)
                      for c in causes):
        return "figurative"
    if token.pos_ in VERB_POS and any(c.dep_ == "dobj" for c in token.children) and any(
            r.lemma_.lower() in RESULTS for r in _pobjs(token, {"to", "into"})):
        return "contest"  # "helped fire Egypt to a World Cup appearance"
    if lemma == "clash":
        sides = [c for c in token.children if c.dep_ in {"nsubj", "poss"}]
        sides += _pobjs(token, {"with", "between"})
        if len(sides) >= 2 and all(s.ent_type_ == "PERSON" for s in sides):
            return "quarrel"  # "Kelly has clashed with Kushner"
    return None


# what WordNet files first under an abstraction although it is mostly a thing or a place that
# can be attacked ("hit the target", "the rebel compound", "the square", "bombed the concert")
PHYSICAL_SENSES = {"target", "compound", "square", "concert", "festival", "newspaper",
                   "magazine", "channel", "website", "ballot", "march", "mass", "station",
                   "cinema", "theater", "theatre", "premises", "force", "forces",
                   "gas", "security", "detail", "presence", "press", "radio", "television",
                   "tv", "broadcast", "command", "post", "office",
                   # what armed forces hold ("struck rebel bases", "hit military installations")
                   "base", "bases", "installation", "installations"}
# what is held over a place or a people: taking it is a battle or a coup ("took control of
# the border", "seized power")
HOLDINGS = {"control", "power", "command", "possession", "hold", "grip", "charge",
            "ownership", "custody", "authority", "sovereignty"}
# verbs whose object is what is thrown or fired, not the patient ("fired tear gas at the
# crowd", "launched rockets", "dropped a bomb")
THROWING = {"fire", "launch", "throw", "hurl", "lob", "drop", "detonate", "plant", "fling",
            "toss", "explode", "set", "shoot", "spray", "pelt"}
# verbs that break an agreement: their object is a state by nature ("violated the truce")
BREAKING = {"violate", "breach", "break", "flout", "defy",
            "execute"}  # (and executing a thing: ``discharge.executed_thing``)
# verbs of fighting whose object may be a happening one combats ("battled the blaze", "fought
# the flood"), each with its inflections through the lemma
FIGHTING = {"fight", "battle", "combat", "tackle", "contain", "struggle"}
# happenings and conditions of nature one fights without fighting anyone
HAPPENINGS = {"event", "phenomenon", "process", "state"}
# verbs of killing: only a living being or a body of them dies ("killed the deal", "killed the
# engine", "killed the lights" end things, no one is killed)
KILLING = {"kill", "murder", "slay", "slaughter", "massacre", "assassinate"}
# harm only a body can suffer: done to a place, a trade or a firm, a figure ("strangling the
# economy", "choking small firms"); people and animals stay
STRANGLING = {"strangle", "choke", "suffocate", "throttle", "smother", "asphyxiate", "garrotte",
              "garrote", "strangulate"}
BODIES = {"person", "animal"}


def _patients(token: Token) -> list[Token]:
    """What a physical act is done to: the verb's object or passive subject ("hit the jackpot",
    "the jackpot was hit"), or the object of "on", "against" or "upon" after the noun ("the
    battle against the craze"); dates and times are no patients ("on Monday")."""
    if token.pos_ in VERB_POS:
        return _objects(token)
    if token.pos_ not in NOUN_POS:
        return []
    return [g for g in _pobjs(token, {"on", "against", "upon"})
            if g.ent_type_ not in {"DATE", "TIME"}]


# words for a part or a number of a whole, whose "of" names what is meant ("scores of
# refugees", "part of the stronghold", "the majority of the houses")
PARTS = {"part", "score", "majority", "minority", "number", "portion", "section", "rest",
         "most", "many", "several", "few", "half", "third", "quarter", "share", "remainder",
         "bulk", "lot", "handful", "fraction", "dozen", "hundred", "thousand", "million"}


def _whole(noun: Token) -> Token:
    """The whole a part or a number stands for ("tortured scores of refugees": the
    refugees)."""
    lemma = noun.lemma_.lower()
    if lemma in PARTS or noun.lower_ in PARTS or noun_class(noun) == "quantity":
        return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), noun)
    return noun


def _urged(token: Token) -> bool:
    """The act is in a clause of what must or should be done ("must help with the battle
    against the crisis"): an appeal, which other rules type."""
    node = token
    for _ in range(8):
        if any(c.dep_ == "aux" and c.lower_ in {"must", "should", "ought"}
               for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _abstraction(noun: Token, classes: set[str]) -> bool:
    """``noun`` names no person, group, place or thing: its WordNet class is one of
    ``classes`` and no entity label or word of a physical sense says otherwise."""
    if noun.ent_type_ and noun.ent_type_ not in {"DATE", "TIME", "PERCENT", "QUANTITY"}:
        return False
    lemma = noun.lemma_.lower()
    if lemma in PHYSICAL_SENSES or noun.lower_ in PHYSICAL_SENSES or lemma in HOLDINGS:
        return False  # (control of a place is taken in battle: ``words._control_of_things``)
    if any(t.like_num for t in noun.subtree) or noun.pos_ not in NOUN_POS:
        return False  # "struck the 17-year-old", "killed the elderly": people named by age
    return noun_class(noun) in classes


# what a camera shoots ("shooting footage", "shot a music video", "shoot the final scene")
IMAGES = {"footage", "photo", "photograph", "picture", "pic", "clip", "scene", "video", "film",
          "movie", "commercial", "episode", "documentary", "sequence", "take", "selfie",
          "portrait", "snapshot", "image", "still", "advert", "ad", "pilot", "feature", "reel"}


def abstract_patient(token: Token, plover: str) -> bool:
    """A physical act done to an abstraction is a figure of speech: "hit the jackpot", "killed
    the mood", "attacked the notion", "the battle against the latest craze" (ASSAULT), "captured
    the heat", "prevented pollution" (COERCE); killing a deal, a bill or an engine ends a thing,
    no being; fighting a happening of nature or a condition is
    no fight with anyone ("battled the blaze", "firefighters battled the incident"). Read from
    the WordNet class of the patient's head (``noun_class``); breaking an agreement keeps its
    object ("violated the truce"), and people, groups, places and things stay."""
    lemma = token.lemma_.lower()
    if plover == "ASSAULT" and lemma == "shoot" and (shot := _patients(token)) and all(
            _whole(p).lemma_.lower() in IMAGES for p in shot):
        return True  # "spent three days shooting footage": a camera's shot
    if lemma in BREAKING or (lemma in THROWING and token.pos_ in VERB_POS):
        return False
    if plover == "ASSAULT" and lemma in STRANGLING and (bodies := _patients(token)):
        return all(p.ent_type_ != "PERSON" and noun_class(p) not in BODIES | {None}
                   for p in map(_whole, bodies))  # "strangling the economy", "the port"
    if plover == "ASSAULT":
        classes = set(ABSTRACT)
        if lemma in FIGHTING:
            classes |= HAPPENINGS
        if lemma in KILLING and token.pos_ in VERB_POS:
            classes |= {"act", "communication", "artifact", "phenomenon", "event", "process"}
    elif plover == "COERCE" and lemma in {"capture", "catch", "prevent", "stop"}:
        classes = ABSTRACT | HAPPENINGS
    else:
        return False
    patients = [_whole(p) for p in _patients(token)]
    if _urged(token) or attack_in_words(token, plover):
        return False  # "must help with the battle against", "attacked his record in a debate"
    if plover == "COERCE" and any(p.lemma_.lower() in AID_WORDS for p in patients):
        return False  # "prevented aid from reaching the town": a restriction
    return bool(patients) and all(_abstraction(p, classes) for p in patients)


# bodies that compete in games and markets, not with arms: an ASSAULT they do is a move in a
# match or a market ("the two teams will clash", "his side's attack", "the firm attacked the
# market", "the bank raided its reserves"), each with its plural through the lemma
SIDES = {"team", "club", "squad", "eleven", "varsity", "franchise"}
# what a team of a game may be called by ("the visiting team", "the football club"); any other
# modifier may make it an armed body ("an elite squad", "a death squad", "the hit team")
GAME_MODIFIERS = {"visiting", "home", "opposing", "rival", "winning", "losing", "national",
                  "local", "junior", "senior", "youth", "host", "unbeaten", "defending",
                  "football", "soccer", "basketball", "baseball", "hockey", "rugby", "cricket",
                  "volleyball", "softball", "lacrosse", "tennis", "netball", "handball", "school",
                  "college", "university", "varsity", "women", "men", "girls", "boys", "two",
                  "both", "other", "whole"}
FIRMS = {"company", "firm", "corporation", "conglomerate", "business", "retailer", "bank",
         "startup", "start-up", "manufacturer", "maker", "automaker", "carmaker", "insurer",
         "lender", "airline", "chain", "brand", "bidder", "supplier", "distributor",
         "publisher", "broadcaster", "studio", "fund", "investor"}
# what makes a body an armed one, or its act real: arms, forces, those who fight at matches
ARMED_WORDS = {"swat", "police", "security", "army", "military", "rebel", "militia", "gang",
               "gunman", "gunmen", "guard", "soldier", "troop", "fighter", "militant", "fan",
               "supporter", "hooligan", "mob", "gun", "rifle", "pistol", "knife", "bomb",
               "grenade", "weapon", "bat", "stick", "rescue", "bomb-disposal", "assault"}


def _doers(token: Token) -> list[Token]:
    """Who does the act: the subject of the verb (of its first conjunct or the verb it
    completes), the agent of a passive, the possessor of a noun ("his side's attack")."""
    if token.pos_ in NOUN_POS:
        return [c for c in token.children if c.dep_ == "poss"]
    verb = token
    while verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for a in token.children if a.dep_ == "agent" for g in a.children
              if g.dep_ == "pobj"]
    return [_head(d) for d in doers]


def unarmed_body(token: Token) -> str | None:
    """An ASSAULT done by a team or a firm is a move in a game or a market ("the two teams will
    clash", "the squad battled back", "the firm attacked the market", "the bank raided its
    reserves"); a body named with arms or force ("a SWAT team", "a team of gunmen", "the
    security company's guards") or a clause with arms or fans keeps the violence real."""
    doers = _doers(token)
    if not doers or token.pos_ not in VERB_POS | NOUN_POS:
        return None
    kinds = set()
    for doer in doers:
        lemma = doer.lemma_.lower()
        if doer.ent_type_ in {"PERSON", "GPE", "NORP", "LOC", "FAC"}:
            return None
        if any(w.lower_ in ARMED_WORDS or w.lemma_.lower() in ARMED_WORDS
               for w in doer.subtree if w.i != doer.i):
            return None  # "a SWAT team", "a team of gunmen"
        if lemma in SIDES or doer.lower_ in SIDES:
            if any(c.dep_ in {"amod", "compound", "nmod", "prep"} and
                   c.lower_ not in GAME_MODIFIERS and c.lemma_.lower() not in GAME_MODIFIERS
                   for c in doer.children):
                return None  # "an elite squad", "a death squad", "a team of"
            kinds.add("sport")
        elif lemma in FIRMS or doer.lower_ in FIRMS:
            kinds.add("market")
        else:
            return None
    if any(w.lemma_.lower() in ARMED_WORDS or w.lower_ in ARMED_WORDS
           for w in token.subtree if w.i != token.i):
        return None  # "the team's bus was attacked by fans"
    return "sport" if "sport" in kinds else "market"


def _request_misfit(token: Token) -> str | None:
    if token.lemma_.lower() != "seek" or token.pos_ not in VERB_POS:
        return None
    sought = [s for s in _objects(token) if len(s.text) > 2]  # "re", "-" of "re-election"
    if sought and all(s.lemma_.lower() in OFFICES or s.lower_ in OFFICES for s in sought):
        return "candidacy"  # "seeking his fourth term", "seeking re-election"
    return None


def _asked_for(token: Token) -> bool:
    """The infinitive of purpose of a request: "called for a conference to discuss"."""
    return token.pos_ in VERB_POS and token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in token.children) and \
        token.head.lemma_.lower() in ASKING


def _guardianship(token: Token) -> bool:
    """Custody of kin: "released into the custody of relatives"."""
    if token.lemma_.lower() != "custody" or token.pos_ not in NOUN_POS:
        return False
    keepers = _pobjs(token, {"of"})
    keepers += [c for c in token.children if c.dep_ == "poss"]
    return bool(keepers) and all(k.lemma_.lower() in KIN for k in keepers)


def misfit(token: Token, plover: str) -> str | None:
    """Why the arguments of ``token`` do not fit ``plover`` (None: they may)."""
    phrasal = phrasal_sense(token)
    if phrasal:
        return phrasal
    if plover in {"CONSULT", "AGREE", "COOPERATE"} and _asked_for(token):
        return "asked for"
    if plover == "COERCE" and _guardianship(token):
        return "guardianship"
    if plover == "AID":
        return _aid_misfit(token)
    if plover == "RETREAT" and _rescue(token):
        return "rescue"
    if plover in {"ASSAULT", "COERCE"} and abstract_patient(token, plover):
        return "figurative"
    if plover == "ASSAULT" and unarmed_body(token):
        return unarmed_body(token)
    if plover == "ASSAULT":
        return _assault_misfit(token)
    if plover == "REQUEST":
        return _request_misfit(token)
    if plover == "PROTEST" and token.lemma_.lower() in SHOWING and token.pos_ in VERB_POS:
        doc = token.doc
        shown = [c for c in token.children if c.dep_ in {"dobj", "ccomp"} and not (
            c.ent_type_ in {"GPE", "LOC", "FAC"} or c.lower_ in PLACE_WORDS or any(
                t.lower_ in PLACE_WORDS for t in doc[token.i + 1:c.i]))]  # "rallied outside
        # parliament", "marched downtown": a place the parser took for an object
        stance = token.lemma_.lower() == "demonstrate" and any(  # ("rallied support")
            c.lemma_.lower() in STANCES or noun_class(c) in {"feeling", "act"} for c in shown)
        if shown and not stance:
            return "showing"  # "demonstrate the safety of UK produce" (not "their anger")
    return None


def fitting_type(token: Token, plover: str) -> str:
    """The type the arguments of ``token`` fit where they fit another: seeking damages from
    someone is a lawsuit (ACCUSE); a suspect or a prisoner handed over is an
    extradition (COOPERATE), not aid."""
    if plover == "AID" and token.lemma_.lower() in GIVING and token.pos_ in VERB_POS:
        given = _objects(token)
        if given and all(g.lemma_.lower() in HELD_PEOPLE for g in given):
            return "COOPERATE"  # "handed over a suspect to Kenya"
    if plover == "REQUEST" and token.lemma_.lower() == "seek" and token.pos_ in VERB_POS:
        sought = _objects(token)
        if sought and all(s.lemma_.lower() in REDRESS or any(
                g.lemma_.lower() in REDRESS for g in _pobjs(s, {"in"})) for s in sought):
            return "ACCUSE"  # "seeking $3 million in damages from the board"
    return plover


# armed forces and their craft: a patrol of theirs is a deployment of troops, not police
FORCES = {"army", "navy", "military", "soldier", "troop", "troops", "marine", "sailor",
          "airman", "paratrooper", "commando", "battalion", "brigade", "regiment", "division",
          "fleet", "squadron", "warship", "frigate", "destroyer", "carrier", "cruiser",
          "submarine", "corvette", "gunboat", "vessel", "ship", "jet", "fighter", "bomber",
          "aircraft", "helicopter", "drone", "tank", "peacekeeper", "legionnaire"}


def patrol_mode(token: Token, mode: str | None) -> str | None:
    """The mode of a patrol read from the patroller: armed forces and their ships, aircraft
    and vehicles deploy troops ("the aircraft carrier is patrolling the Gulf"); police patrol
    as police."""
    if mode != "police" or token.lemma_.lower() != "patrol":
        return mode
    doers = [c for c in token.children if c.dep_ in {"nsubj", "agent", "compound"}]
    doers = [next((g for g in d.children if g.dep_ == "pobj"), d) if d.dep_ == "agent" else d
             for d in doers]
    if doers and all(d.lemma_.lower() in FORCES or d.lower_ in FORCES or any(
            c.dep_ == "compound" and c.lemma_.lower() in FORCES for c in d.children)
            for d in doers):
        return "troops"
    return mode

