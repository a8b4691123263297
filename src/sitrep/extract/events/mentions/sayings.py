"""The day of a statement is not the day of the act it reports as done before it.

"The army said on Friday that air strikes had killed dozens near Djibo": Friday dates the
saying; the strikes, told in the perfect ("had killed", "have struck"), came before it, on a day
the sentence does not give. When two mentions of one happening are told by two statements of
two days ("MRTV said on Wednesday night that terrorists had attacked Kanbalu", "fighters said on
Thursday they had seized Kanbalu"), those days do not tell the happenings apart.

An act told in the past and attributed after it ("Gunmen killed 30 villagers in an overnight
raid, the government said on Saturday") is dated by the attribution alone: that day too is the
statement's, no later than the act's.

A date of the reported clause itself ("said on Friday that the strikes had hit the camp on
Thursday"), an act told in the simple past or the present after its saying ("said on Friday
that troops are shelling the town"), or a date of the act's own clause that the saying does not
govern stays the act's day.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.frames import ASSERTING
from sitrep.records import Event

# verbs whose "that" clause reports an act; with those of stating, the verbs of confirming
STATING = ASSERTING | {"confirm", "claim", "allege", "insist", "announce"}
PERFECT = {"have"}  # "had killed", "have struck", "has seized"
MAX_STEPS = 8  # a dependency path longer than this joins no date to a saying


def _verb_of(token: Token) -> Token | None:
    """The verb whose clause holds ``token``: itself if a verb, else its nearest verb head."""
    node = token
    for _ in range(MAX_STEPS):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _perfect(verb: Token) -> bool:
    """The verb is told in the perfect ("had killed", "have been struck")."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in PERFECT and
               c.i < verb.i for c in verb.children)


def _past(verb: Token) -> bool:
    """The verb is told in a past tense: the perfect, the simple past ("killed"), or a passive
    of the past ("were killed")."""
    return _perfect(verb) or verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children))


def saying_day(trigger: Token | None, date: Token | None) -> bool:
    """``date`` dates a verb of stating whose reported clause (``ccomp``) holds the act of
    ``trigger``, told in the perfect, or in any past tense when the saying follows as its
    attribution ("Gunmen killed 100 people in an overnight raid, the government said on
    Saturday"): the day of the statement, which bounds the act's from above."""
    if trigger is None or date is None or trigger.doc is not date.doc:
        return False
    saying = _verb_of(date)
    if saying is None or saying.lemma_.lower() not in STATING:
        return False
    verb = _verb_of(trigger)
    if verb is None or verb.i == saying.i:
        return False
    after = saying.i > verb.i  # an attribution after the act's clause: a past tense will do
    if not (_perfect(verb) or (after and _past(verb))):
        return False
    if after and saying.head.i == verb.i and saying.dep_ in {"ccomp", "parataxis"}:
        return True  # "the town was shelled overnight, officials said on Friday"
    node = verb
    for _ in range(MAX_STEPS):  # the act's clause is reported by the saying
        if node.head.i == saying.i:
            return node.dep_ in {"ccomp", "parataxis"}
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# quotation marks (double only: a single one also closes a plural possessive, "rebels'")
QUOTES = {'"', "“", "”", "«", "»", "''", "``"}
OBJECT_DEPS = {"dobj", "attr", "oprd", "dative"}


def _reported(verb: Token) -> bool:
    """The clause of ``verb`` (or of the verb it is conjoined to) is reported by a verb of
    stating ("the army said its jets had struck ...")."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in {"ccomp", "parataxis"} and node.head.lemma_.lower() in STATING


def _objects(verb: Token) -> list[Token]:
    """The objects of ``verb``, direct or of its prepositions ("struck 'a camp'", "fired at
    'gatherings'")."""
    found = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    found += [g for c in verb.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pobj"]
    return found


def _in_quotes(first: int, last: int, doc_tokens: list[str]) -> bool:
    """The words ``first`` .. ``last`` open with a quotation mark or follow one."""
    return any(doc_tokens[i] in QUOTES for i in (first - 1, first) if 0 <= i <= last)


def quoted_account(trigger: Token | None) -> bool:
    """An act reported in the perfect by a verb of stating whose target, or the act itself,
    is given in the speaker's own words between quotation marks ('the army said its jets had struck "terrorist
    hideouts"', 'the group said its fighters had "killed three Christians"'): one side's
    version of an act, the words it chose for what it hit; the act is the one the story has
    told, not another (a side telling a new act of its own tells its targets plainly)."""
    verb = _verb_of(trigger) if trigger is not None else None
    if verb is None or not _reported(verb) or not _perfect(verb):
        return False  # told in the perfect, as done before the telling: not 'Army
        # helicopters struck "terrorist positions" on Tuesday, the army said', a new act
    words = [t.text for t in verb.doc]
    if _in_quotes(verb.i, verb.i, words):
        return True  # 'said its fighters had "killed three Christians"'
    return any(_in_quotes(o.left_edge.i, o.right_edge.i, words) for o in _objects(verb))


# words by which a statement names its speaker's own side ("its men", "their fighters", "we")
SPEAKERS = {"its", "their", "our", "it", "they", "we"}


def speakers_men(event: Event) -> bool:
    """Every doer of ``event`` is named by a pronoun of the speaker's side ("its men had
    struck", "they had killed"): no doer of their own to tell the act apart by."""
    return bool(event.actors) and all(
        a.text.split()[:1] and a.text.split()[0].lower() in SPEAKERS for a in event.actors)
