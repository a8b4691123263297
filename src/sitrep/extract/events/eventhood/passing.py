"""Acts named in passing: a happening mentioned only inside a modifier of another clause, which
the sentence does not report as a happening of its own.

- **time anchors** (``time_anchor``): an act noun that dates the clause it modifies ("since the
  attack, residents have ...", "in the aftermath of the July 9 assassination attempt", "in the
  wake of the protests", "in the days following the massacre"):
  the act is one the article reports elsewhere (a repeat) or an earlier one (background), not
  a new event of this sentence. An indefinite noun ("in the wake of a riot") tells a
  happening of its own, and an act told by a verb in such a clause stays ("after police
  arrested him Tuesday, he confessed"), and so does a noun a measure dates ("three days after
  the attack") or a dated indefinite noun after a verb ("police arrested two men after a
  shooting on Tuesday");
- **roles of people** (``role_of_person``): an act noun that only says who a person is: the
  modifier of a noun of a role in a crime ("a shooting victim", "the murder suspects") or its
  "of"/"in"/"to" phrase ("a victim of the bombing", "the gunman in the school shooting",
  "witnesses to the stabbing"; a bare plural is left to ``history.referred``: "survivors of
  attacks on the churches"). Read after fusion (``corefer.fuse``): such a mention is no
  report of its own when the article reports an act of its type elsewhere; when it is the
  article's only mention of one, it stays (the team codes it);
- **descriptions by an allegation** (``described_by_allegation``): a participle of alleging
  that describes a person ("the man alleged to have ordered the murder was arrested", "a
  teacher accused of abusing students", "the group blamed for the bombing"): who the person
  is, not an accusation the sentence reports (that is "prosecutors accused him of ...", "he
  was accused of ..."). A headline that says only that ("Man accused of killing wife") keeps
  it.

Each test reads the parse: dependency labels, lemmas and date entities. The first
(``in_passing``) is read after fusion (``corefer.fuse``): such a mention may join a happening
told before and lend it its date or background, but starts none of its own; the second is no
accusation at all (``not_a_happening``).
"""

from __future__ import annotations

from spacy.tokens import Token

NOUNS = {"NOUN", "PROPN"}
DEFINITE = {"the", "this", "that", "these", "those"}
DATES = {"DATE", "TIME"}
# the noun's own clause tells the act ("the attack that killed 12", "the raid carried out by")
TOLD_BY = {"relcl", "acl"}

# prepositions whose object is a point in time the clause is counted from or to
ANCHOR_PREPS = {"since"}
# nouns of what follows a happening: "in the aftermath of", "in the wake of"
AFTERMATH_NOUNS = {"aftermath", "wake", "aftershock", "run-up", "lead-up", "eve"}
# prepositions that place a span of time before or after a happening ("days after the attack")
SPAN_PREPS = {"after", "following", "before", "since", "preceding"}
# units of time whose phrase a happening anchors ("in the days after", "hours before")
TIME_UNITS = {"second", "minute", "hour", "day", "night", "week", "weekend", "fortnight",
              "month", "year", "moment", "time", "period", "decade"}
FRAMING_PREPS = {"in", "during", "over", "within"}
# fronted time prepositions whose definite object names a happening told before ("after the
# attack, the president called for calm")
FRONTED_PREPS = {"after", "following"}

# nouns of the role a person had in a crime or an attack (lemmas)
ROLE_NOUNS = {"victim", "survivor", "suspect", "witness", "eyewitness", "perpetrator", "culprit",
              "mastermind", "accomplice", "gunman", "shooter", "assailant", "attacker", "killer",
              "bomber", "kidnapper", "abductor", "hijacker", "murderer", "rapist", "robber",
              "arsonist", "target", "orchestrator", "organiser", "organizer", "planner",
              "ringleader", "widow", "widower", "orphan", "casualty", "hostage"}
ROLE_PREPS = {"of", "in", "to", "behind"}
# the roles a modifier names the act of without telling it ("a shooting victim", "the murder
# suspect"); not a doer's ("a suicide bomber" is told by its doer's name)
SUFFERERS = {"victim", "survivor", "suspect", "witness", "eyewitness", "target", "widow",
             "widower", "orphan", "casualty", "hostage"}
# verbs of alleging whose participle describes the one alleged to have done something
ALLEGING = {"allege", "accuse", "suspect", "blame", "implicate"}
ALLEGED_PREPS = {"of", "to", "for", "in"}


def _noun_phrase_head(token: Token) -> Token:
    """The head of the noun phrase ``token`` modifies as a compound ("assassination" of "the
    assassination attempt"), climbing conjuncts ("the riots and lootings")."""
    node = token
    while node.dep_ == "compound" and node.head.pos_ in NOUNS and node.head.i != node.i:
        node = node.head
    while node.dep_ == "conj" and node.head.pos_ in NOUNS and node.head.i != node.i:
        node = node.head
    return node


def _definite(noun: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss"
               for c in noun.children)


