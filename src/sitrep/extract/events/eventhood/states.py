"""Participles that name a state, not an act: "met imprisoned cartel bosses", "fires in ransacked
shops", "kicked a shackled prisoner", "the restrictions placed on detainees", "loans that had
been suspended during the crisis". What the noun is (in jail, in shackles, ransacked, under
restrictions) describes it; the act that put it there is not reported by this sentence.

- **prenominal participles** (``state_participle``): a past participle (or an adjective in
  "-ed" the tagger reads as one: "a shackled prisoner") before the noun it modifies, with no
  argument of its own: a state of the noun. For ASSAULT only the damage of things stays a
  state ("burned cars", "looted shops"); a killed or wounded person names the act ("the
  recently killed commander", "assassinated officers" are coded as the assault they name);
- **states that go on** (``kept_in_state``): a participle after a verb of staying ("services
  remained suspended", "two activists remain detained");
- **passive relatives on things** (``state_relative``): a passive participle in a reduced
  relative ("the conditions imposed on inmates") or in a past-perfect relative clause ("aid
  that had been frozen") on a noun that is not a person, with no agent and no date of its own,
  for coercion and sanctions (the terms, measures and funds that are under them). With an
  agent ("the curfew imposed by the army") or a date ("the curfew imposed on Monday") the
  sentence tells the act, which stays;
- **lasting relations** (``lasting_relation``): talks, a truce or cooperation named by its
  state ("casting a shadow over stalled talks", "the fragile ceasefire"), by its collapse or
  breach ("the collapse of a truce", "the breakdown of the talks") or as what is broken or
  kept ("accused the rebels of violating the truce"): the relation exists already; the sentence
  reports what befalls it, not a meeting or an agreement. So for talks and meetings stopped or
  shunned instead of being held ("suspended the talks", "boycotted the talks"; postponed or
  cancelled talks stay, future) and as the object of a stance ("a faction opposed to the talks"). Talks that
  "broke down" or "collapsed" stay: they were held (the dev gold codes them). "Resumed the stalled talks" and "a
  new truce" are acts of their own (the verb or the adjective makes them).
- **measures ended** (``lifted_measure``): a ban, curfew, sanction, embargo or suspension
  named as what is lifted, eased, ended or overturned ("lifted a six-year ban on rallies",
  "eased sanctions on the oil sector", "the lifting of the curfew"): the measure was in place
  already; the sentence reports its end (a CONCEDE or RETREAT of its own where the lexicon has
  one), not its imposition ("imposed a curfew", "extended the ban" stay). A siege or a
  blockade (``HOLDING``) is an act of force going on, and stays ("sent to end the siege").
- **backing by things** (``backed_by_things``): "troops, backed by helicopters and dogs",
  "soldiers supported by tanks": a participle of support whose doers are all machines,
  weapons or animals tells how a force goes, no one's support ("rebels backed by Rwanda", "the
  plan, backed by the EU" stay).
- **places held** (``held_state``): a verb of holding a place (besiege, occupy, blockade,
  encircle, surround, control, dominate) in the perfect with a span to the time of telling
  ("the RSF has besieged El Fasher for more than a year", "students had been occupying the
  ministry since Tuesday") or in the present simple of a report ("launched its invasion in 2022
  and occupies a fifth of the country"): the hold goes on; the act that began it is not told.
  "Besieged the town on Monday" and a perfect without a span stay.
- **dated episodes** (``dated_episode``): a war, an invasion or an uprising dated to a month or
  a year and not the subject of its course ("in a war in 1991-92", "since the full-scale
  invasion of Ukraine in 2022") is a marker of time, not one happening ("the invasion on
  Thursday", "a war broke out in March" stay). The same episode as a marker in other roles
  (``episode_marker``): its outbreak dated to a written year or told in a clause of time
  ("the war broke out in April 2019", "since the war broke out last September"), the fighting
  of it ("fought a border war in 1998-2000"), an act in a relative clause on it ("a war in
  1998-2000 that killed thousands") and the act it began with ("the insurgency, which began
  with an attack in October 2017"): background told to place the story in time, not a
  happening the article reports ("a war broke out in the north in March" and "the war broke
  out on Sunday" stay).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitrep.extract.events.roles.participants import is_person
from sitrep.extract.events.senses.agency import non_agent
from sitrep.extract.events.senses.fit import noun_class
from sitrep.records import When

NOUNS = {"NOUN", "PROPN"}
DEFINITE = {"the", "this", "that", "these", "those"}
# custody as a state of those it holds (lemmas): "the detained leaders", "its jailed members"
CUSTODY_STATES = {"detain", "jail", "imprison", "incarcerate", "intern"}
# entity labels of an organisation's or a people's name
NAMED_BODIES = {"ORG", "NORP"}
# the children a bare participle may have: "recently jailed", "not yet frozen"
BARE = {"advmod", "neg", "punct", "npadvmod", "compound"}
# ASSAULT verbs of damage to things: their participle is the thing's state ("looted shops")
DAMAGE = {"loot", "burn", "torch", "vandalise", "vandalize", "destroy", "damage", "ransack",
          "raze", "gut", "wreck", "flatten", "demolish", "sack", "plunder", "pillage", "smash",
          "shatter", "burgle", "burglarize", "firebomb", "trash", "deface", "bulldoze"}
# types whose passive relative on a thing is the thing's state ("measures imposed on")
RELATIVE_STATES = {"COERCE", "SANCTION"}


def _participle(token: Token) -> bool:
    return token.tag_ == "VBN" or (token.tag_ == "JJ" and token.lower_.endswith("ed"))


def state_participle(token: Token, plover: str) -> bool:
    """A bare past participle before its noun, naming the noun's state ("jailed gang leaders",
    "looted supermarkets", "a handcuffed inmate", "frozen assets"); see the module docstring for
    the assaults that stay."""
    if token.dep_ != "amod" or not _participle(token) or token.head.pos_ not in NOUNS:
        return False
    if token.i > token.head.i or any(c.dep_ not in BARE for c in token.children):
        return False
    if token.head.pos_ == "PROPN" and token.head.ent_type_ in NAMED_BODIES:
        return True  # "the banned Islamic Salvation Front", "the outlawed Kurdistan Workers'
        # Party": a name's standing status, its ban told long before (session 43)
    if token.lemma_.lower() in CUSTODY_STATES and token.head.pos_ == "NOUN":
        return True  # "the detained workers", "its jailed members": people in custody, their
        # detention told elsewhere or long before (session 43)
    if token.head.dep_ == "conj" or any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in
                                                            DEFINITE)
                                         for c in token.head.children):  # "burned tyres and
        # destroyed shops": maybe a verb read as a modifier
        return False  # "the detained activists": those whose detention is told
    return plover != "ASSAULT" or token.lemma_.lower() in DAMAGE


# verbs of staying in a state: "services remained suspended", "two activists remain detained"
REMAINING = {"remain", "stay", "lie", "sit"}
REMAINING_FORMS = {"remain", "remains", "remained", "remaining", "stay", "stays", "stayed",
                   "staying"}  # (as an auxiliary the model may leave the form unlemmatised)


def kept_in_state(token: Token) -> bool:
    """A participle after a verb of staying ("Metro services remained suspended on Monday",
    "two activists remain detained"): the state goes on; nothing was done anew."""
    if not _participle(token):
        return False
    if any(c.dep_ in {"auxpass", "aux"} and (c.lemma_.lower() in REMAINING or
                                             c.lower_ in REMAINING_FORMS)
           for c in token.children):
        return True  # the parser reads "remained" as the passive auxiliary
    return token.dep_ in {"acomp", "oprd", "xcomp"} and token.head.lemma_.lower() in REMAINING


def state_relative(token: Token, plover: str, dated: bool) -> bool:
    """A passive participle in a relative on a thing, without agent or date ("the harsh
    conditions imposed on gang members", "disbursements that had been frozen during the
    unrest"); ``dated``: a date is attached to the trigger."""
    if plover not in RELATIVE_STATES or dated or token.tag_ != "VBN":
        return False
    noun = token.head
    if noun.pos_ not in NOUNS or is_person(noun) or noun.ent_type_ in {"GPE", "ORG", "NORP"}:
        return False
    if noun.dep_ == "ROOT":
        return False  # a headline's passive: "Head of orchestra banned from West Bank camp"
    kids = {c.dep_ for c in token.children}
    if "agent" in kids:
        return False  # "the curfew imposed by the army"
    if token.dep_ == "acl":  # "the conditions imposed on inmates" (not "reports that
        # officers had arrested the editor": a clause with its own subject)
        return not kids & {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}
    aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
    relative = any(c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"} for c in token.children)
    return token.dep_ == "relcl" and relative and bool(aux & {"had", "'d"})  # "aid that had
    # been frozen" (not "the first time she had been detained")


# relations whose noun may name a lasting state
RELATIONS = {"CONSULT", "AGREE", "COOPERATE"}
# adjectives of the state a relation is in ("stalled talks", "the fragile truce")
STALLED = {"stalled", "stalling", "deadlocked", "stalemated", "frozen", "faltering",
           "floundering", "moribund", "stuck", "fragile", "shaky", "tenuous", "precarious",
           "long-running", "longstanding", "long-standing", "decades-old", "years-long",
           "existing", "troubled", "failing", "failed", "collapsed", "defunct", "dormant"}
# nouns of what befalls a relation ("the collapse of a truce", "a breach of the ceasefire")
BEFALLING = {"collapse", "breakdown", "failure", "end", "violation", "breach", "expiry",
             "expiration", "demise", "unravelling", "unraveling", "erosion", "lapse",
             "termination", "suspension", "fate", "future", "state", "status", "terms",
             "implementation", "anniversary"}
# words of a stance on a relation ("a faction opposed to the talks", "its objection to the deal")
OPPOSING = {"oppose", "opposed", "opposition", "objection", "hostile", "resistance", "averse"}
# verbs of stopping or shunning talks instead of holding them ("suspended the talks", "boycotted
# the talks"; not "ended their talks", held, nor "postponed"/"cancelled": a scheduled act)
CALLING_OFF = {"suspend", "halt", "freeze", "boycott", "abandon", "scrap", "shelve", "scupper",
               "skip", "snub"}
# verbs of breaking or keeping a relation ("violated the truce", "honoured the deal")
KEEPING = {"break", "breach", "violate", "flout", "honour", "honor", "respect", "observe",
           "uphold", "abide", "implement", "undermine", "jeopardise", "jeopardize",
           "threaten", "endanger", "wreck", "derail", "torpedo", "scuttle", "collapse"}
# verbs of leaving a relation: its object ("quit the talks") or their "out of"/"from" phrase
# ("walked out of the negotiations", "withdrew from the accord")
LEAVING = {"quit", "exit", "abandon", "desert", "walk", "pull", "withdraw", "storm",
           "back", "bow", "drop"}
# verbs of refusing an act, whose gerund or infinitive of holding talks holds none ("ruled out
# resuming talks", "refused to reopen negotiations")
REFUSING = {"rule", "refuse", "reject", "decline", "exclude", "oppose", "resist"}
# verbs of ending an accord (an agreement ended is no agreement made; talks ended were held)
ENDING_ACCORDS = {"end", "terminate", "tear", "cancel", "revoke", "annul", "renounce",
                  "repudiate", "denounce", "abrogate", "rescind", "nullify", "void"}


def lasting_relation(token: Token, plover: str) -> bool:
    """A noun of talks, an agreement or cooperation named as a relation that exists: by an
    adjective of its state ("stalled talks"), as what befalls it ("the collapse of a truce")
    or as the object of breaking or keeping it ("violating the ceasefire")."""
    if plover not in RELATIONS or token.pos_ not in NOUNS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in STALLED for c in token.children):
        return True
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in {"of", "to"}:
        noun = head.head  # "the collapse of", "the collapse in mid-2016 of"
        for _ in range(3):
            if noun.lemma_.lower() in BEFALLING:
                return True
            if noun.dep_ not in {"pobj", "prep"} or noun.head.i == noun.i:
                break
            noun = noun.head
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in OPPOSING:
        return True  # "a faction opposed to the talks": a stance on them
    if token.dep_ in {"dobj", "nsubjpass"} and plover == "CONSULT" and \
            head.lemma_.lower() in CALLING_OFF:
        return True  # "suspended the talks", "boycotted the talks": no meeting held (talks
        # postponed or cancelled stay, as scheduled acts: ``modes``)
    if token.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in KEEPING:
        return True
    if any(c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" for c in token.children):
        return False  # "the accord signed in 2015": the clause tells its making
    if token.dep_ in {"dobj", "nsubjpass"} and plover != "CONSULT" and \
            head.lemma_.lower() in CALLING_OFF | ENDING_ACCORDS:
        return True  # "scrapped the peace agreement", "tore up the accord"
    return _left(token) or _refused(token)


def _left(token: Token) -> bool:
    """ "quit the negotiations", "walked out of the talks", "pulled out of the accord"."""
    head = token.head
    if token.dep_ == "dobj":
        return head.lemma_.lower() in {"quit", "exit", "abandon", "desert"}  # ("left the
        # talks": attended them)
    if token.dep_ != "pobj" or head.lower_ not in {"of", "from"}:
        return False
    verb = head.head
    if verb.lower_ == "out" and verb.dep_ in {"prt", "advmod", "prep"}:
        verb = verb.head  # "walked out of" parsed with "out" between
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in LEAVING and (
        head.lower_ == "from" or any(c.lower_ == "out" for c in verb.children) or
        head.head.lower_ == "out")


def _refused(token: Token) -> bool:
    """ "ruled out resuming talks", "refused to reopen negotiations", "rejected holding talks":
    the talks object of a verb whose holding is refused."""
    if token.dep_ != "dobj":
        return False
    verb = token.head
    if verb.dep_ not in {"xcomp", "dobj", "ccomp", "pcomp"} or verb.head.i == verb.i:
        return False
    refuser = verb.head
    if refuser.lemma_.lower() == "out" and refuser.head.i != refuser.i:
        refuser = refuser.head
    lemma = refuser.lemma_.lower()
    if lemma == "rule":
        return any(c.lower_ == "out" for c in refuser.children)
    return lemma in REFUSING


# the words of support whose participle may tell what accompanies a force
BACKING = {"back", "support", "assist", "aid", "reinforce", "cover"}
# the classes of things that go with a force (machines, weapons, animals, air power)
THING_CLASSES = {"artifact", "animal", "substance", "object"}


MEASURE_TYPES = {"COERCE", "SANCTION"}
# verbs that end or loosen a measure in place (lemmas)
LIFTING = {"lift", "ease", "end", "scrap", "overturn", "revoke", "remove", "relax", "rescind",
           "repeal", "cancel", "drop", "annul", "quash", "reverse", "loosen", "abolish",
           "waive", "suspend", "terminate", "withdraw", "unfreeze", "dismantle"}
# nouns of ending a measure, whose "of"/"to" complement is the measure ("the lifting of the
# curfew", "an end to the siege")
LIFTINGS = {"lifting", "easing", "end", "removal", "repeal", "cancellation", "revocation",
            "relaxation", "suspension", "termination", "abolition", "withdrawal", "reversal"}


def lifted_measure(token: Token, plover: str) -> bool:
    """A measure in place named as what is ended (see the module's docstring)."""
    if plover not in MEASURE_TYPES or token.pos_ not in NOUNS or \
            token.lemma_.lower() in HOLDING:
        return False  # a siege or a blockade is held by force: an act going on
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "lifted the curfew and the ban on rallies"
    head = node.head
    if node.dep_ in {"dobj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
        return head.lemma_.lower() in LIFTING
    if node.dep_ == "pobj" and head.lower_ in {"of", "to"} and head.head.i != head.i:
        ender = head.head
        return ender.pos_ in NOUNS and ender.lemma_.lower() in LIFTINGS and ender.i != token.i
    return False


def backed_by_things(token: Token, plover: str) -> bool:
    """A participle of support in a reduced relative whose "by" doers are all things: "troops,
    backed by helicopters and dogs, are searching the hills"."""
    if plover != "SUPPORT" or token.tag_ != "VBN" or token.dep_ != "acl" or \
            token.lemma_.lower() not in BACKING:
        return False
    doers = [g for c in token.children if c.dep_ == "agent" for g in c.children
             if g.dep_ == "pobj"]
    doers += [c for d in doers for c in d.conjuncts]
    return bool(doers) and all(
        non_agent(d) or (noun_class(d) in THING_CLASSES and d.ent_type_ not in {
            "GPE", "ORG", "NORP", "PERSON"}) for d in doers)


def backing_described(token: Token, plover: str, when: When | None) -> bool:
    """Backing named to describe a party, not told as an act of support: a participle of
    backing in a reduced relative ("Mozambican troops backed by Rwandan soldiers clashed with
    the insurgents", "government troops backed by Russian instructors pushed them out": the
    backers are part of the force in that act), or the present passive of a lasting relation
    with no date in a relative clause ("the rebel movement, which it says is backed by Rwanda";
    a main clause, "the rebels are supported by Iran", stays). Support told as an
    act stays: "the president backed the plan", "the resolution was backed by France on
    Tuesday", "a statement backing Denmark"."""
    if plover != "SUPPORT" or token.tag_ != "VBN" or token.lemma_.lower() not in BACKING:
        return False
    if token.dep_ == "acl":
        return any(c.dep_ == "agent" for c in token.children)
    relative = token.dep_ == "relcl" or (token.dep_ == "ccomp" and token.head.dep_ == "relcl")
    return relative and when is None and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"}
                                             for c in token.children)


# nouns of the end of a truce ("the collapse of a truce", "a breach of the ceasefire")
ENDINGS = {"collapse", "breakdown", "end", "expiry", "expiration", "violation", "breach",
           "failure", "unravelling", "unraveling", "demise", "erosion", "lapse", "termination"}
# verbs of a truce ending, whose subject it is ("the truce broke down", "began to unravel")
ENDING_VERBS = {"collapse", "crumble", "unravel", "expire", "lapse", "fail", "falter", "end",
                "break", "disintegrate", "founder", "fizzle", "evaporate", "dissolve"}
# verbs of fighting coming back after a truce ("fighting resumed after a short truce")
RESUMING = {"resume", "restart", "return", "flare", "erupt", "reignite", "rekindle",
            "escalate", "intensify", "recommence"}


# nouns of a truce (a pause in fighting), whose end is told as the end of a state; a withdrawal,
# a release or an evacuation that ended was done
TRUCE_NOUNS = {"truce", "ceasefire", "armistice", "cessation", "lull", "pause", "moratorium",
               "standstill", "stand-down"}


def truce_noun(token: Token) -> bool:
    """A noun of a truce ("truce", "ceasefire", "cease-fire" split by the tokenizer)."""
    if token.lemma_.lower() in TRUCE_NOUNS or token.lower_ in TRUCE_NOUNS:
        return True
    return token.lower_ == "fire" and token.i >= 2 and token.doc[token.i - 2].lower_ == "cease"


def ended_truce(token: Token) -> bool:
    """A truce (a RETREAT noun) told only as ended: what ends it ("the collapse in 2016 of a
    truce"), as the subject of its ending ("the truce began to break down", "the ceasefire
    collapsed"), or as what fighting came back after ("fighting resumed after a short truce");
    not "the truce took effect", nor a truce told with its making ("a truce brokered by Qatar
    broke down": an ``acl`` of its own)."""
    if token.pos_ not in NOUNS or not truce_noun(token):
        return False  # "the withdrawal ... ended in August": a withdrawal done
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        noun = head.head  # "the collapse of", "the collapse in mid-2016 of"
        for _ in range(3):
            if noun.lemma_.lower() in ENDINGS:
                return True
            if noun.dep_ not in {"pobj", "prep"} or noun.head.i == noun.i:
                break
            if noun.dep_ == "pobj" and (noun.pos_ == "NUM" or noun.ent_type_ == "DATE") and \
                    noun.head.i > 0 and noun.doc[noun.head.i - 1].lemma_.lower() in ENDINGS:
                return True  # "follows the collapse in 2019 of", the date hung on the verb
            noun = noun.head
        return False
    if any(c.dep_ == "acl" for c in token.children):
        return False  # "a truce brokered by the US broke down": the truce is told
    if token.dep_ == "nsubj":
        verbs = [head] + [c for c in head.children if c.dep_ == "xcomp"]
        return any(v.lemma_.lower() in ENDING_VERBS and (v.lemma_.lower() != "break" or any(
            c.dep_ == "prt" and c.lower_ in {"down", "up"} for c in v.children)) for v in verbs)
    return token.dep_ == "pobj" and head.lower_ == "after" and \
        head.head.lemma_.lower() in RESUMING


# verbs of holding a place against its people: their perfect with a span ("has besieged the city
# for a year", "had occupied the compound since Monday") and their present ("occupies a fifth of
# the country") tell a state that goes on, not the act that began it ("besieged the town on
# Monday" stays)
HOLDING = {"besiege", "siege", "occupy", "blockade", "encircle", "surround", "control",
           "cordon", "beleaguer", "dominate"}
HOLDING_FORMS = {"besieging", "besieged", "besieges", "occupying", "occupied", "occupies",
                 "blockading", "blockaded", "blockades", "encircling", "encircled", "encircles",
                 "controlling", "controlled", "controls", "surrounding", "surrounded",
                 "surrounds"}  # (the model may leave a form
# unlemmatised or take it for an adjective)
# the prepositions of a span that reaches the time of telling ("for a year", "since April")
SPANS = {"for", "since"}
HOLDING_TYPES = {"COERCE", "ASSAULT", "MOBILIZE"}


def _holding(token: Token) -> bool:
    return token.lemma_.lower() in HOLDING or token.lower_ in HOLDING_FORMS


def _spanned(verb: Token) -> bool:
    """A "for" or "since" of time on the verb ("for more than a year", "since April", "since
    the war began"), not of purpose ("for control of the routes")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in SPANS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if child.lower_ == "since":
                return True
            if any(o.ent_type_ in {"DATE", "TIME"} or any(
                    w.ent_type_ in {"DATE", "TIME"} for w in o.subtree) for o in objects):
                return True
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since"
                                         for c in child.children):
            return True  # "since the war began"
    return False


def held_state(token: Token, plover: str, headline: bool) -> bool:
    """A verb of holding a place told as a state: its perfect or perfect progressive with a span
    to now ("the RSF has besieged El Fasher for more than a year", "students had been occupying
    the ministry since Tuesday") or its present simple in a report ("Russia launched its
    invasion in 2022 and occupies a fifth of the country"; a headline's present reports news)."""
    if plover not in HOLDING_TYPES or token.pos_ not in {"VERB", "AUX"} or not _holding(token):
        return False
    auxes = [c for c in token.children if c.dep_ == "aux"]
    if not auxes:
        return not headline and token.tag_ in {"VBZ", "VBP"}
    perfect = any(a.lemma_.lower() == "have" or a.lower_ in {"has", "have", "had", "'s", "'d",
                                                            "'ve"} for a in auxes)
    return perfect and _spanned(token)


# nouns of a war or of another long violent episode: dated to a month or a year, they are named
# as a time marker ("broke away in a war in 1991-92 that killed 1,000", "since Russia's
# full-scale invasion of Ukraine in 2022"), not told as one happening
LONG_EPISODES = {"war", "warfare", "invasion", "uprising", "rebellion", "revolt", "insurgency",
                 "insurrection", "conflict", "occupation", "intifada", "revolution"}
LONG_PRECISIONS = {"month", "year"}


def dated_episode(token: Token, plover: str, when: When | None) -> bool:
    """A war or an invasion dated to a month or a year ("a war in 1991-92", "its full-scale
    invasion in February 2022"): a marker of time, not one happening ("the invasion on Thursday"
    and a war told as the subject of its course, "a war broke out in March", stay)."""
    if plover != "ASSAULT" or when is None or token.pos_ not in NOUNS:
        return False
    if token.lemma_.lower() not in LONG_EPISODES or token.dep_ in {"nsubj", "nsubjpass"}:
        return False  # "a war broke out in the north in March": told with its course
    return when.precision in LONG_PRECISIONS or (
        when.start is not None and when.end is not None and when.start[:7] != when.end[:7])


# verbs of an episode's outbreak, whose subject it is ("the war broke out", "the uprising began")
ONSET = {"break", "begin", "start", "erupt", "flare", "commence", "ignite", "explode"}
# conjunctions of a clause of time ("since the war broke out last September")
TIME_MARKS = {"since", "after", "before", "until", "till", "when", "once"}
YEAR = re.compile(r"\b(?:1[89]|20)\d\d(?:s\b)?")


def long_dated(when: When | None) -> bool:
    """A date of a month, a year or a span across months (not a day)."""
    return when is not None and (when.precision in LONG_PRECISIONS or (
        when.start is not None and when.end is not None and when.start[:7] != when.end[:7]))


def episode(token: Token | None) -> bool:
    """A noun of a long episode (war, insurgency, uprising ...), or a relative pronoun on one."""
    if token is None:
        return False
    if token.tag_ in {"WDT", "WP"} and token.head.dep_ == "relcl":
        token = token.head.head
    return token.pos_ in NOUNS and token.lemma_.lower() in LONG_EPISODES


def subject(verb: Token) -> Token | None:
    """The subject of ``verb`` (its first nsubj child), or None."""
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def year_phrase(token: Token) -> bool:
    """``token`` has a prepositional phrase that writes a year ("a war in 1998-2000", "the
    revolt of 1989")."""
    return any(c.dep_ == "prep" and YEAR.search(" ".join(t.text for t in c.subtree))
               for c in token.children)


def dated_antecedent(head: Token) -> bool:
    """The antecedent of a relative clause is an episode dated to a written year, or that year
    itself, which the parser took for the antecedent ("fought a war in 1998-2000 that killed":
    the clause hangs on the year)."""
    if episode(head):
        return year_phrase(head) or year_phrase(head.head)
    if (head.like_num or head.ent_type_ == "DATE") and head.dep_ == "pobj" and \
            YEAR.search(head.text):
        verb = head.head.head
        return episode(verb) or any(c.dep_ == "dobj" and episode(c) for c in verb.children)
    return False


def time_clause(verb: Token) -> bool:
    """``verb`` heads a clause of time ("since the war broke out")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)


def episode_marker(token: Token, plover: str, when: When | None) -> bool:
    """A long episode, dated to a month or a year, told as a marker of time in a role other
    than ``dated_episode``'s: its outbreak with a written year or in a clause of time ("the war
    broke out in April 2019", "since the war broke out last September"), its fighting ("fought a
    border war in 1998-2000"), an act in a relative clause on it ("a war ... that killed
    thousands") or the act it began with ("began with an attack in October 2017")."""
    if plover != "ASSAULT":
        return False
    head = token.head
    doer = subject(token)
    if token.pos_ == "VERB" and token.dep_ == "relcl" and doer is not None and \
            doer.tag_ in {"WDT", "WP"} and dated_antecedent(head):
        return True  # "a border war in 1998-2000 that killed tens of thousands"
    if not long_dated(when):
        return False
    if token.pos_ in NOUNS and token.lemma_.lower() in LONG_EPISODES:
        if token.dep_ == "nsubj" and head.lemma_.lower() in ONSET:  # "the war broke out"
            return when is not None and (YEAR.search(when.text) is not None or time_clause(head))
        return False
    if token.pos_ == "VERB" and any(c.dep_ == "dobj" and episode(c) for c in token.children):
        return True  # "fought a border war in 1998-2000"
    if token.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in ONSET:
        return episode(subject(head.head))  # "the insurgency, which began with an attack"
    return False
