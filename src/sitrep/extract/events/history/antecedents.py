"""Acts told in a relative clause of an earlier happening: "the January 1998 bombing of a clinic
that killed an officer and maimed a nurse", "the 1996 Olympic bombing, which killed one
person", "the Korean War, in which millions died". The clause tells what the happening its noun
names did or was, so its acts share that happening's time: when the noun is background (an
event told as ``historical``, or a named episode of history), so are they.

Not when the clause has a time of its own (a date or a time in it: "the 1998 bombing, whose
suspect was arrested on Monday"), nor when it is told in a present or a perfect ("the 2006 war,
which still divides the town", "the 1994 genocide, for which he has been tried"): the trial,
the division are the story's. Runs on the whole article (``mark_antecedents``, before the
fusion of mentions), after the marks of dates and references.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.events.history.episodes import named_episode
from sitrep.extract.events.when.dated import clause_head, told_in_past
from sitrep.records import Event

YEAR = re.compile(r"1[0-9]\d\d|20\d\d")
NOT_DONE = {"historical", "future", "hypothetical", "negated"}
# auxiliaries of a present, a present perfect or a future ("which has killed", "for which he is
# being tried", "which will end")
PRESENT_AUX = {
    "has",
    "have",
    "'s",
    "'ve",
    "is",
    "are",
    "am",
    "'re",
    "'m",
    "do",
    "does",
    "will",
    "shall",
    "'ll",
    "wo",
    "can",
    "may",
    "must",
}


def _relative_clause(token: Token) -> Token | None:
    """The relative clause whose act ``token`` names: its own clause, or the first of the
    clauses it is coordinated with ("that killed an officer and maimed a nurse")."""
    clause = clause_head(token)
    while (
        clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in {"VERB", "AUX"}
    ):
        clause = clause.head
    return clause if clause.dep_ == "relcl" and clause.head.i != clause.i else None


def _antecedents(clause: Token) -> list[Token]:
    """The noun a relative clause qualifies, and the event noun whose target that noun is
    ("the bombing of a clinic that killed an officer": the clause may hang on the target, as
    the parser reads it, or on the happening)."""
    noun = clause.head
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    out = [noun]
    node = noun
    for _ in range(2):  # "the bombing of a clinic", "the raid on a camp of the rebels"
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.head.i == node.head.i:
            break
        node = node.head.head
        if node.pos_ not in {"NOUN", "PROPN"}:
            break
        out.append(node)
    return out


def _own_time(clause: Token) -> bool:
    """A date or a time in the clause itself (not in a clause below it)."""
    for tok in clause.subtree:
        if tok.ent_type_ not in {"DATE", "TIME"}:
            continue
        node = tok
        while node.i != clause.i and node.dep_ not in {"relcl", "advcl", "ccomp"}:
            node = node.head
        if node.i == clause.i:
            return True
    return False


def _told_in_past(clause: Token, verbs: list[Token]) -> bool:
    """Every verb of the clause from its head to the act is told in a simple past or a past
    perfect ("that killed", "which had killed", "in which millions died"), not a present or a
    present perfect."""
    for verb in verbs:
        if not told_in_past(verb) or any(
            c.dep_ in {"aux", "auxpass"} and c.lower_ in PRESENT_AUX for c in verb.children
        ):
            return False
    return True


def _year_before(noun: Token, published: dt.date | None) -> bool:
    """The noun is dated in its own words by a year before publication ("the 2013 coup", "the
    coup of 2013"); never without a publication date."""
    if published is None:
        return False
    for child in noun.children:
        if child.i > noun.i and child.dep_ != "prep":
            continue
        for tok in child.subtree:
            if (
                tok.ent_type_ == "DATE"
                and YEAR.fullmatch(tok.text)
                and int(tok.text) < published.year
            ):
                return True
    return False


def mark_antecedents(
    events: list[Event], trigger_of: Callable[[Event], Token | None], published: dt.date | None
) -> None:
    """Flag as background (in place) the acts of a relative clause whose noun is a background
    happening or is dated by an earlier year (the module's docstring)."""
    tokens = [trigger_of(e) for e in events]
    past = {
        (t.doc, t.i) for e, t in zip(events, tokens, strict=True) if t is not None and e.historical
    }
    for event, token in zip(events, tokens, strict=True):
        if token is None or set(event.modes) & NOT_DONE:
            continue
        clause = _relative_clause(token)
        if clause is None:
            continue
        if not any(
            (n.doc, n.i) in past or named_episode(n) or _year_before(n, published)
            for n in _antecedents(clause)
        ):
            continue
        verbs = [clause_head(token)]
        while verbs[-1].i != clause.i and verbs[-1].head.i != verbs[-1].i:
            verbs.append(verbs[-1].head)
        if _own_time(clause) or not _told_in_past(clause, verbs):
            continue
        event.modes.insert(0, "historical")
        event.when = None  # the day lent by the story is not the earlier happening's
