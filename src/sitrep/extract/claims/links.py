"""Finding casualty claims in one parsed sentence: outcome words (triggers), the quantities that
count people, and which trigger each quantity belongs to (over the dependency parse, with a
short surface fallback for parses that go astray).

Used by ``sitrep.extract.claims.extractor``; kept separate so that the rules can be read on their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.attrs import DEP, ENT_TYPE, HEAD, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from sitrep.extract.claims.numbers import Flags, Quantity, find_quantities
from sitrep.extract.claims.outcomes.ailments import guardianship
from sitrep.extract.claims.outcomes.corpses import CORPSE_NOUNS, CORPSE_OUTCOMES, no_corpse
from sitrep.extract.claims.outcomes.cues import (
    HARMS,
    HIT_VERBS,
    INJURY_NOUNS,
    REFLEXIVE,
    SEIZE_VERBS,
    VICTIM_NOUNS,
    armed_group_takes,
    counts_wounds,
    death_result_triggers,
    fatal_injury,
    injury_lemma,
    patient_of_people_verb,
    seized_people,
    state_candidates,
    state_heads,
    state_outcome,
    struck_person,
    subject_state,
    suffered_injury,
    suffers_injury,
    treated_for,
    turned_on_self,
    undergoes,
    verb_of_nominal,
    victim_outcome,
)
from sitrep.extract.claims.outcomes.shooting import (
    SHOOT_LEMMAS,
    fatal_part,
    shooting_nominal,
    shot_outcome,
)
from sitrep.extract.claims.victims import (
    category_of,
    is_people,
    is_thing,
    listed_person,
)
from sitrep.nlp.scans import column, entities, lemma_keys
from sitrep.resources import read_tsv

_PRONOUN_PEOPLE = {"them", "those", "us", "they", "others", "whom"}
_LIFE_VERBS = {"lose", "claim", "take", "cost"}
_NO_WORDS = {"no", "none", "nobody", "zero"}
# words a number after which numbers an item of a series, not people ("UPDATE 3", "Part 2")
_SERIAL_WORDS = frozenset({"update", "updated", "version", "part", "chapter", "episode",
                           "volume", "vol", "edition", "issue", "correction", "item"})
_VAGUE_PEOPLE = {"scores", "dozens", "hundreds", "thousands", "tens", "many", "several"}


@cache
def outcome_lexicon() -> dict[str, tuple[str, str]]:
    return {**CORPSE_OUTCOMES, **{r["lemma"].strip().lower(): (r["outcome"].strip(), r[
        "kind"].strip()) for r in read_tsv("casualty_outcomes.tsv") if r.get("kind") is not None}}


@cache
def lexicon_verbs() -> frozenset[str]:
    return frozenset(w for w, (_, kind) in outcome_lexicon().items() if kind == "verb")


@dataclass
class Mention:
    """A quantity of people (or a single person) that may be the figure of a claim."""

    anchor: Token  # the counted noun, or the number itself when no noun follows
    start: int  # token span of the figure (with its bound and approximation words)
    end: int
    low: int | None
    high: int | None
    approx: bool = False
    vague: str | None = None
    vague_low: int | None = None
    counted: Token | None = None
    direct: Token | None = None  # trigger fixed by the phrase itself ("30 casualties")
    named: bool = False  # a single named person
    single: bool = False  # "a soldier": one person, linked only through the parse
    denial: bool = False
    guessed: bool = False  # a person only by the form of its noun ("an accountant")


def participle_verb(lower: str, verbs: frozenset[str]) -> str | None:
    """The lexicon verb of a past participle the tagger left unlemmatised as an adjective
    ("12 abducted workers": abducted -> abduct; kidnapped -> kidnap; displaced -> displace)."""
    if not lower.endswith("ed") or len(lower) < 5:
        return None
    stem = lower[:-2]
    stems = [stem, stem + "e", lower[:-1]]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])
    if stem.endswith("i"):
        stems.append(stem[:-1] + "y")
    return next((v for v in stems if v in verbs), None)


# verbs that drive people out ("driven / forced / chased from their homes"), like "left home"
_FROM_HOME_VERBS = frozenset({"drive", "force", "chase", "push", "expel", "evict", "uproot",
                              "flush", "oust", "hound"})
_HOME_WORDS = frozenset({"home", "house", "village", "town", "land", "homeland"})


_REFUGE_VERBS = frozenset({"seek", "take", "find"})
_REFUGE_NOUNS = frozenset({"refuge", "sanctuary"})


def _driven_from_home(tok: Token) -> bool:
    """"were driven from their homes", "forced out of their villages"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _FROM_HOME_VERBS:
        return False
    if not any(c.dep_ in ("auxpass", "nsubjpass", "dobj") for c in tok.children) and not (
            tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl", "conj")):
        return False  # the people are driven, not driving ("two men drove from their homes")
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "out")]
    preps += [g for c in tok.children if c.dep_ == "prt" and c.lower_ == "out"
              for g in c.children if g.dep_ == "prep"]
    preps += [g for c in preps if c.lower_ == "out" for g in c.children if g.dep_ == "prep"]
    return any(p.dep_ == "pobj" and p.lemma_.lower() in _HOME_WORDS
               for c in preps for p in c.children)


