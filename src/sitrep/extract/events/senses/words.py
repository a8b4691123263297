"""Word senses and acts that were only intended: whether a trigger names an act of its type that
happened, read from its arguments and the clause it heads, not from the word alone.

``not_done(token, plover, is_event_word)`` returns why a candidate is not a happening, or None:

- **purposes**: the physical act of an infinitival purpose clause or of an infinitive on a noun
  was only intended ("lied in order to prevent her arrest", "extended the offer to allow
  shareholders time", "an amnesty for people to surrender their guns", "formed an alliance to
  take control of the coast", "to launch an attack"); but a verbal act, a protest or an
  investigation is done by the main clause ("summoned the envoy to complain", "gathered to
  protest", "sent a team to investigate"), a main verb of carrying out does its purpose
  ("launched raids to detain", "fired tear gas to disperse"), the content of a decision, a deal
  or an attempt ("a deal to release prisoners", "an attempt to kill") is read by the other
  tests, and "the first leader to sign the treaty" reports a signing;
- **averted acts**: an act named as the object of avoiding or preventing ("fled to avoid
  arrest", "escaped capture", "prevented him from attacking"): it did not happen;
- **trying**: "sought to send a message" is an attempt, not a request (the request sense of
  "seek" takes an object: "sought asylum");
- **provisions**: a request verb whose subject is a text or a plan ("the terms call for", "the
  plan calls for the army to leave"): what a document says, not an appeal by anyone;
- **hosting leisure**: "the track will host the final race" is not a visit or a meeting
  (hosting a delegation, talks or a summit is);
- **figurative targets**: violence against an abstraction ("fight crime", "an attack on
  democracy", "the war on drugs", "a battle against inflation"): an ASSAULT needs a person, a
  group, a place or a thing as its target;
- **control of things**: "take control of" a vehicle, a company or a situation is not a battle
  (of a town, a base or a region it is);
- **charge names**: a bare crime noun in the complement of a charge, a suspicion, a plea or a
  verdict ("charged with aggravated assault", "on suspicion of murder", "murder charges") names
  the charge, not the act (which "accused of the murder of a shopkeeper" refers to);
- **pleas and statements**: admitting an offence in court ("admitted harassment") is a plea,
  and "admits that the store needs investment" a statement: neither concedes a fault or an act;
- **modifiers**: a participle before its noun ("privately negotiated transactions") names a
  property of the thing (except for violence and coercion: "the abducted children");
- **rumours**: singular "talk" about or of something ("the talk about killing him") is no
  negotiation ("talks about the truce" are);
- **no comment**: "declined to comment", "refused to answer", "a request for comment": silence,
  not a rejection or an appeal;
- **speculation**: a modal perfect ("may have started cooperating", "might have been trying to
  impress her by killing") guesses about the past; it reports no act.

``sense_type`` retypes a trigger whose arguments change its type: agreeing with an opinion
("agreed with the committee's finding") is an endorsement (SUPPORT), not an agreement; a raid
by the police or on homes and offices ("homes were raided") is a search (COERCE; PLOVER has no mode for it), not an
attack.

The families of words are listed whole (every lemma of the family; inflections come through the
lemma).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.events import modal_cues
from sitrep.extract.events.senses.agency import (
    agentless,
    contest,
    decrease,
    depicted,
    enabling,
    head_noun,
    need_met,
    opinion,
    recorded,
    thing_released,
)
from sitrep.extract.events.senses.courts.legal import (
    charge_name,
    charged_act,
    charged_deed,
    seizures_in_general,
)
from sitrep.extract.events.senses.courts.searches import search_raid
from sitrep.extract.events.senses.courts.verdicts import verdict_type
from sitrep.extract.events.senses.everyday import everyday_sense
from sitrep.extract.events.senses.fit import fitting_type
from sitrep.extract.events.senses.kinds import (
    contraband_destroyed,
    kind_of_act,
    published_inquiry,
)
from sitrep.extract.events.senses.life.pastimes import labour_strike
from sitrep.extract.events.senses.life.personal import personal_sense
from sitrep.extract.events.senses.public.civic import civic_sense
from sitrep.extract.events.senses.public.discharge import executed_thing
from sitrep.extract.events.senses.public.elections import attack_in_words
from sitrep.extract.events.senses.public.processes import recaptured_person
from sitrep.extract.events.tokens import has_any

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# verbs that carry out an act named by their object ("to launch an attack", "to hold talks")
LIGHT_VERBS = {"launch", "carry", "conduct", "stage", "mount", "make", "commit", "perpetrate",
               "hold", "unleash", "wage", "execute", "undertake", "organise", "organize",
               "begin", "start", "lead", "take", "attend", "join"}
# nouns whose infinitive is the content of a decision, a deal or an attempt (read elsewhere)
DECISION_NOUNS = {"decision", "move", "order", "vote", "resolution", "ruling", "verdict", "bid",
                  "attempt", "effort", "campaign", "operation", "mission", "offensive", "push",
                  "drive", "step", "measure", "initiative", "agreement", "deal", "accord", "pact",
                  "treaty", "promise", "pledge", "commitment", "vow", "call", "appeal", "demand",
                  "request", "refusal", "readiness", "willingness", "plan", "plot", "threat",
                  "proposal", "offer", "invitation", "failure", "right", "motion", "bill",
                  "law", "decree", "warrant", "permission", "authorization", "authorisation",
                  "mandate", "approval", "consent", "choice", "option", "intention", "intent",
                  "scheme", "conspiracy", "ultimatum", "deadline", "instruction", "directive",
                  "command", "signal", "chance"}
# types of physical acts whose purpose clause is only intended; a verbal act ("summoned the
# envoy to complain", "met to discuss"), a protest ("gathered to protest") or an investigation
# ("sent a team to investigate") is done by the very act of the main clause
INTENDED_TYPES = {"ASSAULT", "COERCE", "RETREAT", "CONCEDE", "MOBILIZE", "SANCTION", "AID",
                  "COOPERATE"}
# main verbs that carry out their purpose ("launched operations to detain", "deployed troops to
# retake", "fired tear gas to disperse", "went to the house to arrest")
CARRYING_OUT = {"launch", "begin", "start", "deploy", "dispatch", "send", "mobilize", "mobilise",
                "use", "employ", "intensify", "step", "conduct", "carry", "mount", "stage",
                "raid", "storm", "enter", "fire", "open", "arrive", "come", "go", "move",
                "travel", "fly", "drive", "gather", "assemble", "march", "rally", "summon",
                "convene", "meet", "receive", "visit", "hold", "return", "rush", "race",
                "swoop", "descend", "converge", "surround", "block", "barricade", "occupy",
                "join", "team", "unite", "cooperate", "collaborate", "work", "act", "intervene",
                "strike", "attack", "shoot", "bomb", "shell", "detain", "arrest", "seize"}
# verbs whose "for X to do" is the content of an appeal, not a purpose
CALLING = {"call", "appeal", "push", "press", "plead", "wait", "vote", "arrange", "lobby",
           "campaign", "pray", "ask", "petition", "clamour", "clamor", "argue", "agitate"}
ORDINALS = {"first", "second", "third", "last", "latest", "only", "next", "final", "sole"}
PREVENTING = {"prevent", "avoid", "evade", "escape", "elude", "avert", "dodge", "forestall",
              "preclude", "sidestep"}
TRYING = {"seek"}
# subjects that are texts, plans or rules: they "call for" or "demand" as provisions
TEXT_NOUNS = {"term", "plan", "proposal", "agreement", "deal", "accord", "treaty", "pact",
              "contract", "law", "bill", "act", "rule", "regulation", "resolution", "budget",
              "draft", "text", "document", "report", "constitution", "charter", "clause",
              "provision", "guideline", "policy", "strategy", "programme", "program", "scheme",
              "framework", "roadmap", "blueprint", "initiative", "legislation", "statute",
              "decree", "order", "motion", "amendment", "recommendation", "condition",
              "settlement", "formula", "project", "design", "timetable", "schedule", "model",
              "package", "offer", "bid", "merger", "transaction", "arrangement", "code"}
REQUEST_VERBS = {"call", "demand", "require", "request", "urge", "seek", "ask"}
# what is hosted for leisure, not for a meeting: races, games, shows and celebrations
LEISURE = {"race", "match", "game", "tournament", "championship", "cup", "olympics", "final",
           "semifinal", "semi-final", "festival", "concert", "show", "party", "exhibition",
           "fair", "ceremony", "wedding", "gala", "contest", "competition", "league", "season",
           "round", "leg", "stage", "marathon", "screening", "premiere", "event", "series",
           "fixture", "derby", "tour", "rally", "prix", "playoff", "quiz", "broadcast",
           "podcast", "programme", "program", "carnival", "parade", "celebration", "pageant",
           "auction", "sale", "launch", "webinar", "workshop", "course", "class", "lesson"}
# abstractions that violence words take figuratively
ABSTRACT_TARGETS = {
    "crime", "criminality", "corruption", "graft", "bribery", "fraud", "impunity", "terrorism",
    "terror", "extremism", "radicalism", "radicalisation", "radicalization", "trafficking",
    "smuggling", "drug", "narcotic", "poverty", "hunger", "inflation", "unemployment",
    "disease", "cancer", "obesity", "addiction", "illiteracy", "inequality", "injustice",
    "racism", "discrimination", "sexism", "misinformation", "disinformation", "propaganda",
    "democracy", "freedom", "liberty", "right", "law", "constitution", "justice", "sovereignty",
    "independence", "value", "principle", "reputation", "credibility", "integrity", "dignity",
    "character", "honour", "honor", "faith", "truth", "science", "economy", "policy", "idea",
    "decision", "plan", "proposal", "ruling", "verdict", "bill", "budget", "reform", "climate", "warming", "pollution", "deforestation", "piracy", "insurgency",
    "violence", "crisis", "pandemic", "virus", "coronavirus", "covid", "covid-19",
    "bureaucracy", "red", "tape", "complacency", "apathy", "ignorance", "fear", "hate",
    "hatred", "intolerance", "populism", "authoritarianism", "dictatorship", "tyranny",
    "lawlessness", "insecurity", "instability", "mismanagement", "waste", "abuse",
    # qualities and works of a body or a policy ("attacked the constitutionality of the
    # commission", "an offensive against anti-corruption efforts", "fought the legislation")
    "constitutionality", "legality", "legitimacy", "validity", "impartiality", "neutrality",
    "effort", "legislation", "strategy", "agenda", "record", "competence", "handling",
    "initiative", "programme", "program", "mandate", "motive", "methodology", "finding",
    "report", "accuracy", "fairness", "transparency", "accountability", "autonomy",
}
FIGURATIVE_ASSAULT = {"fight", "fighting", "attack", "war", "battle", "combat", "assault",
                      "crusade", "onslaught", "offensive"}
# places and holdings that are taken in battle (the family the trigger table lists for capture)
TERRITORY = {"town", "village", "city", "area", "territory", "base", "position", "airport",
             "district", "region", "province", "hill", "camp", "port", "border", "crossing",
             "checkpoint", "outpost", "garrison", "fort", "stronghold", "neighbourhood",
             "neighborhood", "suburb", "quarter", "island", "coast", "valley", "capital",
             "state", "country", "road", "highway", "bridge", "square", "zone", "enclave",
             "strip", "bank", "peninsula", "oilfield", "field", "mine", "dam", "plant",
             "station", "building", "compound", "headquarters", "palace", "parliament",
             "ministry", "prison", "jail", "barracks", "harbour", "harbor", "route"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
DEFINITE = {"the", "this", "that", "these", "those"}
# offences admitted in court ("admitted harassment"): a plea, not a concession
OFFENCES = {"harassment", "theft", "burglary", "fraud", "assault", "murder", "manslaughter",
            "robbery", "possession", "trafficking", "dealing", "offence", "offense", "charge",
            "count", "guilt", "battery", "affray", "arson", "rape", "kidnapping", "extortion",
            "bribery", "corruption", "embezzlement", "forgery", "perjury", "contempt",
            "stalking", "trespass", "vandalism", "handling", "smuggling", "laundering",
            "blackmail", "homicide", "killing", "wounding", "threat", "obstruction",
            "misconduct", "negligence", "speeding", "drink-driving", "shoplifting",
            "conspiracy", "attempt", "breach", "damage"}
# what an admission of a fault is about: without one, "admits that X needs Y" is a statement
FAULT_WORDS = {"fail", "failure", "mistake", "error", "wrong", "wrongdoing", "fault",
               "responsible", "responsibility", "blame", "negligent", "negligence", "lapse",
               "mislead", "lie", "abuse", "misconduct", "breach", "violate", "violation",
               "guilty", "shortcoming", "flaw", "misjudge", "mishandle", "overlook", "ignore",
               "neglect", "illegal", "unlawful", "improper", "cover", "wrongly", "err"}
PARTITIVES = {"one", "some", "part", "half", "third", "quarter", "first", "second", "last",
              "rest", "remainder", "most", "many", "few", "several", "each", "all", "both",
              "none", "any", "portion", "share"}
# speech acts: their nouns ("denied accusations") are never the name of a crime
VERBAL = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONSULT", "CONCEDE"}
# verbs of saying: declining to do one of these is a "no comment", not a rejection
SAYING = {"comment", "say", "speak", "talk", "discuss", "elaborate", "respond", "answer",
          "reply", "confirm", "deny", "disclose", "reveal", "specify", "identify", "name",
          "explain", "detail", "describe", "address", "divulge", "interview", "testify",
          "state", "clarify", "expand", "remark", "mention", "raise", "cite", "broach",
          "recount"}
# verbs of handing over that say something only with information as their object ("refused to
# give details"; "refused to give up their weapons" is a rejection)
TELLING = {"give", "provide", "release", "share", "offer", "supply", "publish", "make"}
INFO_OBJECTS = {"detail", "information", "name", "figure", "comment", "reason", "evidence",
                "specific", "data", "number", "identity", "answer", "explanation", "statement",
                "account", "estimate", "breakdown", "update", "timeline", "interview"}
# what one rejects by not answering it ("refused to respond to the demands")
DEMANDS = {"demand", "request", "call", "ultimatum", "appeal", "proposal", "offer", "summons",
           "order", "plea", "petition", "invitation", "subpoena", "warrant", "requirement",
           "condition", "deadline"}
# what reporters request: "a request for comment" is no appeal by anyone in the story
COMMENT_NOUNS = {"comment", "comments", "interview", "reaction", "response", "statement",
                 "clarification", "confirmation"}
# propositions one agrees with as an opinion ("agreed with the committee's finding")
PROPOSITIONS = {"finding", "view", "assessment", "analysis", "conclusion", "statement",
                "comment", "remark", "argument", "opinion", "idea", "position", "verdict",
                "ruling", "decision", "observation", "characterisation",
                "characterization", "description", "interpretation", "sentiment", "criticism",
                "point", "claim", "premise", "notion", "diagnosis", "recommendation",
                "judgment", "judgement", "estimate", "prediction", "report", "approach",
                "stance", "thesis", "suggestion", "evaluation"}
# who raids to search, not to attack; and what they search
LAW_ENFORCEMENT = {"police", "policeman", "officer", "agent", "detective", "investigator",
                   "customs", "prosecutor", "authority", "fbi", "dea", "interpol", "europol",
                   "gendarme", "gendarmerie", "sheriff", "deputy", "trooper", "constable",
                   "inspector", "immigration", "ice", "regulator", "taxman", "cop",
                   "carabinieri", "guardia", "federales", "swat"}
PREMISES = {"home", "house", "office", "premise", "premises", "flat", "apartment", "shop",
            "store", "warehouse", "headquarters", "residence", "property", "business",
            "company", "bank", "club", "bar", "restaurant", "farm", "factory", "lab",
            "laboratory", "garage", "workshop", "studio", "newsroom", "address", "building"}
EPISTEMIC = {"may", "might", "could", "must"}
HAVE_FORM = frozenset({"have"})  # the perfect of a guess ("may have started")


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _carried_by(token: Token) -> Token | None:
    """The verb whose clause is the act of ``token``: the trigger itself when it is a verb, the
    light verb of which it is the object ("to launch an attack")."""
    if token.pos_ in VERB_POS:
        return token
    if token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS:
        return token.head
    return None


def _purpose(token: Token, plover: str, is_event_word: Callable[[str], bool]) -> bool:
    if plover not in INTENDED_TYPES:
        return False  # "summoned the envoy to complain", "gathered to protest": done there
    verb = _carried_by(token)
    while verb is not None and verb.dep_ == "conj" and _has_to(verb) and _has_to(verb.head):
        verb = verb.head  # "issued to search the homes and to detain other suspects"
    if verb is None or not _has_to(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and \
            verb.head.lemma_.lower() in CALLING:
        return False  # "call for the army to leave": the content of a request
    if verb.dep_ == "advcl":
        # "extended the offer to allow" (but "launched raids to detain": carried out)
        return verb.head.lemma_.lower() not in CARRYING_OUT
    if verb.dep_ not in {"acl", "relcl"} or verb.head.pos_ not in NOUN_POS | {"PRON"}:
        return False
    noun = verb.head
    lemma = noun.lemma_.lower()
    if lemma == "order" and noun.head.lower_ == "in":
        return True  # "in order to prevent"
    if any(c.lower_ in ORDINALS or c.ent_type_ == "ORDINAL" for c in noun.children):
        return False  # "the first leader to sign the treaty"
    return not (lemma in DECISION_NOUNS or is_event_word(lemma))


def _averted(token: Token) -> bool:
    if token.dep_ not in {"dobj", "xcomp", "pcomp", "pobj", "nsubjpass"}:
        return False
    governor = token.head
    if governor.lower_ == "from" and governor.dep_ == "prep":
        governor = governor.head  # "prevented him from attacking"
    if token.dep_ == "pobj" and governor.i == token.head.i:
        return False
    return governor.lemma_.lower() in PREVENTING and governor.pos_ in VERB_POS


def _trying(token: Token) -> bool:
    return token.lemma_.lower() in TRYING and any(c.dep_ == "xcomp" and _has_to(c)
                                                   for c in token.children) and not any(
        c.dep_ == "dobj" for c in token.children)


def _provision(token: Token) -> bool:
    if token.lemma_.lower() not in REQUEST_VERBS or token.pos_ not in VERB_POS:
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in TEXT_NOUNS and not s.ent_type_
                                  for s in subjects)


def _leisure_host(token: Token) -> bool:
    if token.lemma_.lower() != "host" or token.pos_ not in VERB_POS:
        return False
    things = [head_noun(c, PARTITIVES) for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(things) and all(t.lemma_.lower() in LEISURE for t in things)


def _court_admission(token: Token, is_event_word: Callable[[str], bool]) -> bool:
    """An admission that is a plea ("admitted harassment") or a plain statement ("admits that
    the store needs investment"), not a concession of a fault or an act."""
    if token.lemma_.lower() not in {"admit", "confess"} or token.pos_ not in VERB_POS:
        return False
    objects = [head_noun(c, PARTITIVES) for c in token.children if c.dep_ == "dobj"]
    if objects:
        return all(o.lemma_.lower() in OFFENCES and not any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in o.children)
            for o in objects)
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        # what is admitted, leaving out descriptions ("the store, opened in 1968, needs ...")
        described = {t.i for c in clause.subtree if c.dep_ in {"acl", "relcl", "appos"}
                     for t in c.subtree}
        words = {t.lemma_.lower() for t in clause.subtree if t.i not in described}
        return not (words & FAULT_WORDS or any(is_event_word(w) for w in words))
    return False


