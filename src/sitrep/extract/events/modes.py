"""Auxiliary modes of an event (PLOVER): ``historical``, ``future``, ``hypothetical``, ``negated``;
and the date syntactically attached to an event's trigger.

- ``historical``: the event's own date ends more than ``HISTORY_DAYS`` before publication, or the
  clause recalls background ("dates back to", "following a war that ...", "since independence").
- ``future``: "will"/"shall"/"is going to", or the complement of a plan ("plans to", "intends to").
- ``hypothetical``: "would/could/might/may", conditions ("if", "unless"), and the events that a
  threat, a demand, a promise or a refusal is about ("threatened to launch an offensive").
- ``negated``: a negation on the trigger or its clause ("did not attack", "no clashes").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from sitrep.extract.context import Context, Sentence
from sitrep.nlp.regex_gate import may_match, required
from sitrep.records import Evidence, When

HISTORY_DAYS = 31
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can"}
CONDITION_MARKS = {"if", "unless", "whether"}
PLAN_VERBS = {"plan", "intend", "aim", "prepare", "expect", "schedule", "set", "hope", "want",
              "seek", "try", "attempt", "decide", "vow"}
NEGATIONS = {"not", "n't", "never", "no", "without"}
BACKGROUND_CUES = re.compile(
    r"\b(dates? back to|dating back to|following (?:a|the) (?:\w+ )?war\b|in the (?:19|18)\d0s|"
    r"decades? ago|years? ago|centuries ago|at the time|in the past|formerly|historically)",
    re.IGNORECASE,
)
# strings one of which every match of the cues holds (lower-cased), and the characters beyond
# ASCII that the cues' letters match when case is ignored (dotted and dotless i, long s, Kelvin)
BACKGROUND_GATE = required(BACKGROUND_CUES)
GATE_ODD_CHARS = ("\u0130", "\u0131", "\u017f", "\u212a")
DATE_DEPS = {"prep", "npadvmod", "advmod", "pobj", "tmod", "obl", "nmod", "poss", "compound",
             "appos", "pcomp", "dobj", "attr", "advcl"}
YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}


def may_recall_background(text: str) -> bool:
    """False only when ``BACKGROUND_CUES`` can match no part of ``text`` (so no clause of a
    sentence can match when the sentence's text cannot)."""
    return any(ch in text for ch in GATE_ODD_CHARS) or may_match(BACKGROUND_GATE, text.lower())


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
    for ent in sentence.doc.ents:
        if ent.label_ != "DATE":
            continue
        parsed = _month_year(ent.text)
        if parsed is None or re.search(r"\b(since|from)\b", ent.text, re.I):
            continue
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


def attached_date(trigger: Token, dates: list[tuple[int, int, When]],
                  stop: set[int] | None = None) -> When | None:
    """The date attached to the trigger or, failing that, to the clauses that govern it.

    Looks at the trigger's own modifiers, then walks up the heads (not into other events'
    arguments listed in ``stop``). "since 1992" is not an event date (it opens a period).
    """
    if not dates:
        return None
    node = trigger
    seen: set[int] = set()
    while True:
        for child in node.children:
            if child.i in seen or child.dep_ not in DATE_DEPS:
                continue
            if child.lower_ == "since":
                continue
            for tok in child.subtree:
                when = _token_when(tok, dates)
                if when is not None and when.value:
                    if tok.head.lower_ == "since" or _under_other(tok, child, stop):
                        break
                    return when
        seen.add(node.i)
        if node.head.i == node.i:
            return None
        node = node.head


def _under_other(tok: Token, top: Token, stop: set[int] | None) -> bool:
    if not stop:
        return False
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.i in stop:
            return True
        node = node.head
    return top.i in stop


def _end_date(when: When) -> dt.date | None:
    value = when.end or when.value
    if not value:
        return None
    try:
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def is_past(when: When | None, published: dt.date | None) -> bool:
    """True when the date ends well before publication (history, not news)."""
    if when is None or published is None:
        return False
    end = _end_date(when)
    return end is not None and (published - end).days > HISTORY_DAYS


def _clause_head(token: Token) -> Token:
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


def _complement_path(token: Token, governor: Token) -> bool:
    """True when ``token`` sits in a complement of ``governor`` ("threatened to launch an
    offensive", "demanded that troops withdraw"), not in one of its modifiers."""
    node = token
    while node.i != governor.i and node.head.i != node.i:
        if node.dep_ in {"xcomp", "ccomp"}:
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.i == governor.i:
            return True
        node = node.head
    return False


def modes_for(trigger: Token, doc: Doc, when: When | None, published: dt.date | None,
              governors: list[tuple[Token, str]], background: bool = True) -> list[str]:
    """The auxiliary modes of the event named by ``trigger``.

    ``governors`` are (token, PLOVER type) of the other events above this one in the tree;
    ``background`` False says that ``may_recall_background`` is False for the sentence (so
    the clause need not be read for ``BACKGROUND_CUES``).
    """
    modes: list[str] = []
    clause = _clause_head(trigger)
    heads = [trigger] if clause.i == trigger.i else [trigger, clause]
    children = [c for h in heads for c in h.children]
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    if is_past(when, published):
        modes.append("historical")
    elif background:
        span = doc[clause.left_edge.i: clause.right_edge.i + 1].text
        if BACKGROUND_CUES.search(span):
            modes.append("historical")
    negated = any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in {"det", "neg"})
                  for c in children)
    if negated:
        modes.append("negated")
    going_to = any(c.lower_ == "going" for c in clause.children) or (
        clause.head.lower_ == "going" and clause.dep_ == "xcomp")
    if aux & FUTURE_AUX or going_to:
        modes.append("future")
    elif clause.dep_ == "xcomp" and clause.head.lemma_.lower() in PLAN_VERBS:
        modes.append("future")
    hypothetical = bool(aux & HYPOTHETICAL_AUX) or any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)
    if any(kind in {"THREATEN", "REQUEST", "REJECT"} and _complement_path(trigger, gov)
           for gov, kind in governors):
        hypothetical = True
    if hypothetical and "future" not in modes:
        modes.append("hypothetical")
    return modes


