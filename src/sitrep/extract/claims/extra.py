"""Single victims and sub-groups that ``links.mentions`` does not count (no number written):

- one person named by a singular noun with "a", "an", "another" or "the" that is a word for
  people: in the victims lexicon, or an agent or profession by its form ("an accountant",
  "the editor", "a pharmacist"; ``guessed``: linked only to verbs that befall people);
- "another" standing alone ("one was killed and another was wounded");
- the later members of a list of single people, each its own person: with a possessive
  ("a farmer and his wife", "a mother and her child"), or a noun the tagger took for an
  adjective after "a" ("a guard and a cleaner");
- a name whose title before it is a word for people ("Opposition figure Ana Varga", "activist
  Ana Varga") when the model does not tag it as a person;
- "both" counting people ("both bombers", "both were killed") is a figure (``numbers``);
- a person of a possessive noun as the patient of a verb ("the mayor's bodyguard was
  wounded", "detained the party's spokesman"), linked only to verbs that befall people;
- an ordinal standing for one more person ("a third was wounded", "the fifth blew himself up").

Used by ``sitrep.extract.claims.extractor`` after ``links.mentions``.
"""

from __future__ import annotations

from spacy.attrs import LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Token

from sitrep.extract.claims.links import Mention, lexicon_verbs
from sitrep.extract.claims.outcomes.cues import (
    SEIZE_VERBS,
    state_outcome,
    suffered_injury,
    to_death,
    verb_of_nominal,
)
from sitrep.extract.claims.outcomes.shooting import shooting_nominal
from sitrep.extract.claims.victims import category_of, person_like, person_like_form
from sitrep.nlp.scans import column
from sitrep.records import Claim

# collective nouns: "the army", "the family" are not one person
COLLECTIVE = {"army", "military", "police", "government", "force", "forces", "group", "crowd",
              "family", "regime", "militia", "gang", "unit", "battalion", "public", "people",
              "population", "community", "administration", "team", "staff", "personnel",
              "navy", "crew", "troop", "troops", "other", "body", "life", "member", "national"}
# verbs that only befall people: a noun guessed to be a person by its form is linked to these
HUMAN_ONLY = {"kill", "murder", "assassinate", "behead", "lynch", "slay", "massacre", "die",
              "wound", "injure", "maim", "kidnap", "abduct", "arrest", "detain", "jail",
              "imprison", "hospitalize", "hospitalise", "shoot", "gun", "stab", "dead", "wounded",
              "injured", "missing", "custody", "perish", "drown", "incarcerate", "strangle",
              "electrocute", "decapitate"}


ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                      "ninth", "tenth", "eleventh", "twelfth"})
_NN = get_string_id("NN")


def ordinal_person(tok: Token) -> bool:
    """"a third was wounded", "the fifth blew himself up": an ordinal standing for one more
    person of a group just counted, as the subject of its clause (not "a third of the
    residents", a fraction, nor "the third day")."""
    gapped = tok.dep_ == "npadvmod" and tok.head.tag_ == "VBN" and tok.head.dep_ == "conj" and (
        tok.i < tok.head.i)  # "two were killed and a third (was) captured"
    return tok.lower_ in ORDINALS and (tok.dep_ in ("nsubj", "nsubjpass") or gapped) and (
        _det(tok) is not None) and _det(tok).lower_ in ("a", "the") and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _det(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "det" and c.lower_ in (
        "a", "an", "another", "the")), None)


def _possessor(tok: Token) -> Token | None:
    """The possessive pronoun that determines a singular noun ("his son", "her husband"); not
    a possessive noun for any link ("the party's spokesman": tried, it added a false claim on
    the untouched dev part): that is ``_noun_possessor``, for the patient of a verb only, as a
    guessed person (session 27: no change on either dev part)."""
    return next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)


def _noun_possessor(tok: Token) -> Token | None:
    """The possessive noun of a singular noun that is the patient of its verb ("the mayor's
    bodyguard was wounded", "detained the party's spokesman"), or None."""
    if tok.dep_ not in ("nsubjpass", "dobj"):
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                 and any(g.dep_ == "case" for g in c.children)), None)


