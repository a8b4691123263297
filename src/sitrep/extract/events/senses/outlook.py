"""What a sentence foresees, or tells as a pattern, rather than reports as one act, read from
the trigger's arguments and the time phrases attached to its clause:

- **forecasts**: a warning whose content is an outcome or a state, not an act ("economists
  warned that prices would rise", "the agency warned of a severe drought", "he warned that
  the routes are becoming more attractive"), is a prediction, no THREATEN: the warned-of clause
  has no act of the trigger lexicon for its verb, or its subject is a thing (a price, a route,
  an abstraction), and no one is warned; the "of" or "about" object of the warning is no act.
  A warning about the warner's own act ("warned it would shell the town"), one addressed to
  someone ("warned protesters to leave", "warned the mayor that ..."), one about what a
  person or a body will do ("warned that police will no longer tolerate rallies"), of harm to
  people ("warning that many are going to die") and of acts ("warned that rebels would
  attack", "warned of retaliation") stay; a warning to people of a hazard, a happening with no
  doer ("warned residents of the fire", "warning residents that rains will cause landslides",
  by the WordNet class of the warned-of noun, ``fit.noun_class``), is an alert, also addressed;
  so is a warning that people will undergo something caused by a thing or by no one ("warned
  that thousands could be killed by the storm", "that the patients would be moved"); a warning
  addressed to a named party ("warned Iraq that time was running out") stays. A "that" clause
  in a past tense or a perfect with no modal ("warned that families had fled", "that its clinic
  was running out of medicine") tells a fact, no act to come; an act noun whose modifier is a
  party's word ("military action would inflame the region") is no party;
- **threats as risks**: "the gang has made itself a threat to the police", "the threat of
  illegal mining", "climate change poses a threat": a threat as what something is, poses or
  represents, or as the risk of a thing that is no act, is a characterisation; a threat made,
  issued or received ("issued a threat to expel", "made threats against the judge") stays;
- **acts to be stopped**: "a program aimed at stopping attacks on buses", "measures to curb
  kidnappings", "efforts to reduce killings": the bare object of a stopping verb that is itself
  only a purpose (an infinitive with "to", a gerund after "at", "on" or "toward") is no act
  that happened ("police stopped an attack on Monday", "helped stop the attack", "arrested
  three men to stop the riots" stay);
- **repeated acts**: "arrested at the march in each of the last three years", "were detained
  every week": an act repeated over a period is no one happening;
- **trends of a number**: "an increasing number of women are filing complaints": the act
  whose subject is a growing or falling number is a trend ("a number of protesters were
  arrested" stays one act).

The families of words are listed whole (inflections come through the lemma).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.senses.agency import COLLECTIVES, non_agent
from sitrep.extract.events.senses.everyday import PEOPLE
from sitrep.extract.events.senses.fit import noun_class

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
WARNING_VERBS = {"warn", "caution", "forewarn"}
WARNING_NOUNS = {"warning", "caution"}
# what a warning of one's own act names ("warned of consequences"): acts by the warner that the
# trigger table does not list as such
CONSEQUENCES = {"consequence", "repercussion", "reprisal", "retaliation", "retribution",
                "response", "action", "measure", "step", "countermeasure", "punishment",
                "penalty", "sanction", "reaction", "revenge", "vengeance"}
# harm to people that a warning announces ("warning that many are going to die")
HARM = {"die", "suffer", "pay", "regret", "perish", "bleed", "hurt", "harm", "burn", "mourn"}
SPEAKERS = {"it", "they", "he", "she", "we", "i", "you"}
THREAT_NOUNS = {"threat", "menace"}
# entities of a named party that a warning may be addressed to ("warned Iraq that ...")
PARTY_ENTS = {"GPE", "ORG", "PERSON", "NORP"}
# WordNet's classes of what befalls people without a doer: a warning of one is an alert ("warned
# residents of the fire", "of landslides", "of icy roads"), no threat
HAZARDS = {"event", "phenomenon", "process", "substance", "object", "animal", "plant"}
# verbs of being and of being seen as ("is a threat", "poses a threat", "seen as a threat")
BEING = {"be", "become", "remain", "pose", "represent", "constitute", "present", "make",
         "see", "view", "regard", "consider", "describe", "perceive", "deem", "call", "label",
         "brand", "name", "identify", "rank", "list", "show", "reveal", "highlight", "face",
         "stay", "prove", "seem", "appear", "emerge", "grow", "turn"}
# the units of a repeated time ("every week", "each year")
UNITS = {"year", "decade", "century", "month", "quarter", "semester", "season", "week", "day",
         "night", "morning", "evening", "weekend"}
PERIOD_PREPS = {"over", "in", "during", "throughout", "within", "across"}
# acts that a repetition makes a pattern, not one happening (help given every month, a ban
# renewed every year are one programme)
PATTERN_TYPES = {"ASSAULT", "COERCE", "PROTEST", "THREATEN", "ACCUSE", "SANCTION"}
EVERY = {"every", "each"}
STATISTICS = {"number", "share", "percentage", "proportion", "rate", "count", "amount"}
CHANGING = {"increasing", "growing", "rising", "record", "declining", "falling", "dwindling",
            "shrinking", "mounting", "swelling", "soaring", "diminishing", "decreasing",
            "higher", "lower", "greater", "smaller", "larger", "increased", "reduced"}


# verbs of stopping, curbing or fighting what they take as object
CURBING = {"stop", "halt", "curb", "deter", "combat", "counter", "reduce", "tackle", "fight",
           "end", "prevent", "eradicate", "eliminate", "suppress", "contain", "cut", "lower",
           "minimize", "minimise", "discourage", "check", "stem", "control", "address",
           "confront", "thwart", "avert", "forestall", "crack", "clamp"}
PURPOSE_PREPS = {"at", "on", "toward", "towards", "for", "in"}


def to_be_stopped(token: Token) -> bool:
    """The act is what a purpose means to stop: "aimed at stopping attacks", "measures to curb
    kidnappings"."""
    if token.pos_ not in NOUN_POS or token.dep_ != "dobj" or any(
            c.dep_ in {"det", "poss", "nummod"} and c.lower_ not in {"all", "any", "such"}
            for c in token.children):
        return False  # "arrested three men to stop the riots": those riots happened
    verb = token.head
    if verb.lemma_.lower() not in CURBING or verb.pos_ not in VERB_POS:
        return False
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return True  # "measures to curb kidnappings"
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in PURPOSE_PREPS


