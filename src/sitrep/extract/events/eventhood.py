"""Event-hood: whether a trigger word names a happening the article reports, or only mentions
violence, a deal or a request in general, as a statistic, a question or a reference.

``not_a_happening(token, plover, when)`` returns the reason a candidate is not an event, or None.
Each test reads the parse and the trigger's attached date, not the sentence's words:

- **aggregates**: a plural event noun counted or measured ("182 murders in June", "the drop in
  killings", "a wave of kidnappings", "40 percent of the attacks"), and counted victims of an act dated to a whole year or a
  span of months ("132 officers were killed in 2014", "153 drivers were killed between 2012 and
  2014", "less than 50 of the applicants were accepted in 2010") or counted since a year ("250
  people have been arrested since 2011"): a toll or a statistic, which the casualty claims
  keep; not one happening;
- **trends**: an event noun that is the subject of a verb of quantity ("violence began
  decreasing", "murders rose"); a bare plural conjoined in a statistic shares it ("an increase
  in homicide rates and gang-linked killings");
- **forecasts and patterns** (``senses/outlook.py``): warnings of outcomes ("warned that prices
  would rise"), threats as risks ("a threat to the police"), repeated acts ("every week"),
  the act of "an increasing number of" people;
- **questions**: asking whether, if or about something is not a request ("asked him if he was",
  "when asked about his aims");
- **references to a lasting state**: "the truce", "the agreement", "their investigation",
  "their cooperation", "companies under investigation" named as a topic, not as the object of
  a verb that makes, opens or deepens one ("signed the agreement", "opened an investigation",
  "stepped up their cooperation");
- **the affected sense of violent verbs**: "hard-hit", "the worst hit";
- **part of a hyphenated word** that is not itself an event word: "life-threatening",
  "hit-and-run", "anti-war" (but "re-arrested", "counter-attack" and words the lexicon lists
  whole, such as "cease-fire", stay events);
- **medical senses**: "a heart attack", "a panic attack", "seizures";
- **court pleas**: "pleaded guilty", "pleaded not guilty", "pleaded no contest" (not an appeal);
- **habits**: an act qualified as usual, not as a happening ("gangs are often blamed",
  "police routinely patrol", "gangs routinely carry out kidnappings": the adverb on the verb
  that carries an event noun);
- **acts inside an accusation or a plan**: "accused him of driving the car that killed",
  "charges that she failed to report", "his plan to kill", "talk about killing": the speaker
  only asserts the act, or it was only planned; the accusation (an ACCUSE of its own) is the
  event. An act named by a noun that the accusation presupposes stays ("blamed the rebels for
  the attack", "condemned the shelling");
- **accidents and natural causes** (``senses/accidents.py``): "killed in a car crash", "died in the fire", "the truck
  that killed a cyclist", "the storm killed four", "killed when her car skidded", "killed
  after colliding with a truck", "struck and killed by a bus": no one attacked anyone (a
  disaster or an accident, which the casualty claims keep); vehicles by kind or maker ("a
  Toyota Camry struck", ``senses/nature.py``), and injuries told with the collision ("collided,
  injuring six", "struck by a car and seriously injured");
- **releases of information**: "details were not released", "the ministry released a
  statement" (not a release of people);
- **timeless present**: a physical act (aid, cooperation, deployment, violence, coercion,
  sanction, withdrawal, protest) told in the present simple, active or passive, with no date
  and no auxiliary of aspect or mode ("Telerate provides information", "the state supplies
  coal", "the victim is held hostage"): what an organisation does, or what a term means, not
  a happening; a headline (the article's first line, or a line in title case) keeps its
  present ("Police arrest two"), and speech acts keep theirs ("the report criticizes");
- **definitions**: any act in a present-simple relative clause on a noun with no definite
  determiner, possessor or name ("kidnappings in which the victim is held", "a tactic that
  gangs use to demand payment"), and the bare plural event noun that such a clause defines
  ("express kidnappings, in which the victim is held for hours");
- **intended, averted and other senses** (``senses.not_done``, in ``senses/words.py``): purposes ("in order to prevent
  arrest"), averted acts ("escaped capture"), trying ("sought to"), provisions ("the terms call
  for"), hosting a race, violence against an abstraction ("fight crime"), control of things;
- **other stories and page furniture** (``other_story``, for a whole line): "READ MORE: ...",
  "Related: ...", "See also: ...", "Warning: graphic content";
- **generic subjects**: a bare plural event noun (no determiner, number or possessor), or a
  bare mass noun of violence ("violence", "bloodshed", "crime"), that is the subject of a
  present-simple verb, active or passive, with no date ("police killings are just one
  manifestation", "kidnappings plague the region"): a kind of act, not one.

The families of words involved are listed in full, each with its inflections read through the
lemma: statistics nouns (rise, drop, number, rate, wave ...), verbs of quantity (increase, fall,
double ...), making verbs of agreements (sign, reach, strike ...).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.events.senses import not_done
from sitrep.extract.events.senses.accidents import WOUNDS, accident
from sitrep.extract.events.senses.courts.legal import legal_sense
from sitrep.extract.events.senses.courts.verdicts import verdict_sense
from sitrep.extract.events.senses.forces import unarmed_mobilization
from sitrep.extract.events.senses.life.aims import aiming
from sitrep.extract.events.senses.life.games import game
from sitrep.extract.events.senses.life.markets import market_sense
from sitrep.extract.events.senses.life.permits import no_permission
from sitrep.extract.events.senses.nature import natural_force
from sitrep.extract.events.senses.outlook import (
    forecast,
    tallied,
    threat_as_risk,
    to_be_stopped,
)
from sitrep.extract.events.senses.public.campaigns import condition_of_violence
from sitrep.extract.events.senses.public.discharge import executed_thing, no_release
from sitrep.extract.events.senses.public.disputes import figurative_fight
from sitrep.extract.events.senses.public.elections import electoral
from sitrep.extract.events.senses.public.habits import class_habit
from sitrep.extract.events.senses.public.help import backs_an_idea, help_topic, in_a_name
from sitrep.extract.events.senses.public.memory import remembered
from sitrep.extract.events.senses.public.opinions import no_agreement
from sitrep.extract.events.senses.public.populations import general_act
from sitrep.extract.events.senses.public.processes import process_topic, seeking_refuge
from sitrep.records import When

STATISTIC_NOUNS = {
    "rise", "drop", "fall", "increase", "decrease", "decline", "surge", "spike", "jump", "dip",
    "reduction", "growth", "upsurge", "uptick", "downturn", "number", "rate", "level", "count",
    "total", "tally", "figure", "share", "percentage", "proportion", "average", "wave", "spate",
    "string", "series", "spree", "rash", "epidemic", "trend", "statistic", "record",
    "toll", "half", "third", "quarter", "majority", "minority", "dozen", "hundred", "thousand",
    "manifestation", "pattern", "cycle", "history", "percent", "%",
}
TREND_VERBS = {
    "increase", "decrease", "rise", "fall", "drop", "decline", "grow", "surge", "soar", "climb",
    "double", "triple", "quadruple", "halve", "plummet", "plunge", "spike", "jump", "dip",
    "slump", "rebound", "shrink", "mount", "escalate", "spread", "persist", "abate", "subside",
}
AGREEMENT_NOUNS = {"agreement", "accord", "truce", "deal", "treaty", "pact", "ceasefire",
                   "cease-fire", "armistice", "settlement", "compact", "understanding"}
MAKING_VERBS = {"sign", "reach", "strike", "agree", "negotiate", "conclude", "ratify", "broker",
                "announce", "seal", "clinch", "forge", "hammer", "declare", "approve", "endorse",
                "accept", "initial", "finalize", "finalise", "secure", "mediate"}
# lasting relations: "their cooperation" named as a topic ("were reviewing their cooperation")
# is no new cooperation; one begun, agreed, deepened or resumed is
COOPERATION_NOUNS = {"cooperation", "co-operation", "collaboration", "partnership", "alliance",
                     "coordination", "co-ordination"}
FORMING_VERBS = {"begin", "start", "launch", "agree", "sign", "establish", "forge", "form",
                 "strengthen", "deepen", "expand", "boost", "enhance", "increase", "step",
                 "resume", "restore", "intensify", "seal", "announce", "build", "broaden",
                 "extend", "renew", "offer", "pledge", "promise", "propose", "seek", "call",
                 "urge", "create", "set", "cement", "formalise",
                 "formalize", "initiate", "open", "reach", "conclude", "enter"}
INQUIRY_NOUNS = {"investigation", "probe", "inquiry", "enquiry", "inquest", "review", "audit"}
OPENING_VERBS = {"open", "launch", "begin", "start", "order", "announce", "initiate", "conduct",
                 "set", "establish", "commission", "reopen", "call", "demand", "request",
                 "seek", "urge", "promise", "pledge", "vow", "complete", "conclude", "finish",
                 "close", "wrap", "carry", "hold"}
PLACING_VERBS = {"put", "place", "placed", "bring"}  # "put under investigation": opened
ASKING_VERBS = {"ask", "question", "inquire", "enquire", "query", "wonder", "quiz"}
QUESTION_MARKS = {"if", "whether"}
WH_WORDS = {"what", "who", "whom", "whose", "which", "why", "how", "when", "where"}
DEGREE_ADVERBS = {"hard", "worst", "badly", "severely", "hardest", "heavily", "particularly",
                  "most", "least", "harder"}
AFFECT_VERBS = {"hit", "strike", "affect", "batter", "ravage"}
HABIT_ADVERBS = {"often", "usually", "frequently", "always", "generally", "typically",
                 "sometimes", "regularly", "routinely", "commonly", "rarely", "seldom",
                 "occasionally", "habitually", "customarily", "traditionally", "normally"}
PLEAS = {"guilty", "innocent", "contest", "nolo"}
MEDICAL = {"heart", "panic", "asthma", "anxiety", "cardiac", "migraine", "epileptic", "seizure",
           "allergy", "allergic", "stroke", "coughing", "gout", "sickle", "asthmatic"}
PREFIXES = {"re", "counter", "co"}
INFORMATION = {"detail", "information", "statement", "report", "figure", "data", "result",
               "name", "video", "footage", "photo", "photograph", "image", "picture", "document",
               "list", "finding", "version", "album", "film", "movie", "book", "song", "record",
               "recording", "transcript", "guideline", "guidance", "plan", "budget", "update",
               "communique", "communiqué", "declaration", "note", "letter", "audio", "tape",
               "product", "app", "software", "schedule", "study", "survey", "poll",
               "estimate", "forecast", "rating", "score", "earnings", "profit", "dividend"}
# words of asserting an accusation: an act in their complement is only asserted
ASSERTING = {"accuse", "allege", "charge", "indict", "suspect", "accusation", "allegation",
             "suspicion", "claim", "contend", "insinuate", "impute"}
# words of insisting: a noun their clause introduces is only asserted ("insisted that the deal
# had US support"), an act their clause tells is not ("insisted that Somalia must hand over the
# suspects" is a demand)
INSISTING = {"assert", "insist"}
# conjunctions of a clause that tells what happened before or beside the main verb
TIME_MARKS = {"after", "before", "when", "while", "since", "because", "as", "once", "until"}
# the asserting verbs of legal steps, whose time clause is no part of the charge
LEGAL_ASSERTING = {"accuse", "charge", "indict", "suspect"}
# nouns of plans and of talk: an act in their complement was planned or talked about
PLAN_NOUNS = {"plan", "plot", "scheme", "conspiracy", "idea", "thought", "dream", "fantasy",
              "talk", "intention", "intent", "wish", "desire", "proposal", "threat", "rumour",
              "rumor", "fear", "prospect", "possibility", "risk", "danger", "chance", "goal",
              "aim", "ambition"}
# (an attempt or a bid is not a plan: "an attempt to assassinate the governor was thwarted" is
# an assault that happened, as the guidelines code attempts)
EMBEDDING_DEPS = {"pcomp", "pobj", "prep", "xcomp", "ccomp", "acl", "relcl", "advcl", "dobj",
                  "nsubj", "nsubjpass", "conj", "auxpass", "aux", "poss", "compound"}
# PLOVER types of physical acts: in the present simple, a habit or a description
PHYSICAL = {"AID", "COOPERATE", "MOBILIZE", "ASSAULT", "COERCE", "SANCTION", "RETREAT",
            "PROTEST"}
PRESENT = {"VBZ", "VBP"}
DEFINITE = {"the", "this", "that", "these", "those"}
# the labels of links to other stories and of page furniture, followed by a colon, a dash or a
# bar at the start of a line
BOILERPLATE = re.compile(
    r"^\W*(?:related(?: stories| articles| coverage| content| news| links?)?|read more|"
    r"read also|also read|more (?:on this|news|stories)|see also|recommended(?: reading)?|"
    r"(?:top|latest|trending|most read) (?:stories|news)|you may also like|warning|"
    r"advertisement|sponsored(?: content)?|click here|sign up|subscribe|follow us|share this"
    r"(?: article)?|watch(?: now)?|listen)\s*[:|\-\u2013\u2014>]", re.IGNORECASE)
AGGREGATE_DAYS = 62  # an act dated to a span longer than two months is a count of acts


def _span_days(when: When | None) -> int | None:
    if when is None or not when.start or not when.end:
        return None
    try:
        return (dt.date.fromisoformat(when.end[:10]) - dt.date.fromisoformat(when.start[:10])).days
    except ValueError:
        return None


def _aggregate(token: Token, when: When | None) -> bool:
    if token.tag_ in {"NNS", "NNPS"}:
        kids = list(token.children)
        if token.lemma_.lower() not in WOUNDS and any(
                c.dep_ == "nummod" or (c.dep_ == "amod" and c.like_num) for c in kids):
            return True  # "182 murders" (not "two gunshot wounds": one body's)
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"in", "of", "on"} \
                and head.head.lemma_.lower() in STATISTIC_NOUNS:
            return True  # "the drop in murders", "a wave of kidnappings"
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "pobj" and token.head.lower_ == "of" and \
            token.head.head.lemma_.lower() in STATISTIC_NOUNS and not any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children):
        return True  # "one manifestation of violence"
    if _counted(token) and _since_year(token):
        return True  # "250 people have been arrested since 2011": a running total
    days = _span_days(when)
    if when is not None and (when.precision == "year" or (days is not None and
                                                          days > AGGREGATE_DAYS)):
        # "132 officers were killed in 2014", "153 drivers were killed between 2012 and 2014":
        # counted victims over a year or a span of months (one happening of 1994 keeps its
        # year: only counted participants make it a toll)
        counted = [token.head] if token.dep_ in {"acl", "relcl"} else []
        counted += [c for c in token.children if c.dep_ in {"nsubjpass", "dobj", "nsubj"}]
        return any(any(g.dep_ == "nummod" for g in n.children) or _partitive_number(n)
                   for n in counted)
    return False


def _bare_conjunct(token: Token) -> bool:
    """A bare plural conjoined to another noun ("rates and gang-linked killings"), which shares
    the phrase of its first conjunct."""
    return token.dep_ == "conj" and token.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod"} for c in token.children)


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _partitive_number(noun: Token) -> bool:
    """A number standing for counted people or things: "less than 50 of the applicants" (not
    a sum of money: "$46 million")."""
    return noun.pos_ == "NUM" and noun.ent_type_ != "MONEY" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _counted(token: Token) -> bool:
    """Those the act was done to are counted: "250 people were arrested", "less than 50 of the
    applicants were accepted", "killed 12 people", "132 officers killed" (not the doers: "the
    three countries, which have mediated since 1992")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    counted = [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" else []
    counted += [c for c in token.children if c.dep_ in {"nsubjpass", "dobj"}]
    if token.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"}
                                        for c in token.children):
        counted += [c for c in token.head.children if c.dep_ == "nsubjpass"]
    return any(_partitive_number(n) or any(g.dep_ == "nummod" for g in n.children)
               for n in counted)


