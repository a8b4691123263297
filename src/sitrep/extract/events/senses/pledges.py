"""Pledges of aid: help offered, pledged or promised is AID, not yet given (GUIDELINES: "aid
delivered or pledged (AID)"; ``future`` flag), not an agreement between parties:

- **the pledge names the aid**: "pledged $5m in aid to Nepal", "promised 50 tonnes of medical
  supplies", "offered humanitarian aid", "pledged 2 billion dollars for reconstruction": a verb
  of pledging (``PLEDGING``) whose object, or the "in"/"of" phrase of its object, is aid,
  money or relief goods (``AID_NOUNS``, a MONEY entity);
- **the pledge's infinitive gives**: "offered to help rebuild the bridge", "promised to send
  food to Gaza", "vowed to provide emergency assistance", "offered to finance the hospital":
  the complement of a verb of pledging is a verb of giving or helping (``GIVING``).

Relief given is read here too, for the trigger table's ``@relief`` (``relief_sent``): a verb of
sending or carrying whose object, or the "of" phrase of its object, is aid, money or relief
goods ("flew in tents and medicines", "would send 10,000 blankets", "shipped 5,000 tonnes of
wheat", not "a shipment of several tons of cocaine"), or a noun of a shipment of them that a
clause tells ("resumed aid shipments", not "delays in relief deliveries"); no recipient is
needed, as for ``transfers``, but equipment, generators, ambulances and fuel, which are as
often bought or sent to a scene, are not read as relief then ("delivered 40 generators",
"sent an ambulance crew to the scene"). Aid stopped ("suspended a shipment of rice aid", "froze aid to the
ministry": the SANCTION of the stopping verb) is no AID (``aid_stopped``).

Attitudes ("is willing to send", "is ready to help") are no pledge; other promises ("promised
to release the hostages", "offered to hold talks") stay AGREE. Asked by the extractor.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.resources import read_tsv

VERB_POS = {"VERB", "AUX"}
# verbs of pledging (lemmas; "committed" parsed as an adjective too)
PLEDGING = {"pledge", "promise", "offer", "vow", "commit", "committed", "undertake",
            "volunteer", "earmark", "guarantee"}
# what is given as aid: aid itself, money and relief goods (lemmas, ``resources/relief_goods.tsv``)
AID_NOUNS = {r["word"] for r in read_tsv("relief_goods.tsv")}
# verbs of giving and helping: what a pledge's infinitive gives (lemmas)
GIVING = {"help", "assist", "aid", "provide", "send", "donate", "give", "supply", "deliver",
          "finance", "fund", "contribute", "rebuild", "reconstruct", "bankroll", "underwrite",
          "subsidise", "subsidize", "ship", "airlift", "grant", "lend", "pay", "cover"}
# support that is no aid: "offered support for the plan" (endorsement), not material
VERBAL = {"backing", "endorsement", "sympathy", "condolence", "condolences", "prayer",
          "prayers", "thought", "thoughts", "solidarity", "apology", "resignation"}


# forces sent: a deployment offered (MOBILIZE, as the trigger table's "send" row), not aid
FORCES = {"troop", "soldier", "force", "warship", "jet", "aircraft", "reinforcement", "unit",
          "battalion", "brigade", "policeman", "officer", "marine", "peacekeeper",
          "paratrooper", "commando", "army", "navy", "ship", "plane", "fighter", "police"}


def _sends_forces(verb: Token) -> bool:
    """ "offered to send troops": the object of the giving verb is armed forces."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in FORCES for c in verb.children)


# go-betweens sent to mediate or talk (lemmas), and the words that make a team or a mission one
GO_BETWEENS = {"envoy", "mediator", "negotiator", "emissary", "delegation", "delegate",
               "facilitator", "intermediary", "representative", "interlocutor"}
MEDIATING = {"mediation", "peace", "negotiating", "negotiation", "good-office", "dialogue",
             "contact", "fact-finding"}


