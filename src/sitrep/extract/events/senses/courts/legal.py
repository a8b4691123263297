"""The crime a legal step is about is not reported by it: "charged in the abduction and death of
the girl", "convicted of the murder of his wife", "serving a life sentence for the killing",
"indicted over the bombing", "found guilty of the assault", "suspected in the shooting" code
the charge, the conviction or the sentence (ACCUSE, SANCTION), not the crime again (the event
guidelines: "charged with assault codes the charging, not an ASSAULT"). The crime is coded
where the article reports it as a happening: by a verb ("he stabbed his neighbour, and was
charged with murder"), or by a noun outside a legal step ("the shooting killed two").

``charged_act(token)`` says whether an event noun is the complement of a legal step: the object
of "in", "for", "over", "with", "of" or "in connection with" after a verb, an adjective or a
noun of charging, trying, convicting or sentencing (a whole family, inflections through the
lemma); an act told with its own day or time ("serving a life sentence for the November 1995
assassination of the prime minister") is reported as a happening and stays. Arrests are left out: "two men were arrested in the attack" is often the only mention
of an attack the article reports.

``legal_sense`` names the court's own steps and duties that legal words name: an appeal to a
court ("a federal appeal", "moved an appeal against the order", "appealed the ruling", "his
client would appeal") is no
REQUEST ("appealed for calm" stays); "the accused" (the defendant) and a duty one is "charged
with" ("charged with carrying out intelligence work", "charged with the protection of the
port") are no ACCUSE ("charged with carrying out the bombing" stays).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.events.tokens import lemmas

NOUN_POS = {"NOUN", "PROPN"}
# the legal steps that name a crime in their complement (verbs, adjectives and nouns)
LEGAL_STEPS = {
    "charge", "recharge", "indict", "indictment", "accuse", "accusation", "arraign",
    "arraignment", "convict", "conviction", "reconvict", "sentence", "resentence", "try",
    "retry", "trial", "retrial", "prosecute", "prosecution", "acquit", "acquittal", "plead",
    "plea", "guilty", "innocent", "count", "suspect", "suspicion", "jail", "imprison",
    "imprisonment", "extradite", "extradition", "punish", "punishment", "fine", "exonerate",
    "exoneration", "clear", "pardon", "testify", "testimony", "hearing", "verdict",
}
# the verbs of doing time and of facing a step: "served 12 years for the killing", "faces
# trial over the bombing" (only with a sentence or a step as their object or complement)
SERVING = {"serve", "face", "receive", "get", "await", "stand"}
TIME_SERVED = {"sentence", "term", "year", "month", "week", "day", "decade", "life", "time",
               "trial", "charge", "count", "prison", "jail"}
# the prepositions that attach the crime to the step ("in connection with": its last word)
ABOUT = {"in", "for", "over", "with", "of", "about", "to"}


def _legal(governor: Token) -> bool:
    lemma = governor.lemma_.lower()
    if lemma in LEGAL_STEPS or governor.lower_ in LEGAL_STEPS:
        return True
    if lemma in SERVING:
        return any(c.dep_ in {"dobj", "attr"} and c.lemma_.lower() in TIME_SERVED
                   for c in governor.children)
    return False


# the lengths of a prison term ("jailed for six years", "imprisoned for life")
DURATIONS = {"year", "month", "week", "day", "decade", "life", "term", "lifetime"}


def prison_term(verb: Token) -> bool:
    """A jailing for a stated length ("jailed for six years", "imprisoned for life"): a
    sentence (SANCTION/convict), not an arrest ("jailed last year" is one)."""
    doc = verb.doc
    for prep in (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"):
        # its object, or the words right after it (the parser may hang "18 months" on the
        # next preposition: "jailed for 18 months after the trial")
        words = [g for g in prep.children if g.dep_ == "pobj"] + list(doc[prep.i + 1:prep.i + 4])
        if any(w.lemma_.lower() in DURATIONS for w in words):
            return True
    return False


SEIZURE_NOUNS = {"seizure", "confiscation", "interdiction"}


def seizures_in_general(token: Token) -> bool:
    """A bare plural of seizures ("drug seizures rose", "regarding drug seizures", "the
    doubling of precursor chemical seizures", "absorb losses such as drug seizures"): a
    statistic or a kind of police work, not one seizure (which has a determiner, a number or
    a possessor: "the seizure of 2 tonnes", "two seizures", "its largest seizure")."""
    if token.lemma_.lower() not in SEIZURE_NOUNS or token.tag_ != "NNS":
        return False
    return not any(c.dep_ in {"det", "nummod", "poss"} or c.like_num for c in token.children)


def _dated(noun: Token) -> bool:
    """The act told with its own day or time ("the November 1995 assassination of Rabin",
    "Monday's shooting", "the shooting on Friday"): the sentence reports it as a happening."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in noun.subtree)


def charged_act(token: Token) -> bool:
    """Whether the event noun ``token`` names the crime of a legal step ("charged in the
    abduction and death of", "sentenced for the murder of", "a conviction for the attack")."""
    if token.pos_ not in NOUN_POS or _dated(token):
        return False
    node = token
    while node.dep_ in {"conj", "appos", "compound", "amod", "nmod"} and node.head.i != node.i:
        node = node.head  # "the abduction and death of", "the shooting death of"
    if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in ABOUT:
        return False
    governor = node.head.head
    if node.head.lower_ == "with" and governor.lower_ == "connection" and \
            governor.dep_ == "pobj" and governor.head.dep_ == "prep":
        governor = governor.head.head  # "charged in connection with the shooting"
    return _legal(governor)  # (an adjective too: "found guilty of the murder")


# verbs of arresting and punishing: a deed told by a gerund they are "for" is the reason given
# ("arrested for attacking officers"); a noun after them stays ("arrested in the attack")
ARRESTING = {"arrest", "rearrest", "detain", "hold", "book", "apprehend", "nab", "fine",
             "discipline", "penalize", "penalise"}
# the prepositions that attach a deed to its step ("for beating", "of torturing", "with
# threatening")
FOR_DEED = {"for", "of", "over", "with"}


def charged_deed(token: Token) -> bool:
    """A deed told by a gerund that is the reason of a legal step, an arrest or a penalty ("was
    sentenced to 12 years for beating a prisoner", "14 people were arrested for attacking
    officers and damaging shops", "convicted the colonel of torturing detainees"): the charge,
    not a happening the sentence reports (the guidelines: "charged with assault codes the
    charging"; the deed is coded where the article tells it as a happening). A deed with a day
    of its own is told as news, and a term served for a deed leaves it to ``history.cases``."""
    if token.pos_ not in {"VERB", "AUX"} or token.tag_ != "VBG" or _dated(token):
        return False  # "sentenced him for killing two guards on Saturday": told as news
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "for attacking officers and damaging shops"
    if node.dep_ != "pcomp" or node.head.lower_ not in FOR_DEED:
        return False
    governor = node.head.head
    if governor.pos_ in NOUN_POS and governor.dep_ in {"dobj", "nsubjpass"}:
        governor = governor.head  # "convicted the colonel of torturing detainees"
    if governor.pos_ not in {"VERB", "AUX", "ADJ"} or governor.lemma_.lower() in SERVING:
        return False  # "served eight years for killing a clerk": background (``history``)
    return _legal(governor) or bool(lemmas(governor) & (ARRESTING | LEGAL_STEPS))
    # ("fined", whose lemma the model may clip to "fin")


# -- court procedure and duties named with legal words --------------------------------------
# an appeal to a court: its adjectives, what it is against, what is done to it, who hears it
COURT_APPEAL_ADJ = {"federal", "original", "legal", "final", "criminal", "civil", "judicial",
                    "constitutional", "formal", "second", "first", "pending", "state", "new",
                    "further", "fresh", "successful", "unsuccessful", "failed"}
RULINGS = {"order", "ruling", "verdict", "conviction", "sentence", "sentencing", "decision",
           "judgment", "judgement", "acquittal", "dismissal", "finding", "decree", "penalty",
           "fine", "injunction", "deportation", "extradition"}
# the courts a matter is taken to or fought in (lemmas). Until session 44 this module defined
# COURTS twice (the first, {"court", "tribunal", "judge", "bench", "magistrate"}, for appeals);
# the later one was in effect for both readers and is the one kept, so behaviour does not change
COURTS = {"court", "tribunal", "judiciary", "courtroom", "courthouse"}
APPEAL_STEPS = {"file", "lodge", "move", "lose", "win", "hear", "uphold", "dismiss", "await",
                "refile", "submit", "reject", "deny", "grant", "allow", "rule", "flaw",
                "withdraw", "exhaust", "argue"}
# duties one is charged with ("charged with overseeing the vote"), not crimes
DUTIES = {"oversee", "supervise", "guard", "protect", "ensure", "monitor", "implement",
          "investigate", "maintain", "patrol", "enforce", "review", "draft", "administer",
          "safeguard", "secure", "coordinate", "co-ordinate", "regulate", "inspect", "verify",
          "certify", "evaluate", "assess", "advise", "train", "rebuild", "restore", "combat",
          "fight", "tackle", "prevent", "reform", "modernize", "modernise", "carry", "conduct",
          "handle", "perform", "lead"}
DUTY_NOUNS = {"responsibility", "task", "duty", "mission", "oversight", "supervision",
              "protection", "security", "management", "implementation", "coordination",
              "investigation", "inquiry", "probe", "enforcement", "defence", "defense",
              "custody", "care", "running", "organisation", "organization", "review"}
DEFENDANT = {"accused", "accuser"}


def _court_appeal(token: Token) -> bool:
    """ "A federal appeal", "the original appeal was flawed", "moved an appeal against the
    order", "appealed the ruling", "appealed to the Supreme Court", an appeal with no complement
    ("his client would appeal"): an appeal to a court, a step of a trial, not a request of a
    party ("appealed for calm", "appealed to residents to stay at home" stay)."""
    if token.pos_ in NOUN_POS and not any(c.dep_ == "prep" and c.lower_ in {"for", "to"}
                                          for c in token.children):  # "a new appeal for aid"
        if any(c.dep_ == "amod" and c.lower_ in COURT_APPEAL_ADJ for c in token.children):
            return True
        if token.head.lemma_.lower() in APPEAL_STEPS and token.dep_ in {
                "dobj", "nsubj", "nsubjpass", "pobj"}:
            return True
    for prep in token.children:
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.dep_ == "prep" and prep.lower_ == "against" and any(
                g.lemma_.lower() in RULINGS for g in objects):
            return True  # "an appeal against the lower court's order"
        if prep.dep_ == "prep" and prep.lower_ == "to" and any(
                g.lemma_.lower() in COURTS for g in objects):
            return True  # "appealed to the Supreme Court"
    if token.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ in ASKED_DEPS or (c.dep_ == "prep" and c.lower_ in {"for", "to"}) or (
                c.dep_ == "advcl" and any(g.dep_ in {"mark", "aux"} and g.lower_ in {"for", "to"}
                                          for g in c.children))  # "for witnesses to come"
            for c in token.children):
        return True  # "his client would appeal", "his lawyers had appealed, arguing that":
        # no one appealed to, nothing asked for: the appeal of a verdict
    return token.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in RULINGS for c in token.children)


