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
  destruction, and is left to the table's other rows;
- **a weapon thrown, fired or used at someone**: "protesters threw stones and petrol bombs at
  police", "militants launched rockets at the base", "guards hurled tear gas canisters into the
  crowd", "officers used pepper spray on the crowd", "police fired water cannon to disperse the
  farmers" are an attack (ASSAULT, its mode by the weapon): a verb of throwing, firing or using
  whose object (or passive subject) is a weapon or a missile (the table's ``@hurled``). The
  weapon is the means, not a participant (``missiles``); what it was aimed at is the recipient
  (``missile_targets``: "at", "on", "into", "towards", "against", or the object of the
  purpose, "to disperse the farmers"). A throw needs no aim ("youths threw stones"), but a
  launch, a firing, a drop or a use does ("launched a rocket" may be a space launch or a test,
  "used batons" a drill): "threw a ball", "launched a campaign", "used the car" are no attack;
- **a weapon shown to menace**: "pointed a rifle at the guard", "held a knife to her throat",
  "pulled a gun on the clerk", "brandished a pistol", "handed the teller a note saying he was
  armed" are a threat of violence (THREATEN/violence): a verb of aiming or holding whose
  object is a weapon and that directs it at, to or on someone or something, a verb of
  brandishing with a weapon, or a note handed over whose words name a weapon or say that its
  writer is armed (the table's ``@menace``); "pointed a finger at", "pointed the camera at the
  stage", "held a rifle during the parade", "handed the clerk a note with his order" stay
  no threat, and so does "turned its guns on the state" (an attack, told figuratively);
- **people taken or held hostage or prisoner**: "took 18 guards hostage", "two guards were taken
  hostage", "held the clerk hostage" are an abduction (ASSAULT/abduct, the table's
  ``@hostage``), "had taken 31 soldiers prisoner" a capture (COERCE/arrest, ``@prisoner``): the
  captive noun as the verb's second predicate, or glued by the small model to the object's own
  phrase, with people held; "took the prisoner to court", "the town is held captive by one
  employer" are none;
- **people snatched**: "gunmen seized 20 worshippers from a church", "seized the group on the
  road", "since seizing them from two schools", "bandits grabbed two farmers from their
  fields", "taking away men" are an abduction (ASSAULT/abduct, the table's ``@snatched``): a verb of seizing or
  grabbing whose object (or passive subject) is people ("seize" by someone named or from a
  place; "grab" and "snatch" only away or from a place: ``GRABBING_SIGNS``, as "grabbed him
  and beat him" holds him), or "take" with people taken away by someone named
  (``TAKING_SIGNS``); no doer of the state's forces (the police
  who seize a suspect arrest him) and no destination ("took the wounded to hospital",
  "taken into custody");
- **things seized**: "police seized the crossbow", "90,000 packs of cigarettes were seized",
  "rebels seized the dam", "the town that the rebels seized" are a seizure (COERCE/seize, the
  table's ``@seized``): "seize" with a concrete object, not an abstraction ("seized the
  opportunity", "seized on the remarks" has none), by a doer that is no abstraction ("fear
  seized the town", "panic seized the passengers" take nothing); people seized by no one named
  are left (an abduction or an arrest).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.senses.fit import ABSTRACT, noun_class
from sitrep.extract.events.senses.public.civic import person_hurt
from sitrep.resources import read_tsv

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


# verbs that send a weapon at a target; those of ``AIMED_ONLY`` need the aim stated
HURL_VERBS = {"throw", "hurl", "lob", "toss", "fling", "launch", "fire", "drop", "rain",
              "shower", "spray", "use", "deploy", "unleash", "loose", "direct", "shoot",
              "discharge", "detonate", "explode"}
AIMED_ONLY = {"launch", "fire", "drop", "rain", "shower", "spray", "use", "deploy", "unleash",
              "loose", "direct", "shoot", "discharge", "detonate", "explode"}
# weapons and missiles (lemmas; a compound's head: "petrol bombs", "tear gas canisters"); "force"
# only when used ("used force against the strikers")
MISSILES = frozenset(row["word"] for row in read_tsv("missiles.tsv"))
# words that make a noun a weapon only with them ("tear gas", "pepper spray", "water cannon",
# "live rounds", "rubber bullets"); the noun alone is no weapon ("the spray", "a round of talks")
NEEDS_QUALIFIER = {"gas": {"tear", "nerve", "mustard", "chlorine", "toxic", "poison", "cs"},
                   "spray": {"pepper", "chemical", "chilli", "chili", "irritant"},
                   "cannon": {"water"},
                   "round": {"live", "rubber", "tracer", "mortar", "artillery", "tank"},
                   "shot": {"warning", "buck", "bird"},
                   "device": {"explosive", "incendiary", "improvised"},
                   "chemical": {"toxic"},
                   "force": {"excessive", "lethal", "deadly", "brute", "disproportionate",
                             "physical", "violent", "unnecessary"},
                   "flare": {"signal", "burning"}}
# prepositions that aim a weapon at what it hits
AIM_PREPS = {"at", "on", "upon", "onto", "into", "toward", "towards", "against", "over"}
# verbs of a purpose that make the firing an act on people ("to disperse the crowd")
DISPERSING = {"disperse", "scatter", "break", "clear", "repel", "repulse", "push", "drive",
              "quell", "subdue", "stop", "halt", "control", "contain", "evict", "remove"}


def missiles(verb: Token) -> list[Token]:
    """The weapons a verb of throwing or firing sends: its objects (or passive subjects) and
    their conjuncts that are weapons ("threw stones and petrol bombs": stones, bombs)."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in HURL_VERBS:
        return []
    sent = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    sent += [x for c in sent for x in c.conjuncts]
    return [n for n in sent if _missile(n, verb)]


def _missile(noun: Token, verb: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma not in MISSILES or (lemma == "force" and verb.lemma_.lower() != "use"):
        return False
    need = NEEDS_QUALIFIER.get(lemma)
    if need is None:
        return True
    quals = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    return bool(quals & need)


# arms and drugs named by nouns the missiles list lacks ("seized rifles, ammunition and
# cocaine"): things taken or used, never a party
ARMS = {"weapon", "arm", "arms", "firearm", "gun", "handgun", "pistol", "rifle", "shotgun",
        "ammunition", "munition", "explosive", "explosives", "grenade"}
DRUGS = {"drug", "narcotic", "cocaine", "marijuana", "cannabis", "heroin", "opium", "fentanyl",
         "methamphetamine", "meth", "amphetamine", "ecstasy", "hashish", "contraband"}
# verbs whose object is a weapon brought down, not a means ("shot down six missiles",
# "intercepted the rockets", "destroyed the drones")
DOWNING = {"intercept", "down", "destroy", "neutralize", "neutralise", "defuse", "disarm"}


def means(noun: Token) -> bool:
    """Whether a common noun names a weapon, a missile or a drug ("rifles", "a grenade", "tear
    gas", "excessive force", "mortar", "cocaine"): the means or the haul of an act, which is no
    one's participant; "gas", "round", "force" ... only with their qualifier ("tear gas")."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in ARMS or lemma in DRUGS or noun.lower_ in ARMS:
        return True
    if lemma not in MISSILES or lemma == "club":  # "a club": a body of people as well
        return False
    need = NEEDS_QUALIFIER.get(lemma)
    if need is None:
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"fire", "shoot", "use", "discharge"}:
        return True  # "fired two rounds", "used force", "fired tear gas and water cannon"
    quals = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    return bool(quals & need)


def brought_down(verb: Token) -> bool:
    """ "Shot down six missiles", "intercepted the rockets": the weapons are what the act is done
    to."""
    lemma = verb.lemma_.lower()
    return lemma in DOWNING or any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def missile_targets(verb: Token) -> list[Token]:
    """What a thrown or fired weapon was aimed at: the objects of an aiming preposition on the
    verb or on the weapon ("fired rubber bullets at the miners", "rockets on the town"), else
    the object of a purpose ("fired water cannon to disperse the farmers")."""
    thrown = missiles(verb)
    if not thrown:
        return []
    preps = [c for n in (verb, *thrown) for c in n.children
             if c.dep_ == "prep" and c.lower_ in AIM_PREPS]
    # not a day or an hour ("fired tear gas on Monday to disperse the crowd": the crowd)
    aimed = [g for p in preps for g in p.children
             if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}]
    if aimed:
        return aimed
    for child in verb.children:
        if child.dep_ in {"advcl", "xcomp"} and child.lemma_.lower() in DISPERSING:
            return [g for g in child.children if g.dep_ in {"dobj", "nsubjpass"}]
    return []


def missile_thrown(verb: Token) -> bool:
    """ "Threw stones at police", "launched rockets at the base", "used pepper spray on the
    crowd": a weapon sent at a target; a throw needs no stated aim, a launch or a use does."""
    if not missiles(verb):
        return False
    return verb.lemma_.lower() not in AIMED_ONLY or bool(missile_targets(verb))


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


# weapons whose showing menaces, notes handed over and the words of a note that say its writer
# is armed (lemmas, ``resources/menace.tsv``)
_MENACE = read_tsv("menace.tsv")
MENACING_WEAPONS = {r["word"] for r in _MENACE if r["kind"] == "weapon"}
MESSAGES = {r["word"] for r in _MENACE if r["kind"] == "message"}
ARMED_WORDS = {r["word"] for r in _MENACE if r["kind"] == "armed"}
# verbs that aim or hold a weapon at someone ("pointed a rifle at", "held a knife to her
# throat", "pulled a gun on the clerk", "levelled a shotgun at")
AIMING = {"point", "aim", "wave", "hold", "level", "train", "press", "put", "pull", "draw",
          "thrust", "jab"}
AT = {"at", "to", "on", "toward", "towards", "against"}
# verbs of showing a weapon in menace, with or without a target
BRANDISHING = {"brandish", "wield"}
# verbs that hand over a written message, and the messages
HANDING = {"hand", "pass", "give", "slip", "show", "present"}


def _weapon(noun: Token) -> bool:
    return noun.lemma_.lower() in MENACING_WEAPONS or noun.lower_ in MENACING_WEAPONS


def menaced(verb: Token) -> bool:
    """A weapon shown to menace, or a note handed over that says its writer is armed (see the
    module's docstring)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    weapons = [o for o in objects if _weapon(o)]
    if weapons and lemma in BRANDISHING:
        return True  # "brandished a pistol"
    if weapons and lemma in AIMING:
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in AT]
        preps += [p for w in weapons for p in w.children if p.dep_ == "prep" and p.lower_ in AT]
        return any(g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}
                   for p in preps for g in p.children)  # (not "on Sunday")
    if lemma in HANDING:
        notes = [o for o in objects if o.lemma_.lower() in MESSAGES]
        for note in notes:
            said = [c for c in note.children if c.dep_ in {"acl", "relcl"}]
            # "a note saying ...", which the parser may hang on the verb
            said += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
            if any(_weapon(t) or t.lower_ in ARMED_WORDS for c in said for t in c.subtree):
                return True  # "a note saying he had a gun"
    return False


# who or what comes under gunfire, not under criticism: armed forces, vehicles, posts and places
# (lemmas), and places by their entity label
FIRED_ON = {"convoy", "patrol", "vehicle", "bus", "car", "truck", "boat", "ship", "vessel",
            "aircraft", "helicopter", "plane", "jet", "train", "checkpoint", "post", "base",
            "position", "camp", "station", "village", "town", "city", "compound", "hospital",
            "school", "embassy", "ambulance", "motorcade", "column", "unit", "speedboat",
            "gunboat", "warship", "drone", "tank", "fighter", "gunship"}
# a figurative "under fire": over or for what one said or did ("came under fire over the budget")
TOPIC_PREPS = {"over", "for", "about"}


def _armed_or_place(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in ARMED_WORDS or lemma in FIRED_ON or noun.ent_type_ in {"GPE", "LOC", "FAC"} \
        or lemma in {"army", "troop", "soldier", "force", "police", "officer", "rebel",
                     "militant", "insurgent", "gunman", "fighter", "militia", "sniper", "hill",
                     "direction", "side", "area", "jihadist", "guerrilla", "attacker"}


def came_under_fire(noun: Token) -> bool:
    """ "The convoy came under fire near the border", "troops came under fire from the hills":
    gunfire suffered by armed forces, a vehicle or a place (ASSAULT, the sufferer as recipient:
    ``roles``); "the minister came under fire from critics over the budget" is criticism."""
    if noun.lemma_.lower() not in {"fire", "gunfire"} or noun.dep_ != "pobj" or \
            noun.head.lower_ != "under":
        return False
    verb = noun.head.head
    if verb.lemma_.lower() not in {"come", "be", "remain", "stay"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for c in verb.children):
        return False
    sources = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children if g.dep_ == "pobj"]
    if sources:
        return all(_armed_or_place(s) for s in sources)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(_armed_or_place(s) for s in subjects)


def returned_fire(verb: Token) -> bool:
    """ "Soldiers returned fire on rebel positions", "police returned fire": gunfire answered (the
    fire is the verb's own object; "returned the fire extinguisher" is none; "did not return
    fire" is the same act not done, a negated ASSAULT as the event guidelines code it)."""
    return verb.lemma_.lower() == "return" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"fire", "gunfire"}
        and not any(g.dep_ == "det" for g in c.children) for c in verb.children)