def _modifier(token: Token, plover: str) -> bool:
    """A participle before its noun names a property, not a happening: "privately negotiated
    transactions", "a recognised party", "the investigating officer" (violence and coercion
    keep theirs: "the abducted children" were abducted; so do "a threatening note" and "the
    protesting farmers")."""
    if plover in {"ASSAULT", "COERCE"} or token.dep_ != "amod" or token.i > token.head.i:
        return False
    if token.tag_ == "VBG":  # "the investigating officer", "supporting documents"
        return plover not in {"THREATEN", "PROTEST"} and token.i + 1 == token.head.i
    if token.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"dobj", "nsubj", "nsubjpass", "ccomp", "xcomp"} for c in token.children):
        return False
    # only modifiers of the noun between them: "condemned Monday's attacks" is a verb the
    # parser took for a modifier
    doc = token.doc
    return all(doc[k].dep_ in {"amod", "compound", "advmod", "nummod", "punct", "hyph"}
               for k in range(token.i + 1, token.head.i))


def _silent(verb: Token) -> bool:
    """A verb of saying that answers no demand: "to comment", "to answer questions"; not "to
    respond to the demands" (a rejection of them)."""
    lemma = verb.lemma_.lower()
    if lemma in TELLING:
        return any(o.dep_ == "dobj" and o.lemma_.lower() in INFO_OBJECTS for o in verb.children)
    if lemma not in SAYING:
        return False
    answered = [c for c in verb.children if c.dep_ == "dobj"]
    answered += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                 for g in p.children if g.dep_ == "pobj"]
    return not any(a.lemma_.lower() in DEMANDS for a in answered)