def _possessed_member(tok: Token) -> Token | None:
    """"a farmer and his wife": the possessive of a singular noun conjoined to one person."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if poss is None:
        return None
    head = tok.head
    if tok.dep_ != "conj":
        # "a judge and his driver were shot" parsed as two subjects of one verb
        cc = tok.doc[poss.i - 1] if poss.i > 0 else None
        if cc is None or cc.dep_ != "cc" or cc.lower_ != "and" or cc.head.i == tok.i or (
                cc.head.dep_ != tok.dep_ or cc.head.head.i != tok.head.i):
            return None
        head = cc.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    single = any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "another")
                 for c in head.children) or head.pos_ == "PROPN"
    person = head.pos_ == "PROPN" or category_of(head) is not None or person_like(head)
    return poss if single and person and head.tag_ in ("NN", "NNP") else None


def _noun_read_as_adjective(tok: Token) -> bool:
    """"a guard and a cleaner": a list member after "a" that the tagger made an adjective."""
    return tok.pos_ == "ADJ" and tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _title_person(tok: Token) -> bool:
    """"Opposition figure Ana Varga": a proper name after a word for people."""
    return tok.pos_ == "PROPN" and tok.dep_ in ("nsubjpass", "dobj") and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and (category_of(c) or person_like(c)
                                                       or c.lower_ == "figure")
        for c in tok.children)


def _age_noun(tok: Token) -> bool:
    """"a 19-year-old" standing for a person (no noun after it): "old" with "year" and a
    number before it and "a" / "the" on it, as the patient of a verb ("A 19-year-old was
    stabbed", "the stabbing of a 19-year-old")."""
    if tok.lower_ not in ("old", "olds") or tok.dep_ not in ("nsubjpass", "dobj", "pobj", "nsubj"):
        return False
    det = _det(tok)
    return det is not None and det.lower_ in ("a", "an", "the") and any(
        c.lemma_.lower() == "year" and any(g.dep_ == "nummod" for g in c.children)
        for c in tok.children)


def _covered(existing: list[Mention]) -> set[int]:
    """The tokens the mentions found so far already span, count or hang on."""
    covered = {i for m in existing for i in range(m.start, m.end)}
    covered.update(m.counted.i for m in existing if m.counted is not None)
    covered.update(m.anchor.i for m in existing)
    return covered


def _second_description(tok: Token) -> bool:
    """A noun joined to a name's apposition, a second description of the same person ("Ana
    Ruiz, a fixture of local politics and a frequent delegate of her state, has died")."""
    return tok.dep_ == "conj" and tok.head.dep_ == "appos" and tok.head.head.pos_ == "PROPN"


# the lower-case forms the branches of ``more_mentions`` test before anything else
_MORE_WORDS = frozenset(get_string_id(w) for w in ("another", "old", "olds", *ORDINALS))


def _may_mention(doc: Doc) -> list[int]:
    """The tokens ``more_mentions`` can make a mention of, by what each of its branches asks
    first ("another", an ordinal, "old(s)", a proper noun, an adjective, a singular common
    noun), read from the token arrays: the other words of the sentence need no Token."""
    rows = zip(column(doc, LOWER), column(doc, POS), column(doc, TAG), strict=True)
    return [i for i, (low, pos, tag) in enumerate(rows) if low in _MORE_WORDS or pos in (
        PROPN, ADJ) or pos == NOUN and tag == _NN]


def more_mentions(doc: Doc, existing: list[Mention]) -> list[Mention]:
    covered = _covered(existing)
    out: list[Mention] = []
    for tok in map(doc.__getitem__, _may_mention(doc)):
        if tok.i in covered:
            continue
        if tok.lower_ == "another" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "conj"):
            out.append(Mention(tok, tok.i, tok.i + 1, 1, 1))
            continue
        if ordinal_person(tok):
            det = _det(tok)
            out.append(Mention(tok, det.i if det is not None else tok.i, tok.i + 1, 1, 1))
            continue
        if tok.pos_ == "PROPN" and _title_person(tok):
            first = min(t.i for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i)
            names = [t.i for t in tok.subtree if t.pos_ == "PROPN"]
            out.append(Mention(tok, min(names, default=first), tok.i + 1, 1, 1, counted=tok,
                               named=True))
            continue
        if _noun_read_as_adjective(tok) and person_like_form(tok):
            det = _det(tok)
            m = Mention(tok, det.i if det is not None else tok.i, tok.i + 1, 1, 1, counted=tok,
                        single=True)
            m.guessed = True
            out.append(m)
            continue
        if _age_noun(tok):
            det = _det(tok)
            m = Mention(tok, det.i if det is not None else tok.i, tok.i + 1, 1, 1, counted=tok,
                        single=True)
            m.guessed = True  # linked only to verbs that befall people
            out.append(m)
            continue
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() in COLLECTIVE:
            continue
        poss = _possessed_member(tok)
        if poss is not None and (category_of(tok) is not None or person_like(tok)):
            m = Mention(tok, poss.i, tok.i + 1, 1, 1, counted=tok, single=True)
            m.guessed = category_of(tok) is None
            out.append(m)
            continue
        det = _det(tok) or _possessor(tok)  # "his brother"
        if det is None:
            owner = _noun_possessor(tok)  # "the mayor's bodyguard", "the bishop's driver"
            if owner is not None and (category_of(tok) is not None or person_like(tok)):
                m = Mention(tok, owner.left_edge.i, tok.i + 1, 1, 1, counted=tok, single=True)
                m.guessed = True  # linked only to verbs that befall people
                out.append(m)
            continue
        known = category_of(tok) is not None
        if det.lower_ in ("a", "an", "another") and known:
            continue  # "a soldier": links.mentions has it
        guessed = not known and person_like(tok)
        if not (known or guessed) or guessed and _second_description(tok):
            continue
        m = Mention(tok, det.left_edge.i, tok.i + 1, 1, 1, counted=tok, single=True)
        m.guessed = guessed
        out.append(m)
    return out


