"""What a personal pronoun stands for, where the parse makes it clear (``antecedent``).

By number and person (entity labels and tags, the agreement tests of ``participants``): the
first agreeing subject before it in its sentence, else the agreeing main-clause subject of the
previous sentence, or what that subject stood for when it is the same pronoun (a chain over two
sentences), or the one agreeing subject of its other clauses when its main subject is another
pronoun; none where a name the model left unlabelled could be it. An object pronoun is never its
own verb's doer ("an officer arrested him"), and the one the same doer acted on before is the
one it acts on again ("Smith approached Jones and stabbed him"; "Gunmen seized four engineers.
They were released": a passive subject pronoun, the object of the sentence before; "Police
detained a cleric. His lawyer demanded his release": the possessive of an act undergone).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.events.roles.datelines import dateline_word
from sitrep.extract.events.roles.participants import (
    NEUTER,
    PLURAL,
    SINGULAR_PERSON,
    SUBJECTS,
    agrees,
    disagrees,
    person_word,
    unknown_name,
)


def _subjects(doc: Doc, before: int, main_only: bool) -> list[Token]:
    """Subjects before token ``before`` (``main_only``: of the main clause only), in order."""
    return [t for t in doc[:before] if t.dep_ in SUBJECTS and t.pos_ in {"NOUN", "PROPN"}
            and (not main_only or t.head.dep_ == "ROOT") and not dateline_word(t)]


def _first_agreeing(pronoun: Token, candidates: list[Token],
                    people: frozenset[str] = frozenset()) -> Token | None | bool:
    """The first candidate that agrees; False when an unknown one comes first (unclear)."""
    for tok in candidates:
        if agrees(pronoun, tok, people):
            return tok
        if unknown_name(tok) and not disagrees(pronoun, tok):  # ("Witnesses said ...": not "he")
            return False
    return None


def _own_clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause a possessive or reflexive pronoun stands in, when it comes
    before it ("India withdraw its troops"); an object pronoun is never its own clause's subject
    ("police beat them")."""
    if pronoun.dep_ != "poss" and not pronoun.lower_.endswith(("self", "selves")):
        return None
    node = pronoun
    while node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    subj = [c for c in node.children if c.dep_ in SUBJECTS and c.i < pronoun.i
            and c.pos_ in {"NOUN", "PROPN"}]
    return subj[0] if subj else None


def antecedent(pronoun: Token, previous: Doc | None, earlier: Doc | None = None,
               people: frozenset[str] = frozenset()) -> Token | None:
    """The noun phrase head a personal pronoun refers to, where the parse makes it clear: the
    first agreeing subject before it in its sentence, else the agreeing subject of the main
    clause of the previous sentence (``previous``: its parse, when it was parsed and comes right
    before), else what that sentence's main-clause subject stands for when it is the same
    pronoun ("Rosa Diaz was arrested. She was charged. She was released": the antecedent of
    the second "she", read in ``earlier``, the sentence before it), else, when that main-clause
    subject is another pronoun, the one agreeing subject of its other clauses ("they were told
    Peter Walsh had fled. He was arrested"). ``people``: last words of names the article
    labels PERSON somewhere ("Margot Lind-Haas"), a person's name even where the model labels
    it otherwise ("Lind-Haas denied ...", as ORG). A subject that might be the antecedent but
    cannot be told (a name the model did not label) leaves the pronoun unresolved."""
    word = pronoun.lower_
    if word not in SINGULAR_PERSON | PLURAL | NEUTER:
        return None
    done_to = _earlier_object(pronoun, people, previous)
    if done_to is not None:
        return done_to
    if previous is not None and undergone_possessive(pronoun):
        # "Police detained a cleric. His lawyer demanded his release": the cleric, not the
        # lawyer (the one held is the one a release or a trial is of)
        done_to = _parallel_patient(pronoun, previous, people)
        if done_to is not None:
            return done_to
    own = _own_clause_subject(pronoun)  # "India withdraw its troops": its = India
    found = _first_agreeing(pronoun, [own] if own is not None else [], people)
    doer = _own_verb_subject(pronoun)  # "an officer arrested him": not the officer
    if found is None:
        found = _first_agreeing(pronoun, [t for t in _subjects(
            pronoun.doc, pronoun.i, main_only=False) if not _same_party(t, doer)], people)
    if found is None and previous is not None:
        found = _parallel_patient(pronoun, previous, people)
    if found is None and previous is not None:
        found = _first_agreeing(pronoun, [t for t in _subjects(
            previous, len(previous), main_only=True) if not _same_party(t, doer)], people)
        if found and _thing_beside(pronoun, found, previous):
            return None  # "The ministry said the bomb exploded. It killed five": the bomb?
        if found is None:
            found = _chained(pronoun, previous, earlier, people)
        main = [t for t in previous if t.dep_ in SUBJECTS and t.head.dep_ == "ROOT"]
        if found is None and main and all(t.pos_ == "PRON" or disagrees(pronoun, t)
                                          for t in main):
            # "they were told Peter Walsh had fled", "police said a man entered the store. He
            # ...": not past a named main subject that could be it ("Dawson said ... lawyer
            # Anne Green was appointed. He ...": the model may mislabel names)
            ruled_out = {t.i for t in main}
            found = _only_agreeing(pronoun, [t for t in _subjects(
                previous, len(previous), main_only=False) if t.i not in ruled_out], people)
    return found or None


