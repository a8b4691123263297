"""Charges told with a step of custody or of a case (ACCUSE/allege, as "charged with"):

- **held or booked on a charge**: "was booked into the county jail on charges of robbery",
  "deputies booked him on suspicion of assault", "is being held on suspicion of fraud", "will
  appear in court on Thursday on charges of murder", "remains in custody on a charge of
  arson": the charge or the suspicion (a pobj of "on" or "under") of a verb that books, holds,
  keeps or brings a person before a court, and is no arrest of its own; "was arrested on
  suspicion of theft", "remanded him in custody on charges of", "ordered them held for 30 days on
  suspicion of", "was arrested and booked into jail on suspicion of" are the arrest (COERCE)
  alone.
  The trigger table's ``@held_on`` (rows "charge", "suspicion", "count");
- **booked for a crime**: "have been booked for attempted murder and rioting", "was booked
  under the Arms Act": a person booked (South Asian police usage: a case registered against
  them) for a crime or under a law; "the hotel was booked for the summer", "booked for a
  concert", "booked into the county jail" (no charge told) are not. The table's ``@booked``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
# verbs that book, hold, keep or bring a person before a court without arresting him (lemmas);
# "arrest", "detain", "remand" are arrests of their own (the trigger table)
HOLDING = {"book", "hold", "keep", "appear", "remain", "stay", "lodge", "process", "face",
           "return"}
# places of custody a person is or remains in ("remains in custody on charges of")
CUSTODY = {"custody", "jail", "prison", "detention", "gaol", "cell"}
BEING = {"be", "remain", "stay", "sit"}
CHARGE_PREPS = {"on", "under"}
# crimes that are no word of the trigger table (lemmas; violence comes through the table)
CRIMES = {"theft", "fraud", "burglary", "robbery", "possession", "trafficking", "smuggling",
          "laundering", "embezzlement", "bribery", "corruption", "extortion", "forgery",
          "trespass", "trespassing", "vandalism", "negligence", "murder", "manslaughter",
          "homicide", "rape", "arson", "assault", "battery", "rioting", "cheating",
          "harassment", "stalking", "kidnapping", "abduction", "sedition", "treason",
          "espionage", "incitement", "conspiracy", "misappropriation", "perjury",
          "poaching", "gambling", "shoplifting", "looting", "dacoity", "blasphemy", "defamation",
          "offence", "offense", "crime", "violation", "breach", "attempt", "driving",
          "obstruction", "misconduct", "larceny", "racketeering", "counterfeiting"}
LAW_WORDS = {"act", "section", "law", "code", "ordinance", "statute", "provision"}


# verbs whose ordered holding is the custody itself ("ordered two men held for 30 days")
ORDERING = {"order", "remand", "sentence", "direct"}


# verbs of arrest: a booking conjoined to one is the arrest's ("was arrested and booked on
# suspicion of"), as "arrested on suspicion of" is (lemmas)
ARRESTING = {"arrest", "detain", "apprehend", "capture", "catch", "nab", "seize", "rearrest",
             "re-arrest", "collar", "pick"}


def _custody_order(verb: Token) -> bool:
    """A holding ordered by a court or told with its length ("ordered them held", "held for 30
    days"), or a booking joined to an arrest ("was arrested and booked into jail on suspicion
    of"): the detention (COERCE), whose reason the charge only gives."""
    if verb.dep_ in {"xcomp", "ccomp", "oprd", "conj"} and verb.head.lemma_.lower() in ORDERING:
        return True
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in ARRESTING or any(
            c.dep_ == "conj" and c.lemma_.lower() in ARRESTING for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in c.children)
        for c in verb.children)


def _holding_verb(prep: Token) -> bool:
    """The preposition "on"/"under" of a verb that books, holds or brings a person to court, or
    of a place of custody someone is in ("is in custody on charges")."""
    head = prep.head
    if head.pos_ in VERB_POS:
        return head.lemma_.lower() in HOLDING and not _custody_order(head)
    if head.lemma_.lower() in CUSTODY and head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb = head.head.head
        return verb.pos_ in VERB_POS and verb.lemma_.lower() in BEING
    return False


