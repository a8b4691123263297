"""Quantities in text: digits with separators, number words, ranges, bounds, approximations and
vague quantity words, found over the tokens of a spaCy ``Doc``.

``find_quantities(doc)`` returns ``Quantity`` records (token span, low, high, approx, vague words
and ACLED's conventional lower bound for them). It does not decide what is counted: the claims
extractor checks the counted noun ("24 hours", "three missiles" are not people).

Conventions (from ../shared/data/claims/GUIDELINES.md and ACLED):
- exact "6" -> low 6, high 6; "between 2,000 and 3,000", "2,000-3,000", "from 10 to 15" -> a range;
- "at least / more than / over / past / beyond 12", "the toll topped 12" -> low 12, high None;
  "up to / fewer than / nearly 12" -> low None, high 12; "some / about / around / an estimated 20" -> 20..20 with ``approx``;
- "a dozen" -> 12, "two dozen" -> 24; "two hundred and nineteen" -> 219;
- vague words without a figure keep the words ("dozens", "hundreds of thousands") and record
  ``vague_low`` (tens 10, dozens 12, scores 20, hundreds 100, thousands 1000, ...).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.attrs import LIKE_NUM, LOWER, ORTH
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Token

from sitrep.memo import remembered
from sitrep.nlp.scans import column, lemma_keys

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

# vague quantity words -> ACLED-style conventional lower bound (None: no convention)
VAGUE = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
    "millions": 1_000_000, "several": None, "many": None, "multiple": None, "numerous": None,
    "some": None, "few": None, "countless": None,
}
VAGUE_PHRASES = {  # multi-word vague quantities, longest first when matching
    ("a", "number", "of"): None, ("a", "few"): None, ("a", "handful", "of"): None,
    ("a", "large", "number", "of"): None, ("large", "numbers", "of"): None,
    ("an", "unknown", "number", "of"): None, ("an", "unspecified", "number", "of"): None,
}

LOWER_BOUND = [("at", "least"), ("more", "than"), ("over",), ("upwards", "of"), ("in", "excess", "of"),
               ("a", "minimum", "of"), ("no", "fewer", "than"), ("no", "less", "than"),
               ("above",), ("at", "minimum"), ("past",), ("beyond",)]
# verbs whose object is a figure passed, not reached ("the toll topped 300"): at least
_PASSING = frozenset({"top", "surpass", "exceed", "pass", "cross", "breach", "overtake"})
UPPER_BOUND = [("up", "to"), ("fewer", "than"), ("less", "than"), ("nearly",), ("almost",),
               ("as", "many", "as"), ("under",), ("close", "to"), ("at", "most"), ("just", "under"),
               ("not", "more", "than"), ("no", "more", "than")]
APPROX = [("some",), ("about",), ("around",), ("roughly",), ("approximately",), ("an", "estimated"),
          ("estimated",), ("approx",), ("approx.",), ("circa",), ("nearly", "some"), ("perhaps",)]

HYPHEN_UNITS = {"year", "years", "month", "months", "week", "day", "days", "hour", "km", "kilometre",
                "kilometer", "mile", "storey", "story", "member", "man", "strong", "point", "metre",
                "meter", "minute", "second", "seat", "page", "acre", "ton", "tonne"}

_DIGITS = re.compile(r"^\d{1,3}(?:[,\u202f ]\d{3})+$|^\d+(?:\.\d+)?$")
_DIGIT_RANGE = re.compile(r"^(\d[\d,]*)[-\u2013\u2014](\d[\d,]*)$")
_YEAR_LIKE = re.compile(r"^(1[89]|20)\d\d$")


@dataclass
class Quantity:
    start: int  # first token (including bound/approx words)
    end: int  # one past the last token of the number itself
    num_start: int  # first token of the figure proper
    low: int | None
    high: int | None
    approx: bool = False
    vague: str | None = None  # the vague words as written ("dozens", "a number of")
    vague_low: int | None = None
    kind: str = "number"  # number | vague | range

    @property
    def value(self) -> int | None:
        return self.low if self.low is not None else self.high


def digits_value(text: str) -> float | None:
    """``"2,000"`` -> 2000; ``"2.5"`` -> 2.5; None when not a plain figure."""
    text = text.strip()
    if not _DIGITS.match(text):
        return None
    value = float(re.sub(r"[,\u202f ]", "", text))
    return value if math.isfinite(value) else None  # over 308 digits: no count, no float


def words_value(words: list[str]) -> tuple[int, int] | None:
    """Parse number words from the start of ``words``; return (value, words consumed)."""
    total, current, used, seen = 0, 0, 0, False
    for i, raw in enumerate(words):
        w = raw.lower()
        for part in w.split("-"):
            if part not in UNITS and part not in TENS and part not in SCALES:
                break
        else:
            parts = w.split("-")
            for part in parts:
                if part in UNITS:
                    current += UNITS[part]
                elif part in TENS:
                    current += TENS[part]
                elif part == "hundred":
                    current = (current or 1) * 100
                else:
                    total += (current or 1) * SCALES[part]
                    current = 0
            used, seen = i + 1, True
            continue
        if w == "and" and seen and i + 1 < len(words) and (
                words[i + 1].lower().split("-")[0] in UNITS or
                words[i + 1].lower().split("-")[0] in TENS):
            continue
        break
    if not seen:
        return None
    return total + current, used


def _match(tokens: list[str], i: int, phrases: list[tuple[str, ...]]) -> int:
    """Length of the longest phrase of ``phrases`` ending right before index ``i``."""
    best = 0
    for phrase in phrases:
        n = len(phrase)
        if i - n >= 0 and tuple(tokens[i - n:i]) == phrase and n > best:
            best = n
    return best


def _figure_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """(value, end) of a figure starting at token ``i`` (digits, words, 'a dozen', 'two dozen')."""
    tok = doc[i]
    low = tok.lower_
    value: float | None = digits_value(tok.text)
    end = i + 1
    if value is not None:
        if end < len(doc) and doc[end].lower_ in ("million", "thousand", "hundred"):
            value *= SCALES[doc[end].lower_]
            end += 1
        elif end < len(doc) and doc[end].lower_ == "dozen":
            value *= 12
            end += 1
        if value != int(value):
            return None
        return int(value), end
    if low in ("a", "an") and i + 1 < len(doc):
        nxt = doc[i + 1].lower_
        if nxt in ("dozen", "half-dozen"):
            return (12 if nxt == "dozen" else 6), i + 2
        if nxt == "half" and i + 2 < len(doc) and doc[i + 2].lower_ == "dozen":
            return 6, i + 3
        if nxt == "half" and i + 3 < len(doc) and doc[i + 3].lower_ == "dozen":
            return 6, i + 4
        if nxt in ("hundred", "thousand", "million"):
            return SCALES[nxt], i + 2
        return None
    if low == "half-dozen":
        return 6, i + 1
    if low == "half" and i + 2 < len(doc) and doc[i + 1].lower_ in ("a", "an"):
        scale = doc[i + 2].lower_  # "half a million" is 500,000, "half a dozen" 6
        if scale in ("dozen", "hundred", "thousand", "million", "billion"):
            return (SCALES.get(scale) or 12) // 2, i + 3
    if low == "half" and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "dozen":
        return 6, i + 3
    words = [t.text for t in doc[i:i + 8]]
    parsed = words_value(words)
    if parsed is None:
        return None
    value, used = parsed
    end = i + used
    if value in TENS.values() and end + 1 < len(doc) and doc[end].text in ("-", "\u2013") and (
            doc[end + 1].lower_ in UNITS and 0 < UNITS[doc[end + 1].lower_] < 10) and not (
            doc[end - 1].whitespace_ or doc[end].whitespace_):
        value += UNITS[doc[end + 1].lower_]  # "Twenty-three" split into three tokens
        end += 2
    if end < len(doc) and doc[end].lower_ == "dozen":
        value *= 12
        end += 1
    return int(value), end


def _vague_at(doc: Doc, i: int, doc_lowers: list[str] | None = None
              ) -> tuple[str, int | None, int] | None:
    """(words, conventional low, end) of a vague quantity starting at token ``i``
    (``doc_lowers``: the lower case of every token of ``doc``, when the caller has it)."""
    lowers = ([t.lower_ for t in doc[i:i + 5]] if doc_lowers is None
              else doc_lowers[i:i + 5])
    for phrase, low in _VAGUE_LONGEST_FIRST:
        if tuple(lowers[:len(phrase)]) == phrase:
            end = i + len(phrase)
            return doc[i:end].text, low, end
    word = lowers[0] if lowers else ""
    if word not in VAGUE:
        return None
    end = i + 1
    low = VAGUE[word]
    # "hundreds of thousands", "tens of thousands", "thousands upon thousands"
    if (word in ("tens", "hundreds", "thousands", "dozens") and len(lowers) >= 3
            and lowers[1] == "of" and lowers[2] in ("thousands", "millions", "hundreds")):
        end = i + 3
        low = (low or 1) * (VAGUE[lowers[2]] or 1)
    return doc[i:end].text, low, end


_VAGUE_LONGEST_FIRST = sorted(VAGUE_PHRASES.items(), key=lambda kv: -len(kv[0]))
# the words a quantity that is not a number-like token can start with (see ``_quantity_at``)
_START_WORDS = frozenset(VAGUE) | {p[0] for p in VAGUE_PHRASES} | {"a", "an", "half-dozen",
                                                                    "both", "half"}


_STRINGS: dict[int, str] = {}  # hash -> string, shared by every vocabulary (hashes are of text)
_START_HASHES = frozenset(get_string_id(w) for w in _START_WORDS)


def strings_of(strings: StringStore, keys: list[int]) -> list[str]:
    """``[strings[key] for key in keys]``, remembered (at most 200,000 strings)."""
    return remembered(_STRINGS, keys, strings.__getitem__)


class Flags:
    """A test of strings (``test(text) -> bool``) applied to string hashes read from a token
    array, remembered: each distinct hash is tested once (at most 200,000 are kept)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        self.test = test
        self.seen: set[int] = set()
        self.true: set[int] = set()

    def indices(self, strings: StringStore, keys: list[int]) -> list[int]:
        """The positions of the keys whose string passes the test."""
        new = set(keys).difference(self.seen)
        if new:
            if len(self.seen) > 200_000:
                self.seen.clear()
                self.true.clear()
                new = set(keys)
            self.seen.update(new)
            self.true.update(key for key in new if self.test(strings[key]))
        if self.true.isdisjoint(keys):
            return []
        true = self.true
        return [i for i, key in enumerate(keys) if key in true]

    def lemmas_of(self, doc: Doc) -> list[int]:
        """``indices`` of the lemmas of ``doc`` (``scans.lemma_keys``: read once per doc, with
        their distinct values, for every scan of the doc's lemmas)."""
        _, keys, distinct = lemma_keys(doc)
        new = distinct.difference(self.seen)
        if new:
            if len(self.seen) > 200_000:
                self.seen.clear()
                self.true.clear()
                new = distinct
            self.seen.update(new)
            strings = doc.vocab.strings
            self.true.update(key for key in new if self.test(strings[key]))
        if self.true.isdisjoint(distinct):
            return []
        true = self.true
        return [i for i, key in enumerate(keys) if key in true]