def _clause(token: Token) -> Token:
    """The verb that carries the trigger: itself, or the verb whose subject, object or
    attribute the trigger noun is."""
    if token.pos_ in VERB_POS:
        return token
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and node.head.pos_ in VERB_POS:
        return node.head
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in VERB_POS:
        return node.head.head  # "arrested at the rally in each of the last three years"
    return token


def _content(warning: Token) -> list[Token]:
    """What a warning says: its "that" clause, or the objects of its "of", "about" or
    "against"."""
    found = [c for c in warning.children if c.dep_ == "ccomp"]
    warned = [c for c in warning.children if c.dep_ == "dobj"]  # "warning residents of the fire"
    found += [c for w in warned for c in w.children if c.dep_ in {"acl", "relcl"} and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]  # parsed on the object
    for prep in [*warning.children, *(p for w in warned for p in w.children)]:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "about", "over"}:
            found += [g for g in prep.children if g.dep_ in {"pobj", "pcomp"}]
    return found


def _addressed(warning: Token) -> bool:
    """Someone is warned: "warned protesters to leave", "warned the mayor that", "a warning to
    the rebels"."""
    if any(c.dep_ in {"dobj", "dative", "iobj"} for c in warning.children):
        return True
    if any(c.dep_ == "xcomp" for c in warning.children):
        return True  # "warned them not to", read with the object the parser took
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in warning.children) and \
        warning.pos_ in NOUN_POS