def _since_year(token: Token) -> bool:
    """A period opened by a year or a month of a year: "since 2011", "since March 2019"; a
    conjoined clause shares it ("70 gangs were dismantled since 2011, and 250 people
    arrested")."""
    verbs = [token]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)
    for prep in (c for v in verbs for c in v.children):
        if prep.dep_ == "prep" and prep.lower_ == "since":
            for tok in prep.subtree:
                if tok.like_num and len(tok.text) == 4 and tok.text.isdigit():
                    return True
    return False


def _trend(token: Token) -> bool:
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    if verb.lemma_.lower() in TREND_VERBS:
        return True
    # "violence began decreasing": the trend verb is the complement of an aspect verb
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in TREND_VERBS for c in verb.children)


def _question(token: Token) -> bool:
    if token.lemma_.lower() not in ASKING_VERBS:
        return False
    for child in token.children:
        if child.dep_ in {"ccomp", "advcl"}:
            first = child.left_edge
            if first.lower_ in QUESTION_MARKS or first.lower_ in WH_WORDS:
                return True  # "asked him if he was", "asked what had happened"
            if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in child.children):
                return True
        if child.dep_ == "prep" and child.lower_ == "about":
            return True  # "asked about his aims"
    # "when asked ...": a reporter's question
    return token.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when"
                                         for c in token.children)


