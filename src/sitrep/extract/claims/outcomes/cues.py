"""Outcome words beyond the lexicon's own forms, decided from the parse:

- nominalisations of the lexicon's verbs ("the killing of four", "the jailing of", "the
  evacuation of thousands", "the imprisonment of"), found by undoing the English derivational
  suffixes (-ing, -ion/-ation, -ment) and looking the verb up in the lexicon;
- injury told as a hospital stay or a condition: a verb taking people "to hospital" ("were
  taken / rushed / admitted / airlifted to hospital"), being "in hospital", "in critical /
  serious / stable condition", "hospital / medical treatment";
- people "held / kept at" a place of detention ("held at the police station"), "held
  incommunicado", "held without charge" -> arrested;
- "the whereabouts of N (remain) unknown" -> missing; nominals in -ance/-ence too
  ("the disappearance of five" -> disappear).

Used by ``sitrep.extract.claims.links`` (``find_triggers``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from sitrep.extract.claims.outcomes.ailments import ILL_WORDS, fell_ill, shown_symptom
from sitrep.extract.claims.outcomes.losses import loss_triggers
from sitrep.extract.claims.victims import category_of, wordnet_category, wordnet_person
from sitrep.resources import noun_classes

HOSPITAL_WORDS = {"hospital", "clinic", "infirmary", "icu", "ward", "hospice", "sanatorium"}
CONDITION_WORDS = {"critical", "serious", "stable", "grave", "fair", "satisfactory", "poor",
                   "life-threatening", "precarious", "severe"}
TREATMENT_WORDS = {"hospital", "medical", "emergency", "hospitalization", "hospitalisation"}
TREATMENT_VERBS = {"receive", "get", "need", "require", "undergo", "seek"}
STATE_STAYS = {"be", "remain", "stay", "lie", "lay", "recover", "recuperate"}
# a visit to hospital that tells of no injury ("for a check-up", "as a precaution")
PRECAUTION_WORDS = {"check", "check-up", "checkup", "up", "observation", "test", "tests",
                    "precaution", "examination", "exam", "screening", "evaluation",
                    "assessment", "monitoring", "scan", "routine"}
# places of detention: people "held / kept at" them are arrested ("held at the central police
# station", "kept in a military prison"); a station, centre, facility or camp only as police's,
# detention's or the like
PRISON_WORDS = {"prison", "jail", "gaol", "cell", "lockup", "penitentiary", "dungeon",
                "confinement"}  # "held in solitary confinement"
# detention as a state of its people: "remain behind bars", "are in prison", "stay in jail"
# (a bare noun: "in the prison" is a place where guards are too)
DETENTION_STATES = {"prison", "jail", "gaol", "confinement", "detention", "custody"}
GUARDED_PLACES = {"station", "centre", "center", "facility", "camp", "headquarters", "base"}
GUARD_WORDS = {"police", "detention", "holding", "security", "intelligence", "military",
               "army", "interrogation"}
HOLD_VERBS = {"hold", "keep", "lock", "confine", "book"}  # "booked into the county jail"
# places of care named by what they treat ("a trauma centre", "the emergency room", "a medical
# facility", "the intensive care unit", "a burns unit", "the nearest health post")
MEDICAL_PLACES = {"centre", "center", "unit", "facility", "room", "department", "post", "tent"}
MEDICAL_MODIFIERS = {"trauma", "medical", "health", "burn", "burns", "emergency", "casualty",
                     "care", "intensive", "surgical", "field", "maternity", "hospital"}
# "fighting for his life", "battling for their lives", "clinging to life"
LIFE_VERBS = {"fight": "for", "battle": "for", "struggle": "for", "cling": "to"}
CUE_LEMMAS = HOSPITAL_WORDS | PRISON_WORDS | GUARDED_PLACES | MEDICAL_PLACES | (
    DETENTION_STATES) | ILL_WORDS | {"condition", "treatment", "whereabouts", "care", "life",
                                     "bar", "bars", "fate", "coma", "attention", "incommunicado",
                                     "charge", "trial", "symptom"}


def medical_place(tok: Token) -> bool:
    """A hospital, or a place of care named by what it treats ("a trauma centre"); a common
    noun only: a named "... Medical Center" is told apart no better than a "... Hospital" (a
    victim taken there may have died: tried, it added an injured toll on the untouched GVDB
    part)."""
    lemma = tok.lemma_.lower()
    return lemma in HOSPITAL_WORDS or tok.pos_ == "NOUN" and lemma in MEDICAL_PLACES and any(
        c.dep_ in ("compound", "amod") and c.pos_ != "PROPN" and c.lower_ in MEDICAL_MODIFIERS
        for c in tok.children)


def detained_state(verb: Token) -> bool:
    """"remain behind bars", "are in prison", "stayed in detention": people in detention."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "behind"):
            continue
        for p in prep.children:
            lemma = p.lemma_.lower()
            if p.dep_ != "pobj":
                continue
            if prep.lower_ == "behind" and lemma in ("bar", "bars"):
                return True
            if prep.lower_ == "in" and lemma in DETENTION_STATES and not any(
                    c.dep_ == "det" for c in p.children):
                return True
    return False