def _someone(noun: Token) -> bool:
    """``noun`` is a person, a group, an organisation or a state: a name, a personal pronoun,
    a word of the actor lexicon ("police will no longer tolerate rallies")."""
    if noun.lower_ in SPEAKERS or noun.lower_ in {"you", "them", "us"}:
        return True
    if noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    if noun.lemma_.lower() in PEOPLE or noun.lemma_.lower() in COLLECTIVES:
        return True
    first = noun.doc[noun.left_edge.i]
    phrase = noun.doc[first.i:noun.right_edge.i + 1].text
    own = noun.idx - first.idx  # where the noun itself is in its phrase
    # the actor word must be the noun's own, not a modifier of it ("military action", "police
    # reform": acts and things of a party, no party)
    return any(m.start <= own < m.end for m in get_matcher().find(phrase))


# the aspects of a clause that looks ahead although its verb is in a past tense: "was ready to
# strike", "were going to attack", "was about to fire" (an infinitive hangs on it)
AHEAD_DEPS = {"xcomp", "acomp", "attr"}


def _told_as_fact(clause: Token) -> bool:
    """A "that" clause in a past tense or a perfect, with no modal ("had fled", "was running
    out", "have stalled", "had been cut"): what has happened or is the case, reported; no act
    is announced ("would be arrested", "will break up", "face arrest", "was ready to strike"
    and "were going to attack" look ahead)."""
    if clause.pos_ not in VERB_POS:
        return False
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    ahead = [c for c in clause.children if c.dep_ in AHEAD_DEPS]
    ahead += [g for c in ahead for g in c.children if g.dep_ == "xcomp"]
    if any(c.dep_ == "xcomp" and any(t.tag_ == "TO" for t in c.children) for c in ahead):
        return False  # "was ready to strike", "were going to attack" ("had stopped coming" is
        # told)
    if clause.tag_ == "VBD" and not auxes:
        return True  # "the camps ran short of water"
    return any(a.lemma_.lower() == "have" for a in auxes) or \
        any(a.tag_ == "VBD" for a in auxes)  # "had fled", "have stalled", "was running out"


def _own_act(clause: Token, warner: Token | None) -> bool:
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    if subject.lower_ in SPEAKERS or any(c.dep_ == "poss" and c.lower_ in {
            "its", "their", "his", "her", "our", "my"} for c in subject.children):
        return True
    return warner is not None and subject.lemma_.lower() == warner.lemma_.lower()