def held_on_charge(noun: Token) -> bool:
    """ "Was booked into jail on charges of robbery", "is being held on suspicion of fraud",
    "will appear in court on charges of murder": a charge told with a step of custody or of a
    case that is no arrest (the trigger table's ``@held_on``)."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in CHARGE_PREPS:
        return False
    if any(c.dep_ == "neg" for c in noun.head.head.children):
        return False  # "was not held on any charge"
    return _holding_verb(noun.head)


def _crime(noun: Token, is_event_word: Callable[[str], bool]) -> bool:
    lemma = noun.lemma_.lower()
    if noun.ent_type_ in {"DATE", "TIME", "MONEY"}:
        return False
    return lemma in CRIMES or noun.lower_ in CRIMES or is_event_word(lemma)


def booked_for_crime(verb: Token, is_event_word: Callable[[str], bool]) -> bool:
    """ "Have been booked for attempted murder", "was booked under the Arms Act": a person booked
    for a crime or under a law (the trigger table's ``@booked``); not "booked for the summer"."""
    if verb.lemma_.lower() != "book" or verb.pos_ not in VERB_POS:
        return False
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "for" and objs and all(_crime(o, is_event_word) for o in objs):
            return True
        if prep.lower_ == "under" and any(o.ent_type_ == "LAW" or o.lemma_.lower() in LAW_WORDS
                                          for o in objs):
            return True
    return False


# verbs of moving people (lemmas), the people held (lemmas) and the places of custody a move
# takes them to (lemmas): "moved four gang leaders to a maximum-security prison", "transferred
# 30 inmates to a jail in the north" (COERCE, the trigger table's ``@custody_moved``)
MOVING = {"move", "transfer", "relocate", "shift", "transport"}
HELD = {"inmate", "prisoner", "detainee", "convict", "captive", "deportee", "internee"}
CUSTODY_PLACES = {"prison", "jail", "gaol", "penitentiary", "cell", "detention", "custody",
                  "lockup", "lock-up", "cellblock", "facility", "centre", "center", "dungeon"}
PRISON_WORDS = {"prison", "jail", "gaol", "penitentiary", "detention", "correctional",
                "maximum-security", "security", "remand", "custody"}


def _custody_place(noun: Token) -> bool:
    """A prison, a jail, a cell or a detention centre ("the maximum-security prison in Ilama",
    "Renovación 1 prison", "a detention facility"); a name of one by its words."""
    lemma = noun.lemma_.lower()
    words = {t.lemma_.lower() for t in noun.children if t.dep_ in {"compound", "amod"}}
    if lemma in {"facility", "centre", "center"}:
        return bool(words & PRISON_WORDS)  # "a detention centre", not "a shopping centre"
    # a prison by its kind, or by a name with the kind in it ("Renovación 1 prison"); "a former
    # prison building" is a building
    return lemma in CUSTODY_PLACES or (noun.pos_ == "PROPN" and bool(words & PRISON_WORDS))


def moved_in_custody(verb: Token) -> bool:
    """ "Guards moved four gang leaders to a maximum-security prison", "30 inmates were
    transferred to a jail in the north": people held moved by the state (COERCE); "moved her
    family to a new house", "the company transferred staff to Leeds", "took the children to
    school" are none, and forces moved are a deployment (the table's ``@forces`` rows, first)."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in MOVING:
        return False
    patients = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "into", "from"}
              for g in c.children if g.dep_ == "pobj"]
    held = bool(patients) and all(p.lemma_.lower() in HELD for p in patients)
    to_custody = any(_custody_place(p) for p in places)
    return bool(patients) and (held or to_custody)


# the words that tell a holding of people as the state's custody ("held in pre-trial detention",
# "held without charge", "held incommunicado", "held for questioning", "briefly held"), lemmas;
# ``sitrep.nlp.select_needs`` copies them with ``ORDERING`` (a holding ordered is custody)
HELD_AS_CUSTODY = {"custody", "detention", "jail", "prison", "cell", "charge", "trial",
                   "incommunicado", "questioning", "briefly", "remand", "station"}
HOLDING_PEOPLE = {"hold", "keep"}


def held_in_custody(verb: Token) -> bool:
    """ "The judge ordered him held in pre-trial detention", "ordered the four men held for 30
    days", "three officials have been held without charge since March", "several students were
    briefly held": people held by the state (COERCE, the trigger table's ``@held_custody``).
    "Three guards were held by inmates" (hostages), "a teacher held since January" (a captive),
    "held a meeting", "held talks", "held the town" are none."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in HOLDING_PEOPLE or any(
            c.dep_ == "neg" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ in {"xcomp", "ccomp", "oprd"} and head.lemma_.lower() in ORDERING or (
            verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.lemma_.lower() in ORDERING):
        return True  # "ordered him held", "ordered the men held at the station"
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False  # "held a meeting", "held the town": no person held
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # "were held by inmates": hostages, told by the table's own rows
    words = {c.lower_ for c in verb.children if c.dep_ in {"advmod", "acomp", "oprd"}}
    words |= {g.lemma_.lower() for c in verb.children if c.dep_ == "prep"
              and c.lower_ in {"in", "at", "without", "for", "on", "pending"}
              for g in c.children if g.dep_ == "pobj"}
    return not words.isdisjoint(HELD_AS_CUSTODY)
