"""Words of allowing that grant no permission (no CONCEDE):

- **making room for**: "allow for a six-course meal", "to allow for the construction of
  consensus", "permits for some delay": "allow for" and "permit of" something make it possible
  or take it into account; no one yields to anyone ("allowed aid convoys to enter" stays);
- **standing rules**: "asylum seekers are allowed to come and go", "visitors are permitted to
  take photos", "residents are not allowed to keep chickens": a bare plural of people allowed
  in the present simple, with no date, tells a rule in force, not a permission granted that day
  ("the convoys were allowed to enter on Monday" and "women are now allowed to drive", a rule
  that has just changed, stay);
- **what a rule provides**: "the program allows homebuyers to use the credit", "the new law
  permits farmers to sell their land", "the scheme lets families defer payments": a
  programme, a law or a deal whose provision allows something is a rule described, not a
  permission granted by a party, and what it allows ("allows officers to search cars") is no
  act done ("the army allowed the convoy to enter" stays); the rule may be what a relative
  clause or a participle hangs on ("a state of emergency, which allows soldiers to search
  homes", "a dispersal order allowing officers to move on groups": a state of emergency, siege
  or prevention is a rule in force too), while a party there stays ("the government, which
  allowed the convoy to pass").

- **leave of a court** to a side of the case: "a magistrate allowed police to detain them for
  14 more days", "the judge permitted the defence to call a witness": a step of a case, no
  party yielding ("the judge allowed the journalists to attend the trial" stays) (session
  43; "a bill to allow the army to shoot down drones", an infinitive on a rule, is the rule's
  provision as "a dispersal order allowing").

The families of words are listed whole; inflections come through the lemma.
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
ALLOWING = {"allow", "permit"}
# verbs of a rule's provision ("the law lets", "the scheme enables")
PROVIDING = ALLOWING | {"let", "enable", "entitle", "authorize", "authorise", "empower"}
# nouns of a rule, a programme or a deal's text (lemmas)
RULES = {"program", "programme", "law", "rule", "policy", "act", "bill", "measure", "scheme",
         "plan", "ordinance", "regulation", "statute", "code", "provision", "credit",
         "initiative", "system", "guideline", "exemption", "waiver", "charter", "constitution",
         "amendment", "license", "licence", "permit", "clause", "article", "section",
         "legislation", "decree", "order", "directive", "treaty", "agreement", "accord", "deal",
         "contract", "term", "arrangement", "protocol", "loophole", "change", "reform",
         "proposal", "budget", "grant", "fund", "voucher", "visa", "status", "option",
         "injunction", "mandate", "ruling", "resolution", "warrant", "curfew", "lockdown",
         "ban", "emergency", "edict", "bylaw"}
# nouns of a state in force, a rule with "of" ("a state of emergency, of siege, of prevention")
STATES = {"state"}
# relative pronouns whose antecedent is the doer of a relative clause
RELATIVES = {"which", "that"}
PRESENT = {"VBZ", "VBP"}
ROOM_PREPS = {"for", "of"}
# adverbs that make a rule news: it has just changed
CHANGE_ADVERBS = {"now", "finally", "soon", "longer", "already", "again", "newly", "suddenly"}


def room_for(token: Token) -> bool:
    """ "Allow for a six-course meal": making possible, no permission granted."""
    if token.lemma_.lower() not in ALLOWING or token.pos_ not in VERB_POS:
        return False
    if any(c.dep_ in {"dobj", "nsubjpass", "ccomp", "xcomp", "dative"} for c in token.children):
        return False  # "allowed them to", "allowed fuel into Gaza", "was allowed for"
    return any(c.dep_ == "prep" and c.lower_ in ROOM_PREPS and any(
        g.dep_ in {"pobj", "pcomp"} for g in c.children) for c in token.children)


def _bare_plural(noun: Token) -> bool:
    if noun.tag_ not in {"NNS"} or noun.ent_type_:
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "quantmod", "predet"} or c.like_num
                   or c.pos_ == "PROPN" or c.ent_type_ for c in noun.children)


def standing_rule(token: Token, when_known: bool = False, headline: bool = False) -> bool:
    """ "Asylum seekers are allowed to come and go": a rule in force (see the module)."""
    if when_known or headline or token.lemma_.lower() not in ALLOWING or \
            token.pos_ not in VERB_POS or token.tag_ != "VBN":
        return False
    auxes = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if len(auxes) != 1 or auxes[0].dep_ != "auxpass" or auxes[0].tag_ not in PRESENT:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in CHANGE_ADVERBS for c in token.children):
        return False  # "women are now allowed to drive": a change of the rule, news
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and all(_bare_plural(s) for s in subjects)


def rule_provision(token: Token) -> bool:
    """ "The program allows homebuyers to use ...": what a rule provides (the module)."""
    if token.lemma_.lower() not in PROVIDING or token.pos_ not in VERB_POS:
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ in {"acl", "relcl"} and token.tag_ in {"VBG", "VB"} and not subjects:
        subjects = [token.head]  # "a dispersal order allowing officers to", "a bill to allow
        # the army to shoot down drones"
    elif token.dep_ == "relcl":  # "a state of emergency, which allows": its antecedent
        subjects = [_antecedent(token.head) if s.lower_ in RELATIVES else s for s in subjects]
    return bool(subjects) and all(_rule(s) for s in subjects)


def _antecedent(noun: Token) -> Token:
    """The noun a relative clause hangs on, past the places and times parsed under it ("a state
    of emergency in the province, which allows": the state, not the province)."""
    node = noun
    for _ in range(3):
        if _rule(node) or node.dep_ != "pobj" or node.head.head.i == node.head.i:
            return node
        node = node.head.head
    return node if _rule(node) else noun


def _rule(noun: Token) -> bool:
    """``noun`` names a rule, or a state in force ("a state of emergency")."""
    if noun.lemma_.lower() in RULES or noun.lower_ in RULES:
        return True
    return noun.lemma_.lower() in STATES and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def provided(token: Token) -> bool:
    """ "The new rule allows officers to search cars": an act a rule provides for, none done."""
    return token.dep_ in {"xcomp", "ccomp"} and token.pos_ in VERB_POS and \
        rule_provision(token.head)


# who rules on a case (lemmas): what a court allows is a ruling in the case, no concession
COURTS = {"court", "judge", "magistrate", "tribunal", "justice", "jury", "bench"}
# the sides of a criminal case a court gives leave to ("allowed police to detain them")
CASE_PARTIES = {"police", "prosecutor", "prosecution", "investigator", "detective", "officer",
                "state", "defence", "defense", "lawyer", "attorney", "counsel"}


def court_leave(token: Token) -> bool:
    """ "A magistrate allowed police to detain them for 14 more days": leave a court grants in
    a case to do something, a step of its procedure, not a party yielding to another."""
    if token.lemma_.lower() not in ALLOWING or token.pos_ not in VERB_POS:
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or not all(s.lemma_.lower() in COURTS for s in subjects):
        return False
    clauses = [c for c in token.children if c.dep_ in {"ccomp", "xcomp"}]
    allowed = [g for c in clauses for g in c.children if g.dep_ == "nsubj"]
    allowed += [c for c in token.children if c.dep_ == "dobj"]
    # ("the court allowed the appeal", "allowed four men to grow marijuana", "allowed the
    # journalists to attend": a ruling on a party's plea, a permission, stay)
    return bool(clauses) and any(a.lemma_.lower() in CASE_PARTIES for a in allowed)


def no_permission(token: Token, plover: str, when_known: bool = False,
                  headline: bool = False) -> bool:
    """Whether a word of allowing grants no permission (see the module's docstring)."""
    if plover not in {"CONCEDE", "RETREAT", "REJECT"}:
        return False
    return room_for(token) or standing_rule(token, when_known, headline) or \
        rule_provision(token) or court_leave(token)
