"""Event consolidation: one record per happening, no noise.

The trigger lexicon finds every word that can name an event, so one happening often yields
several candidates in a sentence ("a ceasefire was signed", "the attacks will target civilian
installations", "condemned Monday's attacks which targeted civilians"). ``consolidate`` takes a
sentence's candidates and

1. drops harm verbs with a negative subject or object ("no one was hurt": a zero toll, not an
   act; "no one was killed in the attack" keeps the attack, not negated) and abstract nouns (``resources/event_abstract_nouns.tsv``: "violence", "escalation",
   "hostilities", "war") that have no support of their own (no actor, place, date or casualty
   figure inside their phrase) and are not the subject of a clause: as the object of a
   condemnation or a call they are its topic, not an event;
2. merges candidates of the same PLOVER type whose triggers are in a head/complement relation
   (one governs the other directly or through a preposition or a relative clause; not a
   background act and a current one, unless the background noun is the other's subject), share a
   clause ("killed in an attack"), are conjoined verbs sharing a subject ("signed and
   ratified"), or one is a participle telling the other's outcome ("opened fire on a bus,
   killing five"), or a passive outcome verb and the elliptical one conjoined to it ("nine
   were killed and 18 others wounded"). The merged record keeps the governing trigger, the union of actors and
   recipients, and the first date; non-finite verbs of purpose without participants are
   dropped ("measures to prevent violence", "aimed at preventing deaths");
3. drops the hypothetical acts that a request of the sentence asks for ("called on NATO to
   send troops": ``eventhood.reported.asked_for``);
4. scores every surviving event's ``confidence`` (``score``) from what supports it, with the
   model fitted on our dev set (``confidence``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.attrs import HEAD, LIKE_NUM
from spacy.tokens import Doc, Token

from sitrep.extract.events import confidence
from sitrep.extract.events.eventhood.reported import asked_for
from sitrep.extract.events.lexicon import triggers
from sitrep.extract.events.modes import zero_outcome
from sitrep.extract.events.roles.clauses import headline_patient
from sitrep.extract.events.senses.gatherings import voiced_demand
from sitrep.records import Actor, Event, Place
from sitrep.resources import read_tsv

VERBS = {"VERB", "AUX"}
NOUNS = {"NOUN", "PROPN"}
LINK_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep", "relcl", "acl", "xcomp",
             "ccomp", "appos", "agent", "oprd", "dative", "compound", "npadvmod"}
CASUALTY_LEMMAS = {"dead", "die", "kill", "death", "wound", "injure", "injured", "victim",
                   "casualty", "life", "body", "killing", "wounded", "toll"}
MAX_SPAN_GAP = 3  # tokens: a merged trigger covers both words when they are this close


@lru_cache(maxsize=1)
def abstract_nouns() -> frozenset[str]:
    return frozenset(row["noun"].strip().lower() for row in read_tsv("event_abstract_nouns.tsv"))


@dataclass
class Candidate:
    """One trigger word of a sentence and the event built from it."""

    token: Token
    event: Event
    specific: bool = False  # the lexicon row needed a neighbour ("reach an agreement")
    support: set[str] = field(default_factory=set)  # what backs it: actor, place, date, ...
    merged: int = 0  # how many other candidates were folded into it
    headline: bool = False  # the sentence is the article's first line or a title-case line
    sentence: int = 0  # the index of the sentence in the article
    folded: list[Token] = field(default_factory=list)  # the triggers merged into it


def is_abstract(token: Token) -> bool:
    if token.pos_ in VERBS:
        return False
    nouns = abstract_nouns()
    return token.lemma_.lower() in nouns or token.lower_ in nouns


def _subtree_range(token: Token, base: int) -> tuple[int, int]:
    left, right = token.left_edge, token.right_edge
    return base + left.idx, base + right.idx + len(right)


def _inside(start: int, end: int, span: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Inside the phrase of the trigger but not the trigger word itself."""
    return span[0] <= start and end <= span[1] and not (start >= trigger[0] and end <= trigger[1])


