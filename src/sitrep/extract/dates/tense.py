"""Tense of the clause around a temporal expression, from surface cues (no parse needed).

News refers to the most recent past weekday or month by default ("said Tuesday", "in April");
an expression in a future clause ("will meet on Tuesday", "is to resume trading Tuesday",
"planned a demonstration on Saturday", "by February", "until Tuesday morning") refers to the
next one. ``clause_tense(text, start, end)`` looks at the words on both sides of the expression
inside its sentence and lets the nearest cue decide: a modal or plan word is future, a past-tense
verb (regular "-ed" forms and common irregular ones) or a past auxiliary is past. A preposition
that marks a deadline right before the expression ("by", "until", "through") is future, unless
the clause after it is past ("Until Monday, officials had refused"). A present-tense verb of a
scheduled happening right before it is future ("Leaders meet on Thursday"). A closing quote
after a full stop ends the sentence. It returns "future", "past" or None (no cue: the caller
uses the news default, the past).
"""

from __future__ import annotations

import re

from sitrep.extract.dates.calendar import number
from sitrep.nlp.segment import ABBREVIATIONS, breaks_sentence

_FUTURE_WORDS = {
    "will", "'ll", "shall", "wo", "would", "going", "planned", "planning",
    "scheduled", "expected", "expect", "expects", "due", "intends", "intend",
    "upcoming", "forthcoming", "ahead", "hopes", "aims", "set", "postponed",
    "delayed", "adjourned", "tomorrow", "next", "coming", "later", "await", "awaits",
    "awaiting", "to", "payable", "record",
}
# "to" counts only right before a verb-like word after a plan word; handled below
_WEAK_TO = {"to"}
_MODALS = {"will", "'ll", "shall", "to", "would", "could", "may", "might", "can", "should",
           "must"}
_PAST_AUX = {"was", "were", "had", "did", "ago", "yesterday", "last", "earlier", "previously",
             "been"}
_IRREGULAR_PAST = {
    "said", "told", "met", "made", "went", "came", "took", "gave", "began", "left", "held",
    "saw", "found", "got", "ran", "fell", "rose", "broke", "brought", "sent", "spoke", "won",
    "lost", "kept", "led", "fought", "struck", "shot", "paid", "sold", "bought", "thought",
    "felt", "heard", "knew", "stood", "wrote", "drew", "grew", "flew", "threw", "hit", "quit",
    "became", "chose", "drove", "ate", "fled", "froze", "hid", "laid", "lay", "meant", "rode",
    "rang", "sang", "sank", "slept", "spent", "stole", "swore", "taught", "tore", "understood",
    "woke", "wore", "withdrew", "overthrew", "undertook", "forbade", "sought", "built", "cut",
}
# words ending in -ed that are not past verbs in practice
_NOT_PAST_ED = {"need", "indeed", "speed", "seed", "feed", "bed", "red", "shed", "hundred",
                "unrelated", "related", "based", "united", "limited", "detailed", "armed",
                "wounded", "injured", "alleged", "proposed", "so-called", "called", "advanced",
                "biased", "concerned", "interested", "embed", "breed", "greed", "weed", "deed",
                "creed", "bleed", "naked", "sacred", "wicked", "rugged", "aged", "beloved",
                "supposed", "supposedly", "used", "preferred", "listed", "unspecified",
                "increased", "reduced", "combined", "estimated", "adjusted", "restated",
                "unchanged", "troubled", "embattled", "talked", "televised", "renewed",
                "continued", "expanded", "sustained", "undisclosed", "unidentified",
                "unnamed", "outstanding", "diluted", "guaranteed", "secured", "insured",
                "elected", "appointed", "retired", "married", "divorced", "registered",
                "licensed", "owned", "controlled", "backed", "led", "linked", "sponsored"}
_REPORTING = {"said", "says", "told", "announced", "reported", "stated", "added", "declared",
              "confirmed", "noted", "explained", "claimed", "insisted", "acknowledged"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "of", "with",
                "our", "your", "these", "those", "some", "any", "no", "newly", "recently"}
_DEADLINE = re.compile(r"(?:\bby|(?<!up )\buntil|\btill|\bbefore(?:\s+the)?|"
                       r"\bas (?:soon|early) as|\bno later than|\bahead of(?:\s+the)?|"
                       r"\bstarting|\bbeginning|\beffective|\bfrom now (?:to|until))"
                       r"\s+(?:on\s+)?$", re.I)
