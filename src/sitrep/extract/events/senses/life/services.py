"""Emergency services and solicitations: words of deploying and requesting in their everyday
senses, read from their arguments.

- **emergency dispatch**: "firefighters were sent to the blaze", "the county dispatched
  paramedics", "ambulances were deployed to the scene", "the Coast Guard dispatched a
  helicopter to search for the fishermen", "the deputy was dispatched to the home": rescue,
  medical and fire crews (and their craft) sent to an emergency, or people sent to a place (a
  home, a scene, a hospital), are neither a deployment of armed forces (MOBILIZE) nor aid to a
  party (AID); troops and police sent somewhere stay MOBILIZE, goods and people sent to a party
  ("sent doctors to Haiti") stay AID;
- **solicitations**: "the city sought bids", "invited tenders", "is seeking applications",
  "requested proposals", "a message seeking comment": what a buyer, an employer or a newsroom
  asks for of anyone is no demand on a party (REQUEST); a person sought ("police seek a missing
  woman", "is being sought as a witness", "seeking investors", "sought out psychics") is looked
  for, not asked, and so is one person named whom someone asks for ("the gunmen asked for a
  man known as El Güero", "asked for Hassan by name"); an appeal for aid or donations, for
  witnesses, or for a named person to act ("asked for Annan to mediate") stays a REQUEST;
- **evacuation asked**: "deputies closed the street and asked neighbours to leave their
  homes": people at hand asked out of harm's way, the clearing of a scene, no REQUEST;
- **motion**: "the truck slammed into the toll plaza", "he slammed against the door": a word
  of harsh criticism with a preposition of motion and no object moves a body, it criticises
  no one (no ACCUSE).

Asked by ``eventhood``. Families are listed whole; inflections come through the lemma.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.senses.agency import head_noun
from sitrep.extract.events.senses.fit import noun_class
from sitrep.extract.events.senses.forces import armed

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
SENDING = {"send", "dispatch", "despatch", "deploy", "redeploy", "rush", "scramble",
           "mobilize", "mobilise", "airlift", "fly", "deployment", "dispatching"}
# rescue, medical and fire crews by name
RESPONDERS = {"firefighter", "fireman", "firemen", "firewoman", "paramedic", "medic", "emt",
              "ambulance", "rescuer", "lifeguard", "lifeboat", "firetruck", "coastguard",
              "coastguardsman", "coroner", "lineman", "linemen", "plow", "plough",
              "snowplow", "snowplough", "tow", "hovercraft"}
# what names a crew, a unit or a craft, a responder one when a rescue word modifies it
CREWS = {"team", "crew", "unit", "squad", "service", "department", "personnel", "worker",
         "volunteer", "truck", "engine", "helicopter", "chopper", "aircraft", "plane", "boat",
         "vessel", "ship", "cutter", "craft", "vehicle", "diver", "official", "officer",
         "staff", "responder", "company", "brigade", "party", "group", "doctor", "nurse",
         "expert", "specialist", "technician"}
RESCUE_WORDS = {"rescue", "fire", "ambulance", "emergency", "medical", "search", "hazmat",
                "utility", "paramedic", "coast", "lifeboat", "dive", "recovery",
                "search-and-rescue", "firefighting", "fire-fighting", "ems", "mountain",
                "air-sea", "sar", "highway", "road", "power", "electric", "water", "gas"}
# craft that carry people, armed or not: a helicopter sent on a rescue is no mobilisation
CRAFT = {"helicopter", "chopper", "aircraft", "plane", "airplane", "jet", "boat", "vessel",
         "ship", "cutter", "hovercraft", "craft", "vehicle", "truck", "drone", "airboat"}
# what a rescue is sent to do
RESCUING = {"search", "rescue", "evacuate", "recover", "locate", "find", "look", "help",
            "assist", "extinguish", "douse", "fight", "battle", "treat", "tow", "pump",
            "airlift", "ferry", "retrieve", "save", "free", "clear", "restore", "repair",
            "investigate"}
# emergencies a crew is sent to
EMERGENCIES = {"scene", "fire", "blaze", "crash", "wreck", "accident", "collision", "flood",
               "flooding", "spill", "leak", "outage", "collapse", "rollover", "pileup",
               "sinking", "capsizing", "explosion", "emergency", "rescue", "disaster", "call",
               "incident", "storm", "inferno", "wildfire", "brushfire", "bushfire"}
PARTY_ENTS = {"GPE", "NORP", "ORG", "PERSON"}


def _moved(token: Token) -> list[Token]:
    """Who or what is sent: the object, the passive subject, or the noun the participle
    modifies ("crews dispatched to the scene"); a noun's ``of`` phrase; their conjuncts."""
    if token.pos_ in VERB_POS:
        moved = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not moved and token.dep_ == "acl" and token.head.pos_ in NOUN_POS:
            moved = [token.head]
    else:
        moved = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
    out = []
    for noun in moved:
        out.append(noun)
        out += [c for c in noun.conjuncts if c.pos_ in NOUN_POS]
    return out