# verbs of handling a crowd or answering a threat whose "with" phrase may name a weapon ("were
# dispersed with tear gas", "responded with rubber bullets"; "met with" is left to the meeting
# and figurative readings of "meet")
FORCING = {"disperse", "scatter", "break", "clear", "repel", "push", "drive", "evict", "respond",
           "retaliate", "storm"}
WITH_PREPS = {"with", "using"}


def force_used(verb: Token) -> bool:
    """ "The marchers were dispersed with tear gas", "police responded with tear gas and live
    rounds", "cleared the square using stun grenades": force on people told by its weapon (ASSAULT,
    the trigger table's ``@forced``); "responded with a statement", "cleared the road with
    bulldozers", "met with the minister" are none."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in FORCING:
        return False
    # the "with" phrase of the verb, or the model's attachment of it to the verb's place or
    # object ("driven from the bridge with tear gas")
    holders = [verb] + [g for c in verb.children if c.dep_ in {"prep", "dobj", "nsubjpass"}
                        for g in ([c] if c.dep_ != "prep" else c.children) if g.dep_ != "prep"]
    tools = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in WITH_PREPS
             for g in c.children if g.dep_ == "pobj"]
    tools += [g for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.lower_ == "using"
              for g in c.children if g.dep_ == "dobj"]
    tools += [x for t in tools for x in t.conjuncts]
    return any(_missile(t, verb) or (t.lemma_.lower() in NEEDS_QUALIFIER and means(t))
               for t in tools if t.lemma_.lower() not in DRUGS)


# a crowd charged by force, not charged with a crime ("mounted police charged the crowd",
# "the suspects charged at the officers with machetes"): what a charge runs at or into (lemmas)
CROWDS = {"crowd", "mob", "demonstration", "march", "gathering", "rally", "protest", "throng",
          "procession", "picket", "sit-in", "line", "barricade", "cordon"}
CHARGE_PREPS = {"at", "into", "toward", "towards"}
# forces of order that charge a crowd, and the people of a crowd (lemmas): "police charged the
# students"; "prosecutors charged the protesters" is an accusation
CHARGING_FORCES = {"police", "officer", "policeman", "soldier", "troop", "gendarme", "cavalry",
                   "guard", "army", "force", "unit", "squad", "riot"}
CROWD_PEOPLE = {"protester", "protestor", "demonstrator", "marcher", "student", "striker",
                "fan", "supporter", "rioter", "worker", "miner", "farmer", "youth", "crowd",
                "mourner", "worshipper", "villager", "resident", "activist", "picket"}


def charged_at(verb: Token) -> bool:
    """ "Mounted police charged a crowd of students", "the suspects charged at them with
    machetes": a physical charge (ASSAULT, the table's ``@charged_at``); "charged three men with
    robbery", "charged the phone" stay none or an accusation."""
    if verb.lemma_.lower() != "charge" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in CHARGE_PREPS for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    crimes = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "over", "for"}
              and not any(g.dep_ == "pobj" and means(g) for g in c.children)]
    if not objects or crimes:
        return False
    if all(o.lemma_.lower() in CROWDS for o in objects):
        return True
    # "riot police charged about 200 students": a crowd of people charged by forces of order
    chargers = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(chargers) and all(c.lemma_.lower() in CHARGING_FORCES for c in chargers) and all(
        o.lemma_.lower() in CROWD_PEOPLE for o in objects)