# a deadline moved to a new date: "the offer was extended to Nov. 16"
_MOVED_TO = re.compile(r"\b(?:extend|postpone|delay|adjourn|move|push|defer|reschedul|"
                       r"put(?:s|ting)?\s+off|push\w*\s+back|br(?:ing|ings|inging|ought)"
                       r"\s+forward)\w*(?:\s+\w+){0,4}\s+(?:to|until|till)\s+$", re.I)
# a day a happening is set for, said with a participle alone ("the summit, scheduled for
# Thursday, was called off", "talks slated for Monday"): the coming day, unless a past perfect
# puts the plan before the story ("had been scheduled for Friday")
_SET_FOR = re.compile(r"(?<!\bhad )(?<!\bbeen )\b(?:re)?(?:scheduled|set|slated|planned|"
                      r"fixed|timed|earmarked|penciled|pencilled|billed)\s+for\s+$|"
                      r"\breschedul\w*(?:\s+\w+){0,4}\s+for\s+$", re.I)
# a day of a gathering someone calls for, invites to, urges or plans ("called for a general
# strike on Thursday", "invited union leaders to talks on Friday", "urged its members to hold a
# rally across the region on Saturday", "called a shutdown of stores for Thursday"), or one set
# for a day ("a rally for Saturday"): the coming day. The gathering's noun and its places stand
# right before the day (not "called for calm on Thursday", where the day is the call's), with
# no clause in between ("called for talks after the vote on Thursday": the vote's day)
_GATHERING = (r"(?:general\s+)?(?:strikes?|stay-aways?|protests?|rall(?:y|ies)|march(?:es)?|"
              r"demonstrations?|meetings?|talks|summits?|votes?|sessions?|walkouts?|"
              r"shutdowns?|boycotts?|sit-ins?|vigils?|hearings?|negotiations|debates?|"
              r"conferences?|gatherings?|assembl(?:y|ies)|referend(?:ums?|a)|elections?|"
              r"ceremon(?:y|ies)|consultations|parades?|pickets?)"
              r"(?:\s+(?:in|at|across|outside|near|to|through|around|of)(?:\s+[\w'-]+){1,4}?){0,2}")
_NO_CLAUSE = r"(?:\s+(?!(?:after|before|since|when|following|over|that|which|who)\b)[\w'-]+)"
_REQUESTED = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for|invit(?:e|es|ed|ing)|"
    r"urg(?:e|es|ed|ing)|summon(?:s|ed|ing)?|plan(?:s|ned|ning)?)\b"
    rf"{_NO_CLAUSE}{{0,8}}?\s+{_GATHERING}\s+(?:on\s+)?$|"
    rf"\bcall(?:s|ed|ing)?\b{_NO_CLAUSE}{{0,6}}?\s+{_GATHERING}\s+(?:for|from)\s+$|"
    rf"\b{_GATHERING}\s+for\s+$", re.I)
# a day whose happening is still awaited: "ahead of Friday's vote", "in the run-up to Sunday's
# election", "in preparation for Monday's talks"
_AWAITED = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+the\s+lead-up\s+to|"
                      r"in\s+preparation\s+for|preparations\s+for)\s+$", re.I)
_PAST_AUX_STRONG = re.compile(r"\b(?:had|was|were|did)\b", re.I)
_WORD = re.compile(r"[A-Za-z']+(?:-[A-Za-z]+)*")
_FUTURE_PHRASE = re.compile(r"\b(?:is|are|was|were)\s+to\s+\w+\s*$|\bgoing\s+to\b", re.I)


_LATER_ON = re.compile(r"\b(?:later|earlier)\s+(?:on\s+)?$", re.I)


_CLAUSE_END = {"that", "when", "while", "after", "because", "since", "as", "but", "which",
               "who", "where", "unless", "if"}


def _past_after(after_text: str, window: int = 8) -> bool:
    """A past auxiliary in the clause right after the expression: "Until Thursday, they had
    not commented", "By Friday the fighters had withdrawn" (a past deadline, not a coming one)."""
    for i, m in enumerate(_WORD.finditer(after_text)):
        w = m.group(0).lower()
        if i >= window or w in _CLAUSE_END:
            return False
        if w in ("had", "was", "were", "did", "hadn't", "wasn't", "weren't", "didn't"):
            return True
    return False


