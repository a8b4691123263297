"""The guidelines' week rule: an act whose own date (a day or a week, resolved against the
publication date) ends more than a week before publication is background ("arrested two men on
October 3" in an October 20 story, "signed the accession document on February 10" in a February
27 one, "two weeks ago"). ``modes`` reads months and years itself (``dated.earlier_period``) and
the dates more than a month back (``modes.HISTORY_DAYS``); this module adds the days and weeks
between, where the article also tells an act of that type as the news of the week
(``told_now``: "Hungary's president signed the accession document on February 10" beside the
Poles' and Czechs' signing of February 26); an older act of a type told in no other way is the
happening the story is about (police "charged him with murder in the death" of a man shot
six weeks before) and stays news. A day just a week back ("On March 17 a jury found her guilty" in a March 24 story of
her sentencing) is still the story's: the article's dominant day is read within a week too
(``extract.link``).

Not background: the start of a happening that goes on ("the strike, which began on October 1,
entered its third week", "troops launched the offensive on October 2 and are still fighting"):
the article's own story is never background, even when it began weeks ago. Nor an act of a
type the article's headline names as its story ("Father charged in daughter's shooting" over
"his daughter was shot on Jan. 11" in a Jan. 20 story: ``headline_types``). An act whose date
is a span ("between October 1 and October 15") is read by its end. Runs on the whole article
(``mark_weeks_back``, before the fusion of mentions), with the act's own date (written in its
own clause: ``own_clause_date``; not one lent by a governing clause or by the linker).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.context import Context
from sitrep.extract.events import lexicon
from sitrep.extract.events.when.dated import clause_head, clause_text
from sitrep.records import Event, When

NEWS_DAYS = 7  # more than a week before publication
HEADLINE_WORDS = 14  # a headline: a short first line, with the story below it
NOT_DONE = {"historical", "future", "hypothetical"}
# verbs whose subject or object is a happening that began then and may go on ("the strike
# began", "launched an offensive", "fighting erupted"), lemmas
BEGINNING = {"begin", "start", "launch", "open", "erupt", "commence", "resume", "break",
             "spark", "trigger", "ignite", "initiate", "kick", "unleash", "enter", "continue"}
# words that tell a happening still going on in the article's present
STILL = {"still", "continue", "continues", "continuing", "ongoing", "now", "since"}


def _end(when: When) -> dt.date | None:
    value = (when.end or when.value or "")[:10]
    if len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _begun(trigger: Token) -> bool:
    """The act is the start of a happening: a verb of beginning, its complement ("began
    shelling the town"), or a noun that is its subject or object ("the strike began")."""
    if trigger.lemma_.lower() in BEGINNING or any(
            c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in BEGINNING
            for c in trigger.children):
        return True  # "launched", "the strike, which began on October 4"
    node = trigger
    while node.dep_ in {"conj", "appos", "xcomp"} and node.head.i != node.i:
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in BEGINNING:
            return True
        node = node.head
    if node.dep_ in {"nsubj", "nsubjpass", "dobj"} and \
            node.head.lemma_.lower() in BEGINNING:
        return True
    return any(t.lower_ in STILL or t.lemma_.lower() in STILL for t in trigger.sent
               if t.dep_ in {"advmod", "acomp", "amod"} or t.pos_ == "VERB")


def week_before(trigger: Token, when: When | None, published: dt.date | None) -> bool:
    """The act's own date, a day or a week, ends more than ``NEWS_DAYS`` before publication,
    and the act is not the start of a happening that goes on (the module's docstring)."""
    if when is None or published is None or when.precision not in {"day", "week"}:
        return False
    end = _end(when)
    if end is None or (published - end).days <= NEWS_DAYS:
        return False
    return not _begun(trigger)


def own_clause_date(trigger: Token, when: When) -> bool:
    """The date is written in the trigger's own clause (``dated.clause_text``), not lent by a
    clause that governs it ("the March 7 fire that led to her arrest", "said on October 3 that
    troops had attacked")."""
    return bool(when.text) and when.text in clause_text(trigger, clause_head(trigger))


def headline_types(ctx: Context, events: list[Event]) -> set[str]:
    """The PLOVER types of the acts the article's headline names as news (a short first line,
    the story below it), also by a noun the extractor took for no event of its own ("Father
    charged in daughter's shooting"): the story's own happening, whatever day it is given."""
    first = ctx.sentences[0] if ctx.sentences else None
    if first is None or len(first.text.split()) > HEADLINE_WORDS or \
            not ctx.text[first.end:first.end + 8].lstrip(" \t\r").startswith("\n"):
        return set()
    named = {e.plover_type for e in events if first.start <= e.trigger.start < first.end
             and not set(e.modes) & NOT_DONE}
    if first.doc is not None:  # "charged in daughter's shooting": a noun no event of its own
        named.update(row.plover for t in first.doc if t.pos_ in {"NOUN", "PROPN"}
                     and (row := lexicon.match(t)) is not None)
    return named


def recent(when: When | None, published: dt.date) -> bool:
    """A day or a week that ends within a week before publication (or after it)."""
    if when is None or when.precision not in {"day", "week"}:
        return False
    end = _end(when)
    return end is not None and (published - end).days <= NEWS_DAYS


def told_now(events: list[Event], published: dt.date,
             trigger_of: Callable[[Event], Token | None] | None = None) -> set[str]:
    """The PLOVER types of the acts the article tells as the news of the last week: done,
    dated within the week, or (with ``trigger_of``) undated and told by a verb ("U.S. missile
    strikes hit ...", "troops attacked"). An older act of one of these types is another, earlier
    happening (background); an older act of a type told in no other way is the happening the
    story (an arrest, a charge, a lawsuit) is about, and stays news."""
    out: set[str] = set()
    for e in events:
        if set(e.modes) & (NOT_DONE | {"negated"}):
            continue
        if recent(e.when, published):
            out.add(e.plover_type)
        elif e.when is None and trigger_of is not None:
            token = trigger_of(e)
            if token is not None and token.pos_ in {"VERB", "AUX"}:
                out.add(e.plover_type)
    return out


def mark_weeks_back(ctx: Context, trigger_of: Callable[[Event], Token | None]) -> None:
    """Flag as background (``ctx.result.events`` in place) the acts whose own date ends more
    than a week before publication (``week_before``), of a type the article also tells as the
    news of the week (``told_now``), except those of the headline's types."""
    if ctx.published is None:
        return
    events = ctx.result.events
    story: set[str] | None = None
    now: set[str] | None = None
    for event in events:
        if set(event.modes) & NOT_DONE or event.when is None:
            continue
        token = trigger_of(event)
        if token is None or not week_before(token, event.when, ctx.published) or \
                not own_clause_date(token, event.when):
            continue
        if story is None or now is None:
            story = headline_types(ctx, events)
            now = told_now(events, ctx.published, trigger_of)
        if event.plover_type not in story and event.plover_type in now:
            event.modes.insert(0, "historical")