def _digit_first(text: str) -> bool:
    return text[:1].isdigit()


_DIGIT_FIRST = Flags(_digit_first)  # ORTH hashes: the text starts with a digit


# the largest count a claim can hold: what the database stores as an integer (SQLite's INTEGER);
# a larger figure is no count of people ("killed 99999999999999999999 ...")
MAX_COUNT = 2**63 - 1


def find_quantities(doc: Doc) -> list[Quantity]:
    """Every quantity in ``doc``, left to right, without overlaps."""
    out: list[Quantity] = []
    strings = doc.vocab.strings
    lower_keys, numeric = column(doc, LOWER), column(doc, LIKE_NUM)
    lowers = strings_of(strings, lower_keys)
    digit = set(_DIGIT_FIRST.indices(strings, column(doc, ORTH)))
    # a quantity starts at a number-like token, a digit range or one of _START_WORDS
    starts = [i for i, (low, num) in enumerate(zip(lower_keys, numeric, strict=True))
              if num or i in digit or low in _START_HASHES]
    i = 0
    for at in starts:
        if at < i:
            continue  # inside the quantity found before
        i = at
        q = _quantity_at(doc, lowers, i)
        if q is None or max(q.low or 0, q.high or 0) > MAX_COUNT:
            i += 1
            continue
        out.append(q)
        i = max(q.end, i + 1)
    return out


