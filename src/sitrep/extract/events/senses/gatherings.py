"""Gatherings that protest (PROTEST/demo), read from the parse:

- **a crowd assembled to demand**: "relatives gathered outside the prison demanding
  information", "crowds converged on the square to demand the release of the activists": a verb
  of assembling (``ASSEMBLING``) with a clause or a purpose of demanding, chanting, denouncing
  or calling for something (``CLAIMING``), or gathered as partisans ("several hundred
  supporters who gathered outside the gendarmerie"), as an angry crowd, or holding up signs
  ("gathered outside the embassy holding Ukrainian flags"); people gathered to wait, to mourn
  or to watch a match are no protest;
- **pots and pans banged by many** (a cacerolazo): "thousands banged pots and pans in the
  square"; a cook who bangs the pots is not;
- **symbols burned** (``symbol_burned``): "protesters burned American flags", "burnt an effigy
  of the president", "set fire to portraits of the prime minister": a demonstration (PROTEST),
  no attack (ASSAULT); burning a police station, cars or a house stays an attack.

A **demand a protest voices** (``voiced_demand``): "nurses marched to the ministry demanding
higher pay", "farmers blocked the highway to demand lower fuel prices", "teachers went on
strike, demanding back pay", "relatives marched, holding photographs and calling for an
inquiry": the demand is what the protest is about, part of the PROTEST, no REQUEST of its own.
A demand with its own subject ("the union demanded higher pay"), or voiced by an act that is
no protest ("seized the convoy, demanding", "issued a statement demanding", "summoned the
ambassador, demanding an explanation"), stays a REQUEST.

A **gathering as the setting** of a speech or a journey (``gathering_as_setting``): "the
minister, speaking at a rally in the capital", "a lecturer who had spoken at the march", "she was
stopped as she returned from a rally", "due to address a rally", "detained ahead of a planned
rally": the speaker, the traveller or the arrest is the news, the gathering the place or the
time; no PROTEST of its own. A gathering a verb acts on ("fired tear gas at a rally", "broke up
a march", "thousands attended a rally"), and one the main clause tells someone spoke at ("the
opposition leader spoke at the rally on Sunday": he took part), stay.

A **protest called** (``protest_called``): "the federation called a general strike for
Monday", "the committee called a sit-in outside the press club", "traders called a two-hour
shutdown of stores": a body calling people out to a protest is a REQUEST of its own (the
protest is its own PROTEST); a call still to be made ("would call a strike if ...",
"threatened to call a strike") is none; naming one ("called the strike a success", "called the protest
illegal") is none.

A **blockade by civilians** (``civil_blockade``): "truck drivers staged a blockade of the
highway", "miners mounted a blockade", "a mototaxi driver who joined the blockade": a
protest that obstructs (PROTEST/obstruct), no coercion; a blockade by forces or armed groups
("Croatian forces tightened their blockade of the barracks", "under a blockade by armed
groups", "a blockade of highways that the rebels declared") stays COERCE.

A **road blocked by attackers** (``armed_obstruction``): "gunmen blocked the highway and fired at
vehicles", "the attackers blocked the road with logs, shot out the tyres", "unidentified men set
fire to two cars and blocked a road": a tactic of their attack, no protest; a road blocked by
residents, drivers or a state's forces stays what it was.

And a show that harms no one: **shots fired into the air or the sky** (``fired_into_air``:
"fired automatic weapons into the air", "fired warning shots into the air") is no attack,
unless the shots have a target as well ("fired at drones in the air").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.senses.courts.searches import IRREGULARS
from sitrep.nlp.scans import hyphen_word
from sitrep.records import Actor

# verbs of people coming together in one place (lemmas)
ASSEMBLING = {"gather", "assemble", "converge", "congregate", "mass", "throng", "flock",
              "rally"}
# what a protesting crowd does while or in order to assemble (lemmas)
CLAIMING = {"demand", "chant", "denounce", "protest", "shout", "condemn", "decry", "reject",
            "oppose", "urge", "call"}
CLAUSE_DEPS = {"advcl", "xcomp", "conj", "dep", "acl", "ccomp"}
# what is banged in a cacerolazo (lemmas)
KITCHENWARE = {"pot", "pan", "saucepan", "casserole", "kettle", "lid"}


def _claiming(clause: Token) -> bool:
    lemma = clause.lemma_.lower()
    if lemma == "call":  # "calling for unpaid wages", not "called it a day"
        return any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in clause.children)
    return lemma in CLAIMING


def _many(verb: Token) -> bool:
    """The subject of ``verb`` is many people: a plural noun, or a number of them."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.tag_ in {"NNS", "NNPS"} or any(t.like_num for t in s.subtree)
               for s in subjects)


