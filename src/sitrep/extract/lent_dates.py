"""Whether a date of an event's sentence is the event's own, for ``link``: a date in another
clause ("the group, which has mediated since 1992, called for ..."), in another act's phrase
("the shooting recalled the 2018 attack"), or on a verb of reporting ("the sheriff said on
Monday") is not the day of the act; nor is a day after the publication date the day of an
act told as done ("was arrested Sunday and is to appear Thursday", "had been arrested, and
his trial begins Monday": ``done_act``, ``after_publication``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.extract.claims.attribution import REPORT_VERBS
from sitrep.extract.context import Sentence
from sitrep.extract.events.history.noun_years import year_of_noun
from sitrep.extract.events.tokens import Offsets, verb_above
from sitrep.extract.events.when.dated import clause_head, other_act_time
from sitrep.extract.refine import VIOLENT
from sitrep.nlp.scans import subtree_indices
from sitrep.records import Event, When


def offsets_of(doc: Doc, cache: dict[int, Offsets] | None) -> Offsets:
    """The token offsets of ``doc``, kept in ``cache`` (by doc identity) during one ``link``."""
    if cache is None:
        return Offsets(doc)
    found = cache.get(id(doc))
    if found is None or found.doc is not doc:
        found = cache[id(doc)] = Offsets(doc)
    return found


SUBORDINATE = {"relcl", "acl", "advcl", "parataxis", "ccomp", "csubj"}


def token_at(sentence: Sentence, offset: int,
              offsets: dict[int, Offsets] | None = None) -> Token | None:
    if sentence.doc is None:
        return None
    return offsets_of(sentence.doc, offsets).token_at(offset - sentence.start)


def in_other_clause(sentence: Sentence | None, date: When, trigger_offset: int,
                     offsets: dict[int, Offsets] | None = None,
                     trigger_end: int | None = None) -> bool:
    """True when the date sits in a subordinate clause that does not contain the trigger
    ("the group, which has mediated since 1992, called for ...": 1992 is not the call's date).
    A clause that modifies the trigger itself tells of it ("a shooting that occurred on
    Saturday", "wounded in a shooting that happened Sunday"): its date is the trigger's."""
    if sentence is None:
        return False
    token = token_at(sentence, date.evidence.start, offsets)
    trigger = token_at(sentence, trigger_offset, offsets)
    if token is None or trigger is None:
        return False
    end = max(trigger_end or trigger_offset, trigger_offset + 1)
    node = token
    while node.head.i != node.i:
        if node.dep_ in SUBORDINATE:
            clause = subtree_indices(node)
            head = sentence.start + node.head.idx
            if node.dep_ in ADNOMINAL and trigger_offset <= head < end:
                return False
            return trigger.i not in clause
        node = node.head
    return False


ADNOMINAL = {"relcl", "acl"}  # a clause that modifies a noun: "a shooting that occurred ..."


PREMODIFIERS = {"compound", "nummod", "amod", "nmod", "poss"}


def of_other_act(sentence: Sentence | None, date: When, trigger_offset: int,
                  triggers: set[int], offsets: dict[int, Offsets] | None = None) -> bool:
    """The date names another act of the sentence in that act's own phrase ("the shooting
    recalled the 2018 attack": 2018 is the attack's, not the shooting's): the path from the
    date up to its clause's verb passes another event's trigger; or a year modifies a noun
    that is not the act's trigger ("the march resembled the 1989 protests", "last year's
    vote"): the noun's time; or the date opens a period ("since 2015"). Not a date under the
    act itself ("killed 12 in the 2015 attack": the frame it happened in)."""
    if sentence is None:
        return False
    token = token_at(sentence, date.evidence.start, offsets)
    if token is None:
        return False
    if token.head.lower_ == "since" or (token.i > 0 and token.doc[token.i - 1].lower_ == "since"):
        return True  # "the deadliest attack since 2015": the start of a period, no act's day
    trigger = token_at(sentence, trigger_offset, offsets)
    if trigger is not None and any(a.i == trigger.i for a in token.ancestors):
        # "gunmen killed 12 in the 2015 attack": the act's own frame; not "jailed him for the
        # June 2012 attack", "arrested a man after last week's shooting": the attack's time
        return other_act_time(token, trigger) or year_of_noun(token, trigger)
    last = token_at(sentence, date.evidence.end - 1, offsets)
    if date.precision == "year" and last is not None and last.dep_ in PREMODIFIERS and \
            last.head.pos_ in ("NOUN", "PROPN") and \
            sentence.start + last.head.idx != trigger_offset:
        return True
    if date.precision == "day":
        return False  # "arrested after the shooting on Tuesday": a day near the act's own
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
        offset = sentence.start + node.idx
        if offset != trigger_offset and offset in triggers and node.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def reported_date(sentence: Sentence | None, date: When, trigger_offset: int,
              offsets: dict[int, Offsets] | None = None) -> bool:
    """Whether the date tells when something was said ("a man was in jail, the sheriff said on
    Monday", "police told reporters Tuesday"): the verb it belongs to is a verb of reporting
    (``REPORT_VERBS``, lemmas) that is not the event's own trigger. It is the report's day, not
    the day of the violence the report tells of."""
    if sentence is None:
        return False
    token = token_at(sentence, date.evidence.start, offsets)
    trigger = token_at(sentence, trigger_offset, offsets)
    if token is None:
        return False
    node = verb_above(token)
    return (node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in REPORT_VERBS
            and (trigger is None or trigger.i != node.i))


NOT_DONE = {"future", "hypothetical", "negated"}
PERFECT_OR_PASSIVE = {"had", "has", "have", "was", "were", "been", "'d"}


def done_act(sentence: Sentence | None, trigger_offset: int, modes: list[str],
             offsets: dict[int, Offsets] | None = None) -> bool:
    """The act is told as done: its trigger is a verb in a simple past ("was arrested Sunday",
    "police arrested") or a perfect ("had been arrested"), with no modal before it and no
    future, hypothetical or negated flag. A noun ("the arrest") tells no tense."""
    if sentence is None or NOT_DONE & set(modes):
        return False
    trigger = token_at(sentence, trigger_offset, offsets)
    if trigger is None or trigger.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in trigger.children
           if c.dep_ in ("aux", "auxpass")):
        return False  # "will be arraigned", "is to be extradited"
    if trigger.tag_ == "VBD":
        return True
    return trigger.tag_ == "VBN" and any(a in PERFECT_OR_PASSIVE for a in auxes)


AHEAD = frozenset({"future", "hypothetical"})


def ahead_elsewhere(sentence: Sentence | None, date: When, trigger_offset: int,
                    modes: list[str], offsets: dict[int, Offsets] | None = None) -> bool:
    """Whether the date lies outside the own clause of an act told as coming or as possible
    (a future or hypothetical flag: "said it would send troops", "was preparing to evacuate",
    "was ready to resign"): the day of the saying ("announced on Monday that troops would be
    sent"), of another clause or of the story is not the day the act will be done, which an
    announcement without a date leaves unknown (null). Its own clause's day stays ("would
    suspend services starting Friday", "the withdrawal would begin Saturday"), and so does the
    day of a statement that tells its decision in the present's future, not backshifted
    ("announced Monday that it will suspend arms exports": the decision is made as it is
    announced; "announced on Monday that troops would be sent" reports an intent)."""
    if not AHEAD & set(modes):
        return False
    if sentence is None or not (sentence.start <= date.evidence.start < sentence.end):
        return True
    trigger = token_at(sentence, trigger_offset, offsets)
    token = token_at(sentence, date.evidence.start, offsets)
    if trigger is None or token is None:
        return False
    verb = clause_head(trigger)
    told = clause_head(token)
    if token.i in subtree_indices(verb):
        if not said_before_subject(token, verb):
            return False
        told = verb.head
    return not (any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children)
                and told.lemma_.lower() in REPORT_VERBS
                and any(a.i == told.i for a in verb.ancestors))


CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def said_before_subject(token: Token, verb: Token) -> bool:
    """A date written between a verb of saying and the subject of the clause it reports ("said
    on Tuesday they would call a strike", "announced Monday troops would be sent"): the
    saying's day, wherever the parser hangs it (often on the reported verb)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORT_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in CLAUSE_SUBJECTS), None)
    return subject is not None and verb.head.i < token.i < subject.left_edge.i


WILL = frozenset({"will", "shall", "'ll"})  # the future not shifted back ("would", "should")


PERFECT = frozenset({"had", "has", "have", "'d", "'ve"})


def perfect_act(sentence: Sentence | None, trigger_offset: int,
                offsets: dict[int, Offsets] | None = None) -> bool:
    """The act's clause is told in a perfect ("police said they had arrested 52 people",
    "Romania said it had deployed air defence units", "had opened an investigation"): done
    by the time of the report, its day not told; the story's day is not lent to it."""
    if sentence is None:
        return False
    trigger = token_at(sentence, trigger_offset, offsets)
    if trigger is None:
        return False
    verb = clause_head(trigger)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in PERFECT
                                      for c in verb.children) and any(
        a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in REPORT_VERBS for a in verb.ancestors)


def after_publication(date: When, published: dt.date | None) -> bool:
    """The date's first day lies after the publication date: no day of a done act."""
    if published is None or not date.start:
        return False
    try:
        return dt.date.fromisoformat(date.start[:10]) > published
    except ValueError:
        return False