def _past_verb_before(before_text: str, window: int = 8) -> bool:
    """A past verb governs the words before "before" ("a shooting that occurred on Main Street
    just before 10 a.m. on Saturday", "the crowd left shortly before dawn on Sunday"): a time
    told of the past, not a coming deadline. An infinitive or a modal nearer to it keeps the
    deadline ("ordered them to leave before Friday", "said they would stay before Sunday").
    Only for "before": a past verb granting a deadline ("gave them until mid-November", "a pact
    effective June 1") still looks ahead."""
    words = [m.group(0) for m in _WORD.finditer(before_text)]
    for i in range(len(words) - 1, max(-1, len(words) - 1 - window), -1):
        w = words[i].lower()
        if w in _MODALS or w in _CLAUSE_END - {"that", "which", "who"}:
            return False
        prev = [p.lower() for p in words[max(0, i - 3):i]]
        if prev[-1:] in (["that"], ["which"], ["who"]) and _past_form(w):
            return True  # a relative clause's verb: "a shooting that occurred ..."
        cue = _cue(words[i], prev)
        if cue is not None:
            return cue == "past" and w not in _REPORTING
    return False


def _after_infinitive(before_text: str) -> str:
    """The words after the last infinitive marker or modal: "was ordered to report before
    Monday" is a coming deadline whatever the tense of the verb that set it."""
    cut = 0
    for m in re.finditer(r"\b(?:to|will|would|shall|must|should)\s+(?=[a-z])", before_text):
        cut = m.end()
    return before_text[cut:]


def _past_form(word: str) -> bool:
    return word in _IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed")
                                       and word not in _NOT_PAST_ED)


