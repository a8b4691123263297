"""Releases that free no one, and backing that supports no one:

- **a patient's discharge**: "released from the hospital", "treated and released at the scene",
  "has since been released from the medical center": a release from a place of care, or told
  with the treatment it ends, is no RETREAT (a release from jail, custody or captivity stays);
- **a work or an animal put out**: "the film is about to be released", "released two eagles
  into the wild": a film, an album, a game or an animal released (the subject of the clause
  a "to be released" hangs on counts as what is released);
- **a rescue**: "freed the driver from the wreckage", "freed a woman trapped in the rubble"
  (``rescued``): freed from a mishap, not from captors;
- **backing up** a vehicle ("backing up his car"), traffic ("traffic was backed up for
  miles") or a claim ("backed up its claims with data"): no SUPPORT.

The families of words are listed whole (inflections come through the lemma).

And Executing a thing is no killing: "officers executed a search warrant at the home" is a search
(COERCE), "the team executed the plan", "executed the trade", "executed a perfect play" are no
event. The objects are read from the parse (the object, or the passive subject: "a warrant was
executed"); people executed stay killings ("the militants executed two hostages").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.senses.nature import vehicle

VERB_POS = {"VERB", "AUX"}
# places of care (lemmas), and the words that make a place one ("medical center")
CARE_PLACES = {"hospital", "clinic", "infirmary", "ward", "icu", "hospice", "sanatorium",
               "sanitarium", "rehab", "rehabilitation", "er", "emergency", "trauma",
               "treatment", "care", "intensive", "medical", "health", "healthcare", "surgery",
               "burn", "unit", "hospitalisation", "hospitalization", "quarantine", "isolation"}
CARE_MARKS = {"medical", "health", "care", "trauma", "burn", "emergency", "treatment",
              "intensive", "rehabilitation", "psychiatric", "mental"}
TREATING = {"treat", "examine", "evaluate", "assess", "check", "bandage", "stitch"}
# works and animals put out (lemmas)
WORKS = {"film", "movie", "album", "song", "single", "ep", "record", "book", "novel", "memoir",
         "game", "trailer", "teaser", "episode", "season", "series", "show", "documentary",
         "video", "clip", "track", "mixtape", "playlist", "podcast", "app", "phone", "model",
         "edition", "version", "collection", "line", "product", "sequel", "prequel", "remake",
         "soundtrack", "score", "comic", "issue", "magazine", "catalogue", "catalog", "vinyl"}
ANIMALS = {"animal", "bird", "eagle", "hawk", "owl", "falcon", "turtle", "tortoise", "fish",
           "salmon", "trout", "wolf", "bear", "fox", "deer", "seal", "otter", "dolphin",
           "whale", "bat", "bison", "lynx", "beaver", "hedgehog", "rabbit", "duck", "goose",
           "swan", "pigeon", "dove", "butterfly", "frog", "snake", "alligator", "crocodile",
           "cub", "chick", "pup", "kitten", "puppy", "cat", "dog", "lion", "tiger", "elephant",
           "rhino", "gorilla", "chimpanzee", "monkey", "koala", "kangaroo", "pelican", "stork"}
# what is made public (lemmas): "an autopsy released on Friday", "released the results"
FINDINGS = {"autopsy", "post-mortem", "postmortem", "mortem", "report", "result", "finding",
            "figure", "statistic", "data", "footage", "image", "photo", "photograph",
            "picture", "recording", "audio", "tape", "transcript", "document", "statement",
            "detail", "information", "name", "list", "letter", "memo", "study", "survey",
            "poll", "toll", "estimate", "forecast", "guideline", "guidance", "timeline"}
# what a release still to be decided hangs on ("considered for release")
AWAITING = {"consider", "eligible", "up", "qualify", "apply", "due", "ready", "recommend",
            "review", "assess", "candidate", "eligibility", "application", "bid", "hearing"}
# verbs of a release taking place ("further releases may follow")
HAPPENING = {"follow", "come", "happen", "occur", "take", "go", "proceed", "begin", "start",
             "continue", "resume", "be"}
# what is backed up without anyone supported (lemmas)
BACKED_THINGS = {"claim", "statement", "argument", "assertion", "finding", "theory", "data",
                 "file", "files", "computer", "phone", "drive", "photo", "photograph",
                 "traffic", "line", "queue", "drain", "sewer", "toilet", "sink", "pipe",
                 "road", "highway", "interstate", "freeway", "lane", "street", "flight",
                 "system", "server", "database", "account", "word", "allegation", "story"}


def _care_place(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in CARE_PLACES - {"unit", "care", "treatment", "medical", "health"}:
        return True
    return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in CARE_MARKS
               for c in noun.children)  # "the medical center", "the burn unit"


def _discharge(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "by", "at"} and any(
                g.dep_ == "pobj" and _care_place(g) for g in child.children):
            return True  # "released from the hospital"
    if token.dep_ == "conj" and token.head.lemma_.lower() in TREATING:
        return True  # "treated and released"
    return any(c.dep_ == "conj" and c.lemma_.lower() in TREATING for c in token.children)


def _released_things(token: Token) -> list[Token]:
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not things and token.dep_ == "acl" and token.head.i != token.i:
        things = [token.head]  # "an autopsy released on Friday"
    node = token
    while not things and node.dep_ in {"xcomp", "ccomp", "acomp"} and node.head.i != node.i:
        node = node.head  # "the film is about to be released"
        things = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not things and token.dep_ == "conj" and token.head.i != token.i:
        # "one chick survived and was released": the subject shared with the first verb
        things = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return things


def _work_or_animal(token: Token) -> bool:
    things = _released_things(token)
    return bool(things) and all(t.lemma_.lower() in WORKS | ANIMALS | FINDINGS or t.lower_ in
                                WORKS | ANIMALS | FINDINGS for t in things)


def undecided_release(token: Token) -> bool:
    """A noun "release" still to be decided: "considered for release", "eligible for release",
    "up for release", or the subject of a modal verb ("their release could put witnesses at
    risk", "his release would endanger the public"; not "further releases may follow": a release
    told as coming)."""
    if token.lemma_.lower() != "release" or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in AWAITING:
        return True
    return token.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() not in HAPPENING and \
        any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def _backed_up(token: Token) -> bool:
    if token.lemma_.lower() != "back" or not any(c.dep_ == "prt" and c.lower_ == "up"
                                                 for c in token.children):
        return False
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not things:
        things = [c for c in token.children if c.dep_ == "nsubj" and not c.pos_ == "PRON"]
        if things and all(vehicle(t) for t in things):
            return True  # "the truck backed up"
        return not any(c.dep_ == "nsubj" for c in token.children) or any(
            c.dep_ == "nsubj" and c.lemma_.lower() in BACKED_THINGS for c in token.children)
    return all(vehicle(t) or t.lemma_.lower() in BACKED_THINGS for t in things)


# what rescuers free someone from (lemmas): wreckage, rubble, a vehicle (``vehicle``), water
WRECKAGE = {"wreckage", "wreck", "rubble", "debris", "ruin", "ruins", "remains", "mud",
            "snow", "ice", "water", "river", "sea", "lake", "floodwater", "flood", "rapids",
            "quicksand", "sinkhole", "well", "shaft", "pit", "trench", "ditch", "cave", "crevasse",
            "ravine", "gorge", "cliff", "elevator", "lift", "escalator", "machinery", "machine",
            "chimney", "drain", "pipe", "culvert", "sewer", "fence", "railing", "gate", "net",
            "rope", "tangle", "seat", "seatbelt", "cab", "cockpit", "tree", "crash", "collapse",
            "landslide", "mudslide", "avalanche", "blaze", "fire", "flame", "flames", "smoke"}
# how someone is stuck (lemmas): "a woman trapped in the rubble"
TRAPPED = {"trap", "pin", "wedge", "bury", "stick", "jam", "entomb", "strand", "crush",
           "entangle", "tangle", "lodge", "snag", "submerge"}
# those whom captors hold (never rescued from a mishap)
CAPTIVES = {"hostage", "captive", "prisoner", "detainee", "abductee", "kidnappee", "inmate"}
CAPTORS = {"kidnapper", "captor", "abductor", "trafficker", "smuggler", "militant", "rebel",
           "gunman", "insurgent", "jihadist", "terrorist", "pirate", "gang", "militia"}
FREEING = {"free", "release", "extricate", "rescue", "liberate", "pull", "cut"}


def _from_wreckage(word: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in {"from", "out", "of"} and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in WRECKAGE or vehicle(g)) for g in c.children)
        for c in word.children)


def rescued(token: Token) -> bool:
    """A rescue from a mishap, no release from captivity: "crews worked to free the driver
    from the wreckage", "freed a woman trapped in the rubble", "released the dog from the
    fence": freed from wreckage, a vehicle, water or machinery, or someone trapped, pinned or
    buried there (by no one: "trapped by militants" stays)."""
    if token.lemma_.lower() not in FREEING or token.pos_ not in VERB_POS:
        return False
    freed = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(f.lemma_.lower() in CAPTIVES for f in freed) or any(
            w.lemma_.lower() in CAPTORS for w in token.subtree):
        return False  # "freed two children from a kidnapper's car"
    if _from_wreckage(token) or any(_from_wreckage(f) for f in freed):
        return True
    for noun in freed:
        for child in noun.children:
            if child.dep_ in {"acl", "relcl", "amod"} and child.lemma_.lower() in TRAPPED \
                    and not any(c.dep_ == "agent" for c in child.children):
                return True  # "a woman trapped in the rubble"
    return False


# the state's armed people (lemmas), and words that make a group of them ("special forces")
STATE_FORCES = {"police", "policeman", "policewoman", "officer", "cop", "gendarme",
                "gendarmerie", "soldier", "troop", "troops", "army", "military", "commando",
                "marine", "paratrooper", "ranger", "trooper", "swat", "guardsman"}
FORCE_MARKS = {"special", "security", "armed", "tactical", "elite", "police", "army",
               "military", "national", "riot", "federal"}
FORCE_GROUPS = {"force", "unit", "team", "squad", "guard", "forces", "units"}
# those the state holds: freeing them is their release ("police freed the suspect")
STATE_HELD = {"prisoner", "detainee", "inmate", "suspect", "convict", "protester", "demonstrator",
              "arrestee", "defendant", "accused"}
STORMING = {"free", "liberate", "rescue"}


def _state_force(noun: Token) -> bool:
    for part in [noun] + [c for c in noun.children if c.dep_ == "conj"]:
        lemma = part.lemma_.lower()
        if lemma in STATE_FORCES or part.lower_ in STATE_FORCES:
            return True
        if lemma in FORCE_GROUPS and any(c.dep_ in {"compound", "amod"} and c.lemma_.lower()
                                         in FORCE_MARKS for c in part.children):
            return True  # "special forces", "a police tactical unit", "the national guard"
    return False


def _freer(token: Token) -> list[Token]:
    """Who frees, when the freeing is told as a step of another act of theirs: the subject of
    the clause it hangs on ("stormed the farm, freeing the workers"; "retook the barracks, and
    the officers were freed"). A freeing told on its own ("soldiers freed the hostages", "they
    were freed by the army") gives none: it may be a release."""
    verb = token
    for _ in range(4):
        if verb.dep_ not in {"conj", "advcl", "xcomp"} or verb.head.i == verb.i:
            return []
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
    return []


def freed_by_forces(token: Token) -> bool:
    """People freed by police or soldiers as a step of storming or retaking a place: a rescue,
    no release ("commandos stormed the farmhouse, freeing the aid workers", "retook the
    barracks, and the officers were freed"); the state's own prisoners, detainees or suspects
    freed, and a freeing told on its own, stay releases."""
    if token.lemma_.lower() not in STORMING or token.pos_ not in VERB_POS:
        return False
    freed = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(f.lemma_.lower() in STATE_HELD for f in freed):
        return False
    freers = _freer(token)
    return bool(freers) and all(_state_force(f) for f in freers)


def no_release(token: Token, plover: str) -> bool:
    """A release that frees no one or a backing up that supports no one (see the module's
    docstring)."""
    lemma = token.lemma_.lower()
    if plover == "RETREAT" and (rescued(token) or freed_by_forces(token)):
        return True
    if plover == "RETREAT" and lemma == "release" and token.pos_ in VERB_POS:
        return _discharge(token) or _work_or_animal(token)
    if plover == "RETREAT" and undecided_release(token):
        return True
    if plover == "SUPPORT" and token.pos_ in VERB_POS:
        return _backed_up(token)
    return False

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