_UNTIL = re.compile(r"\b(?:until|till|til)\s+$", re.I)


def closes_period(text: str, date: When) -> bool:
    """The date closes a period ("a curfew will stay in place until Sunday", "has suspended
    flights until Monday"): the day the period ends, not the day of an act of its sentence."""
    return bool(_UNTIL.search(text, max(0, date.evidence.start - 8), date.evidence.start))


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_BACK = re.compile(r"\b(?:last|past|previous|earlier|ago)\b", re.I)
# a weekday right after a verb of saying ("announced on Monday that it will suspend"): the
# saying's day, which ``ahead_elsewhere`` keeps for a decision told in the present's future
_SAID_ON = re.compile(r"\b(?:said|says|announced|announces|told|tells|stated|declared|confirmed|"
                      r"added|reported|warned|insisted|claimed)\s+(?:on\s+)?$", re.I)


def coming_weekday(event: Event, published: dt.date | None, text: str) -> When | None:
    """The date of an act told as coming (``future``) written by its weekday alone ("said its
    envoy would meet the officials at the peacekeepers' headquarters in Tskhinvali on
    Saturday"), where the day was resolved to the past week (the tense cue lay too far from the
    day for the date reader): the coming such day. Not a weekday that names another happening
    ("a curfew imposed after Wednesday's events would stay": the events') and not the day of a
    saying ("announced on Monday that it will suspend"). Other dates as they are."""
    when = event.when
    if published is None or when is None or "future" not in event.modes or \
            when.precision != "day" or not when.relative or not when.value or \
            not _WEEKDAY.search(when.text) or _BACK.search(when.text) or \
            text[when.evidence.end:when.evidence.end + 2] in {"'s", "\u2019s"} or \
            _SAID_ON.search(text, max(0, when.evidence.start - 20), when.evidence.start):
        return when
    try:
        day = dt.date.fromisoformat(when.value[:10])
    except ValueError:
        return when
    if day >= published:
        return when
    day += dt.timedelta(days=7)
    return replace(when, value=day.isoformat(), start=day.isoformat(), end=day.isoformat())


