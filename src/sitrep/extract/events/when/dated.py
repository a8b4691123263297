"""Background without a publication date: an act done on a day written by its month; the
future of an act whose own date begins after the publication date (``after_publication``); and
a trigger's clause, shared with ``modes`` (``clause_head``, ``clause_text``).

News writing names a day of the past week by its weekday or a relative word ("on Monday",
"last weekend", "yesterday") and an earlier day by its month ("on January 10", "in December",
"on 9 July"; the AP style rule). When the article's publication date is unknown, a date cannot
be compared with it, but the way the day is written still tells the guidelines' background (a
week or more before publication, or an earlier month): an act done (told in a past tense, with
no future or hypothetical flag) whose own clause dates it by a month name is background
(``mark_background``); a weekday or a relative day is the news period. Not:

- a month that opens or closes a period ("since December", "until March", "by June");
- a month of a clause the trigger's clause governs ("said on January 10 that talks were
  underway": the saying's); a month of the clause that governs the trigger's, where the two
  share their time (a participle, a gerund, an adverbial clause: "announced in December, with
  both parties agreeing", "seized the town in March after troops withdrew") dates the act too;
- a month by which the article's headline or lead dates its own story (not in a relative clause
  of its own): then the article tells its story by months ("homicides rose in May and June ...
  a meeting on June 29"), and that month is its news period.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from sitrep.extract.context import Context
from sitrep.extract.events.senses.fit import word_class
from sitrep.records import Event, When

MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({name[:3]: i for name, i in list(MONTHS.items())} | {"sept": 9})
MONTH_WORD = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b")
# prepositions of a month that bounds a period rather than dating an act
PERIOD_WORDS = {"since", "until", "till", "til", "by", "through", "throughout", "from"}
# the tags of a clause told in the past: a simple past, a participle ("were killed", "has been
# arrested", "killed in December"); a progressive with a past auxiliary ("was holding talks")
PAST_TAGS = {"VBD", "VBN"}
PAST_AUX = {"was", "were", "had", "'d"}
LEAD_SENTENCES = 2  # the headline and the lead (or the lead and the next sentence)
NOT_DONE = {"historical", "future", "hypothetical"}
RELATIVE = {"relcl", "acl"}  # clauses that tell another happening of a noun


# clauses a trigger's clause governs: their dates and cues are theirs (also ``modes``')
SUBORDINATE = {"advcl", "relcl", "ccomp", "acl", "parataxis", "conj"}


def noun_word(token: Token) -> bool:
    """A verb form that is the first word of a noun ("shooting death", "stabbing death")."""
    return token.pos_ == "VERB" and (token.dep_ == "compound" or (
        token.dep_ == "amod" and token.tag_ == "VBG"))


def clause_head(token: Token) -> Token:
    """The verb of the clause a token is in (the token itself when it is a verb; not a verb
    that is the first word of a noun: "last month's shooting death", "a stabbing death")."""
    node = token
    while (node.pos_ not in {"VERB", "AUX"} or noun_word(node)) and node.head.i != node.i:
        node = node.head
    return node


SUBJECTS = {"nsubj", "nsubjpass"}


def subject_tails(clause: Token) -> list[Token]:
    """Time adverbials the parser hangs on a clause's verb that close the relative clause of its
    subject instead ("Families who lost relatives in the massacre years ago met the president
    on Tuesday", "Soldiers who fought in the war decades ago staged a protest"): an adverb or a
    noun of time before the verb, written right after the relative clause's last word. Their
    time is the relative clause's, not the verb's."""
    relatives = [r for s in clause.children if s.dep_ in SUBJECTS
                 for r in s.children if r.dep_ == "relcl"]
    if not relatives:
        return []
    return [c for c in clause.children if c.dep_ in {"advmod", "npadvmod"} and c.i < clause.i
            and any(r.right_edge.i + 1 == c.left_edge.i for r in relatives)]


# a date that modifies a noun: "after last year's riots" (poss), "in connection with a
# shooting last month" (npadvmod): the noun's time, not the clause's
NOUN_TIMES = {"poss", "npadvmod"}


def _names_act(noun: Token) -> bool:
    """A noun that names an act or event ("a shooting", "the robbery", "a stabbing"), by the
    WordNet class of its lemma; not a place or thing the parser hangs a clause's time on
    ("sentenced to 31 years in prison that August")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    kind = word_class(noun)
    return kind in {"act", "event"} or (kind is None and noun.lower_.endswith("ing"))


# the links of a time phrase to the word it dates: a bare noun of time ("Tuesday", "last
# month") or a preposition that opens one ("on Friday", "in March")
TIME_LINKS = {"npadvmod", "prep"}


def _time_phrase(tok: Token) -> bool:
    """A time phrase: a noun of time on its own ("Tuesday", "last year") or a preposition whose
    object is one ("on Friday", "in March")."""
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in {"DATE", "TIME"}
    return tok.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in tok.children)