def _is_non_count(tok: Token) -> bool:
    """Numbers that are dates, times, money, percentages, ordinals or years."""
    if tok.ent_type_ == "TIME" and _toll_figure(tok):
        return False
    if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
        if tok.ent_type_ == "DATE" and not _YEAR_LIKE.match(tok.text):
            # spaCy sometimes tags a bare count as DATE ("5 and 11 respectively")
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            prev = tok.nbor(-1) if tok.i > 0 else None
            months = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                      "dec")
            near_month = any(t is not None and t.lower_[:3] in months for t in (prev, nxt))
            return near_month
        return True
    return bool(_YEAR_LIKE.match(tok.text)) and tok.ent_type_ == "DATE"


# verbs a toll rises or falls with: a plain number after their "to" is the toll, even where
# the model tags it as a time with a word after it ("rose to 19 overnight")
_TOLL_MOVES = frozenset({"rise", "climb", "jump", "increase", "reach", "grow", "mount", "soar",
                         "swell", "fall", "drop", "decrease", "bring", "push", "raise", "revise"})


def _toll_figure(tok: Token) -> bool:
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "to" and tok.text.replace(",", "").isdigit() and (
        head.head.lemma_.lower() in _TOLL_MOVES)


def _quantity_at(doc: Doc, lowers: list[str], i: int) -> Quantity | None:
    tok = doc[i]
    # digit ranges written as one token: "2,000-3,000", "3-4"
    m = _DIGIT_RANGE.match(tok.text)
    if m and not _is_non_count(tok):
        a, b = digits_value(m.group(1)), digits_value(m.group(2))
        if a is not None and b is not None and a < b:
            start = i - _match(lowers, i, [("between",), ("from",)])
            return Quantity(start, i + 1, i, int(a), int(b), kind="range")
    if lowers[i] == "both":
        # "both bombers", "both were killed": two; not "both X and Y" (preconj)
        if tok.dep_ in ("det", "predet", "nsubj", "nsubjpass", "dobj"):
            return Quantity(i, i + 1, i, 2, 2)
        return None
    if lowers[i] in ("a", "an") and i > 0 and lowers[i - 1] == "half":
        return None  # the "a" of "half a million": the figure starts at "half"
    figure = _figure_at(doc, i)
    if figure is not None and (tok.like_num or lowers[i] in ("a", "an", "half-dozen", "half")):
        if tok.like_num and _is_non_count(tok):
            return None
        value, end = figure
        if end + 1 < len(doc) and lowers[end] == "-" and lowers[end + 1] in HYPHEN_UNITS:
            return None  # "a 24-year-old", "a 3-km stretch"
        return _with_modifiers(doc, lowers, i, end, value)
    vague = _vague_at(doc, i, lowers)
    if vague is not None:
        words, vlow, end = vague
        if lowers[i] == "many" and i > 0 and lowers[i - 1] == "as":
            return None  # "as many as 555": an upper bound, handled with the figure
        if lowers[i] == "some" and end < len(doc) and doc[end].like_num:
            return None  # "some 20": approximation, handled with the figure
        return Quantity(i, end, i, None, None, vague=words, vague_low=vlow, kind="vague")
    return None