_WEEK = re.compile(r"(?P<year>\d{4})-W(?P<week>\d{2})")


def in_month(when: When | None) -> When | None:
    """An event's date written by its week ("last week", "next week", "earlier this week":
    ``2016-W02``) as the month that week lies in: the guidelines date a happening by its day,
    month or year, and a week is none of these. A week across two months is the month of its
    Thursday (the ISO rule for the year a week belongs to). Other dates are returned as they
    are."""
    if when is None or when.value is None:
        return when
    match = _WEEK.fullmatch(when.value)
    if match is None:
        return when
    try:
        thursday = dt.date.fromisocalendar(int(match["year"]), int(match["week"]), 4)
    except ValueError:
        return when
    return replace(when, value=thursday.strftime("%Y-%m"), precision="month")


# PLOVER's verbal types (CAMEO's verbal cooperation and verbal conflict): acts done by saying
SPOKEN = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "ACCUSE", "REJECT", "THREATEN",
                    "REQUEST"})
# the verbal types that answer a happening: an appeal or a demand, a refusal or a denial, praise
# or backing. Made at a time of their own (often days after the happening their paragraph
# dates), they take no day from the paragraph: only their own, or their speakers' earlier one.
# An accusation, a threat, an agreement or a meeting may be told inside the story ("the tenant
# threatened a neighbour"): those go on in the paragraph's time.
ANSWERS = frozenset({"REQUEST", "REJECT", "SUPPORT"})


def paragraph_day(sentence: Sentence | None, dates: list[When], text: str,
                  published: dt.date | None) -> When | None:
    """The last day written earlier in the sentence's paragraph (before the sentence, after the
    last line break; not a day after publication, which is a scheduled one): the day the
    paragraph tells its story in ("On Monday, gunmen stormed a bus station in Rell. The police
    chief said the attackers had come from the hills. The governor condemned the attack.":
    Monday)."""
    if sentence is None:
        return None
    opens = text.rfind("\n", 0, sentence.start) + 1
    days = [d for d in dates if opens <= d.evidence.start and d.evidence.end <= sentence.start
            and d.value is not None and d.kind != "interval" and d.precision == "day"
            and not after_publication(d, published)]
    return max(days, key=lambda d: d.evidence.end) if days else None


def speaker_day(event: Event, said: list[Event]) -> When | None:
    """The day of the last of the article's dated statements ``said`` told before ``event``,
    by the same speakers (the same set of countries, or of names, among its actors): one
    statement reported over several paragraphs ("France, Russia and the United States condemned
    Monday's attacks. ... [new paragraph] The three also called for a ceasefire.": Monday); none
    when the speakers differ or say nothing of who they are."""
    def speakers(e: Event) -> frozenset[str]:
        countries = frozenset(a.country for a in e.actors if a.country)
        return countries or frozenset(a.text.lower() for a in e.actors)
    own = speakers(event)
    if not own:
        return None
    earlier = [e for e in said if e.trigger.start < event.trigger.start]
    for other in reversed(earlier):
        if other.when is not None and other.when.precision == "day" and \
                speakers(other) == own:
            return other.when
    return None


def lent_day(plover: str, violence_day: When | None, main_day: When | None) -> When | None:
    """The date ``link`` lends an event whose own clause and sentence state none, and whose
    sentence before names no day (for a statement: whose paragraph named none before it,
    ``paragraph_day``): for an act of violence, the day of the article's violence
    (``violence_day``); for any other act done, the article's main day (``main_day``: the story
    goes on in its time); for a statement (a verbal act: condemning, urging, denying, meeting),
    none. Reactions are told without their day, in paragraphs of their own, and are often made
    days after the happening the article dates ("Gunmen killed six traders in Tarn on Monday.
    ... [new paragraph] The governor condemned the killings and urged calm."): the guidelines'
    date is null when it cannot be resolved, and the story's day cannot resolve the day a
    reaction was made."""
    if plover in VIOLENT:
        return violence_day
    return None if plover in SPOKEN else main_day


