"""Kinds of acts named as a category, not one act that happened, read from the noun's phrase:

- **lists of crimes**: "engaged in drug trafficking, extortion, kidnapping and homicide",
  "crimes such as extortion and kidnapping", "crimes including money laundering and
  kidnapping": a bare crime noun listed with other kinds of crime, or given as an example of a
  general noun (crimes, offences, activities), names a kind of act; "the abduction and murder
  of an agent" (with a determiner or a victim) is one;
- **destroying contraband** (a retyping, read by ``words.sense_type``): "destroyed 120,000
  illegal firearms", "clandestine runways destroyed by the armed forces", "burned coca
  crops": destroying drugs, illicit crops, laboratories, runways or seized weapons is a
  seizure by the authorities (COERCE), not an attack ("destroyed the rebel base" stays one);
- **published inquiries**: "a 2011 InSight Crime investigation concluded that ...", "according
  to an investigation published by El Comercio", "as detailed in an investigation", "an
  investigation carried out by an NGO found": an inquiry cited as the source of what is said
  is a document (a newspaper's, a researcher's or an NGO's), not an investigation opened
  against anyone; one by the police, prosecutors, a court or a government (their sectors in
  the actor lexicon) stays;
- **shares and rates**: "32 percent of kidnappings", "the frequency of kidnappings", "the
  incidence of assaults", "the escalation in violence": a bare event noun measured by a share,
  a rate or a change is a statistic or a trend (``eventhood`` counts the older family of
  statistics nouns; these are the ones it lacks).

The families of words are listed whole (inflections come through the lemma).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.senses.agency import agent

NOUN_POS = {"NOUN", "PROPN"}
# kinds of crime that name no event of their own (the others are triggers: murder, kidnapping)
CRIMES = {"extortion", "trafficking", "laundering", "fraud", "robbery", "theft", "smuggling",
          "corruption", "homicide", "bribery", "burglary", "racketeering", "embezzlement",
          "forgery", "counterfeiting", "piracy", "poaching", "vandalism", "arson",
          "drug-trafficking", "narcotrafficking", "narco-trafficking", "prostitution",
          "gambling", "cybercrime", "larceny", "shoplifting", "looting", "blackmail",
          "trespass", "trespassing", "stalking", "harassment", "fencing", "carjacking",
          "hijacking", "mugging", "pickpocketing", "sextortion", "microtrafficking", "crime",
          "criminality", "gangsterism", "banditry", "terrorism"}
# general nouns whose examples are kinds ("crimes such as", "offences including")
GENERAL = {"crime", "offence", "offense", "activity", "business", "economy", "enterprise",
           "racket", "violation", "abuse", "felony", "misdemeanour", "misdemeanor", "act",
           "practice", "operation", "industry", "trade", "market", "revenue", "income",
           "source", "venture", "scheme", "charge", "allegation", "accusation"}
EXAMPLE_MARKS = {"as", "including", "like", "include", "involving"}
# shares, rates and changes the older statistics family lacks
SHARES = {"percent", "per", "fraction", "frequency", "incidence", "prevalence", "escalation",
          "bulk", "likelihood", "probability", "risk", "intensification", "upswing",
          "resurgence", "reduction", "explosion", "cases", "case", "instance", "occurrence"}
# changes of a quantity that the trigger table lists as acts ("escalation")
CHANGES = {"escalation", "intensification", "de-escalation", "upsurge", "surge", "spike",
           "resurgence", "upswing", "uptick", "wave", "spate"}  # (not "outbreak": one happening)
# destroying: what is destroyed of drugs, illicit crops and the means of trafficking
DESTROYING = {"destroy", "burn", "torch", "dismantle", "demolish", "incinerate", "eradicate",
              "bulldoze", "dynamite", "blow"}
CONTRABAND = {"drug", "narcotic", "cocaine", "marijuana", "cannabis", "heroin", "opium",
              "fentanyl", "methamphetamine", "meth", "coca", "poppy", "crop", "plantation",
              "hectare", "lab", "laboratory", "runway", "airstrip", "firearm", "ammunition",
              "still", "machinery", "dredge", "narco-sub", "contraband", "paste", "precursor",
              "seedling", "kilo", "kilogram", "ton", "tonne", "bale", "stockpile"}
# (not "base", "plant", "mine" or "weapon" alone: "destroyed the rebel base" is an attack)
ILLICIT = {"illegal", "illicit", "clandestine", "unlicensed", "contraband", "seized",
           "confiscated", "counterfeit", "smuggled", "pirated", "unregistered"}
INQUIRIES = {"investigation", "inquiry", "enquiry", "probe", "study", "review", "audit"}
# verbs by which a document says or finds something
FINDING = {"conclude", "find", "show", "reveal", "detail", "say", "suggest", "indicate",
           "document", "estimate", "determine", "describe", "uncover", "discover", "report",
           "note", "claim", "state", "expose", "confirm", "establish", "highlight", "identify",
           "set", "argue", "warn", "trace", "map", "chronicle", "demonstrate", "track"}
PUBLISHING = {"publish", "release", "issue", "produce", "conduct", "carry", "do", "complete",
              "prepare", "write", "present", "launch", "post", "air", "broadcast"}
# sectors of those whose investigations are acts against someone
AUTHORITIES = {"GOV", "COP", "JUD", "MIL", "LEG", "SPY", "IGO"}
DEFINITE = {"the", "this", "that", "these", "those"}


def _bare(noun: Token) -> bool:
    """No determiner, possessor, number or complement of its own: "kidnapping", not "the
    kidnapping", "his murder", "two murders" or "murder of an agent"."""
    return not any(c.dep_ in {"det", "poss", "nummod"} or (c.dep_ == "prep" and c.lower_ in
                                                             {"of", "on", "against"})
                   for c in noun.children)