def _no_comment(token: Token, plover: str) -> bool:
    """ "Declined to comment", "refused to answer questions", "did not respond to a request for
    comment": a party keeping silent, not a rejection or an appeal."""
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in {"decline", "refuse"} and \
            _silent(token):
        return True  # "declined to discuss the case": no talks either
    if plover == "REJECT" and token.pos_ in VERB_POS:
        said = [c for c in token.children if c.dep_ == "xcomp"]
        if said:
            return all(_silent(c) for c in said)
        declined = [c for c in token.children if c.dep_ == "dobj"]
        return bool(declined) and all(  # "declined comment", "refused interview requests"
            d.lemma_.lower() in COMMENT_NOUNS or (d.lemma_.lower() in DEMANDS and any(
                c.dep_ == "compound" and c.lemma_.lower() in COMMENT_NOUNS
                for c in d.children)) for d in declined)
    if plover == "REQUEST" and token.pos_ in NOUN_POS:
        wanted = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
                  for g in p.children if g.dep_ == "pobj"]
        return bool(wanted) and all(w.lower_ in COMMENT_NOUNS for w in wanted)
    return False


def _talk_of(token: Token) -> bool:
    """Singular "talk" about or of something is a rumour or a discussion ("the talk about
    killing him", "there is talk of a ceasefire"), not negotiations ("talks about the truce")."""
    return token.lower_ == "talk" and token.pos_ in NOUN_POS and any(
        c.dep_ == "prep" and c.lower_ in {"about", "of"} for c in token.children)


