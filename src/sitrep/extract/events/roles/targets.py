"""The targets of acts about other acts, read off the parse (tokens in, tokens out):

- ``obliged``: "Russia said that Sudan must return the helicopter" is a REQUEST (``modes``
  types a "must" clause so) whose actor is the one who says it (the subject of the clause that
  governs the "must" clause: "Russia"), and whose recipient is the party obliged (the subject
  of the "must" clause: "Sudan"), not the other way round;
- ``demanded``: the subject of the clause a demand noun states ("its demand that Israel ease
  restrictions": Israel is asked to act);
- ``alleged``: the one a noun of accusation or report says did the act of its "that" clause
  ("accusations that the army shelled the town": the army is accused);
- ``sufferers_of``: "X, the target of the attack", "the victims of the bombing": the one the
  noun of suffering names underwent the act (not the subject of the clause around it);
- ``doers``: the doer of the act an object noun names ("investigating abuses by border
  guards", "denied accusations made by his brother", "condemned the looting by soldiers"): the
  one the investigation, denial or condemnation is aimed at;
- ``raised_subject``: the subject an infinitive shares with the verb it completes ("The
  journalist is feared to have been kidnapped", "The gunman is believed to have shot three
  people", "The man appears to have been shot"): the doer, or for a passive infinitive the one
  it was done to;
- ``small_clause_patient``: the one a bare participle after a verb of finding, report or
  leaving says underwent the act ("Nine rebels were found shot dead", "two guards were
  reported killed", "police found two men stabbed", "the blast left three people wounded").

``actors.roles`` and the extractor turn these tokens into actor records.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.roles import participants
from sitrep.extract.events.senses.fit import noun_class
from sitrep.extract.events.senses.nature import vehicle
from sitrep.extract.events.submodes import WEAPON_MODES

SUBJECTS = {"nsubj", "nsubjpass"}
# verbs of ordering an act done to their object ("a court ordered him held")
ORDERING = {"order", "direct"}
# the words that oblige: "must" (a modal auxiliary; "have to" is read by its own head verb)
OBLIGING = {"must"}
# steps from a trigger to the verb that carries its modal ("must be ready to mediate")
CHAIN = {"xcomp", "acomp", "conj"}
# clauses that state what a demand noun asks ("the demand that X do Y")
STATED = {"acl", "ccomp"}
# entity labels of names: a name is a participant itself, never an act with a doer
NAMES = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


def obliged_verb(trigger: Token) -> Token | None:
    """The verb carrying "must" of the clause the verb ``trigger`` stands in ("Sudan must
    return", "the US must be ready to mediate"); None when no "must" obliges it."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return None
    node = trigger
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in OBLIGING for c in node.children):
            return node
        if node.dep_ not in CHAIN or node.head.i == node.i:
            return None
        node = node.head
    return None


def obliged_party(verb: Token) -> Token | None:
    """The subject of the "must" clause: the party asked to act."""
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    return None


def speaker_verb(verb: Token) -> Token | None:
    """The verb whose subject says or demands the "must" clause: the first verb above it with a
    subject of its own ("Russia said that ...", "Chirac issued a reminder to Iraq that ...")."""
    node = verb
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and any(c.dep_ in SUBJECTS for c in node.children):
            return node
    return None


def demanded(noun: Token) -> list[Token]:
    """Subjects of the clauses a demand noun states ("the demand that the firm halt blasting":
    the firm); none for a relative clause ("the demand that he made")."""
    return [c for clause in that_clauses(noun) for c in clause.children
            if c.dep_ in SUBJECTS and c.lower_ not in {"that", "which", "who"}]


def that_clauses(noun: Token) -> list[Token]:
    """The heads of the "that" clauses a noun states ("the demand that the firm halt",
    "accusations that the army shelled"); not a relative clause ("the demand that he made")
    nor an infinitive ("the demand to withdraw" has no party of its own)."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [clause for clause in noun.children
            if clause.dep_ in STATED and clause.pos_ in {"VERB", "AUX"}
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)]


def clause_subjects(clause: Token) -> list[Token]:
    """The subject of a "that" clause, also where the parser read a bare verb after it as a
    noun and its subject as that noun's modifier ("demanded that the minister resign": the
    minister, the compound of "resign")."""
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    if subj or not any(c.dep_ == "mark" for c in clause.children):
        return subj
    return [c for c in clause.children if c.dep_ == "compound" and c.i < clause.i
            and c.pos_ in {"NOUN", "PROPN"}][-1:]


def _ordering_verb(participle: Token) -> Token | None:
    """The verb of ordering whose object a past participle says the order had something done
    to: "a court ordered him held" (the participle its complement), "ordered the men
    transferred" (the participle on its object)."""
    if participle.tag_ != "VBN":
        return None
    if participle.dep_ in {"xcomp", "ccomp", "oprd"}:
        verb = participle.head
    elif participle.dep_ == "acl" and participle.head.dep_ == "dobj":
        verb = participle.head.head
    else:
        return None
    return verb if verb.i != participle.i and verb.lemma_.lower() in ORDERING else None