def _coordination(noun: Token) -> list[Token]:
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members = [first]
    stack = [first]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ == "conj":
                members.append(child)
                stack.append(child)
    return members


def crime_category(token: Token, is_event_word: Callable[[str], bool]) -> bool:
    """A bare crime noun listed with other kinds of crime or given as an example of a general
    noun: "engaged in extortion, kidnapping and homicide", "crimes such as kidnapping"."""
    if token.pos_ not in NOUN_POS or token.ent_type_ or not _bare(token):
        return False
    members = _coordination(token)
    if len(members) > 1 and all(_bare(m) for m in members) and any(
            m.i != token.i and m.lemma_.lower() in CRIMES and not is_event_word(m.lemma_.lower())
            for m in members):
        return True  # "drug trafficking, extortion, kidnapping and homicide"
    first = members[0]
    if first.dep_ == "pobj" and first.head.lower_ in EXAMPLE_MARKS:
        general = first.head.head
        if general.lower_ == "such" and general.head.i != general.i:
            general = general.head  # "crimes such as kidnapping"
        return general.lemma_.lower() in GENERAL
    return first.dep_ == "dobj" and first.head.lemma_.lower() in {"include", "involve"} and \
        any(s.lemma_.lower() in GENERAL for s in first.head.children if s.dep_ == "nsubj")


def measured(token: Token) -> bool:
    """A bare event noun measured by a share, a rate or a change: "32 percent of kidnappings",
    "the frequency of kidnappings", "the escalation in violence" (itself a trigger: a trend)."""
    if token.pos_ in NOUN_POS and token.lemma_.lower() in CHANGES and any(
            c.dep_ == "prep" and c.lower_ in {"in", "of"} and any(
                g.dep_ == "pobj" and _bare(g) for g in c.children) for c in token.children):
        return True  # "the escalation in violence"
    if token.pos_ not in NOUN_POS or token.dep_ != "pobj" or not _bare(token):
        return False
    prep = token.head
    if prep.lower_ not in {"of", "in"} or prep.head.i == prep.i:
        return False
    return prep.head.lemma_.lower() in SHARES or prep.head.lower_ in SHARES


def contraband_destroyed(token: Token) -> bool:
    """Destroying drugs, crops, laboratories, runways or seized weapons ("destroyed 120,000
    illegal firearms", "runways destroyed by the armed forces", "burned coca crops")."""
    if token.lemma_.lower() not in DESTROYING or token.pos_ not in {"VERB", "AUX"}:
        return False
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ in {"acl", "relcl"} and not things:
        things = [token.head]  # "the runways destroyed by the armed forces"
    if not things and token.dep_ == "conj":
        things = [c for c in token.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    out = []
    for thing in things:
        if thing.pos_ == "NUM" or thing.lemma_.lower() in {"quantity", "amount", "number"}:
            thing = next((g for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"), thing)
        out.append(thing)
    return bool(out) and all(t.lemma_.lower() in CONTRABAND or any(
        (c.dep_ == "compound" and c.lemma_.lower() in CONTRABAND) or
        (c.dep_ == "amod" and c.lower_ in ILLICIT) for c in t.children) for t in out)


def _investigators(noun: Token) -> list[Token]:
    out = [c for c in noun.children if c.dep_ in {"compound", "poss"}]
    out += [g for p in noun.children if p.dep_ in {"prep", "agent"} and p.lower_ == "by"
            for g in p.children if g.dep_ == "pobj"]
    for clause in (c for c in noun.children if c.dep_ in {"acl", "relcl"}):
        out += [g for p in clause.children if p.dep_ == "agent" for g in p.children
                if g.dep_ == "pobj"]  # "an investigation carried out by an NGO"
        out += [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ != "that"]
    return out


def _authority(noun: Token) -> bool:
    """The actor lexicon gives ``noun``'s phrase the sector of an authority ("prosecutors",
    "the Attorney General's Office", "the FBI")."""
    phrase = noun.doc[noun.left_edge.i:noun.right_edge.i + 1].text
    return any(m.entry.sector in AUTHORITIES for m in get_matcher().find(phrase))


def published_inquiry(token: Token) -> bool:
    """An inquiry cited as the source of what is said: "a 2011 InSight Crime investigation
    concluded", "according to an investigation published by El Comercio"."""
    if token.lemma_.lower() not in INQUIRIES or token.pos_ not in NOUN_POS:
        return False
    head = token.head
    cited = (token.dep_ == "nsubj" and head.lemma_.lower() in FINDING) or (
        token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according") or (
        token.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in FINDING
        | {"report", "detail", "publish"}) or any(
        c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in PUBLISHING | FINDING and
        c.lemma_.lower() not in {"conduct", "carry", "do", "launch"} for c in token.children)
    if not cited or any(p.dep_ == "prep" and p.lower_ in {"into", "against"} and any(
            g.dep_ == "pobj" and agent(g) for g in p.children) for p in token.children):
        return False  # "an investigation into a narcotics detective revealed": against someone
    return not any(_authority(i) for i in _investigators(token))


def kind_of_act(token: Token, is_event_word: Callable[[str], bool]) -> str | None:
    """Why ``token`` names a kind of act, not one (None: it may name one)."""
    if crime_category(token, is_event_word):
        return "kind of crime"
    if measured(token):
        return "statistic"
    return None
