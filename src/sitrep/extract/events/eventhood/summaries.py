"""Habits and summaries told with the words of a happening (see the package docstring):

- **habitual aspect**: an act qualified by how often it happens, not when: the family of
  frequency adverbs beyond ``forms.HABIT_ADVERBS`` ("daily", "nightly", "constantly",
  "periodically" ...), the repeated times ("every weekend", "each Friday", "every two weeks",
  "on Fridays", "on weekends", "twice a week", "three times a month", "from time to time"),
  "used to" ("police used to raid the bars") and the habitual "would" with one of those times
  ("the soldiers would beat prisoners every night"); a repeated stretch of time ("three hours
  every day") and the purpose of a verb so qualified ("set aside three hours every day for
  citizens to meet him") share it; aid and cooperation at a repeated time are a programme and
  stay ("providing food aid every month");
- **summaries over a span**: an act in the present perfect whose clause spans a period ("over
  the past three months", "in recent years", "during the past few months", "for years", "so far
  this year", "since 2019", "since the invasion began") or totals it ("to date", "in total",
  with a counted or priced object: "the agency has delivered 3,000 tons to date"), or
  whose bare plural act noun is spread over a region ("the group has carried out attacks
  across the region"): many unnamed happenings, or a running total, not one;
- **stretches of acts** (``stretch_of_acts``): an act noun measured by weeks, months or years
  ("bowing to weeks of student protests and riots", "after months of fighting", "years of
  war"): the many happenings of a stretch of time named as a whole, background to what the
  sentence reports; "two days of fighting" may be the story's own and stays.

Single happenings told with the same words stay: a day ("police arrested 12 drivers on
Saturday"), the story's own period ("since Monday 40 have been killed": a cumulative toll that
the casualty claims keep and ``reconcile/units.py`` leaves out), the perfect of one act ("he
has been shot", "the group has claimed the attack"), a conditional "would" (a hypothetical),
a count over days or weeks ("have deported 165 Venezuelans in recent weeks"), a campaign of
the past month ("have defaced 3,000 sites over the past month").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from sitrep.extract.events.tokens import has_any, verb_above
from sitrep.nlp.scans import doc_text

VERB_POS = {"VERB", "AUX"}
# adverbs of frequency not in forms.HABIT_ADVERBS (an act "repeatedly" done is mostly one
# happening told with its blows: "he was repeatedly stabbed")
FREQUENCY_ADVERBS = {
    "daily", "nightly", "weekly", "fortnightly", "monthly", "quarterly", "annually", "yearly",
    "hourly", "constantly", "continually", "continuously", "perpetually", "periodically",
    "invariably", "ordinarily", "sporadically", "intermittently", "perennially", "oftentimes",
    "oft", "incessantly", "endlessly", "customarily", "chronically", "recurrently",
    "systematically"}
# multiword adverbs of frequency, read as the lower-case text of one adverbial
FREQUENCY_PHRASES = frozenset({
    "from time to time", "at times", "on occasion", "on occasions", "time and again",
    "time after time", "every so often", "once in a while", "all the time", "now and then",
    "every now and then", "every now and again", "now and again", "day after day",
    "night after night", "week after week", "month after month", "year after year",
    "day in and day out", "more often than not", "as a rule", "on a daily basis",
    "on a weekly basis", "on a monthly basis", "on a regular basis", "on a routine basis",
    "on a yearly basis", "on an annual basis", "on a nightly basis"})
# time units that a repetition counts ("every weekend", "twice a week")
UNITS = {"hour", "day", "night", "morning", "afternoon", "evening", "week", "weekend",
         "fortnight", "month", "quarter", "season", "semester", "year", "decade", "summer",
         "winter", "spring", "autumn", "fall", "holiday"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
EVERY = {"every", "each"}
PROGRAMMES = {"AID", "COOPERATE"}
TIMES = {"once", "twice", "thrice", "times"}
# spans of time a summary covers (a year or more, several months; a count over days or weeks
# is mostly the story's own: "have deported 165 Venezuelans in recent weeks")
SPAN_UNITS = {"month", "year", "decade", "century", "quarter", "season", "semester"}
SPAN_PREPS = {"over", "in", "during", "throughout", "within", "for", "across"}
SPAN_MARKS = {"past", "last", "recent", "previous", "preceding", "few", "several", "many",
              "coming"}
THIS = {"this", "the"}
# words that make a clause a total ("to date", "in total"; not "so far", which mostly counts
# the story's own acts: "so far, police have arrested 12 people")
TOTALS = frozenset({"to date", "in total", "in all", "altogether", "all told", "cumulatively"})
# what a "since" may open that is no day of the story: a war, an invasion, its start (not a
# deal or a truce, which are mostly the story's own: "demobilized since the August 13 accord")
OPENERS = {"war", "conflict", "invasion", "occupation", "start", "beginning", "outbreak",
           "onset", "independence", "revolution", "pandemic", "insurgency", "uprising",
           "takeover", "coup", "crisis", "inception", "founding", "creation", "era", "regime"}
# the words one of which ``_frequency`` needs in the sentence (a frequency adverb; a unit of
# time or a weekday by its lemma, "Fridays" by its form), and the one of ``used_to``
FREQUENCY_WORDS = frozenset(FREQUENCY_ADVERBS | {day + "s" for day in WEEKDAYS})
REPEATED_UNITS = frozenset(UNITS | WEEKDAYS)
USED = frozenset({"used"})
HAVE = frozenset({"have"})  # the auxiliary of every perfect (``summary``)
SPREAD_PREPS = {"across", "throughout", "around"}
SPREAD_NOUNS = {"region", "country", "nation", "state", "province", "world", "continent",
                "city", "territory", "area", "district", "county", "globe", "north", "south",
                "east", "west", "border", "department", "municipality"}


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause tells ``token``: itself, or the verb an event noun is the
    subject, object or (through prepositions and conjuncts) the prepositional object of."""
    if token.pos_ in VERB_POS:
        return token
    node = token
    while node.dep_ in {"pobj", "prep", "conj", "compound", "appos"} and node.head.i != node.i:
        node = node.head
    if node.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and node.head.pos_ in VERB_POS:
        return node.head
    return None