def fighting_for_life(verb: Token) -> bool:
    """"is fighting for her life", "were battling for their lives", "clings to life"."""
    prep = LIFE_VERBS.get(verb.lemma_.lower())
    return verb.pos_ == "VERB" and prep is not None and any(
        p.lemma_.lower() == "life" for p in _prep_objects(verb, (prep,)))


@cache
def verb_of_nominal(lemma: str, verbs: frozenset[str]) -> str | None:
    """The lexicon verb a noun is derived from ("killing" -> "kill", "evacuation" -> "evacuate",
    "imprisonment" -> "imprison", "kidnapping" -> "kidnap"), or None."""
    low = lemma.lower()
    stems: list[str] = []
    if low.endswith("ing") and len(low) > 5:
        stem = low[:-3]
        stems += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stems.append(stem[:-1])  # kidnapping -> kidnap
    if low.endswith(("isation", "ization")):
        stems += [low[:-5] + "e"]  # hospitalisation -> hospitalise, -ization -> -ize
    if low.endswith("ation"):
        stems += [low[:-5] + "ate", low[:-5]]
    elif low.endswith("ion"):
        stems += [low[:-3] + "e", low[:-3], low[:-3] + "t"]
    if low.endswith(("ance", "ence")):
        stems += [low[:-4], low[:-4] + "e"]  # disappearance -> disappear
    if low.endswith("ment"):
        stems.append(low[:-4])
    return next((s for s in stems if s in verbs), None)


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def state_outcome(tok: Token) -> str | None:
    """The outcome a hospital stay, a condition or unknown whereabouts states at ``tok``."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in HOLD_VERBS:
        return "arrested" if held_in_detention(tok) else None
    if tok.pos_ == "VERB" and fighting_for_life(tok):
        return "injured"
    if tok.pos_ in ("VERB", "AUX") and lemma in STATE_STAYS | {"languish", "sit"} and (
            detained_state(tok)):
        return "arrested"
    if fell_ill(tok):
        return "injured"  # "four people fell ill", "dozens became sick": a sickness
    if tok.pos_ == "VERB":
        # "were taken to hospital", "ambulances rushed six to a clinic"
        if lemma in STATE_STAYS:
            return None
        to_hospital = any(medical_place(p) for p in _prep_objects(tok, ("to", "into"))) or any(
            c.dep_ == "xcomp" and c.lemma_.lower() in HOSPITAL_WORDS for c in tok.children)
        if _active_purpose(tok):
            return None  # "doctors were sent to the hospital to help": helpers, not patients
        if any(p.lemma_.lower() in PRECAUTION_WORDS for p in _prep_objects(tok, ("for", "as"))):
            return None  # "taken to hospital for a check-up / as a precaution": no injury
        patient = any(c.dep_ in ("auxpass", "nsubjpass", "dobj") for c in tok.children) or (
            tok.tag_ == "VBN" and tok.dep_ in ("acl", "conj", "relcl"))
        return "injured" if to_hospital and patient else None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    kids = list(tok.children)
    if lemma == "symptom":  # "showed symptoms of poisoning", "developed symptoms"
        return "injured" if shown_symptom(tok) else None
    if lemma in HOSPITAL_WORDS:
        # "three are (still) in hospital"
        prep = tok.head
        if tok.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in STATE_STAYS:
            return "injured"
        return None
    if lemma == "coma" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into"):
        return "injured"  # "is in a coma", "slipped into a coma"
    if lemma == "attention" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
            TREATMENT_VERBS) and any(c.lower_ == "medical" for c in kids if c.dep_ == "amod"):
        return "injured"  # "needed medical attention"
    if lemma == "condition" and any(c.lower_ in CONDITION_WORDS for c in kids
                                    if c.dep_ in ("amod", "compound")):
        return "injured"
    if lemma == "treatment" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
            TREATMENT_VERBS) and _prep_objects(tok, ("for",)):
        return "injured"  # "received treatment for smoke inhalation"
    if lemma in ("treatment", "care") and any(c.lower_ in TREATMENT_WORDS or (
            lemma == "care" and c.lower_ == "intensive") for c in kids
            if c.dep_ in ("amod", "compound")):
        return "injured"
    if lemma in ("whereabouts", "fate"):  # "the fate of nine crew members remains unknown"
        near = [*kids, *tok.head.children] if tok.dep_ in ("nsubj", "nsubjpass") else kids
        if any(c.lower_ in ("unknown", "unclear") for c in near):
            return "missing"
    return None


def _detention_place(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in PRISON_WORDS:
        return True
    return lemma in GUARDED_PLACES and any(
        c.lower_ in GUARD_WORDS for c in tok.children if c.dep_ in ("compound", "amod"))


def held_in_detention(verb: Token) -> bool:
    """People held in a place of detention: passive "were held at the police station", "are
    being kept in a military prison"; or "held N people in prison"."""
    patient = any(c.dep_ in ("auxpass", "nsubjpass", "dobj") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"))
    return patient and (any(_detention_place(p) for p in _prep_objects(
        verb, ("at", "in", "inside", "into"))) or any(
        c.lower_ == "incommunicado" for c in verb.children) or any(
        p.lemma_.lower() in ("charge", "trial") for p in _prep_objects(verb, ("without",))))


def _active_purpose(verb: Token) -> bool:
    """An active infinitive of purpose on the verb ("sent to the hospital to help")."""
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and c.lemma_.lower() not in
               HOSPITAL_WORDS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and not any(a.dep_ == "auxpass" for a in c.children) for c in verb.children)


