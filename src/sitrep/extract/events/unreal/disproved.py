"""Acts told as false: the act, or the report, story or claim of it, is said to be false, a
hoax, fabricated, faked, recanted, denied or ruled out, or there is "no evidence" of it:

- a predicate of falsity on the act or its report ("the report of a shooting was a hoax", "the
  claims proved false", "reports that troops attacked the village were fabricated");
- a verb of falsifying or disowning with the act or its report as object ("faked her own
  abduction", "recanted her story that she had been assaulted", "dismissed reports of clashes",
  "ruled out an attack"), active or passive ("the kidnapping was staged", "foul play was ruled
  out");
- a noun of evidence with "no", or the object of a negated verb ("found no evidence of an
  attack", "there was no sign of a break-in", "did not find any trace of a struggle").

A speech act named by the report noun itself (an accusation, a claim) was made, true or not:
only the act it tells of is disproved; a verb that disowns an act by name ("denied the
attack") disproves only a material act, not a request or an accusation it turns down ("denied
the request"). "Staged" fakes only violence ("the robbery was staged"); a protest staged was
held. The words are matched on lemmas (``tokens.lemmas``) and, for adjectives, word forms.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.tokens import lemmas

# nouns that tell of an act: what they tell may be shown false
REPORT_NOUNS = {"report", "story", "claim", "allegation", "account", "rumour", "rumor",
                "accusation", "tale", "assertion", "version", "statement", "complaint",
                "suggestion", "speculation", "word", "news", "information", "charge"}
# adjectives and nouns that say a report or an act is false
FALSE_ADJECTIVES = {"false", "untrue", "baseless", "unfounded", "groundless", "fake", "bogus",
                    "fabricated", "fictitious", "erroneous", "inaccurate", "incorrect", "wrong",
                    "fictional", "imaginary", "made-up", "spurious", "invented", "phony",
                    "phoney", "sham", "fraudulent", "untruthful", "mistaken", "staged",
                    "faked", "falsified", "concocted", "nonexistent", "non-existent"}
FALSE_NOUNS = {"hoax", "fabrication", "lie", "falsehood", "fiction", "fake", "invention",
               "myth", "sham", "ruse", "prank", "fantasy", "fraud", "canard", "fakery",
               "hoaxer", "untruth", "misunderstanding"}
# nouns made false by an adjective ("a false alarm", "fake news", "a false report")
FALSE_ATTRIBUTES = {"alarm", "report", "news", "claim", "story", "alert", "call"}
# copulas and verbs of turning out whose complement judges their subject
JUDGING = {"be", "prove", "turn", "appear", "seem", "emerge"}
# verbs that make an act or its report false or disown it, whatever their object is
FALSIFYING = {"fake", "fabricate", "invent", "concoct", "falsify", "recant", "retract",
              "debunk", "disprove", "discredit", "refute", "dismiss", "deny", "reject"}
# of those, the verbs that disown an act by name ("denied the attack", "refuted the killing");
# the others need a report as object ("dismissed reports of clashes", "recanted her story")
DISOWNING = {"fake", "fabricate", "invent", "concoct", "falsify", "deny", "refute", "disprove",
             "debunk"}
# "staged" fakes a crime ("the kidnapping was staged"), but holds a protest; active, it fakes
# one's own ("staged her own kidnapping", "staged a fake robbery"), not a raid carried out
OWN_OR_FAKE = {"own", "fake", "mock", "sham", "phony", "phoney", "bogus"}
STAGED_TYPES = {"ASSAULT", "COERCE"}
# acts that a verb of disowning can deny by name: the acts of deeds, not of words ("denied the
# request", "rejected the accusation": the request and the accusation were made)
DEED_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "AID", "RETREAT",
              "CONSULT", "AGREE", "COOPERATE"}
# verbs that turn down a report about an act without saying the act is false ("rejected the
# commission's report about the massacre"): only a report "of" it or "that" it happened counts
LOOSE = {"reject", "dismiss"}
# nouns of evidence: "no evidence of an attack", "no sign of a struggle"
EVIDENCE_NOUNS = {"evidence", "sign", "proof", "trace", "indication", "record", "report",
                  "confirmation", "hint", "suggestion", "basis", "truth", "substance"}


def _words(token: Token) -> set[str]:
    return lemmas(token) | {token.lower_}


def _up_conj(token: Token) -> Token:
    node = token
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    return node


def _teller(trigger: Token) -> Token | None:
    """The report noun that tells of the act: "the report of a shooting", "her story that she
    had been assaulted", "the story of being kidnapped", "reports that troops attacked"."""
    node = _up_conj(trigger)
    if node.dep_ in {"pobj", "pcomp"} and node.head.lower_ in {"of", "about"}:
        noun = node.head.head
    elif node.dep_ in {"acl", "ccomp"} and node.head.pos_ in {"NOUN", "PROPN", "VERB"}:
        noun = node.head
    else:
        return None
    if noun.i == node.i or not (_words(noun) & REPORT_NOUNS):
        return None
    return noun if noun.pos_ in {"NOUN", "PROPN"} or noun.dep_ in {"nsubj", "nsubjpass",
                                                                   "dobj"} else None