def _state_reference(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ not in {"NOUN", "PROPN"} or lemma not in \
            AGREEMENT_NOUNS | INQUIRY_NOUNS | COOPERATION_NOUNS:
        return False
    making = MAKING_VERBS if lemma in AGREEMENT_NOUNS else (
        FORMING_VERBS if lemma in COOPERATION_NOUNS else OPENING_VERBS)
    if token.dep_ == "pobj" and token.head.lower_ == "under":
        # "companies under investigation": a state; "was put under investigation": opened
        return token.head.head.lemma_.lower() not in PLACING_VERBS
    if not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "another", "no"}
               for c in token.children):
        return False  # "a truce": a new one is being reported
    node = token
    while node.dep_ in {"pobj", "prep", "conj", "appos", "compound"} and node.head.i != node.i:
        node = node.head
    verb = node.head if node.dep_ in {"dobj", "nsubjpass", "attr"} else None
    return verb is None or verb.lemma_.lower() not in making


def _affected(token: Token) -> bool:
    if token.lemma_.lower() not in AFFECT_VERBS:
        return False
    if token.dep_ in {"amod", "compound"} or any(
            c.dep_ in {"advmod", "amod"} and c.lower_ in DEGREE_ADVERBS for c in token.children):
        return True  # "hard-hit", "the worst hit"
    return token.head.lemma_.lower() in DEGREE_ADVERBS and token.dep_ in {"amod", "acl"}