# verbs of speaking, whose subject is a speaker, never a thing
SPEAKING = frozenset({
    "say", "tell", "add", "state", "announce", "claim", "insist", "call", "urge", "appeal",
    "ask", "demand", "request", "accuse", "blame", "condemn", "criticise", "criticize",
    "denounce", "deny", "reject", "dismiss", "warn", "threaten", "vow", "pledge", "promise",
    "praise", "welcome", "thank", "apologise", "apologize", "admit", "confirm", "report"})


def _thing_beside(pronoun: Token, body: Token, previous: Doc) -> bool:
    """Whether "it" found an unlabelled body ("the ministry", "the charity") as the previous
    sentence's main subject while that sentence also has a thing for a subject, which "it" may
    stand for as well ("The ministry said the bomb exploded near the market. It killed five")."""
    if pronoun.lower_ not in NEUTER or body.ent_type_ or pronoun.head.lemma_.lower() in SPEAKING:
        return False  # "It called on drivers to return": only a body speaks
    return any(t.i != body.i and not t.ent_type_ and not agrees(pronoun, t) and not person_word(t)
               and t.tag_ in {"NN", "NNP"} for t in _subjects(previous, len(previous), False))


def _own_verb_subject(pronoun: Token) -> Token | None:
    """The subject of the verb an object pronoun is the object of ("an officer arrested him",
    "the guard fired at her"), or of the verb whose subject it shares ("Jill Parks caught him
    and arrested him"): never what the pronoun stands for (that would be "himself")."""
    if pronoun.dep_ not in {"dobj", "pobj", "dative"} or pronoun.lower_ not in OBJECT_PRONOUNS:
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in {"dobj", "pobj", "prep", "nsubjpass"} \
            and verb.head.i != verb.i:
        verb = verb.head  # "soldiers killed six of them": up from "six" to "killed"
    for _ in range(4):  # up the chain of conjoined verbs that share one subject
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _same_party(token: Token, doer: Token | None) -> bool:
    """Whether ``token`` names the doer of an object pronoun's verb: the doer itself or the same
    name written again ("Ray Tran warned the man before Tran arrested him": him is not Tran,
    wherever "Tran" is written)."""
    if doer is None:
        return False
    if token.i == doer.i and token.doc is doer.doc:
        return True
    return token.pos_ == "PROPN" and doer.pos_ == "PROPN" and token.lower_ == doer.lower_