def _done_by_none(clause: Token, is_event_word: Callable[[str], bool]) -> bool:
    """A passive clause whose "by" phrase names a thing or a hazard ("could be killed by the
    storm"), or with no "by" phrase and a verb that names no act ("would be moved")."""
    agents = [g for c in clause.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    if agents:
        return all(non_agent(a) or noun_class(a) in HAZARDS for a in agents)
    return not is_event_word(clause.lemma_.lower())


def forecast(token: Token, plover: str, is_event_word: Callable[[str], bool]) -> bool:
    """A warning of an outcome or a state: a prediction, no threat."""
    if plover != "THREATEN":
        return False
    lemma = token.lemma_.lower()
    if not ((lemma in WARNING_VERBS and token.pos_ in VERB_POS) or
            (lemma in WARNING_NOUNS and token.pos_ in NOUN_POS)):
        return False
    addressed = _addressed(token)
    if addressed and any(c.dep_ == "xcomp" for c in token.children):
        return False  # "warned protesters to leave"
    content = _content(token)
    if not content:
        return False
    warner = next((c for c in token.children if c.dep_ == "nsubj"), None)
    for item in content:
        if item.dep_ in {"ccomp", "acl", "relcl"}:
            if not addressed and _told_as_fact(item):
                continue  # "warned that families had fled": a fact reported, no act announced
            if _own_act(item, warner):
                return False
            subject = next((c for c in item.children if c.dep_ in {"nsubj", "nsubjpass"}),
                           None)
            if subject is not None and subject.dep_ == "nsubjpass" and _done_by_none(
                    item, is_event_word):
                continue  # "could be killed by the storm", "would be moved": the people it
                # names undergo an outcome, no one is threatened with an act
            if subject is not None and _someone(subject):
                return False  # "warned that police will no longer tolerate rallies"
            thing = subject is not None and (non_agent(subject) or  # "the storm would destroy"
                                             noun_class(subject) in HAZARDS)
            if any(c.dep_ in {"dobj", "dative"} and c.ent_type_ in PARTY_ENTS
                   for c in token.children):
                return False  # "warned Iraq that time was running out": a named party warned
            verbs = [item] + [c for c in item.children if c.dep_ == "xcomp"]  # "going to die"
            if any(is_event_word(v.lemma_.lower()) for v in verbs) and not thing:
                return False  # "warned that rebels would attack"
            if any(v.lemma_.lower() in HARM for v in verbs):
                return False  # "warning that many are going to die"
        else:
            noun = item.lemma_.lower()
            kind = noun_class(item)
            if noun in CONSEQUENCES or (is_event_word(noun) and kind not in HAZARDS):
                return False  # "warned of retaliation", "warned of attacks" (not "of fires")
            if addressed and kind in {None, "act", "person", "group", "location"}:
                return False  # "warned the rebels of a crackdown"
    return True


def threat_as_risk(token: Token, plover: str, is_event_word: Callable[[str], bool]) -> bool:
    """A threat named as what something is or poses, or as the risk of a thing that is no
    act."""
    if plover != "THREATEN" or token.pos_ not in NOUN_POS or \
            token.lemma_.lower() not in THREAT_NOUNS:
        return False
    head = token.head
    if token.dep_ in {"attr", "oprd", "acomp"} or (
            token.dep_ == "dobj" and head.lemma_.lower() in BEING and head.lemma_.lower()
            not in {"face", "make"}):
        return True  # "is a threat", "poses a threat", "represents a threat"
    if token.dep_ == "dobj" and head.lemma_.lower() == "make" and any(
            c.dep_ in {"dobj", "dative", "nsubj"} and c.lower_.endswith(("self", "selves"))
            for c in head.children):
        return True  # "made itself a threat"
    if token.dep_ in {"ccomp", "xcomp"} and head.lemma_.lower() in BEING:
        return True  # a small clause: "made itself a threat", "considers the gang a threat"
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in BEING:
        return True  # "described the militia as a threat"
    if any(c.dep_ == "poss" for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ in {"from", "by"} for c in token.subtree):
        return False  # "the rebels' threat", "threats of legal action from the company"
    if head.pos_ in VERB_POS and head.lemma_.lower() in {"issue", "make", "send", "deliver",
                                                         "voice", "repeat", "renew",
                                                         "carry", "receive", "utter"}:
        return False
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [g for g in prep.children if g.dep_ in {"pobj", "pcomp"}]
            if objects and not any(is_event_word(g.lemma_.lower()) or g.pos_ in VERB_POS or
                                   g.lemma_.lower() in CONSEQUENCES for g in objects):
                return True  # "the threat of illegal mining", "the threat of famine"
    return False


def _times(verb: Token) -> list[Token]:
    """The time nouns attached to a verb: "this year", "over the past decade", "so far this
    year", "in each of the last three years"."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"npadvmod", "advmod"} and child.pos_ in NOUN_POS:
            found.append(child)
        if child.dep_ != "prep":
            continue
        for g in child.children:
            if g.dep_ != "pobj":
                continue
            if child.lower_ in PERIOD_PREPS:
                found.append(g)
                found += [x for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                          for x in p.children if x.dep_ == "pobj"]
            # "at the rally in each of the last three years"
            found += [x for p in g.children if p.dep_ == "prep" and p.lower_ == "in"
                      for x in p.children if x.dep_ == "pobj" and x.lower_ in EVERY]
    return found


def _repeated(verb: Token) -> bool:
    for time in _times(verb):
        if any(c.lower_ in EVERY for c in time.children) or time.lower_ == "each":
            return time.lower_ == "each" or time.lemma_.lower() in UNITS
    return False


def tallied(token: Token, plover: str) -> str | None:
    """Why the act of ``token`` is repeated over a period or a trend of a number (None: it may
    be one happening)."""
    if plover not in PATTERN_TYPES:
        return None
    verb = _clause(token)
    if verb.pos_ not in VERB_POS:
        return None
    if _repeated(verb):
        return "repeated"
    for subject in verb.children:
        if subject.dep_ in {"nsubj", "nsubjpass"} and subject.lemma_.lower() in STATISTICS and any(
                c.dep_ == "amod" and c.lower_ in CHANGING for c in subject.children):
            return "trend"  # "an increasing number of women are filing complaints"
    return None


# reprisals vowed: verbs and nouns of hitting back (lemmas), the intent that makes them a threat
# made now, and the words that make a "response" one of force
REPRISAL_VERBS = {"retaliate", "respond", "answer", "reciprocate", "avenge"}
REPRISAL_NOUNS = {"retaliation", "reprisal", "countermeasure", "counter-measure", "response",
                  "riposte", "retribution", "answer"}
# verbs whose bare object or complement is an intended act ("vowed a firm response", "vowed
# to retaliate", "warned of retaliation"); threaten is a THREATEN of its own
INTENDING = {"vow", "promise", "pledge", "warn", "threaten", "plan", "intend", "swear",
             "prepare", "prepared", "ready", "reserve"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
# the hostile words that make a reply one of force: its manner or its means ("in a mirror
# manner", "in kind", "with force", "firmly"), or the response's adjective ("a painful
# response"); a reply to a letter, a question or a request is none
FORCEFUL = {"mirror", "kind", "force", "forcefully", "firm", "firmly", "harsh", "harshly",
            "strong", "strongly", "decisive", "decisively", "resolute", "resolutely",
            "painful", "tough", "severe", "severely", "military", "militarily", "crushing",
            "forceful", "swift", "swiftly", "robust", "robustly", "proportionate",
            "proportionately", "asymmetric", "asymmetrically", "symmetrical", "symmetric",
            "adequate", "appropriate", "countermeasure", "counter-measure", "retaliation",
            "strike", "measure", "action", "all", "necessary", "fire", "arms"}
# hostile in themselves: need no forceful word
HOSTILE = {"retaliate", "avenge", "retaliation", "reprisal", "countermeasure", "counter-measure",
           "riposte", "retribution"}


def _forceful(token: Token) -> bool:
    """Its manner, means or adjective is a word of force (``FORCEFUL``)."""
    for child in token.children:
        words = [child] if child.dep_ in {"advmod", "amod", "npadvmod", "acomp"} else []
        if child.dep_ == "prep" and child.lower_ in {"in", "with", "by"}:
            words = [g for o in child.children if o.dep_ == "pobj"
                     for g in [o, *o.children] if g.dep_ in {"pobj", "amod", "compound"}]
        if any(w.lemma_.lower() in FORCEFUL or w.lower_ in FORCEFUL for w in words):
            return True
    return False


def _intended(verb: Token) -> bool:
    """``verb`` is told as an act to come: with "will/would/shall", or as what someone vows,
    promises, warns of or is ready to do ("vowed to retaliate", "is ready to respond")."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ in {"xcomp", "dobj", "pobj", "ccomp"} and head.i != verb.i and (
        head.lemma_.lower() in INTENDING or (head.dep_ == "prep" and
                                             head.head.lemma_.lower() in INTENDING))


