"""Forces of nature, sky objects and accidental objects as the doer of a violent or threatening
word: "the second major snowstorm to hit the Plains", "the tornado destroyed three barns",
"floods destroyed hundreds of homes", "a volcano exploded", "stars explode", "a meteor struck
the desert", "hurricane damage", "the storm threatens the coast": no one attacked or threatened
anyone (the casualty claims keep the dead and hurt of a disaster).

The doer is read from the parse: the subject of a verb trigger, the agent of a passive ("was
destroyed by the flood"), the noun an infinitive or a participle describes ("the storm to hit",
"the quake that struck"), or for a noun trigger its compound, possessor or ``by``/``from``
phrase ("hurricane damage", "the tornado's destruction", "destruction from the flood"). A
named storm counts through its compound ("Hurricane Ian struck"). An armed doer in the same
clause ("insurgents attacked the town during a snowstorm") is untouched: the storm there is a
circumstance, not the subject.

The family of natural phenomena is listed whole (inflections come through the lemma), with the
sky objects and a few objects that burst by accident (a boiler, a gas cylinder). Words that
also name weapons or armed groups (a tank, a battery, a front, a wave of attacks) are not in it.

``vehicle``: vehicles of road, rail and water mishaps, read by ``eventhood``'s accidents:
the kinds of vehicle (a pickup, a minivan, a sedan, a tractor-trailer, a bicycle, a tram) and the names of
vehicles by their maker ("a Toyota Camry", "a Ford F-150"), which the tagger gives as proper
nouns. A vehicle as the doer of "struck", "hit" or "killed" is an accident unless the clause
says it was done on purpose or names an explosive (``eventhood`` reads both).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.nlp.scans import hyphen_after

NATURE = {
    # storms and wind
    "storm", "snowstorm", "rainstorm", "thunderstorm", "windstorm", "hailstorm", "sandstorm",
    "duststorm", "superstorm", "blizzard", "hurricane", "tornado", "twister", "typhoon",
    "cyclone", "monsoon", "gale", "gust", "wind", "winds", "squall", "derecho", "nor'easter",
    "noreaster", "waterspout", "whirlwind", "lightning", "thunder", "hail", "hailstone",
    # water
    "flood", "flooding", "floodwater", "floodwaters", "deluge", "downpour", "rain", "rainfall",
    "rains", "tsunami", "surge", "tide", "torrent", "current", "riptide",
    # earth
    "earthquake", "quake", "tremor", "aftershock", "landslide", "mudslide", "landslip",
    "rockslide", "rockfall", "avalanche", "sinkhole", "eruption", "volcano", "lava", "ash",
    # fire, heat and cold
    "wildfire", "bushfire", "fire", "blaze", "inferno", "flame", "flames", "drought",
    "heatwave", "heat", "cold", "frost", "freeze", "snow", "snowfall", "ice", "sleet",
    "weather", "el", "nino", "niño",
    # sky objects
    "star", "supernova", "meteor", "meteorite", "asteroid", "comet", "flare",
    # living plagues
    "locust", "locusts", "virus", "disease", "pandemic", "epidemic", "outbreak", "infection",
    # objects that burst or fall by accident
    "boiler", "cylinder", "transformer", "pipeline", "furnace", "heater", "tree", "branch",
}
# triggers of attacks and threats whose doer is read here (their lemmas)
FORCE_TYPES = {"ASSAULT", "THREATEN"}
NOUN_POS = {"NOUN", "PROPN"}
VERB_POS = {"VERB", "AUX"}


def _natural(noun: Token) -> bool:
    """``noun`` names a force of nature, a sky object or an accidental object ("the storm",
    "Hurricane Ian", "a volcano"); a noun with a weapon compound ("a storm of rockets") is
    read by its own head, so "a wave of attacks" never counts."""
    if noun.lemma_.lower() in NATURE or noun.lower_ in NATURE:
        return True
    # "Hurricane Ian", "Storm Ciara", "Typhoon Haiyan": the name's kind is its compound
    return noun.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in NATURE for c in noun.children)


def _doers(token: Token) -> list[Token]:
    doers: list[Token] = []
    if token.pos_ in VERB_POS:
        for child in token.children:
            if child.dep_ == "nsubj":
                doers.append(child)
            elif child.dep_ == "agent":
                doers.extend(g for g in child.children if g.dep_ == "pobj")
        if not doers and token.dep_ in {"acl", "relcl", "xcomp"} and token.head.pos_ in NOUN_POS:
            doers.append(token.head)  # "the snowstorm to hit", "the quake that struck"
        if not doers and token.dep_ == "conj" and token.head.pos_ in VERB_POS:
            return _doers(token.head)  # "the storm hit and destroyed"
    elif token.pos_ in NOUN_POS:
        for child in token.children:
            if child.dep_ in {"compound", "poss"} and child.pos_ in NOUN_POS:
                doers.append(child)  # "hurricane damage", "the tornado's destruction"
            elif child.dep_ == "prep" and child.lower_ in {"by", "from"}:
                doers.extend(g for g in child.children if g.dep_ == "pobj")
    return doers


# fires and floods that crews fight (lemmas and words): "battled a blaze", "fought the flames"
FOUGHT = {"fire", "blaze", "flame", "flames", "wildfire", "bushfire", "brushfire", "grassfire",
          "forestfire", "inferno", "conflagration", "firestorm", "fireball", "flare-up",
          "hotspot", "ember", "embers", "smoke", "flood", "flooding", "floodwater",
          "floodwaters", "blazes", "fires", "wildfires"}
# verbs of fighting a fire, and what crews do to it ("battled to contain the blaze")
FIGHTING = {"fight", "battle", "combat", "attack", "tackle", "beat", "wrestle", "grapple",
            "struggle", "fighting", "battling", "firefighting"}
QUELLING = {"contain", "control", "extinguish", "douse", "put", "quell", "smother", "suppress",
            "stop", "halt", "check", "slow", "tame", "subdue", "knock", "beat", "fight", "save"}


def _fire(noun: Token) -> bool:
    """ "the blaze", "a brush fire", "the Camp Fire", "flames": a fire or a flood fought."""
    return noun.lemma_.lower() in FOUGHT or noun.lower_ in FOUGHT


def fought_fire(token: Token) -> bool:
    """Fighting a fire or a flood: "firefighters battled a blaze", "crews fought the fire",
    "battled to contain the flames", "the fight against the wildfire", "the battle to contain
    the fire": no one attacked. A
    fight with people ("troops fought rebels"), an attack on a fire station or setting a fire
    is untouched (what is fought must be a fire)."""
    if token.lemma_.lower() not in FIGHTING:
        return False
    fought = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"against", "with"}:
            fought.extend(g for g in child.children if g.dep_ == "pobj" and (
                child.lower_ == "against" or _fire(g)))  # (not "with sandbags")
        if child.dep_ in {"xcomp", "advcl", "acl"} and child.lemma_.lower() in QUELLING:
            fought.extend(g for g in child.children if g.dep_ in {"dobj", "nsubjpass"})
    return bool(fought) and all(_fire(f) for f in fought)


def natural_force(token: Token, plover: str) -> bool:
    """An attack or a threat whose doer is a force of nature, a sky object or an object that
    burst by accident, or a fire or flood fought (``fought_fire``): no event of the type."""
    if plover not in FORCE_TYPES:
        return False
    if plover == "ASSAULT" and fought_fire(token):
        return True
    doers = _doers(token)
    return bool(doers) and all(_natural(d) for d in doers)

# kinds of vehicle (their lemmas and words), besides ``accidents.VEHICLES``
VEHICLE_KINDS = {
    "car", "truck", "lorry", "vehicle", "train", "bus", "plane", "aircraft", "motorcycle",
    "motorbike", "van", "suv", "boat", "ferry", "tractor", "taxi", "driver", "motorist",
    "pickup", "pick-up", "minivan", "sedan", "saloon", "coupe", "hatchback", "wagon",
    "station-wagon", "jeep", "trailer", "tractor-trailer", "semi", "semi-truck", "rig",
    "18-wheeler", "big-rig", "dump", "cement", "bicycle", "bike", "cyclist", "scooter", "moped",
    "e-scooter", "streetcar", "tram", "trolley", "locomotive", "railcar", "freight", "subway",
    "ambulance", "firetruck", "fire-truck", "cab", "limousine", "limo", "convertible",
    "camper", "rv", "motorhome", "bulldozer", "forklift", "snowplow", "plow", "atv", "golf-cart",
    "cart", "buggy", "automobile", "auto", "minibus",
    "yacht", "barge", "tanker", "trawler", "speedboat", "jet-ski", "canoe",
    "kayak", "sled", "snowmobile", "wheelchair",
    # those who drive or ride them
    "motorcyclist", "biker", "trucker", "cabbie", "cabdriver", "scooterist", "bicyclist",
    "rider", "chauffeur",
}
# makers of cars, trucks and motorcycles: "a Toyota Camry", "a Ford F-150", "his Honda"
MAKERS = {
    "ford", "toyota", "honda", "chevrolet", "chevy", "nissan", "dodge", "jeep", "hyundai", "kia",
    "bmw", "mercedes", "mercedes-benz", "volkswagen", "vw", "subaru", "mazda", "tesla", "gmc",
    "buick", "cadillac", "chrysler", "lexus", "audi", "volvo", "acura", "infiniti",
    "mitsubishi", "kenworth", "peterbilt", "freightliner", "mack", "harley", "harley-davidson",
    "yamaha", "kawasaki", "suzuki", "ducati", "porsche", "ferrari", "pontiac", "saturn",
    "mini", "fiat", "peugeot", "renault", "citroen", "skoda", "seat", "opel", "vauxhall",
    "isuzu", "scania", "iveco", "daf", "man", "navistar", "international", "camry", "corolla",
    "civic", "accord", "altima", "silverado", "f-150", "f-250", "f-350", "tahoe", "suburban",
    "explorer", "escape", "mustang", "prius", "malibu", "impala", "ram", "wrangler",
    "bronco", "durango", "camaro", "corvette", "charger", "challenger", "cherokee", "blazer",
    "sierra", "tacoma", "tundra", "rav4", "cr-v", "odyssey", "sienna", "caravan", "taurus",
    "focus", "fusion", "sentra", "maxima", "jetta", "passat", "outback", "forester",
}


def vehicle(noun: Token) -> bool:
    """``noun`` names a vehicle or its driver: a kind of vehicle, or a vehicle named by its
    maker or model ("a Toyota Camry", "the Ford F-150", "the tractor-trailer")."""
    low, lemma = noun.lower_, noun.lemma_.lower()
    if lemma in VEHICLE_KINDS or low in VEHICLE_KINDS:
        return True
    if noun.pos_ == "PROPN" or noun.ent_type_ in {"PRODUCT", "ORG"}:
        if low in MAKERS or any(c.dep_ == "compound" and c.lower_ in MAKERS
                                for c in noun.children):
            return True
    # "tractor-trailer", "semi-truck": the words before the hyphen
    return any(c.dep_ == "compound" and c.lower_ in VEHICLE_KINDS and
               hyphen_after(c, spaced=True) is not None for c in noun.children)
