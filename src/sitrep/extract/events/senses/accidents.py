"""Accidents and natural causes: no one attacked anyone.

"killed in a car crash", "died in the fire", "the truck that killed a cyclist", "the storm
killed four", "killed when her car skidded", "killed after colliding with a truck", "struck and
killed by a bus" (a disaster or an accident, which the casualty claims keep); wounds no one
gave another ("a self-inflicted gunshot wound", "an accidental gunshot wound": a suicide or a
mishap, not an attack); vehicles by kind
or maker (``nature.vehicle``), and injuries told with the collision ("collided, injuring six",
"struck by a car and seriously injured"), a fire told as the clause's subject ("a fire broke
out, killing two"), and things that burned of themselves ("the yacht burned", ``burned_by_itself``). A vehicle used on purpose ("rammed", "deliberately
drove into") or an explosive in the clause ("the car hit a roadside bomb") is an attack.
Asked by ``eventhood``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.senses.nature import vehicle

# causes that are no one's act, and the vehicles and forces of nature of accidents
ACCIDENTS = {"crash", "accident", "collision", "wreck", "rollover", "pileup", "derailment",
             "fire", "blaze", "flood", "flooding", "storm", "hurricane", "typhoon", "cyclone",
             "tornado", "earthquake", "quake", "landslide", "mudslide", "avalanche", "lightning",
             "heatwave", "overdose", "drowning", "disease", "illness", "cancer", "virus",
             "epidemic", "pandemic", "outbreak", "infection", "stroke", "collapse", "tsunami",
             "eruption", "drought", "famine", "hit-and-run"}
VEHICLES = {"car", "truck", "lorry", "vehicle", "train", "bus", "plane", "aircraft",
            "motorcycle", "motorbike", "van", "suv", "boat", "ferry", "tractor", "taxi",
            "airbag", "airbags", "driver", "motorist"}
# a vehicle used on purpose ("rammed", "mowed down", "deliberately drove into"): no mishap
DELIBERATE = {"ram", "mow", "target", "chase", "pursue", "aim", "attack", "charge", "plow", "plough",
              "barrel"}
ON_PURPOSE = {"deliberately", "intentionally", "purposely", "purposefully", "wilfully",
              "willfully", "knowingly"}
ASSAULT_ONLY_FAMILY = {"kill", "die", "injure", "wound", "hurt", "hit", "strike", "crush", "injury",
                       "destroy", "damage", "explosion", "blast", "explode"}
# the wounds a body bears ("a gunshot wound", "two stab wounds"): the act that gave them is told
# only by its result (whoever bears them is its recipient; "two wounds" count no acts)
WOUNDS = {"wound", "injury"}
# a wound no one gave another: "self-inflicted", "accidental" ("accidentally self-inflicted")
SELF_OR_MISHAP = {"accidental", "unintentional", "unintended", "self-inflicted", "selfinflicted"}
# what a vehicle runs into in an attack, not an accident
EXPLOSIVES = {"bomb", "mine", "landmine", "explosive", "ied", "device", "grenade", "booby",
              "roadside", "tripwire", "ambush"}
# fires and crashes someone caused on purpose ("a fire set by arsonists that killed two")
SET_ON_PURPOSE = {"arson", "arsonist", "set", "torch", "firebomb", "molotov", "petrol",
                  "gasoline", "accelerant", "deliberate", "deliberately", "intentional",
                  "intentionally", "ram", "attacker", "gunman", "militant"}
# verbs of road and water mishaps (a clause with one of them, or with a vehicle as its subject,
# tells how an accident happened)
MISHAPS = {"crash", "collide", "skid", "swerve", "veer", "overturn", "flip", "capsize",
           "derail", "plunge", "reverse", "back", "topple", "roll", "jackknife", "aquaplane",
           "sink", "drown", "slip", "fall",
           # structures that fail ("a crane collapsed, killing one worker", "the roof caved in")
           "collapse", "cave", "crumble", "buckle", "snap", "burst"}
# attacks that bring a structure down ("the building collapsed after an airstrike"): no mishap
ATTACKS = {"airstrike", "strike", "shelling", "shell", "missile", "rocket", "artillery",
           "drone", "attack", "bombing", "bombardment", "raid", "mortar", "shot", "gunfire",
           "sabotage", "saboteur", "arson", "militant", "rebel", "terrorist", "insurgent",
           "suicide", "responsibility", "warplane", "gunman", "attacker", "bomber",
           "terrorism", "enemy"}
# explosions that are industrial or household accidents: their cause ("a gas
# explosion", "a boiler blast", "a gas cylinder exploded") or their site ("an explosion at the
# chemical plant", "killed in a blast at a fireworks factory"), in a sentence that names no
# attack, weapon or attacker (``ATTACKS``, ``EXPLOSIVES``, ``SET_ON_PURPOSE``)
BLASTS = {"explosion", "blast", "explode"}
BLAST_CAUSES = {"gas", "methane", "propane", "butane", "boiler", "cylinder", "tank", "tanker",
                "chemical", "fertilizer", "fertiliser", "firework", "fireworks", "dust", "coal",
                "pipeline", "reactor", "transformer", "stove", "cooker", "heater", "furnace",
                "kiln", "generator", "battery", "fuel", "oil", "petrol", "diesel", "ammonia",
                "ammonium", "nitrate", "chlorine", "grain", "silo", "industrial", "accidental",
                "electrical", "kitchen", "mine", "refinery", "leak", "compressor", "pressure"}
BLAST_SITES = {"plant", "factory", "refinery", "mine", "colliery", "pit", "mill", "foundry",
               "smelter", "workshop", "facility", "laboratory", "lab", "well", "rig",
               "platform", "pipeline", "quarry", "shipyard", "dockyard", "kiln", "distillery",
               "brewery", "bakery", "restaurant", "kitchen", "warehouse", "power", "station",
               "substation", "reactor", "site", "fireworks", "tannery", "sawmill"}


def _mishap(clause: Token) -> bool:
    """A clause that tells a road or water mishap or a structure that failed: "when her car
    skidded", "after colliding with a truck", "when his father backed out of the driveway", "a
    crane collapsed"."""
    if any(t.lemma_.lower() in EXPLOSIVES | ATTACKS and not _pit(t) for t in clause.subtree):
        return False  # "after a company vehicle hit the roadside bomb": an attack
    if clause.lemma_.lower() in DELIBERATE or any(
            c.dep_ == "advmod" and c.lower_ in ON_PURPOSE for c in clause.children):
        return False  # "when a driver rammed his patrol car": done on purpose
    if clause.lemma_.lower() in MISHAPS or vehicle(clause):
        return True  # (a vehicle: the parser's head of "when the lorry overturned")
    return any(c.dep_ == "nsubj" and vehicle(c) for c in clause.children)


