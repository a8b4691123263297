"""A month named without its year that dates an act told in a past tense lies before the
publication date: "Officers caught up with him near Atlanta in June" or "a bomb exploded
outside the bank on June 4" in a March story is last June, not the coming one.

The dates extractor resolves such a month by its surface cues (``dates.tense``): without a
tense word close to the date it takes the nearer candidate, which for a month a few months
ahead is the coming one ("exploded outside the bank on June 4": the verb lies beyond the
window an explicit date reads). The parse tells the tense of the clause the date is in: a
verb in a simple past, or a participle or a progressive with a past auxiliary ("was
arrested", "had stabbed", "were holding") and no modal, tells a done act, which cannot lie
after publication. ``told_dates`` gives the events of such a clause the same month a year
earlier (so that ``modes`` reads it as background when it is a month or more back); the
stored date records are left as the extractor made them. The other way round, a month told
by a verb with "will" or "shall" that a reporting verb's past pulled back before publication
("the army will attack the town in June, officials said" in a December story) is the coming
one (``told_after``).

Not moved: a date the surface cues read as coming ("until June 4", "postponed to June 4",
"set for June 4", "ahead of the June 4 vote": the clause's act is not on that day); a date of
a noun of the clause ("gave no reason for the Jan. 14 deadline": the deadline's); a date of
a clause with a modal, a future or an infinitive ("will meet in June", "was set to die Feb.
26": the dying's clause); a date with its year written out; a weekday or a relative day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.tokens import Doc, Token

from sitrep.extract.dates.tense import clause_tense
from sitrep.extract.events.when.dated import PERIOD_WORDS, clause_head, month_of
from sitrep.records import When

YEAR = re.compile(r"\b\d{4}\b|'\d\d\b")
# auxiliaries of a past clause, and those that make a clause's act not (yet) done
PAST_AUX = {"was", "were", "had", "'d", "did"}
NOT_DONE_AUX = {"will", "'ll", "shall", "wo", "would", "could", "might", "may", "can", "should",
                "must", "to", "ca"}
FUTURE_AUX = {"will", "'ll", "shall", "wo"}


def _day(value: str) -> dt.date | None:
    """The first day of an ISO day or month value."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]) and len(value) >= 10:
            return dt.date.fromisoformat(value[:10])
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return dt.date(int(value[:4]), int(value[5:]), 1)
    except ValueError:
        return None
    return None


def _year_back(value: str | None, step: int = -1) -> str | None:
    """``value`` (an ISO day or month, or a longer value that begins with one) a year earlier
    (``step`` -1) or later (1)."""
    if not value or not re.match(r"\d{4}", value):
        return value
    year = int(value[:4]) + step
    if value[4:10] == "-02-29":
        return None
    return f"{year:04d}{value[4:]}"


def yearless_month(when: When) -> bool:
    """A date written with a month name and no year ("June", "June 4", "4 June", "early
    June"), resolved by the extractor to a day or a month."""
    if not when.value or when.kind != "date" or when.precision not in {"day", "month"}:
        return False
    words = when.text.split()
    return any(month_of(w.strip(".,")) is not None for w in words) and not YEAR.search(when.text)


def done_in_past(verb: Token) -> bool:
    """The clause's verb tells a done act in a past tense: a simple past, or a participle or a
    progressive with a past auxiliary ("was arrested", "had stabbed", "has been charged"), and
    no modal, future or infinitive marker ("will be tried", "to be released")."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ in NOT_DONE_AUX for c in aux):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ not in {"VBN", "VBG"}:
        return False
    return any(c.lower_ in PAST_AUX or c.tag_ == "VBD" for c in aux) or (
        verb.tag_ == "VBN" and any(c.lower_ in {"has", "have"} for c in aux))


def _date_clause(doc: Doc, start: int, end: int) -> Token | None:
    """The verb of the clause the date at ``doc.text[start:end]`` modifies, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.i > 0 and doc[span.start - 1].lower_ in PERIOD_WORDS:
        return None  # "since June", "until June": a period's bound, not an act's day
    if root.head.i == root.i:
        return None
    verb = clause_head(root.head)
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def told_before(doc: Doc, start: int, end: int, when: When, published: dt.date) -> When | None:
    """The date a year earlier, when it names a month without a year, was resolved after the
    publication date, and dates a clause told in a past tense (the module's docstring); else
    None."""
    if not yearless_month(when):
        return None
    first = _day(when.value or "")
    if first is None or first <= published:
        return None
    verb = _date_clause(doc, start, end)
    if verb is None or not _on_verb(doc, start, end, verb) or not done_in_past(verb) or \
            clause_tense(doc.text, start, end) == "future":
        return None
    value = _year_back(when.value)
    if value is None:
        return None
    return dataclasses.replace(when, value=value, start=_year_back(when.start),
                               end=_year_back(when.end))


def _on_verb(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """The date modifies the verb itself ("will attack the town in June"), not a noun of its
    clause ("will be tried for the June killing": the killing's month)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def told_after(doc: Doc, start: int, end: int, when: When, published: dt.date) -> When | None:
    """The date a year later, when it names a month without a year, was resolved to a month
    before the publication's, and dates the verb of a clause told in the future ("the army will
    attack the town in June, officials said": the reporting verb's past tense is not the
    attack's); else None."""
    if not yearless_month(when):
        return None
    first = _day(when.value or "")
    if first is None or (first.year, first.month) >= (published.year, published.month):
        return None
    verb = _date_clause(doc, start, end)
    if verb is None or not _on_verb(doc, start, end, verb) or not any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return None
    value = _year_back(when.value, 1)
    if value is None:
        return None
    return dataclasses.replace(when, value=value, start=_year_back(when.start, 1),
                               end=_year_back(when.end, 1))


def told_dates(doc: Doc, dates: list[tuple[int, int, When]], published: dt.date | None
               ) -> list[tuple[int, int, When]]:
    """The sentence's dates (offsets in ``doc``, a sentence's parse), with each month named
    without a year that dates a past act moved back to the year before publication
    (``told_before``)."""
    if published is None or not dates:
        return dates
    out = []
    for start, end, when in dates:
        moved = told_before(doc, start, end, when, published) or told_after(
            doc, start, end, when, published)
        out.append((start, end, moved or when))
    return out
