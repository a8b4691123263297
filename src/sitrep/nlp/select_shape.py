"""Word-shape checks for sentence selection: a trigger form whose neighbours show, before any
parse, that it is not the word class its trigger rows need.

``select`` keeps a sentence on an event trigger's surface form. Many forms are also words of
another class: a verb-only trigger ("use", "hand", "supply", "move", "back") after an article or a
preposition is a noun ("the use of", "in the hands of", "a move"); the month "March" is no march;
"back" before a preposition is an adverb ("back to", "back in 2019"); a participle before a noun,
after an article or an adverb, is an adjective ("the armed forces", "heavily armed"). The trigger
rows of such a lemma (part of speech ``V`` in ``event_triggers.tsv``) can only match a verb, so
the parse would find no event on those tokens either. Each check is a word class (articles,
prepositions, months), never a list of sentences, and a form is judged by every one of its
occurrences: one verb-shaped occurrence keeps the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# words after which a noun phrase, not a finite verb, begins ("the", "a"; possessive
# determiners; "her" is left out: "let her move" has a verb after it)
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "our", "my", "your", "whose"})
# prepositions (not "to", the infinitive's marker, nor "but", "like", "as", "than", "before",
# "after", "since", "until": conjunctions too, after which a clause with its verb may follow)
PREPOSITIONS = frozenset({
    "of", "in", "on", "at", "from", "with", "by", "for", "into", "onto", "under", "over",
    "about", "without", "against", "through", "throughout", "during", "upon", "within",
    "among", "amid", "amidst", "across", "toward", "towards", "behind", "beyond", "beneath",
    "inside", "outside", "via", "per", "despite",
})
# adverbs of degree before an adjective-like participle ("heavily armed", "well supplied")
PARTICIPLE_ADVERBS = frozenset({
    "heavily", "lightly", "well", "ill", "poorly", "badly", "better", "best", "fully", "newly",
    "partly", "partially", "adequately", "inadequately", "sufficiently", "insufficiently"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"})
# words before a month that make it a date ("in March", "since March", "last March", "early
# March", "between March and May")
MONTH_BEFORE = frozenset({
    "in", "on", "since", "until", "till", "by", "from", "through", "throughout", "of", "last",
    "next", "early", "late", "mid", "this", "that", "and", "or", "to", "between", "before",
    "after", "during", "around", "each", "every", "previous", "same", "past",
})
# words after an adverb "back" (a particle or an adverb of time or place: "back to", "back in
# 2019", "back then", "back home"), never the object a verb "back" takes
BACK_AFTER = frozenset(PREPOSITIONS | {
    "to", "then", "home", "down", "up", "off", "out", "and", "or", "again", "here", "there",
    "where", "when", "as", "after", "before", "since", "until", "later", "now", "away",
    "together", "around", "inside", "outside", "towards", "toward", "behind", "onto",
})
# participles that are also conjunctions or prepositions ("given that", "provided that", "Given
# the risks, ..."): no verb where "that" follows, nor at the head of a sentence before an article
CONJUNCTIONS = frozenset({"given", "provided", "providing", "granted", "granting", "seeing",
                          "supposing", "assuming", "considering"})
# what a sentence-initial "Given" as a preposition is followed by ("Given the risks", "Given its
# size", "Given how"); "Given a loan, ..." gives something
DEFINITE = frozenset(DETERMINERS - {"a", "an"} | {"this", "these", "those", "how", "what"})
NUMBER = re.compile(r"^\d[\d,.]*$")
# the adverbs and particles among verb forms ("back": "came back", "back then")
ADVERB_FORMS = frozenset({"back", "down", "out", "off", "up", "forward", "home", "over"})
# prepositions and particles: a trigger's neighbour of this kind is its child, after it
FUNCTION_WORDS = frozenset(PREPOSITIONS | {"to", "off", "out", "up", "down", "back", "away",
                                           "around", "together"})


@dataclass(frozen=True)
class FormKind:
    """What a trigger form may be, from its lemmas' rows: ``plain`` (the verb's base or -s form of
    a verb-only lemma: a noun after an article or a preposition), ``participle`` (a verb-only
    lemma's -ed form, every row of which needs an argument: an adjective before a noun),
    ``adverb`` (a form that is also an adverb: "back")."""

    plain: bool = False
    participle: bool = False
    adverb: bool = False


def month_shaped(cased: Sequence[str], i: int) -> bool:
    """A capitalised month name that is a date: next to a day or year number, or after a word of
    dates ("in March", "on 4 March", "March 2019", "last March")."""
    word = cased[i]
    if word.lower() not in MONTHS or not word[:1].isupper():
        return False
    before = cased[i - 1].lower() if i else ""
    after = cased[i + 1] if i + 1 < len(cased) else ""
    return bool(NUMBER.match(after) or NUMBER.match(before) or before in MONTH_BEFORE)


def not_verb(cased: Sequence[str], i: int, kind: FormKind) -> bool:
    """True when the form at ``i`` cannot be the verb its trigger rows need."""
    if month_shaped(cased, i):
        return True
    word = cased[i]
    before = cased[i - 1].lower() if i else ""
    after = cased[i + 1].lower() if i + 1 < len(cased) else ""
    if word.lower() in CONJUNCTIONS and (after == "that" or (
            i == 0 and after in DEFINITE)):
        return True  # "given that", "Given the risks"
    if kind.plain and (before in DETERMINERS or before in PREPOSITIONS):
        return True  # "the use of force", "in the hands of", "a move", "of arms"
    if kind.adverb and (after in BACK_AFTER or not after or before in DETERMINERS):
        return True  # "came back to", "back in 2019", "brought it back", "the back of"
    if kind.participle and (before in DETERMINERS or before in PARTICIPLE_ADVERBS):
        return True  # "an armed group", "heavily armed men"
    return False


def some_verb(cased: Sequence[str], lowered: Sequence[str], kinds: dict[str, FormKind],
              forms: set[str]) -> bool:
    """Whether any occurrence of ``forms`` (lower case) in the sentence may be a verb."""
    for i, tok in enumerate(lowered):
        if tok in forms and not not_verb(cased, i, kinds.get(tok, FormKind())):
            return True
    return False
