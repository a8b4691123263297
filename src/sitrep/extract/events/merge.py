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
3. keeps the hypothetical acts that a request of the sentence asks of another party as events
   of their own, flagged hypothetical ("called on NATO to send troops": the REQUEST and the
   MOBILIZE, ``eventhood.reported.asked_act``), and drops the rest of its content ("demanded an
   apology", "would seek a meeting", what a protest's own demand asks: ``asked_for``);
4. scores every surviving event's ``confidence`` (``score``) from what supports it, with the
   model fitted on our dev set (``confidence``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from sitrep.extract.events import confidence
from sitrep.extract.events.eventhood.reported import asked_act, asked_for
from sitrep.extract.events.mentions.related import (
    HARMS,
    OUTCOMES,
    embedded_outcome,
    purpose_of,
    related,
    result_of,
)
from sitrep.extract.events.modes import zero_outcome
from sitrep.extract.events.senses.fit import noun_class
from sitrep.extract.events.senses.gatherings import voiced_demand
from sitrep.extract.events.tokens import doc_rows
from sitrep.records import Actor, Event, Place
from sitrep.resources import read_tsv

VERBS = {"VERB", "AUX"}
NOUNS = {"NOUN", "PROPN"}
LINK_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep", "relcl", "acl", "xcomp",
             "ccomp", "appos", "agent", "oprd", "dative", "compound", "npadvmod"}
CASUALTY_LEMMAS = {"dead", "die", "kill", "death", "wound", "injure", "injured", "victim",
                   "casualty", "life", "body", "killing", "wounded", "toll"}
PARTIES = {"actor", "recipient"}  # the support that names a participant of its own
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
    return bool(doc_rows(doc).numbers)


def number_below(token: Token) -> bool:
    """``any(t.like_num for t in token.subtree)``, found by walking up the tree from each word
    of the doc like a number (a sentence has few) instead of down the phrase of ``token`` (the
    whole sentence for its main verb); the doc's heads are read once for all its candidates
    (``tokens.doc_rows``)."""
    rows = doc_rows(token.doc)
    heads = rows.heads
    for i in rows.numbers:
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
             and result_of(other.token, keep.token))
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


# prepositions that order one act after or before another ("hours after the assault, drones
# struck a convoy"; "ahead of", "prior to" through their adverb)
ORDERING = {"after", "before", "since", "following", "until", "till", "preceding"}
ORDERING_ADVERBS = {"ahead", "prior"}


def _ordered_by(noun: Token, verb: Token) -> bool:
    """``noun`` names an act by which the act of ``verb`` is ordered in time, through a
    preposition on the verb's clause ("drones struck a convoy hours after the assault", "police
    raided the house ahead of the attack"): another happening, when the noun is told as known
    or the order is measured ("after a gunfight" may tell the act's own course: "shot dead a
    suspect after a gunfight"). A passive outcome with no doer ("two were killed after the
    attack") is its toll, not another act."""
    if noun.pos_ not in NOUNS or verb.pos_ not in VERBS or noun.dep_ != "pobj":
        return False
    prep = noun.head
    ordering = prep.lower_ in ORDERING or (
        prep.lower_ in {"of", "to"} and prep.head.lower_ in ORDERING_ADVERBS)
    if not ordering or not (_definite(noun) or _measured(prep)):
        return False  # "killed two gunmen after a gunfight": the act's course, told as new
    node = prep
    while node.pos_ not in VERBS and node.head.i != node.i:
        node = node.head
    if node.i != verb.i:
        return False
    kids = {c.dep_ for c in verb.children}
    return not (verb.lemma_.lower() in OUTCOMES and "auxpass" in kids and "agent" not in kids)


