"""Strikes of two kinds: the noun "strike" the lexicon reads as a walkout (PROTEST) is an
attack from afar when armed doers carry it out ("the air force carried out a strike", an
``armed_strike``) or when it tells again an attack the sentence or the story told
(``strike_told_again``: "the strike destroyed a school", "drones hit a depot ... blamed the
rebels for the strike", "horrified by the strike and urged the military to stop air attacks",
"U.S. strike hits militants"). Moved out of ``forces.py`` (session 43), which had reached its
size. The verb "strike" with no target is a walkout (``walkout_struck``: "nurses strike over
unpaid allowances", "dockworkers struck for higher pay"), not an attack.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitrep.extract.events.senses.fit import noun_class
from sitrep.records import Actor

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}


# sectors of armed doers, whose strike is an attack ("the air force carried out a strike")
STRIKER_SECTORS = {"MIL", "REB", "UAF", "SPY"}


def armed_strike(token: Token, actors: list[Actor]) -> bool:
    """The noun "strike" done by armed forces, rebels or intelligence services is an attack
    ("the air force carried out a strike near the border"), not a walkout: each doer is armed
    ("workers carried out a strike" stays a strike); a strike called or declared is a shutdown
    whoever calls it ("the rebels called an armed strike for Tuesday, ordering shops to
    close")."""
    if token.lemma_.lower() != "strike" or token.pos_ not in {"NOUN", "PROPN"} or not actors:
        return False
    if token.dep_ == "dobj" and token.head.lemma_.lower() in CALLED:
        return False
    if any(w.strip(".,'\"").lower().removesuffix("s") in CREWS
           for a in actors for w in a.text.split()):
        return False  # "a strike by pilots": a crew's walkout (the lexicon may read pilots
        # as military)
    return all(a.sector in STRIKER_SECTORS for a in actors)


# verbs whose object strike is a shutdown called, not an attack made
CALLED = {"call", "announce", "declare"}
# crews whose strike is a walkout, though the actor lexicon may give them a military sector
CREWS = {"pilot", "copilot", "co-pilot", "crew", "aviator", "flight attendant", "controller",
         "mechanic", "engineer", "sailor", "seafarer"}



# words that name an attack from the air or from afar, or its weapons (lemmas): a "strike" they
# come closest before is that attack told again ("drones hit a depot ... blamed the rebels for
# the strike")
ARMED_STRIKE_CUES = {"airstrike", "drone", "missile", "warplane", "jet", "bomber", "rocket",
                     "artillery", "shell", "shelling", "bomb", "bombing", "bombardment",
                     "helicopter", "gunship", "munition", "mortar", "shrapnel", "sortie",
                     "aircraft", "warship", "howitzer", "projectile", "air"}
# words of work and its stoppage (lemmas): a "strike" they come closest before is a walkout
LABOUR_CUES = {"worker", "union", "walkout", "employee", "picket", "wage", "salary", "pay",
               "job", "labour", "labor", "employer", "work", "pension", "unionist", "stoppage",
               "protest", "protester", "demonstrator", "march", "rally", "boycott"}
# trades whose strike its own phrase names ("the strike by nurses"): a walkout; as a word
# before it they tell no kind of strike ("a nurse said 19 wounded had been brought in")
STRIKING_TRADES = {"staff", "teacher", "nurse", "doctor", "driver", "miner", "docker", "crew",
                   "pilot", "controller", "collector", "clerk", "porter", "cleaner", "lecturer",
                   "guard"}


def _forms(lemmas: set[str]) -> re.Pattern[str]:
    """Every inflection of ``lemmas`` as whole words of plain text (the text before a sentence
    is not parsed): "drone", "drones"; "bomb", "bombs", "bombed", "bombing"."""
    words = "|".join(sorted(re.escape(w) for w in lemmas))
    return re.compile(rf"\b(?:{words})(?:s|es|ed|d|ing)?\b", re.IGNORECASE)


ARMED_TEXT = _forms(ARMED_STRIKE_CUES | {"struck"})
LABOUR_TEXT = _forms(LABOUR_CUES | {"rallie", "salarie", "marche"})
# verbs of harm or damage whose subject or setting a strike is ("the strike destroyed a
# school", "were killed in the strikes")
STRIKE_HARMS = {"kill", "wound", "injure", "destroy", "damage", "flatten", "level", "hit",
                "die", "raze", "demolish", "wreck"}
# entity labels of a state or a force named before "strike" ("U.S. strike", "Israeli strike")
STRIKER_ENTS = {"GPE", "NORP"}
# how much of the article before the sentence an antecedent is looked for in (characters)
STRIKE_WINDOW = 600


def _strike_cue(token: Token) -> str | None:
    """ "armed" or "labour" when ``token`` tells which kind of strike an article speaks of."""
    lemma = token.lemma_.lower()
    if lemma in ARMED_STRIKE_CUES or (lemma == "strike" and token.pos_ in VERB_POS and any(
            c.dep_ in {"dobj", "nsubjpass"} for c in token.children)):
        return "armed"  # "drones struck a fuel depot"
    if lemma in LABOUR_CUES:
        return "labour"
    return None


def _last_cue(before: str) -> str | None:
    """The kind of strike the last cue of the text ``before`` a sentence tells."""
    armed = [m.end() for m in ARMED_TEXT.finditer(before)]
    labour = [m.end() for m in LABOUR_TEXT.finditer(before)]
    if not armed and not labour:
        return None
    return "armed" if max(armed, default=-1) > max(labour, default=-1) else "labour"


# words before "strike" that name a walkout ("a general strike", "a hunger strike")
WALKOUT_KINDS = {"general", "hunger", "wildcat", "sit-down", "sympathy", "token", "warning",
                 "indefinite", "nationwide", "national", "rolling", "teachers", "workers",
                 "doctors", "nurses", "drivers", "transport", "rail", "labour", "labor"}
STRIKE_NAMED = re.compile(r"\b(?:([A-Za-z'-]+)[\s-]+)?([A-Za-z]*?)strikes?\b", re.IGNORECASE)


def _named_strike(text: str) -> str | None:
    """The kind of the last strike ``text`` names with a word of its kind ("a drone strike",
    "an airstrike", "a general strike"): a later "the strike" tells it again, whatever words
    of other trades come between ("according to two health workers")."""
    for match in reversed(list(STRIKE_NAMED.finditer(text))):
        word = (match.group(2) or match.group(1) or "").lower().strip("'")
        if ARMED_TEXT.fullmatch(word):
            return "armed"
        if word in WALKOUT_KINDS or LABOUR_TEXT.fullmatch(word) or \
                word.removesuffix("s") in STRIKING_TRADES:
            return "labour"
        if word not in {"the", "this", "that", "a", "an", "its", "their", "his", "her"}:
            return None  # "a strike", "the strike": no kind told
    return None


# what a walkout hits (lemmas): services, travel, trade and work, no target of an attack
WORK_HIT = {"service", "flight", "train", "rail", "railway", "bus", "transport", "traffic",
            "commuter", "travel", "traveller", "traveler", "passenger", "production", "output",
            "economy", "business", "trade", "commerce", "shop", "store", "market", "factory",
            "industry", "sector", "supply", "delivery", "port", "airport", "airline",
            "operation", "class", "exam", "post", "mail", "network", "line", "route"}


def _work_hit(verb: Token) -> bool:
    """ "Hit rail services", "hits flights": what the verb harms is work or travel (its object,
    or the object's first conjunct), or a WordNet act."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(objects) and verb.lemma_.lower() == "hit" and all(
        o.lemma_.lower() in WORK_HIT or noun_class(o) == "act" for o in objects)


def strike_told_again(token: Token, before: str = "") -> bool:
    """The noun "strike" names an attack from afar that its sentence or the text ``before`` it
    tells: its own phrase is the doer or the setting of a harm ("the strike destroyed a
    school", "were killed in the strikes"), or, definite ("the strike", "the strikes"), the
    nearest word before it that tells a kind of strike is one of attack ("drones hit a fuel
    depot on Tuesday. The government blamed the rebels for the strike") rather than of work
    ("bus drivers walked off the job. The strike left commuters stranded")."""
    if token.lemma_.lower() != "strike" or token.pos_ not in NOUN_POS:
        return False
    if any(c.dep_ in {"compound", "amod"} and c.ent_type_ not in STRIKER_ENTS
           for c in token.children):
        return False  # "a general strike", "a hunger strike": the lexicon's reading stands
        # (a state's name before it tells no kind: "U.S. strike hits militants")
    if any(_strike_cue(t) == "labour" or t.lemma_.lower() in STRIKING_TRADES
           for t in token.subtree):
        return False  # "the strike by rail workers"
    head = token.head
    harmed = head.head
    if harmed.pos_ in NOUN_POS and harmed.dep_ in {"dobj", "nsubjpass"}:
        harmed = harmed.head  # "destroyed three radar sites in strikes near Hodeidah"
    if token.dep_ == "pobj" and head.lower_ in {"in", "during"} and \
            harmed.lemma_.lower() in STRIKE_HARMS:
        return True  # "one person was killed in the strikes"
    if token.dep_ == "nsubj" and head.lemma_.lower() in STRIKE_HARMS - {"die"}:
        return not _work_hit(head)  # "the strike destroyed a school", "U.S. strike hits
        # militants" (not "the strike hit rail services": a walkout's toll on work)
    if not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "another", "no"}
               for c in token.children):
        return False  # "a strike": a new one, read by the lexicon
    named = _named_strike(before[-STRIKE_WINDOW:] + " " + token.doc[:token.i].text)
    if named:
        return named == "armed"  # "a drone strike hit a minibus ... not commented on the strike"
    for i in range(token.i - 1, token.sent.start - 1, -1):
        cue = _strike_cue(token.doc[i])
        if cue:
            return cue == "armed"
    for later in token.doc[token.i + 1:token.sent.end]:
        cue = _strike_cue(later)
        if cue:  # "horrified by the strike and urged the military to stop air attacks"
            return cue == "armed"
    return _last_cue(before[-STRIKE_WINDOW:]) == "armed"




# what workers strike over or for (lemmas): pay and the terms of work
WORK_TERMS = {"pay", "wage", "salary", "allowance", "pension", "bonus", "arrear", "arrears",
              "benefit", "condition", "contract", "hour", "overtime", "raise", "rise", "increase",
              "cut", "reform", "privatisation", "privatization", "layoff", "dismissal", "job",
              "payment", "stipend", "subsidy", "fee", "price", "tax", "policy", "law", "bill"}
# prepositions of a target: "struck at the base", "struck against the rebels", "struck on"
TARGET_PREPS = {"at", "against", "on", "into", "in", "inside", "near"}


def _labour_word(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return (lemma in STRIKING_TRADES or lemma in LABOUR_CUES or lemma.endswith("worker")
            or noun.lower_.removesuffix("s") in STRIKING_TRADES)


def walkout_struck(verb: Token) -> bool:
    """The verb "strike" with no target, done by people who work or over the terms of work:
    "nurses strike over unpaid allowances", "dockworkers struck for higher pay", "teachers
    in Lagos are striking": a walkout (PROTEST), not an attack. A target told by an object, a
    passive subject or a preposition of place ("struck the base", "struck at the convoy",
    "militants struck in the north") keeps the attack, as does an armed doer."""
    if verb.lemma_.lower() != "strike" or verb.pos_ not in VERB_POS:
        return False
    kids = list(verb.children)
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in kids)
    if over:  # "will strike over pensions": the parser may read the cause as an object
        kids = [c for c in kids if c.dep_ != "dobj"]
    if any(c.dep_ in {"dobj", "nsubjpass", "dative", "attr"} or
           (c.dep_ == "prt" and c.lower_ != "over") or
           (c.dep_ == "prep" and c.lower_ in TARGET_PREPS) for c in kids):
        return False
    doers = [c for c in kids if c.dep_ == "nsubj"]
    doers += [c for d in list(doers) for c in d.conjuncts]
    if verb.dep_ in {"conj", "xcomp"} and not doers:
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if doers and any(_labour_word(d) for d in doers):
        return True
    causes = [g for c in kids if c.dep_ in {"prep", "prt"} and c.lower_ in {"over", "for"}
              for g in c.children if g.dep_ == "pobj"]
    causes += [c for c in verb.children if over and c.dep_ == "dobj"]
    return bool(doers) and all(noun_class(d) in {"person", "group"} or d.ent_type_ == "NORP"
                               for d in doers) and any(
        g.lemma_.lower() in WORK_TERMS for g in causes)