def may_count_casualties(doc: Doc) -> bool:
    """False only when no phrase of ``doc`` can carry a casualty figure (``own_support``): no
    word of it is like a number."""
    return bool(doc.to_array(LIKE_NUM).any())


# the doc ``number_below`` read last, its heads and its words like a number (the doc is held,
# so that the identity test cannot meet a new doc at its address)
_NUMBERS: list[Any] = [None, [], []]


def number_below(token: Token) -> bool:
    """``any(t.like_num for t in token.subtree)``, found by walking up the tree from each word
    of the doc like a number (a sentence has few) instead of down the phrase of ``token`` (the
    whole sentence for its main verb); the doc's heads are read once for all its candidates."""
    doc = token.doc
    if _NUMBERS[0] is not doc:
        rows = doc.to_array([LIKE_NUM, HEAD]).astype("int64").tolist()
        _NUMBERS[0] = doc
        _NUMBERS[1] = [i + head for i, (_, head) in enumerate(rows)]
        _NUMBERS[2] = [i for i, (like_num, _) in enumerate(rows) if like_num]
    heads: list[int] = _NUMBERS[1]
    for i in _NUMBERS[2]:
        while i != token.i:
            if heads[i] == i:
                break
            i = heads[i]
        else:
            return True
    return False


def own_support(token: Token, event: Event, base: int, places: list[Place],
                figures: bool = True) -> set[str]:
    """What the phrase of ``token`` itself carries: an actor, a recipient, a place, a date, a
    casualty figure; and whether the word is the subject of a clause. ``figures`` False: the
    sentence has no casualty figure (``may_count_casualties``), the phrase is not read for one."""
    span = _subtree_range(token, base)
    word = (base + token.idx, base + token.idx + len(token))
    found: set[str] = set()
    if any(_inside(a.evidence.start, a.evidence.end, span, word) for a in event.actors):
        found.add("actor")
    if any(_inside(a.evidence.start, a.evidence.end, span, word) for a in event.recipients):
        found.add("recipient")
    if event.when is not None and _inside(event.when.evidence.start, event.when.evidence.end,
                                          span, word):
        found.add("date")
    actor_spans = {(a.evidence.start, a.evidence.end) for a in event.actors + event.recipients}
    if any(_inside(p.evidence.start, p.evidence.end, span, word)
           and (p.evidence.start, p.evidence.end) not in actor_spans for p in places):
        found.add("place")
    if figures and number_below(token) and any(
            t.lemma_.lower() in CASUALTY_LEMMAS for t in token.subtree):
        found.add("casualties")
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in VERBS and (
            token.head.lemma_.lower() != "be"):
        found.add("subject")
    return found


NONFINITE_DEPS = {"xcomp", "advcl", "pcomp", "acl", "csubj"}
# verbs (and adjectives) whose infinitive is an act planned, scheduled or plotted, not an aim:
# it is kept as an event, and ``modes`` flags it future or hypothetical ("are scheduled to
# meet", "planned to bomb", "had plotted to assassinate")
PLANNED_BY = {"plan", "intend", "prepare", "schedule", "slate", "set", "due", "expect",
              "decide", "plot", "conspire", "scheme", "poise"}
PLANNED_WORDS = {"slated", "scheduled", "poised", "due", "set"}


def is_unrealised(token: Token, event: Event) -> bool:
    """A non-finite verb in a purpose or complement position with no participant of its own
    ("measures to prevent violence", "aimed at preventing deaths", "a step towards fighting
    cancer"): an aim, not a happening."""
    if token.pos_ not in VERBS or token.tag_ not in {"VB", "VBG"}:
        return False
    if token.dep_ not in NONFINITE_DEPS or event.actors or event.recipients:
        return False
    if token.dep_ == "acl" and token.tag_ == "VBG":
        return False  # "forces investigating the abduction": the noun does it
    if token.dep_ == "xcomp" and (token.head.lemma_.lower() in PLANNED_BY
                                  or token.head.lower_ in PLANNED_WORDS):
        return False  # "planned to bomb a station": a plot or a plan, flagged by ``modes``
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def _path_up(token: Token, top: Token, limit: int = 3) -> list[Token] | None:
    """The tokens from ``token`` up to ``top`` (exclusive of ``token``), or None when ``top``
    does not govern ``token`` within ``limit`` steps."""
    path: list[Token] = []
    node = token
    for _ in range(limit):
        if node.head.i == node.i:
            return None
        if node.dep_ not in LINK_DEPS:
            return None
        if node.dep_ == "relcl" and node.head.i != top.i:
            return None  # "shot a man who had stabbed a guard": the man's own act
        node = node.head
        if node.i == top.i:
            return path
        path.append(node)
    return None