# the complements of an appeal that ask something ("appealed for calm", "appealed to the
# rebels to lay down their arms", "appealed that the talks resume")
ASKED_DEPS = {"dobj", "dative", "xcomp", "ccomp"}


def _defendant(token: Token) -> bool:
    """ "The identity of the accused is unknown": the person on trial, no accusation."""
    return token.lower_ in DEFENDANT and token.dep_ in {"pobj", "nsubj", "nsubjpass", "dobj",
                                                        "conj", "appos"} and any(
        c.dep_ == "det" and c.lower_ in {"the", "an", "this"} for c in token.children) and not any(
        c.dep_ in {"prep", "agent", "dobj", "ccomp", "xcomp"} for c in token.children)


def _charged_with_a_duty(token: Token, is_event_word: Callable[[str], bool]) -> bool:
    """ "The troops are charged with carrying out intelligence work", "the body charged with
    overseeing the vote", "charged with the protection of the port": a duty given, no
    accusation ("charged with carrying out the bombing", "charged with murder" stay)."""
    if token.lemma_.lower() != "charge" or token.pos_ not in {"VERB", "AUX"}:
        return False
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for g in prep.children:
            lemma = g.lemma_.lower()
            objects = [c for c in g.children if c.dep_ in {"dobj", "pobj"}]
            if g.dep_ == "pcomp" and lemma in DUTIES and not any(
                    is_event_word(o.lemma_.lower()) for o in objects):
                return True
            if g.dep_ == "pobj" and lemma in DUTY_NOUNS:
                return True
    return False