def _sends_go_betweens(verb: Token) -> bool:
    """ "offered to send a mediation team", "offered to send an envoy": the object of the giving
    verb is someone sent to mediate or talk (an offer of mediation, AGREE), no aid."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in GO_BETWEENS or any(
        m.dep_ in {"amod", "compound"} and m.lemma_.lower() in MEDIATING for m in c.children))
        for c in verb.children)


def _aid_noun(noun: Token) -> bool:
    if noun.ent_type_ == "MONEY" or noun.lower_ in {"$", "€", "£"}:
        return True
    lemma = noun.lemma_.lower()
    if lemma in VERBAL:
        return False
    if lemma == "support":  # "pledged support for the plan" (an endorsement) is no aid
        return any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in {
            "financial", "material", "military", "humanitarian", "medical", "economic",
            "logistical", "budget", "budgetary"} for c in noun.children)
    return lemma in AID_NOUNS


def _gives(noun: Token) -> bool:
    """The pledged object, or the "in"/"of" phrase of it, is aid ("$5m in aid", "50 tonnes of
    supplies")."""
    if _aid_noun(noun):
        return True
    return any(c.dep_ == "prep" and c.lower_ in {"in", "of"} and any(
        g.dep_ == "pobj" and _aid_noun(g) for g in c.children) for c in noun.children)


def pledge_of_aid(verb: Token) -> bool:
    """The verb of pledging ``verb`` pledges aid: its object or its phrase names aid, or its
    infinitive complement gives or helps."""
    if verb.lemma_.lower() not in PLEDGING or verb.pos_ not in VERB_POS | {"ADJ"}:
        return False
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and _gives(child):
            return True  # "pledged $5m", "promised 50 tonnes of supplies"
        if child.dep_ == "prep" and child.lower_ == "in" and any(
                g.dep_ == "pobj" and _aid_noun(g) for g in child.children):
            return True  # "pledged $5m in aid" (the phrase parsed on the verb)
        if child.dep_ == "xcomp" and child.lemma_.lower() in GIVING and \
                child.pos_ in VERB_POS and not _sends_forces(child) and \
                not _sends_go_betweens(child):
            return True  # "offered to help rebuild", "promised to send food"
    return False


def pledged_act(token: Token) -> bool:
    """An act of aid that is the infinitive complement of a verb of pledging ("promised to send
    food": the sending), or the aid noun a pledge names ("pledged $5m in aid": the aid)."""
    node = token
    if token.pos_ not in VERB_POS:  # a noun: its verb ("send aid", "pledged ... in aid")
        node = token.head
        if node.dep_ == "prep":
            node = node.head
        while node.pos_ not in VERB_POS and node.head.i != node.i:
            node = node.head
    while node.dep_ in {"xcomp", "conj"} and node.head.i != node.i:
        if node.head.lemma_.lower() in PLEDGING:
            return pledge_of_aid(node.head)
        node = node.head
    return node.lemma_.lower() in PLEDGING and pledge_of_aid(node)


def pledged_aid(token: Token, plover: str) -> bool:
    """The candidate of ``plover`` named by ``token`` is aid pledged, not yet given: a verb of
    pledging that pledges aid (an AGREE row), or an act of aid pledged (an AID row)."""
    if plover == "AGREE":
        return pledge_of_aid(token)
    return plover == "AID" and pledged_act(token)


# purposes that make a deployment offered a help to its recipient (lemmas)
HELPING = {"help", "assist", "support", "protect", "defend", "aid", "back", "bolster",
           "reinforce", "secure", "stabilise", "stabilize", "guard", "rebuild", "shield",
           "safeguard", "relieve", "rescue", "evacuate", "train", "monitor"}
PEACEKEEPING = {"peacekeeper", "peacekeeping", "monitor", "observer"}


def forces_offered_to_help(token: Token) -> bool:
    """Forces offered, pledged or promised to help a party ("offered to send troops to help
    Azerbaijan", "pledged to deploy peacekeepers", "promised to send warships to protect the
    convoy"): an intent to cooperate (CAMEO 03, PLOVER AGREE), not a threat of force (a threat
    is told by its own verb: "threatened to send troops"). ``token``: the sending verb."""
    if token.pos_ not in VERB_POS or not (token.dep_ == "xcomp" and
                                          token.head.lemma_.lower() in PLEDGING):
        return False
    forces = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in FORCES]
    if not forces:
        return False
    if any(f.lemma_.lower() in PEACEKEEPING or any(
            c.dep_ in {"amod", "compound"} and c.lemma_.lower() in PEACEKEEPING
            for c in f.children) for f in forces):
        return True  # "peacekeepers", "a peacekeeping force"
    purposes = [c for c in token.children if c.dep_ in {"advcl", "xcomp"}]
    purposes += [c for f in forces for c in f.children if c.dep_ in {"acl", "relcl"}]
    return any(p.lemma_.lower() in HELPING for p in purposes)