def _clause_head(token: Token) -> Token:
    node = token
    while node.pos_ not in VERBS and node.head.i != node.i:
        node = node.head
    return node


def related(a: Token, b: Token, others: set[int]) -> bool:
    """True when the triggers ``a`` and ``b`` name the same happening: one is the head or a
    complement of the other (no other trigger in between), both sit in one clause, or they are
    conjoined verbs sharing one subject."""
    for low, high in ((a, b), (b, a)):
        path = _path_up(low, high)
        if path is not None and not any(t.i in others for t in path):
            return True
    if a.pos_ not in VERBS and b.pos_ not in VERBS:
        return False
    ha, hb = _clause_head(a), _clause_head(b)
    if ha.i == hb.i and (a.i == ha.i or b.i == hb.i):
        return True  # "were killed in an attack"
    for verb, noun, head in ((a, b, hb), (b, a, ha)):
        if noun.i != head.i and head.i != verb.i and head.i not in others and (
                _conjoined_outcome(head, verb) or _conjoined_outcome(verb, head)):
            return True  # "an officer was shot and a bystander hurt in a gunfight": its toll
    for first, second in ((a, b), (b, a)):
        if second.dep_ == "conj" and second.head.i == first.i and second.pos_ in VERBS and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in second.children):
            return True
        if _conjoined_complement(second, first):
            return True
        if _result_of(second, first) or _elliptical_outcome(second, first) or \
                _outcome_when(second, first) or _conjoined_outcome(second, first) or \
                _left_outcome(second, first):
            return True
    return False


def purpose_of(second: Token, first: Token) -> bool:
    """``second`` is the infinitive of purpose of ``first``'s clause, with no subject of its own
    ("thousands rallied outside parliament to protest the cuts", "the parties met on Sunday to
    discuss a coalition", "residents blocked the road to protest", "workers began a strike to
    protest"): the act done for it, one
    happening when both are of one type, whatever their modes (a march to protest is the
    march). Not a purpose with its own subject ("for the army to withdraw")."""
    if second.dep_ != "advcl" or second.pos_ not in VERBS:
        return False
    # "began a general strike on Monday to protest": the purpose of the verb whose object
    # names the act
    if second.head.i != first.i and not (first.dep_ == "dobj" and first.head.i == second.head.i):
        return False
    kids = list(second.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "mark"} and c.lower_ != "to" for c in kids)


# harms told in the passive with their victims ("was shot dead", "were injured")
HARMS = {"kill", "murder", "injure", "wound", "hurt", "maim", "shoot", "stab", "beat", "slash",
         "hack", "batter", "assault", "attack", "torture", "strangle", "behead"}
# what sets two harms apart when each names its own: a place or a day
SETTINGS = {"GPE", "LOC", "FAC", "DATE"}


def _conjoined_outcome(second: Token, first: Token) -> bool:
    """Two passive harms coordinated, each with its own victims and no doer ("a man was killed
    and a boy was wounded in a shooting", "a guard was shot dead and two inmates were
    injured"; a headline's reduced passives: "Man killed, woman hurt in shooting"): one
    happening's toll, unless each names its own place or day ("two were killed in Kabul and
    three wounded in Herat", "a man was killed in a shooting in Leeds and a woman stabbed in a
    robbery in York")."""
    if not _coordinated(second, first) or second.lemma_.lower() not in HARMS:
        return False
    if not _suffered(second) or not (first.lemma_.lower() in HARMS and _suffered(first) or (
            any(c.dep_ == "nsubj" for c in first.children) and not _own_cause(second))):
        return False  # or the act by its doers: "police fired tear gas, and 20 were injured"
    settings = [{g.text for c in verb.children if c.dep_ == "prep" for g in c.subtree
                 if g.pos_ == "PROPN" or g.ent_type_ in SETTINGS} for verb in (first, second)]
    return not (settings[0] and settings[1] and settings[0] != settings[1])