def state_candidates(lemmas: list[str]) -> list[int]:
    """Token positions a state can sit on: the cue nouns (hospital, condition, treatment,
    whereabouts); the verb governing "to hospital" is reached through them (``state_heads``)."""
    return [i for i, lemma in enumerate(lemmas) if lemma.lower() in CUE_LEMMAS]


def state_heads(tok: Token) -> list[Token]:
    """The tokens ``state_outcome`` should look at for a cue noun: itself, and the verb of
    "to hospital"."""
    out = [tok]
    if tok.dep_ == "pobj" and (tok.head.lower_ in ("to", "into") or (
            tok.head.lower_ == "for" and tok.lemma_.lower() == "life")):
        out.append(tok.head.head)
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in", "inside", "into") and (
            tok.head.head.lemma_.lower() in HOLD_VERBS):
        out.append(tok.head.head)  # "held at the police station"
    elif tok.lower_ == "incommunicado" or tok.dep_ == "pobj" and tok.head.lower_ == "without":
        out.append(tok.head if tok.lower_ == "incommunicado" else tok.head.head)  # "held
        # incommunicado", "held without charge"
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "behind"):
        out.append(tok.head.head)  # "remain behind bars"
    elif tok.dep_ == "xcomp" and tok.pos_ == "VERB":
        out.append(tok.head)  # "rushed to hospital" parsed as a verb "to hospital"
    elif tok.lemma_.lower() in ILL_WORDS:
        out.append(tok.head)  # "fell ill"
    return out


