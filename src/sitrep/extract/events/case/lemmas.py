"""Cue patterns written as lemmas: ``<word>`` stands for every inflection of the word."""

from __future__ import annotations

import re

from sitrep.nlp.select import inflections

# ``<word>`` (or ``<two words>``) in a cue stands for every inflection of that lemma ("<shell>":
# shell, shells, shelled, shelling; "<go> off": went off, goes off, gone off; a phrase inflects
# its last word: "<air strike:N>"); ``<word:N>`` for its noun forms only ("<mine:N>": mine,
# mines, not "mined"). Cues are written as lemmas.
LEMMA = re.compile(r"(?<!\(\?)(?<!\(\?P)<([A-Za-z][A-Za-z' -]*?)(?::([N]))?>")


def lemma_regex(pattern: str) -> str:
    """``pattern`` with each ``<lemma>`` replaced by a group of all its inflections
    (``select.inflections``; the longest first, so that alternation prefers them)."""
    def expand(m: re.Match[str]) -> str:
        *modifiers, head = m.group(1).split(" ")  # a phrase inflects its last word only
        forms = {" ".join([*modifiers, f]) for f in inflections(head, m.group(2) or "*")}
        return "(?:" + "|".join(re.escape(f).replace(r"\ ", " ")
                                for f in sorted(forms, key=lambda f: (-len(f), f))) + ")"
    return LEMMA.sub(expand, pattern)


def lemma_pattern(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """``pattern`` compiled with its ``<lemma>`` words expanded (``lemma_regex``)."""
    return re.compile(lemma_regex(pattern), flags)