def _own_cause(verb: Token) -> bool:
    """A harm told with an act of its own ("killed in clashes across the country")."""
    return any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in triggers() for c in
               verb.children if c.dep_ == "prep" and c.lower_ in {"in", "during"} for g in c.children)


def _coordinated(second: Token, first: Token) -> bool:
    """``second`` is conjoined to ``first``, or both are clauses of one kind hung on one head
    with the "and" of ``first`` between them (the parser reads "a man was killed and a woman
    was wounded ..., police said" as two clauses of "said")."""
    if second.dep_ == "conj" and second.head.i == first.i:
        return True
    head = first.head
    return (first.i < second.i and head.i != first.i and second.head.i == head.i
            and first.dep_ == second.dep_ and first.dep_ in {"ccomp", "conj"}
            and any(c.dep_ == "cc" and first.i < c.i < second.i for c in first.children))


def _suffered(verb: Token) -> bool:
    """A harm told in the passive with no doer: with its auxiliary or passive subject ("was
    killed"), or a headline's reduced passive ("Man killed", "woman hurt":
    ``roles.clauses.headline_patient``)."""
    kids = list(verb.children)
    deps = {c.dep_ for c in kids}
    if "agent" in deps:
        return False
    return bool(deps & {"auxpass", "nsubjpass"}) or headline_patient(verb, kids) is not None


def _left_outcome(second: Token, first: Token) -> bool:
    """``second`` is an outcome told by "leave" whose subject is ``first`` ("a bomb attack on a
    police station has left five officers dead and dozens wounded", "the explosion left three
    dead and nine injured"): the attack's toll."""
    if second.lemma_.lower() not in OUTCOMES or first.pos_ in VERBS:
        return False
    verb = second
    for _ in range(4):  # "left [five officers dead] and [dozens wounded]", "nine injured"
        if verb.head.i == verb.i:
            return False
        verb = verb.head
        if verb.lemma_.lower() == "leave" and verb.pos_ in VERBS:
            break
    else:
        return False
    node = first.head if first.dep_ == "compound" else first
    return node.dep_ == "nsubj" and node.head.i == verb.i


def _conjoined_complement(second: Token, first: Token) -> bool:
    """``second`` is a verb conjoined to the infinitive complement of ``first``, with no
    subject of its own ("threatened to kick and punch the guard", "vowed to burn and loot the
    village"): the content of one act, as "threatened to kick" is."""
    head = second.head
    return second.dep_ == "conj" and second.pos_ in VERBS and head.dep_ == "xcomp" and \
        head.head.i == first.i and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in second.children)


TIME_MARKS = {"when", "as"}
SEQUEL_MARKS = {"after"}  # "four policemen were killed after militants ambushed a patrol"


def _outcome_when(second: Token, first: Token) -> bool:
    """``first`` is a passive outcome verb with no doer of its own and ``second`` the act of
    its "when" clause, or an act conjoined in it ("two soldiers were killed when militants
    attacked their convoy", "a woman was killed when a bullet ricocheted and hit her"), or of
    its "after" clause done by others than the victims ("four policemen were killed after
    militants ambushed a patrol"; not "a man was shot dead after he stabbed a guard", the
    victim's own act, nor an act told on a day of its own): the act and its toll, one
    happening. An outcome with its own doer ("police killed two gunmen when rebels attacked")
    stays apart."""
    if first.lemma_.lower() not in OUTCOMES | HARMS or second.pos_ not in VERBS:
        return False  # "four people were shot dead when gunmen opened fire": a harm too
    if not _undergone(first):
        return False
    clause = second.head if second.dep_ == "conj" else second
    # the clause of the outcome or of an outcome conjoined to it ("four policemen were killed
    # and 16 militants were neutralized after ...")
    heads = {first.i} | {c.i for c in first.children if c.dep_ == "conj" and _undergone(c)}
    marks = {c.lower_ for c in clause.children if c.dep_ in {"advmod", "mark"}}
    if clause.dep_ == "relcl" and marks & TIME_MARKS and _time_of(clause.head, heads):
        # "were shot dead on Sunday night when gunmen opened fire": the parser hangs the
        # "when" clause on the time
        return first.lemma_.lower() in OUTCOMES or not _other_days(clause, first)
    if clause.dep_ != "advcl" or clause.head.i not in heads:
        return False
    if marks & TIME_MARKS:
        return first.lemma_.lower() in OUTCOMES or not _other_days(clause, first)
    return bool(marks & SEQUEL_MARKS) and _others_did(clause, first)