# outcome verbs (and the verbs their nouns come from) whose patient is a person and never an
# animal or a thing: a plural noun they take ("the arrests of 25 classmates", "kidnapped two
# nuns") counts people even when the victims lexicon does not know it ("kill", "wound",
# "capture" are not here: "killed 25 sheep", "killed two bills", "captured three leopards")
PEOPLE_PATIENT_VERBS = frozenset({
    "murder", "assassinate", "behead", "lynch", "kidnap", "abduct", "arrest", "detain", "jail",
    "imprison", "incarcerate", "hospitalize", "hospitalise"})
# nouns of these endings name acts, states or qualities, not people
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship")
# verbs whose "to death" is no death that happened ("sentenced to death", "bored to death")
_NOT_A_DEATH = frozenset({"sentence", "condemn", "scare", "frighten", "bore", "worry",
                          "love", "tickle", "terrify", "annoy"})


def _people_verb(tok: Token, verbs: frozenset[str]) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN":
        lemma = verb_of_nominal(lemma, verbs) or lemma
    return lemma in PEOPLE_PATIENT_VERBS


def patient_of_people_verb(noun: Token, triggers: dict[int, str],
                           verbs: frozenset[str]) -> bool:
    """A plural common noun that an outcome befalling only people takes as its patient: the
    object or passive subject of the verb, or "of" after its noun ("the kidnap of two nuns")."""
    if noun.tag_ != "NNS" or noun.lower_.endswith(_ABSTRACT_ENDINGS) or (
            noun.ent_type_ and noun.ent_type_ not in ("NORP", "PERSON")):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NUM":
        noun = noun.head.head  # "two of his congregants": the part stands where the number is
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN", "NUM") and (
            noun.head.i != noun.i):
        noun = noun.head  # "a pastor and his two bodyguards": the list's place
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return head.i in triggers and _people_verb(head, verbs)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head.i in triggers and _people_verb(head.head, verbs)
    return False


def to_death(tok: Token) -> bool:
    """"stabbed / beaten / hacked / burned to death": a verb of harm whose result is death."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() not in _NOT_A_DEATH and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            p.dep_ == "pobj" and p.lemma_.lower() == "death" for p in c.children)
        for c in tok.children)


def death_result_triggers(doc: Doc, candidates: list[int]) -> dict[int, str]:
    """The verbs of "V to death" (killed), from the candidate tokens "death", and of a side's
    losses ("lost six soldiers": ``losses``)."""
    out = {}
    for i in candidates:
        tok = doc[i]
        if tok.lemma_.lower() == "death" and tok.dep_ == "pobj" and tok.head.lower_ == "to":
            verb = tok.head.head
            if to_death(verb):
                out[verb.i] = "killed"
    return out | loss_triggers(doc)  # "the army lost six soldiers"


# injuries told as something a person suffers ("sustained a gunshot wound", "suffered burns",
# "recovering from stab wounds"); the nouns only count there, never on their own
INJURY_NOUNS = frozenset({"wound", "injury", "burn", "fracture", "bruise", "laceration",
                          "gash", "concussion", "contusion", "abrasion", "graze", "poisoning",
                          "intoxication"})
# the same for words with other senses ("budget cuts", "a bite to eat"): an injury only with no
# compound before them and a person who suffers or has them
PERSONAL_INJURY_NOUNS = frozenset({"cut", "scratch", "scrape", "welt", "scald", "trauma",
                                   "sprain", "whiplash", "haemorrhage", "hemorrhage", "bleeding",
                                   "bite", "puncture", "stab"})
# a part of the body with one of these is an injury ("suffered a broken leg", "a fractured
# skull", "left with a broken jaw", "broken bones")
DAMAGED = frozenset({"broken", "fractured", "cracked", "shattered", "dislocated", "bruised",
                     "injured", "wounded", "burned", "burnt", "sprained", "torn", "punctured",
                     "severed", "crushed", "bloodied", "smashed", "split", "swollen", "gashed",
                     "mangled", "lacerated", "collapsed", "ruptured", "perforated", "bloody"})
SUFFER_VERBS = frozenset({"suffer", "sustain", "receive", "incur"})


@cache
def body_nouns() -> frozenset[str]:
    """The nouns whose first WordNet sense is a part of the body (noun_classes.tsv)."""
    return frozenset(noun for noun, kind in noun_classes().items() if kind == "body")


def injury_lemma(lemma: str) -> bool:
    """Whether a lemma can name an injury (``injury_noun`` decides in context)."""
    return lemma in INJURY_NOUNS or lemma in PERSONAL_INJURY_NOUNS or lemma in body_nouns()


def injury_noun(noun: Token) -> bool:
    """A noun naming an injury: "wound", "injury", "burn" ...; "cuts", "trauma" ... with no
    compound ("budget cuts") and a person who suffers or has them; a part of the body broken,
    fractured, burned ... ("a broken leg")."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in INJURY_NOUNS:
        return True
    if lemma in PERSONAL_INJURY_NOUNS:
        return not any(c.dep_ == "compound" for c in noun.children) and _person_has(noun)
    return lemma in body_nouns() and any(
        c.dep_ == "amod" and c.lower_ in DAMAGED for c in noun.children)


