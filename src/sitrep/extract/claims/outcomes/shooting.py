"""Shooting: a person shot is wounded unless the text says the same person died.

``shot_outcome(tok, outcome_of)`` decides the outcome a form of "shoot" (or "gun") states:

- killed when the shooting itself says so: a result word ("shot dead", "gunned down"),
  a manner adverb of death ("fatally / mortally shot"), "shot to death";
- nothing (None) when a further outcome verb of the same victims carries the death ("shot and
  killed", "was shot by a sniper and died later", "shot a clerk, killing him"): that verb is
  the trigger, not the shooting;
- casualties when only part of its victims died ("three people were shot, one fatally",
  "shot four, killing one"): the figure counts killed and wounded together (the guidelines'
  ``casualties``); the part stated as killed is a claim of its own (``fatal_part``);
- injured when it has a victim (a passive subject, an object, "himself", a participle on a
  noun: "a man shot in the leg");
- nothing when no one is said to be hit ("gunmen shot at a convoy").

Across sentences, ``death_words`` finds the sentences that tell of a death, and
``died_elsewhere`` (moved from the extractor) lets a shooting yield to a death told elsewhere
in the article. ``shooting_nominal``: "the stabbing of a 19-year-old" (injured), "the fatal
shooting of two men" (killed).

Used by ``sitrep.extract.claims.links`` (``_outcome``); ``outcome_of`` is its outcome function.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from sitrep.extract.claims.numbers import Flags
from sitrep.extract.claims.outcomes.cues import VICTIM_NOUNS, victim_deeds
from sitrep.extract.claims.victims import category_of, is_people, person_like
from sitrep.nlp.scans import subtree_indices
from sitrep.records import Claim

# verbs of wounding a person with a weapon: wounded unless the text says the person died
# ("a 19-year-old was stabbed outside a nightclub"; "stabbed to death" is a death)
SHOOT_LEMMAS = {"shoot", "gun", "stab", "knife"}
_RESULT_WORDS = {"dead", "down"}  # "shot dead", "gunned down"
_FATAL_ADVERBS = {"fatally", "mortally", "lethally"}
_VICTIM_DEPS = ("nsubjpass", "dobj")
_REFLEXIVES = {"himself", "herself", "themselves"}
_SAME_VICTIM_PRONOUNS = {"him", "her", "them", "himself", "herself", "themselves", "it"}
_DEATH_WORDS = {"fatal", "fatally", "mortally", "homicide", "murder", "die", "dead", "death",
                "kill", "slay", "body"}


def death_words(doc: Doc) -> list[Token]:
    """Words that say someone died, with or without a figure ("a fatal shooting", "police are
    investigating a homicide", "he died at the scene"), not negated; not deaths in general:
    a plural noun ("so many deaths in the last month", "a rise in murders") or a verb in the
    plural present ("people kill each other over nothing")."""
    return [t for t in map(doc.__getitem__, _DEATH_LEMMAS.lemmas_of(doc)) if not any(
        c.dep_ == "neg" for c in [*t.children, *t.head.children]) and t.tag_ not in _GENERAL]


_GENERAL = frozenset({"NNS", "VBP"})


def _death_word(lemma: str) -> bool:
    return lemma.lower() in _DEATH_WORDS


_DEATH_LEMMAS = Flags(_death_word)  # lemma hashes whose lower case is in _DEATH_WORDS


def is_shooting(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SHOOT_LEMMAS


def shooting_nominal(tok: Token) -> str | None:
    """"the stabbing of a 19-year-old", "the fatal shooting of two men": the noun of a
    shooting or stabbing with its victims after "of": killed when called fatal, else injured;
    a victim named by one ("the shooting victim", "the victim of a deadly shooting")."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in VICTIM_NOUNS:
        return _victim_of_shooting(tok)
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.lower_.endswith("ing") or (
            tok.lower_[:-3] not in _SHOOT_STEMS):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)
               for c in tok.children):
        return None
    fatal = any(c.dep_ == "amod" and c.lower_ in ("fatal", "deadly", "lethal", "mortal")
                for c in tok.children)
    return "killed" if fatal else "injured"


_SHOOT_STEMS = frozenset({"shoot", "stabb", "knif", "gunn"})
_WOUNDINGS = frozenset({"shooting", "stabbing", "knifing", "gunshot"})
_FATAL_WORDS = frozenset({"fatal", "deadly", "lethal", "mortal"})


def _victim_of_shooting(tok: Token) -> str | None:
    for deed in victim_deeds(tok):
        if deed.lower_ in _WOUNDINGS:
            return "killed" if any(c.lower_ in _FATAL_WORDS for t in (deed, tok)
                                   for c in t.children if c.dep_ in ("amod", "compound")) else (
                "injured")
    return None


