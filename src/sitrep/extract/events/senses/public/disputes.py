"""Figurative fights and battles, and support that backs no one:

- **a dispute by its kind**: "a legal battle", "a court battle", "the custody battle", "a
  political battle", "a budget fight": a fight noun whose modifier names a field of disputes;
- **a fight over a thing, between people who are not armed**: "an impending battle over the
  budget", "parents fought the school board over the mask rules", "the town is battling the
  state over funding" (a fight over a territory, "fought over the region", or with armed
  participants stays);
- **a fight with the courts**: "a months-long battle with the courts", "fought the insurer for
  two years": the opponent is a court, a judge or an insurer;
- **a quarrel in the family**: "she had been fighting with her husband", "fought with his
  parents over money": the opponents are kin or partners and no weapon is named;
- **fighting to do something**, by someone unarmed: "he fought to keep his job", "fight to hold
  back tears" ("rebels fought to take the town" stays);
- **a fight for a business**: "a two-month battle for the snack maker", "the fight for control
  of Zenith Ltd", "a battle for market share": what is fought for is a company, a stake in one
  or its customers (a fight for a town, a base or a hill stays);
- **support of a body or a customer**: "life support", "tech support", "customer support",
  "child support".

Who is armed is read by ``forces.armed`` (the armed family and the actor lexicon's sectors).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.senses.everyday import WEAPONS
from sitrep.extract.events.senses.forces import armed

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
FIGHTING = {"fight", "battle", "struggle", "clash", "war", "feud", "showdown", "tussle",
            "duel", "skirmish", "wrangle", "brawl", "combat"}
# fields of disputes (lemmas of modifiers of a fight noun)
DISPUTE_FIELDS = {
    "legal", "court", "courtroom", "judicial", "custody", "divorce", "inheritance", "probate",
    "political", "budget", "budgetary", "fiscal", "funding", "tax", "bidding", "takeover",
    "proxy", "boardroom", "corporate", "patent", "copyright", "trademark", "contract",
    "licensing", "regulatory", "zoning", "procedural", "parliamentary", "congressional",
    "legislative", "electoral", "election", "primary", "nomination", "ratings", "price",
    "pricing", "tariff", "trade", "currency", "bureaucratic", "ideological", "culture",
    "cultural", "philosophical", "rhetorical", "verbal", "media", "pr", "publicity",
    "uphill", "lawsuit", "appeals", "extradition", "deportation", "immigration", "ballot",
    "recount", "redistricting", "property", "land-use", "insurance", "family", "sibling",
    "scheduling", "salary", "wage", "pay", "pension", "benefits", "health",
}
# institutions one fights in the figurative sense ("fought the school board over the rules")
INSTITUTIONS = {"board", "council", "state", "city", "county", "town", "government", "company",
                "district", "agency", "administration", "court", "insurer", "bank", "landlord",
                "developer", "university", "school", "commission", "department", "ministry",
                "legislature", "congress", "parliament", "senate", "assembly", "committee",
                "regulator", "union", "employer", "corporation", "firm", "hospital", "church",
                "association", "club", "league", "federation", "authority", "utility"}
# opponents of a legal fight ("a months-long battle with the courts", "fought the insurer")
LEGAL_OPPONENTS = {"court", "judge", "judiciary", "tribunal", "insurer", "bureaucracy",
                   "taxman", "regulator", "prosecutor", "lawyer", "attorney", "appeals"}
# family and partners: fighting with them is a quarrel, unless a weapon is named ("she had
# been fighting with her husband", "fought with his parents over money"; lemmas, with the
# plural forms the model may keep)
KIN = {"family", "families", "wife", "wives", "husband", "spouse", "partner", "boyfriend",
       "girlfriend", "fiance", "fiancé", "fiancee", "fiancée", "father", "mother", "parent",
       "dad", "mom", "mum", "brother", "sister", "sibling", "son", "daughter", "child",
       "children", "kid", "relative", "cousin", "uncle", "aunt", "nephew", "niece",
       "grandfather", "grandmother", "grandparent", "grandson", "granddaughter", "stepfather",
       "stepmother", "stepson", "stepdaughter", "in-law", "father-in-law", "mother-in-law",
       "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law", "ex", "ex-wife",
       "ex-husband", "ex-boyfriend", "ex-girlfriend", "roommate", "flatmate", "housemate"}
# what a fight "over" may be about and stay violent: places (entity labels)
PLACE_ENTS = {"GPE", "LOC", "FAC"}
# supports of a body or a customer (lemmas of the compound)
CARE_SUPPORT = {"life", "tech", "technical", "customer", "child", "it", "lumbar", "back",
                "arch", "ventilator", "respiratory", "breathing", "wheel", "hip",
                "knee", "ankle", "neck", "head", "emotional", "mental", "peer", "user",
                "product", "software", "hardware", "client", "spousal", "family", "dental"}

# what a business fight is for (lemmas): a company, a stake in it, its market
BUSINESSES = {"company", "firm", "maker", "manufacturer", "producer", "business", "brand",
              "retailer", "chain", "supplier", "distributor", "carrier", "airline", "bank",
              "lender", "insurer", "publisher", "newspaper", "broadcaster", "studio", "startup",
              "conglomerate", "subsidiary", "unit", "corporation", "stake", "share", "shares",
              "market", "customer", "client", "subscriber", "contract", "franchise", "licence",
              "license", "account", "takeover", "acquisition", "merger", "ownership"}


def _participants(token: Token) -> list[Token]:
    found: list[Token] = []
    node = token
    if token.pos_ in NOUN_POS:  # "lawmakers face an impending battle": the verb's subject
        if token.dep_ in {"dobj", "pobj", "attr"}:
            verb = token.head if token.dep_ != "pobj" else token.head.head
            found += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        node = token
    for child in node.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj", "poss", "compound"}:
            found.append(child)
        elif child.dep_ in {"prep", "agent"} and child.lower_ in {"with", "against", "between",
                                                                  "by", "among"}:
            found += [g for g in child.children if g.dep_ == "pobj"]
    return found + [c for f in found for c in f.children if c.dep_ == "conj"]


def _over_a_thing(token: Token) -> bool:
    overs = [g for p in token.children if p.dep_ == "prep" and p.lower_ in {"over", "about"}
             for g in p.children if g.dep_ == "pobj"]
    return bool(overs) and not any(o.ent_type_ in PLACE_ENTS or armed(o) for o in overs)


def _for_a_business(token: Token) -> bool:
    """ "A battle for the snack maker", "the fight for control of Zenith Ltd": fought for a
    company, a stake in one or its market (not "the battle for Mosul", "for the hill")."""
    sought = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
              for g in p.children if g.dep_ == "pobj"]
    sought += [g for s in sought if s.lemma_.lower() in {"control", "ownership"}
               for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    return any((s.lemma_.lower() in BUSINESSES or (s.ent_type_ == "ORG" and not armed(s)))
               and s.ent_type_ not in PLACE_ENTS for s in sought)


def _fighting_to(token: Token) -> bool:
    return token.pos_ in VERB_POS and not any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ in {"xcomp", "advcl"} and c.pos_ in VERB_POS and
        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.children)


def figurative_fight(token: Token, plover: str) -> bool:
    """A dispute, a fight over a thing or to do something by unarmed people, or support of a
    body or a customer (see the module's docstring)."""
    lemma = token.lemma_.lower()
    if plover == "SUPPORT" and lemma == "support" and token.pos_ in NOUN_POS:
        return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in CARE_SUPPORT
                   for c in token.children)  # "life support", "tech support"
    if plover != "ASSAULT" or lemma not in FIGHTING:
        return False
    if token.pos_ in NOUN_POS and any(c.dep_ in {"amod", "compound"} and
                                      c.lemma_.lower() in DISPUTE_FIELDS for c in token.children):
        return True  # "a legal battle", "the custody battle"
    if _for_a_business(token):
        return True  # "ending a two-month battle for the snack maker"
    participants = _participants(token)
    if any(armed(p) or p.ent_type_ in {"GPE", "NORP"} for p in participants) or any(
            t.lemma_.lower() in WEAPONS | {"machete", "stick", "bat", "fist"}
            for t in token.subtree):
        return False
    opponents = [p for p in participants if p.dep_ in {"dobj", "pobj"}]
    if opponents and all(o.lemma_.lower() in LEGAL_OPPONENTS for o in opponents):
        return True  # "a months-long battle with the courts", "fought the insurer"
    kin = [o for o in opponents if o.text != "-"]  # "his ex - wife" parsed as three objects
    if kin and all(o.lemma_.lower() in KIN or o.lower_ in KIN for o in kin) and \
            lemma in {"fight", "battle", "feud", "wrangle", "tussle"}:
        return True  # "fighting with her husband": a quarrel
    if token.pos_ in VERB_POS:
        # a verb: fighting an institution over a thing ("fought the school board over the
        # rules"), not two people fighting over a parking space
        opponents = [p for p in participants if p.dep_ in {"dobj", "pobj"}]
        if _fighting_to(token):
            return True
        return bool(opponents) and all(
            o.lemma_.lower() in INSTITUTIONS or o.ent_type_ == "ORG" for o in opponents) and \
            _over_a_thing(token)
    return _over_a_thing(token)


