"""The period a casualty claim covers, whether it is history, and whether it happened at all
(``unreal``: a hypothetical or conditional clause, a rate, an outcome planned or prevented).

- ``since <date>`` -> period_kind "since", period_start the resolved date (a cumulative figure);
- ``on <day>`` / a day name / a month -> "day" / "month" / "year";
- ``background``: the clause is dated a month or more before publication ("In July this year",
  "in April 2016", "in 1994"), or recalls history ("a war that left ...", "dates back to").

Dates come from ``ctx.result.dates`` (When records) when the dates extractor found them; a small
fallback resolver covers weekday names, "Month D", "Month YYYY", "Month this year" and years so
that claims keep their periods when it did not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.extract.claims.attribution import REPORT_VERBS
from sitrep.extract.context import Context, Sentence
from sitrep.extract.events.tokens import Offsets

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_HISTORY_NOUNS = {"war", "conflict", "genocide", "massacre", "civil war", "uprising", "famine",
                  "insurgency", "occupation"}


@dataclass
class Dated:
    start: int  # character offsets within the sentence
    end: int
    value: str | None  # ISO date or partial date
    precision: str | None


_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+(?:(\d{{4}})|(this|last) year)\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# every month name above starts with one of these; the patterns ignore case, where "s" also
# matches the long s ("ſ"), the one letter of these whose other case-insensitive forms
# (beyond its capital) exist
_MONTH_STARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                 "dec")


def _may_name_month(text: str, lower: str) -> bool:
    """False only when neither ``_MONTH_DAY`` nor ``_MONTH_YEAR`` can match ``text``."""
    return any(start in lower for start in _MONTH_STARTS) or "\u017f" in text


def _may_name_weekday(lower: str) -> bool:
    """False only when ``_WEEKDAY`` cannot match (every weekday ends in "day")."""
    return "day" in lower


def _fallback_dates(sentence: Sentence, published: dt.date | None) -> list[Dated]:
    text = sentence.text
    lower = text.lower()
    months = _may_name_month(text, lower)
    out: list[Dated] = []
    for m in _MONTH_DAY.finditer(text) if months else ():
        month, day = MONTHS[m.group(1).lower()], int(m.group(2))
        year = int(m.group(3)) if m.group(3) else (published.year if published else None)
        if year is None:
            out.append(Dated(m.start(), m.end(), None, "day"))
            continue
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if not m.group(3) and published and date > published:
            date = date.replace(year=year - 1)
        out.append(Dated(m.start(), m.end(), date.isoformat(), "day"))
    for m in _MONTH_YEAR.finditer(text) if months else ():
        month = MONTHS[m.group(1).lower()]
        if m.group(2):
            year = int(m.group(2))
        elif published:
            year = published.year - (1 if m.group(3).lower() == "last" else 0)
        else:
            out.append(Dated(m.start(), m.end(), None, "month"))
            continue
        out.append(Dated(m.start(), m.end(), f"{year:04d}-{month:02d}", "month"))
    for m in _YEAR.finditer(text):
        if not any(d.start <= m.start() < d.end for d in out):
            out.append(Dated(m.start(), m.end(), m.group(1), "year"))
    for m in _WEEKDAY.finditer(text) if _may_name_weekday(lower) else ():
        if published is None:
            out.append(Dated(m.start(), m.end(), None, "day"))
            continue
        back = (published.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
        out.append(Dated(m.start(), m.end(), (published - dt.timedelta(days=back)).isoformat(),
                         "day"))
    return out


def sentence_dates(ctx: Context, sentence: Sentence) -> list[Dated]:
    """Dates in the sentence (offsets relative to the sentence)."""
    found = []
    for when in ctx.result.dates:
        ev = when.evidence
        if sentence.start <= ev.start < sentence.end:
            found.append(Dated(ev.start - sentence.start, ev.end - sentence.start, when.value,
                               when.precision))
    fallback = _fallback_dates(sentence, ctx.published)
    for d in fallback:
        if not any(f.start < d.end and d.start < f.end for f in found):
            found.append(d)
    return sorted(found, key=lambda d: d.start)


def _token_at(doc: Doc, char: int, offsets: Offsets | None = None) -> Token | None:
    """The token of ``doc`` whose characters hold ``char``."""
    return (offsets or Offsets(doc)).token_at(char)


def _clause_heads(trigger: Token, anchor: Token) -> set[int]:
    """Tokens a period phrase of the claim may attach to: the trigger, the figure and their
    ancestors up to the first verb (the clause)."""
    heads = {trigger.i, anchor.i}
    for tok in (trigger, anchor):
        for anc in tok.ancestors:
            heads.add(anc.i)
            if anc.pos_ in ("VERB", "AUX"):
                # "clashes that left 20 dead" is dated by the clause of "clashes", but
                # "a war that left 30,000 dead" is history of its own
                if anc.dep_ in ("relcl", "acl") and anc.head.lemma_.lower() not in _HISTORY_NOUNS:
                    continue
                break
    return heads


def period_for(doc: Doc, dates: list[Dated], anchor: Token, trigger: Token
               ) -> tuple[str | None, str | None, str | None]:
    """(period_kind, period_start, period_end) for the claim whose figure is ``anchor``.

    A date counts when its phrase attaches to the claim's clause; of several, the nearest one
    after the figure wins ("19 killed since the 27th, including 5 since Sunday"), else the
    nearest before it."""
    heads = _clause_heads(trigger, anchor)
    options: list[tuple[int, Dated, Token | None]] = []
    offsets = Offsets(doc) if dates else None
    for d in dates:
        tok = _token_at(doc, d.start, offsets)
        if tok is None or d.value is None:
            continue
        node, prep = tok, None
        for _ in range(6):  # climb to the clause; the outermost preposition gives the kind
            if node.i in heads or node.head.i == node.i:
                break
            if node.dep_ == "prep":
                prep = node
            node = node.head
        if node.i not in heads or node.i == tok.i:
            continue
        options.append((tok.i, d, prep))
    if not options:
        return None, None, None
    after = [o for o in options if o[0] > anchor.i]
    pick = min(after, key=lambda o: o[0]) if after else max(options, key=lambda o: o[0])
    _, d, prep = pick
    word = prep.lower_ if prep is not None else ""
    if word == "since":
        return "since", d.value, None
    kind = {"day": "day", "month": "month", "year": "year", "week": "range"}.get(
        d.precision or "", "day")
    return kind, d.value, None


def _antecedent(clause: Token) -> Token:
    """The noun a relative clause follows as written (the parser may hang it on an earlier
    noun: "the worst violence since the 2008 war, in which ...": war)."""
    doc = clause.doc
    j = clause.left_edge.i - 1
    while j > 0 and doc[j].is_punct:
        j -= 1
    return doc[j] if j >= 0 and doc[j].pos_ in ("NOUN", "PROPN", "NUM") else clause.head


def _past_year(tok: Token, published: dt.date | None) -> bool:
    """A year before the publication year, as ``tok`` itself or as its number ("1998", "the
    2004 tsunami", "the 2008 war")."""
    if published is None:
        return False
    for t in [tok, *(c for c in tok.children if c.dep_ in ("nummod", "compound", "amod"))]:
        if t.ent_type_ == "DATE" and _YEAR.fullmatch(t.text) and int(t.text) < published.year:
            return True
    return False


def is_background(ctx: Context, sentence: Sentence, trigger: Token,
                  period: tuple[str | None, str | None, str | None]) -> bool:
    """Whether the claim recalls history: dated a month or more before publication, or told as
    the toll of a past war ("a war that left ..."), or "dates back to"."""
    published = ctx.published
    kind, value, _ = period
    if value and published is not None and kind in ("month", "year", "day") and value[:4].isdigit():
        year = int(value[:4])
        # "2020-H1" (a half year) and "2020-W12" (a week) have no month
        month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else None
        months_before = (published.year - year) * 12 + ((published.month - month) if month
                                                          else 0)
        if (month and months_before >= 1 and kind != "day") or (
                not month and year < published.year) or (kind == "day" and months_before > 12):
            return True
    for anc in [trigger, *trigger.ancestors]:
        if anc.dep_ in ("relcl", "acl") and anc.head.lemma_.lower() in _HISTORY_NOUNS:
            return True
        if anc.dep_ == "relcl" and _past_year(_antecedent(anc), published):
            return True  # "the 2008 war, in which 1,400 died", "since 1998, when 3,000 ..."
    if any(c.dep_ in ("nsubj", "nsubjpass") and _past_year(c, published)
           for c in trigger.children):
        return True  # "the 2004 tsunami killed some 230,000 people"
        if anc.lemma_.lower() == "date" and any(c.lower_ == "back" for c in anc.children):
            return True
    return bool(re.search(r"\bdates back\b", sentence.text.lower()))


# -- figures that tell of nothing that happened ------------------------------------------------
# "thousands could be displaced", "would die if the vaccine failed": a modal or a condition on
# the clause; "may have been killed" (a modal of the perfect) is an uncertain claim and stays
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "can", "should", "must"})
CONDITION_MARKS = frozenset({"if", "unless"})
# "kills 8 million people a year", "arrested every weekend", "annually", "on average": a rate,
# not a count of what happened
RATE_UNITS = frozenset({"year", "month", "week", "weekend", "day", "night", "hour", "winter",
                        "summer", "spring", "autumn", "season", "decade", "morning", "evening"})