def _counted_participle(tok: Token) -> bool:
    """A participle of a word table tagged as a noun, with only its number on it ("6 dead,
    23 hurt"); not a noun the number counts ("suffered at least one gunshot wound")."""
    kids = [c for c in tok.children if c.dep_ not in ("punct", "cc", "conj", "prep")]
    return bool(kids) and all(c.dep_ == "nummod" for c in kids) and tok.dep_ not in (
        "dobj", "pobj")


def _outcome(tok: Token) -> str | None:
    lex = outcome_lexicon()
    lemma, lower = tok.lemma_.lower(), tok.lower_
    entry = lex.get(lower) or lex.get(lemma)
    if guardianship(tok):
        return None  # "granted custody of the two children"
    if entry is None and tok.tag_ == "NNS":
        entry = next((e for w in _singulars(lower) if (e := lex.get(w)) and e[1] == "noun"),
                     None)  # "corpses" (lemmatised "corps")
        lemma = next((w for w in _singulars(lower) if w in lex), lemma)
    if entry is None and tok.pos_ == "ADJ":
        verb = participle_verb(lower, lexicon_verbs())
        entry = lex[verb] if verb is not None else None
    if entry is None and _driven_from_home(tok):
        return "displaced"
    if entry is None and lemma in SEIZE_VERBS:
        return seized_people(tok)
    if lemma in VICTIM_NOUNS:  # "the homicide victim", "the victim of a deadly shooting"
        return victim_outcome(tok, lex) or shooting_nominal(tok)
    if injury_lemma(lemma) and suffered_injury(tok):
        return "killed" if fatal_injury(tok) else "injured"  # "sustained a gunshot wound"
    if entry is None and tok.pos_ == "NOUN":
        # "the killing of four", "the jailing of", "the evacuation of thousands"
        verb = verb_of_nominal(lemma, lexicon_verbs())
        # a plural counts victims only where each event has one ("49 killings", "six
        # kidnappings"), not for "three mass displacements"
        if verb is not None and (tok.tag_ == "NNS" and lex[verb][0] in ("killed", "abducted")
                                 or any(c.dep_ == "prep" and c.lower_ in ("of", "to")
                                        for c in _nominal_heads(tok)) or _case_of(tok)):
            entry = (lex[verb][0], "noun")
    if entry is None:
        if lemma == "leave" and any(c.dep_ == "dobj" and c.lemma_.lower() == "home"
                                    for c in tok.children):
            return "displaced"
        if lemma in _REFUGE_VERBS and tok.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _REFUGE_NOUNS for c in tok.children):
            return "displaced"  # "700 people have sought refuge in schools"
        if lemma == "blow" and any(c.lower_ in REFLEXIVE for c in tok.children):
            return "killed"
        if lemma == "turn" and turned_on_self(tok):
            return "killed"  # "the assailant turned the gun on himself"
        if fatal_part(tok):
            return "killed"  # "three people were shot, one fatally"
        if struck_person(tok):
            return "injured"  # "a passer-by was hit by a stray bullet"
        return shot_outcome(tok, _outcome) or shooting_nominal(tok)
    outcome, kind = entry
    if kind == "verb" and tok.pos_ not in ("VERB", "AUX", "ADJ"):
        nominal = tok.pos_ == "NOUN" and (lower.endswith(("ed", "s", "ing")) or any(
            c.lower_ == "of" for c in tok.children) or _counted_participle(tok))
        if not nominal:
            return None
    if kind == "noun" and tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma == "life" and tok.head.lemma_.lower() not in _LIFE_VERBS:
        return None
    if lemma == "round" and not any(c.lower_ == "up" for c in tok.children):
        return None
    if lemma == "toll" and not any(c.lemma_.lower() in ("death", "casualty") for c in
                                   tok.children):
        return "killed"
    if lemma == "treat" and tok.tag_ != "VBN" and not treated_for(tok):
        return None  # but "paramedics treated 11 people for cuts"
    if lemma == "treat" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return None  # "forty guests were treated to a concert"
    if no_corpse(tok, lemma):
        return None  # "three bodies of water", "the remains of the fort"
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    if outcome == "injured" and lemma in INJURY_NOUNS and fatal_injury(tok):
        return "killed"  # "fatal injuries"
    if outcome == "arrested" and armed_group_takes(tok):
        return "abducted"
    return outcome