def ordered_patient(participle: Token) -> Token | None:
    """The one an order had the act of a past participle done to ("ordered him held": him)."""
    verb = _ordering_verb(participle)
    objects = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
    return objects[0] if objects else None


def orderers(participle: Token) -> list[Token]:
    """Who ordered the act of a past participle done ("a court ordered him held", "the
    magistrate granted the request and ordered the men held"): the subject of the verb of
    ordering, or of the verb it is conjoined to."""
    verb = _ordering_verb(participle)
    while verb is not None:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
        verb = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else None
    return []


def coordinated_head(verb: Token) -> Token:
    """The verb whose subject a clause without one shares: its head, but for a tensed verb
    joined to an infinitive ("called on both sides to show restraint and offered to mediate":
    a past tense is no infinitive's conjunct) the verb the infinitive completes."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBZ"} and head.dep_ == "xcomp" and (
            head.tag_ == "VB" and head.head.i != head.i):
        return head.head
    return head


def alleged(noun: Token) -> list[Token]:
    """Who a noun of accusation or report says did the act of its "that" clause ("accusations
    that the army shelled the town": the army; "allegations that detainees were beaten by
    guards": the guards); not the one it happened to ("allegations that he was beaten": no
    doer named) and none for a relative clause ("the accusations that he made")."""
    out: list[Token] = []
    for clause in that_clauses(noun):
        kids = list(clause.children)
        out.extend(c for c in kids
                   if c.dep_ == "nsubj" and c.lower_ not in {"that", "which", "who"})
        if any(c.dep_ == "nsubjpass" for c in kids):  # "... were beaten by guards"
            out.extend(participants.pobjs(clause, {"by"}, kids)[:1])
    return out


def said_doers(verb: Token) -> list[Token]:
    """Who a verb of accusation says did the act of its reported clause ("activists alleged
    that police beat detainees": the police; "told investigators that Jimenez had plotted to
    kill him": Jimenez; "claimed the prisoners were tortured by guards": the guards); not the
    one the act was done to, nor the hearer."""
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in {"VERB", "AUX"}:
            continue
        kids = list(clause.children)
        out.extend(c for c in kids
                   if c.dep_ == "nsubj" and c.lower_ not in {"that", "which", "who", "it"})
        if any(c.dep_ == "nsubjpass" for c in kids):
            out.extend(participants.pobjs(clause, {"by"}, kids)[:1])
    return out


def doers(noun: Token) -> list[Token]:
    """The doer of the act a common noun names, given by "by": "abuses by border guards",
    "killings committed by the militia", "accusations made by his brother". None for a name, a
    noun for people or a group ("the man arrested by police") or a noun with no "by" phrase."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in NAMES or participants.is_person(noun) or (
            noun.lemma_.lower() in participants.SECTOR_NOUNS):
        return []  # "the man arrested by police", "troops led by X": people, not acts
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            found = [p for p in child.children if p.dep_ == "pobj"]
            if found:
                return found[:1]
    for clause in noun.children:  # "crimes committed by", "accusations made by"
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        for agent in clause.children:
            if agent.dep_ == "agent":
                found = [p for p in agent.children if p.dep_ == "pobj"]
                if found:
                    return found[:1]
    return []


# nouns for the one an act is done to: "the target / victim of the attack"
SUFFERER_NOUNS = {"target", "victim", "casualty", "survivor"}


def sufferers_of(noun: Token) -> list[Token]:
    """Who underwent the act a noun names, when the noun is the object of "of" under a noun of
    suffering: that noun ("the victims of the bombing") or, when it stands in apposition, the
    name it describes ("Henry Farinas, the target of the attack")."""
    if noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "the target of an assassination attempt"
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return []
    holder = noun.head.head
    if holder.i == noun.head.i or holder.lemma_.lower() not in SUFFERER_NOUNS:
        return []
    if holder.dep_ == "appos" and holder.head.i != holder.i:
        return [holder.head]
    return [holder]


# the words of weapons and means of attack ("a grenade attack", "a roadside bombing"), by mode
WEAPON_WORDS = frozenset(w for _, words in WEAPON_MODES for w in words)
# WordNet classes of places, buildings and things (a group of them: "a convoy", "the church")
STRUCK_CLASSES = {"artifact", "object", "location", "group"}


def instrument(modifier: Token) -> bool:
    """Whether a noun before an attack noun names its means, not a party: a weapon or a vehicle
    ("a grenade attack", "a car bombing", "a truck attack": a vehicle may carry the bomb or be
    the target, so it is neither doer nor target)."""
    lemma = modifier.lemma_.lower()
    return modifier.pos_ == "NOUN" and (
        lemma in WEAPON_WORDS or modifier.lower_ in WEAPON_WORDS or vehicle(modifier))