RATE_DETS = frozenset({"a", "an", "every", "each", "per"})
RATE_ADVERBS = frozenset({"annually", "yearly", "monthly", "weekly", "daily", "nightly",
                          "hourly", "routinely", "typically", "usually"})
# verbs whose object noun names an outcome that did not (yet) happen ("simulated the evacuation
# of", "prevented the deaths of", "called for the release of")
UNREAL_OBJECT_VERBS = frozenset({"simulate", "rehearse", "practise", "practice", "drill",
                                 "plan", "propose", "prevent", "avert", "avoid", "forestall",
                                 "threaten", "fear", "plot", "risk", "imagine", "model",
                                 "predict", "forecast", "envisage", "envision"})


_AFTER_A_TIME = frozenset({"after", "before", "ago", "later", "earlier", "since", "into",
                           "following", "prior"})


def _clause_chain(tok: Token) -> list[Token]:
    """The verbs whose modality a word of a claim takes: the verb it hangs on, and the verbs
    that verb is the complement of (an infinitive, "have to", or a bare participle clause such
    as "see hundreds arrested"), not a reported clause ("said that ...")."""
    node = tok
    for _ in range(5):  # a noun or adjective: up to its verb
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    out = [node]
    for _ in range(4):
        bare = node.dep_ == "ccomp" and node.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in node.children)
        if node.dep_ not in ("xcomp", "oprd") and not bare or node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out