def _hyphenated(token: Token, is_event_word: Callable[[str], bool]) -> bool:
    doc = token.doc
    i, j = token.i, token.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and \
            not doc[i - 1].whitespace_:
        i -= 2
    while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ and \
            not doc[j + 1].whitespace_:
        j += 2
    if i == j:
        return False
    whole = doc[i:j + 1].text.lower()
    if is_event_word(whole) or is_event_word(whole.replace("-", "")):
        return False  # "cease-fire"
    parts = [doc[k].lower_ for k in range(i, j + 1, 2)]
    return not (len(parts) == 2 and parts[0] in PREFIXES and parts[1] == token.lower_)


def _medical(token: Token) -> bool:
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in MEDICAL for c in token.children)


def _plea(token: Token) -> bool:
    if token.lemma_.lower() != "plead":
        return False
    return any(g.lower_ in PLEAS for c in token.children for g in c.subtree
               if c.dep_ in {"acomp", "oprd", "dobj", "advmod", "prep", "xcomp", "ccomp"})


def _habit(token: Token) -> bool:
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in token.children):
        return True
    # the verb that carries an event noun ("gangs routinely carry out kidnappings", "victims
    # often do not file complaints", "kidnappings often happen at night")
    return token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "nsubj", "nsubjpass"} and \
        token.head.pos_ in {"VERB", "AUX"} and _habit(token.head)


