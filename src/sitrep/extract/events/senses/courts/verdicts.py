"""Court and council words read with the wrong type:

- **condemned to a penalty**: "was condemned to death", "the court condemned him to 20 years in
  prison": a sentence (SANCTION, convict), not a condemnation in words (ACCUSE), asked by
  ``words.sense_type``; "condemned the killing" and "condemned the death of the activist" stay
  ACCUSE (no "to");
- **a building condemned**: "the city condemned the house", "the building was condemned by
  inspectors": declared unfit to live in, no act against a party (no event);
- **charges dismissed by a court**: "the judge dismissed the charges", "the charges were
  dismissed": the case ends (RETREAT, as "dropped the charges"), not a refusal (REJECT), asked
  by ``words.sense_type``; "dismissed the charges as politically motivated" stays a denial;
- **a verdict handed**: "the court handed him a 10-year sentence", "handed the team its first
  defeat": a penalty, a ruling or a result handed is no AID (the sentence keeps its SANCTION).

The families of words are listed whole; inflections come through the lemma.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.senses.courts.steps import court_step_type

VERB_POS = {"VERB", "AUX"}
CONDEMNING = {"condemn"}
# penalties one is condemned to (lemmas)
PENALTIES = {"death", "life", "year", "month", "week", "day", "decade", "prison", "jail",
             "imprisonment", "execution", "hanging", "gallows", "term", "sentence", "lifetime",
             "labour", "labor", "exile", "lash", "flogging", "caning", "whipping", "stoning",
             "detention", "confinement", "incarceration", "penalty", "punishment", "fine"}
# penalties told by a verb ("condemned to die", "condemned to hang")
PENALTY_VERBS = {"die", "hang", "serve", "spend", "languish", "rot"}
# what a building inspector condemns (lemmas)
STRUCTURES = {
    "house", "home", "building", "structure", "property", "dwelling", "apartment", "flat",
    "complex", "tower", "bridge", "trailer", "cabin", "shack", "hotel", "motel", "warehouse",
    "barn", "garage", "shed", "residence", "condo", "condominium", "duplex", "tenement",
    "rowhouse", "townhouse", "mansion", "cottage", "bungalow", "theater", "theatre", "dam",
    "pier", "wharf", "basement", "roof", "premises", "homestead", "farmhouse", "bunkhouse"}
DISMISSING = {"dismiss", "quash", "vacate"}
# what a court dismisses (lemmas)
CASES = {"charge", "case", "count", "indictment", "prosecution", "conviction", "complaint",
         "lawsuit", "suit"}
# who dismisses a case in court (lemmas); a passive with no agent is read as the court's
COURT_DOERS = {"judge", "court", "magistrate", "tribunal", "jury", "prosecutor", "justice",
               "panel", "bench", "attorney", "prosecution", "da"}
HANDING = {"hand", "deal", "give", "serve", "mete", "dish"}
# what is handed that is no aid: penalties, rulings, results (lemmas)
VERDICTS = {"sentence", "penalty", "fine", "ticket", "citation", "summons", "verdict",
            "ruling", "judgment", "judgement", "decision", "conviction", "suspension", "ban",
            "defeat", "loss", "win", "victory", "setback", "blow", "rebuke", "reprimand",
            "warning", "notice", "subpoena", "writ", "injunction", "order", "ultimatum",
            "term", "punishment", "sanction", "censure", "demerit", "yellow", "red", "card",
            "shutout", "beating", "drubbing", "thrashing", "upset", "draw", "tie"}


def condemned_to_penalty(token: Token) -> bool:
    """ "Was condemned to death", "condemned him to 20 years in prison", "condemned to hang":
    a sentence."""
    if token.lemma_.lower() not in CONDEMNING or token.pos_ not in VERB_POS:
        return False
    for child in token.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ == "to" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in PENALTIES for g in child.children):
            return True
        if child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in PENALTY_VERBS:
            return True  # "condemned to die"
    return False


def building_condemned(token: Token) -> bool:
    """ "The city condemned the house", "the building was condemned": declared unfit."""
    if token.lemma_.lower() not in CONDEMNING or token.pos_ not in VERB_POS:
        return False
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not things and token.dep_ in {"acl", "relcl"}:
        things = [token.head]  # "the condemned house", "a house that was condemned"
    return bool(things) and all(t.lemma_.lower() in STRUCTURES and not t.ent_type_
                                for t in things)


def verdict_handed(token: Token) -> bool:
    """ "Handed him a 10-year sentence", "handed the team its first defeat": no aid."""
    if token.lemma_.lower() not in HANDING or token.pos_ not in VERB_POS:
        return False
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(things) and all(t.lemma_.lower() in VERDICTS for t in things)


def verdict_sense(token: Token, plover: str) -> str | None:
    """Why ``token`` names no act of ``plover`` (None: it may): a building condemned, a
    verdict handed."""
    if plover == "ACCUSE" and building_condemned(token):
        return "building"
    if plover == "AID" and verdict_handed(token):
        return "verdict"
    return None


def charges_dismissed(token: Token) -> bool:
    """ "The judge dismissed the charges", "the charges were dismissed": a court ends the case
    (as "dropped the charges"); "dismissed the charges as politically motivated" is a denial."""
    if token.lemma_.lower() not in DISMISSING or token.pos_ not in VERB_POS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return False  # "dismissed the charges as lies": a denial (REJECT)
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not things or not all(t.lemma_.lower() in CASES for t in things):
        return False
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [g for a in token.children if a.dep_ == "agent" for g in a.children
              if g.dep_ == "pobj"]
    return all(d.lemma_.lower() in COURT_DOERS for d in doers)


def verdict_type(token: Token, plover: str) -> str:
    """The type of a condemnation to a penalty (SANCTION), of charges dismissed by a court
    (RETREAT, as charges dropped) and of bail refused (COERCE: ``steps``), else ``plover``."""
    if plover == "ACCUSE" and condemned_to_penalty(token):
        return "SANCTION"
    if plover == "REJECT" and charges_dismissed(token):
        return "RETREAT"
    return court_step_type(token, plover)