DAY_REACH = 2  # sentences after the act's own in which its day may be named


def day_in_week(event: Event, dates: list[When], sentences: list[Sentence],
                published: dt.date | None, violent: set[int],
                offsets: dict[int, Offsets] | None = None) -> When | None:
    """The day of a violent act dated only by a week ("died in Flint last week", "was shot this
    week") where its sentence or the next ``DAY_REACH`` name a day inside that week ("... last
    week. He was found shot Wednesday night"): the story tells the week first and then the day.
    The day told nearest after the act (else in its sentence before it) that falls inside the
    week, in a sentence that tells violence (``violent``: where the violent acts' triggers
    start) or of a violent verb (``of_violence``; not "a vigil was held on Sunday"), is no day
    of saying ("police said Monday"), and
    is not after publication; else the act's own date."""
    when = event.when
    if event.plover_type not in VIOLENT or when is None or when.precision != "week" or not (
            when.start and when.end):
        return when
    at = next((i for i, s in enumerate(sentences)
               if s.start <= event.trigger.start < s.end), None)
    if at is None:
        return when
    window = sentences[at:at + 1 + DAY_REACH]
    found = []
    for day in dates:
        if day.precision != "day" or day.kind == "interval" or not day.value:
            continue
        if not when.start <= day.value[:10] <= when.end or after_publication(day, published):
            continue
        sentence = next((s for s in window if s.start <= day.evidence.start < s.end), None)
        if sentence is None or reported_date(sentence, day, -1, offsets) or not (any(
                sentence.start <= t < sentence.end for t in violent)
                or of_violence(sentence, day, offsets)):
            continue
        found.append(day)
    if not found:
        return when
    after = [d for d in found if d.evidence.start >= event.trigger.start]
    return min(after, key=lambda d: d.evidence.start) if after else max(
        found, key=lambda d: d.evidence.start)


# people named by an act they are held to have done before ("the shooting suspect", "a murder
# defendant", "the homicide fugitive"): the act is not what their clause tells
SUSPECTED = frozenset({"suspect", "defendant", "accused", "fugitive"})


def named_by_act(sentence: Sentence | None, date: When, trigger_offset: int,
                 offsets: dict[int, Offsets] | None = None) -> bool:
    """Whether the trigger only names a person by the act they are suspected of ("shooting
    suspect John Hardy surrendered late Thursday", "a murder defendant was arraigned Monday"):
    it is the word before a noun of ``SUSPECTED`` and the date lies outside their phrase, so
    the date is the clause's act (the surrender, the arraignment), not the shooting's."""
    if sentence is None:
        return False
    trigger = token_at(sentence, trigger_offset, offsets)
    token = token_at(sentence, date.evidence.start, offsets)
    if trigger is None or token is None:
        return False
    doc = trigger.doc
    if trigger.i + 1 >= len(doc) or doc[trigger.i + 1].lemma_.lower() not in SUSPECTED:
        return False  # (the parser may read "shooting suspect" as a verb and its object)
    person = doc[trigger.i + 1]
    phrase = subtree_indices(person) | subtree_indices(trigger)
    return token.i not in phrase


def of_violence(sentence: Sentence, date: When, offsets: dict[int, Offsets] | None = None
                ) -> bool:
    """Whether the date belongs to a word of violence: the verbs and nouns from the date up to
    its clause's verb include an assault's trigger word ("was found dead after shooting himself
    in the head Wednesday night": the shooting's day), also where coreference folded that
    mention into an earlier event."""
    from sitrep.extract.events.lexicon import match

    token = token_at(sentence, date.evidence.start, offsets)
    node = token
    while node is not None:
        if node.pos_ in ("VERB", "NOUN") and node.i != token.i:
            found = match(node)
            if found is not None and found.plover in VIOLENT:
                return True
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return False
