"""Whether "a year", "a week" or "a second" is a span of time, for the dates grammar
(``timex``): after a count of things or money it is a rate ("$40 a year", "four flights a
week", "($40) a week"); opening a sentence or a clause it is a span ("in 2015. A year later",
"A week of fighting followed"); after "once" or "twice" a set ("twice a year"); and "a second"
before a noun is the ordinal ("a second man was held")."""

from __future__ import annotations

import re

# the words after which "a week" is a span of time, not a rate
_RATE_PREP = {"but", "then", "barely", "less", "more", "with", "lasting", "spend", "spends",
              "take", "takes", "taking", "wait", "waited", "waiting",
              "for", "in", "within", "over", "after", "than", "about", "nearly", "almost",
              "least", "only", "just", "past", "last", "first", "next", "of", "up", "to",
              "under", "around", "roughly", "some", "by", "during", "the", "since", "until",
              "before", "spent", "took", "lasted", "lasts", "half", "once", "twice"}
# what ends the sentence or clause before an expression: "in 2015. A year later" opens a new
# one, where "$40 a year" or "four flights a week" is a rate
_CLAUSE_MARKS = (".", "!", "?", ";", ":", ",")
# "a second" is a span of time only before a word of time or a pause: "a second later", "for
# a second, he hesitated", "a second or two"
_SECOND_AS_TIME = re.compile(r"\s*(?:[.,;:!?)]|$|(?:later|earlier|ago|afterwards?|before|after|"
                             r"or|and|too|longer|more|at)\b)", re.I)


def rate_or_ordinal(text: str, start: int, end: int, unit: str) -> bool:
    """True when "a"/"an" + ``unit`` at ``text[start:end]`` is a rate or an ordinal, not a
    span of time."""
    if unit.lower() == "second" and not _SECOND_AS_TIME.match(text, end):
        return True  # the ordinal: "a second man was held", "a second reading"
    prev = text[max(0, start - 25):start].split()
    last = prev[-1].lower().strip("\"'`") if prev else ""
    if last in ("once", "twice", "thrice", "times"):
        return False  # a set: "twice a year"
    if prev and prev[-1].rstrip("\"'\u201d\u2019").endswith(_CLAUSE_MARKS):
        return False  # it opens a sentence or a clause: "in 2015. A year later"
    return bool(prev) and (not last.isalpha() or last not in _RATE_PREP)