def legal_sense(token: Token, plover: str,
                is_event_word: Callable[[str], bool] = lambda _: False) -> str | None:
    """Why ``token`` names a step of court procedure or a duty, not an act of ``plover``."""
    if plover == "REQUEST" and token.lemma_.lower() == "appeal" and _court_appeal(token):
        return "court appeal"
    if plover == "ACCUSE" and (_defendant(token) or _charged_with_a_duty(token, is_event_word)):
        return "legal word"
    return None


# verbs of fighting that also name a fight at law (lemmas)
FIGHTING = {"fight", "battle", "combat"}
# what is fought at law: a measure, a decision or a charge (lemmas)
LEGAL_TARGETS = {"charge", "fine", "ban", "ruling", "decision", "order", "eviction",
                 "deportation", "dismissal", "suit", "lawsuit", "case", "verdict", "conviction",
                 "sentence", "extradition", "result", "law", "bill", "measure", "policy",
                 "closure", "demolition", "allegation", "claim", "penalty", "suspension",
                 "expulsion", "ticket", "summons", "injunction", "indictment", "ordinance",
                 "decree", "regulation", "rule", "tax", "levy", "licence", "license", "permit",
                 "contract", "will", "custody", "divorce", "appeal", "prosecution", "merger"}


def legal_fight(token: Token, plover: str) -> bool:
    """A fight at law, no violence: a verb of fighting whose object is a measure, a decision or
    a charge ("would fight the ban", "is fighting the defamation suit", "vowed to battle the
    charges") or that is fought in a court ("said they would fight in court"); the challenge of
    a measure (REJECT). "The gangs fought in the market", "rebels fought troops" stay."""
    if plover != "ASSAULT" or token.pos_ not in {"VERB", "AUX"} or \
            token.lemma_.lower() not in FIGHTING:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in LEGAL_TARGETS for c in token.children):
        return True
    fought = [token] + [c for c in token.children if c.dep_ == "dobj"]  # "fighting the
    # transfers in court", the court parsed under the object
    return any(c.dep_ == "prep" and g.dep_ == "pobj" and g.lemma_.lower() in COURTS
               for f in fought for c in f.children for g in c.children)