def fatal_part(tok: Token) -> bool:
    """"one fatally", "two of them fatally": a fatal adverb on a number that counts part of the
    victims of a shooting."""
    if tok.lower_ not in _FATAL_ADVERBS or tok.dep_ != "advmod":
        return False
    part = tok.head
    if part.pos_ not in ("NUM", "PRON", "NOUN") or part.i == tok.i:
        return False
    for anc in [part.head, part.head.head]:
        if is_shooting(anc):
            return True
    return False


def _has_victim(tok: Token) -> bool:
    kids = list(tok.children)
    if any(c.dep_ in _VICTIM_DEPS for c in kids):
        return True
    # "a man shot in the leg", "two people shot near the park"
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in (
            "NOUN", "PROPN", "PRON", "NUM"):
        return True
    # "a woman was found stabbed in her flat", "police found him shot in the back": the
    # state the person was found in
    if tok.tag_ == "VBN" and tok.dep_ in ("xcomp", "oprd", "ccomp") and (
            tok.head.lemma_.lower() in _FOUND_VERBS) and any(
            c.dep_ in _VICTIM_DEPS for c in tok.head.children):
        return True
    return _headline_passive(tok, kids)


_FOUND_VERBS = frozenset({"find", "discover", "leave"})
_NOT_BARE = frozenset({"aux", "auxpass", "dobj", "nsubjpass", "ccomp", "xcomp", "dative"})
_AIMED = frozenset({"at", "into", "toward", "towards"})  # "shot at officers": fired, no hit


def _headline_passive(tok: Token, kids: list[Token]) -> bool:
    """A passive written as a bare participle after a noun with no article, as headlines
    write it ("Man shot in Frankford", "Augusta teen stabbed at bus stop", "2 men shot near
    park"; in a story, "a report of two people shot"); not a subject with an article or a
    possessive ("the man shot at officers"), a plural with no number ("Gunmen shot at
    convoy"), aiming at people ("Man shot at police") or firing back ("Two officers shot
    back")."""
    if tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in _NOT_BARE for c in kids):
        return False
    if any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in kids):
        return False  # "Two officers shot back": they fired
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    sub = list(subj.children)
    if subj.pos_ == "NUM":
        counted = True  # "Two shot at party"
    elif subj.pos_ in ("NOUN", "PROPN"):
        counted = subj.tag_ in ("NN", "NNP") or any(c.dep_ == "nummod" for c in sub)
    else:
        counted = False
    if not counted or any(c.dep_ in ("det", "poss") for c in sub):
        return False
    if not (is_people(subj) or subj.ent_type_ == "PERSON" or subj.pos_ == "NUM"
            or person_like(subj)):
        return False
    return not any(p.dep_ == "pobj" and (is_people(p) or category_of(p) is not None or any(
        d.dep_ in ("det", "poss") for d in p.children))
        for c in kids if c.dep_ == "prep" and c.lower_ in _AIMED for p in c.children)



def _own_victims(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in _VICTIM_DEPS]


def _victim_died(tok: Token, outcome_of: Callable[[Token], str | None]) -> bool:
    """The sentence says the victims died elsewhere than on the shooting: "a man who was found
    dead was shot", "shot the man who died at the scene", "a boy who was shot has died", "the
    death of a boy who was shot"."""
    victims = _own_victims(tok)
    if tok.dep_ in ("acl", "relcl"):
        victims.append(tok.head)
    for v in victims:
        own = subtree_indices(tok) if v.i == tok.head.i else {tok.i}
        if any(d.i not in own and d.i != v.i and not fatal_part(d) and outcome_of(d) == "killed"
               for d in v.subtree):
            return True
        if v.dep_ in ("nsubj", "nsubjpass") and v.head.i != tok.i and (
                outcome_of(v.head) == "killed"):
            return True
        if v.dep_ == "pobj" and v.head.lower_ == "of" and outcome_of(v.head.head) == "killed":
            return True
    return False