def later_noun_time(tok: Token, clause: Token) -> bool:
    """A second time phrase of a clause, written right after a noun that names an act inside a
    prepositional phrase, where the clause's verb already has a time phrase of its own before
    that noun ("was arrested Tuesday in connection with an arson last month", "was sentenced
    on Friday for a robbery last year"): an act has one time, so the later phrase dates the
    noun it follows, whatever word the parser hangs it on (the verb, "connection"). Not a
    clause with one time ("was arrested in connection with an arson last month")."""
    if tok.dep_ not in TIME_LINKS or not _time_phrase(tok) or tok.left_edge.i == 0:
        return False
    noun = tok.doc[tok.left_edge.i - 1]
    if noun.dep_ != "pobj" or not _names_act(noun) or noun.i < clause.i:
        return False
    return any(c.i != tok.i and c.i < noun.i and _time_phrase(c) and c.dep_ in TIME_LINKS
               for c in clause.children)


# the links of the words written before a noun that modify it: "the June 2012 attack" (nmod,
# nummod), "last week's shooting" (amod, poss, case), "the 2015 bombing" (compound)
PREMODIFIERS = {"nmod", "nummod", "compound", "amod", "poss", "case"}
# prepositions of the frame an act happened in ("killed 12 in the 2015 attack", "arrested
# during last week's raid"): the frame's time is the act's
FRAME_PREPOSITIONS = {"in", "during", "at", "amid", "amidst", "throughout"}


def other_act_time(tok: Token, trigger: Token) -> bool:
    """A word of a date written before a noun that names another act than the trigger, as that
    noun's modifier, where the noun is not the frame the trigger's act happened in ("jailed a
    former officer for the June 2012 attack on a convoy", "arrested a man after last week's
    shooting"): the noun's time, not the trigger's. Not "killed 12 in the 2015 attack", nor a
    noun of another clause ("was killed as he was leaving a Christmas Eve church service")."""
    node = tok
    while node.dep_ in PREMODIFIERS and node.head.i != node.i:
        node = node.head
        if node.pos_ in {"NOUN", "PROPN"} and node.ent_type_ not in {"DATE", "TIME"}:
            # (a name is no act: "In nineteen ninety-one Charles Keating was convicted")
            return node.i > tok.i and node.ent_type_ in {"", "EVENT"} and node.i not in {trigger.i, trigger.head.i} and \
                _names_act(node) and not (node.dep_ == "pobj"
                                          and node.head.lower_ in FRAME_PREPOSITIONS) and \
                clause_head(node).i == clause_head(trigger).i
    return False


def clause_text(trigger: Token, clause: Token) -> str:
    """The words of the trigger's own clause, without the clauses it governs that do not hold
    the trigger ("sought the revocation after his licence was revoked last year": "last
    year" dates the revoking, not the seeking)."""
    doc = clause.doc
    left_out: set[int] = set()
    tails = {t.i for t in subject_tails(clause)}  # the subject's relative clause's time
    # the noun a trigger is the first word of is the trigger's own ("last month's shooting death")
    own = {trigger.i, trigger.head.i} if noun_word(trigger) or trigger.dep_ == "compound" \
        else {trigger.i}
    # the words whose phrase holds the trigger: the trigger and the words above it
    holding = {trigger.i, *(t.i for t in trigger.ancestors)}
    for tok in clause.subtree:
        if tok.i == clause.i or tok.i in left_out:
            continue
        # a clause that does not hold the trigger, or a date that modifies another noun
        # ("after last year's riots", "with a robbery last year")
        other = tok.dep_ in SUBORDINATE or (
            tok.dep_ in NOUN_TIMES and tok.head.i not in own and (
                tok.dep_ == "poss" or _names_act(tok.head))) or (
            tok.head.i == clause.i and tok.i in tails) or later_noun_time(tok, clause)
        if other and tok.i not in holding:
            left_out.update(t.i for t in tok.subtree)
    return " ".join(doc[i].text for i in range(clause.left_edge.i, clause.right_edge.i + 1)
                    if i not in left_out)