# what ends a sentence: a full stop, question or exclamation mark, before a closing quote too
# ('... on June 6." Motion was approved' ends before "Motion")
_ENDS = tuple(p + q + " " for p in ".?!" for q in ("", '"', "'", "''", "\u201d", "\u2019"))


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``; a line break that wraps a sentence (hard-wrapped
    copy, ``segment.breaks_sentence``) does not end it. Only the breaks inside the sentence
    found by punctuation are looked at."""
    left = max(_end_mark(text, mark, start, forward=False) for mark in _ENDS)
    newline = text.rfind("\n", left + 1, start)
    while newline > left and not breaks_sentence(text, newline):
        newline = text.rfind("\n", left + 1, newline)
    left = max(left, newline)
    left = 0 if left < 0 else left + 1
    right_candidates = [i for i in (_end_mark(text, mark, end, forward=True) for mark in _ENDS)
                        if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    newline = text.find("\n", end, right)
    while newline >= 0 and not breaks_sentence(text, newline):
        newline = text.find("\n", newline + 1, right)
    if newline >= 0:
        right = newline
    return left, right


def _end_mark(text: str, mark: str, at: int, forward: bool) -> int:
    """The nearest ``mark`` after (or before) ``at`` that ends a sentence: a full stop after an
    abbreviation ("Roe vs. Wade", "Gen. Ali") or an initial ("J. Smith") ends none. -1 when
    there is none."""
    i = text.find(mark, at) if forward else text.rfind(mark, 0, at)
    while i >= 0 and mark[0] == "." and _abbreviated(text, i):
        i = text.find(mark, i + 1) if forward else text.rfind(mark, 0, i)
    return i


def _abbreviated(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:dot].lower()
    return word in ABBREVIATIONS or len(word) == 1 and text[j].isupper()


# words after which "to" starts a coming act: plan and promise verbs in all their forms,
# and adjectives and nouns of readiness
_PLAN_LEMMAS = ("plan", "expect", "agree", "intend", "decide", "hope", "aim", "want", "vow",
                "promise", "threaten", "pledge", "prepare", "schedule")
_PLAN_FORMS = {"plan": ("planned", "planning"), "agree": ("agreed", "agreeing")}


def _forms(lemma: str) -> tuple[str, ...]:
    if lemma in _PLAN_FORMS:
        return (lemma, lemma + "s", *_PLAN_FORMS[lemma])
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return lemma, lemma + "s", stem + "ing", stem + "ed"


_PLAN_TO = frozenset(
    [f for lemma in _PLAN_LEMMAS for f in _forms(lemma)]
    + ["due", "set", "agreement", "ready", "going", "likely", "is", "are", "poised", "about",
       "determined", "eager", "willing"])
_WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday", "yesterday", "today"}


_SPAN_UNITS = {"minutes", "hours", "days", "weeks", "months", "years", "decades", "minute",
               "hour", "day", "week", "month", "year", "decade"}


def _cue(word: str, prev: list[str]) -> str | None:
    w = word.lower()
    if w in ("to",):
        # "plans to leave", "expected to vote", "agreed to meet", "agreed Tuesday to meet":
        # future (a day named between the plan word and "to" is the plan's own date)
        core = [p for p in prev if p not in _WEEKDAY_WORDS]
        if core and core[-1] in _PLAN_TO:
            if "had" in core or "been" in core[:-1]:
                return "past"  # "had been due to expire Friday"
            return "future"
        return None
    if w == "later" and prev and (prev[-1] in _SPAN_UNITS or number(prev[-1]) is not None):
        return "past"  # "three months later", "days later": a story told after the fact
    if w in _FUTURE_WORDS:
        if w in ("scheduled", "due", "planned", "expected", "set", "postponed", "delayed",
                 "adjourned") and prev and prev[-1] in ("had", "been") and (
                len(prev) < 2 or prev[-2] != "will"):
            if prev[-1] == "been" and any(p in ("has", "have", "'s") for p in prev):
                return "future"  # "a hearing has been set for Thursday"
            return "past"  # "had been due to expire Friday"
        if w == "next":
            return None  # "next" on its own belongs to the expression grammar
        if w == "record" and not (prev and prev[-1] == "of"):
            return None  # "holders of record Nov. 15" is a coming date; "a record high" is not
        if w == "set" and not (prev and prev[-1] in ("is", "are", "was", "were", "been")):
            return None  # "record high set on Aug. 6": a past participle
        return "future"
    if w == "last" and prev and prev[-1] in _MODALS:
        # the verb: "will last from June to September", "could last until Friday"
        return "future" if prev[-1] in ("will", "'ll", "shall", "to") else None
    if w in _PAST_AUX:
        return "past"
    if w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED):
        if prev and prev[-1] in ("will", "would", "shall", "to", "'ll"):
            return "future"
        if prev and prev[-1] in ("be", "is", "are", "being", "not", "still"):
            # passive: "will be held Tuesday" is future, "is heard in May" has no tense cue
            return "future" if any(p in ("will", "would", "shall", "'ll", "to")
                                   for p in prev) else None
        if prev and prev[-1] in _DETERMINERS:
            return None  # an adjective: "the preferred shares"
        return "past"
    return None


# verbs of scheduled happenings, base and third-person forms (the past forms are past cues)
_SCHEDULE_LEMMAS = ("meet", "visit", "travel", "open", "reopen", "begin", "start", "resume",
                    "vote", "leave", "depart", "arrive", "return", "host", "convene", "gather",
                    "fly", "tour", "expire", "launch", "debate", "sign", "go", "kick", "unveil",
                    # the ends of scheduled happenings and appearances before a court or a body
                    "end", "close", "conclude", "continue", "reconvene", "wrap", "face",
                    "appear", "testify", "hear", "take")
_IRREGULAR_3SG = {"fly": "flies", "go": "goes", "testify": "testifies"}
SCHEDULED_PRESENT = frozenset(
    f for lemma in _SCHEDULE_LEMMAS for f in (lemma, _IRREGULAR_3SG.get(lemma, lemma + "s")))
_LINKS = {"on", "in", "to", "again", "at", "for", "from", "next"}
_SCHEDULE_BASE = frozenset(_SCHEDULE_LEMMAS)
_NOT_NOW = {"is", "are", "was", "were", "be", "been", "being", "didn't", "did", "not", "never",
            "doesn't", "don't", "to", "will", "would", "could", "can", "may", "might", "should",
            "must", "had", "has", "have"}


def _is_manner_adverb(word: str) -> bool:
    """An adverb of manner between a scheduled verb and its day: "meet separately on
    Monday", "vote formally Tuesday" ("-ly" words; not "early", "only", "daily")."""
    return len(word) > 4 and word.endswith("ly") and word not in _NOT_MANNER


_NOT_MANNER = {"early", "only", "daily", "weekly", "monthly", "yearly", "nightly", "hourly",
               "likely", "unlikely", "family", "rally", "italy", "july", "reportedly",
               "allegedly", "previously", "recently", "lately", "finally"}