def _modifiers(noun: Token) -> list[str]:
    words = []
    for c in noun.children:
        if c.dep_ in {"compound", "amod", "nmod", "poss"}:
            words += [c.lemma_.lower(), c.lower_] + [g.lower_ for g in c.children
                                                      if g.dep_ == "compound"]
    return words


def responder(noun: Token) -> bool:
    """A rescue, medical or fire crew or its craft: "firefighters", "paramedics", "an
    ambulance", "rescue teams", "a fire engine", "a Coast Guard helicopter", "emergency
    crews" ("fire" in "firefighters", "Coast" in "Coast Guard" through the compound)."""
    lemma, low = noun.lemma_.lower(), noun.lower_
    if lemma in RESPONDERS or low in RESPONDERS:
        return True
    words = _modifiers(noun)
    if lemma in CREWS or low in CREWS or (lemma == "guard" and "coast" in words):
        return any(w in RESCUE_WORDS for w in words)
    return False


def coast_guard(noun: Token) -> bool:
    """A coast guard's craft or crew with no word of rescue ("coast guard cutters", "coast guard
    vessels"): a maritime force, sent on a rescue or to a show of force by what the clause
    says, not a rescue service by name ("a coast guard rescue helicopter" is one)."""
    words = _modifiers(noun)
    return noun.lemma_.lower() in CREWS | CRAFT and "coast" in words and not any(
        w in RESCUE_WORDS - {"coast"} for w in words)


def _armed_people(noun: Token) -> bool:
    """Armed people (troops, police), not their craft."""
    return armed(noun) and noun.lemma_.lower() not in CRAFT and not responder(noun)


def _destinations(token: Token) -> list[Token]:
    return [g for p in token.children if p.dep_ == "prep" and p.lower_ in {"to", "into",
                                                                             "toward", "towards"}
            for g in p.children if g.dep_ == "pobj"]


def _rescue_purpose(token: Token) -> bool:
    """Sent to search, rescue, evacuate, douse ("to search for the missing fishermen")."""
    for c in token.children:
        if c.dep_ in {"advcl", "xcomp"} and c.pos_ in VERB_POS and \
                c.lemma_.lower() in RESCUING:
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in RESCUING for g in c.children):
            return True  # "dispatched for a rescue"
    return False


def _emergency(noun: Token) -> bool:
    return noun.lemma_.lower() in EMERGENCIES or any(
        w in EMERGENCIES for w in _modifiers(noun))


def _senders(token: Token) -> list[Token]:
    found = [c for c in token.children if c.dep_ == "nsubj"]
    found += [g for a in token.children if a.dep_ == "agent" for g in a.children
              if g.dep_ == "pobj"]
    return found


