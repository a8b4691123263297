"""Acts of force made a threat by their wording, for ``modal_cues.modality`` (PLOVER THREATEN,
CAMEO 13): the act is not told as done but held over another party.

- **an act vowed by name**: the noun object of a verb of vowing ("the militia vowed more
  bombings", "promised new talks"): the stated intent of the act, read like "vowed to bomb"
  (``vowed_act``);
- **an act announced on a condition another party must meet**: an act announced by "will" or
  "would" with an "if" clause that is negated ("would call a strike if the ministry did not
  raise wages", "will walk out if its demands are not met", "if the council fails to act") or
  whose subject is another party ("would block the roads if the police came"):
  the act is held over that party (``threat_condition``); a condition of a thing or of chance
  ("if the weather allowed", "if the talks fail") leaves a plain conditional;
- **harm warned of with no doer named**: "notes warning that anyone who talked would be shot",
  "warned that collaborators will be executed": a passive act of harm in the "that" clause of
  a warning, with "will" or "would" and no "by" phrase, is the warner's own threat
  (``warned_harm``); "warned that thousands could be killed by the storm" names its cause and
  "could" tells a risk;
- **punishment vowed to whoever does a thing**: "said those responsible would be hunted down",
  "told reporters that criminal gangs will be dealt with firmly", "warned that anyone found
  harbouring suspects would be prosecuted", "said acts of vandalism will be punished": a
  passive act of punishment with "will" or "would" and no "by" phrase, told by a speaker about
  people named only by what they do or by a quantifier (those, anyone, every, any, a bare
  plural, a relative clause) or about acts, is the speaker's threat (``punishment_vowed``);
  "said the suspect would be prosecuted on Monday" names one person: an announced step, no
  threat.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.senses.fit import noun_class
from sitrep.extract.events.tokens import lemmas

NOUN_POS = {"NOUN", "PROPN"}
# verbs whose noun object is an act vowed ("vowed more attacks", "swore revenge"); the object
# of "threaten" is its own trigger's business (the threat, and the act as hypothetical)
VOWING = {"vow", "swear", "pledge", "promise", "guarantee"}
WILL = {"will", "would", "shall", "'ll", "wo", "'d"}
# verbs of an "if" clause that tell a failure or a refusal ("if the ministry fails to act")
FAILING = {"fail", "refuse", "decline", "neglect"}
PARTY_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
PARTY_PRONOUNS = {"he", "she", "they", "it", "you", "we", "i"}
WARNING_VERBS = {"warn", "caution"}


def vowed_act(trigger: Token) -> bool:
    """``trigger`` is a noun that a verb of vowing takes as its object ("vowed more
    bombings")."""
    return trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj" and \
        trigger.head.pos_ in {"VERB", "AUX"} and bool(lemmas(trigger.head) & VOWING)


def _party(noun: Token) -> bool:
    """``noun`` names a person, a body, a group or a state."""
    if noun.lower_ in PARTY_PRONOUNS or noun.ent_type_ in PARTY_ENTS:
        return True
    phrase = noun.doc[noun.left_edge.i:noun.i + 1].text
    return bool(get_matcher().find(phrase))


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def threat_condition(clauses: list[Token]) -> bool:
    """One of ``clauses`` (the trigger's clause and the verbs it is the complement of, lowest
    first) is announced with "will" or "would" and has an "if" clause that is negated or whose
    subject is another party than the act's (see the module's docstring)."""
    for verb in clauses:
        if not any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children):
            continue
        doer = _subject(verb)
        for cond in verb.children:
            if cond.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ == "if"
                                                for m in cond.children):
                continue
            if any(c.dep_ == "neg" for c in cond.children) or lemmas(cond) & FAILING:
                return True  # "if the ministry did not raise wages", "if it fails to act"
            subject = _subject(cond)
            if subject is not None and subject.dep_ == "nsubj" and _party(subject) and (
                    doer is None or subject.lemma_.lower() != doer.lemma_.lower()):
                return True  # "if the police came"
    return False


# the free-choice words of whoever a threat is held over ("anyone who came to the door", "if
# anybody came near", "the first uniform that steps on my grass")
FREE_CHOICE = {"anyone", "anybody", "whoever", "whomever", "everyone", "everybody"}


def _free_choice(noun: Token) -> bool:
    if noun.lower_ in FREE_CHOICE:
        return True
    kids = list(noun.children)
    if any(c.dep_ == "det" and c.lower_ in {"any", "every"} for c in kids):
        return any(c.dep_ == "relcl" for c in kids)  # "any officer who comes near"
    return any(c.dep_ == "amod" and c.lower_ == "first" for c in kids) and any(
        c.dep_ == "relcl" for c in kids)  # "the first uniform that steps on my grass"


def whoever_threatened(clauses: list[Token]) -> bool:
    """One of ``clauses`` (the trigger's clause and the verbs it hangs on, lowest first) is an
    act announced with "will" or "would" and held over whoever does a thing: its object is
    anyone who does it ("would shoot anyone who came through the door", "the first uniform
    that steps on my grass") or its "if" clause has anyone as subject ("would burn the place
    down if anyone came near"): a threat to all comers, told as THREATEN, no act of its own."""
    verb = clauses[0]
    if verb.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ == "aux" and c.lower_ in WILL for n in clauses for c in n.children):
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and _free_choice(child):
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if"
                                         for m in child.children):
            subject = _subject(child)
            if subject is not None and subject.lower_ in FREE_CHOICE:
                return True
    return False