def _hypothetical(verbs: list[Token]) -> bool:
    for verb in verbs:
        if verb.lemma_.lower() in REPORT_VERBS:
            continue  # "police can confirm three people killed": the modal is the speaker's
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        perfect = any(a.lemma_.lower() == "have" for a in aux)
        # "three would later die in hospital": a narrative's future in the past happened
        told = any(c.dep_ == "advmod" and c.lower_ in ("later", "eventually", "subsequently")
                   for c in verb.children)
        if not perfect and not told and any(a.lower_ in HYPOTHETICAL_AUX for a in aux):
            return True
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                         for m in c.children) for c in verb.children):
            return True  # "would die if the vaccine failed"
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
            return True  # "if 20 people are killed, ..."
    return False


def _rate(tok: Token) -> bool:
    """A frequency on ``tok``: "a year", "every weekend", "per day", "annually", "on average"."""
    for c in tok.children:
        lemma = c.lemma_.lower()
        if c.dep_ in ("npadvmod", "advmod", "obl") and lemma in RATE_UNITS and any(
                d.dep_ in ("det", "predet") and d.lower_ in RATE_DETS for d in c.children) and (
                not any(d.dep_ in ("advmod", "prep") for d in c.children)) and not (
                c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in _AFTER_A_TIME):
            return True  # not "a year ago", "a day after the attack"
        if c.dep_ == "advmod" and c.lower_ in RATE_ADVERBS:
            return True
        if c.dep_ == "prep" and (c.lower_ == "per" or c.lower_ == "on" and any(
                g.lower_ == "average" for g in c.children)):
            if c.lower_ == "on" or any(g.lemma_.lower() in RATE_UNITS for g in c.children):
                return True
    return False