def _verbs(verb: Token) -> list[Token]:
    """The verb and the verbs it is conjoined to (which share its adverbials): "have attacked
    villages and burned crops over the past year"."""
    found = [verb]
    while found[-1].dep_ == "conj" and found[-1].head.i != found[-1].i and \
            found[-1].head.pos_ in VERB_POS:
        found.append(found[-1].head)
    return found


def _adverbials(verb: Token) -> list[Token]:
    return [c for v in _verbs(verb) for c in v.children
            if c.dep_ in {"prep", "npadvmod", "advmod", "advcl", "tmod", "pobj", "dobj"}]


def _unit_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in UNITS or lemma in WEEKDAYS or tok.lower_.rstrip("s") in WEEKDAYS


def _repeated_time(tok: Token) -> bool:
    """"every weekend", "each Friday", "every two weeks", "twice a week", "three times a
    month", "(on) Fridays", "on weekends" (not "on Friday", "the weekend")."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    weekdays = lower.endswith("s") and lower[:-1] in WEEKDAYS
    if lemma not in UNITS and lemma not in WEEKDAYS and not weekdays:
        return False
    kids = list(tok.children)
    if any(c.lower_ in EVERY for c in kids):
        return True
    if any(c.lower_ == "a" for c in kids) and any(t.lower_ in TIMES for t in tok.subtree):
        return True  # "twice a week", "three times a year"
    if any(c.dep_ in {"det", "nummod", "poss", "amod"} for c in kids):
        return False
    return weekdays or (lemma == "weekend" and tok.tag_ == "NNS")


def _frequency(adverbial: Token) -> bool:
    if adverbial.lower_ in FREQUENCY_ADVERBS and adverbial.dep_ == "advmod":
        return True
    if adverbial.dep_ == "prep":
        return any(_repeated_time(g) for g in adverbial.children if g.dep_ == "pobj")
    if adverbial.dep_ in {"npadvmod", "dobj"} and adverbial.lemma_.lower() in UNITS and any(
            c.dep_ == "npadvmod" and _repeated_time(c) for c in adverbial.children):
        # "(set aside) three hours every day", "(kept) an hour a week"
        return True
    return _repeated_time(adverbial)


def _purpose_of(verb: Token) -> Token | None:
    """The verb whose purpose a to-infinitive tells ("set aside three hours every day for
    citizens to meet him": "set"); it shares that verb's frequency."""
    if verb.dep_ in {"advcl", "xcomp", "acl"} and verb.head.i != verb.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        head = verb.head
        return head if head.pos_ in VERB_POS else None
    return None


# the last document read and the phrases found in it (candidates come document by document:
# the text is lowered once per document, not once per candidate)
_SEEN: dict[str, Any] = {"doc": None, "text": "", "found": {}}


def phrases_in(doc: Doc, phrases: frozenset[str]) -> frozenset[str]:
    """Which of ``phrases`` (lower case) the document's text holds anywhere: a cheap gate
    before the clause is read."""
    if _SEEN["doc"] is not doc:
        _SEEN.update(doc=doc, text=doc_text(doc).lower(), found={})
    found: dict[frozenset[str], frozenset[str]] = _SEEN["found"]
    if phrases not in found:
        found[phrases] = frozenset(p for p in phrases if p in _SEEN["text"])
    return found[phrases]


def _phrase_on(verbs: list[Token], phrases: frozenset[str]) -> str | None:
    """The phrase of ``phrases`` (multiword, lower case) told in the clause of one of
    ``verbs``, however the parser split it ("from time to time": two prepositions)."""
    doc = verbs[0].doc
    present = phrases_in(doc, phrases)
    if not present:
        return None
    top = verbs[-1]
    start, end = top.left_edge.idx, top.right_edge.idx + len(top.right_edge)
    text = _SEEN["text"]
    ids = {v.i for v in verbs}
    for phrase in present:
        at = text.find(phrase, start, end)
        while at >= 0:
            edge = at + len(phrase)
            if (at == 0 or not text[at - 1].isalnum()) and (
                    edge == len(text) or not text[edge].isalnum()):
                span = doc.char_span(at, at + len(phrase.split()[0]))
                if span is not None and verb_above(span[0]).i in ids:
                    return phrase
            at = text.find(phrase, at + 1, end)
    return None


def used_to(verb: Token) -> bool:
    """"police used to raid the bars": the complement of a past "used" with "to"."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "used" and head.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def habitual(token: Token, plover: str) -> bool:
    """An act told by how often it happens (see the module's docstring); aid and cooperation
    given at a repeated time are a programme, which stays ("providing food aid every
    month")."""
    verb = clause_verb(token)
    if verb is None:
        return False
    doc = verb.doc
    if has_any(doc, words=USED) and any(v.dep_ == "xcomp" and used_to(v) for v in _verbs(verb)):
        return True
    if plover in PROGRAMMES:
        return False
    if has_any(doc, words=FREQUENCY_WORDS, lemmas=REPEATED_UNITS):  # what ``_frequency`` needs
        if any(_frequency(a) for a in _adverbials(verb)):
            return True
        purpose = _purpose_of(verb)
        if purpose is not None and any(_frequency(a) for a in _adverbials(purpose)):
            return True  # "set aside three hours every day for citizens to meet him"
    return _phrase_on(_verbs(verb), FREQUENCY_PHRASES) is not None


def _perfect(verb: Token) -> bool:
    """Present perfect, active or passive, simple or progressive ("has attacked", "have been
    detained", "has been carrying out"); a conjunct shares its head's ("have attacked villages
    and burned crops")."""
    for v in _verbs(verb):
        auxes = [c for c in v.children if c.dep_ in {"aux", "auxpass"}]
        if any(a.lemma_.lower() == "have" and a.tag_ in {"VBZ", "VBP"} for a in auxes):
            return v.tag_ in {"VBN", "VBG"}
        if auxes or any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children):
            return False
    return False


def _span(adverbial: Token) -> bool:
    """"over the past three months", "in recent years", "for years", "during the past few
    months", "this year", "so far this year", "since 2019", "since the invasion began"."""
    lower = adverbial.lower_
    if adverbial.dep_ == "advcl":
        mark = [c for c in adverbial.children if c.dep_ == "mark" and c.lower_ == "since"]
        return bool(mark) and any(c.dep_ in {"nsubj", "nsubjpass"} and
                                  c.lemma_.lower() in OPENERS for c in adverbial.children)
    if lower == "since":
        if any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in adverbial.subtree):
            return True  # "since 2019", "since March 2019"
        if any(t.ent_type_ == "DATE" for t in adverbial.subtree):
            return False  # "since the coup of March 3": a day of the story
        objects = [g for g in adverbial.children if g.dep_ in {"pobj", "pcomp"}]
        return any(o.lemma_.lower() in OPENERS for o in objects)
    times = [g for g in adverbial.children if g.dep_ == "pobj"] if \
        adverbial.dep_ == "prep" and lower in SPAN_PREPS else []
    if adverbial.dep_ == "npadvmod":
        times = [adverbial]  # "this year", "so far this year"
    return any(_span_time(t, adverbial.dep_ == "npadvmod") for t in times)


def _span_time(time: Token, bare: bool) -> bool:
    lemma = time.lemma_.lower()
    several = time.tag_ == "NNS" or any(c.dep_ == "nummod" for c in time.children)
    if lemma not in SPAN_UNITS:
        return False
    if lemma in {"month", "season", "semester"} and not several:
        return False  # "over the past month": a campaign may be one ("have defaced 3,000 sites")
    kids = list(time.children)
    if bare:  # "this year", "this month" (not "this week", "last year": one past time)
        return lemma in {"year", "decade", "century"} and any(
            c.dep_ == "det" and c.lower_ == "this" for c in kids)
    if any(c.lower_ in SPAN_MARKS for c in kids):
        return True  # "over the past three months", "in recent years", "in the last decade"
    if time.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in kids):
        return True  # "for years", "over months"
    return any(c.dep_ == "det" and c.lower_ == "this" for c in kids) and lemma == "year"