def _police_raid(token: Token) -> bool:
    """A raid by the police or another law-enforcement body ("police raided the offices",
    "a police raid", "homes were raided" with no other raider named): a search, COERCE, not an
    attack ("militants raided the village")."""
    if token.lemma_.lower() != "raid":
        return False
    raiders = [c for c in token.children if c.dep_ in {"nsubj", "compound", "poss", "amod"}
               and (c.dep_ == "nsubj" or c.i < token.i)]
    raiders += [g for c in token.children if c.dep_ == "agent" for g in c.children
                if g.dep_ == "pobj"]
    raiders += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                for g in c.children if g.dep_ == "pobj"]
    if token.pos_ in VERB_POS and token.dep_ == "conj" and not raiders:
        raiders = [c for c in token.head.children if c.dep_ == "nsubj"]
    if raiders:
        return any(r.lemma_.lower() in LAW_ENFORCEMENT or r.lower_ in LAW_ENFORCEMENT
                   for r in raiders)
    raided = [c for c in token.children if c.dep_ == "nsubjpass"]
    return bool(raided) and all(r.lemma_.lower() in PREMISES for r in raided)


def sense_type(token: Token, plover: str) -> str:
    """The PLOVER type of the trigger's sense where its arguments change it: agreeing with an
    opinion ("agreed with the committee's finding") endorses it (SUPPORT); it is no
    agreement between parties ("agreed with Iran on a ceasefire"); a police raid is a search
    (COERCE), an armed group's an attack (ASSAULT)."""
    if plover == "ASSAULT" and (_police_raid(token) or search_raid(token) or
                                contraband_destroyed(token) or executed_thing(token) == "COERCE"):
        return "COERCE"  # (soldiers' searches: ``courts.searches``; destroying drugs or
        # seized weapons: ``kinds``)
    if attack_in_words(token, plover):
        return "ACCUSE"  # "attacked his record in a debate": criticism (``public.elections``)
    if labour_strike(token, plover):
        return "PROTEST"  # "teachers striking for better pay" (``pastimes``)
    if plover == "ASSAULT" and recaptured_person(token):
        return "COERCE"  # "the fugitive was recaptured": an arrest (``public.processes``)
    if verdict_type(token, plover) != plover:  # "condemned to death": a sentence; charges
        return verdict_type(token, plover)  # dismissed by a judge: dropped (``public.verdicts``)
    if plover == "AGREE" and token.lemma_.lower() == "agree" and token.pos_ in VERB_POS:
        agreed = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
                  for g in p.children if g.dep_ == "pobj"]
        if agreed and all(g.lemma_.lower() in PROPOSITIONS for g in agreed) and not any(
                c.dep_ in {"xcomp", "dobj"} or (c.dep_ == "prep" and c.lower_ in {"on", "to"})
                for c in token.children):
            return "SUPPORT"
    return fitting_type(token, plover)  # "seeking damages": a lawsuit (``fit``)