# people gathered as the partisans of a side or a cause (lemmas), and the moods of a crowd that
# make its gathering a protest ("an angry crowd gathered outside the hospital")
PARTISANS = {"supporter", "protester", "protestor", "demonstrator", "activist", "sympathizer",
             "sympathiser", "loyalist", "partisan", "opponent", "campaigner", "follower"}
CROWDS = {"crowd", "mob", "throng", "group", "people", "hundred", "dozen", "thousand"}
MOODS = {"angry", "furious", "irate", "enraged", "hostile", "outraged", "incensed"}
# what a crowd holds up as a sign (lemmas), beside ``SYMBOLS``
SIGNS = {"placard", "sign", "banner", "flag", "portrait", "poster", "photograph", "photo",
         "picture", "slogan", "candle"}


def _gatherers(verb: Token) -> list[Token]:
    if verb.dep_ == "relcl" and verb.head.i != verb.i:  # "supporters who gathered"
        return [verb.head]
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _partisans(verb: Token) -> bool:
    """Those gathered are partisans ("several hundred ACR supporters who gathered") or an angry
    crowd ("an angry crowd had gathered outside the hospital")."""
    for who in _gatherers(verb):
        head = who
        if head.pos_ == "NUM" or head.lemma_.lower() in {"hundred", "dozen", "thousand"}:
            head = next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), head)
        if head.lemma_.lower() in PARTISANS:
            return True
        if head.lemma_.lower() in CROWDS and any(
                c.dep_ == "amod" and c.lemma_.lower() in MOODS for c in head.children):
            return True
    return False


def _shows_symbols(clause: Token) -> bool:
    """ "holding Ukrainian flags", "waving placards": signs held up."""
    return clause.lemma_.lower() in {"hold", "wave", "carry", "brandish", "raise"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SIGNS for c in clause.children)


def assembled_to_protest(verb: Token) -> bool:
    """A crowd gathered demanding, chanting or denouncing, or pots and pans banged by many."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "bang":
        return _many(verb) and any(c.dep_ == "dobj" and c.lemma_.lower() in KITCHENWARE
                                   for c in verb.children)
    if lemma not in ASSEMBLING:
        return False
    if any(c.dep_ in CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"} and _claiming(c)
           for c in verb.children):
        return True
    purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]
    if purposes:
        return False  # "gathered at the airport to welcome the team": the purpose tells why
    if _partisans(verb) or any(c.dep_ in CLAUSE_DEPS and _shows_symbols(c)
                               for c in verb.children):
        return True  # "supporters who gathered outside the gendarmerie", "gathered outside
        # the embassy holding Ukrainian flags"
    # "gathered outside the prison demanding information": the clause parsed under the place
    if any(g.dep_ in {"acl", "pcomp"} and g.pos_ == "VERB" and _claiming(g)
           for c in verb.children if c.dep_ == "prep"
           for p in c.children if p.dep_ == "pobj" for g in p.children):
        return True
    return _many(verb) and any(_seat_of_power(p) for p in _outside(verb))


# the seats of a power that people gather outside to press it (lemmas): "relatives gathered
# outside the gendarmerie", "several dozen people gathered outside the Russian embassy"
SEATS = {"embassy", "consulate", "parliament", "legislature", "congress", "senate", "assembly",
         "ministry", "prison", "jail", "gaol", "penitentiary", "court", "courthouse",
         "tribunal", "gendarmerie", "precinct", "barracks", "palace", "presidency", "statehouse",
         "governorate", "prefecture", "headquarters", "institute", "commission", "mortuary",
         "morgue", "hall", "office", "offices"}
SEAT_COMPOUNDS = {"police", "city", "town", "council", "party", "government", "electoral"}


def _outside(verb: Token) -> list[Token]:
    """The places ``verb`` is done outside or in front of ("outside the embassy", "in front
    of the ministry")."""
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "outside":
            out.extend(objects)
        elif prep.lower_ in {"in", "at"}:  # "in front of", "at the gates of"
            out.extend(g for o in objects if o.lemma_.lower() in {"front", "gate", "door"}
                       for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj")
    return out


def _seat_of_power(place: Token) -> bool:
    """A building of a state or a party: an embassy, a prison, a ministry, a court, a police
    station, a party's offices (``SEATS``; "station" and "hall" only as a police station, a
    city hall)."""
    lemma = place.lemma_.lower()
    if lemma in SEATS - {"hall", "office", "offices"}:
        return True
    return lemma in {"station", "hall", "office", "offices"} and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in SEAT_COMPOUNDS
        for c in place.children)


# verbs of burning (lemmas; "set fire to", "set alight" through their preposition or particle)
BURNING = {"burn", "torch", "incinerate", "ignite", "set", "fire"}
# things burned as a sign of protest (lemmas)
SYMBOLS = {"flag", "effigy", "portrait", "picture", "photo", "photograph", "poster", "banner",
           "image", "placard", "likeness", "dummy", "puppet", "emblem", "banknote", "ballot"}


def _burned(verb: Token) -> list[Token]:
    """What ``verb`` burns: its object, its passive subject or the object of "to" ("set fire
    to portraits")."""
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    things += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for g in c.children if g.dep_ == "pobj"]
    return [t for t in things if t.lemma_.lower() not in {"fire", "light", "blaze", "alight"}]