def _information_release(token: Token) -> bool:
    if token.lemma_.lower() not in {"release", "free"} or token.pos_ not in {"VERB", "AUX"}:
        return False
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(things) and all(t.lemma_.lower() in INFORMATION for t in things)


def _new_in_clause(token: Token) -> bool:
    """A noun that a clause introduces rather than presupposes: the object of its verb with no
    definite determiner or possessor ("alleged that officials worked out an agreement"; not
    "alleged that the attack was ordered by the army", whose attack happened)."""
    return token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "pobj", "attr"} and \
        not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                for c in token.children)


def _embedded(token: Token) -> str | None:
    node = token
    steps = 0
    clause = False  # the path climbs out of a that-clause ("alleged that ...")
    while node.head.i != node.i and node.dep_ in EMBEDDING_DEPS and steps < 8:
        if node.dep_ == "advcl" and node.head.lemma_.lower() in LEGAL_ASSERTING and any(
                c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in node.children):
            return None  # "was charged after he shot a man": the act, then the charge
        # (a complement after its verb: "O'Connor was placed under arrest; he was charged
        # with ..." parsed as a clause of "charged" is no claim of the charge)
        clause = clause or (node.dep_ == "ccomp" and node.i > node.head.i)
        node = node.head
        steps += 1
        lemma = node.lemma_.lower()
        if token.pos_ in {"VERB", "AUX"} and lemma in ASSERTING:
            return "asserted"
        if clause and _new_in_clause(token) and lemma in ASSERTING | INSISTING:
            return "asserted"
        if node.pos_ in {"NOUN", "PROPN"} and lemma in PLAN_NOUNS and token.dep_ != "compound":
            return "planned"
    return None


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause reports ``token``: itself, or the verb a noun is the subject,
    object or prepositional object of."""
    if token.pos_ in {"VERB", "AUX"}:
        return token
    node = token
    while node.dep_ in {"pobj", "prep", "conj", "compound", "appos"} and node.head.i != node.i:
        node = node.head
    if node.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and node.head.pos_ in {"VERB", "AUX"}:
        return node.head
    return None


def _present_simple(verb: Token) -> bool:
    """Present simple, active ("provides") or passive ("is held"): no perfect, progressive,
    modal or future auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in PRESENT:
        return not auxes or all(a.lemma_.lower() == "do" and a.tag_ in PRESENT for a in auxes)
    if verb.tag_ == "VB" and not auxes:  # a finite verb the tagger took for a base form
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and \
        auxes[0].tag_ in PRESENT