def shot_outcome(tok: Token, outcome_of: Callable[[Token], str | None]) -> str | None:
    if not is_shooting(tok):
        return None
    kids = list(tok.children)
    if any(c.lower_ in _RESULT_WORDS and c.dep_ in ("oprd", "acomp", "advmod", "prt", "amod",
                                                    "dobj", "xcomp") or c.lower_ == "dead" and (
            c.i == tok.i + 1) for c in kids):  # ("dead" parsed as a preposition)
        return "killed"
    if any(c.lower_ in _FATAL_ADVERBS and c.dep_ == "advmod" for c in kids):
        return "killed"
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "to" and any(
                p.lemma_.lower() == "death" for p in c.children if p.dep_ == "pobj"):
            return "killed"  # "shot to death"
    if not _has_victim(tok) or _victim_died(tok, outcome_of):
        return None
    part_died = False
    for c in kids:
        if c.dep_ in ("conj", "advcl", "xcomp") and c.pos_ in ("VERB", "AUX", "ADJ"):
            if outcome_of(c) != "killed":
                continue
            if any(v.lower_ in _REFLEXIVES for v in _own_victims(c)) and any(
                    v.dep_ == "dobj" and v.lower_ not in _SAME_VICTIM_PRONOUNS
                    for v in _own_victims(tok)):
                continue  # "shot a guard and then killed themselves": the shooters died
            others = [v for v in _own_victims(c) if v.lower_ not in _SAME_VICTIM_PRONOUNS]
            if others and any(v.dep_ == "dobj" for v in _own_victims(tok)) and any(
                    g.dep_ == "nummod" or g.pos_ == "NUM" for v in others
                    for g in [v, *v.children]):
                part_died = True  # "shot four, killing one"
                continue
            if any(v.dep_ == "nsubj" for v in c.children):
                continue  # another clause with its own subject
            return None  # the same victims died: the killing verb is the claim
    if any(fatal_part(d) for d in tok.subtree):
        part_died = True  # "three people were shot, one fatally"
    return "casualties" if part_died else "injured"


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two names written in one article name one person: the same, or one the other's
    last name alone, as a story names a person after the first mention ("Erik Diaz" ...
    "Diaz"); not two people who share a last name in full ("Ana Diaz", "Erik Diaz")."""
    if a is None or b is None:
        return a == b
    x, y = a.split(), b.split()
    return x == y or (len(x) == 1 or len(y) == 1) and x[-1:] == y[-1:]


def wound_died(claim: Claim, name: str | None, killed: list[tuple[Claim, str | None]],
               sentences: list[tuple[int, int]]) -> bool:
    """A wound suffered by one person ("the man sustained a gunshot wound") is no injury when
    a killed claim of as many people tells of the same person: the same mention ("sustained a
    gunshot wound and was pronounced dead") or one in another sentence ("... He later died");
    a named person only under that name. A death of other people in the same sentence ("Eight
    people were killed and a porter sustained injuries") leaves it."""
    def sentence_of(offset: int) -> int:
        return next((i for i, (a, b) in enumerate(sentences) if a <= offset < b), -1)

    here = sentence_of(claim.evidence.start)
    for other, other_name in killed:
        if other.low is None or claim.low is None or other.low < claim.low:
            continue
        if name is not None and not same_name(other_name, name):
            continue
        if other.evidence.start == claim.evidence.start or sentence_of(
                other.evidence.start) != here:
            return True
    return False


def died_elsewhere(claims: list[Claim], single: dict[int, tuple[bool | str, str | None]],
                    deaths: list[tuple[int, int]],
                    sentences: list[tuple[int, int]]) -> list[Claim]:
    """A person shot is wounded only when the text does not say the same people died: a
    shooting yields to a claim elsewhere in the article that as many people were killed
    ("Two women were fatally shot. ... One of the women was shot in the car"), and a shooting
    of one person to any word of a death in the article ("Officers shot the man in the chest.
    He was pronounced dead"), unless the two are named differently. A wound suffered ("the
    man sustained a gunshot wound") yields to a killed claim only, not to any death word."""
    dead = [single.get(id(c), (False, None))[1] for c in claims if c.outcome == "killed"
            and not c.background and c.low]
    most = max((c.low or 0 for c in claims if c.outcome == "killed" and not c.background),
               default=0)
    if not (dead or deaths):
        return claims
    killed = [(c, single.get(id(c), (False, None))[1]) for c in claims
              if c.outcome == "killed" and not c.background and c.low]
    drop = set()
    attackers = [c for c in claims if c.outcome == "killed" and c.victims == "militant"]
    for i, c in enumerate(claims):
        shot, name = single.get(id(c), (False, None))
        if not shot or c.outcome != "injured" or c.low is None or c.low != c.high:
            continue
        if c.victims != "militant" and attackers and not any(
                k.outcome == "killed" and k.victims != "militant" for k in claims):
            continue  # "two gunmen shot a guard and then killed themselves": the guard lives
        if shot == "suffered":
            if wound_died(c, name, killed, sentences):
                drop.add(i)
        elif shot is True and c.low <= most and (c.low > 1 or any(
                name is None or other is None or same_name(name, other) for other in dead)):
            drop.add(i)
        elif c.low == 1 and shot is True and any(
                not start <= c.evidence.start < end for start, end in deaths) and not (
                name is not None and dead and all(
                    other is not None and not same_name(name, other) for other in dead)):
            drop.add(i)  # not "John Roe was killed. Jim Roe was shot in the arm": two people
    if not drop:
        return claims
    new_index, kept = {}, []
    for i, c in enumerate(claims):
        if i not in drop:
            new_index[i] = len(kept)
            kept.append(c)
    for c in kept:
        if c.part_of is not None:
            c.part_of = new_index.get(c.part_of)
    return kept