def symbol_burned(token: Token, plover: str) -> bool:
    """Flags, effigies or portraits burned: a demonstration, not an attack (see the module's
    docstring). Every thing burned must be a symbol ("burned flags and cars" stays)."""
    if plover != "ASSAULT" or token.pos_ not in {"VERB", "AUX"} or \
            token.lemma_.lower() not in BURNING:
        return False
    things = _burned(token)
    parts = things + [c for t in things for c in t.conjuncts if not any(
        m.dep_ == "amod" and m.pos_ == "VERB" for m in c.children)]  # ("burning flags and
    # chanting slogans", parsed as one object: "chanting" is no thing burned)
    return bool(things) and all(t.lemma_.lower() in SYMBOLS for t in parts)

# verbs of firing shots (lemmas) and where shots fired at no one go
FIRING = {"fire", "shoot", "discharge", "loose"}
SKY = {"air", "sky", "skies"}
# prepositions of a target ("fired at drones in the air", "fired on the crowd")
TARGETING = {"at", "on", "upon", "toward", "towards", "into"}
# weapons of crowd control whose firing falls on a crowd even into the air (lemmas): tear gas,
# its canisters, water cannon, pepper spray; rubber or plastic bullets, stun grenades
CROWD_WEAPONS = {"gas", "teargas", "canister", "cannon", "spray", "pellet"}
SOFT_ROUNDS = {"bullet", "round", "grenade", "bullets", "rounds", "grenades"}
SOFT_KINDS = {"rubber", "plastic", "stun", "flash", "sound", "tear"}


def _crowd_weapon(noun: Token) -> bool:
    """``noun`` is a weapon of crowd control ("tear gas", "rubber bullets", "stun grenades")."""
    lemma = noun.lemma_.lower()
    if lemma in CROWD_WEAPONS:
        return True
    return lemma in SOFT_ROUNDS and any(c.dep_ in {"amod", "compound"} and c.lower_ in SOFT_KINDS
                                        for c in noun.children)


def fired_into_air(token: Token, plover: str) -> bool:
    """Shots fired into the air or the sky, at no target (see the module's docstring)."""
    if plover != "ASSAULT" or token.pos_ not in {"VERB", "AUX"} or \
            token.lemma_.lower() not in FIRING:
        return False
    fired = [c for c in token.children if c.dep_ == "dobj"]
    fired += [c for f in list(fired) for c in f.conjuncts]
    if any(_crowd_weapon(f) for f in fired):
        return False  # "fired tear gas and live rounds into the air": gas falls on a crowd
        # (warning shots into the air to disperse a crowd stay a show)
    shots = [token] + [c for c in token.children if c.dep_ == "dobj"]  # "rifles in the air"
    places = [(c.lower_, g) for s in shots for c in s.children if c.dep_ == "prep"
              for g in c.children if g.dep_ == "pobj"]
    if not any(p in {"into", "in", "to"} and g.lemma_.lower() in SKY for p, g in places):
        return False
    return not any(p in TARGETING and g.lemma_.lower() not in SKY for p, g in places)


