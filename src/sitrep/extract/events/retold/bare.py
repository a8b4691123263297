"""Bare definite references to an act told before: "the attack", "that attack", "the killings",
"the riot", "the expulsions", "its offensive", named by a definite or demonstrative determiner
(or a possessive pronoun) and nothing else of their own: no modifier that would make them
another act ("the second attack", "the latest raid", "a deadly attack"), no participant, place
or date inside their phrase ("the attack on the convoy", "the 2019 bombing", "the raid in
Gao", "Tuesday's raid").

Such a noun names a happening the reader already knows, and whatever the sentence around it
says is not the act's own: the doers of the clause are those who link, repel, claim, join or
follow it ("police have not linked the killing to the seizure", "troops repelled the attack",
"Israel sealed off the West Bank after that attack"), its place is where the clause happens
("told parliament in Yerevan that the attack was a blow"), and its flags are those of the
saying ("said the strike would continue", "said the riot was not a failure"). ``corefer.fuse``
joins it to the nearest earlier event of its type that its mode does not set apart (an
expulsion is no recall of an ambassador), of the same time (background or
news: not "after the talks collapsed in May" after "talks resumed on Friday"), and lends that
event nothing; an article that told no act of its type before keeps it
(then it is the article's only report of the act).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sitrep.extract.events.senses.words import DEFINITE

NOUNS = {"NOUN", "PROPN"}
VERBS = {"VERB", "AUX"}
# verbs that say their subject took place (lemmas): their clause dates and places it
OCCURRING = {"happen", "occur", "take", "begin", "start", "break", "erupt", "resume", "continue",
             "end", "unfold", "last", "rage"}
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
# entity labels of a compound word that dates, places or names the act ("the July attack", "the
# Gao raid", "the Hamas attack"): the phrase has something of its own
OWN_ENTITIES = {"DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "ORDINAL",
                "CARDINAL", "EVENT"}


def _determined(noun: Token) -> bool:
    """The noun's determiner is definite or demonstrative, or a possessive pronoun."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE)
               or (c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS) for c in noun.children)


def _bare_compound(word: Token) -> bool:
    """A compound word naming the act's kind ("the bomb attack", "the car bombing"), not its
    date, place, doer or rank, with nothing of its own below it."""
    return word.pos_ == "NOUN" and word.ent_type_ not in OWN_ENTITIES and not word.like_num \
        and not any(c.dep_ != "compound" or not _bare_compound(c) for c in word.children)


def bare_reference(token: Token | None, others: Sequence[Token | None] = ()) -> bool:
    """The trigger ``token`` is a noun (or the first part of a compound noun) with a definite or
    demonstrative determiner or a possessive pronoun and no other word of its own phrase but
    compound words of the act's kind: "the attack", "that attack", "the bomb attack", "the
    killings", "its offensive"; not "the attack on the convoy", "the latest attack", "the 2019
    bombing", "the Gao raid", "Tuesday's raid", "an attack"."""
    if token is None or token.pos_ not in NOUNS:
        return False
    noun = token.head if token.dep_ == "compound" and token.head.pos_ in NOUNS else token
    if token is not noun and not _bare_compound(token):
        return False
    if noun.ent_type_ in OWN_ENTITIES - {"EVENT"} or not _determined(noun):
        return False
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in DEFINITE:
            continue
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
            continue
        if child.dep_ == "compound" and _bare_compound(child):
            continue
        if child.dep_ in {"punct", "amod"} and child.i > noun.i:
            continue  # "the attack," closing a clause; "called the expulsions 'unjustified'",
            # the verb's complement that the parse hung on the noun
        return False
    return not _occurring(noun) and not _conjoined(noun, others)


def _verb_of(noun: Token) -> Token | None:
    """The verb whose clause holds the noun."""
    word = noun
    while word.head.i != word.i:
        word = word.head
        if word.pos_ in VERBS:
            return word
    return None


def _occurring(noun: Token) -> bool:
    """The noun is the subject of a verb of occurrence ("the battle began on February 18")."""
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in OCCURRING


def _conjoined(noun: Token, others: Sequence[Token | None]) -> bool:
    """A word of ``others`` lies in a verb conjoined to the verb of the noun's clause (or in the
    verb it is conjoined to), not in that clause itself."""
    verb = _verb_of(noun)
    if verb is None:
        return False
    spans = [(c.left_edge.i, c.right_edge.i) for c in verb.children
             if c.dep_ == "conj" and c.pos_ in VERBS]
    own = (verb.left_edge.i, verb.right_edge.i)
    if verb.dep_ == "conj" and verb.head.pos_ in VERBS:
        head = verb.head
        inside = [w for w in others if w is not None and w.doc is noun.doc
                  and head.left_edge.i <= w.i <= head.right_edge.i
                  and not own[0] <= w.i <= own[1]]
        if inside:
            return True
    return any(w is not None and w.doc is noun.doc and a <= w.i <= b
               for w in others for a, b in spans)