def evidence_of(sentence: Sentence) -> Evidence:
    return sentence.evidence((0, len(sentence.text)))


INTENT_HEADS = {"ready", "willing", "prepared", "plan", "intend", "vow", "swear", "pledge",
                "promise", "offer", "commit", "committed", "determined", "set", "aim", "threaten"}
FAIL_HEADS = {"fail", "refuse", "decline"}
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
CONFLICTUAL = {"COERCE", "ASSAULT", "PROTEST", "MOBILIZE"}


def modality(trigger: Token, unless: bool = True) -> dict[str, bool]:
    """Modal cues of the clause of ``trigger``: intent (will, would, ready to, vowed to ...),
    obligation (must), possibility (may, might, could), negation, failure (failed to,
    refused to) and a condition ("unless"). ``unless`` False says that no word of the sentence
    is "unless" (so the clause's subtree need not be read)."""
    clause = _clause_head(trigger)
    nodes = [clause]
    node = clause
    while node.dep_ in {"xcomp", "conj"} and node.head.i != node.i:
        node = node.head
        nodes.append(node)
    aux = {c.lower_ for n in nodes for c in n.children if c.dep_ in {"aux", "auxpass"}}
    heads = {n.lemma_.lower() for n in nodes[1:]} | {n.lower_ for n in nodes[1:]}
    return {
        "intent": bool(aux & {"will", "would", "shall", "'ll", "wo"} or heads & INTENT_HEADS),
        "must": "must" in aux,
        "may": bool(aux & {"may", "might", "could"}),
        "negated": any(c.dep_ == "neg" for n in nodes for c in n.children),
        "failed": bool(heads & FAIL_HEADS),
        "unless": unless and any(c.dep_ in {"mark", "advcl", "prep"} and c.lower_ == "unless"
                                 for n in nodes for c in n.subtree),
    }


def plover_by_modality(plover: str, cues: dict[str, bool]) -> str:
    """PLOVER's reading of intents (CAMEO 03 and 13): a stated intent to cooperate is AGREE,
    to coerce or fight a THREATEN; "X must do Y" a REQUEST; a refusal or a failure to cooperate
    a REJECT. Announced sanctions stay SANCTION ("will suspend exports")."""
    if cues["must"] and not cues["negated"]:
        return "REQUEST"
    if (cues["negated"] and cues["intent"]) or cues["failed"]:
        return "REJECT" if plover in COOPERATIVE else plover
    if cues["negated"]:
        return plover
    if cues["unless"] and (cues["intent"] or cues["may"]):
        return "THREATEN"
    if cues["intent"]:
        if plover in COOPERATIVE:
            return "AGREE"
        if plover in CONFLICTUAL:
            return "THREATEN"
    if cues["may"] and plover == "SANCTION":
        return "THREATEN"
    return plover
