"""Raids by soldiers that search (COERCE, not ASSAULT), read from the parse.

A raid by the armed forces of a state is a search when it seizes, arrests or finds something
("soldiers raided the offices of a weekly and seized its print run", "members of the army raided
a ranch, where they seized 20 rifles", "marines raided a farmhouse, detaining two suspects") or
when what is raided is premises ("soldiers raided the home of an opposition leader"), and
nothing is killed, shot or burned in it. A raid by an armed group ("rebels raided a police
station and seized weapons", "gunmen raided a bar"), or one that kills ("soldiers raided the
village, killing 12 civilians", "troops raided a rebel camp, killing six fighters"), stays an
attack. Raids by the police are read in ``words`` (``LAW_ENFORCEMENT``); ``sectored_search``
reads the raiders' sectors instead of their words ("members of the anti-gang unit raided three
houses", "detectives seized cocaine in a raid on a depot"), also for the noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.nlp.scans import hyphen_before
from sitrep.records import Actor

VERB_POS = {"VERB", "AUX"}
# state forces that raid (lemmas and lower-cased words)
STATE_FORCES = {"soldier", "troop", "army", "military", "marine", "navy", "sailor", "guard",
                "guardsman", "paratrooper", "airman", "unit", "squad", "force", "armed",
                "gendarme", "ranger", "commando", "team"}
# words that make raiders irregular or an armed group (lemmas)
IRREGULARS = {"rebel", "insurgent", "militant", "guerrilla", "gunman", "bandit", "jihadist",
              "militia", "militiaman", "fighter", "gang", "cartel", "terrorist", "separatist",
              "attacker", "robber", "thief", "kidnapper", "pirate", "mob", "man", "men"}
# nouns that stand for the body they belong to ("members of the army")
MEMBERS = {"member", "officer", "agent", "element", "personnel", "detachment", "team",
           "sailor", "soldier", "unit"}
# the sectors of raiders that search: law enforcement and other state bodies (the police, customs,
# an anti-graft bureau, a court), and the armed forces where the raid searches
LAW_SECTORS = {"COP", "JUD"}
# the words of law-enforcement raiders where no sector is read (lemmas)
LAW_WORDS = {"police", "policeman", "policewoman", "officer", "detective", "investigator", "agent",
             "customs", "sheriff", "deputy", "trooper", "constable", "cop", "gendarme"}
ARMED_SECTORS = {"MIL"}
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
    return {w for t in names if not _opposed(t) for w in (t.lemma_.lower(), t.lower_)}


def _opposed(token: Token) -> bool:
    """A word under the prefix "anti-" ("the anti-gang unit"): what the body fights, not what
    it is."""
    before = hyphen_before(token, spaced=True)
    return before is not None and before.lower_ == "anti"


def _acts(token: Token, raiders: list[Token]) -> list[Token]:
    """The verbs of a raid's own clause: what the raiders did in it."""
    subject_ids = {t.i for r in raiders for t in r.subtree}
    return [t for t in token.subtree if t.pos_ in VERB_POS and t.i != token.i
            and t.i not in subject_ids]


def _governor(token: Token) -> Token | None:
    """The verb a noun "raid" in a prepositional phrase belongs to ("seized cocaine in a raid";
    "detained 11 people in raids", the phrase parsed under the object)."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return None
    head = token.head.head
    if head.pos_ not in VERB_POS and head.dep_ in {"dobj", "nsubjpass"}:
        head = head.head
    return head if head.pos_ in VERB_POS else None


def _noun_acts(token: Token) -> list[Token]:
    """The verbs a noun "raid" belongs to ("seized cocaine in a raid", "arrested two men during
    raids on ..."), and the verbs inside its own phrase."""
    governor = _governor(token)
    return ([governor] if governor is not None else []) + [
        t for t in token.subtree if t.pos_ in VERB_POS]


def raid_mode(token: Token) -> str | None:
    """The COERCE mode of a raid that searches: "seize" where it seized or found something,
    "arrest" where it arrested or detained people, else None."""
    if token.lemma_.lower() != "raid":
        return None
    if token.pos_ in VERB_POS:
        lemmas = {t.lemma_.lower() for t in _acts(token, _raiders(token))}
    else:
        lemmas = {t.lemma_.lower() for t in _noun_acts(token)}
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


def sectored_search(token: Token, actors: list[Actor]) -> bool:
    """A raid whose raiders (as the actor finder read them, also those of a noun "raid": "police
    recovered four pistols in a dawn raid") all belong to the law-enforcement or other state
    bodies, or to the armed forces where the raid searches premises or seizes or arrests, and in
    which nothing is killed, shot or burned: a search (COERCE). A raider named as an armed group
    ("members of the armed gang", "fighters of the rebel group") keeps it an attack."""
    if token.lemma_.lower() != "raid":
        return False
    if not actors and token.pos_ not in VERB_POS:
        return _searching_governor(token)
    if not actors:
        return False
    if any(a.sector not in LAW_SECTORS | ARMED_SECTORS for a in actors):
        return False
    words = {w.strip(".,'\"").lower().removesuffix("s") for a in actors for w in a.text.split()}
    if words & IRREGULARS:
        return False
    if token.pos_ in VERB_POS:
        acts = _acts(token, _raiders(token))
        raided = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        acts = _noun_acts(token)
        raided = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "on"
                  for g in p.children if g.dep_ == "pobj"]
    lemmas = {t.lemma_.lower() for t in acts}
    if lemmas & HARMS:
        return False
    if all(a.sector in LAW_SECTORS for a in actors):
        return True
    return bool(lemmas & SEARCH_OUTCOMES) or (
        bool(raided) and all(r.lemma_.lower() in PREMISES for r in raided))


def _searching_governor(token: Token) -> bool:
    """A noun "raid" whose actors were not read, under a verb of searching done by the police
    or state forces ("police arrested five people and seized drugs in a raid on a warehouse")."""
    governor = _governor(token)
    if governor is None:
        return False
    raiders = _raiders(governor)
    if raiders and all(r.pos_ == "PRON" for r in raiders) and governor.dep_ == "ccomp":
        raiders = _raiders(governor.head)  # "police said they had detained 11 in raids"
    if not raiders or governor.lemma_.lower() not in SEARCH_OUTCOMES:
        return False
    names = [{w for t in [r] + [c for c in r.children if c.dep_ == "appos"] for w in _words(t)}
             for r in raiders]  # "MEDAN, North Sumatra — Police arrested ...": a dateline's
    # town parsed as the subject, the police its apposition
    return all(n & (LAW_WORDS | STATE_FORCES) and not n & IRREGULARS for n in names)