# verbs that send or carry relief, and nouns of a load of it (lemmas)
CARRYING = {"send", "fly", "truck", "ship", "airlift", "rush", "deliver", "distribute", "donate",
            "dispatch", "despatch", "airdrop", "ferry", "channel", "hand", "dole", "dispense"}
LOADS = {"shipment", "disbursement", "consignment", "airlift", "airdrop", "planeload",
         "shipload", "truckload"}
# measures and loads, whose "of" phrase tells what they hold ("40 tonnes of food")
MEASURES = {"ton", "tonne", "million", "billion", "m", "bn", "load", "planeload", "shipload",
            "truckload", "shipment", "consignment", "cargo", "lot", "batch", "kilo", "kilogram",
            "pound", "gallon", "litre", "liter", "barrel", "bag", "sack", "box", "crate",
            "container", "pallet"}
# links of a load noun to the verb of a clause that tells it was sent, resumed or arrived
# ("resumed aid shipments", "aid deliveries resumed"), not a topic ("delays in deliveries")
ACTED = {"dobj", "nsubj", "nsubjpass"}
# verbs that stop, cut or hold back aid (the stopping verb is the SANCTION)
STOPPING = {"suspend", "freeze", "halt", "cut", "withhold", "block", "stop", "cancel", "end",
            "reduce", "slash", "withdraw", "terminate", "discontinue", "delay", "postpone",
            "curtail", "scrap", "pull", "deny", "divert", "seize", "loot", "steal", "hold"}


# goods that are relief also when sent with no recipient named (not equipment, generators,
# ambulances or fuel, which are as often bought, hired or sent to a scene)
NOT_RELIEF = {"equipment", "generator", "ambulance", "fuel", "loan", "credit", "subsidy",
              "package", "contribution", "reconstruction", "doctor", "medic", "support"}