def _undergone(verb: Token) -> bool:
    """A verb told in the passive with no doer of its own: with its auxiliary or passive
    subject ("were killed"), or a participle on its victims ("21 officers injured")."""
    kids = {c.dep_ for c in verb.children}
    if "agent" in kids:
        return False
    return bool(kids & {"auxpass", "nsubjpass"}) or (verb.dep_ == "acl" and verb.tag_ == "VBN")


def _others_did(clause: Token, outcome: Token) -> bool:
    """The act of ``clause`` has a subject of its own that is a noun other than the victims of
    ``outcome`` (not "he", "they", nor the victims' own word), and the two are not dated to
    days of their own ("killed on Monday after rebels attacked on Sunday")."""
    doers = [c for c in clause.children if c.dep_ == "nsubj"]
    victims = {c.lemma_.lower() for c in outcome.children if c.dep_ == "nsubjpass"}
    if outcome.dep_ == "acl":
        victims.add(outcome.head.lemma_.lower())
    if not doers or any(d.pos_ not in NOUNS or d.lemma_.lower() in victims for d in doers):
        return False
    return not _other_days(clause, outcome)


def _other_days(clause: Token, outcome: Token) -> bool:
    """The act of ``clause`` and ``outcome`` are each dated, to different days ("was shot
    dead on Monday when he opened fire on police on Sunday")."""
    days = [{t.lower_ for c in verb.children if c.dep_ in {"prep", "npadvmod"}
             for t in c.subtree if t.ent_type_ == "DATE" and not (
                 verb is outcome and clause.i in {x.i for x in t.ancestors})}
            for verb in (clause, outcome)]
    return bool(days[0] and days[1] and days[0] != days[1])


def _time_of(noun: Token, heads: set[int]) -> bool:
    """``noun`` is a time said of one of the verbs ``heads``, directly or through a
    preposition ("on Sunday night")."""
    if noun.ent_type_ not in {"DATE", "TIME"}:
        return False
    up = noun.head.head if noun.dep_ == "pobj" else noun.head
    return up.i in heads


# verbs of what befell victims, which one sentence lists for one happening ("nine were killed
# and 18 others wounded in a clash")
OUTCOMES = {"kill", "injure", "wound", "hurt", "maim"}


def _elliptical_outcome(second: Token, first: Token) -> bool:
    """``second`` is an outcome verb conjoined to a passive outcome verb ``first`` whose
    auxiliary it shares ("nine civilians were killed and 18 others wounded"; the parser reads
    "18 others" as its subject): the toll of one happening, not a second act. "Police killed two
    gunmen and soldiers wounded three" (active, each with its own doer) stays two."""
    conjoined = second.dep_ == "conj" and second.head.i == first.i
    # "were killed and five injured", parsed as "five" conjoined to "killed", "injured" its acl
    victims = second.dep_ == "acl" and second.head.dep_ == "conj" and \
        second.head.head.i == first.i
    if not (conjoined or victims) or second.tag_ not in {"VBN", "VBD"}:
        return False
    if first.lemma_.lower() not in OUTCOMES or second.lemma_.lower() not in OUTCOMES:
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in first.children)
    return passive and not any(c.dep_ in {"aux", "auxpass", "agent"} for c in second.children)