def _party(noun: Token) -> bool:
    """A destination that is a party (a country, a people, an organisation, a person or a
    group of people), not a place or a happening ("to Haiti", "to the flood victims")."""
    if noun.ent_type_ in PARTY_ENTS:
        return True
    return noun_class(noun) in {"person", "group"} and not _emergency(noun)


def emergency_dispatch(token: Token, plover: str) -> bool:
    """Crews and craft sent to an emergency, people sent to a place (see the module's
    docstring)."""
    if plover not in {"MOBILIZE", "AID"} or token.lemma_.lower() not in SENDING:
        return False
    moved = _moved(token)
    if not moved or any(_armed_people(m) and plover == "AID" for m in moved):
        return False
    if any(coast_guard(m) for m in moved) and not (_rescue_purpose(token) or any(
            _emergency(d) or any(_emergency(g) for p in d.children if p.lower_ == "of"
                                 for g in p.children) for d in _destinations(token))):
        return False  # "coast guard cutters were deployed to the shoal": a show of force
    if all(responder(m) for m in moved) or (
            all(m.lemma_.lower() in CREWS | CRAFT for m in moved) and
            any(responder(s) for s in _senders(token))):
        return True  # "firefighters were sent", "the fire department sent three engines"
    if not any(_armed_people(m) for m in moved) and all(
            m.lemma_.lower() in CREWS | CRAFT for m in moved) and any(
            _emergency(d) for d in _destinations(token)):
        return True  # "crews were sent to the scene of the accident"
    if plover == "MOBILIZE":
        if any(_armed_people(m) for m in moved):
            return False  # "police were dispatched to the bar", "sent troops"
        if not all(m.lemma_.lower() in CRAFT for m in moved):
            return False
        # craft: on a rescue, to an emergency, or by a rescue service
        return _rescue_purpose(token) or any(_emergency(d) for d in _destinations(token)) or \
            any(responder(s) for s in _senders(token))
    people = all(m.ent_type_ == "PERSON" or noun_class(m) == "person" for m in moved)
    places = _destinations(token)
    return people and bool(places) and not any(_party(d) for d in places)


# what is solicited of anyone: offers, applications, submissions, comment
OFFERS = {"bid", "tender", "quote", "quotation", "proposal", "application", "submission",
          "entry", "offer", "comment", "rfp", "rfq", "resume", "résumé", "cv", "estimate",
          "nomination", "applicant", "registration", "enrollment", "enrolment", "pitch",
          "expression", "sealed"}
SOLICITING = {"seek", "solicit", "invite", "request", "ask", "call", "accept", "advertise",
              "welcome", "issue", "put", "open", "take"}
# partitives and quantities whose "of" names what is meant ("a number of bids")
PARTITIVES = {"number", "series", "round", "set", "batch", "lot", "couple", "few", "pair"}


def _solicited(token: Token) -> list[Token]:
    """What is asked for: the object, the passive subject, the object of "for" ("asked for
    bids", "a request for proposals")."""
    found = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not found:  # ("sought bids for the bridge": the purpose)
        found = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
                 for g in p.children if g.dep_ == "pobj"]
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.lemma_.lower() in OFFERS:
        found.append(token)  # "issued a call for bids" read on "call"
    out = []
    for noun in found:
        if noun.lemma_.lower() in PARTITIVES:
            noun = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), noun)
        out.append(noun)
        out += [c for c in noun.conjuncts if c.pos_ in NOUN_POS]
    return out


def _offer(noun: Token) -> bool:
    return noun.lemma_.lower() in OFFERS or noun.lower_ in OFFERS


def _person(noun: Token) -> bool:
    return noun.ent_type_ == "PERSON" or noun.lower_ in {"someone", "somebody", "anyone",
                                                         "anybody"} or (
        noun.pos_ == "NOUN" and noun_class(noun) == "person")