def _scheduled_right_before(before: list[str]) -> bool:
    """A present-tense verb of a scheduled happening right before the expression, or before
    a name and prepositions: "Leaders meet on Thursday", "the envoy visits Kabul on Saturday",
    "the pope flies to Baghdad on Friday" is a coming date."""
    words = before[-6:]
    tail = [w.lower() for w in words[-2:]]
    if tail[-1:] in (["is"], ["are"]) or (tail[-1:] == ["on"] and tail[:1] in (["is"], ["are"])):
        return True  # a present copula before the day: "the vote is Tuesday", "are on Monday"
    noun_left = 1  # one plain noun may stand between too: "appears in court Monday"
    for i in range(len(words) - 1, max(-1, len(words) - 5), -1):
        w = words[i].lower()
        if w in SCHEDULED_PRESENT:
            prev = words[i - 1].lower() if i else ""
            if i > 1 and words[i - 2].lower() in ("a", "an") and w in _SCHEDULE_BASE:
                return False  # a noun: "made an official visit to Prague on Monday" (a
                # singular subject after "a" would take "visits")
            return prev not in _DETERMINERS and prev not in _NOT_NOW
        if _present_progressive(words, i):
            return True  # "negotiators are meeting again on Monday", "is flying to Rome Friday"
        if w in _LINKS or w in ("the", "a", "an") or words[i][:1].isupper() or \
                _is_manner_adverb(w):
            continue  # a place, a name, prepositions, articles or an adverb may stand between
        if noun_left and _plain_noun(w):
            noun_left -= 1
            continue
        return False
    return False


def _present_progressive(words: list[str], i: int) -> bool:
    """A present progressive ("are meeting", "is leaving", "'re holding") at ``words[i]``: with
    a day after it, a plan ("Talks are resuming on Monday"); "were meeting" is past, and
    "'s" is left out ("the army's shelling on Monday" is a noun)."""
    w = words[i].lower()
    aux = words[i - 1].lower() if i > 0 else ""
    return (len(w) > 5 and w.endswith("ing")
            and (aux in ("is", "are", "am") or aux.endswith(("'re", "'m"))))


def _plain_noun(word: str) -> bool:
    """A word that may be the object between a scheduled verb and its day ("faces trial",
    "in court"): no verb form, function word or cue of its own."""
    return (word.isalpha() and not word.endswith(("ed", "ing")) and word not in _NOT_NOW
            and word not in _DETERMINERS and word not in _IRREGULAR_PAST
            and word not in _REPORTING and word not in _FUTURE_WORDS
            and word not in _PAST_AUX and word not in SCHEDULED_PRESENT)


def clause_tense(text: str, start: int, end: int, window: int = 10) -> str | None:
    """'future', 'past' or None for the expression at ``text[start:end]``."""
    left, right = _sentence_bounds(text, start, end)
    left, right = _clause_bounds(text, left, start, end, right)
    before_text = text[left:start]
    # a possessive weekday ("Monday's attacks") is a past event in news, unless it is awaited
    # ("ahead of Friday's vote") in a sentence with no past perfect
    if text[end:end + 2] in ("'s", "\u2019s"):
        if _AWAITED.search(before_text[-40:]) and not re.search(
                r"\bhad\b", text[left:right], re.I):
            return "future"
        return "past"
    if _MOVED_TO.search(before_text[-60:]) or _SET_FOR.search(before_text[-40:]) or \
            _REQUESTED.search(before_text[-120:]):
        return "future"
    deadline = _DEADLINE.search(before_text[-60:])
    if deadline and not _PAST_AUX_STRONG.search(_after_infinitive(before_text[-60:])) \
            and not _past_after(text[end:right]) \
            and not (deadline.group(0).lower().startswith("before") and _past_verb_before(
                before_text[:len(before_text) - len(deadline.group(0))])):
        return "future"
    if _FUTURE_PHRASE.search(before_text[-40:]):
        return "future"
    before = [m.group(0) for m in _WORD.finditer(before_text)]
    after = [m.group(0) for m in _WORD.finditer(text[end:right])]
    if _scheduled_right_before(before):
        return "future"
    best: tuple[int, str] | None = None
    for distance, i in enumerate(range(len(before) - 1, max(-1, len(before) - 1 - window), -1)):
        if distance <= 1 and before[i].lower() in ("later", "earlier") and \
                _LATER_ON.search(before_text):
            continue  # "later Tuesday afternoon", "later on Wednesday": later on that day, no
            # tense of its own
        cue = _cue(before[i], [w.lower() for w in before[max(0, i - 3):i]])
        if cue is not None and before[i].lower() in _REPORTING and distance > 1:
            continue  # "X said the vote will be held ...": the reporting time is not the date
        if cue is not None:
            best = (distance, cue)
            break
    for distance, i in enumerate(range(0, min(len(after), window))):
        if best is not None and distance >= best[0]:
            break
        if after[i].lower() in ("that", "when", "while", "after", "because", "since", "as",
                                "but", "and", "which", "who"):
            break  # the next clause
        prev = [w.lower() for w in after[max(0, i - 3):i]] if i else \
            [w.lower() for w in before[-3:]]
        cue = _cue(after[i], prev)
        if cue is not None and after[i].lower() in _REPORTING and distance > 1:
            break  # "On Thursday, the governor said she would ...": what follows is reported
        if cue is not None:
            best = (distance, cue)
            break
    if best is None and _FRONTED.fullmatch(before_text) and _COMMA_AFTER.match(text, end):
        return _main_clause_tense(text[end:right])
    return best[1] if best else None