# verbs of voicing a demand (lemmas; "call" and "press" only with "for")
DEMANDING = {"demand", "call", "press", "clamour", "clamor", "agitate", "urge"}
# verbs of protesting in a crowd, whose adjuncts voice its demand (lemmas)
PROTESTING = {"march", "rally", "protest", "demonstrate", "picket", "gather", "assemble",
              "converge", "mass", "throng", "parade", "chant", "riot", "strike", "block",
              "blockade", "barricade", "occupy", "boycott", "walk", "sit", "bang"}
# protest nouns that a verb of doing holds ("staged a sit-in", "went on strike", "held a rally")
PROTEST_NOUNS = {"strike", "protest", "rally", "march", "demonstration", "sit", "vigil",
                 "blockade", "walkout", "shutdown", "boycott", "picket", "stoppage", "occupation"}
# verbs of doing that hold a protest noun (lemmas)
HOLDING = {"go", "stage", "hold", "launch", "begin", "start", "mount", "organise", "organize",
           "join", "continue", "keep", "wage"}
# the forms of "stage" (the model lemmatises "staged" as "stag")
STAGING = {"stage", "stages", "staged", "staging"}
# what traders shut or close in protest ("shut their shops")
SHOPS = {"shop", "store", "business", "market", "stall", "factory", "office"}
# dependencies of an adjunct clause or of what links it up to the verb it belongs to
ADJUNCT_DEPS = {"advcl", "xcomp", "acl", "conj", "dep", "pcomp", "pobj", "prep"}


def _protesting(verb: Token) -> bool:
    """``verb`` tells a protest: a verb of protesting, a protest noun it holds ("went on
    strike", "staged a sit-in"), or shops shut."""
    lemma = verb.lemma_.lower()
    if lemma in PROTESTING:
        return True
    held = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    held += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if (lemma in HOLDING or verb.lower_ in STAGING) and any(h.lemma_.lower() in PROTEST_NOUNS or any(  # "a sit-in", parsed as "sit" + "in"
            c.dep_ == "compound" and c.lower_ == "sit" for c in h.children) for h in held):
        return True
    return lemma in {"shut", "close"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SHOPS for c in verb.children)


def voiced_demand(token: Token, plover: str) -> bool:
    """A demand voiced by a protest as its adjunct (see the module's docstring)."""
    if plover != "REQUEST" or token.pos_ not in {"VERB", "AUX"} or \
            token.lemma_.lower() not in DEMANDING:
        return False
    if token.lemma_.lower() in {"call", "press"} and not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) or \
            token.dep_ not in ADJUNCT_DEPS:
        return False
    node = token
    for _ in range(4):
        if node.dep_ not in ADJUNCT_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            if _protesting(node):
                return True
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children) or \
                    node.dep_ not in ADJUNCT_DEPS:
                return False  # a verb with its own doer that is no protest
    return False


# nouns of a gathering that can be the setting of a speech or a journey (lemmas)
SETTING_GATHERINGS = {"rally", "march", "protest", "demonstration", "vigil", "picket"}
# verbs of speaking to a gathering or of coming to or from one (lemmas)
SPEAKING_OR_TRAVELLING = {"speak", "say", "tell", "talk", "address", "declare", "announce",
                          "vow", "pledge", "promise", "warn", "urge", "shout", "proclaim",
                          "return", "come", "arrive", "leave", "head", "travel", "drive",
                          "fly", "go", "appear", "sing", "preach", "pray"}
# prepositions of a gathering as a place (at it, from it) or a time (ahead of it)
SETTING_PREPOSITIONS = {"at", "from"}


def gathering_as_setting(token: Token, plover: str) -> bool:
    """A gathering named as the place or time of a speech, a journey or an arrest (see the
    module's docstring)."""
    if plover != "PROTEST" or token.pos_ not in {"NOUN", "PROPN"} or \
            token.lemma_.lower() not in SETTING_GATHERINGS:
        return False
    if token.dep_ == "dobj":  # "due to address a rally", not "addressed a rally of 5,000"
        verb = token.head
        return verb.lemma_.lower() == "address" and (verb.dep_ == "xcomp" or any(
            c.dep_ == "aux" and c.lemma_.lower() in {"will", "would", "shall"}
            for c in verb.children))
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        return True  # "detained ahead of the rally", "ahead of rally" (a headline)
    verb = prep.head.head if prep.head.dep_ in {"advmod", "prt"} else prep.head  # "came back
    # from a demonstration"
    # only a speech or a journey told in a clause that hangs from the news: "the opposition
    # leader spoke at the rally" alone tells that he took part in it
    return prep.lower_ in SETTING_PREPOSITIONS and verb.pos_ in {"VERB", "AUX"} and \
        verb.lemma_.lower() in SPEAKING_OR_TRAVELLING and verb.dep_ != "ROOT"