def solicitation(token: Token, plover: str) -> bool:
    """Offers, applications or comment solicited, a person sought (see the module's
    docstring)."""
    if plover != "REQUEST" or token.lemma_.lower() not in SOLICITING:
        return False
    asked = _solicited(token)
    if not asked:
        return False
    if all(_offer(a) for a in asked):
        return True  # "sought bids", "invited tenders", "a message seeking comment"
    if token.lemma_.lower() == "ask" and _one_person_asked_for(token, asked):
        return True  # "the gunmen asked for a man known as El Güero": looked for
    return token.lemma_.lower() == "seek" and token.pos_ in VERB_POS and all(
        _person(a) for a in asked)  # "police seek missing woman", "seeking investors"


# participles that name the person asked for ("a man known as", "a woman named")
NAMING = {"know", "name", "call", "nickname", "identify"}
# honorifics before a name, which make it a person's whatever its entity label ("Dr Okafor")
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "sir", "madam", "madame",
              "mister", "monsieur", "senor", "señor", "senora", "señora", "don", "dona", "doña"}


def _one_named(noun: Token) -> bool:
    if noun.tag_ in {"NNS", "NNPS"}:
        return False  # "asked for witnesses": an appeal to anyone
    if noun.ent_type_ == "PERSON" or (noun.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.lower_.rstrip(".") in HONORIFICS for c in noun.children)):
        return True  # "asked for Hassan", "asked for Dr Okafor"
    return noun.pos_ == "NOUN" and noun_class(noun) == "person" and any(
        (c.dep_ == "acl" and c.lemma_.lower() in NAMING) or c.dep_ == "appos"
        for c in noun.children)  # "a man known as", "the owner, Mr Diallo"


def _one_person_asked_for(token: Token, asked: list[Token]) -> bool:
    """ "asked for a man known as El Güero", "asked for Hassan by name": one person named,
    looked for, with no one asked (no object) and nothing asked of the person ("asked for
    Annan to mediate" stays a request)."""
    if token.pos_ not in VERB_POS or any(c.dep_ in {"dobj", "xcomp", "ccomp"}
                                         for c in token.children):
        return False
    if not all(a.dep_ == "pobj" and a.head.lower_ == "for" for a in asked):
        return False
    return all(_one_named(a) and not any(
        c.dep_ in {"acl", "relcl"} and any(g.tag_ == "TO" for g in c.children)
        for c in a.children) for a in asked)


MOTION_PREPS = {"into", "against", "onto", "through", "across", "over", "off"}
HARSH = {"slam", "hammer", "blast", "lash", "rip", "pound", "bash", "batter"}


def motion(token: Token, plover: str) -> bool:
    """ "The truck slammed into the toll plaza": a body moved against a thing, no criticism."""
    if plover != "ACCUSE" or token.pos_ not in VERB_POS or token.lemma_.lower() not in HARSH:
        return False
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children):
        return False  # "slammed the decision", "was slammed by critics"
    return any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in MOTION_PREPS
               for c in token.children)


# people a state or a force takes out of danger as its own (a withdrawal, RETREAT), whoever
# is named: "evacuated 300 foreign nationals", "evacuated the embassy"
OWN_PEOPLE = {"citizen", "national", "diplomat", "expatriate", "expat", "troop", "soldier",
              "peacekeeper", "personnel", "force", "embassy", "consulate", "mission",
              "garrison", "contingent", "battalion", "unit", "position", "base", "outpost"}
CLEARED = {"person", "group", "artifact"}  # the kinds of what a rescue clears (``noun_class``)


