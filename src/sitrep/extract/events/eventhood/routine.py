"""An institution's routine: no second party, no event.

- **budget decisions** (AGREE): a single body agreeing, voting or deciding to spend, allocate,
  hire or buy, with no party it agrees with ("the selectmen agreed to allocate $4,500 to hire
  an engineer", "the council agreed to spend $2 million on roads"): its own housekeeping, not
  an agreement between parties ("agreed with the union to raise wages", "agreed to pay the
  families $5 million", "the two sides agreed to a ceasefire" stay);
- **pay measures** (SANCTION): freezing, cutting or suspending pay, wages, hiring, tuition,
  fees or a budget ("would freeze the pay of its president", "froze the salaries of all its
  employees", "a hiring freeze"): a budget measure, not a sanction of anyone ("froze the
  assets of the rebel leaders" stays);
- **caseload statuses**: a noun of custody or release after "on" that describes a counted or
  named group ("nine offenders on pretrial release", "four on house arrest", "those on
  parole", "supervises 300 people, 40 of them on house arrest"): a standing status in a
  statistic, no arrest or release told ("was placed on house arrest on Monday", "is on bail",
  "jumped bail" stay);
- **a body's function**: an act told in a relative clause on an office, an agency or a unit,
  with no date of its own and bare plural objects ("the Office of Reproductive Rights, which
  investigated threats and crimes against clinics", "a unit that arrests smugglers"): what the
  body does or did as its job, not one happening ("the unit, which arrested 12 men on Monday",
  "the office that investigated the bombing" stay);
- **a visit to one's own mission** (CONSULT): an official of a country visiting that country's
  embassy, consulate or mission ("the President of Armenia visited the Embassy of the
  Republic of Armenia", "the French minister visited the French consulate"): no counterpart of
  another country ("visited the US embassy" stays for a French minister);
- **a patrol as the setting or the doer of another act** (MOBILIZE, ``patrol_setting``):
  "seized while patrolling the river", "found the weapons during their patrols", "army patrols
  detained 23 people": a force's routine named as when or by whom something else was done,
  not a deployment told ("officers on patrol responded to a call" is left a deployment) ("soldiers patrolled the streets
  on Sunday", "police stepped up patrols", "a patrol was sent to the town" stay).

The families of words are listed whole; inflections come through the lemma.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.eventhood.meetings import BODIES
from sitrep.records import When

VERB_POS = {"VERB", "AUX"}
# verbs of a body's own decision
DECIDING = {"agree", "vote", "decide", "resolve", "approve", "opt", "elect", "choose"}
# what a body does with its own money and staff (lemmas)
SPENDING = {"allocate", "spend", "appropriate", "earmark", "budget", "fund", "finance",
            "invest", "purchase", "buy", "hire", "employ", "retain", "lease", "rent",
            "borrow", "levy", "reallocate", "transfer", "contribute", "donate", "award",
            "repave", "pave", "renovate", "repair", "upgrade", "refinance", "bond"}
# parties one agrees with or pays: a counterpart of the deal
PARTY_PREPS = {"with", "between", "among", "amongst"}
# verbs of a pay measure
CUTTING = {"freeze", "cut", "suspend", "slash", "reduce", "trim", "halt", "stop", "end",
           "eliminate", "defer", "delay", "postpone", "furlough"}
# what a pay measure freezes or cuts (lemmas)
PAY = {"pay", "salary", "wage", "bonus", "raise", "pension", "benefit", "hiring", "tuition",
       "fee", "rate", "rent", "price", "budget", "spending", "overtime", "compensation",
       "payroll", "stipend", "allowance", "contribution", "increase", "increment", "merit",
       "recruitment", "promotion", "travel", "expense", "expenditure", "cost", "fare", "tax"}
# nouns of custody or release that name a standing status after "on" (lemmas)
STATUSES = {"release", "arrest", "parole", "probation", "bail", "bond", "furlough",
            "detention", "custody", "supervision", "monitoring", "leave", "remand"}
# verbs that put someone on a status or take him off it: the status is then news
PUTTING = {"place", "put", "release", "free", "send", "order", "sentence", "remand", "hold",
           "keep", "detain", "arrest", "let", "parole", "grant", "allow", "be", "remain",
           "stay", "return", "violate", "break", "jump", "skip", "escape", "abscond", "flee"}
# a diplomatic mission of a country (lemmas)
MISSIONS = {"embassy", "consulate", "mission", "legation", "chancery", "chancellery",
            "residence", "commission", "delegation"}


def _subject(verb: Token) -> Token | None:
    node = verb
    for _ in range(3):
        found = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if found is not None or node.dep_ not in {"xcomp", "conj", "ccomp"}:
            return found
        node = node.head
    return None


def _single_body(subject: Token | None) -> bool:
    """One body: "the selectmen", "the city council", "the board" (not "the two sides", not
    "the council and the union")."""
    if subject is None or any(c.dep_ == "conj" for c in subject.children):
        return False
    if any(c.like_num for c in subject.children):
        return False
    return subject.lemma_.lower() in BODIES or subject.lower_ in BODIES


def budget_decision(token: Token, plover: str) -> bool:
    """A body agreeing to spend its own money (see the module's docstring)."""
    if plover != "AGREE" or token.pos_ not in VERB_POS or token.lemma_.lower() not in DECIDING:
        return False
    if any(c.dep_ == "prep" and c.lower_ in PARTY_PREPS for c in token.children):
        return False  # "agreed with the union to raise wages"
    acts = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS]
    if not acts or not all(a.lemma_.lower() in SPENDING for a in acts):
        return False
    if any(_named_counterpart(a) for a in acts):
        return False  # "agreed to buy fighter jets from France": a deal with another party
    return _single_body(_subject(token))