def reprisal_vowed(token: Token) -> bool:
    """A reprisal told as one to come, a threat made now: "Moscow would respond 'in a mirror
    manner'", "vowed to retaliate", "any attempt will meet a firm response", "Russia would give a
    'painful' response", "vowed to answer with resolute countermeasures", "warned of
    retaliation". A past reply ("the army retaliated with shelling": the shelling is the act),
    and a reply with no word of force ("would respond to the letter", "gave a response to the
    question") are none."""
    lemma = token.lemma_.lower()
    if token.pos_ in VERB_POS and lemma in REPRISAL_VERBS:
        verb = token
    elif token.pos_ in NOUN_POS and lemma in REPRISAL_NOUNS:
        verb = token.head
        while verb.dep_ in {"prep", "pobj", "conj"} and verb.head.i != verb.i and \
                verb.pos_ not in VERB_POS:
            verb = verb.head  # "warned of retaliation", "vowed a firm response"
        if verb.pos_ not in VERB_POS or token.dep_ not in {"dobj", "pobj", "nsubj", "attr"}:
            return False
        if verb.lemma_.lower() in INTENDING and token.dep_ in {"dobj", "pobj"}:
            return lemma in HOSTILE or _forceful(token)
    else:
        return False
    if not _intended(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    return lemma in HOSTILE or _forceful(token) or (verb is not token and _forceful(verb))