def _counted_or_priced(verb: Token) -> bool:
    for v in _verbs(verb):
        for c in v.children:
            if c.dep_ not in {"dobj", "nsubjpass"}:
                continue
            if c.ent_type_ in {"MONEY", "QUANTITY", "CARDINAL"} or c.like_num or any(
                    g.dep_ == "nummod" or g.like_num for g in c.children):
                return True
    return False


def _spread(verb: Token, token: Token) -> bool:
    """A bare plural act noun carried by the verb and spread over a region: "carried out
    attacks across the region", "staged ambushes throughout the province"."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.tag_ != "NNS" or token.dep_ != "dobj" or \
            any(c.dep_ in {"det", "poss", "nummod"} or c.like_num for c in token.children):
        return False
    return any(a.dep_ == "prep" and a.lower_ in SPREAD_PREPS and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in SPREAD_NOUNS or g.ent_type_ in {"GPE", "LOC"})
        for g in a.children) for a in list(verb.children) + list(token.children))


def _carrier(token: Token) -> Token | None:
    """The verb of ``token``'s clause, also through prepositions ("traveling from demonstration
    to demonstration")."""
    node = token
    while node.pos_ not in VERB_POS and node.dep_ in {"pobj", "prep", "conj", "compound",
                                                      "appos"} and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in VERB_POS else clause_verb(node)