def month_of(word: str) -> int | None:
    """The number of a month named by ``word`` ("December", "Dec.", "Sept"), or None."""
    if not word[:1].isupper():
        return None
    return MONTHS.get(word.lower().rstrip("."))


def month_dates(trigger: Token) -> list[tuple[Span, int]]:
    """The DATE entities of the trigger's sentence that name a month and date an act (not
    "since December", "until March"), with the month's number."""
    out = []
    for ent in trigger.doc.ents:
        if ent.label_ != "DATE":
            continue
        month = next((m for m in (month_of(t.text) for t in ent) if m is not None), None)
        if month is None:
            continue
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if (before is not None and before.lower_ in PERIOD_WORDS) or \
                ent.root.head.lower_ in PERIOD_WORDS:
            continue
        out.append((ent, month))
    return out


def told_in_past(verb: Token) -> bool:
    """The clause's verb is in a past tense (or a participle, or a progressive with a past
    auxiliary)."""
    if verb.tag_ in PAST_TAGS:
        return True
    return verb.tag_ == "VBG" and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in PAST_AUX
                                      for c in verb.children)


def act_months(trigger: Token) -> set[int]:
    """The months that the trigger's own clause (its words without the clauses it governs)
    dates the act to, when the act is told in the past ("gunmen shot three officers on January
    10", "were killed in December"), else those of the clause that governs it and shares its
    time (``_governor``); empty otherwise."""
    clause = clause_head(trigger)
    if clause.pos_ not in {"VERB", "AUX"}:
        return set()
    past = told_in_past(clause)
    if not past and not _non_finite(clause):
        return set()
    dates = month_dates(trigger)
    if not dates:
        return set()
    own = clause_text(trigger, clause)
    months = {month for ent, month in dates if ent.text in own}
    if months and past:
        return months
    governor = _governor(clause)
    if governor is None or not told_in_past(governor):
        return set()
    above = clause_text(governor, governor)
    return {month for ent, month in dates if ent.text in above}


# links from a clause to the clause whose time it shares: a participle or gerund ("announced
# in December, with both parties agreeing"), an adverbial clause ("seized the town in March
# after troops withdrew"); not a reported clause ("said on January 10 that talks were
# underway": the saying's month, not the talks')
SHARED_TIME = {"advcl", "pcomp", "xcomp", "acl"}


def _non_finite(verb: Token) -> bool:
    """A gerund, a participle or an infinitive with no auxiliary of its own ("with both parties
    agreeing"): its time is the governing clause's."""
    return verb.tag_ in {"VBG", "VBN", "VB"} and not any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in verb.children)


def _governor(clause: Token) -> Token | None:
    """The verb of the clause that governs ``clause`` and whose time it shares (one step up,
    through a preposition: "with ... agreeing"), or None."""
    if clause.dep_ not in SHARED_TIME or clause.head.i == clause.i:
        return None
    governor = clause_head(clause.head)
    return governor if governor.i != clause.i and governor.pos_ in {"VERB", "AUX"} else None


def lead_months(ctx: Context) -> set[int]:
    """The months by which the article's first sentences (its headline and lead) date their
    own story: not a month of a relative clause ("the target of the attack that killed the
    singer in July, is facing charges": the attack's, told as background)."""
    out: set[int] = set()
    for sentence in ctx.sentences[:LEAD_SENTENCES]:
        if sentence.doc is None:
            out.update(m for m in (month_of(w) for w in MONTH_WORD.findall(sentence.text))
                       if m is not None)
            continue
        for ent in sentence.doc.ents:
            if ent.label_ == "DATE" and not any(t.dep_ in RELATIVE for t in ent.root.ancestors):
                out.update(m for m in (month_of(t.text) for t in ent) if m is not None)
    return out


def mark_background(ctx: Context, trigger_of: Callable[[Event], Token | None]) -> None:
    """Flag as background (``ctx.result.events`` in place) the happenings named only as the
    start of a period (``since_background``) and, without a publication date, the acts done on
    a day written by a month that the headline and lead do not name."""
    since_background(ctx, trigger_of)
    if ctx.published is not None:
        return
    lead: set[int] | None = None
    for event in ctx.result.events:
        if set(event.modes) & NOT_DONE:
            continue
        token = trigger_of(event)
        months = act_months(token) if token is not None else set()
        if not months:
            continue
        if lead is None:
            lead = lead_months(ctx)
        if months - lead:
            event.modes.insert(0, "historical")