def _clause_bounds(text: str, left: int, start: int, end: int, right: int) -> tuple[int, int]:
    """The clause of the expression inside its sentence: a semicolon joins two clauses that
    keep their own tenses ("a man was stabbed on Tuesday; a vigil will be held Thursday"), so
    the cues on the far side of one do not tell the expression's tense."""
    semi = text.rfind(";", left, start)
    if semi >= 0:
        left = semi + 1
    semi = text.find(";", end, right)
    if semi >= 0:
        right = semi
    return left, right


# a plan told in a past tense: "was set to die Feb. 26", "were scheduled for March 2", "was due
# to start on May 10"; the day planned may have come and gone or be still to come
_PAST_PLAN = re.compile(
    r"\b(?:was|were)\s+(?:(?:originally|initially|first|once|previously|tentatively|"
    r"also|then|already)\s+)?(?:scheduled|set|due|expected|planned|slated|supposed|meant|"
    r"timed|billed|penciled|pencilled)\b(?:\s+[\w'-]+){0,5}\s+$", re.I)


def past_plan(text: str, start: int) -> bool:
    """The expression at ``start`` is the day of a plan told in a past tense ("the vote was
    scheduled for March 2", "he was set to die Feb. 26"): a month and day then lie on either
    side of the publication date, whichever is nearer, not always after it."""
    left, _right = _sentence_bounds(text, start, start)
    left, _right = _clause_bounds(text, left, start, start, _right)
    return bool(_PAST_PLAN.search(text[max(left, start - 80):start]))


# an expression that opens its sentence, set off by a comma ("In January, a week after the
# anniversary, a bomb killed a guard"): the tense of the main clause it is fronted to
_FRONTED = re.compile(r"\s*[\"'\u201c]?\s*(?:(?:in|on|by|during|early|late|since|until|"
                      r"from|through|last|this|next|the|of)\s+){0,3}", re.I)
_COMMA_AFTER = re.compile(r"\s*(?:\d{4})?\s*,")


_PRESENT_AUX = {"is", "are", "am", "has", "have", "does", "do"}
_SUBORDINATE = {"when", "while", "as", "after", "before", "because", "since", "if", "though",
                "although", "whose", "who", "which", "where", "once", "until", "unless"}


def _main_clause_tense(rest: str) -> str | None:
    """The first tense cue in the rest of the sentence, past the phrases inserted after a
    fronted expression ("In January, a week after the anniversary, a bomb killed a guard"): the
    first finite verb is the main clause's. A comma-set clause that opens with a subordinator
    ("On Friday, when the envoy had planned a trip, the ministry lifted ...") is skipped, and
    so is the rest of a phrase from a subordinator on ("two days after the truce began"); a
    present auxiliary first ("the club is co-hosting a forum") means neither past nor future."""
    for chunk in rest.split(","):
        words = [m.group(0) for m in _WORD.finditer(chunk)]
        for i, word in enumerate(words):
            if word.lower() in _SUBORDINATE:
                break
            if word.lower() in _PRESENT_AUX:
                return None  # "On April 20, the club is co-hosting a forum": no past or future
            cue = _cue(word, [w.lower() for w in words[max(0, i - 3):i]])
            if cue is not None:
                return cue
    return None