# nouns that count happenings, each of one person ("12 cases of enforced disappearance")
CASE_WORDS = frozenset({"case", "instance", "incident"})


def _case_of(tok: Token) -> bool:
    """An outcome noun after "of" on a counted noun of cases ("12 cases of abduction")."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in (
        CASE_WORDS) and head.head.tag_ == "NNS"


def _nominal_heads(tok: Token) -> list[Token]:
    """The children of a noun and, for the later member of a list of nouns, of the first one,
    whose "of" the list shares ("the torture and killing of five detainees")."""
    kids = list(tok.children)
    if tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        kids += [c for c in tok.head.children if c.i > tok.i]
    return kids


def _singulars(lower: str) -> list[str]:
    """The singulars an English plural may have ("corpses", "casualties", "bodies")."""
    out = [lower[:-1]] if lower.endswith("s") else []
    if lower.endswith("es"):
        out.append(lower[:-2])
    if lower.endswith("ies"):
        out.append(lower[:-3] + "y")
    return out


@cache
def _trigger_lowers() -> frozenset[int]:
    """Hashes of the lower-case forms ``_outcome`` can accept on their own, and the plurals of
    the lexicon's nouns (a lemmatiser may miss them: "corpses" -> "corps")."""
    nouns = [w for w, (_, kind) in outcome_lexicon().items() if kind == "noun"]
    plurals = [*(w + "s" for w in nouns), *(w[:-1] + "ies" for w in nouns if w.endswith("y"))]
    return frozenset(get_string_id(w) for w in [*outcome_lexicon(), *plurals, "shot", "gunned",
                                                "fatally", "mortally", "lethally"])


def _lemma_may_trigger(lemma: str) -> bool:
    low = lemma.lower()
    return low in outcome_lexicon() or low in ("leave", "blow", "turn", *SHOOT_LEMMAS,
                                                *_REFUGE_VERBS) or (
        verb_of_nominal(low, lexicon_verbs()) is not None) or low in _FROM_HOME_VERBS or (
        participle_verb(low, lexicon_verbs()) is not None) or low in SEIZE_VERBS or (
        injury_lemma(low)) or low in HIT_VERBS or (
        low in ("shooting", "stabbing", "knifing", "gunning")) or (
        low in VICTIM_NOUNS)


