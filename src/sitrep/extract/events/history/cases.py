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

And an act a punishment is or was served for (``served_for``): "served eight years for killing
a clerk", "spent ten years in prison for shooting a guard", "is serving time for the stabbing of
a guard", "was on parole for assaulting a neighbour", "did time for attacking an officer": the
crime came before the conviction whose term is served. Not a term still to come ("will serve
ten years for shooting a guard", "faces a life sentence for the killing": the story's trial)
nor the sentencing itself ("was sentenced to life for killing").

And the crime a conviction or a prison sentence passed punishes (``punished_for``): "A man who
attacked a delivery driver has been jailed", "was jailed for stabbing a neighbour", "jailed
over a machete attack", "was sentenced to life for killing a guard": a trial and its verdict
come months after the crime, which the story recalls (the sentence is the news). Not a
sentence to come ("could be jailed for", "faces jail for"), nor a charge ("was charged with
attacking": the crime may be days old).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events import lexicon
from sitrep.extract.events.when.dated import clause_head

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


# verbs of serving a term ("served eight years", "spent ten years in prison", "did time"), the
# nouns of a term served or of the release on terms ("a life sentence", "on parole"), and the
# verbs a term noun is served by ("was serving a life sentence", "was on parole"), lemmas
SERVING = {"serve", "spend"}
TERMS = {"sentence", "term", "time", "stint", "parole", "probation", "year", "month", "decade",
         "life"}
RELEASED = {"parole", "probation"}  # released on terms after a conviction (not bail: before)
TERM_VERBS = SERVING | {"be", "do", "complete", "finish"}
NOT_DONE_AUX = {"will", "'ll", "shall", "wo", "would", "could", "might", "may", "can", "should",
                "must", "to"}


def _done(verb: Token) -> bool:
    return not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in NOT_DONE_AUX
                   for c in verb.children)


def served_for(trigger: Token) -> bool:
    """The act is what a punishment is or was served for (the module's docstring)."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "the robbery and shooting of a clerk"
    prep = node.head
    if node.dep_ not in {"pobj", "pcomp"} or prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    head = prep.head
    lemma = head.lemma_.lower()
    if head.pos_ in {"VERB", "AUX"}:
        if lemma in SERVING:  # "served eight years for", "spent ten years in prison for"
            return _done(head)
        if lemma == "be":  # "was on parole for", "is on probation for"
            return _done(head) and any(
                c.dep_ == "prep" and c.lower_ == "on" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in RELEASED for o in c.children)
                for c in head.children)
        if lemma == "do":  # "did time for"
            return _done(head) and any(c.dep_ == "dobj" and c.lemma_.lower() == "time"
                                       for c in head.children)
        return False
    if head.pos_ != "NOUN" or lemma not in TERMS:
        return False
    verb = clause_head(head)  # "was serving a life sentence for", "was on parole for"
    return verb.lemma_.lower() in TERM_VERBS and _done(verb)


PUNISHED_PREPS = {"for", "over"}  # "jailed for stabbing", "jailed over a machete attack"


def _convicting(verb: Token) -> bool:
    """A verb of the lexicon's convictions and prison sentences ("jail", "sentence", "convict",
    "imprison"), as done (not "could be jailed")."""
    if verb.pos_ not in {"VERB", "AUX"} or not _done(verb):
        return False
    return any(row.plover == "SANCTION" and row.mode == "convict" and row.pos in ("V", "*")
               for row in lexicon.triggers().get(verb.lemma_.lower(), ()))


def punished_for(trigger: Token) -> bool:
    """The act is the crime a conviction or a prison sentence punishes (the module's
    docstring): a relative clause on the convict ("a man who attacked ... has been jailed") or
    the object of "for" or "over" on the verb of the sentence."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "for robbing and stabbing a clerk"
    if node.dep_ == "relcl":
        person = node.head
        return person.dep_ in {"nsubj", "nsubjpass"} and _convicting(person.head)
    prep = node.head
    if node.dep_ not in {"pobj", "pcomp"} or prep.dep_ != "prep" or (
            prep.lower_ not in PUNISHED_PREPS):
        return False
    head = prep.head
    if head.lemma_.lower() in TERMS and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head  # "jailed for 14 years over a machete attack", "sentenced to
        # life for killing"
    return _convicting(head)
