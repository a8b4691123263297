"""Raids by soldiers that search (COERCE, not ASSAULT), read from the parse.

A raid by the armed forces of a state is a search when it seizes, arrests or finds something
("soldiers raided the offices of a weekly and seized its print run", "members of the army raided
a ranch, where they seized 20 rifles", "marines raided a farmhouse, detaining two suspects") or
when what is raided is premises ("soldiers raided the home of an opposition leader"), and
nothing is killed, shot or burned in it. A raid by an armed group ("rebels raided a police
station and seized weapons", "gunmen raided a bar"), or one that kills ("soldiers raided the
village, killing 12 civilians", "troops raided a rebel camp, killing six fighters"), stays an
attack. Raids by the police are read in ``words`` (``LAW_ENFORCEMENT``).
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
# state forces that raid (lemmas and lower-cased words)
STATE_FORCES = {"soldier", "troop", "army", "military", "marine", "navy", "sailor", "guard",
                "guardsman", "paratrooper", "airman", "unit", "squad", "force", "armed",
                "gendarme", "ranger", "commando"}
# words that make raiders irregular or an armed group (lemmas)
IRREGULARS = {"rebel", "insurgent", "militant", "guerrilla", "gunman", "bandit", "jihadist",
              "militia", "militiaman", "fighter", "gang", "cartel", "terrorist", "separatist",
              "attacker", "robber", "thief", "kidnapper", "pirate", "mob", "man", "men"}
# nouns that stand for the body they belong to ("members of the army")
MEMBERS = {"member", "officer", "agent", "element", "personnel", "detachment", "team",
           "sailor", "soldier", "unit"}
# what a search does (lemmas)
SEARCH_OUTCOMES = {"seize", "arrest", "detain", "confiscate", "find", "recover", "impound",
                   "search", "discover", "apprehend", "capture", "take"}
# what a search takes (lemmas): its mode, seize or arrest
SEIZING = {"seize", "confiscate", "find", "recover", "impound", "discover"}
ARRESTING = {"arrest", "detain", "apprehend", "capture"}
# what an attack does (lemmas)
HARMS = {"kill", "shoot", "burn", "wound", "injure", "fire", "torch", "destroy", "beat",
         "abduct", "kidnap", "loot", "rape", "behead", "massacre", "execute", "stab", "bomb",
         "shell", "steal", "set"}
# premises searched (lemmas)
PREMISES = {"home", "house", "office", "premise", "premises", "flat", "apartment", "shop",
            "store", "warehouse", "headquarters", "residence", "property", "business",
            "company", "bank", "club", "bar", "restaurant", "farm", "factory", "lab",
            "laboratory", "garage", "workshop", "studio", "newsroom", "address", "building",
            "ranch", "farmhouse", "boatyard", "compound", "hideout", "depot"}


def _raiders(verb: Token) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def _words(raider: Token) -> set[str]:
    """The lemmas and words that name ``raider`` and the body it belongs to ("members of the
    army": member, army; "National Guard troops": troop, guard)."""
    names = [raider] + [c for c in raider.children if c.dep_ in {"compound", "amod"}]
    if raider.lemma_.lower() in MEMBERS:
        names += [t for c in raider.children if c.dep_ == "prep" and c.lower_ == "of"
                  for t in c.subtree]
    return {w for t in names for w in (t.lemma_.lower(), t.lower_)}


def _acts(token: Token, raiders: list[Token]) -> list[Token]:
    """The verbs of a raid's own clause: what the raiders did in it."""
    subject_ids = {t.i for r in raiders for t in r.subtree}
    return [t for t in token.subtree if t.pos_ in VERB_POS and t.i != token.i
            and t.i not in subject_ids]


def raid_mode(token: Token) -> str | None:
    """The COERCE mode of a raid that searches: "seize" where it seized or found something,
    "arrest" where it arrested or detained people, else None."""
    if token.lemma_.lower() != "raid" or token.pos_ not in VERB_POS:
        return None
    lemmas = {t.lemma_.lower() for t in _acts(token, _raiders(token))}
    if lemmas & SEIZING:
        return "seize"
    return "arrest" if lemmas & ARRESTING else None


def search_raid(token: Token) -> bool:
    """A raid by soldiers that searches (see the module's docstring)."""
    if token.lemma_.lower() != "raid" or token.pos_ not in VERB_POS:
        return False
    raiders = _raiders(token)
    if not raiders:
        return False
    for raider in raiders:
        words = _words(raider)
        if not words & STATE_FORCES or words & IRREGULARS:
            return False
    acts = _acts(token, raiders)
    if any(t.lemma_.lower() in HARMS for t in acts):
        return False
    if any(t.lemma_.lower() in SEARCH_OUTCOMES for t in acts):
        return True
    raided = [c for c in token.children if c.dep_ == "dobj"]
    return bool(raided) and all(r.lemma_.lower() in PREMISES for r in raided)
