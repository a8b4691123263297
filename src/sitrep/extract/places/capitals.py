"""Towns written in capitals as a dateline: "HAMILTON — Staring down ...", "MOUNT GILEAD (AP)
-- A city court ...", "BEIRUT: The body of ...", "RIDGE FARM, Ill. (AP) —".

The parser reads a word in capitals poorly: "PITTSBURGH" is tagged a plural common noun, and
"HAMILTON" an acronym or an organisation without an entity type, so neither the entity nor the
proper-noun rules of the extractor find it. The news convention is explicit though: at the start
of a sentence (or of a line, or after the byline's date), one to four words in capitals, an
optional ", State" and an optional bracket (the agency or the station), then a dash or a colon
and the capitalised first word of the story. Such a run is a place mention when the gazetteer
has a town, a division or a country of that very name, and the article never writes the words
in lower case (a word, not a name: "POLICE — ... the police said").
"""

from __future__ import annotations

import re

from sitrep.nlp.scans import UPPER
from sitrep.resources.gazetteer import Gazetteer
from sitrep.resources.gazetteer_build import fold

_DATELINE = re.compile(
    r"(?:^|\n|(?<=\d)[ \t]+)[ \t]*(?P<town>[" + UPPER + r"][" + UPPER + r"'’.\-]+"
    r"(?:[ \t][" + UPPER + r"][" + UPPER + r"'’.\-]*){0,3})"
    r"(?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){0,2})?[ \t]*"
    r"(?:\([^)\n]{1,40}\)[ \t]*)?(?:-{1,3}|[–—:])[ \t]+[A-Z“\"‘'(]")
# a dash or a colon and the blank after it, which every match of ``_DATELINE`` holds
_MARKS = tuple(mark + blank for mark in ("-", "\u2013", "\u2014", ":") for blank in (" ", "\t"))
_KINDS = {"city", "admin1", "admin2", "country"}
MIN_LETTERS = 3


def dateline_spans(text: str, gaz: Gazetteer, lowered: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans (into ``text``, one sentence) of towns written in capitals as a
    dateline. ``lowered``: the words the article writes in lower case."""
    out: list[tuple[int, int]] = []
    if not any(mark in text for mark in _MARKS):
        return out  # no dash or colon before a space: no dateline (most sentences)
    for match in _DATELINE.finditer(text):
        town = match.group("town").rstrip(".-")
        words = town.split()
        if sum(c.isalpha() for c in town) < MIN_LETTERS or any(
                w.lower().strip(".") in lowered for w in words):
            continue
        key = fold(town)
        if not any(c.main and c.kind in _KINDS and fold(c.name) == key
                   for c in gaz.lookup(town.title())):
            continue
        start = match.start("town")
        out.append((start, start + len(town)))
    return out