_TRIGGER_LEMMAS = Flags(_lemma_may_trigger)  # lemma hashes whose lower case can be a trigger


def trigger_candidates(doc: Doc) -> list[int]:
    """The tokens ``_outcome`` can return an outcome for: a lexicon word by its lower case or
    lemma, "leave", "blow", "shot", "gunned" (read from the arrays, no Token made)."""
    found = set(_TRIGGER_LEMMAS.lemmas_of(doc))
    lowers = _trigger_lowers()
    return [i for i, low in enumerate(lemma_keys(doc)[0]) if low in lowers or i in found]


def _state_cue(lemma: str) -> bool:
    return bool(state_candidates([lemma]))


_STATE_LEMMAS = Flags(_state_cue)  # lemma hashes of the cue nouns of ``state_candidates``


def state_triggers(doc: Doc) -> dict[int, str]:
    """Hospital stays, conditions and unknown whereabouts (``cues.state_outcome``); the cue
    nouns are found by their lemma hashes, each distinct hash tested once."""
    out = {}
    for i in _STATE_LEMMAS.lemmas_of(doc):
        for tok in state_heads(doc[i]):
            outcome = state_outcome(tok)
            if outcome:
                out[tok.i] = outcome
    return out


def find_triggers(doc: Doc) -> dict[int, str]:
    out = {}
    candidates = trigger_candidates(doc)
    for i in candidates:
        tok = doc[i]
        outcome = _outcome(tok)
        if outcome:
            out[tok.i] = outcome
    for i, outcome in death_result_triggers(doc, candidates).items():
        out.setdefault(i, outcome)  # "stabbed to death"
    out.update(state_triggers(doc))  # "evacuated to hospital": injured, not displaced
    # "death toll": the toll carries the outcome, not "death" as a counted noun
    return out


def _among_wounds(tok: Token) -> bool:
    """A number under "including" on wounds a person suffered ("three gunshot wounds,
    including one in the torso")."""
    for anc in [tok, *list(tok.ancestors)[:2]]:
        if anc.lower_ in ("including", "among") and anc.dep_ == "prep":
            return counts_wounds(anc.head)
    return False


def combined_outcome(trigger: Token, triggers: dict[int, str]) -> str:
    """"killed or wounded 26", "killing and wounding several" -> casualties; not a wound
    suffered before a death ("was suffering from a gunshot wound and died")."""
    outcome = triggers[trigger.i]
    if outcome not in ("killed", "injured") or suffered_injury(trigger):
        return outcome
    doc = trigger.doc
    for j in (trigger.i - 2, trigger.i + 2):
        if 0 <= j < len(doc) and j in triggers and doc[(trigger.i + j) // 2].lower_ in (
                "and", "or", "and/or", "&") and not suffered_injury(doc[j]):
            if {triggers[j], outcome} == {"killed", "injured"}:
                return "casualties"
    return outcome


def _counted_noun(doc: Doc, q: Quantity) -> tuple[Token | None, bool]:
    """The noun a quantity counts, and whether it was reached through "of" ("dozens of X")."""
    last = doc[q.end - 1]
    if q.end < len(doc) and doc[q.end].lower_ == "of":
        for c in doc[q.end].children:
            if c.dep_ == "pobj":
                return c, True
        if q.end + 1 < len(doc) and doc[q.end + 1].lower_ in _PRONOUN_PEOPLE:
            return doc[q.end + 1], True
    if last.dep_ in ("nummod", "quantmod", "amod", "det", "compound") and last.head.i >= q.end:
        head = last.head
        for _ in range(4):  # "Nine Boko Haram fighters": the number on the name, not the noun
            if head.dep_ == "compound" and head.pos_ == "PROPN" and head.head.i > head.i and (
                    head.head.pos_ == "NOUN"):
                head = head.head
            else:
                break
        return head, False
    nxt = doc[q.end] if q.end < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.dep_ != "compound" and (
            is_people(nxt) or nxt.lower_ in ("more", "others")):
        return nxt, False
    return None, False


