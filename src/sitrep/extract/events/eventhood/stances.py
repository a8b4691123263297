"""Stances without an occasion: a verb of defending or justifying with no date of its own whose
object is a practice, a view or a record rather than an actor ("defended the group's practice of guiding people",
"went on to defend the Church's opposition to abortion", "justified the decision") is an
opinion stated, not support given to another party; a verb of opposing or favouring told as a
purpose, a relative clause or a gerund with no date of its own ("formed an alliance to oppose
Hun Sen", "groups that opposed Iraq in its war", "opposing the war") is a lasting stance, not a
happening. A defence told in the past tense ("the minister defended the decision", "has defended
Russia's efforts") is a statement made on an occasion (SUPPORT), as are support of an actor
("defended the minister", "defended the embattled president"), a stance told as an act ("the party opposed the bill on Monday", "voted to oppose") and a
defence on a day ("the minister defended the decision on Monday") stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.eventhood.meetings import BODIES
from sitrep.extract.events.roles.participants import is_person
from sitrep.records import When

# verbs of speaking up for a thing, whose object is a view when it is not an actor
DEFENDING = {"defend", "justify", "uphold", "champion", "vindicate", "rationalise",
             "rationalize", "excuse"}
# verbs of a lasting position for or against someone or something
# (not "reject", "back", "support": "the union, which rejected the offer, ..." tells an act)
OPPOSING = {"oppose", "favour", "favor", "resist", "defy", "champion", "espouse", "advocate"}
ACTOR_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
# a defence told in the past ("the minister defended the decision", "has defended Russia's
# efforts") is a statement of endorsement made on an occasion: SUPPORT (CAMEO codes it verbal
# cooperation); one told in the present or as an infinitive ("is defending its practice", "went
# on to defend the Church's opposition") is a position held
PAST = {"VBD", "VBN"}
VOTING = {"vote", "move", "decide", "agree", "resolve", "unite", "rally"}


def _actor(noun: Token) -> bool:
    """A person, a body or a named party ("the minister", "his envoy", "dissidents", "Iran",
    "him"); a possessed noun with a complement is a view ("the Church's opposition to
    abortion")."""
    if any(c.dep_ == "poss" for c in noun.children) and any(
            c.dep_ == "prep" for c in noun.children):
        return False
    return noun.pos_ in {"PRON", "PROPN"} or noun.ent_type_ in ACTOR_ENTITIES or \
        noun.lemma_.lower() in BODIES or is_person(noun) or \
        get_matcher().lookup([noun.text]) is not None


def _stance_form(verb: Token) -> bool:
    """A to-infinitive of purpose, a relative clause or a gerund: a position held, not taken."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if infinitive and verb.dep_ in {"advcl", "acl"}:
        return True  # "formed an alliance to oppose Hun Sen"
    if infinitive and verb.dep_ == "xcomp":
        return verb.head.lemma_.lower() not in VOTING and verb.head.pos_ == "NOUN"
    if verb.dep_ == "relcl":
        return True  # "groups that opposed Iraq in its war"
    return verb.tag_ == "VBG" and verb.dep_ in {"pcomp", "acl", "advcl"} and not any(
        c.dep_ in {"aux", "nsubj"} for c in verb.children)


def stance(token: Token, plover: str, when: When | None) -> bool:
    """A view defended or a lasting stance (see the module's docstring)."""
    if plover not in {"SUPPORT", "REJECT"} or token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if lemma in DEFENDING and plover == "SUPPORT" and when is None and objects and \
            token.tag_ not in PAST and not any(_actor(o) for o in objects):
        return True  # "defended the group's practice", "defend the Church's opposition"
    return lemma in OPPOSING and when is None and _stance_form(token)