VERB_POS = {"VERB", "AUX"}


# people taken or held as hostages or prisoners ("took 18 guards hostage", "held the crew
# hostage", "two guards were taken hostage", "had taken 31 soldiers prisoner") (lower-case forms)
HOSTAGES = {"hostage", "hostages", "captive", "captives"}
PRISONERS = {"prisoner", "prisoners"}
# verbs whose object may be the bare captive noun itself ("took prisoners", "seized hostages"),
# not "held prisoners" (a jail holds them) (lemmas)
TAKING = {"take", "seize", "grab"}
# the dependencies of the captive noun as the verb's second predicate (the small model reads
# "held 11 guards hostage" with a clause of "hostage")
SECOND_PREDICATES = {"oprd", "ccomp", "xcomp", "attr", "npadvmod", "advmod", "acomp"}


def _held_people(verb: Token) -> bool:
    """The object or the passive subject names people ("six warders", "a family of four", "the
    crew"), not a place or a thing ("the town is held captive by one employer")."""
    held = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    held = [next((g for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"), h)
            if h.pos_ == "NUM" or h.lemma_.lower() in {"dozen", "score", "hundred", "number"}
            else h for h in held]
    return any(h.pos_ in {"PRON", "NUM"} or h.ent_type_ == "CARDINAL"  # ("dozens")
               or noun_class(h) in {"person", "group"}
               or h.lower_ in HOSTAGES | PRISONERS for h in held)


def _captive_word_after(held: Token, words: set[str]) -> bool:
    """A captive word ("hostage") follows the held object within its phrase, before any verb
    or punctuation, and qualifies no noun of its own ("a hostage photo", "hostage families")."""
    doc = held.doc
    for j in range(held.i + 1, min(len(doc), held.i + 10)):
        word = doc[j]
        if word.lower_ in words:
            after = doc[j + 1] if j + 1 < len(doc) else None
            return not (after is not None and after.pos_ in {"NOUN", "PROPN"}) and \
                doc[j - 1].lower_ not in {"a", "an", "the"}
        if word.is_punct or word.pos_ in VERB_POS:
            return False
    return False


def _captive_as(verb: Token, words: set[str]) -> bool:
    if verb.pos_ not in VERB_POS or not _held_people(verb):
        return False
    for child in verb.children:
        if child.lower_ in words and child.dep_ in SECOND_PREDICATES | {"advcl"}:
            return True
        if child.dep_ not in {"dobj", "nsubjpass"}:
            continue
        if child.lower_ in words and verb.lemma_.lower() in TAKING and (not any(
                c.dep_ in {"det", "poss"} for c in child.children) or any(
                c.dep_ == "compound" for c in child.children)):
            return True  # "took prisoners", "had taken 31 soldiers prisoner", "grabbed a
            # driver hostage" (the small model glues the object to the captive word)
        # the captive word after the object's phrase, wherever the parser hung it ("took over
        # two wings and held two guards hostage", "held dozens of guards and police officers
        # hostage": a conjunct of another verb or of the object)
        if _captive_word_after(child, words):
            return True
        # the captive word glued to the object's own phrase ("took a family of four hostage",
        # "took dozens of jihadists prisoner"): the phrase's last word
        last = max(child.subtree, key=lambda t: t.i)
        if last.lower_ in words and last.dep_ == "pobj" and last.i > child.i and any(
                c.dep_ in {"nummod", "compound"} for c in last.children):
            return True
    return False


def taken_hostage(verb: Token) -> bool:
    """``@hostage``: people taken or held hostage or captive: an abduction (ASSAULT/abduct)."""
    return _captive_as(verb, HOSTAGES)


def taken_prisoner(verb: Token) -> bool:
    """``@prisoner``: people taken prisoner by an armed party: a capture (COERCE/arrest); "held
    the prisoner", "took the prisoner to court" are none."""
    return _captive_as(verb, PRISONERS)


# verbs of taking people by force (lemmas): "seize" alone; "grab" and "snatch" only with people
# taken away or from somewhere ("grabbed him and beat him" holds him), "take" only with them
# taken away by someone named (``people_snatched``)
SNATCHING = {"seize"}
GRABBING = {"grab", "snatch"}
TAKING_AWAY = {"take"}
AWAY = {"away", "off"}
# the words without which "grab", "snatch" and "take" take no one by force (``select_needs``
# copies them)
GRABBING_SIGNS = AWAY | {"from"}
TAKING_SIGNS = AWAY
# the state's forces, whose taking of people is an arrest (lemmas)
STATE_FORCES = CHARGING_FORCES | {"policeman", "policewoman", "cop", "deputy", "sheriff",
                                  "agent", "detective", "trooper", "constable", "investigator",
                                  "authority", "marine", "navy", "coastguard", "military"}
# where the people are taken to ("took him to hospital", "taken into custody", "took them back")
DESTINATION_WORDS = {"to", "into", "onto", "toward", "towards", "back"}
# nouns of a body of people that WordNet files under no person class ("seized the group")
PEOPLE_GROUPS = {"group", "crew", "team", "family", "party", "delegation", "band"}
# pronouns of no person
THING_PRONOUNS = {"it", "this", "that", "which", "what", "itself"}
# the kinds of what is taken that make no seizure ("seized the opportunity", "seized the
# initiative"): abstractions and acts
NOT_SEIZED = ABSTRACT | {"act", "event", "process", "phenomenon", "body"}  # (and "seized
# her hand": a body part held)


def _doers(verb: Token) -> list[Token]:
    """The subject or the passive's agent, or those of the verb a conjunct, an open clause or
    a participle clause shares ("went door to door, taking away men")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    if not doers and verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
        return _doers(verb.head)
    return doers


def _no_doer(verb: Token) -> bool:
    """The subject is an abstraction, which takes nothing ("panic seized the passengers",
    "fear seized the town")."""
    return any(noun_class(d) in NOT_SEIZED for d in _doers(verb) if d.pos_ != "PRON")


def _state_force(noun: Token) -> bool:
    return noun.lemma_.lower() in STATE_FORCES or any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in STATE_FORCES
        for c in noun.children)


def _people(noun: Token, groups: bool) -> bool:
    """``noun`` names people: a person pronoun, a person noun, a bare number ("seized 20"),
    with ``groups`` also a group ("the group")."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in THING_PRONOUNS
    kind = noun_class(noun)
    if kind == "person" or (groups and noun.ent_type_ != "ORG" and (
            kind == "group" or noun.lemma_.lower() in PEOPLE_GROUPS)):
        return True
    return noun.pos_ == "NUM" and kind in {None, "person", "group"}  # ("seized 20")


def people_snatched(verb: Token) -> bool:
    """``@snatched``: people seized, grabbed or taken away by force (see the module's
    docstring): an abduction."""
    if verb.pos_ not in VERB_POS:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in SNATCHING | GRABBING | TAKING_AWAY:
        return False
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not any(_people(t, lemma not in TAKING_AWAY) for t in taken):
        return False
    if any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in DESTINATION_WORDS
           for c in verb.children):
        return False  # "took him to hospital", "taken into custody"
    doers = _doers(verb)
    if _no_doer(verb) or any(_state_force(d) for d in doers):
        return False  # "police seized the suspect": an arrest
    children = list(verb.children)
    taken_from = any(c.dep_ == "prep" and c.lower_ == "from" for c in children)
    away = any(c.dep_ in {"prt", "advmod"} and c.lower_ in AWAY for c in children)
    if lemma in SNATCHING:
        return bool(doers) or taken_from  # "since seizing them from two schools"
    if lemma in GRABBING:
        return away or taken_from  # "grabbed two farmers from their fields"
    return away and bool(doers)  # "armed men ... taking away men" (not "the driver was taken
    # away after the shooting": by whom, the sentence does not say)


def thing_seized(verb: Token) -> bool:
    """``@seized``: "seize" with a concrete object (see the module's docstring)."""
    if verb.pos_ not in VERB_POS or _no_doer(verb):
        return False
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not taken and verb.dep_ in {"relcl", "acl"}:
        taken = [verb.head]  # "the town that the rebels seized", "the arms seized"
    taken += [c for t in list(taken) for c in t.conjuncts]
    if taken and all(_people(t, True) for t in taken):
        return False  # people are no things seized: an abduction (``people_snatched``) or an
        # arrest; "the passengers were seized when gunmen blocked the road", "guards seized an
        # oil worker": which, the sentence alone does not say
    return any(t.pos_ == "NUM" or t.ent_type_ in {"MONEY", "CARDINAL", "QUANTITY"}
               or noun_class(t) not in NOT_SEIZED for t in taken)