def _false_word(word: Token) -> bool:
    """``word`` says false: an adjective or noun of falsity ("false", "a hoax"), a noun made
    false by its adjective ("a false alarm", "fake news")."""
    words = _words(word)
    if words & FALSE_ADJECTIVES or words & FALSE_NOUNS:
        return True
    return bool(words & FALSE_ATTRIBUTES) and any(
        c.dep_ in {"amod", "compound"} and _words(c) & FALSE_ADJECTIVES for c in word.children)


def _judged_false(verb: Token) -> bool:
    """A copula or verb of turning out with a false complement: "was a hoax", "proved false",
    "turned out to be false", "appears to have been fabricated"."""
    if not (lemmas(verb) & JUDGING):
        return False
    for child in verb.children:
        if child.dep_ in {"attr", "acomp", "oprd"} and _false_word(child):
            return True
        if child.dep_ == "xcomp" and (_judged_false(child) or _falsifying_passive(child, set())):
            return True
    return False


def _falsifying_passive(verb: Token, types: set[str]) -> bool:
    """A passive verb of falsifying or ruling out: "was staged" (of a crime: ``types``), "were
    fabricated", "was made up", "has been ruled out"."""
    if verb.tag_ != "VBN" and not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return _falsifying(verb, types)


def _falsifying(verb: Token, types: set[str], by_name: bool = False) -> bool:
    """A verb that makes its object false or disowns it: ``FALSIFYING``, "made up", "ruled
    out", "staged" (of a crime). With ``by_name`` (the object is the act itself, not its
    report), only ``DISOWNING`` verbs and "rule out" count."""
    words = lemmas(verb)
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if words & {"rule"} and "out" in particles:
        return True
    if words & {"make"} and "up" in particles:
        return True
    if words & {"stag", "stage"} and types & STAGED_TYPES and (
            verb.dep_ in {"amod", "acl"} or any(c.dep_ == "auxpass" for c in verb.children)
            or any(c.dep_ == "dobj" and any(g.lower_ in OWN_OR_FAKE for g in c.children)
                   for c in verb.children)):
        return True  # "the kidnapping was staged", "staged her own kidnapping"; "gunmen
        # staged a raid" carried it out
    return bool(words & (DISOWNING if by_name else FALSIFYING))


def _said_false(carrier: Token, types: set[str], by_name: bool) -> bool:
    """The carrier (the act or its report) is judged false, falsified or disowned by its verb."""
    node = _up_conj(carrier)
    verb = node.head
    if node.i == verb.i:
        return False
    if node.dep_ in {"nsubj", "nsubjpass"}:
        return _judged_false(verb) or _falsifying_passive(verb, types)
    if node.dep_ == "dobj":
        if _falsifying(verb, types, by_name) and not any(c.dep_ == "neg" for c in verb.children):
            return True
        # "dismissed reports of clashes as false", "described the claims as fabricated": the
        # word after "as" itself, not one deep in a clause of it ("described the killing as
        # jealousy gone way wrong" calls the killing no lie)
        return any(c.dep_ == "prep" and c.lower_ == "as" and any(
            _false_word(g) for g in c.children) for c in verb.children)
    return False


def _no_evidence(carrier: Token) -> bool:
    """The act is what "no evidence", "no sign" or "no trace" is of: "found no evidence of an
    attack", "there was no sign of a struggle", "did not find any evidence of a break-in"."""
    node = _up_conj(carrier)
    if node.dep_ in {"pobj", "pcomp"} and node.head.lower_ in {"of", "for"}:
        noun = node.head.head
    elif node.dep_ in {"acl", "ccomp"}:
        noun = node.head
    else:
        return False
    if not (_words(noun) & EVIDENCE_NOUNS) or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"det", "neg"} and c.lower_ in {"no", "neither"} for c in noun.children):
        return True
    verb = noun.head
    return noun.dep_ in {"dobj", "attr", "nsubj"} and any(
        c.dep_ == "neg" for c in verb.children)


def disproved(trigger: Token, plover: str) -> bool:
    """The act of ``trigger`` (of PLOVER type ``plover``) is told as false: its report is
    judged false, faked, recanted, denied or ruled out, or there is no evidence of it."""
    types = {plover}
    teller = _teller(trigger)
    if teller is not None and (_said_false(teller, types, False) or _no_evidence(teller)) and \
            not (_up_conj(trigger).head.lower_ == "about" and lemmas(teller.head) & LOOSE):
        return True  # (not "rejected the report about the massacre": a study, not the act's)
    if _no_evidence(trigger):
        return True
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    return plover in DEED_TYPES and _said_false(trigger, types, True)
