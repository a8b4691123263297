"""The clue patterns that begin with the first character of what they match (``_BLOCK`` and
``_HOUSE`` with a digit, ``_NAME_AGE`` with a capital; the word boundary before it checked by a
lookbehind, so that the regex engine scans for that character) find what the same patterns
written with a leading ``\\b`` find: on made-up texts, both give the same matches, and the
texts give the clues they tell (also names with "Mc", "Mac" and "O'", and a number or a
capital glued to a word before it, which no match may start inside)."""

from __future__ import annotations

import re

import pytest

from sitrep.reconcile import clues

_LEADING_B = {
    "_BLOCK": rf"\b(?P<n>\d{{1,5}})\s+block\s+of\s+(?:the\s+)?{clues._street('a')}",
    "_HOUSE": rf"\b(?P<n>\d{{2,5}})\s+{clues._DIR}?(?P<a>{clues._NAME})\s+{clues._SUFFIX}",
    "_NAME_AGE": (rf"\b(?:{clues._CAP}\s+(?:[A-Z]\.\s+)?){{1,3}}"
                  + clues._NAME_AGE.pattern[clues._NAME_AGE.pattern.index("(?P<last>"):]),
}

TEXTS = [
    "Police said Darnell McKay, 31, was shot in the 600 block of W. Venango St. on Friday.",
    "Rosa MacLeod (44) died at 612 West Venango Street; Sean O'Brien, 19, was hurt.",
    "A12 Main Street and B600 block of Oak Avenue are no addresses; x4512 Elm Road neither.",
    "Officers found Mcdonald Reyes, 23, and Ana Lucia Ferreira Diaz, 52, near 48th Street.",
    "The shooting at 1200 block of the Parkway Drive left JohnMcKay, 40, and O'Neil Ames, 33, hurt.",
    "Kevin Marsh Jr., 27, of Dayton lived at 77 N. Lake Shore Drive with Ed R. Stone, 61, who said.",
    "Mayor Lena Fisk, 2019 winner, spoke; 123456 Oak Street is too long a number.",
]


@pytest.mark.parametrize("name", sorted(_LEADING_B))
@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_with_a_leading_word_boundary(name: str, text: str) -> None:
    ours = getattr(clues, name)
    theirs = re.compile(_LEADING_B[name])
    assert [(m.span(), m.groupdict()) for m in ours.finditer(text)] == [
        (m.span(), m.groupdict()) for m in theirs.finditer(text)]


def test_clues_of_the_probes() -> None:
    found = {c.label for text in TEXTS for c in clues.named_ages(text) + clues.streets(text)}
    assert {"person:mckay|31", "person:macleod|44", "person:o'brien|19", "person:reyes|23",
            "person:diaz|52", "person:marsh|27", "person:stone|61", "person:ames|33",
            "addr:600|venango", "addr:0|lake shore"} <= found
    assert not any(label.startswith("addr:") and "|oak" in label for label in found)
    assert "person:johnmckay|40" not in found and "person:mckay|40" not in found