def _timeless(token: Token, plover: str, when: When | None, headline: bool) -> bool:
    if when is not None or headline or plover not in PHYSICAL or token.pos_ not in {"VERB", "AUX"}:
        return False
    if not _present_simple(token):
        return False
    # a subject of its own (an imperative or an infinitive has none), or a relative clause
    return token.dep_ == "relcl" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def _definition(token: Token, when: When | None, headline: bool) -> bool:
    if when is not None or headline:
        return False
    verb = _clause_verb(token)
    if verb is None or verb.dep_ != "relcl" or not _present_simple(verb):
        return False
    noun = verb.head
    if noun.pos_ == "PROPN" or noun.ent_type_:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                   for c in noun.children)


def _kind_defined(token: Token, when: When | None, headline: bool) -> bool:
    """A bare plural event noun defined by a present-simple relative clause: "express
    kidnappings, in which the victim is held for a few hours" (a kind of act, not one)."""
    if when is not None or headline or token.tag_ != "NNS":
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} or c.like_num for c in token.children):
        return False
    return any(c.dep_ == "relcl" and _present_simple(c) for c in token.children)


# mass nouns of violence: as the bare subject of a present-simple verb, a topic ("violence
# between rival gangs is the main driver of the exodus")
MASS_VIOLENCE = {"violence", "bloodshed", "fighting", "conflict", "war", "warfare", "crime",
                 "criminality", "insecurity", "terrorism", "unrest", "lawlessness"}


def _generic_subject(token: Token, when: When | None, headline: bool) -> bool:
    plural = token.tag_ == "NNS" or (token.tag_ == "NN" and
                                     token.lemma_.lower() in MASS_VIOLENCE)
    if when is not None or headline or not plural or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if any(c.dep_ in {"det", "poss", "nummod", "quantmod"} or c.like_num for c in token.children):
        return False
    verb = token.head
    return verb.pos_ in {"VERB", "AUX"} and _present_simple(verb)


def other_story(text: str) -> bool:
    """A line that links to another story or is page furniture ("READ MORE: ...", "Related:
    ...", "See also: ...", "Warning: graphic content"): what it names is not this article's
    content. A caption of the article's own photo ("Photo: ...") is not one of these."""
    return BOILERPLATE.match(text) is not None


