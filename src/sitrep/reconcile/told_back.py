"""Background told as current: a past happening an article recalls in passing, which the
event extractor dated on a day of the story because its own clause carries no day.

An event is background here when its own clause says it is past, without a day of its own:

- a year earlier than the publication year right beside the trigger, in the same clause
  ("the bombing of the embassy in 1983 killed 63 people", "the 1998 peace accord");
- an interval back from now tied to it: "<N> years/decades/months after <trigger>" ("arrested
  on Monday, 20 years after the murder": the murder, not the arrest) or "<N> years later/ago"
  in its clause ("Valley murder still haunts family 20 years later");
- a sentence being served, a state whose conviction is background ("who is serving a sentence
  for robbery", "served a life term").

An event whose date is stated inside its own clause keeps that date ("police arrested a man on
Monday ..."); a year the story is published in is no background ("in 2021" in a 2021 story).
Without a publication date only the year beside the trigger is not read.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.records import Event

NUMBER = (r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
          r"twenty|thirty|forty|fifty|several|many|a few|a couple of)")
SPAN = r"(?:years?|decades?|months?)"
# "<N> years after" right before the trigger (with at most a few words between)
AFTER = re.compile(rf"\b{NUMBER}\s+{SPAN}\s+(?:after|since)\s+(?:\S+\s+){{0,4}}$", re.I)
# "<N> years later / ago" anywhere in the event's clause
LATER = re.compile(rf"\b{NUMBER}\s+{SPAN}\s+(?:later|ago|on)\b", re.I)
# a state: a sentence or term being (or having been) served
SERVED = re.compile(r"\bserv(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}$", re.I)
TERMS = {"sentence", "sentences", "term", "terms"}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
BREAK = re.compile(r"[,;:()\u2014]")
NEAR = 40  # characters: a year this close to the trigger, with no clause break between
# every match of AFTER and LATER holds one of these (``SPAN``, in any case): a clause without
# them is not searched
SPAN_WORDS = ("year", "month", "decade")


def _own_date(event: Event) -> bool:
    """Whether the event's date is stated in its own clause: the stretch of its sentence
    around the trigger between clause breaks (commas, semicolons, dashes)."""
    when = event.when
    if when is None:
        return False
    clause, at = event.evidence.text, event.evidence.start
    start, end = event.trigger.start - at, event.trigger.end - at
    left = max((m.end() for m in BREAK.finditer(clause, 0, max(0, start))), default=0)
    right = min((m.start() for m in BREAK.finditer(clause, end)), default=len(clause))
    return at + left <= when.evidence.start < at + right


def _year_beside(event: Event, published: dt.date) -> bool:
    clause, at = event.evidence.text, event.evidence.start
    start, end = event.trigger.start - at, event.trigger.end - at
    before = clause[max(0, start - NEAR):start]
    after = clause[end:end + NEAR]
    before = BREAK.split(before)[-1]
    after = BREAK.split(after)[0]
    years = [int(y) for y in YEAR.findall(before) + YEAR.findall(after)]
    return any(y < published.year for y in years)


def recalled(event: Event, published: dt.date | None) -> bool:
    """Whether ``event`` is a past happening the article recalls (see the module doc); read
    from its evidence (the sentence or clause), the article's text is not needed."""
    if event.plover_type in {"ACCUSE", "REQUEST"}:
        return False
    clause = event.evidence.text
    lead = clause[:max(0, event.trigger.start - event.evidence.start)]
    if event.trigger.text.lower() in TERMS and SERVED.search(lead):
        return True
    spans = any(word in clause.lower() for word in SPAN_WORDS)  # (``lead`` begins ``clause``)
    if spans and AFTER.search(lead):
        return True
    if _own_date(event):
        return False
    if spans and LATER.search(clause):
        return True
    return published is not None and _year_beside(event, published)


# what names the act an arrest or a charge is for, between that trigger and the act's
# ("arrested a man Thursday in the fatal shooting of", "charged Monday in connection with the
# stabbing of", "jailed for the killing of"): the words up to the act's noun
FOR_ACT = re.compile(r"\b(?:in\s+connection\s+with|in|for|over)\s+(?:the|a|an|his|her|their)\s+"
                     r"(?:[\w'-]+\s+){0,2}$", re.I)
# the families and modes of acts that name the happening they answer: an arrest, a charge
ANSWERING = {("COERCE", "arrest"), ("ACCUSE", "allege")}


def day_of_answer(event: Event, events: list[Event]) -> bool:
    """Whether a violent act's day is the day of the arrest or charge its sentence names it by
    ("Police arrested a man Thursday in the fatal shooting of Lena Cole", "was charged Monday in
    connection with the stabbing of a clerk"): one date expression for both, told before the
    phrase that names the act; the act took place before that day, which the sentence does not
    tell. Not a day inside the act's phrase ("arrested a man in the Saturday shooting"), nor an
    act told in a clause of its own ("arrested a man Monday after he shot a clerk")."""
    when = event.when
    if when is None or event.plover_type != "ASSAULT":
        return False
    at = event.evidence.start
    for other in events:
        if (other is event or (other.plover_type, other.plover_mode) not in ANSWERING
                or other.evidence.start != at or other.when is None
                or other.when.evidence.start != when.evidence.start
                or not other.trigger.end <= event.trigger.start):
            continue
        between = event.evidence.text[other.trigger.end - at:event.trigger.start - at]
        found = FOR_ACT.search(between)
        if found is not None and when.evidence.end <= other.trigger.end + found.start():
            return True
    return False