def evacuation_rescue(token: Token, plover: str) -> bool:
    """ "Police evacuated 200 shoppers from the mall", "passengers were evacuated from the
    train", "officers evacuated nearby houses": people or buildings cleared for their safety by
    whoever is at hand, no withdrawal (RETREAT) of a party. A party's own people or posts
    ("its citizens", "their positions", "the embassy", "foreign nationals", "the base"), a
    place ("the town of Kherson") or a state evacuating stay a withdrawal."""
    if plover != "RETREAT" or token.lemma_.lower() != "evacuate" or token.pos_ not in VERB_POS:
        return False
    moved = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not moved:
        return False
    doers = [c for c in token.children if c.dep_ == "nsubj"] + [
        g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(d.ent_type_ in {"GPE", "NORP"} for d in doers):
        return False  # "France evacuated 300 tourists": a state takes its own out
    moved = [_counted(m) for m in moved]
    for m in moved:
        if any(c.dep_ == "poss" for c in m.children) or m.lemma_.lower() in OWN_PEOPLE:
            return False
        if m.ent_type_ in {"GPE", "LOC", "NORP"} or noun_class(m) not in CLEARED:
            return False
    return True


# asking people out of harm's way: the verbs of asking or advising, what they are asked to do
# (leave, stay away or indoors) and the people of a place so asked (``evacuation_asked``)
ADVISING = {"ask", "urge", "advise", "tell", "instruct", "direct", "request", "warn", "order"}
TAKING_COVER = {"leave", "evacuate", "vacate", "flee", "stay", "remain", "shelter", "avoid",
                "go", "move", "keep", "lock"}
PEOPLE_AT_HAND = {"resident", "neighbor", "neighbour", "occupant", "tenant", "homeowner",
                  "household", "family", "shopper", "customer", "guest", "motorist", "driver",
                  "passenger", "pedestrian", "people", "person", "public", "student", "pupil",
                  "worker", "employee", "staff", "patron", "visitor", "commuter", "onlooker",
                  "bystander", "villager", "inhabitant", "everyone", "anyone"}


# who clears a scene: police and rescue crews at hand (lemmas)
SCENE_CREWS = {"police", "policeman", "policewoman", "officer", "cop", "deputy", "sheriff",
               "trooper", "constable", "firefighter", "fireman", "firemen", "paramedic",
               "authority", "official", "rescuer", "responder", "swat", "office", "department"}


def _at_the_scene(verb: Token) -> bool:
    """The asker of ``verb`` (its subject, or the subject of the verb it is conjoined to:
    "deputies closed the road and asked ...") is police or a rescue crew; for an office or a
    department, one of the sheriff, the police or the fire service ("the sheriff's office")."""
    node = verb
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    while not subjects and node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    for subject in subjects:
        lemma = subject.lemma_.lower()
        if lemma in {"office", "department", "authority", "official"}:
            words = {c.lemma_.lower() for c in subject.subtree}
            if not words & {"sheriff", "police", "fire", "rescue", "emergency"}:
                return False
        elif lemma not in SCENE_CREWS:
            return False
    return True


def evacuation_asked(token: Token, plover: str) -> bool:
    """ "Deputies closed the street and asked residents of nearby homes to leave", "police
    advised neighbours to stay indoors": people at hand asked out of harm's way during an
    incident, the clearing of the scene (as ``evacuation_rescue``) by police or rescue crews,
    no appeal to a party (REQUEST). A state or an army asking ("France urged its citizens to
    leave Lebanon", "the army urged residents to leave the city") or a party asked ("asked the
    rebels to leave the town") stays a request."""
    if plover != "REQUEST" or token.pos_ not in VERB_POS or \
            token.lemma_.lower() not in ADVISING:
        return False
    if not _at_the_scene(token):
        return False  # "the army urged residents to leave the city": a party's warning
    asked = [_counted(c) for c in token.children if c.dep_ == "dobj"]
    acts = [c for c in token.children if c.dep_ in {"xcomp", "ccomp"}]
    if not asked or not acts:
        return False
    if any(m.lemma_.lower() not in PEOPLE_AT_HAND or any(c.dep_ == "poss" for c in m.children)
           for m in asked):
        return False  # "urged its citizens to leave": a state's own people
    return all(a.lemma_.lower() in TAKING_COVER for a in acts)


_COUNTS = frozenset({"hundred", "thousand", "dozen", "score"})  # "hundreds of passengers"


def _counted(noun: Token) -> Token:
    """The people a number stands for ("hundreds of passengers", "200 of the guests")."""
    return head_noun(noun, _COUNTS)
