"""Auxiliary modes of an event (PLOVER): ``historical``, ``future``, ``hypothetical``, ``negated``;
and the date syntactically attached to an event's trigger.

- ``historical``: the event's own date ends more than ``HISTORY_DAYS`` before publication (a
  day or a week more than a week before it, outside the headline's story: ``history.weeks``,
  run on the whole article), or the
  trigger's own clause (not the clauses it governs) recalls background ("dates back to",
  "following a war that ...", "years ago") or dates it to an earlier month or year ("last
  year", "last month", "a year earlier"), as the guidelines define background; or the act
  is a named episode of history, is named after one or happened inside one ("the Battle of
  Mogadishu", "the Tet Offensive attacks", "killed in the Korean War", "killings during the
  second intifada"), or on an earlier occasion ("in a previous case", "at an earlier hearing":
  ``history.cases``), or is what a term was served for ("served eight years for killing a
  clerk"); without a publication date, an act dated only to a year or a noun named
  by a year in its own phrase ("a 2003 veto", "the 2006 raid": ``dated_to_a_year``).
- ``future``: "will"/"shall"/"is going to", the complement of a plan ("plans to", "intends to",
  "are due to meet") or of "be to" ("talks are to be held"), an event noun as the subject of a
  schedule ("talks are expected to resume", "talks are due to begin").
- ``hypothetical``: "would/could/might/may", conditions ("if", "unless"), the complement of a
  plot, a wish or a fear ("plotted to attack") or of a plan told in the past ("planned to bomb
  a railway station", "had planned to kidnap": a plot; its act keeps its type), and the events that a threat, a demand, a
  promise or a refusal is about ("threatened to launch an offensive"). An attempt ("tried to
  kill") has no flag: it happened.
- ``negated``: a negation on the trigger or its clause ("did not attack", "no clashes"), a
  negative subject or object ("no one was arrested", "none of them"), a report denied
  ("denied reports of a deal"; a deed a verb of denying governs is no event at all:
  ``eventhood.reported.denied_act``). A noun trigger takes the modes of its clause only as its subject or
  object, and only from a verb of occurrence ("talks were not held"): "gave no reason for the
  bombing", "did not give details of the attack" or "the talks did not produce a deal" do not
  negate the bombing, the attack or the talks. A harm verb with a negative argument ("no one
  was hurt") is a zero toll, not an act (``zero_outcome``: ``merge`` drops it); refusing to stop
  an act ("will not end the strike") is a REJECT (``plover_by_modality``), not the act negated.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from sitrep.extract.context import Sentence
from sitrep.extract.events import frames, modal_cues
from sitrep.extract.events.history import careers, cases, recalled
from sitrep.extract.events.history.episodes import in_named_episode
from sitrep.extract.events.joined import gerund_partner, reporting_verb
from sitrep.extract.events.modal_cues import ENDING_VERBS, FEAR_VERBS, plan_in_past
from sitrep.extract.events.senses.courts.custody import held_on_charge
from sitrep.extract.events.senses.courts.restrictions import still_in_force
from sitrep.extract.events.senses.gatherings import protest_called
from sitrep.extract.events.tokens import lemmas
from sitrep.extract.events.unreal import readiness
from sitrep.extract.events.unreal.contingent import any_case, contingent_case
from sitrep.extract.events.unreal.coordinated import joined_by_or, shared_head
from sitrep.extract.events.unreal.disproved import disproved
from sitrep.extract.events.when import dated
from sitrep.extract.events.when.dated import clause_head, clause_text
from sitrep.extract.events.when.trigger_dates import YEAR
from sitrep.nlp.regex_gate import may_match, required
from sitrep.records import Evidence, When

HISTORY_DAYS = 31
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can"}
CONDITION_MARKS = {"if", "unless", "whether"}
# links of a clause of its own: a "going" so attached is a verb of motion, not "going to" ("the
# army attacked the town even if the talks were still going on")
CLAUSE_LINKS = {"advcl", "conj", "relcl", "acl", "ccomp", "pcomp", "parataxis"}
# verbs whose infinitive complement is planned, scheduled or announced (future), and those whose
# complement is plotted, wished or feared (hypothetical); an attempt ("tried to kill", "sought
# to seize") is coded as done, with no flag
PLAN_VERBS = {"plan", "intend", "aim", "prepare", "expect", "schedule", "set", "decide", "vow",
              "pledge", "promise", "resolve", "slate", "due"}
WISH_VERBS = {"plot", "conspire", "scheme", "hope", "want", "wish", "threaten", "fear",
              "contemplate", "consider", "mull", "weigh", "dream"}
# verbs of agreeing to an act: the act agreed is still to come ("agreed to release the
# hostages", "consented to hold talks"); the agreement itself is the AGREE
AGREEING = {"agree", "consent", "undertake"}
GOVERNING_VERBS = PLAN_VERBS | WISH_VERBS | AGREEING
DENYING = {"deny", "refute"}
# verbs whose object noun is an act plotted or feared, not done ("plotting an attack")
PLOT_VERBS = {"plot", "conspire", "scheme", "fear", "dread", "contemplate", "want", "wish",
              "desire", "need", "crave", "covet", "seek"}  # and wished ("we want talks")
# words that negate the predicate they are the subject or object of ("no one was arrested")
NEGATIVE_WORDS = {"nobody", "none", "nothing", "neither", "noone", "no-one"}
# a noun trigger takes the modes of its clause only as the clause's subject or object ("will
# launch an attack", "no talks were held"), not from deeper ("did not give details of the attack")
OWN_ROLES = {"nsubj", "nsubjpass", "dobj", "attr", "oprd"}
NEGATIONS = {"not", "n't", "never", "no", "without"}
# verbs that say a noun's happening took place (or not): a noun trigger that is their subject or
# object takes their negation ("talks were not held", "did not launch an attack"); any other
# verb's negation is about something else ("the talks did not produce a deal", "the raid did not
# yield weapons", "did not explain the bombing")
OCCURRENCE_VERBS = {"happen", "occur", "take", "hold", "be", "exist", "carry", "conduct", "make",
                    "stage", "launch", "mount", "begin", "start", "resume", "commence", "continue",
                    "see", "witness", "record", "register", "have", "organise", "organize",
                    "perform", "commit", "undertake", "unleash", "wage", "go", "get", "proceed",
                    "materialise", "materialize", "convene", "attend", "join", "order",
                    "authorise", "authorize", "approve", "sign", "reach", "announce",
                    # breaking out ("if a war breaks out") and imposing ("whether to impose
                    # sanctions"): the noun happens, or is conditioned or negated, with them
                    "break", "erupt", "flare", "ensue", "arise", "impose", "declare", "enforce"}
# words of schedules and plans whose subject is an event noun ("talks are expected to resume",
# "talks are due to begin", "the visit is set to take place"): the event is in the future
SCHEDULE_WORDS = PLAN_VERBS | {"likely", "scheduled", "slated", "poised", "planned", "slate",
                                "about"}  # "is about to deploy", "talks are about to begin"
BACKGROUND_CUES = re.compile(
    r"\b(dates? back to|dating back to|following (?:a|the) (?:\w+ )?war\b|in the (?:19|18)\d0s|"
    r"decades? ago|years? ago|centuries ago|months ago|at the time|in the past|formerly|historically|"
    r"last (?:year|month|summer|winter|spring|fall|autumn)|"
    r"(?:the )?previous (?:year|month|summer|winter|spring|fall|autumn)|"
    r"the (?:year|month) before|earlier (?:this|in the) year|"
    r"(?:(?:a|one|two|three|several|some) (?:years?|months?)|years|decades) (?:earlier|before))",
    re.IGNORECASE,
)
# strings one of which every match of the cues holds (lower-cased), and the characters beyond
# ASCII that the cues' letters match when case is ignored (dotted and dotless i, long s, Kelvin)
BACKGROUND_GATE = required(BACKGROUND_CUES)
GATE_ODD_CHARS = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_recall_background(text: str) -> bool:
    """False only when ``BACKGROUND_CUES`` can match no part of ``text`` (so no clause of a
    sentence can match when the sentence's text cannot)."""
    return any(ch in text for ch in GATE_ODD_CHARS) or may_match(BACKGROUND_GATE, text.lower())


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
    return end is not None and ((published - end).days > HISTORY_DAYS
                                or dated.earlier_period(when, end, published))


def dated_to_a_year(trigger: Token, when: When | None) -> bool:
    """Without a publication date: an act dated only to a year ("attacked the town in 2015"),
    or a noun named by a year in its own phrase ("the 2006 raid", "the November 1995
    assassination"). News tells its own story by day ("on Monday"); a year alone recalls the
    past."""
    if when is not None and when.precision == "year" and not when.relative and when.value:
        return True
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(YEAR.fullmatch(t.text) for c in trigger.lefts for t in c.subtree
               if c.dep_ in {"compound", "nummod", "amod", "npadvmod", "nmod"})


def _own_phrase_date(trigger: Token, when: When | None) -> bool:
    """The act's date lies in its own phrase ("the 2018 attack", "a car bomb killed 20 on
    Tuesday"): the date, not the words around the act, decides its period."""
    if when is None or not when.text:
        return False
    return when.text in " ".join(t.text for t in trigger.subtree) or dated.next_to(trigger, when)


def _tail_cue(clause: Token) -> bool:
    """A background cue in the time adverbial that closes a subject's relative clause, hung by
    the parser on the main verb ("Soldiers who fought in the war decades ago staged a
    protest": the fighting's time)."""
    if clause.dep_ != "relcl" or clause.head.dep_ not in dated.SUBJECTS:
        return False
    return any(t.left_edge.i == clause.right_edge.i + 1 and BACKGROUND_CUES.search(
        " ".join(w.text for w in t.subtree)) for t in dated.subject_tails(clause.head.head))


def _own_day(trigger: Token, when: When | None) -> bool:
    """A day written beside an event noun ("a rally Saturday"): the day, not the background
    words of the clause the parser hangs it on, decides its period."""
    return when is not None and when.precision == "day" and trigger.pos_ in {"NOUN", "PROPN"} \
        and dated.next_to(trigger, when)


def _complement_path(token: Token, governor: Token) -> bool:
    """True when ``token`` sits in a complement of ``governor`` ("threatened to launch an
    offensive", "demanded that troops withdraw"), not in one of its modifiers nor a verb that
    joins it ("denied firing and accused X": ``gerund_partner``)."""
    node = token
    while node.i != governor.i and node.head.i != node.i:
        if (partner := gerund_partner(node)) is not None:
            node = partner
            continue
        if node.dep_ in {"xcomp", "ccomp"}:
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.i == governor.i:
            return True
        node = node.head
    return False


def _own_clause(trigger: Token, clause: Token) -> bool:
    """Whether a noun trigger is the subject or object of the clause whose modes it takes."""
    node = trigger
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    return node.head.i == clause.i and node.dep_ in OWN_ROLES


# links from a clause to the clause that governs it whose time it shares ("last year, the
# government was forced into making an apology", "last month police arrested him after he
# attacked the town", "last year he said that he had paid them"); a relative clause has a time
# of its own ("the gunmen who attacked the town on Monday had been freed last year"), and so
# has a coordinated clause ("he was jailed two years ago and shot a guard on Monday")
GOVERNED = {"xcomp", "pcomp", "ccomp", "advcl", "acl", "amod", "pobj", "prep"}


def _governing_cue(clause: Token) -> bool:
    """A background cue (``BACKGROUND_CUES``) in a clause that governs the trigger's clause (up
    to three clauses up), for a trigger with no date in its own clause."""
    node = clause
    for _ in range(3):
        step = node
        while step.dep_ in {"pobj", "prep", "pcomp"} and step.head.i != step.i:
            step = step.head  # "forced into making": through the preposition
        if step.dep_ not in GOVERNED or step.head.i == step.i:
            return False
        governor = clause_head(step.head)
        if governor.i == node.i:
            return False
        if BACKGROUND_CUES.search(clause_text(step, governor)):
            return True
        node = governor
    return False


def _be_to(clause: Token) -> bool:
    """ "Talks are to be held": "be" with an infinitive complement (a schedule)."""
    def infinitive(verb: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if clause.dep_ == "xcomp" and clause.head.lemma_.lower() == "be" and infinitive(clause):
        return True
    return clause.lemma_.lower() == "be" and any(c.dep_ == "xcomp" and infinitive(c)
                                                 for c in clause.children)


def _occurrence(verb: Token) -> bool:
    """The verb says that its subject or object happened: ``OCCURRENCE_VERBS``, or a verb of
    the ``SCHEDULE_WORDS`` ("talks were not scheduled")."""
    lemma = verb.lemma_.lower()
    if lemma == "break":  # "a war breaks out" (not "the talks broke down")
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return lemma in OCCURRENCE_VERBS or lemma in SCHEDULE_WORDS


# verbs whose passive in the present schedules their subject ("a meeting is scheduled for this
# week", "talks have been set for Monday", "a rally is planned for Saturday")
SCHEDULING_PASSIVES = {"schedule", "set", "slate", "plan", "arrange", "timetable", "reschedule"}
PRESENT_TAGS = {"VBZ", "VBP"}


def _scheduled_now(clause: Token) -> bool:
    """A passive of scheduling in the present tense with a time ("a meeting is scheduled for
    this week"): the event is to come; "was scheduled for Monday" tells a past plan."""
    if not (lemmas(clause) | {clause.lower_}) & (SCHEDULING_PASSIVES | {"scheduled", "slated"}):
        return False
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if not any(a.dep_ == "auxpass" for a in auxes) or not any(a.tag_ in PRESENT_TAGS
                                                               for a in auxes):
        return False
    return any((c.dep_ == "prep" and c.lower_ in {"for", "on", "until"}) or
               c.dep_ in {"npadvmod", "tmod"} for c in clause.children)


def _scheduled(clause: Token) -> bool:
    """An event noun as the subject of a schedule or plan with an infinitive ("talks are expected
    to resume", "talks are due to begin", "a vote is set to take place")."""
    def infinitive(verb: Token) -> bool:
        return verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                            for c in verb.children)
    for word in [clause, *(c for c in clause.children if c.dep_ in {"acomp", "oprd"})]:
        if (word.lemma_.lower() in SCHEDULE_WORDS or word.lower_ in SCHEDULE_WORDS) and any(
                infinitive(c) for c in word.children):
            return True
    return False


def _negative_argument(verb: Token) -> bool:
    """A negative subject or object: "no one was arrested", "nobody", "none of them", "no
    protesters were detained"."""
    for child in verb.children:
        if child.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            continue
        if child.lower_ in NEGATIVE_WORDS:
            return True
        if child.pos_ in {"NOUN", "PROPN", "PRON"} and any(
                g.dep_ == "det" and g.lower_ in {"no", "neither"} for g in child.children):
            return True
        if child.lemma_.lower() in {"one", "body"} and any(
                g.dep_ == "det" and g.lower_ in {"no", "neither"} for g in child.children):
            return True
    return False


# verbs of what befell victims: with a negative subject or object they say that nobody was
# harmed ("no one was hurt", "killed no one"), a zero toll and not an act of its own
OUTCOME_VERBS = {"kill", "injure", "wound", "hurt", "harm", "die", "maim"}


def zero_outcome(trigger: Token) -> bool:
    """A harm verb with a negative subject or object: "no one was hurt", "none of the passengers
    were wounded", "the blast injured nobody"."""
    return trigger.pos_ in {"VERB", "AUX"} and trigger.lemma_.lower() in OUTCOME_VERBS and \
        _negative_argument(trigger)


def modes_for(trigger: Token, doc: Doc, when: When | None, published: dt.date | None,
              governors: list[tuple[Token, str]], background: bool = True,
              plover: str = "") -> list[str]:
    """The auxiliary modes of the event named by ``trigger`` (of PLOVER type ``plover``).

    ``governors`` are (token, PLOVER type) of the other events above this one in the tree;
    ``background`` False says that ``may_recall_background`` is False for the sentence (so
    the clause need not be read for ``BACKGROUND_CUES``). Cues beyond the trigger's own
    auxiliaries (a reported "would", adjectives, conditions): ``modal_cues``.
    """
    modes: list[str] = []
    clause = clause_head(trigger)
    heads = [trigger] if clause.i == trigger.i or not _own_clause(trigger, clause) else \
        [trigger, clause]
    children = [c for h in heads for c in h.children]
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    own = len(heads) > 1 or clause.i == trigger.i
    if len(heads) > 1 and modal_cues.settled_subject(trigger, clause, _occurrence(clause)):
        aux -= modal_cues.CONSEQUENCE_AUX  # "the minister's praise might raise eyebrows"
    reported = own and "would" in aux and modal_cues.reported_would(clause)
    if reported:
        aux -= {"would"}  # "announced that it would send troops": the announced "will"
    adjective = modal_cues.adjective_mode(trigger, plover)
    if is_past(when, published) or in_named_episode(trigger) or (
            published is None and dated_to_a_year(trigger, when)) or dated.earlier_occasion(
            trigger, clause, when) or dated.spanned_back(trigger) or careers.recalled_in_words(
            trigger, clause, when, published, plover) or (
            not _own_phrase_date(trigger, when) and (recalled.likened_or_commemorated(trigger)
                                                    or recalled.compared_since(trigger)
                                                    or recalled.not_the_first(trigger)
                                                    or cases.earlier_occasion(trigger, clause)
                                                    or cases.served_for(trigger)
                                                    or cases.punished_for(trigger))):
        modes.append("historical")
    elif background and not _own_day(trigger, when) and (
            BACKGROUND_CUES.search(own_text := clause_text(trigger, clause)) or _tail_cue(clause)
            or (
            (when is None or when.text not in own_text) and _governing_cue(clause))):
        modes.append("historical")  # a date of the governing clause is not the trigger's own
    # "the talks did not produce a deal": the talks took place; only a verb of occurrence
    # passes its negation to its noun ("talks were not held")
    said = heads if len(heads) == 1 or _occurrence(clause) else [trigger]
    negated = any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in {"det", "neg"})
                  for h in said for c in h.children) or any(
        _negative_argument(h) for h in said if h.pos_ in {"VERB", "AUX"})
    denied = any(kind == "REJECT" and gov.lemma_.lower() in DENYING and
                 _complement_path(trigger, gov) for gov, kind in governors) and \
        reporting_verb(trigger, plover) is None  # ("denied that X had fired and accused Y")
    if negated or denied or disproved(trigger, plover):
        modes.append("negated")  # (also "the report of a shooting was a hoax": ``unreal``)
    going_to = own and (any(c.lower_ == "going" and c.dep_ not in CLAUSE_LINKS
                            for c in clause.children) or (
        clause.head.lower_ == "going" and clause.dep_ == "xcomp"))
    governing = clause.head.lemma_.lower() if own and clause.dep_ == "xcomp" else ""
    if governing and trigger.i != clause.i and (
            clause.lemma_.lower() in frames.PRESUPPOSING | ENDING_VERBS):
        governing = ""  # "agreed to end the fighting", "plans to end the strike": it is on
    if governing:  # "hopes to sign" (whose lemma the model reads "hop")
        governing = next((w for w in sorted(lemmas(clause.head)) if w in GOVERNING_VERBS),
                         governing)
    if governing and clause.head.lower_ in SCHEDULE_WORDS:
        governing = "schedule"  # "slated to meet" (whose lemma the model may clip)
    feared = own and clause.dep_ == "ccomp" and (clause.head.lemma_.lower() in FEAR_VERBS
                                                 or modal_cues.warned_of_others(clause))
    plotted = governing in PLAN_VERBS and plan_in_past(clause.head)
    # the act of a condition ("if the army attacks", "should the army attack"); a noun subject
    # of another verb names what exists ("if their demands are met", "should the talks fail")
    antecedent = own and (len(heads) == 1 or _occurrence(clause)) and (
        (any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)
         and not any(c.dep_ == "advmod" and c.lower_ == "even" for c in clause.children))
        or modal_cues.inverted_condition(clause))  # ("even if" concedes)
    conditioned = antecedent or own and (
        modal_cues.conditional(clause)  # "will attack if the talks fail"
        or modal_cues.yes_no_question(clause)) or (  # "will the army attack?"
        modal_cues.opened_condition(trigger))  # "in case the militia attacks, ..."
    hedged = own and modal_cues.hedged(clause)  # "are unlikely to attack", "likely to sign"
    # "were to have met", "was to have visited": a plan that did not come true
    unmet = own and _be_to(clause) and any(c.dep_ == "aux" and c.lower_ == "have"
                                           for c in clause.children)
    ready = own and readiness.ready_for(clause)  # "was willing to sign": no act yet
    agreed = readiness.agreed_to(trigger)  # "agreed to talks", "if it did not agree to talks"
    if not feared and not plotted and not conditioned and not hedged and not unmet and not \
            ready and agreed != "hypothetical" and (agreed == "future" or
            aux & FUTURE_AUX or going_to or governing in PLAN_VERBS | AGREEING or reported
            or adjective == "future" or (own and _be_to(clause))
            or (own and (clause.i == trigger.i or _occurrence(clause))
                and modal_cues.future_time(clause))
            or (len(heads) > 1 and (_scheduled(clause) or (
                trigger.dep_ == "nsubjpass" and _scheduled_now(clause))))):
        modes.append("future")  # "will meet", "plans to", "are to be held", "are due to meet"
    # "were plotting an attack", "feared an offensive": the noun is the plot's or fear's object
    plotted = plotted or (len(heads) > 1 and trigger.dep_ == "dobj"
                          and clause.lemma_.lower() in PLOT_VERBS)
    hypothetical = bool(aux & HYPOTHETICAL_AUX) or governing in WISH_VERBS or feared or unmet or \
        plotted or conditioned or adjective == "hypothetical" or hedged or ready or \
        agreed == "hypothetical"
    if any(kind in {"THREATEN", "REQUEST", "REJECT"} and _complement_path(trigger, gov)
           and not (kind == "REJECT" and gov.lemma_.lower() in DENYING)
           and not modal_cues.presupposed(trigger, gov)
           for gov, kind in governors):
        hypothetical = True
    # "demanded the release of the activists", "threatened a strike": demanded, not done
    called = [gov for gov, kind in governors if kind == "REQUEST" and protest_called(gov)
              and modal_cues.object_of(trigger, gov)]  # "called a strike for Monday": to come
    if any(kind in {"THREATEN", "REQUEST"} and modal_cues.object_of(trigger, gov)
           and gov not in called for gov, kind in governors):
        hypothetical = True
    if called and not hypothetical and not {"future", "historical"} & set(modes):
        modes.append("future")
    case = "negated" not in modes and (contingent_case(trigger) or any_case(trigger)) and \
        modal_cues.plover_by_modality(plover, modal_cues.modality(trigger)) == plover
    if case:
        hypothetical = True  # "in case of an attack", "any attack would be met with force"
        modes = [m for m in modes if m != "future"]  # (not a threat: "ready to repel any attack")
    # "will appear in court on charges of": the charge is laid; "the curfew will remain in
    # place until Sunday": the restriction is in force
    laid = (plover == "ACCUSE" and held_on_charge(trigger)) or (
        plover == "COERCE" and still_in_force(trigger))
    if laid and "future" in modes:
        modes.remove("future")
    if hypothetical and "future" not in modes:
        modes.append("hypothetical")
    elif not hypothetical and not laid and "future" not in modes and dated.after_publication(
            trigger, when, published):
        modes.append("future")  # "meet in Brussels next Tuesday": dated after publication
    framed = _framed(modes, frames.frame_mode(trigger, plover))
    if case and "negated" in framed:  # "ended without any arrests": none, not a case
        return [m for m in framed if m != "hypothetical"]
    return _shared(framed, trigger, clause, doc, when, published, governors, background, plover)