def _relief(noun: Token) -> bool:
    """``noun`` or one coordinated with it is relief ("tents, food and medicines"), or a
    measure or load of it ("40 tonnes of food", "two planeloads of medicines")."""
    group = [noun] + [c for c in noun.children if c.dep_ == "conj"]
    for n in group:
        measured = [g for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
        if n.lemma_.lower() in MEASURES and measured:
            if any(_relief(g) for g in measured):  # "40 tonnes of food", not "of cocaine"
                return True
        elif n.lemma_.lower() not in NOT_RELIEF and (_gives(n) or any(
                c.dep_ == "compound" and _aid_noun(c) and c.lemma_.lower() not in NOT_RELIEF
                for c in n.children)):
            return True
    return False


def particle_objects(verb: Token) -> list[Token]:
    """The objects of a particle "in" that the parser read as a preposition right after the
    verb ("flew in tents and medicines", "rushed in troops")."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
            and c.i == verb.i + 1 for g in c.children if g.dep_ == "pobj"]


# verbs of a vehicle or a load arriving where it was sent ("the convoy reached the camp")
ARRIVING = {"arrive", "reach", "enter", "land"}
# vehicles and loads that carry relief when their words say so ("an aid convoy", "trucks
# carrying flour", "planes loaded with tents")
CARRIERS = {"convoy", "truck", "lorry", "plane", "aircraft", "airplane", "flight", "ship",
            "vessel", "boat", "barge", "train", "helicopter", "vehicle", "column", "shipment",
            "consignment", "cargo", "airlift", "airdrop", "planeload", "shipload", "truckload"}
# verbs (and participles) of carrying whose object, or "with" phrase, is the load
CARRYING_LOAD = {"carry", "bear", "bring", "transport", "haul", "load", "laden", "ferry",
                 "deliver", "pack", "fill"}
# verbs whose object or subject is a run of relief flights or convoys that took place ("resumed
# relief flights", "aid convoys began"), not one attacked, stopped or talked of
RUNNING = {"resume", "restart", "begin", "start", "launch", "operate", "run", "mount",
           "organise", "organize", "increase", "double"}


def _carries_relief(noun: Token) -> bool:
    """A vehicle or load ``noun`` that carries relief: an aid word on it ("an aid convoy", "a
    humanitarian convoy"), a participle of carrying whose object or "with" phrase is relief
    ("trucks carrying flour", "planes loaded with tents"), a "with" phrase of relief ("trucks
    with food"), or an "of" phrase of such vehicles ("a convoy of 15 trucks carrying food")."""
    if noun.lemma_.lower() not in CARRIERS:
        return False
    for c in noun.children:
        if c.dep_ in {"compound", "amod"} and (c.lemma_.lower() == "humanitarian" or (
                _aid_noun(c) and c.lemma_.lower() not in NOT_RELIEF)):
            return True
        if c.dep_ in {"acl", "relcl", "amod"} and c.lemma_.lower() in CARRYING_LOAD:
            loads = [g for g in c.children if g.dep_ in {"dobj", "nsubjpass"}]
            loads += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                      for g in p.children if g.dep_ == "pobj"]
            if any(_relief(g) for g in loads):
                return True
        if c.dep_ == "prep" and c.lower_ in {"with", "of"} and any(
                g.dep_ == "pobj" and (_relief(g) if c.lower_ == "with" else _carries_relief(g))
                for g in c.children):
            return True
    return False


def relief_arrived(verb: Token) -> bool:
    """A verb of arriving whose subject is relief or a vehicle or load carrying it ("a convoy
    of trucks carrying food reached the camp", "40 tonnes of flour arrived"), not a convoy
    with no relief ("the convoy reached the summit")."""
    return verb.pos_ in VERB_POS and verb.lemma_.lower() in ARRIVING and any(
        c.dep_ == "nsubj" and (_carries_relief(c) or _relief(c) and c.lemma_.lower() in
                               AID_NOUNS | MEASURES) for c in verb.children)


def relief_run(noun: Token) -> bool:
    """A relief flight or convoy run, resumed or arrived ("resumed relief flights", "aid
    convoys began"), not one attacked, stopped or talked of ("an aid convoy was ambushed")."""
    return noun.dep_ in ACTED and noun.head.pos_ in VERB_POS and \
        noun.head.lemma_.lower() in RUNNING and _carries_relief(noun)


def relief_sent(token: Token) -> bool:
    """A verb of sending or carrying relief, or a noun of a load of it (see the module's
    docstring)."""
    lemma = token.lemma_.lower()
    if relief_arrived(token):
        return True
    if token.pos_ in {"NOUN", "PROPN"} and lemma in {"flight", "convoy"}:
        return relief_run(token)
    if token.pos_ in VERB_POS and lemma in CARRYING:
        carried = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        carried += particle_objects(token)  # "flew in tents", parsed as a phrase of "in"
        return any(_relief(c) for c in carried)
    if token.pos_ in {"NOUN", "PROPN"} and lemma in LOADS and token.dep_ in ACTED:
        return any(c.dep_ in {"compound", "amod"} and _aid_noun(c) for c in token.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and _relief(g) for g in c.children) for c in token.children)
    return False


def aid_stopped(token: Token, plover: str) -> bool:
    """Aid, or a load of it, that a verb of stopping takes as its object ("suspended a
    shipment of rice aid", "donors froze aid to the ministry")."""
    if plover != "AID" or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    node = token
    for _ in range(3):  # "a planned shipment of rice aid": up through "of" and compounds
        if node.dep_ in {"dobj", "nsubjpass"}:
            verb = node.head
            return verb.pos_ in VERB_POS and verb.lemma_.lower() in STOPPING
        if node.dep_ == "compound":
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of":
            node = node.head.head
        else:
            return False
    return False


# what is offered for information or a capture (a bounty), and the verbs that offer it
REWARDS = {"reward", "bounty"}
OFFERING = {"offer", "promise", "announce", "post", "pledge", "double", "raise", "increase",
            "put"}


def reward_offered(token: Token) -> bool:
    """A reward or a bounty offered ("offered a reward of 10 million naira for information on
    the kidnappers", "promised a reward to anyone who helps", "offered a bounty for the
    capture of"): an appeal to the public for information or a capture (REQUEST), no deal
    with a party (AGREE)."""
    if token.lemma_.lower() not in OFFERING or token.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in REWARDS
               for c in token.children)
