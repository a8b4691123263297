"""Outcomes that are not wounds nor deaths, and a "custody" that is no detention:

- falling ill and showing symptoms ("four people fell ill after eating the fish", "dozens
  became sick after the gas leak", "six pupils showed symptoms of poisoning"): an injury of a
  group poisoned or gassed, an illness of one person (``sickness``: the extractor counts no
  single victim for it);
- the missing found again ("the missing hiker has been found alive"): no one missing
  (``found_again``), captives freed ("five of them escaped"): no capture of theirs
  (``freed``);
- "custody" given, won or shared ("the court granted custody of the two children to their
  father", "a custody battle"): guardianship, no arrest (``guardianship``).

Used by ``sitrep.extract.claims.outcomes.cues`` (``state_outcome``) and ``links`` (``_outcome``).
"""

from __future__ import annotations

from spacy.tokens import Token

ILL_WORDS = frozenset({"ill", "sick", "unwell"})
ILL_VERBS = frozenset({"fall", "become", "get", "take", "turn", "go"})
SYMPTOM_VERBS = frozenset({"show", "develop", "display", "exhibit", "experience", "suffer",
                           "report"})


def fell_ill(verb: Token) -> bool:
    """"four people fell ill", "dozens became sick", "30 were taken ill": the verb of falling
    ill (the small model tags "ill" an adverb or an adjective)."""
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in ILL_VERBS and any(
        c.lemma_.lower() in ILL_WORDS and c.dep_ in ("acomp", "oprd", "xcomp", "advmod")
        for c in verb.children)


def shown_symptom(noun: Token) -> bool:
    """"six pupils showed symptoms of poisoning", "developed symptoms": symptoms shown by
    their subject (not "symptoms of a slowdown" reported by a company: the subject must be
    counted people for a claim)."""
    return noun.lemma_.lower() == "symptom" and noun.dep_ == "dobj" and (
        noun.head.lemma_.lower() in SYMPTOM_VERBS)


def guardianship(tok: Token) -> bool:
    """"custody" of a person that is no detention: the object of a verb that gives, wins or
    shares it ("the court granted custody of the two children to their father"), or a
    "custody battle"; "in / into / under custody", "took custody of", "police custody" stay."""
    if tok.lemma_.lower() != "custody" or tok.dep_ == "pobj":
        return False
    return tok.dep_ == "compound" or tok.dep_ == "dobj" and tok.head.lemma_.lower() != "take"


def sickness(tok: Token) -> bool:
    """Whether an outcome word tells of falling ill or showing symptoms ("four people fell ill
    after eating the fish", "six pupils showed symptoms"): a casualty when a group is poisoned
    or gassed, an illness and no casualty of one person ("the minister fell ill")."""
    return tok.lemma_.lower() == "symptom" or fell_ill(tok)


_FOUND_VERBS = frozenset({"find", "locate", "rescue", "trace", "reunite", "return"})


def found_again(trigger: Token) -> bool:
    """"The missing hiker has been found alive", "two missing children were rescued": people
    once missing, now found (a noun's modifier "missing" whose noun a verb of finding takes)."""
    if trigger.dep_ != "amod":
        return False
    noun = trigger.head
    return noun.dep_ in ("nsubjpass", "nsubj", "dobj") and (
        noun.head.lemma_.lower() in _FOUND_VERBS)


# verbs of captives no longer held ("five of them escaped", "released four of them")
_FREED_VERBS = frozenset({"escape", "release", "rescue", "free", "liberate", "reunite"})


def freed(anchor: Token) -> bool:
    """Whether the figure is of people a verb of freedom tells ("police said five of them had
    escaped", "released four of them the next day"): no longer captives, no claim of the
    capture before."""
    node = anchor
    for _ in range(2):
        if node.dep_ not in ("nsubj", "nsubjpass", "dobj") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_.lower() in _FREED_VERBS
    return False