def warned_harm(clause: Token) -> bool:
    """``clause`` is the "that" clause of a warning that tells a passive act with "will" or
    "would" and no "by" phrase ("warning that anyone who talked would be shot")."""
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or \
            not lemmas(clause.head) & WARNING_VERBS:
        return punishment_vowed(clause)
    kids = list(clause.children)
    return any(c.dep_ == "nsubjpass" for c in kids) and not any(
        c.dep_ == "agent" for c in kids) and any(
        c.dep_ == "aux" and c.lower_ in WILL for c in kids)


def condition_only(token: Token) -> bool:
    """An act told only as the condition of another ("would call a strike if another driver
    was killed", "would halt the flights if either side fired on its aircraft", "threatened a
    strike if the army attacked the capital"): the verb of the protasis of an "if" that is not negated names what
    may happen, not a happening. A negated condition ("if the government did not agree", "if
    it fails to release them") or "unless" names the act demanded, which stays (hypothetical);
    an act named by a noun ("if the talks fail", "if their demands are met") is one that
    exists, whose outcome is the condition, and stays too. A negated passive with no doer ("would
    march on Saturday if he was not freed", "if the charges were not dropped") names the state
    the speaker wants, with no party asked to act: no happening either."""
    verb = token if token.pos_ in {"VERB", "AUX"} else None
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "if the army raided the camps and burned the crops"
    if verb is None or verb.dep_ != "advcl":
        return False
    marks = [m for m in verb.children if m.dep_ == "mark"]
    if not any(m.lower_ == "if" for m in marks) or any(m.lower_ in {"as", "even"} for m in marks):
        return False
    # the act demanded: "if the charges were not dropped" ("if it fails to release them": the
    # act is the complement of "fail", no "if" clause of its own)
    kids = list(verb.children)
    if not any(c.dep_ == "neg" for c in kids):
        return True
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in kids) and not any(
        c.dep_ == "agent" for c in kids)


# verbs that tell what a threat is said with ("said", "told reporters", "vowed", "warned")
SAYING = {"say", "tell", "vow", "declare", "add", "insist", "pledge", "promise", "swear",
          "state", "stress", "announce", "warn", "caution", "assure", "write", "post"}
# the verbs of punishing a person (passive: "will be hunted down", "would be prosecuted"); those
# that need a word of their own: "dealt with", "brought to justice", "treated as"
PUNISHING = {"punish", "prosecute", "hunt", "pursue", "crush", "eradicate", "eliminate",
             "neutralize", "neutralise", "track", "arrest", "jail", "imprison", "detain",
             "charge", "shoot", "kill", "execute", "hang", "sanction", "expel", "deport", "fine",
             "bring", "deal", "treat"}
NEEDS_WORD = {"deal": ("with", None), "bring": ("to", {"justice", "book", "court"}),
              "treat": ("as", None)}
# who is named only by a quantifier or by what they do ("those responsible", "anyone who")
ANYONE = {"those", "anyone", "anybody", "whoever", "everyone", "everybody", "whomever"}
QUANTIFIERS = {"any", "every", "all", "each"}
DEFINITE = {"the", "this", "that", "these", "his", "her", "their", "its", "our", "my", "your"}


def _punitive(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in PUNISHING:
        return False
    if lemma not in NEEDS_WORD:
        return True
    prep, objects = NEEDS_WORD[lemma]
    return any(c.dep_ == "prep" and c.lower_ == prep and (objects is None or any(
        g.lemma_.lower() in objects for g in c.children)) for c in verb.children)


def _whoever(noun: Token) -> bool:
    """``noun`` names people only by a quantifier or by what they do, or names acts: "those
    responsible", "anyone found harbouring", "every militiaman who ...", "criminal gangs",
    "acts of vandalism", "any new violation"; not "the suspect", "the two men"."""
    if noun.lower_ in ANYONE:
        return True
    kids = list(noun.children)
    if any(c.dep_ == "det" and c.lower_ in QUANTIFIERS for c in kids):
        return True
    if any(c.dep_ in {"det", "poss", "nummod"} and c.lower_ not in QUANTIFIERS for c in kids):
        return False
    if noun.tag_ == "NNS":  # a bare plural: "criminal gangs", "acts of vandalism"
        kinds = {noun_class(noun)} | {noun_class(g) for c in noun.children
                                      if c.dep_ == "prep" and c.lower_ == "of"
                                      for g in c.children if g.dep_ == "pobj"}
        return bool(kinds & {"person", "group", "act"})
    return False


def punishment_vowed(clause: Token) -> bool:
    """``clause`` tells a passive act of punishment with "will" or "would" and no "by" phrase
    about whoever does a thing, and is what a speaker says (its "that" clause, or a quote the
    verb of saying hangs on): the speaker's threat (see the module's docstring)."""
    kids = list(clause.children)
    if not _punitive(clause) or any(c.dep_ == "agent" for c in kids) or not any(
            c.dep_ == "aux" and c.lower_ in WILL for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subject is None or not _whoever(subject):
        return False
    node = clause
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "will be arrested and brought to justice"
    if node.dep_ == "ccomp" and node.head.i != node.i:
        return bool(lemmas(node.head) & SAYING)
    return any(c.dep_ in {"parataxis", "ccomp"} and lemmas(c) & SAYING
               for c in node.children)  # "'... will be punished,' it said"


def threat_speaker(clause: Token) -> Token | None:
    """The verb of saying whose subject makes the threat of ``clause`` (``warned_harm``): the
    verb it is the "that" clause of, or the verb of saying hung on a quote."""
    node = clause
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "ccomp" and node.head.i != node.i:
        return node.head
    return next((c for c in node.children if c.dep_ in {"parataxis", "ccomp"}
                 and lemmas(c) & SAYING), None)
