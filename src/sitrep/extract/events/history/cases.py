"""An act told as what happened on an earlier occasion: "In a previous case, Jones shot a
neighbour", "was convicted of robbery in a prior case", "At an earlier hearing, the judge
sentenced him", "On a previous visit to the city, the minister met the mayor", "During a
previous protest, demonstrators blocked the highway".

The occasion is a preposition's object on the act's trigger or clause ("in", "during", "at",
"on", "from") that an adjective of precedence modifies ("previous", "prior", "earlier",
"past", "preceding", "former"), and that names an occasion ("case", "incident", "hearing",
"occasion", ...) or a happening of the event lexicon ("attack", "raid", "visit", "protest").
Such an act is background: the guidelines' earlier happening the article recalls.

Not: a day or a time of day ("on the previous day", "the previous night": the day before a
story's day); a place or a person ("at his previous address", "met the previous mayor": no
occasion); an earlier occasion named as another act's ("overturning a previous acquittal": the
acquittal's own precedence, read by ``referred``); "the latest attack", "a separate case"
(neither tells an earlier time).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events import lexicon

PRECEDING = {"previous", "prior", "earlier", "past", "preceding", "former"}
OCCASION_PREPS = {"in", "during", "at", "on", "from"}
# nouns of an occasion or a step of a case, lemmas (their plurals lemmatise to them)
OCCASIONS = {"case", "incident", "occasion", "instance", "episode", "encounter", "hearing",
             "trial", "session", "proceeding", "matter", "offence", "offense", "crime",
             "appearance", "sitting", "round", "stint", "term", "tenure", "spell", "run",
             "tour", "trip", "stay", "posting", "assignment", "mission", "deployment",
             "confrontation", "clash", "dispute"}
# a day or a time of day: "on the previous day" is the day before a story's day
TIMES = {"day", "night", "morning", "afternoon", "evening", "hour", "minute", "weekend",
         "week", "date"}


def _occasion(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in TIMES or noun.pos_ != "NOUN":
        return False
    return lemma in OCCASIONS or lexicon.match(noun) is not None


def _preceded(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in PRECEDING for c in noun.children)


def earlier_occasion(trigger: Token, clause: Token) -> bool:
    """The trigger or its clause's verb has a phrase of an earlier occasion (the module's
    docstring): "In a previous case, Jones shot a neighbour"."""
    heads = [trigger] if clause.i == trigger.i else [trigger, clause]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
                continue
            if any(c.dep_ == "pobj" and _preceded(c) and _occasion(c) for c in prep.children):
                return True
    return False