# words that open a noun phrase before a date written as the noun's modifier ("the Dec. 21,
# 1988, bombing", "its 1990 invasion", "Monday's attack")
PHRASE_OPENERS = {"the", "this", "its", "his", "her", "their", "'s", "’s"}


def date_before_noun(trigger: Token, dates: list[tuple[int, int, When]]) -> When | None:
    """A date written just before an event noun as its modifier, the phrase opened by a
    determiner or a possessive ("charged in the Dec. 21, 1988, bombing of Pan Am Flight 103",
    "since the January 1998 bombing of a clinic", "after its 1990 invasion of Kuwait"), which
    the parser may attach elsewhere (the date as the preposition's object, the noun as an
    apposition): the noun's own date."""
    if (trigger.pos_ not in {"NOUN", "PROPN"} and trigger.tag_ != "VBG") or trigger.i == 0:
        return None  # (a verbal noun the parser may tag as a verb: "the 2017 stabbing of")
    last = trigger.nbor(-1)
    if last.is_punct and last.text == "," and last.i > 0:
        last = last.nbor(-1)
    while last.i > 0 and last.pos_ == "ADJ" and last.ent_type_ != "DATE":
        last = last.nbor(-1)  # "the 1996 Olympic bombing", "the 2006 deadly raid"
    when = _date_at(last, dates)
    if when is None or not when.value or last.ent_type_ != "DATE":
        return None
    first = last
    while first.i > 0 and _date_at(first.nbor(-1), dates) is when:
        first = first.nbor(-1)
    if first.lower_ in PHRASE_OPENERS and first.i < last.i:
        return when  # "the Dec. 21, 1988" (the determiner inside the date's span)
    return when if first.i > 0 and first.nbor(-1).lower_ in PHRASE_OPENERS else None


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def date_after_noun(trigger: Token, dates: list[tuple[int, int, When]]) -> When | None:
    """A weekday written just after an event noun, as news writes the day of a happening ("in
    a rally Saturday demanding the boy's return", "after the attack Monday"), which the parser
    may hang on the verb before (a relative clause's: "the men who launched the revolution
    decades ago in a rally Saturday"): the noun's own day."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.i + 1 >= len(trigger.doc):
        return None
    day = trigger.nbor(1)
    if day.lower_ not in WEEKDAYS or day.ent_type_ != "DATE":
        return None
    when = _date_at(day, dates)
    return when if when is not None and when.value else None


def next_to(trigger: Token, when: When) -> bool:
    """The date is written right before or right after the trigger ("the Dec. 21, 1988,
    bombing", "a rally Saturday"): its own."""
    text = trigger.doc.text
    return text[trigger.idx + len(trigger.text):].lstrip(" ,").startswith(when.text) or \
        text[:trigger.idx].rstrip(" ,").endswith(when.text)


def _date_at(token: Token, dates: list[tuple[int, int, When]]) -> When | None:
    for a, b, when in dates:
        if a <= token.idx < b:
            return when
    return None


def _start(when: When) -> dt.date | None:
    """The first day of a date's value (a day, an ISO week, a month or a year)."""
    value = when.value or ""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]) and len(value) >= 10:
            return dt.date.fromisoformat(value[:10])
        week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
        if week:
            return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return dt.date(int(value[:4]), int(value[5:]), 1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def after_publication(trigger: Token, when: When | None, published: dt.date | None) -> bool:
    """The act's own date begins after the publication date ("talks next week", "agreed to
    meet next month", "meet on October 20"): it has not happened yet (``future``). A verb in
    a simple past keeps its tense (the date, not the act, would be misread)."""
    if when is None or published is None or when.kind == "interval" or trigger.tag_ == "VBD":
        return False
    start = _start(when)
    return start is not None and start > published


# the doer positions of a verb: its subject, the agent of its passive
def episode_doer(verb: Token, named: Callable[[Token], bool]) -> bool:
    """The act's doer is a named episode of history (``named``: ``history.episodes.named_episode``):
    "the Rwandan Genocide killed 800,000 people", "thousands were tortured by the Roman
    Inquisition"; of an event noun, the doer of the participle that tells it ("the house
    arrest ordered by the Inquisition")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return any(c.dep_ == "acl" and c.tag_ == "VBN" and episode_doer(c, named)
                   for c in verb.children)
    for child in verb.children:
        if child.dep_ == "nsubj" and named(child):
            return True
        if child.dep_ == "agent" and any(g.dep_ == "pobj" and named(g) for g in child.children):
            return True
    return False


def title_cased(sent: Span) -> bool:
    """A headline written in title case ("Rebels Launch Offensive on Town"): most of its words
    are capitalised, so a capital says nothing of a name."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) * 3 > len(words) * 2


# adverbs and adjectives of an earlier occasion: "had previously been arrested", "has been
# jailed before", "had once attacked", "a previous attack", "his prior conviction"
EARLIER_ADVERBS = {"previously", "before", "once", "formerly"}
EARLIER_ADJECTIVES = {"previous", "prior", "earlier", "past", "former"}
PERFECT_AUX = {"had", "'d", "has", "have", "'ve", "'s"}
PAST_PASSIVE = {"was", "were"}


def earlier_occasion(trigger: Token, clause: Token, when: When | None) -> bool:
    """An earlier happening the story recalls by its own words, not by a date: a perfect with
    an adverb of an earlier occasion ("he had previously been arrested for assault", "has been
    jailed before"), or a passive in a simple past with one ("he was previously arrested", "was
    once jailed for fraud") or an event noun qualified as earlier ("a previous attack on the mosque",
    "his prior arrest"). Not when the act is dated in its own clause ("an earlier attack on
    Monday": the story's own day decides)."""
    if when is not None and when.text in clause_text(trigger, clause):
        return False
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return any(c.dep_ == "amod" and c.lower_ in EARLIER_ADJECTIVES for c in trigger.children)
    if trigger.tag_ != "VBN" or not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in PERFECT_AUX
                                        or (c.dep_ == "auxpass" and c.lower_ in PAST_PASSIVE)
                                        for c in trigger.children):
        return False  # (a passive in a simple past too: "he was previously arrested")
    return any(c.dep_ in {"advmod", "prep"} and c.lower_ in EARLIER_ADVERBS and all(
        _occasions(g) for g in c.children) for c in trigger.children)