def _earlier_object(pronoun: Token, people: frozenset[str] = frozenset(),
                    previous: Doc | None = None) -> Token | None:
    """The object of an earlier verb that shares its subject with the verb of an object pronoun
    ("Smith approached Jones and stabbed him", "soldiers stopped the farmers and beat them"), or
    whose subject is the same name written again, in its sentence or the one before ("Ray Tran
    warned the man before Tran arrested him", "Sgt. Leo Park spotted the thief. Park arrested
    him"): an object pronoun is never the subject of its own clause, and the one the same doer
    acted on before is the one it acts on again; so is the object of the verb a participle
    clause hangs on ("police arrested a mayor, accusing him of fraud": the mayor)."""
    if pronoun.dep_ not in {"dobj", "pobj", "dative"} or pronoun.lower_ not in OBJECT_PRONOUNS:
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.pos_ == "PROPN":
        # "Ray Tran warned the man before Tran arrested him": the one the same name acted on
        verbs = [t.head for t in [*(previous or []), *pronoun.doc[:subject.i]]
                 if t.dep_ == "nsubj" and t.head.pos_ == "VERB" and _same_party(t, subject)]
    elif subject is not None and previous is not None and _resumed(subject, previous, people):
        # "The rebels captured three soldiers. They executed them": the one the doer the
        # subject pronoun stands for acted on in the sentence before
        doer = _resumed(subject, previous, people)
        verbs = [t.head for t in previous if t.dep_ == "nsubj" and t.head.pos_ == "VERB"
                 and doer is not None and t.i == doer.i]
    elif verb.dep_ not in {"conj", "advcl"} or verb.pos_ != "VERB" or subject is not None or (
            verb.dep_ == "advcl" and verb.tag_ != "VBG"):
        return None
    else:  # "arrested the mayor, accusing him of fraud": a participle shares the subject too
        first = verb.head
        verbs = [first] + [c for c in first.children if c.dep_ == "conj" and c.i < verb.i]
    objects = [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.pos_ in {
        "NOUN", "PROPN"} and (c.doc is not pronoun.doc or c.i < pronoun.i)]
    # the nearest first: this sentence's, last to first, then the previous one's
    objects.sort(key=lambda t: (t.doc is not pronoun.doc, -t.i))
    found = _first_agreeing(pronoun, objects, people)
    return found or None


OBJECT_PRONOUNS = {"him", "her", "them"}
# nouns of acts a person undergoes, whose possessive is that person ("his release", "their
# detention", "her trial", "his extradition"), not the one who does it
UNDERGONE_NOUNS = {"release", "freeing", "liberation", "arrest", "detention", "custody",
                   "abduction", "kidnapping", "capture", "extradition", "deportation",
                   "expulsion", "trial", "conviction", "sentencing", "imprisonment", "jailing",
                   "prosecution", "execution", "rescue", "disappearance", "incarceration"}


def undergone_possessive(pronoun: Token) -> bool:
    """A possessive person pronoun of a noun of an act its referent undergoes ("demanded his
    release", "condemned their detention"; not "his speech", "their attack")."""
    return (pronoun.dep_ == "poss" and pronoun.lower_ in SINGULAR_PERSON | PLURAL
            and pronoun.head.lemma_.lower() in UNDERGONE_NOUNS)


def _parallel_patient(pronoun: Token, previous: Doc,
                      people: frozenset[str] = frozenset()) -> Token | None:
    """The object of the previous sentence's main verb for a passive subject pronoun: the one
    acted on there is the one acted on again ("Gunmen seized four engineers. They were
    released after two weeks": the engineers; "Police arrested Maria Ortiz. She was charged
    with fraud": Ortiz), when it agrees and the verb is active; the subject otherwise
    ("Protesters clashed with police. They were dispersed": no object, the protesters), and a
    subject named by a name ("Costa-Neves threatened an officer. He was arrested"). An object
    pronoun of a verb whose doer is another party, named by a noun, resumes that one too
    ("Police arrested a councillor. A court remanded him": the councillor)."""
    if not (pronoun.dep_ == "nsubjpass" and pronoun.lower_ in SINGULAR_PERSON | PLURAL
            or _acted_on_by_another(pronoun) or undergone_possessive(pronoun)):
        return None
    roots = [t for t in previous if t.dep_ == "ROOT" and t.pos_ == "VERB"
             and any(c.dep_ == "nsubj" for c in t.children)]
    if any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for r in roots for c in r.children):
        return None  # "Costa-Neves threatened an officer. He was arrested": a named doer stays
        # the one the text is about
    objects = [c for r in roots for c in r.children if c.dep_ == "dobj"
               and c.pos_ in {"NOUN", "PROPN"}]
    found = _first_agreeing(pronoun, objects, people)
    return found or None