def _speculation(token: Token) -> bool:
    """A guess about the past: "may have started cooperating", "might have been trying to
    impress her by killing": a modal with a perfect on the act's clause or the clauses it is
    the complement of."""
    node = token if token.pos_ in VERB_POS else None
    if node is None or not has_any(token.doc, words=HAVE_FORM):
        return False  # (the perfect needs the word "have")
    for _ in range(4):
        auxes = [c.lower_ for c in node.children if c.dep_ == "aux"]
        if any(a in EPISTEMIC for a in auxes) and "have" in auxes:
            return True
        if node.dep_ not in {"xcomp", "pcomp", "advcl", "conj"} or node.head.i == node.i:
            return False
        node = node.head if node.head.pos_ in VERB_POS else node.head.head
    return False


def _targets(token: Token) -> list[Token]:
    """What a violence word is done to: the object of the verb, or the object of "on",
    "against" or "upon" after the noun ("an attack on democracy", "the war on drugs")."""
    out = [c for c in token.children if c.dep_ == "dobj"]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "against", "upon"}:
            out += [g for g in child.children if g.dep_ == "pobj"
                    and g.ent_type_ not in {"DATE", "TIME"}]  # not "on Monday"
    return out


def _abstract(noun: Token) -> bool:
    if noun.ent_type_ in PLACE_ENTS | {"PERSON", "ORG", "NORP"}:
        return False
    lemma = noun.lemma_.lower()
    if any(c.dep_ == "poss" for c in noun.children) and lemma in {"right", "value", "faith"}:
        return True  # "an attack on our values"
    return lemma in ABSTRACT_TARGETS or noun.lower_ in ABSTRACT_TARGETS