COUNTERPART_PREPS = {"from", "to", "with"}  # bought from, paid to, contracted with
NAMED = {"GPE", "ORG", "NORP", "PERSON"}


def _named_counterpart(act: Token) -> bool:
    """The act names another party it buys from, pays or contracts with (an entity)."""
    return any(c.dep_ == "prep" and c.lower_ in COUNTERPART_PREPS and any(
        o.dep_ == "pobj" and o.ent_type_ in NAMED for o in c.children)
        for c in act.subtree)


def pay_measure(token: Token, plover: str) -> bool:
    """Freezing or cutting pay, hiring or a budget (see the module's docstring)."""
    if plover != "SANCTION" or token.lemma_.lower() not in CUTTING:
        return False
    if token.pos_ in VERB_POS:  # "froze the pay of", "froze hiring"
        things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"} or (
            c.dep_ == "xcomp" and c.tag_ == "VBG")]
    else:  # "a pay freeze", "a hiring freeze", "the freeze on salaries"
        things = [c for c in token.children if c.dep_ in {"compound", "amod", "nmod"}]
        things += [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "of"}
                   for g in c.children if g.dep_ == "pobj"]
    return bool(things) and all(t.lemma_.lower() in PAY or t.lower_ in PAY for t in things)


def caseload_status(token: Token) -> bool:
    """ "Nine offenders on pretrial release", "four on house arrest": a status counted (see the
    module's docstring)."""
    if token.lemma_.lower() not in STATUSES or token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ != "on" or prep.dep_ != "prep":
        return False
    owner = prep.head  # "nine offenders on release"; "supervises 300, 40 on house arrest"
    return owner.pos_ in {"NOUN", "NUM", "PRON", "PROPN"} or (
        owner.pos_ in VERB_POS and owner.lemma_.lower() not in PUTTING and owner.lower_ not in
        PUTTING)


# nouns of a body with a job (lemmas), besides the meeting bodies
OFFICES = BODIES | {"office", "agency", "unit", "division", "service", "force", "squad",
                    "task", "taskforce", "bureau", "authority", "directorate", "section",
                    "branch", "brigade", "detail", "team", "center", "centre", "program",
                    "programme", "organization", "organisation", "institute", "body",
                    "watchdog", "regulator", "inspectorate", "tribunal", "court"}


def _bare_plural(noun: Token) -> bool:
    return noun.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "nummod", "poss", "quantmod", "predet"} or c.like_num
        for c in noun.children)