# outcome nouns that befall only people ("the detention of the editor")
HUMAN_ONLY_NOUNS = {"detention", "abduction", "death", "injury", "fatality", "casualty",
                    "hostage", "custody", "life",  # "the shooter took his own life"
                    "body", "corpse"}  # "the body of a hiker" (of a thing is no outcome)


def befalls_people(trigger: Token) -> bool:
    lemma = trigger.lemma_.lower()
    if lemma in HUMAN_ONLY or trigger.lower_ in HUMAN_ONLY or lemma in HUMAN_ONLY_NOUNS:
        return True
    if lemma in SEIZE_VERBS:
        return True  # a trigger only where WordNet or the lexicon says its patient is people
    if trigger.pos_ == "NOUN" and verb_of_nominal(lemma, lexicon_verbs()) in HUMAN_ONLY:
        return True  # "the slaying of a police officer", "the wounding of a child"
    if suffered_injury(trigger):
        return True  # "a cyclist was found with burns", "a driver suffered a laceration"
    if state_outcome(trigger) in ("injured", "arrested") or shooting_nominal(trigger):
        # "the driver was airlifted to hospital", "the stabbing of a 19-year-old", "a
        # 17-year-old was booked into the county jail"
        return True
    return to_death(trigger)  # "a taxi driver was stabbed to death"



_HE_SHE = frozenset({"he", "she"})
_HARM = frozenset({"killed", "injured", "casualties"})  # a pronoun counts for these only
_PASSIVE_TAGS = ("VBD", "VBN")  # headlines write the passive as a bare participle


