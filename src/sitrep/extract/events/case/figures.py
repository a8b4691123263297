"""Killing words used as figures of speech ("the Senate killed the bill", "murdered democracy",
"a massacre of public education"): their object is an abstraction, not a living being, so they
name no attack. The object's head noun is classed by the WordNet class of its first sense
(``resources.noun_classes``): an act, an idea, a message, a feeling, a quality, a state or a
possession cannot be killed."""

from __future__ import annotations

import re

from sitrep.extract.events.case.lemmas import lemma_pattern
from sitrep.resources import noun_classes

ABSTRACT = frozenset(("communication", "cognition", "act", "feeling", "attribute", "state",
                      "motive", "relation", "possession"))
KILL_WORD = lemma_pattern(
    r"\b(?:<kill>|<killing:N>|<murder>|<massacre>|<slaughter>|<assassinate>|<assassination:N>|"
    r"<strangle>|<butcher>)(?: (?:off|of))?\b")
# the words of the object phrase after the verb: determiners and numbers are skipped, and the
# phrase ends at a function word or a punctuation mark
SKIP = frozenset(("the", "a", "an", "any", "all", "its", "their", "his", "her", "our", "your",
                  "this", "that", "these", "those", "every", "some", "many", "more", "most"))
STOP = frozenset(("in", "on", "at", "by", "and", "or", "with", "for", "that", "which", "who",
                  "when", "while", "as", "after", "before", "near", "during", "from", "to", "of",
                  "it", "him", "them", "her", "me", "us", "you", "himself", "themselves",
                  "herself", "itself", "was", "were", "is", "are", "be", "been", "has", "have",
                  "had", "would", "will", "but", "than", "so", "if", "since", "over", "into"))
PHRASE = re.compile(r"\s+((?:[a-z][a-z'-]*|\d[\d,.]*)(?:\s+(?:[a-z][a-z'-]*|\d[\d,.]*)){0,4})")


def _noun_class(word: str) -> str | None:
    classes = noun_classes()
    for form in (word, word[:-1] if word.endswith("s") else "",
                 word[:-2] if word.endswith("es") else ""):
        if form and form in classes:
            return classes[form]
    return None


def figurative(text: str, verb: re.Match[str]) -> bool:
    """Whether the killing word ``verb`` (a match in ``text``) has an abstraction as its object
    and no person, group or number in the phrase."""
    m = PHRASE.match(text, verb.end())
    if m is None:
        return False
    head = None
    for word in (w.strip("'-") for w in m.group(1).split()):
        if not word or word in STOP:
            break
        if word in SKIP:
            continue
        if word[0].isdigit():
            return False
        head = word
    return head is not None and _noun_class(head) in ABSTRACT


def unfigured(text: str) -> str:
    """``text`` with its figurative killing words blanked out."""
    spans = [m.span() for m in KILL_WORD.finditer(text) if figurative(text, m)]
    for start, end in reversed(spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
