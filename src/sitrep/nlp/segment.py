"""Cheap sentence segmentation with character offsets (no parser needed).

The parser is the expensive step; segmenting first lets ``select`` decide which sentences are worth
parsing. Splits on paragraph breaks and on sentence-final punctuation followed by a capital, a
quote or a digit, except after common abbreviations and initials.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "cpl", "pvt", "adm",
    "gov", "sen", "rep", "rev", "st", "ste", "mt", "ft", "jr", "sr", "no", "nos", "vs", "v", "etc",
    "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "approx", "est", "dept", "univ", "assn", "bros", "gens", "msgr", "pres",
    "supt", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "al", "fig", "ave", "blvd", "rd",
}

_BOUNDARY = re.compile(r"([.!?]+[\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[A-Z“\"])")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def _is_abbreviation(chunk: str) -> bool:
    match = re.search(r"(\S+)$", chunk)
    if not match:
        return False
    word = match.group(1).rstrip(".").lower().lstrip("(\"'“")
    if word in ABBREVIATIONS:
        return True
    # initials such as "J." or "U.S."
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", word))


def split_sentences(text: str) -> list[Segment]:
    """Split ``text`` into sentences; offsets index into ``text``."""
    segments: list[Segment] = []
    para_start = 0
    bounds = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
    ends = [m.end() for m in _PARAGRAPH.finditer(text)]
    starts = [0] + ends
    for para_start, para_end in zip(starts, bounds, strict=False):
        _split_paragraph(text, para_start, para_end, segments)
    return segments


def _split_paragraph(text: str, start: int, end: int, out: list[Segment]) -> None:
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        cut = match.end(1)
        punct = match.group(1)
        if punct.startswith(".") and len(punct.rstrip("\"'”’)]")) == 1:
            if _is_abbreviation(text[cursor:match.start(1)]):
                continue
        _emit(text, cursor, cut, out)
        cursor = match.end()
    _emit(text, cursor, end, out)


def _emit(text: str, start: int, end: int, out: list[Segment]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Segment(start, end, text[start:end]))