def time_anchor(token: Token) -> bool:
    """An act noun that only anchors the time of another clause: "since the attack", "in the
    aftermath of the bombing", "in the days following the massacre" (not a measure that dates
    it: "three days after the attack"), or a definite noun after a fronted "after" or
    "following" ("After the attack, the president called for calm")."""
    if token.pos_ not in NOUNS:
        return False
    noun = _noun_phrase_head(token)
    if noun.dep_ != "pobj" or not _definite(noun):
        return False  # "in the wake of a riot": an indefinite noun tells a happening of its own
    prep = noun.head
    word = prep.lower_
    if word in ANCHOR_PREPS:
        return True
    over = prep.head
    if word == "of" and over.lemma_.lower() in AFTERMATH_NOUNS:
        return True
    if word in SPAN_PREPS and _span_of_time(prep):
        return True  # "in the days after", "hours before", "weeks following"
    return (word in FRONTED_PREPS and prep.dep_ == "prep" and over.pos_ in {"VERB", "AUX"}
            and prep.i < over.i and prep.i == prep.sent.start)


def _unit(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in TIME_UNITS


def _period(unit: Token) -> bool:
    """A period framed by "in the": "in the days", "in the weeks" (a plural unit, not a
    measure such as "three days after" or "hours after", which dates the happening)."""
    return _unit(unit) and unit.tag_ == "NNS" and unit.dep_ == "pobj" and \
        unit.head.lower_ in FRAMING_PREPS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in unit.children)


def _span_of_time(prep: Token) -> bool:
    """The preposition follows a period that the happening opens or closes: "in the days after
    the massacre", "in the weeks following the riot" (parsed as two phrases of "in")."""
    over = prep.head
    if _period(over):
        return True
    return over.dep_ == "prep" and prep.dep_ == "pcomp" and any(
        c.dep_ == "pobj" and _period(c) for c in over.children)


def in_passing(token: Token | None) -> bool:
    """The act of ``token`` is named in passing, by a time anchor, and not told by a clause of
    its own ("the target of the attack that killed Facundo Cabral") nor
    dated in its own phrase ("since the bombing on Tuesday, security has been tight": the
    day tells the happening, news or background)."""
    if token is None:
        return False
    noun = _noun_phrase_head(token)
    if any(c.dep_ in TOLD_BY for c in noun.children) or any(
            t.ent_type_ in DATES for t in noun.subtree):
        return False  # "since the bombing on Tuesday", "Saturday's bombing": its own day
    return time_anchor(token)


def described_by_allegation(token: Token, plover: str, headline: bool) -> bool:
    """A participle of alleging that describes a person: "the man alleged to have ordered the
    murder", "a teacher accused of abusing students", "the group blamed for the bombing", "the
    senator, accused of taking bribes, said ..."; not a verb with an object or an auxiliary of
    its own ("accused the man of", "was accused of"), nor a headline that says only that."""
    if plover != "ACCUSE" or token.lemma_.lower() not in ALLEGING or token.tag_ not in {
            "VBN", "VBD"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "nsubjpass"} for c in token.children):
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None or following.lower_ not in ALLEGED_PREPS:
        return False
    if token.dep_ == "acl" and token.head.pos_ in NOUNS | {"PRON"}:
        return True
    if headline and token.dep_ == "ROOT":
        return False  # "Man accused of killing wife": the headline's news
    # "The man alleged to have ordered the murder was arrested": the parser's active reading of
    # a reduced relative (a subject right before the participle and another verb after it)
    subject = [c for c in token.children if c.dep_ == "nsubj"]
    return bool(subject) and subject[0].i >= token.i - 2 and any(
        c.dep_ in {"conj", "ccomp"} and c.pos_ in {"VERB", "AUX"} and c.i > following.i
        for c in token.children)


def role_of_person(token: Token | None) -> bool:
    """An act noun that only names a person's role in it: "a shooting victim", "the murder
    suspects", "survivors of the massacre", "the gunman in the school shooting", "witnesses to
    the stabbing"; not one with a date of its own ("the victim of a shooting on Tuesday") nor
    a clause that tells it ("victims of the attack that killed five")."""
    if token is None:
        return False
    if token.dep_ == "compound" and token.head.lemma_.lower() in SUFFERERS:
        return True  # "a shooting victim", "the bombing suspects"
    if token.pos_ not in NOUNS:
        return False
    noun = _noun_phrase_head(token)
    if noun.dep_ != "pobj" or noun.head.lower_ not in ROLE_PREPS:
        return False
    person = noun.head.head
    if person.pos_ in {"VERB", "AUX"} and noun.head.i > 0:
        person = noun.doc[noun.head.i - 1]  # "questioned witnesses to the shooting", the
        # phrase hung on the verb
    if person.lemma_.lower() not in ROLE_NOUNS or person.pos_ not in NOUNS:
        return False
    if any(c.dep_ in TOLD_BY for c in noun.children):
        return False  # "victims of the attack that killed five"
    if noun.tag_ == "NNS" and not _definite(noun):
        return False  # "survivors of attacks on the churches": a bare plural (``referred``)
    return not any(t.ent_type_ in DATES for t in noun.subtree)
