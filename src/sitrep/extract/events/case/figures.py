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
                      "motive", "relation", "possession", "phenomenon"))
KILL_WORD = lemma_pattern(
    r"\b(?:<kill>|<killing:N>|<murder>|<massacre>|<slaughter>|<assassinate>|<assassination:N>|"
    r"<strangle>|<butcher>|<execute>|<execution:N>)(?: (?:off|of))?\b")
# a killing word in the passive ("the bill was killed in committee", "the result had been
# 'murdered'"): its subject is what was killed
PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?[\"'“‘]?$", re.I)
CLAUSE_START = re.compile(r"[,;:]|\b(?:and|but|that|said|says|while|after|when|because)\b", re.I)
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


def _head(words: list[str]) -> str | None:
    """The head noun of a phrase's words: the last word before a function word, skipping
    determiners; None when a number is among them."""
    head = None
    for word in (w.strip("'-\"“”‘’") for w in words):
        if not word or word in STOP:
            break
        if word in SKIP:
            continue
        if word[0].isdigit():
            return None
        head = word
    return head


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
    before = text[max(0, verb.start() - 120): verb.start()]
    aux = PASSIVE.search(before)
    if aux is not None:  # the passive: the subject of the clause is what was killed
        subject = before[:aux.start()]
        starts = list(CLAUSE_START.finditer(subject))
        words = subject[starts[-1].end():].lower().split() if starts else subject.lower().split()
        words = [w for w in words if w not in ("had", "has", "have", "would", "will")]
        head = _head(words)
        return head is not None and _noun_class(head) in ABSTRACT
    m = PHRASE.match(text, verb.end())
    if m is None:
        return False
    head = _head(m.group(1).split())
    return head is not None and _noun_class(head) in ABSTRACT


def unfigured(text: str) -> str:
    """``text`` with its figurative killing words blanked out."""
    spans = [m.span() for m in KILL_WORD.finditer(text) if figurative(text, m)]
    for start, end in reversed(spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