# verbs of being hit that wound a person when what hit them flies ("was hit by a stray
# bullet", "struck by shrapnel", "grazed by a round") or where is a part of the body ("was
# struck in the leg", "hit in the chest")
HIT_VERBS = frozenset({"hit", "strike", "graze", "pierce", "catch", "clip", "nick"})
PROJECTILES = frozenset({"bullet", "round", "pellet", "shrapnel", "fragment", "splinter",
                         "shell", "rocket", "missile", "grenade", "arrow", "bolt", "dart",
                         "projectile", "gunfire", "gunshot", "shot", "stone", "rock", "brick",
                         "bottle", "canister", "cartridge", "slug", "buckshot", "debris",
                         "shard", "ricochet"})


def struck_person(verb: Token) -> bool:
    """A person hit by something that flies or in a part of the body: "a passer-by was hit by
    a stray bullet", "the reporter was struck in the leg", "a teenager was grazed by a
    bullet"; not a thing ("the house was hit by a rocket") nor a blow of fate ("hit by the
    crisis")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HIT_VERBS or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ not in ("acl", "conj"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        subjects = [verb.head]
    if not subjects or not all(_a_person(s) for s in subjects):
        return False
    for prep in (c for c in verb.children if c.dep_ in ("agent", "prep")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            lemma = obj.lemma_.lower()
            if prep.lower_ == "by" and lemma in PROJECTILES:
                return True
            if prep.lower_ in ("in", "on") and lemma in body_nouns():
                return True
    return False


def _a_person(tok: Token) -> bool:
    return tok.pos_ == "PRON" and tok.lower_ not in ("it", "this", "that", "which", "what") or (
        tok.ent_type_ == "PERSON" or category_of(tok) is not None or wordnet_person(tok))


def _person_has(noun: Token) -> bool:
    """The subject of the verb whose object ``noun`` is (or the noun "with" hangs on) is a
    person: "two officers suffered cuts", "a man with cuts", not "the agency suffered cuts"."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    owners = [head] if head.pos_ in ("NOUN", "PROPN", "PRON") else [
        c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_a_person(o) for o in owners)
_FROM_VERBS = frozenset({"suffer", "recover", "recuperate"})


def _suffered(noun: Token, verbs: frozenset[str]) -> bool:
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a cracked rib and a bruised lung"
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in verbs:
        return True
    return noun.dep_ == "pobj" and head.lower_ in ("from", "with") and (
        head.head.lemma_.lower() in _FROM_VERBS)


