"""The present simple of kinds and descriptions: timeless acts, definitions, kinds defined by a
relative clause and generic subjects (see the package docstring)."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.eventhood.summaries import clause_verb
from sitrep.records import When

# PLOVER types of physical acts: in the present simple, a habit or a description
PHYSICAL = {"AID", "COOPERATE", "MOBILIZE", "ASSAULT", "COERCE", "SANCTION", "RETREAT",
            "PROTEST"}
PRESENT = {"VBZ", "VBP"}
DEFINITE = {"the", "this", "that", "these", "those"}


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


def timeless(token: Token, plover: str, when: When | None, headline: bool) -> bool:
    if when is not None or headline or plover not in PHYSICAL or token.pos_ not in {"VERB", "AUX"}:
        return False
    # the subject of the present-simple verb it is conjoined to ("gangs recruit teenagers and
    # attack rival crews": what they do, not one happening)
    if token.dep_ == "conj" and token.tag_ in PRESENT | {"VB"} and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in token.children):
        head = token.head
        return head.pos_ in {"VERB", "AUX"} and _present_simple(head) and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in head.children)
    if not _present_simple(token):
        return False
    # a subject of its own (an imperative or an infinitive has none), or a relative clause
    return token.dep_ == "relcl" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


# verbs of naming a term ("known as sextortion", "called false positives", "dubbed")
NAMING = {"know", "call", "dub", "term", "name", "label", "brand", "nickname", "refer",
          "describe", "christen"}


def named_term(noun: Token) -> bool:
    """A noun written as a term, not as a happening: "so-called false positives", a word in
    quotation marks ('"express kidnappings"'), the name a kind is known by ("a crime known as
    sextortion", "what police call swatting")."""
    doc = noun.doc
    if any(c.dep_ == "amod" and c.lower_ == "called" and any(g.lower_ == "so" for g in c.children)
           for c in noun.children):
        return True  # "so-called"
    left, right = noun.left_edge.i, noun.i
    if left > 0 and right + 1 < len(doc) and doc[left - 1].is_quote and doc[right + 1].is_quote:
        return True  # '"express kidnappings"'
    if noun.dep_ == "oprd" and noun.head.lemma_.lower() in NAMING:
        return True  # "what residents call swatting"
    return noun.dep_ == "pobj" and noun.head.lower_ == "as" and \
        noun.head.head.lemma_.lower() in NAMING and noun.head.head.tag_ == "VBN"


def comment_clause(verb: Token) -> bool:
    """A relative clause set off by a comma whose object is "which", the whole clause before it:
    "accused the police of torture, which the ministry denies" comments on what was said (a
    reply), it defines no kind."""
    first = verb.left_edge
    return first.lower_ == "which" and first.dep_ == "dobj" and first.head.i == verb.i and \
        first.i > 0 and verb.doc[first.i - 1].text == ","


def definition(token: Token, when: When | None, headline: bool) -> bool:
    if when is not None or headline:
        return False
    verb = clause_verb(token)
    if verb is None or verb.dep_ != "relcl" or comment_clause(verb):
        return False
    noun = verb.head
    if named_term(noun) and not noun.ent_type_ and not any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
            for c in noun.children):
        return True  # "so-called false positives, where soldiers killed civilians"
    if not _present_simple(verb):
        return False
    if noun.pos_ == "PROPN" or noun.ent_type_:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                   for c in noun.children)


def kind_defined(token: Token, when: When | None, headline: bool) -> bool:
    """A bare plural event noun defined by a present-simple relative clause: "express
    kidnappings, in which the victim is held for a few hours" (a kind of act, not one)."""
    if when is not None or headline or token.pos_ != "NOUN":
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} or c.like_num for c in token.children):
        return False
    if named_term(token):  # "so-called social cleansing, in which vigilantes shot ..."
        return bool(defining_clauses(token))
    return token.tag_ == "NNS" and any(_present_simple(c) for c in defining_clauses(token))


def defining_clauses(noun: Token) -> list[Token]:
    """The relative clauses on ``noun``: its own, and one the parser hung on a word above it
    that follows ``noun`` with only punctuation between ("profits from express kidnappings,
    in which the victim is held": the clause read as a clause of "profits")."""
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    doc = noun.doc
    for node in list(noun.ancestors)[:6]:
        for c in node.children:
            gap = range(noun.right_edge.i + 1, c.left_edge.i)
            if (c.dep_ == "relcl" or (c.dep_ == "advcl" and _wh_relative(c))) and \
                    c.i > noun.i and all(doc[k].is_punct for k in gap):
                clauses.append(c)
    return clauses


def _wh_relative(clause: Token) -> bool:
    """A clause opened by a relative word, whatever the parser called it: "in which the victim
    is held", "where soldiers killed civilians", "whereby"."""
    words = [t.lower_ for t in clause.doc[clause.left_edge.i:clause.left_edge.i + 2]]
    return bool(words) and (words[0] in {"where", "whereby", "wherein"} or (
        len(words) == 2 and clause.left_edge.dep_ == "prep" and words[1] in {"which", "whom"}))


