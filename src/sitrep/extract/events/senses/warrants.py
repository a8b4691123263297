"""Executing a thing is no killing: "officers executed a search warrant at the home" is a search
(COERCE), "the team executed the plan", "executed the trade", "executed a perfect play" are no
event. The objects are read from the parse (the object, or the passive subject: "a warrant was
executed"); people executed stay killings ("the militants executed two hostages").
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
EXECUTING = {"execute", "execution"}
# what police execute: a search (lemmas)
SEARCHES = {"warrant", "search", "raid", "order", "writ", "subpoena", "eviction", "seizure"}
# things executed that are no one (lemmas)
THINGS = {"plan", "strategy", "program", "programme", "policy", "contract", "will", "trade",
          "transaction", "deal", "order", "maneuver", "manoeuvre", "play", "move", "task",
          "turn", "pass", "routine", "script", "code", "command", "instruction", "project",
          "agreement", "document", "deed", "lease", "transfer", "sale", "purchase", "swap",
          "game", "drill", "landing", "jump", "dive", "vision", "idea", "design", "step",
          "shot", "kick", "throw", "trick", "stunt", "performance", "function", "query"}


def executed_thing(token: Token) -> str | None:
    """``"COERCE"`` for an executed warrant or search, ``"none"`` for another thing executed,
    None when the executed are people or unknown."""
    if token.lemma_.lower() not in EXECUTING or token.pos_ not in VERB_POS:
        return None
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not things:
        return None
    lemmas = [t.lemma_.lower() for t in things]
    if all(lemma in SEARCHES for lemma in lemmas) and any(
            lemma in {"warrant", "search", "raid", "writ", "seizure"} for lemma in lemmas):
        return "COERCE"
    if all(lemma in THINGS | SEARCHES for lemma in lemmas):
        return "none"
    return None