# counts of occasions that may qualify an adverb of an earlier one ("twice before", "three
# times before"), and the words of a span that make it the story's own ("minutes before")
COUNTED_ONCE = {"once", "twice", "thrice", "repeatedly"}


def _occasions(word: Token) -> bool:
    """A word under "before" that keeps it an adverb of earlier occasions: a count ("twice
    before", "several times before") or a phrase of the act ("three times before for
    robbery"); not an object ("before the war") nor a span ("minutes before")."""
    if word.lower_ in COUNTED_ONCE:
        return True
    if word.lemma_.lower() == "time" and word.tag_ == "NNS":
        return True
    return word.dep_ == "prep" and word.lower_ != "before"


def earlier_period(when: When, end: dt.date, published: dt.date) -> bool:
    """A date written as a month or a year (not a day or a week) that ends before the
    publication's month begins ("last month", "in November" in a December story, "last year"
    in January): the guidelines' background, "dated to an earlier month or year"."""
    return when.precision in {"month", "year"} and when.kind != "interval" and \
        end < published.replace(day=1)


PERFECT_HAVE = {"has", "have", "had", "'s", "'ve", "'d"}


def _since_start(token: Token) -> bool:
    """The trigger names the start of a period: an event noun after "since" ("since the
    bombing of the embassy, security has been tight", "ever since his arrest"), or a clause
    after "since" governed by a perfect ("has lived in fear since he was shot"; a "since" of
    cause governs no perfect: "since police arrested him, the case is closed"), or the noun
    that such a clause's verb makes ("ever since the chief made a public appeal, residents
    have asked why")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        node = token
        while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
            node = node.head
        if node.dep_ == "dobj" and node.head.pos_ in {"VERB", "AUX"}:
            # "since the chief made a public appeal, ..." (not dated by its verb: "since the
            # army launched an offensive on Monday")
            return _since_start(node.head) and not any(
                t.ent_type_ in {"DATE", "TIME"} for t in node.head.subtree)
        return node.dep_ == "pobj" and node.head.lower_ == "since"
    if token.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ == "mark" and c.lower_ == "since" for c in token.children):
        return False
    governor = token.head
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ in PERFECT_HAVE for c in governor.children)


def _dated_in_phrase(event: Event, token: Token) -> bool:
    """The event's date lies in the trigger's own phrase ("since the bombing on Tuesday",
    "since Monday's attack")."""
    if event.when is None:
        return False
    base = event.trigger.start - token.idx  # the sentence's offset in the article
    left, right = token.left_edge, token.right_edge
    return base + left.idx <= event.when.evidence.start < base + right.idx + len(right)


NEWS_DAYS = 7  # the guidelines' background: a week or more before publication


def _news_day(when: When | None, published: dt.date | None) -> bool:
    """A day of the news period (within a week of publication), which a background event never
    has: it came from the clause that governs it or from the story."""
    if when is None or published is None or when.precision != "day" or when.kind == "interval":
        return False
    start = _start(when)
    return start is not None and abs((published - start).days) < NEWS_DAYS


def since_background(ctx: Context, trigger_of: Callable[[Event], Token | None]) -> None:
    """A happening named only as the start of a period ("since the bombing of the embassy,
    security has been tight"), with no date in its own phrase, is an earlier happening the
    article recalls (and has no day of the story: runs after the linker; nor has any other
    background event), unless the article has told an act of its type before as news (then
    "since the attack" refers back to its own story: "Gunmen attacked the mosque on Tuesday.
    Since the attack, police have guarded it")."""
    told: set[str] = set()  # PLOVER types told as current acts so far
    for event in sorted(ctx.result.events, key=lambda e: e.trigger.start):
        if event.historical and _news_day(event.when, ctx.published):
            event.when = None  # "20 years after the murder": the arrest's day, not the murder's
        if set(event.modes) & NOT_DONE:
            continue
        token = trigger_of(event)
        if token is not None and event.plover_type not in told and _since_start(token) \
                and not _dated_in_phrase(event, token):
            event.modes.insert(0, "historical")
            event.when = None  # the day the linker lent it from the story is not its own
            continue
        told.add(event.plover_type)


# units of a span long enough to put a happening before the story: "20 years after the murder"
# (the guidelines' week: "weeks after", "two weeks after", "a fortnight after"; not "a week
# after", a day just a week back being the story's)
LONG_SPANS = {"year", "decade", "month", "century", "fortnight"}
WEEK_SPANS = {"week"}
SPAN_MARKS = {"after", "since"}


def _long_span(word: Token) -> bool:
    """A span noun on the mark or its clause ("two weeks after"; "Weeks after ...", which the
    parser may leave a ``dep`` at the head of a sentence)."""
    if word.dep_ not in {"npadvmod", "dep"}:
        return False
    lemma = word.lemma_.lower()
    if lemma in LONG_SPANS:
        return True
    if lemma not in WEEK_SPANS:
        return False
    counts = [c for c in word.children if c.dep_ == "nummod"]
    if counts:
        return any(not c.like_num or c.lower_ not in {"1", "one"} for c in counts)
    return word.tag_ == "NNS"  # "weeks after", "several weeks after"; not "a week after"


def spanned_back(trigger: Token) -> bool:
    """The trigger is what a span of months or years is counted from ("arrested on Monday, 20
    years after the murder of his neighbor", "held a vigil on Sunday, a decade after the
    massacre", "two years after his brother was killed, a man was shot"): a happening that
    long before the story's act; "three days after the attack" is the story's own."""
    if trigger.pos_ in {"VERB", "AUX"}:
        marks = [c for c in trigger.children if c.dep_ == "mark" and c.lower_ in SPAN_MARKS]
        if not marks or not told_in_past(trigger) or _ahead(trigger.head):
            return False  # "will withdraw two weeks after the rebels disarm"
        # the span on the verb, on its mark ("comes a year after a gunman killed ten"), or on
        # the clause that governs it, just before the mark ("comes months after rebels
        # stormed a prison")
        return any(_long_span(c) for c in trigger.children) or any(
            _long_span(g) for m in marks for g in m.children) or (
            trigger.dep_ == "advcl" and any(_long_span(c) and c.i == marks[0].i - 1
                                            for c in trigger.head.children))
    node = trigger
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in SPAN_MARKS:
        return False
    mark = node.head
    if _ahead(mark.head):
        return False  # "will pull out two months after the vote"
    return any(_long_span(c) for c in mark.children) or _long_span(mark.head)


FUTURE_AUX = {"will", "would", "shall", "'ll", "wo", "to"}


def _ahead(word: Token) -> bool:
    """The clause of ``word`` (a verb, or a noun inside it) looks ahead ("will withdraw",
    "plans to withdraw", "would return")."""
    node = word
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children)
