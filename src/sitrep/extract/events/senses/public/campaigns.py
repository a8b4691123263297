"""Wars, violence and fights named as a condition, not told as a happening.

Nouns of a lasting condition of violence ("war", "violence", "conflict", "the fight against",
"bloodshed", "insurgency", "terrorism", "crime") mostly name what an article is about: "US guns
fuel criminal violence in Latin America", "an impact of Mexico's drug war", "the US should
take more responsibility in the fight against drug cartels", "a safe haven from the violence
of the drug trade", "states most affected by drug violence". Such a noun is told as one
happening only when something anchors it:

- a date of its own ("the violence on Sunday", "fighting last week");
- a casualty figure in its phrase ("violence that left 12 dead");
- it is the subject of a verb of outbreak, course or harm ("violence erupted", "fighting
  broke out", "the war has displaced thousands", "clashes killed four");
- it is where a harm happened ("were killed in the violence", "died in the fighting");
- it names its doer ("violence by police against protesters").

Otherwise it is a topic (issue 15: "topics and generic mentions are not happenings"), and
``eventhood`` drops it, with whatever actor or place its phrase names ("Mexico's drug war",
"violence in Honduras"): the country of a war is no anchor in time.

The families of words are listed whole (inflections come through the lemma).
"""

from __future__ import annotations

from spacy.tokens import Token

NOUN_POS = {"NOUN", "PROPN"}
VERB_POS = {"VERB", "AUX"}
# nouns of a lasting condition of violence (lemmas)
# ("fighting", the gerund of the act, tells it going on: "because of fighting between
# Azerbaijanis and Armenians")
CONDITIONS = {"war", "warfare", "violence", "conflict", "fight", "struggle",
              "bloodshed", "hostility", "hostilities", "aggression", "insurgency", "terrorism",
              "crime", "criminality", "lawlessness", "unrest", "insecurity", "militancy",
              "extremism", "banditry"}
# verbs whose subject is violence that happened (lemmas): outbreak, course, harm
OUTBREAK = {"erupt", "break", "flare", "start", "begin", "resume", "rage", "spread", "spill",
            "intensify", "escalate", "explode", "engulf", "rock", "grip", "sweep", "hit",
            "ravage", "kill", "leave", "claim", "wound", "injure", "displace", "force",
            "drive", "cost", "destroy", "damage", "end", "stop", "cease", "subside",
            "continue", "persist", "last", "follow", "occur", "happen", "unfold", "ensue",
            "take", "trap", "block", "close", "shut", "disrupt", "paralyse", "paralyze",
            "halt", "prevent", "send", "uproot", "empty"}
# harms that happen in violence (lemmas): "killed in the fighting"
HARMS = {"kill", "die", "injure", "wound", "hurt", "displace", "flee", "destroy", "damage",
         "lose", "perish", "trap", "burn", "loot", "capture", "abduct", "kidnap", "arrest",
         "detain", "shoot", "maim", "disappear", "evacuate", "rescue", "strand"}
CASUALTIES = {"dead", "die", "kill", "death", "wound", "injure", "injured", "wounded",
              "victim", "casualty", "life", "body", "toll", "displace", "displaced"}


def _casualties(token: Token) -> bool:
    sub = list(token.subtree)
    return any(t.like_num for t in sub) and any(t.lemma_.lower() in CASUALTIES for t in sub)


def _subject_of_outbreak(token: Token) -> bool:
    node = token
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    if node.dep_ not in {"nsubj", "nsubjpass"} or node.head.pos_ not in VERB_POS:
        return False
    verb = node.head
    if verb.lemma_.lower() in OUTBREAK:
        return True
    # "violence began to spread", "fighting has continued killing": the complement's verb
    return any(c.dep_ in {"xcomp", "advcl", "conj"} and c.lemma_.lower() in OUTBREAK
               for c in verb.children)


def _place_of_harm(token: Token) -> bool:
    if token.dep_ != "pobj" or token.head.lower_ not in {"in", "during", "amid", "by"}:
        return False
    verb = token.head.head
    return verb.pos_ in VERB_POS and verb.lemma_.lower() in HARMS


def condition_of_violence(token: Token, plover: str, has_date: bool = False) -> bool:
    """A noun of lasting violence named as a topic: no date, casualty figure, outbreak or harm
    anchors it (see the module's docstring)."""
    if plover != "ASSAULT" or token.pos_ not in NOUN_POS or has_date:
        return False
    if token.lemma_.lower() not in CONDITIONS and token.lower_ not in CONDITIONS:
        return False
    return not (_casualties(token) or _subject_of_outbreak(token) or _place_of_harm(token)
                or _doer(token))


def _doer(token: Token) -> bool:
    """The noun names who did it: "violence by police against protesters"."""
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        g.dep_ == "pobj" and g.pos_ in NOUN_POS | {"PRON"} for g in c.children)
        for c in token.children)