def _definite(noun: Token) -> bool:
    """Told as known: with a definite or demonstrative determiner or a possessor ("the
    assault", "that raid", "Monday's attack")."""
    return any((c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"})
               or c.dep_ == "poss" for c in noun.children)


def _measured(prep: Token) -> bool:
    """The preposition is measured by a span of time ("hours after", "two days before"),
    written on it or just before it on the same verb."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return any(c.dep_ == "npadvmod" for c in prep.children) or (
        before is not None and before.dep_ == "npadvmod" and before.head.i == prep.head.i) or (
        before is not None and before.head.i == prep.i)


def _set_off(noun: Token, verb: Token) -> bool:
    """``noun`` is the object of a participle hung on ``verb`` that tells what the act set off
    ("stormed a base, setting off a gunbattle that lasted hours", "struck a depot, setting off
    explosions"), with no participant of its own: the act's course, one happening. The
    participle is no trigger itself (``merge`` would have related it)."""
    if noun.pos_ not in NOUNS or verb.pos_ not in VERBS or noun.dep_ != "dobj":
        return False
    participle = noun.head
    return (participle.tag_ == "VBG" and participle.dep_ in {"advcl", "conj"}
            and participle.head.i == verb.i and not any(
                c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in participle.children))


# types whose mode is a form or means one happening may take in several words of a sentence
FORMS = {"ASSAULT", "PROTEST"}


def _other_act(x: Candidate, y: Candidate) -> bool:
    """Both candidates name their act by a PLOVER mode and the modes differ, so they are two
    acts of one type ("a decree banning rallies and imposing a curfew", "seized the drugs and
    arrested the driver"). An assault's mode is its means, which one attack may be told by in
    several words ("opened fire ... bombing"), so it sets assaults apart only as damage to
    property beside another assault (``_damage_beside_harm``); a protest's mode is its form,
    which one crowd may take at once ("stopped work and blocked the highway, protesting against
    extortion"), so it does not set protests apart."""
    a, b = x.event, y.event
    if a.plover_type == "ASSAULT":
        return _damage_beside_harm(x, y)
    return (a.plover_type not in FORMS and bool(a.plover_mode) and bool(b.plover_mode)
            and a.plover_mode != b.plover_mode)


def _damage_beside_harm(x: Candidate, y: Candidate) -> bool:
    """Two conjoined verbs of assault, one damaging property (a verb of ``DAMAGING`` whose
    objects are no persons) and the other aimed at people: two acts ("threw stones at police
    and set fire to a police box", "attacked two officers and burned their patrol car"), as one
    attack told by several means is not ("opened fire and threw grenades at the passengers")."""
    tx, ty = x.token, y.token
    if tx.pos_ not in VERBS or ty.pos_ not in VERBS or not (
            (ty.dep_ == "conj" and ty.head.i == tx.i) or (tx.dep_ == "conj" and
                                                          ty.i == tx.head.i)):
        return False
    return (_damages(tx) and _at_people(ty)) or (_damages(ty) and _at_people(tx))


# verbs that damage property (lemmas; "set fire to", "set the truck on fire" through "set")
DAMAGING = {"burn", "torch", "set", "destroy", "smash", "loot", "vandalize", "vandalise",
            "raze", "wreck", "ransack", "firebomb", "petrol-bomb", "gut", "demolish"}


def _targets(verb: Token) -> list[Token]:
    """The objects of ``verb`` and the objects of its "at", "on", "to" phrases."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"at", "on", "to"}
              for g in c.children if g.dep_ == "pobj"]
    return [t for t in found if t.lemma_.lower() not in {"fire", "light", "blaze", "flame"}]


# what protesters or rioting inmates burn as a means of the protest (a road blocked, a wing made
# unusable): part of the protest or the riot, no damage to anyone's property
ROAD_FUEL = {"tyre", "tire", "barricade", "rubbish", "garbage", "trash", "debris", "branch",
             "mattress", "bedding", "blanket", "sheet"}


def _damages(verb: Token) -> bool:
    things = _targets(verb)
    if any(t.lemma_.lower() in ROAD_FUEL for t in things):
        return False  # "threw stones at officers and set tyres on fire on a main road",
        # "rioted, setting mattresses on fire and holding guards hostage"
    return verb.lemma_.lower() in DAMAGING and bool(things) and all(
        noun_class(t) != "person" and t.ent_type_ not in {"PERSON", "NORP", "ORG", "GPE"}
        for t in things)  # (WordNet's first sense is no guide to a thing: "post", "bank")


def _at_people(verb: Token) -> bool:
    return any(noun_class(t) in {"person", "group"} for t in _targets(verb))


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
    if requests:  # "called on NATO to send troops": the REQUEST, and the sending asked for
        # as an act of its own that has not happened (hypothetical); an act the request's
        # "will" dates ("would seek a meeting") is only its content
        acts = {x.token.i for x in cands}
        # (not what a protest's own demand asks: "marched demanding the release of")
        asking = [r for r in requests if not voiced_demand(r, "REQUEST")]
        kept = [c for c in kept if c.event.plover_type == "REQUEST"
                or not asked_for(c.token, c.event.modes, requests, acts)
                or ("hypothetical" in c.event.modes and asked_act(
                    c.token, c.event.plover_type, asking, acts))]
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
                if _ordered_by(x.token, y.token) or _ordered_by(y.token, x.token):
                    continue  # "hours after the assault, drones struck a convoy": two
                set_off = any(_set_off(n.token, v.token) and not n.support & PARTIES
                              for n, v in ((x, y), (y, x)))
                purpose = purpose_of(y.token, x.token) or purpose_of(x.token, y.token)
                if _other_act(x, y) and not purpose:
                    continue
                tx, ty = x.event.trigger, y.event.trigger
                overlap = tx.start < ty.end and ty.start < tx.end
                same = {c.token.i for c in alive if c.event.plover_type == x.event.plover_type
                        } - {x.token.i, y.token.i}
                embedded = embedded_outcome(x.token, y.token, same)
                if not overlap and not purpose and not embedded and not set_off and not (
                        _related_words(x, y, indices)) and not _one_crowd(x, y):
                    continue
                keep, other = (x, y) if _depth(x.token) <= _depth(y.token) else (y, x)
                if embedded:  # "hunting the men who attacked a bus, killing four": the attack
                    keep, other = y, x  # keeps its doers; the participle's were the hunters'
                    other.event.actors = []
                _fold(keep, other)
                alive.remove(other)
                changed = True
                break
            if changed:
                break
    for cand in alive:
        cand.event.confidence = score(cand)
    return [c.event for c in alive]


def _one_crowd(x: Candidate, y: Candidate) -> bool:
    """Two protests of one crowd, a verb and the protest noun held by a verb conjoined to it
    with no subject of its own ("boycotted classes and staged a sit-in"): one happening."""
    if x.event.plover_type != "PROTEST":
        return False
    for verb, noun in ((x.token, y.token), (y.token, x.token)):
        holder = noun.head
        if noun.dep_ == "dobj" and holder.dep_ == "conj" and holder.head.i == verb.i and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in holder.children):
            return True
    return False


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