_AGE_CLOSERS = frozenset({",", "-", "–", "—", ")", "(", "[", ".", ";", ":", "|"})


def _is_age(doc: Doc, q: Quantity) -> bool:
    """"Shravan Haldar, 20, a student": an age in apposition, not a count; also where the name
    and age close a phrase or a headline ("the death of Jane Roe, 22." "Jane Roe, 22 - Daily
    News"): an exact number after "Name," that counts no noun of its own."""
    return (q.start >= 2 and doc[q.start - 1].text == "," and doc[q.start - 2].pos_ == "PROPN"
            and (q.end == len(doc) or doc[q.end].text in _AGE_CLOSERS)
            and q.low is not None and q.low == q.high and q.low < 120) or not_a_count(doc, q)


# words after "Name, 30" that open a clause or a phrase of their own: the number was an age
_AFTER_AGE = frozenset({"after", "before", "on", "in", "at", "during", "following", "when",
                        "while", "who", "whose", "from", "of"})
_PARENTS = frozenset({"mother", "father", "parent", "grandmother", "grandfather", "mom",
                      "dad", "mum", "grandparent", "stepmother", "stepfather"})


def not_a_count(doc: Doc, q: Quantity) -> bool:
    """Numbers of people that count no victims: an age in apposition to a person named by a
    noun ("The boy, 7, was shot", "the victim, 19, died"), an age after a person's name that a
    phrase of its own follows ("killing Jamal Berry, 30 after an argument"), and the children
    of a parent ("a mother of three", "a father of two")."""
    if q.low is None or q.low != q.high or q.low >= 120 or q.start < 2:
        return False
    before, comma = doc[q.start - 2], doc[q.start - 1]
    nxt = doc[q.end] if q.end < len(doc) else None
    if comma.lower_ == "of":
        return before.lemma_.lower() in _PARENTS and (nxt is None or not is_people(nxt))
    if comma.text != ",":
        return False
    if before.pos_ == "NOUN" and is_people(before):
        return nxt is None or nxt.text in _AGE_CLOSERS
    return (before.ent_type_ == "PERSON" or before.pos_ == "PROPN" and before.ent_type_ not in (
        "GPE", "LOC", "FAC", "ORG", "NORP", "DATE")) and nxt is not None and (
        nxt.lower_ in _AFTER_AGE)


def _people_word(tok: Token) -> bool:
    return tok.lower_ in _PRONOUN_PEOPLE or is_people(tok) or tok.pos_ == "PROPN" or (
        tok.lower_ == "more" and tok.i > 0 and (tok.nbor(-1).lower_ in _VAGUE_PEOPLE or tok.nbor(
            -1).like_num)) or (  # "dozens more", "three more are missing"
        _substantive_participle(tok))


def _substantive_participle(tok: Token) -> bool:
    """"two of the accused", "five of the convicted": a participle with "the" and no noun of
    its own after "of" names people."""
    return tok.tag_ == "VBN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in ("dobj", "prep", "agent") for c in tok.children)


_DET = get_string_id("det")
_SINGLE_DETS = frozenset(get_string_id(w) for w in ("a", "an", "another"))
_PERSON = get_string_id("PERSON")
_PERSON_DEPS = frozenset(get_string_id(d) for d in ("nsubjpass", "dobj"))
_NSUBJ = get_string_id("nsubj")
_CONJ = get_string_id("conj")
_POSS = get_string_id("poss")


def _corpse(tok: Token, triggers: dict[int, str]) -> bool:
    """"Ana Ruiz's body": a body or corpse told as a death."""
    return triggers.get(tok.i) == "killed" and tok.lemma_.lower() in CORPSE_NOUNS