def self_or_mishap(token: Token) -> bool:
    """A wound or a death told as self-inflicted or accidental: "a self-inflicted gunshot wound"
    (parsed "self" - "inflicted"), "an accidental gunshot wound", "died of a self-inflicted
    wound" (the wound read from "die")."""
    wounds = [token] + [g for c in token.children if c.dep_ == "prep"
                        for g in c.children if g.dep_ == "pobj"]
    for wound in wounds:
        for c in wound.children:
            if c.dep_ not in {"amod", "compound"}:
                continue
            if c.lower_ in SELF_OR_MISHAP or (c.lemma_.lower() == "inflict" and any(
                    g.lower_ == "self" for g in c.children)):
                return True
    return False


def _made_by_someone(cause: Token) -> bool:
    """An accident's noun that is the object of someone's act: "militants set a fire that
    killed", "arsonists started a blaze", "rebels caused a crash" (not "a fire that killed")."""
    verb = cause.head
    return cause.dep_ == "dobj" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() not in ACCIDENTS and not vehicle(c)
        for c in verb.children)


def _accident_clause(verb: Token) -> bool:
    """A clause whose subject is an accident's noun no one set: "a fire broke out at the
    factory", "the storm swept the coast" (not "a fire set by arsonists spread")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in ACCIDENTS for c in verb.children) and \
        not any(t.lemma_.lower() in EXPLOSIVES | SET_ON_PURPOSE for t in verb.subtree)


# burning of itself: an intransitive "burn" whose subject is a thing ("the yacht burned", "a
# house burned down", "the boat caught fire and burned"); "arsonists burned a house" and
# "homes were burned" (by someone) stay attacks
BURNING = {"burn", "smoulder", "smolder"}
DOER_ENTS = {"PERSON", "NORP", "ORG", "GPE"}
DOER_PRONOUNS = {"he", "she", "they", "we", "i", "you", "who"}


def burned_by_itself(token: Token) -> bool:
    """An intransitive, active "burn" with a thing for its subject (or a conjunct's)."""
    if token.lemma_.lower() not in BURNING or token.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"dobj", "auxpass", "nsubjpass", "agent"} for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "acl" and token.head.dep_ == "ROOT":
        subjects = [token.head]  # "A yacht burned in the harbour." parsed as a noun phrase
    return bool(subjects) and all(
        s.ent_type_ not in DOER_ENTS and s.lower_ not in DOER_PRONOUNS and
        s.lemma_.lower() not in SET_ON_PURPOSE for s in subjects)


