"""Physical harm told by verbs of everyday motion, read from the parse:

- **a body thrown against a surface**: "slammed his head against the wall", "smashed her face
  into the table", "threw the man to the ground", "knocked him onto the pavement" are a
  beating (ASSAULT/beat), not a rebuke ("the minister slammed the decision": ACCUSE, the
  table's own row for "slam") nor a throw of a thing ("threw his support behind", "knocked on
  doors"): the object is a person or a person's body part and the verb drives it against,
  into, onto or to a surface (the trigger table's ``@slammed``);
- **a thing blown up**: "rebels blew up the pipeline", "the bridge was blown up" are a
  destruction by explosives (ASSAULT/destroy, as "destroy"): "blow" with its particle
  "up" and an object or a passive subject (the table's ``@blown``); "the argument blew up" and
  "a tyre blew up" have no doer and no object, and "blew up the photo" is no harm of a place
  (a picture enlarged: ``PICTURES``); "blew himself up" is a suicide attack, not a
  destruction, and is left to the table's other rows.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.senses.public.civic import person_hurt

# parts of a body that are hurt when driven against something (not the fist or the palm that
# strikes: "slammed his fist on the table")
BODY_PARTS = {"head", "face", "skull", "body", "neck", "chest", "back", "jaw", "nose", "mouth",
              "eye", "stomach", "rib", "throat", "forehead", "cheek", "temple", "shoulder",
              "spine", "torso", "teeth", "tooth"}
# prepositions that drive a body against a surface
AGAINST = {"against", "into", "onto", "to", "on", "through", "down"}
# surfaces a body is driven against (lemmas)
SURFACES = {"wall", "ground", "floor", "pavement", "sidewalk", "concrete", "table", "door",
            "car", "hood", "window", "tarmac", "road", "street", "desk", "bar", "fence",
            "railing", "post", "pole", "dashboard", "windshield", "windscreen", "counter",
            "asphalt", "curb", "kerb", "cell", "cage", "locker", "van", "truck", "vehicle",
            "glass", "stair", "step", "bench", "bed", "sink", "toilet", "tile", "dirt", "mud",
            "gravel", "rock", "stone", "tree", "pillar", "mirror", "cabinet", "bonnet"}
SELVES = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}
PICTURES = {"photo", "photograph", "picture", "image", "balloon", "tyre", "tire", "screen"}


def _body_part(noun: Token) -> bool:
    """ "His head", "the man's face": a body part of a person."""
    return noun.lemma_.lower() in BODY_PARTS and any(c.dep_ == "poss" for c in noun.children)


def body_slammed(verb: Token) -> bool:
    """A person or a body part driven against a surface ("slammed his head against the wall",
    "threw the man to the ground")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    driven = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not driven or not (all(_body_part(d) for d in driven) or person_hurt(verb)):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in AGAINST]
    preps += [p for d in driven for p in d.children  # "his head against the wall"
              if p.dep_ == "prep" and p.lower_ in AGAINST]
    return any(g.dep_ == "pobj" and g.lemma_.lower() in SURFACES
               for p in preps for g in p.children)


def blown_up(verb: Token) -> bool:
    """ "Blew up the pipeline", "the bridge was blown up": a destruction."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() != "blow":
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(things) and not any(t.lemma_.lower() in PICTURES or t.lower_ in SELVES
                                    for t in things)