def _shared(modes: list[str], trigger: Token, clause: Token, doc: Doc, when: When | None,
            published: dt.date | None, governors: list[tuple[Token, str]], background: bool,
            plover: str) -> list[str]:
    """``modes`` with the flags of the first verb of a coordination that the trigger's clause
    shares ("will travel to Gori and visit the brigade": ``unreal.coordinated``)."""
    if {"future", "hypothetical", "negated"} & set(modes):
        return modes
    journey = modal_cues.journey_for(trigger)
    if journey is not None:  # "is due to arrive in Amman for talks": the journey's mode
        theirs = modes_for(journey, doc, when, published, governors, background, plover)
        return modes + [m for m in theirs if m in {"future", "hypothetical"}][:1]
    if clause.i != trigger.i and not _own_clause(trigger, clause):
        return modes
    first = shared_head(clause)
    if first is None:
        return modes
    theirs = modes_for(first, doc, when, published, governors, background, plover)
    kept = [m for m in theirs if m in {"future", "hypothetical"}]
    if "negated" in theirs and joined_by_or(clause, first):
        kept.append("negated")  # "did not visit the town or meet the leaders"
    return modes + kept[:1] if kept != ["future", "hypothetical"] else modes + ["hypothetical"]


def _framed(modes: list[str], frame: str | None) -> list[str]:
    """``modes`` with the mode of a frame up the clause chain (``frames``): a goal, an order or
    a condition makes a planned act hypothetical ("the goal is to destroy"), "yet to" negated."""
    if frame is None or frame in modes:
        return modes
    if frame == "future" and "hypothetical" in modes:
        return modes
    return [m for m in modes if not (frame != "future" and m == "future")] + [frame]


def evidence_of(sentence: Sentence) -> Evidence:
    return sentence.evidence((0, len(sentence.text)))
