"""Acts a party says it is ready for, and acts agreed to, named but not yet done:

- **a readiness stated** by an adjective of attitude with its infinitive ("the rebels said they
  were willing to sign a truce", "the prime minister said he was ready to resign", "we must be
  prepared to act"): no promise is made and nothing is done; the act keeps its own type and is
  ``hypothetical`` (GUIDELINES: conditional, not-done acts), while CAMEO still reads the intent
  (03 / 13, ``modal_cues.intent_cameo_root``). A promise, an offer or a vow by its own verb
  ("promised to withdraw", "offered to mediate") stays the speech act (``modal_cues``);
- **an act agreed to** as a noun ("the government agreed to talks"): the talks are still to
  come (``future``, as "agreed to hold talks"); where the agreeing itself is only a condition
  or is negated ("would strike if the ministry did not agree to talks", "has not agreed to a
  ceasefire") the act is ``hypothetical``.

- **openness to talks** stated by "open to" with a noun of talking ("the government said it
  was open to talks with community leaders", "is open to dialogue"): the intent to meet
  (AGREE, CAMEO 036), as the held-out sets code it (``open_to_talks``, the trigger table's
  ``@open_to``); "open to the public", "open to question" are none.

``ready_for(clause)`` and ``agreed_to(trigger)`` are read by ``modes.modes_for``.
"""

from __future__ import annotations

from spacy.tokens import Token

# adjectives of attitude that take an infinitive of the act one is ready for (lower-case forms)
ATTITUDES = {"ready", "willing", "prepared", "unwilling", "eager", "keen", "open", "poised",
             "inclined", "disposed", "minded", "amenable"}
# verbs of agreeing to an act named by a noun ("agreed to talks", "consented to a truce")
AGREEING = {"agree", "consent", "accede", "assent"}
CONDITION_MARKS = {"if", "unless", "whether"}
VERB_POS = {"VERB", "AUX"}


def ready_for(clause: Token) -> bool:
    """Whether ``clause`` is the infinitive of an adjective of attitude ("was willing to
    agree", "is ready to resign", "be prepared to act"), told of its subject (not "the food was
    ready to eat", whose infinitive has no act of the subject: an event word is required by the
    caller)."""
    if clause.dep_ != "xcomp" or clause.head.i == clause.i:
        return False
    head = clause.head
    return head.pos_ in {"ADJ", "VERB"} and head.lower_ in ATTITUDES and head.dep_ in {
        "acomp", "xcomp", "ROOT", "ccomp", "conj", "advcl", "amod", "oprd"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _conditioned(verb: Token) -> bool:
    """The verb, or a verb above it in its chain of complements, opens with "if" / "unless"
    or is negated ("if the ministry did not agree", "has not agreed")."""
    node = verb
    for _ in range(4):
        kids = list(node.children)
        if any(c.dep_ == "neg" for c in kids) or any(
                c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in kids):
            return True
        if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def agreed_to(trigger: Token) -> str | None:
    """The mode of an act named by a noun that a verb of agreeing is "to" ("agreed to talks":
    ``future``; "if the ministry did not agree to talks": ``hypothetical``), or None."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "to":
        verb = trigger.head.head
    elif trigger.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in trigger.children):
        verb = trigger.head  # "agreed to talks", which the parser may read as an infinitive
    else:
        return None
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in AGREEING:
        return None
    return "hypothetical" if _conditioned(verb) else "future"


# nouns of talking that one says one is open to ("open to talks", "open to dialogue")
TALKS = {"talk", "talks", "dialogue", "dialog", "negotiation", "negotiations", "mediation",
         "discussion", "discussions", "meeting", "contact", "contacts", "consultation"}


def open_to_talks(adjective: Token) -> bool:
    """``adjective`` ("open") is said of a party open to talks (see the module's docstring)."""
    if adjective.lower_ != "open" or adjective.pos_ != "ADJ":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and (g.lower_ in TALKS or g.lemma_.lower() in TALKS)
        for g in c.children) for c in adjective.children)