def _names(noun: Token, family: set[str]) -> bool:
    """The noun or one of its modifiers is a word of ``family`` ("a gas cylinder", "the
    chemical plant", "a fireworks factory")."""
    return any(t.lemma_.lower() in family or t.lower_ in family for t in
               [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"})])


def _pit(mine: Token) -> bool:
    """A mine that is a pit, not a landmine: "at the coal mine", "in a gold mine"."""
    return mine.lemma_.lower() == "mine" and (mine.head.lower_ in {"at", "in", "inside"} or any(
        c.dep_ in {"compound", "amod"} and c.lower_ != "land" for c in mine.children))


def accidental_blast(blast: Token) -> bool:
    """An explosion or a fire told by its accidental cause or its industrial site, in a sentence
    with no attack: "a gas explosion", "an explosion at the chemical plant", "a gas cylinder
    exploded" (not "an explosion at the market", "a bomb blast at the plant")."""
    if blast.lemma_.lower() not in BLASTS:
        return False
    if any(t.lemma_.lower() in EXPLOSIVES | ATTACKS | SET_ON_PURPOSE and not _pit(t)
           for t in blast.sent):
        return False
    if blast.pos_ in {"VERB", "AUX"} or blast.lemma_.lower() == "explode":  # "a tank exploded"
        return any(c.dep_ == "nsubj" and _names(c, BLAST_CAUSES) for c in blast.children)
    if _names(blast, BLAST_CAUSES):
        return True
    return any(c.dep_ == "prep" and c.lower_ in {"at", "in", "inside"} and any(
        g.dep_ == "pobj" and _names(g, BLAST_SITES) for g in c.children)
        for c in blast.children)


def _borrowed_subject(verb: Token) -> Token | None:
    """The subject a verb takes from the clause it hangs on: a conjoined verb with none of its
    own ("the car was heading west and struck a truck"), or "it" in a clause of time ("the car
    was travelling south when it struck a tree")."""
    own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.head.i == verb.i:
        return None
    if not own and verb.dep_ == "conj":
        pass
    elif verb.dep_ == "advcl" and len(own) == 1 and own[0].lower_ == "it":
        pass
    else:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


# blows and weapons: a strike with one of them, or to a part of the body, is no collision
WEAPONS = {"bullet", "gun", "gunfire", "gunshot", "shot", "round", "pellet", "stone", "rock",
           "brick", "bat", "knife", "club", "hammer", "pipe", "fist", "molotov", "projectile",
           "shrapnel", "grenade", "machete", "axe", "crowbar", "baton", "bottle", "stick",
           "rifle", "pistol", "shotgun", "weapon", "punch", "blow", "kick", "tear",
           # and acts of violence told in the same sentence ("struck and robbed")
           "rob", "robbery", "mug", "mugging", "beat", "beating", "stab", "stabbing",
           "assault", "fight", "brawl", "argument", "altercation", "scuffle"}
BODY_PARTS = {"head", "face", "chest", "back", "leg", "arm", "neck", "eye", "stomach",
              "shoulder", "body", "abdomen", "jaw", "mouth", "nose", "groin", "torso", "hand"}
# doers of violence on a vehicle ("rioters hit the police car")
ATTACKERS = {"protester", "protestor", "rioter", "mob", "crowd", "vandal", "demonstrator",
             "hooligan", "youth", "thug", "gang", "assailant", "robber", "soldier", "police"}
# what people do on and beside a road when a vehicle strikes them
ROAD_ACTS = {"walk", "cross", "jog", "run", "ride", "cycle", "bike", "bicycle", "change",
             "stand", "push", "wait", "skate", "skateboard", "stroll", "hike", "direct",
             "fix", "repair", "work", "help", "sit", "lie"}
ROAD_USERS = {"pedestrian", "cyclist", "bicyclist", "jogger", "walker", "runner",
              "motorcyclist", "biker", "skateboarder", "hiker", "scooterist", "rider"}


def collision(token: Token) -> bool:
    """A strike with no weapon, blow or attacker that a road accident tells: a person struck
    while walking or crossing ("was struck while crossing the street"), a road user struck
    ("a pedestrian was struck"), a vehicle struck ("the sedan was hit from behind", "King then
    struck a car that was stopped"); "struck in the head with a bat", "hit by a roadside bomb",
    "rioters hit the police car" stay attacks."""
    if token.lemma_.lower() not in {"hit", "strike"} or token.pos_ not in {"VERB", "AUX"}:
        return False
    kids = list(token.children)
    if any(c.dep_ == "prep" and c.lower_ in {"with", "by"} for c in kids) or any(
            c.dep_ == "agent" for c in kids):
        return False  # an instrument or a doer named: ``accident`` reads the vehicles
    if any(t.lemma_.lower() in WEAPONS | EXPLOSIVES | ATTACKS | SET_ON_PURPOSE and not _pit(t)
           or t.lower_ in ON_PURPOSE for t in token.sent if t.i != token.i):
        return False
    if any(c.dep_ == "prep" and any(g.lemma_.lower() in BODY_PARTS for g in c.children)
           for c in kids) or any(c.lower_ in {"repeatedly", "again", "twice"} for c in kids):
        return False  # "struck in the head", "hit repeatedly": blows
    if any(t.dep_ in {"agent", "prep"} and t.lower_ == "by" and any(
            g.dep_ == "pobj" and not vehicle(g) and g.lemma_.lower() not in ACCIDENTS
            for g in t.children) for t in token.subtree):
        return False  # "hit while walking to her car by a man who fled": a doer
    patients = [c for c in kids if c.dep_ in {"dobj", "nsubjpass"}]
    if not patients:
        return False
    if all(vehicle(p) and p.lemma_.lower() not in ROAD_USERS for p in patients):
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        return not any(s.lemma_.lower() in ATTACKERS or s.tag_ == "NNS" for s in subjects)
    passive = any(c.dep_ == "nsubjpass" for c in kids)
    if passive and all(p.lemma_.lower() in ROAD_USERS for p in patients):
        return True  # "a pedestrian was struck"
    kids += [g for c in kids if c.dep_ == "conj" for g in c.children]  # "struck and killed
    return passive and any(  # while walking"
        c.dep_ == "advcl" and c.lemma_.lower() in ROAD_ACTS and any(
            m.dep_ == "mark" and m.lower_ in {"while", "as", "when"} for m in c.children)
        for c in kids)  # "was struck while walking near Red Bank Road"


# what armed forces hold and an air or ground attack strikes ("its aircraft struck rebel
# positions", "hit militant hideouts"): struck, they make no road or air mishap ("bases" is
# lemmatised "basis" by the small model)
ARMED_TARGETS = {"position", "base", "bases", "hideout", "camp", "encampment", "stronghold",
                 "outpost", "depot", "installation", "bunker", "garrison", "barracks",
                 "emplacement", "trench", "fortification", "redoubt", "headquarters", "target",
                 "convoy", "airbase", "airfield"}


def armed_target(token: Token) -> bool:
    """The patient of ``token`` (its object, or the subject of its passive) is a position, a
    base, a hideout or another thing armed forces hold (``ARMED_TARGETS``)."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and (
        c.lemma_.lower() in ARMED_TARGETS or c.lower_ in ARMED_TARGETS) for c in token.children)


def accident(token: Token, climb: bool = True) -> bool:
    """``climb``: also read the clause the trigger depends on (not when called from it)."""
    if token.lemma_.lower() not in ASSAULT_ONLY_FAMILY:
        return False
    if armed_target(token):
        return False  # "its aircraft struck RSF positions": an air strike
    if accidental_blast(token):
        return True  # "a gas explosion", "an explosion at the chemical plant"
    if self_or_mishap(token):
        return True  # "a self-inflicted gunshot wound", "died of an accidental gunshot wound"
    if token.dep_ in {"relcl", "acl"} and token.head.lemma_.lower() in ACCIDENTS and not any(
            t.lemma_.lower() in EXPLOSIVES | SET_ON_PURPOSE for t in token.head.subtree
    ) and not _made_by_someone(token.head):
        return True  # "a fire that killed four children", "the crash that injured six"
    if any(c.dep_ == "advmod" and c.lower_ in ON_PURPOSE for c in token.children) or any(
            t.lemma_.lower() in EXPLOSIVES and not _pit(t) for t in token.subtree):
        return False  # "deliberately struck", "the car hit a roadside bomb"
    if climb and token.dep_ in {"conj", "advcl", "xcomp"} and token.head.i != token.i and (
            _mishap(token.head) or accident(token.head) or _accident_clause(token.head)):
        return True  # "collided, injuring six", "struck by a car and injured"
    if token.dep_ in {"acl", "relcl"} and vehicle(token.head) and not any(
            t.lemma_.lower() in EXPLOSIVES | DELIBERATE | {"bomber", "attacker", "gunman"}
            for t in token.head.subtree):
        return True  # "a bus and a truck collided on Monday, injuring six" (parsed on "bus")
    for child in token.children:
        if child.dep_ == "advcl" and (_mishap(child) or accident(child, False)):
            return True  # "killed when her car skidded off the road"
        if child.dep_ == "prep" and child.lower_ in {"after", "when", "while"} and any(
                g.dep_ == "pcomp" and _mishap(g) for g in child.children):
            return True  # "killed after colliding with a truck"
        if child.dep_ == "conj" and child.lemma_.lower() in ASSAULT_ONLY_FAMILY and any(
                a.dep_ == "agent" and any(g.dep_ == "pobj" and vehicle(g)
                                          for g in a.children) for a in child.children):
            return True  # "struck and killed by a bus"
    borrowed = _borrowed_subject(token)
    if borrowed is not None and vehicle(borrowed):
        return True  # "the car was travelling south and struck a tree", "... when it struck"
    for child in token.children:
        if child.dep_ in {"nsubj", "agent"} or (child.dep_ == "prep" and child.lower_ == "by"):
            agent = child if child.dep_ == "nsubj" else next(
                (g for g in child.children if g.dep_ == "pobj"), child)
            if vehicle(agent) or agent.lemma_.lower() in VEHICLES | ACCIDENTS or \
                    accidental_blast(agent):
                return True  # "a truck killed", "killed by a car", "a gas explosion killed"
        if child.dep_ == "prep" and child.lower_ in {"in", "during", "from", "after"}:
            for g in child.children:
                if g.dep_ == "pobj" and (g.lemma_.lower() in ACCIDENTS or accidental_blast(g)):
                    return True  # "killed in a crash", "died from the virus"
    return collision(token)
