"""Vehicles of road, rail and water mishaps, read by ``eventhood``'s accidents: the kinds of
vehicle (a pickup, a minivan, a sedan, a tractor-trailer, a bicycle, a tram) and the names of
vehicles by their maker ("a Toyota Camry", "a Ford F-150"), which the tagger gives as proper
nouns. A vehicle as the doer of "struck", "hit" or "killed" is an accident unless the clause
says it was done on purpose or names an explosive (``eventhood`` reads both).
"""

from __future__ import annotations

from spacy.tokens import Token

# kinds of vehicle (their lemmas and words), besides ``eventhood.VEHICLES``
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
               c.i + 1 < len(noun.doc) and noun.doc[c.i + 1].text == "-" for c in noun.children)
