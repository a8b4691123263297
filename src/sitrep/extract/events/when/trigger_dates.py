"""The dates of one sentence and the one an event's trigger carries: the dates extractor's
records in the sentence (else the model's DATE entities with an explicit year), and the date
attached to the trigger or to the clauses that govern it ("since 1992" opens a period and is no
act's day)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitrep.extract.context import Context, Sentence
from sitrep.extract.dates.addresses import street_number
from sitrep.extract.events.history.noun_years import year_of_noun
from sitrep.extract.events.when import dated
from sitrep.nlp.scans import entities
from sitrep.records import When

DATE_DEPS = {"prep", "npadvmod", "advmod", "pobj", "tmod", "obl", "nmod", "poss", "compound",
             "appos", "pcomp", "dobj", "attr", "advcl", "nummod"}
YEAR = re.compile(r"\b(1[0-9]\d\d|20\d\d)\b")
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}


def _month_year(text: str) -> tuple[str, str] | None:
    match = re.search(r"\b([A-Za-z]+)\s+(?:of\s+)?(1[5-9]\d\d|20\d\d)\b", text)
    if match and match.group(1).lower() in MONTHS:
        return f"{match.group(2)}-{MONTHS[match.group(1).lower()]:02d}", "month"
    year = YEAR.search(text)
    if year:
        return year.group(1), "year"
    return None


def sentence_dates(ctx: Context, sentence: Sentence, version: str) -> list[tuple[int, int, When]]:
    """Dates in the sentence as (start, end) offsets within the sentence, with their ``When``.

    Uses the dates extractor's records; where it found none in this sentence, falls back to the
    model's DATE entities that carry an explicit year (never a guess for relative expressions).
    """
    found = []
    for when in ctx.result.dates:
        if sentence.start <= when.evidence.start < sentence.end:
            found.append((when.evidence.start - sentence.start,
                          when.evidence.end - sentence.start, when))
    if found or sentence.doc is None:
        return found
    for ent in entities(sentence.doc):
        if ent.label_ != "DATE":
            continue
        parsed = _month_year(ent.text)
        if parsed is None or re.search(r"\b(since|from)\b", ent.text, re.I) or \
                street_number(ent.doc.text, ent.start_char, ent.end_char):
            continue  # (not "of 1935 Orchard St.": a street number)
        value, precision = parsed
        ev = sentence.evidence(ent)
        found.append((ent.start_char, ent.end_char,
                      When(text=ent.text, evidence=ev, value=value, precision=precision,
                           extractor=version)))
    return found


def _token_when(token: Token, dates: list[tuple[int, int, When]]) -> When | None:
    for a, b, when in dates:
        if a <= token.idx < b:
            return when
    return None


# prepositions of a date that opens or closes a period the act lasts through, not its day
PERIOD_EDGES = frozenset({"since", "until", "till", "til"})


def attached_date(trigger: Token, dates: list[tuple[int, int, When]],
                  stop: set[int] | None = None) -> When | None:
    """The date attached to the trigger or, failing that, to the clauses that govern it.

    Looks at the trigger's own modifiers, then walks up the heads (not into other events'
    arguments listed in ``stop``). "since 1992" is not an event date (it opens a period).
    """
    if not dates:
        return None
    beside = dated.date_before_noun(trigger, dates) or dated.date_after_noun(trigger, dates)
    if beside is not None:
        return beside
    node = trigger
    seen: set[int] = {t.i for t in dated.subject_tails(dated.clause_head(trigger))}
    while True:
        for child in node.children:
            if child.i in seen or child.dep_ not in DATE_DEPS:
                continue
            if child.lower_ in PERIOD_EDGES:
                continue  # "since 1992", "until Sunday": a period's edge, not the act's day
            for tok in child.subtree:
                when = _token_when(tok, dates)
                if when is not None and when.value:
                    if tok.head.lower_ in PERIOD_EDGES or _under_other(tok, child, stop) or \
                            dated.other_act_time(tok, trigger) or year_of_noun(tok, trigger):
                        break  # (not "for the June 2012 attack": the attack's; not "from the
                        # 2015 nuclear agreement": the agreement's)
                    return when
        seen.add(node.i)
        if node.head.i == node.i:
            return None
        if _when_of(node):  # "in 1948 when troops attacked it": the clause is the date's
            when = _token_when(node.head, dates)
            if when is not None and when.value:  # also "since June, when militants killed"
                return when
        if node.dep_ == "relcl":
            return None  # "the March 7 fire that led to her arrest": the noun's date is not the
            # clause's (a relative clause has a time of its own)
        node = node.head


def _when_of(clause: Token) -> bool:
    """A relative clause of a date introduced by "when" ("in 1948 when troops attacked it")."""
    return clause.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when"
                                          for c in clause.children)


def _under_other(tok: Token, top: Token, stop: set[int] | None) -> bool:
    if not stop:
        return False
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.i in stop:
            return True
        node = node.head
    return top.i in stop