def _result_of(second: Token, first: Token) -> bool:
    """``second`` is a participle after the clause of ``first`` that tells the act's outcome, with
    no subject of its own: "opened fire on a bus, killing five", "shelled the town, wounding
    four", "a bomber blew himself up, killing 12"; or a participle conjoined to such a one
    ("exploded at a market, killing 12 people and injuring 40 others")."""
    if second.dep_ == "conj" and second.tag_ == "VBG" and second.head.tag_ == "VBG" and not any(
            c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in second.children):
        return _result_of(second.head, first)  # "..., killing five and wounding nine"
    if second.dep_ != "advcl" or second.tag_ != "VBG" or second.i < first.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in second.children):
        return False  # "while fleeing", "after they attacked": another act of its own
    return second.head.i in {first.i, _clause_head(first).i}


def _keys(actors: list[Actor]) -> set[tuple[int, int]]:
    return {(a.evidence.start, a.evidence.end) for a in actors}


def _fold(keep: Candidate, other: Candidate) -> None:
    """Fold ``other`` into ``keep`` (the governing trigger)."""
    event, extra = keep.event, other.event
    if not event.actors and extra.actors:
        event.actors = list(extra.actors)
    seen = _keys(event.actors) | _keys(event.recipients)
    # "opened fire on protesters, killing 18 people": the ones fired on are the recipients, the
    # toll of the act is its outcome (a claim), not more parties; the dead of an attack on a
    # building are its recipients ("raided the town hall, killing the mayor")
    aimed = (any(r.kind != "thing" for r in event.recipients)
             # "shot X, wounding Y": both were hit (not "attacked X, killing Y": X was aimed at)
             and keep.token.lemma_.lower() not in HARMS - {"attack", "assault"}
             and _result_of(other.token, keep.token))
    for actor in [] if aimed else extra.recipients:
        key = (actor.evidence.start, actor.evidence.end)
        if key not in seen:
            event.recipients.append(actor)
            seen.add(key)
    if "historical" in extra.modes and "historical" not in event.modes and (
            event.when is None or _subject_of(other.token, keep.token)):
        event.modes.append("historical")  # "last year's bombing killed 20": before the date
        event.when = extra.when or event.when  # "the 2015 bombing killed 20, officials said
        # on Monday": the bombing's year, not the day of the telling
    if event.when is None and extra.when is not None:
        event.when = extra.when
    if event.acled_event_type is None and extra.acled_event_type is not None:
        event.acled_event_type = extra.acled_event_type
        event.acled_sub_event_type = extra.acled_sub_event_type
    if event.plover_mode is None and extra.plover_mode is not None:
        event.plover_mode = extra.plover_mode
    if abs(keep.token.i - other.token.i) <= MAX_SPAN_GAP and other.token.dep_ not in {
            "conj", "advcl"}:  # "killed when militants attacked": the trigger stays "killed"
        start = min(event.trigger.start, extra.trigger.start)
        end = max(event.trigger.end, extra.trigger.end)
        if (start, end) != (event.trigger.start, event.trigger.end):
            text = event.evidence.text
            offset = event.evidence.start
            event.trigger = type(event.trigger)(start, end, text[start - offset:end - offset])
    keep.specific = keep.specific or other.specific
    keep.support |= other.support
    keep.merged += 1 + other.merged
    keep.folded += [other.token, *other.folded]


def _subject_of(noun: Token, verb: Token) -> bool:
    """``noun`` is the subject of ``verb`` (or the head of a compound that is), or ``verb``
    is a relative clause on it ("the attack that killed the singer on 9 July last year")."""
    node = noun.head if noun.dep_ == "compound" else noun
    if verb.dep_ == "relcl" and verb.head.i == node.i:
        return True
    return node.dep_ in {"nsubj", "nsubjpass"} and node.head.i == verb.i


def _other_time(x: Candidate, y: Candidate) -> bool:
    """One candidate is background and the other not, and neither is the subject of the other
    ("attacked the town on Monday, two years after the 2019 attack on it"): two happenings. The
    subject's act with its outcome ("the 2015 bombing killed 20") is one."""
    if x.event.historical == y.event.historical or (
            x.token.pos_ in VERBS and y.token.pos_ in VERBS):
        return False  # two verbs ("threatened to kill ... in 2008") are one act's words
    return not (_subject_of(x.token, y.token) or _subject_of(y.token, x.token))