# mass nouns of violence: as the bare subject of a present-simple verb, a topic ("violence
# between rival gangs is the main driver of the exodus")
MASS_VIOLENCE = {"violence", "bloodshed", "fighting", "conflict", "war", "warfare", "crime",
                 "criminality", "insecurity", "terrorism", "unrest", "lawlessness"}


def generic_subject(token: Token, when: When | None, headline: bool) -> bool:
    plural = token.tag_ == "NNS" or (token.tag_ == "NN" and
                                     token.lemma_.lower() in MASS_VIOLENCE)
    if when is not None or headline or not plural or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if any(c.dep_ in {"det", "poss", "nummod", "quantmod"} or c.like_num for c in token.children):
        return False
    verb = token.head
    return verb.pos_ in {"VERB", "AUX"} and _present_simple(verb)


# marks of a non-finite clause of circumstance ("when visiting Kenya", "while attending rallies")
CIRCUMSTANCE_MARKS = {"when", "while", "whenever", "before", "after", "if", "during"}
ADVISING_AUX = {"should", "must", "can", "may", "might", "could", "ought"}


def advice(token: Token, when: When | None) -> bool:
    """An act in a subjectless "when ...ing" clause of advice or of a rule told in the present
    or with a modal ("Americans should exercise caution when visiting Kenya", "travelers are
    advised to avoid crowds when attending protests"): any visit, not one."""
    verb = token if token.pos_ in {"VERB", "AUX"} else clause_verb(token)
    if verb is None or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    if when is not None and when.text and when.text in " ".join(t.text for t in verb.subtree):
        return False  # "when visiting Kenya on Monday": one visit
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in CIRCUMSTANCE_MARKS
               for c in verb.children) or any(c.dep_ in {"nsubj", "nsubjpass", "aux"}
                                              for c in verb.children):
        return False
    node = verb.head
    for _ in range(3):  # the clause told as advice: present, modal, or an imperative
        auxes = {c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}}
        if auxes & ADVISING_AUX or node.tag_ in PRESENT or (
                node.tag_ == "VB" and not auxes - {"to"}):
            return True
        if node.dep_ not in {"xcomp", "ccomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


# verbs of backing an event as its sponsor ("the expo is supported by ...", "sponsored by")
SPONSORING = {"support", "sponsor", "fund", "back", "finance", "underwrite", "host", "organise",
              "organize", "present", "power", "endorse", "bankroll"}
# nouns of a show, a meeting or a programme that sponsors back
GATHERINGS = {"week", "expo", "exposition", "exhibition", "conference", "festival", "fair",
              "show", "forum", "event", "competition", "contest", "award", "prize",
              "tournament", "championship", "cup", "marathon", "race", "concert", "gala",
              "programme", "program", "initiative", "project", "series", "congress",
              "convention", "symposium", "seminar", "workshop", "summit", "fest", "games",
              "hackathon", "challenge", "trophy", "league", "tour", "rally", "run", "walk",
              "day", "month", "scheme", "fund", "campaign"}


def sponsorship(token: Token, plover: str) -> bool:
    """A sponsor credit told in the present: "Future Technology Week is supported by the police
    and the city", "the festival, sponsored by two banks, ...": the backers of a show or a
    programme, not political support of an actor."""
    if plover not in {"SUPPORT", "AID", "COOPERATE"} or token.lemma_.lower() not in SPONSORING \
            or token.tag_ != "VBN":
        return False
    if not any(c.dep_ == "agent" for c in token.children):
        return False
    if token.dep_ == "acl":
        subject: Token | None = token.head  # "the festival, sponsored by two banks"
    else:
        if not any(c.dep_ == "auxpass" and c.tag_ in PRESENT for c in token.children):
            return False
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and (subject.lemma_.lower() in GATHERINGS
                                    or subject.ent_type_ == "EVENT")


# words of any one at all (lower case): a party picked by "anyone" is no one party
ANY_PARTY = {"anyone", "anybody", "whoever", "whomever"}
# types whose addressee may be anyone without making the act generic ("asked anyone who saw
# the car to call police", "threatened anyone who talked")
ADDRESSED = {"REQUEST", "THREATEN"}
# the bare pronoun "those" picks people by a stance they take ("those who refused", "those who
# agreed to return"): no party's act; a deed of theirs ("arrested those who attacked the
# convoy") names an act told (session 44)
THOSE = {"those"}
STANCES = {"REJECT", "AGREE", "CONCEDE", "SUPPORT"}


def any_occasion(token: Token, plover: str) -> bool:
    """An act of anyone at all, told in a relative clause on "anyone": "warned that anyone who
    attacked a police station would be dealt with", "anyone who supported rival groups would be
    killed", and a stance of "those" ("would dock the pay of those who refused to return"): no
    identifiable actor and no one act (the guidelines' generic mentions). An act
    named as a case that may arise ("any attack would be met with force") stays, hypothetical,
    and so does an act done to anyone ("police will arrest anyone who blocks the road")."""
    if plover in ADDRESSED or token.dep_ != "relcl" or not (
            token.head.lower_ in ANY_PARTY or (token.head.lower_ in THOSE and plover in STANCES)):
        return False
    # a day of its own makes it one awaited occasion ("will arrest anyone who blocks the road
    # in Tulsa on Friday": the blockade called for Friday)
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree)