def _acted_on_by_another(pronoun: Token) -> bool:
    """An object pronoun of an active verb whose subject is a noun ("A court remanded him",
    "the army freed them"), not a pronoun (a chain of "he ... him" is ``_resumed``'s)."""
    if pronoun.dep_ != "dobj" or pronoun.lower_ not in OBJECT_PRONOUNS:
        return False
    doer = _own_verb_subject(pronoun)
    return doer is not None and doer.dep_ == "nsubj" and doer.pos_ in {"NOUN", "PROPN"}


SUBJECT_PRONOUNS = {"he", "she", "they"}


def _resumed(subject: Token, previous: Doc, people: frozenset[str]) -> Token | None:
    """The previous sentence's main-clause subject that a subject pronoun of another referent
    than the object pronoun stands for ("The senator criticised the governor. She accused
    him": the senator), when it agrees and is the first that does; else None."""
    if subject.lower_ not in SUBJECT_PRONOUNS:
        return None
    found = _first_agreeing(subject, _subjects(previous, len(previous), main_only=True), people)
    return found or None


# the pronouns that stand for the same referent as each other, by person, number and gender
SAME_REFERENT = ({"he", "him", "his", "himself"}, {"she", "her", "hers", "herself"},
                 PLURAL, NEUTER)


def _chained(pronoun: Token, previous: Doc, earlier: Doc | None,
             people: frozenset[str] = frozenset()) -> Token | None:
    """The antecedent of the previous sentence's main-clause subject when that subject is a
    pronoun of the same person, number and gender as ``pronoun`` ("Rosa Diaz was arrested. She
    was charged. She was released"): read in ``earlier``, the sentence before the previous one."""
    if earlier is None:
        return None
    same = next((s for s in SAME_REFERENT if pronoun.lower_ in s), set())
    main = [t for t in previous if t.dep_ in SUBJECTS and t.head.dep_ == "ROOT"]
    if not main or main[0].lower_ not in same:
        return None
    found = _first_agreeing(main[0], _subjects(earlier, len(earlier), main_only=True), people)
    return found or None


def _only_agreeing(pronoun: Token, candidates: list[Token],
                   people: frozenset[str] = frozenset()) -> Token | None:
    """The one candidate that agrees with ``pronoun``; None when there are several or an
    unknown name could be it."""
    if any(unknown_name(t) for t in candidates):
        return None
    agreeing = [t for t in candidates if agrees(pronoun, t, people)]
    return agreeing[0] if len(agreeing) == 1 else None


PLACE_PREPOSITIONS = {"in", "at", "from", "near", "outside", "of"}


def described(relative: Token) -> Token:
    """The noun a relative clause describes (``relative``: its pronoun, "who", "whom", "which",
    "that"): the noun the clause hangs on; for "who" and "whom", not a place the parser hung it
    on after a person ("police arrested a man in the town of Soledad, whom they accused of
    ...": the man, the person or the verb's object before the place's locative phrases)."""
    noun = relative.head.head
    if relative.lower_ not in {"who", "whom"} or _person(noun):
        return noun
    node = noun
    for _ in range(4):  # up the locative phrases: "in the municipality of Soledad"
        if node.dep_ != "pobj" or node.head.lower_ not in PLACE_PREPOSITIONS:
            return noun
        owner = node.head.head
        if owner.dep_ == "acl" and owner.head.i != owner.i:
            owner = owner.head  # "a man identified as X in Soledad, whom": the man
        if owner.pos_ in {"VERB", "AUX"}:
            objects = [c for c in owner.children if c.dep_ == "dobj" and c.i < node.i]
            return objects[-1] if objects and _person(objects[-1]) else noun
        if _person(owner):
            return owner
        node = owner
    return noun


def _person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or (token.pos_ == "NOUN" and person_word(token))
