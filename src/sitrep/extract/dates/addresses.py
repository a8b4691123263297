"""Street numbers that look like years: "Chiquita Henry, 19, of 1935 Orchard St.", "a fire at
2010 Main Street", "the 1900 block of Elm Avenue". A four-digit number before a street's name
(capitalised words ending in a street type: the whole family of the postal suffixes a news
story writes) or before "block of" is an address, not a year; after a word that introduces a
year ("in", "since", "the" ...: "in 1935 Orchard Street was paved", "the 2008 Wall Street
crash") it stays a year."""

from __future__ import annotations

import re

# street types, written out and abbreviated (a dot optional); "Court", "Place", "Square" and
# "Way" only abbreviated ("the 1998 Supreme Court ruling" is a year)
STREET_TYPES = (r"(?:St|Street|Ave|Av|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Pkwy|"
                r"Parkway|Hwy|Highway|Ter|Terr|Terrace|Pike|Turnpike|Expy|Expressway|Fwy|"
                r"Freeway|Cir|Trl|Trail|Aly|Alley|Cres|Crescent|Ct\.|Pl\.|Sq\.|Plz|Blvd)\b")
_STREET = re.compile(r"\s+(?:[A-Z][\w'.-]*\s+){1,3}" + STREET_TYPES)
_BLOCK = re.compile(r"\s+block\s+of\s+[A-Z]")  # "the 1900 block of Pine Avenue"
# words before a number that make it a year: "in 1935", "since 1998", "the 2008 crash",
# "Smith's 1999 book"
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|until|till|during|by|from|before|after|through|"
                          r"the|a|an|this|that|its|his|her|their|our|of the)|'s)\s+$", re.I)


def street_number(text: str, start: int, end: int) -> bool:
    """The number at ``text[start:end]`` is a street number (the module's docstring)."""
    if _BLOCK.match(text, end):
        return True
    if not _STREET.match(text, end):
        return False
    return not _YEAR_BEFORE.search(text, max(0, start - 12), start)
