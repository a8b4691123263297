"""Whom an act is aimed at when no object names it, read off the parse (tokens in, tokens out):

- ``conditioned``: the party a threat is made to is the one whose act or refusal would set it
  off, the subject of its condition ("threatened to launch an offensive unless Baghdad accepted
  its terms", "threatened to ban voting if Hamas ran");
- ``partners``: the other party of a relation an act breaks, suspends or refuses ("threatened
  to break off relations with Congo", "a suspension of air links with Serbia", "refused to
  resume talks with the rebels"): the object of "with" under the relation noun;
- ``protested``: the one a protest is against, named in its purpose or its "in protest of"
  phrase ("began a hunger strike to protest Sweden's decision", "in protest against abuses by
  the security forces", "to demand the resignation of President X", "in defiance of the
  authorities"): the holder of what is protested (``holders``);
- ``holders``: the party a noun of a stance, act or office belongs to: itself when it names a
  party ("the government"), else its possessor ("Sweden's decision"), its "by/from" phrase
  ("abuses by the police", "demands from the government") or the party of its "of" phrase
  ("the resignation of the president", "the policies of the government").

``actors.roles`` turns these tokens into actor records and uses them only where the plain
reading found no recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.roles import participants
from sitrep.extract.events.roles.participants import pobjs

SUBJECTS = {"nsubj", "nsubjpass"}
# the words that make a clause the condition of a threat
CONDITIONS = {"unless", "if"}
# the clauses a threat's act, and that act's own complements, stand in
COMPLEMENTS = {"xcomp", "ccomp", "conj"}
# nouns for a standing relation between two parties (lemmas; both number forms, as the small
# model lemmatises "relations" and "talks" either way)
RELATIONS = frozenset({
    "relation", "relations", "relationship", "tie", "ties", "link", "links", "contact",
    "contacts", "talk", "talks", "negotiation", "dialogue", "cooperation", "collaboration",
    "trade", "agreement", "treaty", "deal", "pact", "accord", "partnership", "alliance",
    "exchange", "flight", "connection"})
# verbs whose infinitive states what a protest is for ("to protest X", "to demand Y")
PURPOSES = frozenset({
    "protest", "demand", "denounce", "condemn", "oppose", "decry", "challenge", "reject",
    "press", "show", "express", "voice", "signal", "call", "urge", "seek", "resist", "defy",
    "criticise", "criticize", "contest", "dispute"})
# nouns of a stance whose object is what it is about ("to show their disapproval of X")
STANCES = frozenset({"disapproval", "opposition", "anger", "outrage", "displeasure", "discontent",
                     "dissatisfaction", "frustration", "objection", "rejection", "condemnation",
                     "indignation", "fury", "resentment"})
# "in protest of/against/at/over X", "in defiance of X", "in opposition to X"
PROTEST_NOUNS = {"protest", "defiance", "opposition", "response", "reaction"}
AGAINST = {"against", "at", "over", "of", "to"}
# the preposition a protest names its target with ("demonstrated against the government")
DIRECT = {"against"}
# nouns of a party: the noun itself is the one aimed at ("protest the government")
PARTY_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def _act_nodes(trigger: Token, depth: int = 2) -> list[Token]:
    """The trigger and the clauses of the act it states ("threatened to break ..."), down to
    ``depth`` steps through complements."""
    nodes = [trigger]
    frontier = [trigger]
    for _ in range(depth):
        frontier = [c for n in frontier for c in n.children if c.dep_ in COMPLEMENTS
                    and c.pos_ in {"VERB", "AUX"}]
        nodes.extend(frontier)
    return nodes


def conditioned(trigger: Token) -> list[Token]:
    """Subjects of the "unless/if" clauses of a threat or of the act it threatens ("threatened
    to stop negotiations if the United States goes ahead": the United States)."""
    out: list[Token] = []
    for node in _act_nodes(trigger):
        for clause in node.children:
            if clause.dep_ != "advcl" or not any(
                    c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children):
                continue
            out.extend(c for c in clause.children if c.dep_ in SUBJECTS
                       and c.lower_ not in {"it", "there", "this", "that"})
    return out


def _relation_nouns(node: Token) -> list[Token]:
    """Relation nouns a node is or names as its object ("broke off relations", "a suspension
    of air links", "ended diplomatic ties")."""
    held = [node] if node.pos_ in {"NOUN", "PROPN"} else []
    held += [c for c in node.children if c.dep_ in {"dobj", "nsubjpass"}]
    held += participants.of_objects(node) if node.pos_ in {"NOUN", "PROPN"} else []
    held += [p for h in list(held) for p in participants.of_objects(h)]  # "part of its ties"
    return [h for h in held if h.lemma_.lower() in RELATIONS or h.lower_ in RELATIONS]


def related(noun: Token) -> list[Token]:
    """The other party of a relation noun ("military cooperation with X": X)."""
    if noun.lemma_.lower() not in RELATIONS and noun.lower_ not in RELATIONS:
        return []
    return pobjs(noun, {"with"})[:1]


def partners(trigger: Token) -> list[Token]:
    """The other party of the relation an act breaks, suspends or refuses: the objects of
    "with" under the relation noun (or under the act, "cut ties with X" parsed flat)."""
    out: list[Token] = []
    for node in _act_nodes(trigger):
        for noun in _relation_nouns(node):
            found = pobjs(noun, {"with"})
            if not found and noun.head.i == node.i:
                found = pobjs(node, {"with"})
            out.extend(found[:1])
    return out


def named_party(token: Token) -> bool:
    """A noun that names a party: a name, a noun for people or a group ("the army")."""
    return (token.ent_type_ in PARTY_LABELS or participants.is_person(token)
            or token.lemma_.lower() in participants.SECTOR_NOUNS)


def holders(noun: Token) -> list[Token]:
    """The party a noun of a stance, act or office belongs to (see the module's docstring)."""
    if named_party(noun):
        return [noun]
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    poss = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if poss:
        return poss[:1]
    agent = pobjs(noun, {"by", "from"})
    if agent:
        return agent[:1]
    by_clause = [p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 for p in pobjs(c, {"by"})]  # "the law imposed by the junta"
    if by_clause:
        return by_clause[:1]
    return [p for p in participants.of_objects(noun) if named_party(p)][:1]


def protested(trigger: Token) -> list[Token]:
    """The nouns that name what a protest is against: the object of its purpose ("to protest
    X", "to demand the resignation of X"), of "in protest of/against X", "in defiance of X",
    or of "against X". Looked for under the trigger and, for a noun trigger, under the verb
    that has it as object ("staged demonstrations to demand ...", "began a hunger strike in
    protest of ...")."""
    places = [trigger]
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "pobj"}:
        head = trigger.head if trigger.dep_ == "dobj" else trigger.head.head
        if head.pos_ in {"VERB", "AUX"}:
            places.append(head)
    out: list[Token] = []
    for node in places:
        for child in node.children:
            if child.dep_ in {"advcl", "xcomp"} and child.lemma_.lower() in PURPOSES:
                objs = [c for c in child.children if c.dep_ == "dobj"]
                objs = [p for o in objs for p in (pobjs(o, {"for", "of", "at", "with", "over",
                                                            "against", "to"})[:1]
                                                  if o.lemma_.lower() in STANCES else [o])]
                objs += pobjs(child, {"for", "against", "from", "to"})
                # "to protest killings by the army", the parser hanging "by" on the verb
                objs += [p for p in pobjs(child, {"by"}) if named_party(p)]
                out.extend(objs[:2])
            elif child.dep_ == "prep" and child.lower_ == "in":
                for noun in (p for p in child.children if p.dep_ == "pobj"):
                    if noun.lemma_.lower() in PROTEST_NOUNS:
                        out.extend(pobjs(noun, AGAINST)[:1])
        out.extend(pobjs(node, DIRECT)[:1])
    return out