def struck_thing(modifier: Token) -> bool:
    """Whether a common noun compounded before an attack noun names what was attacked: a
    building, a place or a thing ("the embassy bombings", "a church attack", "the pipeline
    blast", "a school shooting"); not a person or a body of people that acts ("a police
    shooting", "an army attack", "a gang attack", "rebel raids"), nor a weapon or a vehicle
    ("a grenade attack", "a car bombing")."""
    if modifier.dep_ != "compound" or modifier.pos_ != "NOUN" or instrument(modifier):
        return False
    lemma = modifier.lemma_.lower()
    if participants.is_person(modifier) or lemma in participants.COLLECTIVE:
        return False
    kind = noun_class(modifier)
    if kind not in STRUCK_CLASSES:
        return False  # "a suicide bombing", "a revenge attack": an act, a motive
    # a body of people that acts ("police", "army", "militia"); a building keeps its place
    # ("embassy": an artifact, though a mission of a government)
    return not (kind == "group" and lemma in participants.SECTOR_NOUNS)


# verbs of belief and report that lend their passive subject to their infinitive ("X is
# believed / feared / said / reported / thought to have been killed"), in every such sense
RAISING_PASSIVE = frozenset({
    "believe", "think", "say", "report", "fear", "know", "understand", "presume", "suspect",
    "expect", "allege", "rumor", "rumour", "assume", "consider", "estimate", "suppose", "claim",
    "reckon", "deem", "find", "confirm", "feel", "hold", "judge", "see", "show", "prove"})
# verbs that lend their active subject ("X appears / seems to have been shot")
RAISING = frozenset({"seem", "appear", "happen", "prove", "turn"})


def raised_subject(verb: Token) -> Token | None:
    """The subject of the verb an infinitive ``verb`` completes, when that verb lends it: the
    passive subject of a verb of belief or report ("The journalist is feared to have been
    kidnapped by gunmen": the journalist), or the subject of "seem"/"appear" ("The man appears
    to have been shot"); None for other verbs ("The plan was designed to attack the base": the
    plan does not attack)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    lemma = head.lemma_.lower()
    for child in head.children:
        if child.dep_ == "nsubjpass" and lemma in RAISING_PASSIVE:
            return child
        if child.dep_ == "nsubj" and lemma in RAISING and head.pos_ in {"VERB", "AUX"}:
            return child
    return None


# verbs whose object (or passive subject) a bare participle describes as having undergone its
# act: the verbs of belief and report above, and those of finding and leaving (not "get": "he
# got beat" is as often a game lost)
SMALL_CLAUSE = RAISING_PASSIVE | frozenset({
    "discover", "leave", "declare", "pronounce", "list", "record", "spot", "notice"})
# the relations the parser gives such a participle
SMALL_CLAUSE_DEPS = {"xcomp", "oprd", "ccomp", "advcl"}


def small_clause_patient(verb: Token) -> Token | None:
    """The one a bare past participle ``verb`` (no auxiliary of its own) says underwent its
    act, when it completes a verb of finding, report or leaving: that verb's passive subject
    ("Nine rebels were found shot dead", "two guards were reported killed", "six miners were
    believed killed"), its object ("the blast left three people wounded", "police found him
    stabbed"), the participle's own subject ("police found two men shot dead": a reduced
    passive). None for an infinitive ("were reported to have killed": ``raised_subject``) or
    another verb ("troops were sent armed"), nor for a participle with an object of its own: an
    active past the tagger took for a participle ("bandits kidnapped 20 pupils, police said")."""
    if verb.tag_ != "VBN" or verb.dep_ not in SMALL_CLAUSE_DEPS:
        return None
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return None
    head = verb.head
    if head.i == verb.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    lemma = head.lemma_.lower()
    if lemma not in SMALL_CLAUSE:
        return None
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    if own:
        return own[0] if verb.dep_ in {"ccomp", "xcomp"} else None
    kids = list(head.children)
    for dep in ("nsubjpass", "dobj"):
        found = [c for c in kids if c.dep_ == dep and c.i != verb.i]
        if found:
            return found[0]
    return None


# weapons that fly or are fired without a crew of their own to name: never a party themselves
MUNITIONS = {"drone", "uav", "artillery", "mortar", "rocket", "missile", "shell", "howitzer",
             "cannon", "bomb", "grenade", "projectile", "munition"}


def munition(token: Token) -> bool:
    """Whether a noun names a weapon fired or flown at a target ("a drone", "artillery",
    "shells"), which is no party of the attack."""
    return token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in MUNITIONS


def fired_by(weapon: Token) -> Token | None:
    """Who a weapon's participle says fired, flew or launched it: "a missile fired by southern
    forces", "a drone operated by a task force", "shells fired from rebel positions" (the holder
    of the positions, read by the finder), or whose it is ("its drones", "the rebels' mortars":
    the owner's act)."""
    for child in weapon.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for prep in child.children:
                if prep.dep_ in {"agent", "prep"} and prep.lower_ in {"by", "from"}:
                    found = [p for p in prep.children if p.dep_ == "pobj"]
                    if found:
                        return found[0]
    return None