def not_a_happening(token: Token, plover: str, when: When | None,
                    is_event_word: Callable[[str], bool] = lambda _: False,
                    headline: bool = False) -> str | None:
    """Why the candidate named by ``token`` is not a happening (None: it may be one);
    ``is_event_word`` says whether a whole word is a key of the trigger lexicon; ``headline``:
    the sentence is a headline, whose present simple reports news."""
    if _hyphenated(token, is_event_word):
        return "part of a word"
    if _medical(token):
        return "medical"
    if _plea(token):
        return "plea"
    if _habit(token):
        return "habit"
    if plover == "ASSAULT" and accident(token):
        return "accident"
    if natural_force(token, plover):
        return "nature"  # senses/nature.py: "the storm to hit", "a volcano exploded"
    if unarmed_mobilization(token, plover):
        return "unarmed"  # senses/forces.py: "preparing 500 pies", "deployed new software"
    if no_agreement(token, plover):
        return "opinion"  # senses/public/opinions.py: "agrees with the need for", "offers a discount"
    if no_release(token, plover):
        return "discharge"  # senses/public/discharge.py: "released from the hospital", "backing up"
    if figurative_fight(token, plover):
        return "figurative"  # senses/public/disputes.py: "a legal battle", "life support"
    if electoral(token, plover):
        return "election"  # senses/public/elections.py: "beat her rival by 300 votes"
    if remembered(token):
        return "remembered"  # senses/public/memory.py: "the anniversary of the bombing"
    if in_a_name(token, headline):
        return "name"  # senses/public/help.py: "the Support Mission Against Corruption"
    if help_topic(token, plover) or backs_an_idea(token, plover):
        return "topic"  # senses/public/help.py: "called for more aid", "supported the notion"
    if plover == "REQUEST" and seeking_refuge(token):
        return "flight"  # senses/public/processes.py: "sought refuge in the capital"
    if process_topic(token, plover):
        return "topic"  # senses/public/processes.py: "the result of a lengthy investigation"
    if condition_of_violence(token, plover, when is not None):
        return "condition"  # senses/public/campaigns.py: "Mexico's drug war", "the violence"
    if plover == "ASSAULT" and executed_thing(token) == "none":
        return "executed thing"  # senses/public/discharge.py: "executed the plan"
    if no_permission(token, plover, when is not None, headline):
        return "permission"  # senses/life/permits.py: "allow for a meal", "seekers are allowed to"
    if aiming(token, plover):
        return "aim"  # senses/life/aims.py: "shooting for a March date", "targeting growth"
    if game(token, plover):
        return "sport"  # senses/life/games.py: "hit the tying 3-pointer", "the Eagles beat the Giants"
    market = market_sense(token, plover, is_event_word)
    if market:
        return market  # senses/life/markets.py: "the demand for labor", "the stock hit a high"
    legal = legal_sense(token, plover, is_event_word)
    if legal:
        return legal  # senses/courts/legal.py: "a federal appeal", "the accused"
    if verdict_sense(token, plover):
        return "verdict"  # senses/courts/verdicts.py: "condemned the house", "handed a sentence"
    if plover == "RETREAT" and _information_release(token):
        return "information"
    embedded = _embedded(token)
    if embedded:
        return embedded
    sense = not_done(token, plover, is_event_word)
    if sense:
        return sense
    if _question(token):
        return "question"
    if _trend(token):
        return "trend"
    if _aggregate(token, when) or (_bare_conjunct(token) and _aggregate(_first_conjunct(token),
                                                                        when)):
        return "aggregate"  # "an increase in homicide rates and gang-linked killings"
    if forecast(token, plover, is_event_word) or threat_as_risk(token, plover, is_event_word):
        return "forecast"  # senses/outlook.py: "warned that prices would rise"
    if plover in {"ASSAULT", "COERCE", "PROTEST", "THREATEN"} and to_be_stopped(token):
        return "purpose"  # senses/outlook.py: "aimed at stopping attacks on buses"
    outlook = tallied(token, plover)
    if outlook:
        return outlook  # senses/outlook.py: "400 people have been arrested this year"
    if plover in {"AGREE", "ACCUSE", "COOPERATE"} and _state_reference(token):
        return "reference"
    if plover == "ASSAULT" and _affected(token):
        return "affected"
    if _timeless(token, plover, when, headline):
        return "timeless"
    if class_habit(token, when is not None, headline):
        return "habit"  # senses/public/habits.py: "critics complain", "are known to threaten"
    general = general_act(token, plover, when is not None, headline, is_event_word)
    if general:
        return general  # senses/public/populations.py: "more shoppers", "supports veterans"
    if _definition(token, when, headline) or _kind_defined(token, when, headline):
        return "definition"
    if _generic_subject(token, when, headline):
        return "generic"
    return None
