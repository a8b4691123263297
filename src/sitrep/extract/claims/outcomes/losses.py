"""A side's losses of its own people told with "lose" (session 44, issue 19: toll phrases):
"the army said it had lost six soldiers", "losing 12 men", "lost only two of their fighters",
"lost nearly 30 fighters" -> killed. "Lose" counts deaths only when what is lost is armed
people or a party's men (soldiers, fighters, troops, officers, members, men, personnel), not
"lost 300 jobs", "lost 12 seats", "lost two cows", "lost two sons" (a family's grief, told
otherwise), nor "lost their lives" (a trigger of its own, ``links``).

Used by ``sitrep.extract.claims.outcomes.cues`` (``death_result_triggers``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.claims.victims import category_of, generic_head, of_object
from sitrep.nlp.scans import lemma_indices

_LOSE = frozenset({"lose"})
_VERBS = frozenset({"VERB", "AUX"})
_ARMED = frozenset({"military", "police", "militant"})
# a party's own people named by a rank every side has
_OWN_PEOPLE = frozenset({"man", "men", "member", "personnel", "comrade", "officer", "fighter"})


def _lost_people(noun: Token) -> bool:
    """Whether a lost noun (or the "of" people of a lost number) is armed people or a party's
    men."""
    if noun.pos_ == "NUM":  # "lost only two of their fighters"
        noun = of_object(noun) or noun
    if noun.pos_ != "NOUN":
        return False
    return category_of(noun) in _ARMED or noun.lemma_.lower() in _OWN_PEOPLE or (
        noun.lower_ in _OWN_PEOPLE) or generic_head(noun) and category_of(noun) is None


def loss_triggers(doc: Doc) -> dict[int, str]:
    """The verbs "lose" whose object is a side's own armed people or men: killed."""
    out = {}
    for tok in map(doc.__getitem__, lemma_indices(doc, _LOSE, _VERBS)):
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and _lost_people(obj):
            out[tok.i] = "killed"
    return out


def loser(noun: Token) -> Token | None:
    """The side that lost the people ``noun`` counts ("Army troops retook the town, losing 12
    men": the troops; "the raiders lost five men"): the subject of "lose" or of the clause its
    participle hangs on ("it" / "they": the nearest earlier subject of that number), when it
    is a noun of people with a kind; else None."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() != "lose":
        return None
    verb = noun.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("it", "they"):
            subject = _antecedent(subject)  # "the army dismissed it, saying it lost four men"
        if subject is not None:
            return subject if category_of(subject) not in (None, "unknown") else None
        if verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _antecedent(pronoun: Token) -> Token | None:
    """The nearest earlier subject noun that "it" (singular) or "they" (plural) stands for."""
    plural = pronoun.lower_ == "they"
    for tok in reversed(pronoun.doc[:pronoun.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") and (
                tok.tag_ in ("NNS", "NNPS")) == plural:
            return tok
    return None
