"""Acts named only as a case that may arise, not as done (hypothetical):

- the object of a phrase of contingency or of a noun of chance: "in case of an attack", "in
  the event of an invasion", "the risk of a strike", "the threat of an attack", "the
  possibility of talks", "fears of an offensive", "in anticipation of a raid";
- a noun with "any" in a clause that does not negate it: "any attack would be met with
  force", "troops are on alert for any attack" ("did not launch any attack" is negated, in
  ``modes``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.tokens import lemmas

# nouns of a contingency after "in" ("in case of", "in the event of", "in anticipation of")
CONTINGENCY_NOUNS = {"case", "event", "eventuality", "anticipation", "expectation",
                     "preparation", "contemplation"}
# nouns of chance or fear whose "of" phrase is an act that may come ("the risk of a strike")
CHANCE_NOUNS = {"risk", "threat", "danger", "possibility", "prospect", "likelihood", "chance",
                "probability", "fear", "spectre", "specter", "peril", "likeliness",
                "contingency", "hazard", "menace", "potential", "odds"}


def _up_conj(token: Token) -> Token:
    node = token
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    return node


def contingent_case(trigger: Token) -> bool:
    """A noun trigger that is the case of a phrase of contingency ("in case of an attack", "in
    the event of an invasion") or the object of a noun of chance or fear ("the risk of a
    strike", "fears of a new offensive")."""
    node = _up_conj(trigger)
    if trigger.pos_ not in {"NOUN", "PROPN"} or node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    noun = node.head.head
    if noun.i == node.head.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    words = lemmas(noun) | {noun.lower_}
    if words & CHANCE_NOUNS:
        return True
    return bool(words & CONTINGENCY_NOUNS) and noun.dep_ == "pobj" and noun.head.lower_ == "in"


def any_case(trigger: Token) -> bool:
    """A noun trigger with "any" ("any attack would be met with force", "on alert for any
    attack"): no act in particular (a negation of its clause is read in ``modes``)."""
    return trigger.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "det" and c.lower_ == "any" for c in trigger.children)