# -- outcomes aimed at, missed or imagined ---------------------------------------------------
# verbs whose infinitive (or gerund) is an outcome tried, intended, threatened or failed, not
# reached: "tried to kill the officer", "threatened to shoot him", "failed to kill", "plotted to
# kill"; the implicative ones that tell it was reached ("managed to kill", "went on to kill")
# are not here
AIMING_VERBS = frozenset({
    "try", "attempt", "seek", "strive", "endeavour", "endeavor", "aim", "mean", "intend", "plan",
    "plot", "conspire", "scheme", "prepare", "threaten", "vow", "pledge", "promise", "swear",
    "want", "wish", "hope", "desire", "wait", "offer", "fail", "refuse", "decline", "neglect",
    "hesitate", "dare", "volunteer", "resolve", "decide", "agree", "consider", "contemplate"})
# adverbs before a verb that say its outcome was all but reached: "nearly killed", "was almost
# shot dead"
NEAR_ADVERBS = frozenset({"nearly", "almost", "practically", "virtually", "narrowly"})
# a perfect after these modals is counterfactual ("could have killed the boy", "would have
# died without the vest"); "may / might / must have been killed" is an uncertain claim and stays
COUNTERFACTUAL_MODALS = frozenset({"could", "would", "should", "'d"})
# words on the way up from "of / to + V-ing" that make the act a near miss: "came close to
# killing", "came within inches of killing", "stopped short of killing", "on the brink of"
NEAR_MISS_WORDS = frozenset({"close", "within", "short", "brink", "verge"})
# "within inches of killing" is a near miss, "within hours of killing" is a time
DISTANCE_UNITS = frozenset({"inch", "foot", "feet", "yard", "metre", "meter", "centimetre",
                            "centimeter", "millimetre", "millimeter", "mile", "hair", "whisker",
                            "hairsbreadth", "hair's-breadth"})


def _aimed(trigger: Token) -> bool:
    """The outcome verb is the infinitive of a verb of trying, intending, threatening or failing
    ("tried to kill", "threatened to shoot", "plotted to kill", "failed to kill", "tried to rob
    and kill"); a word inside such a clause ("trying to get an injured man into a car") keeps
    its own outcome."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    return verb.pos_ == "VERB" and verb.dep_ == "xcomp" and (
        verb.head.lemma_.lower() in AIMING_VERBS)


def _near_miss(verb: Token) -> bool:
    """"nearly killed", "was almost shot", "came close to / within inches of killing", and a
    counterfactual perfect ("could have killed the boy", "would have died"), unless a figure
    says it is an estimate ("as many as 300 could have been killed")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in NEAR_ADVERBS and c.i < verb.i
           for c in verb.children):
        return True
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in COUNTERFACTUAL_MODALS for a in aux) and any(
            a.lemma_.lower() == "have" for a in aux) and not any(
            t.like_num and t.lower_ not in ("one", "1") for t in verb.subtree):
        return True
    if verb.dep_ != "pcomp":
        return False
    node, passed = verb, []
    for _ in range(5):  # "came within inches of killing": up from the gerund's preposition
        if node.dep_ not in ("pcomp", "pobj", "prep", "advmod", "acomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in NEAR_MISS_WORDS:
            return node.lower_ != "within" or any(
                p.lemma_.lower() in DISTANCE_UNITS or p.lower_ in DISTANCE_UNITS for p in passed)
        passed.append(node)
    return False


def unreal(trigger: Token, anchor: Token) -> bool:
    """Whether a claim's figure tells of nothing that happened: a hypothetical or conditional
    clause ("thousands could be displaced", "would die if ..."), a rate ("kills 8 million
    people a year", "every weekend", "on average"), or an outcome noun that a verb of planning,
    rehearsing or preventing takes ("drills simulated the evacuation of 5,000")."""
    verbs = _clause_chain(trigger)
    if anchor.i != trigger.i:
        verbs += [v for v in _clause_chain(anchor) if v.i not in {t.i for t in verbs}]
    if _hypothetical(verbs) or _aimed(trigger) or _near_miss(verbs[0]):
        return True
    if any(_rate(t) for t in [*verbs, trigger, anchor]):
        return True
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and (
        trigger.head.lemma_.lower() in UNREAL_OBJECT_VERBS)