def _past_perfect(verb: Token) -> bool:
    """Past perfect, active or passive, simple or progressive ("had attacked", "had been
    traveling"), on the verb or the verb it is conjoined to."""
    return any(v.tag_ in {"VBN", "VBG"} and any(
        c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() == "have" and c.tag_ == "VBD"
        for c in v.children) for v in _verbs(verb))


def summary(token: Token) -> bool:
    """An act in the present perfect over a span, totalled, or spread over a region, or in the
    past perfect over a span ("had been traveling from demonstration to demonstration for
    years") (see the module's docstring)."""
    if not has_any(token.doc, lemmas=HAVE):
        return False  # no perfect without "have"
    carrier = _carrier(token)
    if carrier is not None and _past_perfect(carrier) and any(
            _span(a) for a in _adverbials(carrier)):
        return True
    verb = clause_verb(token)
    if verb is None or not _perfect(verb):
        return False
    adverbials = _adverbials(verb)
    if any(_span(a) for a in adverbials):
        return True
    if _spread(verb, token):
        return True
    return _counted_or_priced(verb) and _phrase_on(_verbs(verb), TOTALS) is not None


# units of a stretch of time long enough to hold many happenings ("weeks of protests")
STRETCH_UNITS = {"week", "month", "year", "decade"}
# acts that a stretch holds many of (a stretch of talks or of aid is one process: "two weeks
# of talks in Doha ended without a deal")
STRETCH_TYPES = {"ASSAULT", "PROTEST", "COERCE"}


def stretch_of_acts(token: Token, plover: str) -> bool:
    """A noun of violence, protest or repression (or one conjoined to it) that measures a
    stretch of weeks, months or years ("weeks of student protests and riots", "months of
    fighting", "years of arrests")."""
    if token.pos_ not in {"NOUN", "PROPN"} or plover not in STRETCH_TYPES:
        return False
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    unit = node.head.head
    return unit.tag_ == "NNS" and unit.lemma_.lower() in STRETCH_UNITS