def _other_act(x: Candidate, y: Candidate) -> bool:
    """Both candidates name their act by a PLOVER mode and the modes differ, so they are two
    acts of one type ("a decree banning rallies and imposing a curfew", "seized the drugs and
    arrested the driver"). An assault's mode is its means, which one attack may be told by in
    several words ("opened fire ... bombing"), so it does not set assaults apart."""
    a, b = x.event, y.event
    return (a.plover_type != "ASSAULT" and bool(a.plover_mode) and bool(b.plover_mode)
            and a.plover_mode != b.plover_mode)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def consolidate(cands: list[Candidate], base: int, places: list[Place],
                figures: bool = True) -> list[Event]:
    """The events of one sentence after dropping unsupported abstract nouns and merging
    candidates that name the same happening. ``base`` is the sentence's offset in the article;
    ``places`` the article's places; ``figures`` as for ``own_support``. Keeps the input order
    (highest trigger first)."""
    spans = [_subtree_range(cand.token, base) for cand in cands]
    if spans:  # a place outside every phrase supports none of them
        low, high = min(a for a, _ in spans), max(b for _, b in spans)
        places = [p for p in places if low <= p.evidence.start and p.evidence.end <= high]
    for cand in cands:
        cand.support = own_support(cand.token, cand.event, base, places, figures)
    for cand in cands:
        if cand.specific and zero_outcome(cand.token) and "negated" in cand.event.modes:
            cand.event.modes.remove("negated")  # "no one was killed in the attack": it happened
    kept = [c for c in cands if (not is_abstract(c.token) or c.support)
            and not is_unrealised(c.token, c.event)
            and (c.specific or not zero_outcome(c.token))]  # "no one was hurt": a zero toll
    requests = [c.token for c in kept if c.event.plover_type == "REQUEST"]
    if requests:  # "called on NATO to send troops": one REQUEST, its content no act
        kept = [c for c in kept if c.event.plover_type == "REQUEST"
                or not asked_for(c.token, c.event.modes, requests, {x.token.i for x in cands})]
        # "marched to the ministry demanding higher pay": the demand is the protest's
        kept = [c for c in kept if c.event.plover_type != "REQUEST"
                or not voiced_demand(c.token, "REQUEST")]
    indices = {c.token.i for c in kept}
    alive = list(kept)
    changed = True
    while changed:
        changed = False
        for x in alive:
            for y in alive:
                if x is y or x.event.plover_type != y.event.plover_type or _other_time(x, y):
                    continue
                purpose = purpose_of(y.token, x.token) or purpose_of(x.token, y.token)
                if _other_act(x, y) and not purpose:
                    continue
                tx, ty = x.event.trigger, y.event.trigger
                overlap = tx.start < ty.end and ty.start < tx.end
                if not overlap and not purpose and not _related_words(x, y, indices):
                    continue
                keep, other = (x, y) if _depth(x.token) <= _depth(y.token) else (y, x)
                _fold(keep, other)
                alive.remove(other)
                changed = True
                break
            if changed:
                break
    for cand in alive:
        cand.event.confidence = score(cand)
    return [c.event for c in alive]


def _related_words(x: Candidate, y: Candidate, indices: set[int]) -> bool:
    """``related`` for the triggers of two candidates or of what was merged into them: "Russia
    attacked Ukraine, killing four people in a missile strike on Dnipro" (the strike is told
    by the killing, merged into the attack)."""
    for a in (x.token, *x.folded):
        for b in (y.token, *y.folded):
            if a.i != b.i and related(a, b, indices - {a.i, b.i}):
                return True
    return False


def score(cand: Candidate) -> float:
    """How often an event supported as ``cand`` is right, in [0.05, 0.95]: the fitted logistic
    regression of ``confidence`` over what the event has (its features are noted for
    ``confidence.recording``)."""
    values = confidence.features(cand.token, cand.event, specific=cand.specific,
                                 support=cand.support, merged=cand.merged,
                                 abstract=is_abstract(cand.token), headline=cand.headline,
                                 sentence=cand.sentence)
    confidence.note(cand.event, values)
    return confidence.probability(values)