def _headline_outcome(tok: Token, triggers: dict[int, str]) -> Token | None:
    """The outcome word a headline's bare participle tells of its subject ("Man shot, killed in
    Dayton", "Teen found dead", "18-year-old man shot and killed"): the first outcome word after
    the noun, over participles, adverbs, "and" and commas, none of which acts on an object
    ("Driver fatally shoots man": the driver is the agent)."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and j <= tok.i + 5:
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") and (t.tag_ not in _PASSIVE_TAGS or any(
                c.dep_ == "dobj" for c in t.children)):
            return None
        if j in triggers and t.pos_ in ("VERB", "ADJ"):
            return t
        if t.pos_ in ("VERB", "ADV", "CCONJ") or t.text == ",":
            j += 1
            continue
        return None
    return None


_HARM_OUTCOMES = frozenset({"killed", "injured"})
_NOT_PEOPLE = frozenset({"NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY",
                         "PERCENT", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"})


def _named_victim(tok: Token, triggers: dict[int, str]) -> bool:
    """A proper name after "of" on a noun of killing or wounding that befalls one person only
    ("the shooting death of Goldie Long", "the fatal shooting of Marcus Dale", "the murder of
    Ana Ruiz"): one person, whatever entity label the small model gives a name it does not
    know (a place or an organisation) when the name has a first and a last name, an age or a
    title before it; a one-word name only when tagged a person. A noun of groups ("the
    massacre of Srebrenica") is not one of these."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return False
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() == "massacre" or not (
            triggers.get(noun.i) in _HARM_OUTCOMES or shooting_nominal(noun)):
        return False
    if tok.ent_type_ == "PERSON":
        return True
    if tok.ent_type_ in _NOT_PEOPLE:
        return False
    aged = any(c.dep_ == "amod" for c in tok.children)  # "38-year-old Goldie Long"
    first = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
    return (aged or first) and (aged or tok.ent_type_ not in ("LOC", "FAC"))


def _named_along(tok: Token) -> bool:
    """A person's name after "along / together with" ("killed along with Jon Roe, 20")."""
    prep = tok.head
    return tok.ent_type_ == "PERSON" and tok.dep_ == "pobj" and prep.lower_ == "with" and (
        prep.head.lower_ in ("along", "together"))


def _named_included(tok: Token, triggers: dict[int, str]) -> bool:
    """A person's name under "including" or "among" on a counted group or on its outcome verb
    ("killed five soldiers, including Colonel Jon Roe", "12 were arrested, including Ana
    Ruiz"): one person, a part of the group (its outcome comes from the group's,
    ``_including_parent``); not on a group with no figure nor outcome ("the rest remained
    fugitives, including Jon Roe")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("including", "among"):
        return False
    group = prep.head
    if not (group.i in triggers or group.head.i in triggers and any(
            c.dep_ == "nummod" for c in group.children)):
        return False
    return tok.ent_type_ == "PERSON" or tok.ent_type_ == "" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


_SELVES = frozenset({"himself", "herself"})


def _named_own_death(tok: Token, triggers: dict[int, str]) -> bool:
    """A person's name as the subject of a death at their own hand ("Jon Roe killed himself",
    "Jon Roe shot himself", "Ana Ruiz took her own life")."""
    verb = tok.head
    if tok.ent_type_ != "PERSON" or tok.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and (c.lower_ in _SELVES and verb.i in triggers or (
        triggers.get(c.i) == "killed" and any(g.lower_ == "own" for g in c.children)))
        for c in verb.children)


_HIM_HER = frozenset({"him", "her"})
_TAKEN = frozenset({"arrested", "abducted"})  # the outcomes a pronoun object counts for


def _lone_pronoun(tok: Token, triggers: dict[int, str], told: set[str], earlier: bool) -> bool:
    """"him" or "her" as the object of a verb of arrest or abduction ("NIA claimed to have
    arrested him", "gunmen seized her on her way home"): one person, when the article has not
    counted that outcome before (``told``: the outcomes of its earlier claims) and no one
    person is counted earlier in the sentence (``earlier``), since a pronoun mostly stands for
    someone already counted ("A man was arrested ... police arrested him after a chase"). Not
    the subject of a passive ("He was arrested": the dev annotation counts no pronoun there),
    nor a killing or wounding, often a figure of speech ("accused rivals of stabbing him in
    the back")."""
    outcome = triggers.get(tok.head.i)
    return tok.tag_ == "PRP" and tok.lower_ in _HIM_HER and tok.dep_ == "dobj" and (
        tok.head.pos_ == "VERB") and outcome in _TAKEN and outcome not in told and not earlier


def unwritten_singles(doc: Doc, existing: list[Mention], triggers: dict[int, str],
                      headline: bool, prior: list[Claim] | None = None) -> list[Mention]:
    """One person that neither ``links.mentions`` nor ``more_mentions`` counts:

    - in a headline, a singular noun for people with no article, as headlines write it ("Man
      shot, killed in Dayton", "Teen found dead in apartment", "Driver fatally shoots man"):
      its outcome is the participle after it (``_headline_outcome``), else the parse's;
    - "he" or "she" as the subject of a passive that kills or wounds ("He was pronounced dead
      at the scene", "She was shot twice"), as "He died" is already;
    - "him" or "her" arrested or abducted, one person not counted before in the article
      (``_lone_pronoun``; ``prior``: the article's claims so far).

    Linked like the others (``single``: through the parse only; an agent is no victim)."""
    covered = _covered(existing)
    told = {c.outcome for c in prior or []}
    out: list[Mention] = []
    for tok in doc:
        if tok.i in covered:
            continue
        if tok.lower_ in _HIM_HER and _lone_pronoun(tok, triggers, told, any(
                m.low == m.high == 1 and m.end <= tok.i for m in existing)):  # "arrested him"
            out.append(Mention(tok, tok.i, tok.i + 1, 1, 1, counted=tok, single=True))
            continue
        if tok.pos_ == "PROPN" and (_named_victim(tok, triggers) or _named_along(tok)
                                    or _named_own_death(tok, triggers) or _named_included(tok, triggers)):
            names = [t.i for t in tok.subtree if t.pos_ == "PROPN" and t.i <= tok.i]
            out.append(Mention(tok, min(names), tok.i + 1, 1, 1, counted=tok, named=True))
            continue
        if tok.lower_ in _HE_SHE and tok.dep_ == "nsubjpass":
            if any(triggers.get(t.i) in _HARM for t in (tok.head, *tok.head.children)):
                out.append(Mention(tok, tok.i, tok.i + 1, 1, 1, counted=tok, single=True))
            continue
        if not headline or tok.tag_ not in ("NN", "NNP") or tok.dep_ == "compound":
            continue
        if tok.lower_ in COLLECTIVE or tok.lemma_.lower() in COLLECTIVE or any(
                c.dep_ in ("det", "poss", "nummod") for c in tok.children):
            continue
        known = category_of(tok) is not None
        if not (known or tok.pos_ == "NOUN" and person_like(tok)):
            continue
        first = tok.left_edge.i if tok.left_edge.dep_ in ("amod", "nummod", "npadvmod") else tok.i
        m = Mention(tok, min(first, tok.i), tok.i + 1, 1, 1, counted=tok, single=True,
                    direct=_headline_outcome(tok, triggers))
        m.guessed = not known
        out.append(m)
    return out


def summed_breakdown(m: Mention, ms: list[Mention]) -> bool:
    """A member of a list set off by commas after a counted group whose figures add up to the
    group's ("Four tourists, two Germans and two Austrians, were kidnapped": one claim of
    four); a list that does not add up or is not closed by a comma is a list of groups ("four
    soldiers, two policemen and a civilian were killed")."""
    node = m.counted if m.counted is not None else m.anchor
    if node.dep_ != "conj":
        return False
    by_head = {(x.counted if x.counted is not None else x.anchor).i: x for x in ms}
    total = node
    while total.dep_ == "conj" and total.head.i != total.i:
        total = total.head
    group = by_head.get(total.i)
    if group is None or group.low is None or group.low != group.high or group.low < 2:
        return False
    members = [t for t in total.subtree if t.dep_ == "conj" and t.i > total.i]
    values = [by_head[t.i].low if t.i in by_head and by_head[t.i].low == by_head[t.i].high
              else 1 if t.i not in by_head and _det(t) is not None and _det(t).lower_ in (
                  "a", "an") else None for t in members]  # "and a Pakistani": one
    if not values or None in values or sum(v or 0 for v in values) != group.low:
        return False
    doc = node.doc
    last = max(t.right_edge.i for t in members)
    return last + 1 < len(doc) and doc[last + 1].text == "," and doc[total.i + 1].text == ","