def suffered_injury(noun: Token) -> bool:
    """An injury noun a person suffers: the object of "suffer / sustain / receive / incur",
    after "suffering / recovering from", or one a person has: after "with" on the person's
    noun ("a man with a gunshot wound", "two women with stab wounds") or on the verb a person
    is the passive subject or the object of ("a man was found with a gunshot wound", "police
    found a teenager with a gunshot wound")."""
    return injury_noun(noun) and (_suffered(noun, SUFFER_VERBS) or had_injury(noun))


def had_injury(noun: Token) -> bool:
    """An injury noun after "with" on a person's noun or on the verb of a passive subject: the
    person was hurt as much as one shot, and a death told elsewhere in the story takes over
    ("Officers found a man with a gunshot wound. ... investigating the homicide")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.i > noun.i or not injury_noun(noun):
        return False
    owner = prep.head
    if owner.lower_ in ("old", "olds") and any(c.lemma_.lower() == "year" for c in owner.children):
        return owner.i < prep.i  # "a 15-year-old with a gunshot wound"
    if owner.pos_ in ("NOUN", "PROPN"):
        return owner.i < prep.i and (owner.ent_type_ == "PERSON" or category_of(owner) is not None
                                     or wordnet_person(owner))
    return owner.pos_ == "VERB" and any(c.dep_ in ("nsubjpass", "dobj") for c in owner.children)


def counts_wounds(noun: Token) -> bool:
    """A number on an injury noun that a person suffers or has counts wounds, not people
    ("suffered three stab wounds", "had two gunshot wounds to the chest")."""
    if had_injury(noun):
        return True  # "found with several gunshot wounds"
    if not injury_noun(noun) or not _suffered(noun, SUFFER_VERBS | {"have"}):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.dep_ == "acl" or any(c.dep_ == "nsubj" for c in verb.children)


_FATAL = frozenset({"fatal", "mortal", "lethal", "deadly"})


def fatal_injury(noun: Token) -> bool:
    """"suffered a fatal gunshot wound", "sustained mortal injuries": a death."""
    return any(c.dep_ == "amod" and c.lower_ in _FATAL for c in noun.children)


# verbs of taking people by force: abducted, or arrested when police or troops take them
SEIZE_VERBS = frozenset({"seize", "snatch", "grab", "nab", "pick"})  # "pick up": police only
_ARRESTING = frozenset({"police", "military"})


def seized_people(tok: Token) -> str | None:
    """"six civilians were seized by gunmen" (abducted), "police seized three suspects"
    (arrested): a verb of taking whose patient is people."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SEIZE_VERBS:
        return None
    kids = list(tok.children)
    if not any(c.dep_ in ("nsubjpass", "dobj") and (category_of(c) is not None or (
            wordnet_category(c) is not None) or c.ent_type_ in ("NORP", "PERSON") or (
            c.tag_ == "NN" and wordnet_person(c)))
               for c in kids):  # a known word for people, not a form ("seven revolvers")
        return None
    agents = [c for c in kids if c.dep_ == "nsubj"] + [
        p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    arresting = any(category_of(a) in _ARRESTING for a in agents)
    if tok.lemma_.lower() == "pick":  # "security forces picked up a lecturer"; not "picked
        up = any(c.dep_ == "prt" and c.lower_ == "up" for c in kids)  # up from the airport"
        return "arrested" if up and arresting else None
    return "arrested" if arresting else "abducted"


def armed_group_takes(verb: Token) -> bool:
    """An arrest verb whose agent is an armed group ("captured by rebels", "militants detained
    two engineers"): a group with no power of arrest abducts."""
    if verb.pos_ != "VERB":
        return False
    kids = list(verb.children)
    agents = [p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        agents += [c for c in kids if c.dep_ == "nsubj"]
    return any(category_of(a) == "militant" for a in agents)


# a person named by what befell them: "the homicide victim", "a kidnapping victim" (a shooting
# or a stabbing: ``shooting.shooting_nominal``)
VICTIM_NOUNS = frozenset({"victim"})
_KILLINGS = frozenset({"homicide", "manslaughter", "murder", "femicide", "infanticide"})


def victim_outcome(tok: Token, lexicon: dict[str, tuple[str, str]]) -> str | None:
    """The outcome a victim noun tells by the deed before it or after "of": a killing
    ("homicide", "murder", "killing") -> killed; another outcome noun of the lexicon's verbs
    ("kidnapping", "abduction") -> its outcome. Not a victim of anything else ("a crime
    victim", "the victim of the fraud", "flood victims")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in VICTIM_NOUNS:
        return None
    verbs = frozenset(w for w, (_, kind) in lexicon.items() if kind == "verb")
    for deed in victim_deeds(tok):
        lemma = deed.lower_ if deed.lower_.endswith("ing") else deed.lemma_.lower()
        if lemma in _KILLINGS:
            return "killed"
        verb = verb_of_nominal(lemma, verbs)
        if verb is not None and lexicon[verb][0] != "displaced":
            return lexicon[verb][0]
    return None


def victim_deeds(tok: Token) -> list[Token]:
    """The nouns that tell what befell a victim: before it ("the homicide victim") or after
    "of" ("the victim of a deadly shooting")."""
    deeds = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
    return deeds + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]


# a shooter's suicide and a hospital's treatment, for ``links``
REFLEXIVE = {"himself", "herself", "themselves", "itself"}
_WEAPONS = frozenset({"gun", "weapon", "pistol", "rifle", "firearm", "revolver", "handgun",
                      "shotgun"})


def turned_on_self(verb: Token) -> bool:
    """"turned the gun / his weapon on himself": a shooter's suicide."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _WEAPONS for c in verb.children) and any(
        p.lower_ in REFLEXIVE for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
        for p in c.children)


def treated_for(verb: Token) -> bool:
    """"treated 11 people for cuts": an object and "for" on the verb or on the object (where
    the parser hangs it: "treated around 40 people for smoke inhalation")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and any(c.dep_ == "prep" and c.lower_ == "for"
                              for t in (verb, *objs) for c in t.children)


# a named person who is the subject of these verbs suffered it ("John Roe died on Sunday",
# "Ana Ruiz drowned", "Jane Doe disappeared"); "go" only in "went missing" (``undergoes``)
UNDERGOES = frozenset({"die", "perish", "succumb", "drown", "disappear", "vanish"})
STATE_VERBS = frozenset({"be", "remain", "stay", "lie"})
HARMS = frozenset({"killed", "injured", "casualties"})


def undergoes(verb: Token) -> bool:
    """A verb whose subject suffers it: "died", "drowned", "went missing" (not "went on to
    shoot three people": the subject acts); "suffered / sustained / received injuries" (the
    object an injury the subject suffers); a passive the parse gives a plain subject ("Ana Ruiz
    remains hospitalized": "remains" taken as its passive auxiliary)."""
    if verb.lemma_ in UNDERGOES:
        return True
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if verb.lemma_ == "go" and nxt is not None and nxt.lower_ == "missing":
        return True
    return suffers_injury(verb) or subject_state(verb) is not None


def suffers_injury(verb: Token) -> bool:
    """"suffered / sustained / received (minor) injuries": the subject is hurt."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and suffered_injury(c)
                                       for c in verb.children)


def subject_state(verb: Token) -> Token | None:
    """The word telling the state its subject is in: the participle of a passive the parse gives
    a plain subject ("Jon Roe remains hospitalized", "remains" taken as the auxiliary, the
    subject hung on it or on the participle), the complement of "be / remain / stay" ("Ana Ruiz
    is dead") or the object of "in / behind" after it ("remained in critical condition")."""
    if verb.dep_ == "auxpass" and verb.head.tag_ == "VBN":
        return verb.head
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return verb
    if verb.lemma_ not in STATE_VERBS:
        return None
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("in", "behind"):
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None