def _with_modifiers(doc: Doc, lowers: list[str], i: int, end: int, value: int
                    ) -> Quantity | None:
    start = i
    low: int | None = value
    high: int | None = value
    approx = False
    kind = "number"
    # ranges: "between X and Y", "from X to Y", "X to Y", "X or Y", "X - Y"
    if end + 1 < len(doc) and lowers[end] in ("and", "to", "or", "-", "\u2013"):
        second = _figure_at(doc, end + 1) if doc[end + 1].like_num else None
        before = lowers[i - 1] if i > 0 else ""
        if second is not None and second[0] <= value and lowers[end] in ("-", "\u2013") and (
                not doc[end - 1].whitespace_ and not doc[end].whitespace_):
            return None  # "won 120-95", "beat them 3-1": a score, not a count
        if second is not None and second[0] > value and (
                lowers[end] != "and" or before == "between"):
            high = second[0]
            end = second[1]
            kind = "range"
            if before in ("between", "from"):
                start = i - 1
            return Quantity(start, end, i, low, high, kind=kind)
    n = _match(lowers, start, LOWER_BOUND)
    if n:
        start -= n
        high = None
    elif doc[i].dep_ == "dobj" and doc[i].head.lemma_.lower() in _PASSING:
        high = None
    else:
        n = _match(lowers, start, UPPER_BOUND)
        if n:
            start -= n
            low = None
    n = _match(lowers, start, APPROX)
    if n:
        start -= n
        approx = True
    if start >= 2 and lowers[start - 3:start] == ["a", "total", "of"]:
        start -= 3
    return Quantity(start, end, i, low, high, approx=approx, kind=kind)