# what a body calls people out to (lemmas; "sit-in", "go-slow" by their hyphenated form)
CALLED_OUT = {"strike", "shutdown", "sit-in", "protest", "march", "boycott", "demonstration",
              "rally", "walkout", "stoppage", "vigil", "picket", "hartal", "bandh", "go-slow",
              "sit-down", "blockade", "lockdown", "stayaway", "stay-away", "mobilisation",
              "mobilization"}
# what makes "call" a naming ("called the strike a success", "called the protest illegal")
NAMING_DEPS = {"oprd", "xcomp", "acomp", "attr", "ccomp"}


def _called_word(noun: Token) -> str:
    return hyphen_word(noun) or noun.lemma_.lower()  # "sit-in", parsed as "in"


def protest_called(verb: Token) -> bool:
    """``verb`` ("call") calls people out to a protest it takes as its object (see the module's
    docstring)."""
    if verb.lemma_.lower() != "call":
        return False
    kids = list(verb.children)
    if any(c.dep_ == "mark" for c in kids):
        return False  # "since the union called a strike at the port": a circumstance told
    if any(c.dep_ == "aux" and (c.tag_ in {"MD", "TO"}) for c in kids):
        return False  # "would call an indefinite strike if ...", "threatened to call a strike":
        # a call still to be made (a threat, ``unreal.conditioned``)
    objects = [c for c in kids if c.dep_ in {"dobj", "nsubjpass"}]
    if not objects:  # "called a vigil outside the office", parsed as a second predicate
        return any(c.dep_ == "oprd" and _called_word(c) in CALLED_OUT for c in kids)
    return not any(c.dep_ in NAMING_DEPS for c in kids) and any(
        _called_word(c) in CALLED_OUT for c in objects)


# the sectors of civilians and civil bodies, whose blockade of a road or a city is a protest
CIVIL_SECTORS = {"CVL", "LAB", "BUS", "OPP", "PTY", "EDU", "HLH", "REL", "REF", "AGR", "MED",
                 "NGO"}


def civil_blockade(token: Token, actors: list[Actor]) -> bool:
    """A blockade (``token``, "blockade" as a noun or a verb) whose doers, as the actor finder
    read them, are all civilians or civil bodies: a protest that obstructs (see the module's
    docstring); one with no doer read, or any armed, state or unknown one, stays COERCE."""
    return token.lemma_.lower() == "blockade" and bool(actors) and all(
        a.sector in CIVIL_SECTORS for a in actors)


# the sectors of armed men of no known side and of criminals, whose obstruction serves an attack
ATTACKER_SECTORS = {"UAF", "CRM"}


def _conjoined(verb: Token) -> list[Token]:
    """The verbs coordinated with ``verb`` ("set fire to two cars and blocked a road")."""
    root = verb
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    out = [root]
    for node in out:
        out.extend(c for c in node.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})
    return [v for v in out if v.i != verb.i]


def armed_obstruction(token: Token, actors: list[Actor], attacks: set[int]) -> bool:
    """A road blocked (``token``, a PROTEST/obstruct verb) by armed men of no known side or
    criminals, or by doers of no known sector who commit an attack in a verb coordinated with
    it (``attacks``: the indices of the sentence's ASSAULT triggers) and are named as armed or
    unknown men (``searches.IRREGULARS``): a tactic of the attack (see the module's docstring)."""
    if not actors or any(a.sector in CIVIL_SECTORS for a in actors):
        return False
    if all(a.sector in ATTACKER_SECTORS for a in actors):
        return True
    # doers named only as armed or unknown men ("unidentified men", "masked men"), not
    # "supporters of a losing candidate burned tyres and blocked the main road"
    return all(a.sector is None and any(w.strip(".,'\"").lower() in IRREGULARS
                                        for w in a.text.split()) for a in actors) and any(
        v.i in attacks for v in _conjoined(token))