def _figurative(token: Token) -> bool:
    if token.lemma_.lower() not in FIGURATIVE_ASSAULT and token.lower_ not in FIGURATIVE_ASSAULT:
        return False
    if modal_cues.modality(token, unless=False)["must"]:
        return False  # "must help with the battle against the crisis": an appeal (REQUEST)
    if attack_in_words(token, "ASSAULT"):
        return False  # "attacked his record in a debate": criticism (``sense_type``: ACCUSE)
    targets = _targets(token)
    return bool(targets) and all(_abstract(t) for t in targets)


def _control_of_things(token: Token) -> bool:
    if token.lemma_.lower() not in {"take", "seize", "gain", "wrest", "assume"}:
        return False
    for control in token.children:
        if control.dep_ != "dobj" or control.lemma_.lower() != "control":
            continue
        owned = [g for p in control.children if p.dep_ == "prep" and p.lower_ in {"of", "over"}
                 for g in p.children if g.dep_ == "pobj"]
        if not owned:
            return False  # "took control": of what the sentence says elsewhere
        return not any(o.ent_type_ in PLACE_ENTS or o.lemma_.lower() in TERRITORY
                       for o in owned)
    return False


def not_done(token: Token, plover: str,
             is_event_word: Callable[[str], bool] = lambda _: False) -> str | None:
    """Why the candidate named by ``token`` is no act of ``plover`` that happened (None: it may
    be one)."""
    if _purpose(token, plover, is_event_word):
        return "purpose"
    if _averted(token):
        return "averted"
    if plover not in VERBAL and (charge_name(token) or charged_act(token) or
                                 seizures_in_general(token)):
        return "charge name"
    if plover not in VERBAL | {"PROTEST"} and charged_deed(token):
        return "charge name"  # "arrested for attacking officers" ("for protesting" stays)
    if plover == "CONCEDE" and _court_admission(token, is_event_word):
        return "plea or statement"
    if _speculation(token):
        return "speculation"
    if _modifier(token, plover):
        return "modifier"
    if _no_comment(token, plover):
        return "no comment"
    if plover == "CONSULT" and _talk_of(token):
        return "rumour"
    if plover == "REQUEST" and _trying(token):
        return "trying"
    if plover == "REQUEST" and _provision(token):
        return "provision"
    if plover == "CONSULT" and _leisure_host(token):
        return "leisure"
    if plover == "ASSAULT" and _figurative(token):
        return "figurative"
    if plover == "ASSAULT" and _control_of_things(token):
        return "control of things"
    if plover in {"ASSAULT", "COERCE"} and recorded(token):
        return "recording"
    if plover in {"ASSAULT", "COERCE", "SUPPORT"} and contest(token):
        return "contest"
    if depicted(token):
        return "told by a work"
    if plover == "RETREAT" and thing_released(token):
        return "thing released"
    if plover == "CONSULT" and need_met(token):
        return "need met"
    if agentless(token, plover, is_event_word):
        return "no agent"
    if plover == "REJECT" and decrease(token):
        return "decrease"
    if plover in {"CONCEDE", "AGREE"} and enabling(token):
        return "consequence"
    if plover == "AGREE" and opinion(token):
        return "opinion"
    personal = personal_sense(token, plover) or civic_sense(token, plover, is_event_word)
    if personal:
        return personal
    if plover == "ACCUSE" and published_inquiry(token):
        return "published inquiry"
    if plover == "ASSAULT":
        kind = kind_of_act(token, is_event_word)
        if kind:
            return kind
    return everyday_sense(token, plover)  # illness, dismissal, press releases, sport, web