# The name of a charge is no happening: a bare crime noun in the complement of a charge, a
# suspicion, a plea or a verdict ("charged with aggravated assault", "arrested on suspicion of
# murder", "murder charges", "admitted harassment"), also down a list or a noun phrase from the
# charging ("charged him with resisting arrest, possession of a firearm and assault on an
# officer", "convicted a former village chief of murder"). The guidelines: "charged with assault
# codes the charging (ACCUSE/allege by the prosecutor, or SANCTION/convict for a conviction), not
# an ASSAULT". Moved out of ``senses/words.py`` (session 43), which had reached its size; the
# climb through the nouns is of session 43 (issue 15, event precision).
DEFINITE = {"the", "this", "that", "these", "those"}
# words that name a charge, a suspicion, a plea or a verdict: a bare crime noun in their
# complement is the name of the charge ("charged with assault", "murder charges")
CHARGE_WORDS = {"charge", "accuse", "accusation", "allege", "allegation", "indict",
                "indictment", "convict", "conviction", "suspicion", "suspect", "guilty",
                "innocent", "plead", "plea", "admit", "confess", "acquit", "acquittal", "try",
                "trial", "prosecute", "prosecution", "sentence", "jail", "imprison", "arrest",
                "detain", "remand", "count", "offence", "offense", "want", "book", "cite",
                "investigate", "probe", "inquiry", "investigation", "case", "verdict", "fine",
                "punish", "punishment", "hang", "execute", "extradite", "extradition",
                "warrant", "summons", "sue", "lawsuit", "clear", "exonerate"}
CHARGING = {"charge", "convict", "accuse", "indict", "acquit", "prosecute", "suspicion", "guilty"}
NAMING_PREPS = {"of", "with", "for"}  # prepositions that name a charge ("convicted of murder")
CLIMBED = {"pobj", "dobj", "nsubjpass", "appos", "conj"}  # a noun's ways up to its charging


def charge_name(token: Token) -> bool:
    """A bare crime noun in the complement of a charge, a suspicion, a plea or a verdict:
    "charged with aggravated assault", "arrested on suspicion of murder", "murder charges",
    "admitted harassment"; not "accused of the murder of a shopkeeper" or "jailed for his
    killing", which refer to the act itself."""
    if token.pos_ not in NOUN_POS or token.ent_type_:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
           for c in token.children):
        return False
    node = token
    while node.dep_ in {"conj", "appos", "amod"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "compound":
        return node.head.lemma_.lower() in CHARGE_WORDS  # "murder charges"
    if node.dep_ == "dobj":
        return node.head.lemma_.lower() in {"admit", "confess", "deny"}
    if node.dep_ != "pobj" or node.head.dep_ != "prep":
        return False
    governor = node.head.head
    if governor.dep_ == "pobj" and governor.lemma_.lower() in {"suspicion", "charge", "count"}:
        return True  # "on suspicion of murder", "on charges of kidnapping"
    if governor.lemma_.lower() in CHARGE_WORDS or governor.lower_ in CHARGE_WORDS:
        return True
    if node.head.lower_ not in NAMING_PREPS:
        return False  # "charged with attempted murder in a shooting": the act itself
    for _ in range(4):  # "convicted a village chief of murder", "charged him with resisting
        # arrest, possession of a firearm and assault": up through the nouns to the charging
        step = governor.head.head if governor.head.dep_ == "prep" else governor.head
        if governor.pos_ not in NOUN_POS or governor.dep_ not in CLIMBED or step.i == governor.i \
                or (governor.head.dep_ == "prep" and governor.head.lower_ not in NAMING_PREPS):
            return False
        governor = step
        if governor.lemma_.lower() in CHARGING:
            return True
    return False
