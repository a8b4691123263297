"""Cheap sentence segmentation with character offsets (no parser needed).

The parser is the expensive step; segmenting first lets ``select`` decide which sentences are worth
parsing. Splits on paragraph breaks and on sentence-final punctuation followed by a capital, a
quote or a digit, except after common abbreviations and initials.

Work is linear in the text: a sentence longer than ``MAX_SENTENCE_CHARS`` (a run of text with no
sentence boundary, e.g. a list or a dump without full stops) is cut at the last whitespace before
the limit (or at the limit, inside a very long token), so that the parser never sees one
unbounded "sentence". The longest sentence of the 2,046 news-mix articles has 1,020 characters.
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
    # titles and ranks written before names ("Det. Sgt. Mark Bell", "Cmdr. Ana Ruiz")
    "det", "insp", "cmdr", "cdr", "atty", "tpr", "ofc", "pfc", "spc", "govs", "sens", "reps",
}

# a match starts only at the first mark of a run of [.!?] (the lookbehind): a start inside the
# run meets the same tail and fails or matches as the first would, and trying every one of them
# made a run of 100,000 full stops take minutes
_BOUNDARY = re.compile(r"(?<![.!?])([.!?]+[\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[A-Z“\"])")


MAX_SENTENCE_CHARS = 2000


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def _last_word(text: str, start: int, end: int) -> str | None:
    r"""What ``re.search(r"(\S+)$", text[start:end])`` finds, in time proportional to the word
    (not to the distance from ``start``, which grows after each skipped abbreviation)."""
    if end > start and text[end - 1] == "\n":  # ``$`` also matches before a final newline
        end -= 1
    i = end
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:end] if i < end else None


def _is_abbreviation(text: str, start: int, end: int) -> bool:
    found = _last_word(text, start, end)
    if found is None:
        return False
    word = found.rstrip(".").lower().lstrip("(\"'“")
    if word in ABBREVIATIONS or word.startswith("ex-") and word[3:] in ABBREVIATIONS:
        return True  # "Gen.", "Ex-Sen."
    # initials such as "J." or "U.S."
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", word))


# a single line break before a capital is a paragraph break (a headline, a dateline), except in
# hard-wrapped copy: after a line of at least WRAP_MIN_LINE characters that stops mid-sentence
# (no closing punctuation), the break is a wrap and the sentence goes on ("... in Cape\nTown")
WRAP_MIN_LINE = 40
_SENTENCE_END = set(".!?:;\"'”’)]")


_BLANK_AFTER = re.compile(r"[ \t\r]*\n")


def _is_wrap(text: str, at: int) -> bool:
    """Whether the line break at ``at`` wraps a sentence (work: the length of one line)."""
    if _BLANK_AFTER.match(text, at + 1):
        return False  # a blank line: a paragraph break
    line = text[text.rfind("\n", 0, at) + 1:at].rstrip(" \t\r")
    return len(line) >= WRAP_MIN_LINE and line[-1:] not in _SENTENCE_END


def breaks_sentence(text: str, at: int) -> bool:
    """Whether the line break at ``at`` ends a sentence, as ``split_sentences`` reads it: a
    blank line or a break before a capital, unless it wraps a long line mid-sentence."""
    return bool(_PARAGRAPH.match(text, at)) and not _is_wrap(text, at)


def split_sentences(text: str) -> list[Segment]:
    """Split ``text`` into sentences; offsets index into ``text``."""
    segments: list[Segment] = []
    para_start = 0
    breaks = [m for m in _PARAGRAPH.finditer(text) if not _is_wrap(text, m.start())]
    bounds = [m.start() for m in breaks] + [len(text)]
    ends = [m.end() for m in breaks]
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
            if _is_abbreviation(text, cursor, match.start(1)):
                continue
        _emit(text, cursor, cut, out)
        cursor = match.end()
    _emit(text, cursor, end, out)


def _emit(text: str, start: int, end: int, out: list[Segment]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:  # no boundary for too long: cut at a space
        limit = start + MAX_SENTENCE_CHARS
        cut = limit
        while cut > start + MAX_SENTENCE_CHARS // 2 and not text[cut].isspace():
            cut -= 1
        if not text[cut].isspace():
            cut = limit  # one very long token
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        out.append(Segment(start, piece_end, text[start:piece_end]))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Segment(start, end, text[start:end]))


def one_line(text: str) -> str:
    """The text the parser reads: hard line breaks inside a sentence become spaces ("Western\n
    Cape" is one name), one character for one, so that every offset stays the article's."""
    return text.replace("\r", " ").replace("\n", " ") if "\n" in text or "\r" in text else text
