"""What kind of participant a noun phrase of one sentence is, read off the parse and the
actor lexicon: one who speaks for a body (``speaks_for``), a common noun for an organised body
and its sector (``body_sector``), a person noun's sector (``person_noun_sector``), the site of
an act rather than its target (``site``), the other items of a list the parser split or read as
an apposition (``listed``), the people a noun of remains or a quantifier names in its "of"
phrase (``remains_of``), people named by their age or number alone and the group a number
takes some of (``counted_people``, ``partitive_whole``), anyone of a kind a request names
(``indefinite_people``: "anyone with information"), the subject of a phrase's clause
(``clause_subject``), two words of one labelled name (``same_name``), and whether a sentence
may refer to a group named before ("the two countries": ``may_name_group``).
``finder.ActorFinder`` turns these into actor records.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from sitrep.extract.actors.code import UNKNOWN, code_actor
from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.context import Sentence
from sitrep.extract.events.roles import participants
from sitrep.extract.events.roles.participants import country_of
from sitrep.extract.events.senses.fit import noun_class
from sitrep.extract.events.senses.speech import REPORTING
from sitrep.records import Actor

# entity labels of amounts, dates and times: never a body of people
AMOUNTS = {"MONEY", "QUANTITY", "PERCENT", "CARDINAL", "DATE", "TIME", "ORDINAL"}
SPEAKERS = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
            "spokespeople", "spokespersons"}
# "the two countries", "both sides": a group of countries named before (``ActorFinder._group_ref``)
GROUP_NOUNS = {"country", "nation", "state", "government", "power", "capital", "side", "party"}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2, "2": 2, "3": 3,
           "4": 4, "5": 5}
GROUP_SIZE_DEPS = {"nummod", "det", "predet", "amod"}
# pronouns that name anyone of a kind ("asked anyone with information to call", "urged everyone
# to stay calm"): whom a request is addressed to, not a pronoun with an antecedent
INDEFINITE_PEOPLE = {"anyone", "anybody", "everyone", "everybody", "someone", "somebody"}


def may_name_group(doc: Doc) -> bool:
    """Some phrase of ``doc`` may refer back to a group of countries named together before ("the
    two countries", "both sides"): a number word of ``NUMBERS`` sizes a plural group noun or a
    phrase with "both". The finder reads its recorded groups only for such a phrase."""
    for child in doc:
        if child.lower_ in NUMBERS and child.dep_ in GROUP_SIZE_DEPS:
            token = child.head
            if (token.lemma_.lower() in GROUP_NOUNS and token.tag_ in {"NNS", "NNPS"}) or any(
                    c.lower_ == "both" for c in token.children):
                return True
    return False


def speaks_for(token: Token) -> bool:
    """A noun of one who speaks for a body: "spokesman", "spokeswoman", "spokesperson", "press
    officer", "press secretary", "information officer" (any number)."""
    lemma = token.lemma_.lower()
    return lemma in SPEAKERS or lemma in {"officer", "secretary", "attache", "attaché"} and any(
        c.dep_ == "compound" and c.lemma_.lower() in {"press", "information", "affairs"}
        for c in token.children)


def body_sector(token: Token) -> str | None:
    """The sector of a common noun for an organised body of people ("the union" LAB, "the
    council" GOV, "the company" BUS, "the charity" NGO): its first WordNet sense is a group and
    the actor lexicon lists it as a title or group noun with a sector (any number: "unions",
    "companies"); none for a group the lexicon does not know ("the population", "a network"),
    for a word that only ends business names, for a thing ("the bank": an object), and for a
    kind compared ("better schools")."""
    if token.pos_ != "NOUN" or token.ent_type_ in AMOUNTS or noun_class(token) != "group":
        return None
    if any(c.tag_ in {"JJR", "JJS", "RBR"} or c.lower_ in {"more", "fewer"}
           for c in token.children if c.i < token.i):
        return None  # "demanded better schools", "more hospitals": a kind of thing wanted
    for word in dict.fromkeys((token.lemma_.lower(), token.lower_)):
        entry = get_matcher().lookup([word])
        if entry is not None and entry.kind == "title" and entry.sector not in {None, "UNK"} and (
                entry.role != "name"):
            return entry.sector
    return None


def site(token: Token) -> bool:
    """A place or thing named after "at" ("killed at a peace rally", "at the Hilton") or a
    place named after "on" ("the shooting on Elm Street"): the site of the act, where a
    building named by a common noun after "on" is its target ("the attack on the mosque")."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "pobj":
        return False
    prep = first.head.lower_
    return prep == "at" or (prep == "on" and (
        token.ent_type_ in {"FAC", "LOC", "GPE"} or noun_class(token) == "location"))


def person_noun_sector(token: Token) -> str | None:
    """The sector the actor coder gives a common noun for people the victims' lexicon does not
    know ("priest" REL, "drivers" CVL, "pharmacist" HLH), or None ("witness", "client":
    unknown; "man", "suspect": the victims' lexicon leaves their side open)."""
    if participants.category_of(token) is not None or not participants.person_word(token):
        return None
    sector = code_actor(token.text)[1]
    return sector if sector not in {"", UNKNOWN} else None


# what makes a noun phrase one of its own: an article, a possessive, a number
OWN_DETERMINERS = {"det", "poss", "nummod"}


def listed(token: Token) -> list[Token]:
    """The other items of a list "A, B and C" the parser read as an apposition to A with its own
    conjunct ("kidnapped a priest, his driver and a guard", "killed a policeman, a soldier and
    a civilian"): B and C, when A and B are common nouns and C has its own article, possessive
    or number; none for a description of A ("Juan Perez, a farmer and father of three": a name,
    and one "a" for both)."""
    if token.pos_ != "NOUN":
        return []
    out: list[Token] = listed_subjects(token)
    for appos in (c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        items = [c for c in appos.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
                 and any(d.dep_ in OWN_DETERMINERS for d in c.children)]
        if items and any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for c in appos.children):
            out.extend([appos, *appos.conjuncts])
    return out


# the relations the parser gives the items of a list of subjects it splits up
SUBJECT_ITEMS = {"nsubj", "nsubjpass", "npadvmod"}


def listed_subjects(token: Token) -> list[Token]:
    """The other items of a list of subjects the parser split into several subjects of one verb
    ("A teacher, a nurse and a driver were abducted": two passive subjects; "A priest, his
    driver and a guard were kidnapped": "a priest" read as an adverbial noun): nouns for people
    with their own article, possessive or number before the verb, each followed by a comma, the
    last with its own conjunct."""
    verb = token.head
    if token.dep_ not in SUBJECT_ITEMS or verb.pos_ not in {"VERB", "AUX"} or token.i > verb.i:
        return []
    items = sorted((c for c in verb.children if c.dep_ in SUBJECT_ITEMS and c.i < verb.i
                    and c.pos_ == "NOUN" and any(d.dep_ in OWN_DETERMINERS for d in c.children)
                    and participants.person_word(c)), key=lambda t: t.i)
    if len(items) < 2 or token not in items or not any(c.dep_ == "conj" for c in items[-1].children):
        return []
    doc = token.doc
    if not all("," in (doc[t.right_edge.i].text, doc[t.right_edge.i + 1].text)
               for t in items[:-1]):
        return []
    return [t for item in items for t in (item, *item.conjuncts) if t.i != token.i]


# nouns for what is left of the dead: "the bodies of four men" names the men
REMAINS = {"body", "bodies", "corpse", "corpses", "remains", "cadaver", "cadavers", "skeleton",
           "skeletons"}


def remains_of(token: Token) -> Token | None:
    """The people a noun of remains names in its "of" phrase ("the bodies of four men", "the
    remains of two journalists", "the corpse of a soldier"): the dead, not their bodies; none
    for "a body of water", "the body of the car", "a body of evidence"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in REMAINS and token.lower_ not in REMAINS:
        return None
    for pobj in participants.pobjs(token, {"of"}):
        if participants.is_person(pobj) or pobj.ent_type_ in {"PERSON", "NORP"}:
            return pobj
    return None


# quantifiers that, like a number, name some of a group ("several of them", "most of those held")
QUANTIFIERS = {"several", "some", "many", "most", "all", "both", "few", "each", "dozens",
               "hundreds", "thousands", "scores"}
# pronouns a number of people is taken from ("two of them", "three of those detained")
GROUP_PRONOUNS = {"them", "those", "us", "these", "whom"}


def counted(token: Token) -> bool:
    """A number or a quantifier standing for people or things on its own ("the three", "two of
    the suspects", "several of them"), not an amount of time or money."""
    return (token.pos_ == "NUM" and token.ent_type_ in {"CARDINAL", ""}) or (
        token.lower_ in QUANTIFIERS and token.pos_ in {"ADJ", "DET", "PRON", "NOUN"})


def partitive_whole(token: Token) -> Token | None:
    """The group a number or quantifier takes some of ("two of the suspects": the suspects),
    else None."""
    if not counted(token):
        return None
    return next(iter(participants.pobjs(token, {"of"})), None)


def counted_people(token: Token) -> Span | None:
    """The phrase that names people by their age alone ("a 19-year-old", "the 23-year-old":
    the model labels it a date) or by their number alone ("the three", "the nine", "two of
    them": a cardinal), else None: no amount of time or things ("the three days" is headed by
    its noun; "two of the houses" takes its group's reading)."""
    doc = token.doc
    if token.lower_ == "old" and any(c.lemma_.lower() == "year" and any(
            g.pos_ == "NUM" for g in c.children) for c in token.children):
        return doc[token.left_edge.i: token.i + 1]
    whole = partitive_whole(token)
    if whole is not None:
        # not in a clause of a bare participle ("shops were looted, many of them owned by
        # traders": the shops)
        bare = (token.head.tag_ in {"VBN", "VBG"} and not any(
            c.dep_ in {"aux", "auxpass"} for c in token.head.children)) or any(
            c.dep_ == "acl" for c in token.children)
        return doc[token.left_edge.i: whole.i + 1] if (
            whole.lower_ in GROUP_PRONOUNS and not bare) else None
    if token.pos_ == "NUM" and counted(token) and any(
            c.dep_ == "det" and c.lower_ in {"the", "these", "those", "all"}
            for c in token.children) and not any(c.dep_ == "prep" for c in token.children):
        return doc[token.left_edge.i: token.i + 1]
    return None


def indefinite_people(token: Token) -> Span | None:
    """The phrase an indefinite pronoun of people heads ("anyone with information", "anyone who
    saw the shooting", "everyone"), else None: whom a request names by what they know or did."""
    if token.lower_ not in INDEFINITE_PEOPLE:
        return None
    # its modifiers, not the act it is asked to do ("anyone who saw it to call police")
    kept = [c.right_edge.i for c in token.children if c.i > token.i and not any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if after is not None and after.lower_ == "with" and after.dep_ == "prep":
        kept.append(after.right_edge.i)  # "asked anyone with information": "with" on the verb
    span = token.doc[token.i: max([token.i, *kept]) + 1]
    cut = next((t.i for t in span if t.lower_ == "to" and t.dep_ == "aux"), span.end)
    return token.doc[token.i: cut]


def clause_subject(token: Token) -> list[Token]:
    """The subject of the clause whose verb governs ``token``, with its conjuncts ("the EU and
    the US called on both sides to ...": the EU and the US), else none."""
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return [t for s in subjects for t in (s, *s.conjuncts)]


def name_start(token: Token) -> int:
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def same_name(token: Token, other: Token) -> bool:
    """Whether two words are in one name the model labels as a whole ("the Ministry of Labour
    and Social Affairs", "Bosnia and Herzegovina"): a conjunct inside it is a word of the
    name, not a second party."""
    return bool(token.ent_type_) and token.ent_type_ == other.ent_type_ and (
        name_start(token) == name_start(other))


def apposed_names(token: Token) -> list[list[Token]]:
    """The words of each name in apposition to a noun ("the gang's leader, Juan Perez", "a rights
    group, the Andean Legal Committee"), also where the parser did not see the apposition ("the
    minister, Juan Perez" with a person's name after the comma)."""
    named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    after = token.doc[token.i + 2] if token.i + 2 < len(token.doc) else None
    if (not named and after is not None and token.nbor().text == ","
            and after.ent_type_ == "PERSON" and token.pos_ == "NOUN"):
        named = [after]
    return [[c, *(t for t in c.doc[c.i + 1: c.i + 4] if t.ent_type_ == c.ent_type_ and t.ent_type_)]
            for c in named]


RELATIVE_WORDS = {"who", "whom", "which", "that"}


def clause_children(verb: Token) -> list[Token]:
    """A verb's children, less a relative pronoun the parser made a second subject ("the
    journalist whom police detained": "whom" and "police" both subjects; police did it)."""
    kids = list(verb.children)
    if verb.dep_ == "relcl" and sum(c.dep_ == "nsubj" for c in kids) > 1:
        kids = [c for c in kids if not (c.dep_ == "nsubj" and c.lower_ in RELATIVE_WORDS)]
    return kids


# WordNet classes of what a body of people is or works in ("her office", "their party"), and
# of a part of one's body ("his heart")
BODY_CLASSES = {"group", "location", "body"}


def owned(thing: Token, owner: Token) -> bool:
    """Whether ``thing``, the object or passive subject of an act, is a belonging its
    possessive pronoun's owner stands for ("her licence", "his passport", "their accounts"):
    not a body or a place one belongs to ("her office", "their party"), nor a part of the
    body, and not where a name before the pronoun in the sentence makes the
    owner uncertain ("revocation of Nassar's licence after his licence was revoked")."""
    if thing.dep_ not in participants.PATIENT_DEPS:
        return False  # taken or cancelled: "his heart started beating", "slept on her couch"
    if noun_class(thing) in BODY_CLASSES or thing.lemma_.lower() in participants.BODIES:
        return False
    if code_actor(thing.text)[1] not in {"", UNKNOWN}:
        return False  # a party word of the actor coder: "her office", "his department"
    return not any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ == "poss")
                   for t in thing.sent if t.i < owner.i)


# sectors of officers whose words about a crime are the authorities' report (police, courts)
OFFICER_SECTORS = {"COP", "JUD"}


def reporting_officer(pronoun: Token) -> Token | None:
    """The speaker of the reporting verb whose report holds ``pronoun`` ("Nelson" of "Nelson
    said Kosinski subdued him"), or None."""
    node = pronoun
    while node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in REPORTING and node.pos_ in {"VERB", "AUX"}:
            return next((c for c in node.children if c.dep_ == "nsubj" and c.i != pronoun.i),
                        None)
    return None


def reported_by(verb: Token) -> bool:
    """Whether ``verb`` is a verb of saying ("said", "told", "reported", "claimed"): its subject
    is the speaker of the clause it governs, never the doer of the act told there."""
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in REPORTING


def speaker_of(subject: Token, trigger: Token) -> bool:
    """Whether ``subject`` is the speaker of a report that holds ``trigger`` ("Police" of
    "Police said the company had received threatening messages")."""
    verb = subject.head
    return (subject.dep_ in {"nsubj", "nsubjpass"} and reported_by(verb)
            and verb.i != trigger.i and any(a.i == verb.i for a in trigger.ancestors))


# nouns of the one a lawyer speaks for: "his client denies firing", "my clients will contest the
# charges" told by the lawyer
CLIENTS = {"client"}
# possessives of the one who speaks for the client
CLIENT_OWNERS = {"his", "her", "their", "my", "our"}
# the stands a lawyer takes for a client (lemmas): denying, disputing, contesting, pleading
CLIENT_STANCES = {"deny", "dispute", "contest", "reject", "plead", "maintain", "insist",
                  "challenge", "appeal", "fight", "refuse", "admit", "accept"}


def lawyer_of(verb: Token) -> Token | None:
    """The speaker who takes a stand for "his client", the subject of a stance verb in a clause
    the speaker reports ("His attorney said his client denies being at the store", "the lawyer
    said her client did not shoot anyone and would contest the charges": the lawyer denies and
    contests, as a spokesman's words are his body's): a stand of now or to come (present tense,
    "will", "would"); None for a past one ("said his client denied the charges": the client
    did, in court), for any other verb or subject, and for a clause no one reports (the
    client's own act stays the client's: "did not shoot")."""
    if verb.lemma_.lower() not in CLIENT_STANCES or not (verb.tag_ in {"VBZ", "VBP"} or any(
            c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in verb.children)):
        return None  # a past denial ("said his client denied the charges" in court) is his
    node = verb
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None or node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if subject is None or subject.lemma_.lower() not in CLIENTS or not any(
            c.dep_ == "poss" and c.lower_ in CLIENT_OWNERS for c in subject.children):
        return None
    if node.dep_ != "ccomp" or node.head.i == node.i or not reported_by(node.head):
        return None
    return next((c for c in node.head.children if c.dep_ == "nsubj"), None)


def told_clause(verb: Token) -> bool:
    """Whether ``verb`` heads (or is joined to) a clause a verb of saying governs and has no
    subject of its own, so that its subject read upwards would be the speaker ("X was arrested
    and charged, police said")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        if any(c.dep_ in {"nsubj", "csubj"} for c in verb.children):
            return False
        verb = verb.head
    return (verb.dep_ == "ccomp" and verb.head.i != verb.i and reported_by(verb.head)
            and not any(c.dep_ in {"nsubj", "csubj"} for c in verb.children))


def member_of(sentence: Sentence | None, token: Token, body: Actor) -> Actor:
    """A person a body's possessive names ("the gang's leader was arrested", "police
    detained the cartel's accountant"): the whole phrase, the person, with the body's
    country and sector (CAMEO codes a group's member as the group), not the possessor
    alone."""
    if sentence is None:
        return body
    left = min([token.i] + [c.left_edge.i for c in token.children
                            if c.i < token.i and c.dep_ in {"compound", "amod", "poss",
                                                            "nmod", "det"}])
    span = token.doc[left: token.i + 1]
    while len(span) > 1 and span[0].pos_ in {"DET", "NUM", "PUNCT"}:
        span = span[1:]
    return replace(body, text=span.text, evidence=sentence.evidence(span),
                   name=span.text, kind="group")


def countries_apart(sentence: Sentence | None, token: Token, actor: Actor) -> list[Actor]:
    """One actor per country where a phrase joins the demonyms or names of several
    countries in front of one noun ("Hungarian and Romanian officials", "U.S. and Russian
    negotiators", "British, French and German diplomats"): the record keeps the first
    country, and each further one becomes an actor of its own whose evidence is its word.
    Not two demonyms without a conjunction ("Syrian Kurdish fighters": one group)."""
    if sentence is None:
        return [actor]
    mods = [c for c in token.children if c.i < token.i
            and c.dep_ in {"amod", "compound", "nmod"}]
    words = [t for t in sorted({t.i: t for m in mods for t in (m, *m.conjuncts)}.values(),
                               key=lambda t: t.i) if country_of(t.text)]
    codes = [country_of(t.text) for t in words]
    if len(words) < 2 or len(set(codes)) != len(codes):
        return [actor]
    if not any(t.dep_ == "conj" for t in words) or actor.country not in {None, codes[0]}:
        return [actor]
    between = token.doc[words[0].i: words[-1].i + 1]
    if any(t.i not in {w.i for w in words} and t.lower_ not in {",", "and", "or"}
           for t in between):
        return [actor]
    start = sentence.start
    if not any(actor.evidence.start <= start + w.idx < actor.evidence.end
               for w in (words[0], words[-1])):
        return [actor]  # the record stands for another phrase
    out = [replace(actor, country=codes[0])]
    for word, code in zip(words[1:], codes[1:], strict=True):
        out.append(replace(actor, text=word.text, name=f"{word.text} {token.text}",
                           evidence=sentence.evidence(word),
                           country=code))
    return out