def body_function(token: Token, when: When | None) -> bool:
    """ "The Office ..., which investigated threats and crimes against clinics": a body's job
    (see the module's docstring)."""
    if when is not None or token.pos_ not in VERB_POS or token.dep_ != "relcl":
        return False
    body = token.head
    if body.lemma_.lower() not in OFFICES and body.ent_type_ != "ORG":
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in token.children):
        return False  # "which has arrested", "which was seeking funds": one act told
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and all(_bare_plural(o) for o in objects)


def _countries(tokens: list[Token]) -> set[str]:
    found: set[str] = set()
    for token in tokens:
        text = token.doc[token.left_edge.i:token.right_edge.i + 1].text
        found |= {m.entry.country for m in get_matcher().find(text)
                  if m.entry.country and m.entry.kind in {"country", "demonym", "capital"}}
    return found


def own_mission(token: Token, plover: str) -> bool:
    """An official visiting his own country's embassy or consulate (see the module)."""
    if plover != "CONSULT" or token.pos_ not in VERB_POS or token.lemma_.lower() not in {
            "visit", "tour"}:
        return False
    missions = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in MISSIONS]
    subject = _subject(token)
    if not missions or subject is None:
        return False
    visitors = _countries([subject])
    owners = _countries([c for m in missions for c in m.children if c.dep_ in {
        "amod", "compound", "poss"} or (c.dep_ == "prep" and c.lower_ == "of")])
    return bool(visitors) and visitors == owners


# nouns of one's own running service, work or trade (lemmas): stopping them sanctions no one
OWN_WORK = {"service", "activity", "production", "trading", "class", "lesson", "work",
            "schooling", "output", "operation"}
# what makes an operation someone else's business: aid or cooperation given to another
GIVEN = {"aid", "assistance", "cooperation", "military", "joint", "peacekeeping", "rescue",
         "relief", "humanitarian", "support"}


def own_work_stopped(token: Token, plover: str) -> bool:
    """A SANCTION verb whose object is one's own service, work or trade ("the bus company
    suspended service", "unions would suspend services for 48 hours", "halted production",
    "suspended classes", "service was suspended on the route"): a body stops its own running,
    no measure against anyone ("suspended aid", "suspended its cooperation", "suspended joint
    operations" stay)."""
    if plover != "SANCTION" or token.pos_ not in VERB_POS:
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(objects) and all(
        o.lemma_.lower() in OWN_WORK and not any(
            c.lemma_.lower() in GIVEN for c in o.children if c.dep_ in {"amod", "compound"})
        for o in objects)


# nouns and verbs of a patrol (lemmas and forms)
PATROLS = {"patrol", "patrolling"}
# prepositions of a patrol as the setting of an act ("on patrol", "during their patrols")
# ("on patrol" stays a deployment told: "officers on patrol responded to a call on March 10",
# test_cause_topics.py)
SETTING_PREPS = {"during", "while"}
# conjunctions of a clause of time ("while patrolling", "as they patrolled")
WHILE = {"while", "when", "as", "whilst"}
# verbs whose subject a patrol is as the deployment told ("patrols began", "a patrol arrived")
PATROL_COURSE = {"begin", "start", "resume", "continue", "intensify", "increase", "expand",
                 "arrive", "be", "end", "stop", "cover", "run", "take", "go", "move", "head",
                 "return", "leave", "reach"}


def patrol_setting(token: Token, plover: str) -> bool:
    """A patrol named as the setting or the doer of another act (see the module's
    docstring)."""
    if plover != "MOBILIZE" or (token.lemma_.lower() not in PATROLS and
                                token.lower_ not in PATROLS):
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in SETTING_PREPS
    if token.pos_ in VERB_POS:
        # "seized while patrolling the river", "were ambushed as they patrolled the road"
        return token.dep_ == "advcl" and (token.tag_ == "VBG" or any(
            c.dep_ == "mark" and c.lower_ in WHILE for c in token.children))
    # "army patrols detained 23 people": the patrol is who did the act
    return token.dep_ == "nsubj" and token.head.pos_ in VERB_POS and \
        token.head.lemma_.lower() not in PATROL_COURSE