# A request named as what is turned down is the earlier request referred to, no REQUEST of
# its own: "rejected calls for reforms", "dismissed demands for his resignation", "rebuffed
# appeals for a ceasefire" (the rejection is the REJECT); nor is the act it asked for an act of
# its own ("calls for his resignation": no RETREAT). As ``opinions.accusation_answered`` for
# accusations turned down. A request voiced, made or repeated ("renewed calls for talks") stays.
# Session 43, issue 15 (event precision; the look sets' annotators code none of them, 3 of 3).
# nouns of a request (lemmas)
REQUESTS = {"call", "demand", "appeal", "request", "plea", "petition", "ultimatum", "entreaty"}
# verbs of turning a request down (lemmas; "brush aside" through its particle). A request
# ignored or disregarded ("the demand for an inquiry was ignored") is still told as made
TURNING_DOWN = {"reject", "dismiss", "rebuff", "refuse", "spurn", "snub", "repudiate",
                "brush", "resist", "defy"}


def _answered_request(noun: Token) -> bool:
    while noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in VERB_POS:
        return head.lemma_.lower() in TURNING_DOWN
    return noun.dep_ == "pobj" and head.lower_ in {"aside", "off"} and \
        head.head.lemma_.lower() in TURNING_DOWN  # "brushed aside calls for"


def request_answered(token: Token, plover: str) -> bool:
    """A request noun turned down ("rejected calls for reforms"), or an act it asked for
    ("rejected calls for his resignation": the resignation)."""
    if plover == "REQUEST" and token.pos_ in NOUN_POS and token.lemma_.lower() in REQUESTS:
        return _answered_request(token)
    node = token
    for _ in range(3):  # "calls for his resignation", "demands that he resign"
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in NOUN_POS and node.lemma_.lower() in REQUESTS:
            return _answered_request(node)
        if node.pos_ in VERB_POS:
            return False
    return False