_HE_SHE = frozenset(get_string_id(w) for w in ("he", "she"))
_ONE_DEATH = frozenset({"fatality", "death"})  # "a (second) fatality": one person died
_DENIAL_WORDS = frozenset(get_string_id(w) for w in ("nobody", "none", "one", "no"))


def mentions(doc: Doc, triggers: dict[int, str]) -> list[Mention]:
    out: list[Mention] = []
    covered: set[int] = set()
    for q in find_quantities(doc):
        if _is_age(doc, q) or (q.start > 0 and doc[q.start - 1].lower_ == "no"):
            continue
        if q.start > 0 and doc[q.start - 1].lower_ in _SERIAL_WORDS:
            continue  # "UPDATE 3 - Death toll climbs to 15": the number of an update
        counted, via_of = _counted_noun(doc, q)
        last = doc[q.end - 1]
        direct = None
        after = doc[q.end] if q.end < len(doc) else None
        if after is not None and after.i in triggers and after.head.i == last.i and (
                after.pos_ in ("ADJ", "VERB")):
            counted = None  # "Two dead, five hurt": the outcome word hangs on the number
        if counted is None and after is not None and after.i in triggers and (
                after.head.i == last.i and after.pos_ in ("ADJ", "VERB")):
            direct = after
        elif via_of and counted is not None and counted.i in triggers and (
                _subject_of_trigger(last, triggers)) and any(
                c.dep_ in ("det", "poss") for c in counted.children):  # not "hundreds of wounded"
            counted = None  # "one of the wounded later died": the figure of "died"
        elif counted is not None and counted.i in triggers and (
                counted.pos_ in ("NOUN", "ADJ") or counted.tag_ == "VBN" or not via_of) and (
                not _victim_of_trigger(counted, triggers)):
            direct, counted = counted, None
        elif counted is None and last.head.i in triggers and last.dep_ in ("nummod", "quantmod"):
            direct = last.head
        if counted is not None and counted.lemma_.lower() in CASE_WORDS:
            direct = next((p for c in counted.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.i in triggers and _case_of(p)), None)
            if direct is None:
                continue  # "12 cases of cholera"
            counted = None  # "12 cases of enforced disappearance": 12 people
        if direct is not None and counts_wounds(direct) or _among_wounds(last):
            continue  # "suffered three stab wounds, including one in the torso": wounds
        if counted is not None:
            if is_thing(counted) or not (_people_word(counted) or patient_of_people_verb(
                    counted, triggers, lexicon_verbs())):
                continue
        if q.vague and counted is None and direct is None and q.vague.lower() in (
                "some", "many", "few", "a few", "several", "multiple", "numerous"):
            nxt = doc[q.end] if q.end < len(doc) else None
            # "some" as a determiner of a non-person noun is not a figure
            if nxt is not None and nxt.pos_ in ("NOUN", "ADJ") and not is_people(nxt):
                continue
        anchor = counted if counted is not None and not via_of else last
        covered.update(range(q.start, q.end))
        if counted is not None:
            covered.add(counted.i)
        out.append(Mention(anchor, q.start, q.end, q.low, q.high, q.approx, q.vague,
                           q.vague_low, counted=counted, direct=direct))
    poses, deps, lows, etypes = (column(doc, attr) for attr in (POS, DEP, LOWER, ENT_TYPE))
    heads = column(doc, HEAD)  # relative: head - i
    first_det: dict[int, int] = {}  # head -> its first child "a", "an", "another" (det)
    for j, low in enumerate(lows):
        if low in _SINGLE_DETS and deps[j] == _DET and heads[j] != 0:
            first_det.setdefault(j + heads[j], j)
    for i, pos in enumerate(poses):
        if pos not in (NOUN, PROPN) or i in covered:
            continue
        person = etypes[i] == _PERSON and (deps[i] in _PERSON_DEPS or (
            deps[i] == _NSUBJ and undergoes(doc[i].head))) or (
            deps[i] == _CONJ and pos == PROPN and listed_person(doc[i])) or (
            etypes[i] == _PERSON and deps[i] == _POSS and _corpse(doc[i].head, triggers))
        if i not in first_det and not person:
            continue
        tok = doc[i]
        if i in first_det and category_of(tok) is not None:
            out.append(Mention(tok, first_det[i], tok.i + 1, 1, 1, counted=tok, single=True))
            continue
        if i in first_det and i in triggers and tok.lemma_.lower() in _ONE_DEATH and (
                tok.dep_ != "compound"):
            # "police confirm a second fatality", "another death was reported"
            out.append(Mention(tok, first_det[i], tok.i + 1, 1, 1, direct=tok))
            continue
        if person:
            ent = next((e for e in entities(doc) if e.start <= tok.i < e.end), None)
            if ent is None and deps[i] == _CONJ:  # a listed name the model left unlabelled
                first = min([t.i for t in tok.lefts if t.dep_ == "compound"] + [i])
                ent = doc[first:i + 1]
            if ent is None or ent.root.i in covered:
                continue
            covered.update(range(ent.start, ent.end))
            out.append(Mention(ent.root, ent.start, ent.end, 1, 1, counted=ent.root, named=True))
    for i in [j for j, low in enumerate(lows) if low in _HE_SHE]:
        tok = doc[i]  # "He died at the hospital": one person (the same as before counts once)
        state = subject_state(tok.head)  # a pronoun in a state of harm only ("he remains in
        harmed = state is not None and triggers.get(state.i) in HARMS  # critical condition")
        if deps[i] == _NSUBJ and (harmed or suffers_injury(tok.head) or undergoes(
                tok.head) and state is None) and i not in covered:
            out.append(Mention(tok, i, i + 1, 1, 1, counted=tok, single=True))
    for i in [j for j, low in enumerate(lows) if low in _DENIAL_WORDS]:
        # denials: "no one was hurt", "no casualties", "no reports of any casualty"
        tok = doc[i]
        if tok.lower_ in ("nobody", "none") or (tok.lower_ == "one" and tok.i > 0
                                                 and doc[tok.i - 1].lower_ == "no"):
            start = tok.i - 1 if tok.lower_ == "one" else tok.i
            out.append(Mention(tok, start, tok.i + 1, 0, 0, denial=True))
        elif tok.lower_ == "no" and tok.dep_ == "det":
            head = tok.head
            target = head if head.i in triggers else None
            if target is None and head.lemma_.lower() in ("report", "sign", "word", "news"):
                for t in head.subtree:
                    if t.i in triggers and t.pos_ == "NOUN":
                        target = t
            if target is not None:
                out.append(Mention(target, tok.i, target.i + 1, 0, 0, direct=target,
                                   denial=True))
    out.sort(key=lambda m: m.start)
    return out


def _subject_of_trigger(num: Token, triggers: dict[int, str]) -> bool:
    """"One of the wounded later died", "two of the abducted were killed": a part of people
    named by an outcome that is the subject of another outcome verb suffers that one."""
    head = num.head
    return num.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and (
        head.i in triggers or any(c.dep_ in ("oprd", "acomp") and c.i in triggers
                                  for c in head.children))  # "were found dead"


# verbs of dying with no agent: their subject suffers them ("six refugees drowned")
_FATES = frozenset({"die", "drown", "perish", "succumb", "starve", "suffocate", "freeze"})


def _victim_of_trigger(noun: Token, triggers: dict[int, str]) -> bool:
    """An outcome noun that is the victim of another outcome word ("the beheading of three
    hostages", "three hostages were killed", "six refugees drowned"): it counts the people,
    the other word is the outcome."""
    head = noun.head
    if noun.dep_ in ("nsubjpass", "dobj") and head.i in triggers and head.i != noun.i:
        return True
    if noun.dep_ == "nsubj" and head.i in triggers and head.lemma_.lower() in _FATES:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i in triggers and (
        head.head.pos_ == "NOUN")
