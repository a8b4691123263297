"""Participants the plain subject/object reading of ``actors`` misses, read off the parse.

Each function here looks at tokens only and returns tokens (``actors.ActorFinder`` turns them
into actor records):

- ``sufferer``: the one who suffers a nominal event: "the town suffered/faced/came under
  shelling", "prisoners were subjected to torture", "X was placed under arrest", "X was taken
  into custody", "X was held in detention", "X appeared in court on charges of theft" -- the
  subject (or the object of "placed ... under") is the recipient, not the actor;
- ``patient_of_participle``: "the recently killed leader", "a woman accused of theft": a past
  participle modifying a noun has that noun as its recipient;
- ``of_objects``: "the killing of the journalist", "the arrest of the leader": the object of
  "of" under an event noun;
- ``reported_clause``: whether a step up the tree enters the clause a speaker reports ("ministers
  said the bombing ..."): the speaker is not the actor of what is reported;
- what a pronoun stands for is read in ``antecedents``, with the agreement tests here
  (``agrees``, ``disagrees``, ``unknown_name``);
- ``shared_patient``: a passive conjunct with no subject of its own ("the driver fled but was
  arrested", "he was charged and remanded in custody") underwent its act: the subject of the
  first conjunct is its recipient, not its actor;
- ``home_country``: the country of a group by the place under its noun ("people in Germany");
- ``unlabelled_name``: a proper noun the model left without an entity label, in running text
  ("Kastelic condemned ..."): a name, so a participant; ``COLLECTIVE``: singular nouns for
  several people ("the pair", "the couple"), participants that "they" stands for.

It also holds what ``actors`` shares with it: ``country_of`` (a country from a name, capital or
demonym) and ``pobjs`` (the objects of given prepositions under a token).

Who is a person is read from entity labels, the casualty victims' lexicon (``claims.victims``:
"farmers", "officers", "men") and the nouns whose first WordNet sense is a person
(``person_nouns.tsv``: "cashier", "shopkeeper", "directors", "buyers"); not from the form of a
word alone ("-er" also ends "hunger" and "border").
"""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import american, singulars
from sitrep.extract.claims.victims import category_of
from sitrep.extract.events.senses.accidents import WOUNDS
from sitrep.extract.events.senses.fit import word_class
from sitrep.resources import read_tsv

# verbs whose subject undergoes the event named by their object ("suffered attacks")
EXPERIENCE_VERBS = {"suffer", "face", "endure", "undergo", "sustain", "experience", "withstand",
                    "weather", "survive", "receive", "repel", "repulse", "resist", "serve"}
# prepositions that name what a clause is about, not an act of its subject ("protested over the
# killing", "summoned the envoy about the clash")
TOPIC_PREPS = {"over", "about", "amid", "despite", "regarding", "concerning"}
# "came/fell/was under attack", "were subjected/exposed to torture"
UNDER_VERBS = {"come", "fall", "be", "remain", "stay"}
EXPOSE_VERBS = {"subject", "expose"}
# verbs that put someone into a state named by a noun ("taken into custody", "remanded in
# detention", "held in captivity"), by the preposition before the noun ("under" with any verb)
PLACING_PREPS = {"into": {"take", "place", "put", "remand", "bring", "return", "commit"},
                 "in": {"hold", "keep", "remand", "place", "put", "detain", "leave"}}
# nouns of what someone is held or tried on ("on charges of", "on suspicion of")
CHARGE_NOUNS = {"charge", "suspicion", "allegation", "accusation", "count"}
WOUND_PREPS = {"with", "of", "from", "for", "after"}
SINGULAR_PERSON = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
NEUTER = {"it", "its", "itself"}
SUBJECTS = {"nsubj", "nsubjpass"}
# the sector a group noun names when no actor record covers it ("the police", "rebels")
SECTOR_NOUNS = {
    "army": "MIL", "military": "MIL", "troop": "MIL", "force": "MIL", "soldier": "MIL",
    "navy": "MIL", "jet": "MIL", "warplane": "MIL", "artillery": "MIL", "commander": "MIL",
    "police": "COP", "policeman": "COP", "officer": "COP", "gendarme": "COP",
    "government": "GOV", "ministry": "GOV", "minister": "GOV", "president": "GOV",
    "official": "GOV", "authority": "GOV", "leader": "GOV", "spokesman": "GOV",
    "prime": "GOV", "administration": "GOV", "cabinet": "GOV", "regime": "GOV",
    "parliament": "LEG", "lawmaker": "LEG", "senate": "LEG", "court": "JUD", "judge": "JUD",
    "rebel": "REB", "militant": "REB", "insurgent": "REB", "separatist": "REB",
    "guerrilla": "REB", "militia": "REB", "fighter": "REB", "jihadist": "REB",
    "terrorist": "REB", "gunman": "REB", "protester": "CVL", "demonstrator": "CVL",
    "civilian": "CVL", "resident": "CVL", "villager": "CVL", "student": "CVL",
    "activist": "CVL", "worker": "LAB", "party": "PTY", "opposition": "OPP",
    "journalist": "MED", "media": "MED", "diplomat": "GOV", "embassy": "GOV",
}
# victim categories as actor sectors
CATEGORY_SECTOR = {"civilian": "CVL", "military": "MIL", "police": "COP", "militant": "REB",
                   "protester": "CVL", "journalist": "MED", "aid_worker": "NGO"}


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    if verb.dep_ in {"relcl", "acl"} and verb.head.i != verb.i:
        return verb.head  # "the town, which suffered shelling"
    if verb.dep_ in {"xcomp", "acomp"} and verb.head.i != verb.i:
        return _subject_of(verb.head)  # "the pair are expected / due to appear on charges"
    first = _first_conjunct(verb)  # "two guards were suspended and will face charges"
    if first.i != verb.i:
        return next((c for c in first.children if c.dep_ in SUBJECTS), None)
    return None


def sufferer(trigger: Token) -> tuple[Token, Token] | None:
    """(the subject that undergoes the event noun ``trigger``, the verb that says so): "the town
    faced shelling", "the convoy came under fire", "prisoners were subjected to torture"."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return None
    if trigger.lemma_.lower() in WOUNDS:
        return _bearer(trigger)
    if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN":
        trigger = trigger.head  # "survived an assassination attempt": the attempt
    head = trigger.head
    found: Token | None = None
    verb = head
    if trigger.dep_ == "dobj" and head.lemma_.lower() in EXPERIENCE_VERBS:
        found = _subject_of(head)
    elif trigger.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        kids = {c.dep_: c for c in verb.children}
        placed = head.lower_ == "under" or (
            head.lower_ in PLACING_PREPS and verb.lemma_.lower() in PLACING_PREPS[head.lower_])
        if placed and ("dobj" in kids or "nsubjpass" in kids):  # "taken (him) into custody"
            found = kids["dobj"] if "dobj" in kids else kids["nsubjpass"]  # "placed (him) under"
        elif placed and (shared := shared_patient(verb)) is not None:
            found = shared[0]  # "he walked out and was taken into custody"
        elif head.lower_ == "under" and verb.lemma_.lower() in UNDER_VERBS:
            found = _subject_of(verb)
        elif head.lower_ == "on" and trigger.lemma_.lower() in CHARGE_NOUNS:
            # "police held him on charges of fraud", "the pair appeared in court on charges
            # of murder": the one charged is the verb's object, else its subject
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            found = objs[0] if objs else _subject_of(verb)
        elif head.lower_ == "to" and verb.lemma_.lower() in EXPOSE_VERBS:
            passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
            found = passive[0] if passive else None
    return (found, verb) if found is not None else None


def _bearer(wound: Token) -> tuple[Token, Token] | None:
    """(who bears a wound, the word that says so): "he suffered a gunshot wound", "had stab
    wounds", "died of a gunshot wound", "was found dead with a gunshot wound", "was treated for
    gunshot wounds", "the body of a man with multiple gunshot wounds" (the man)."""
    head = wound.head
    if wound.dep_ == "dobj":
        found = _subject_of(head)
        return (found, head) if found is not None else None
    if wound.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in WOUND_PREPS:
        verb = head.head
        if verb.dep_ == "xcomp" and _subject_of(verb) is None:
            verb = verb.head  # "was rushed to hospital with knife wounds" ("hospital" a verb)
        elif verb.dep_ == "pobj" and verb.head.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head.head  # "was taken to hospital with", "found in a car with"
        elif verb.pos_ in {"NOUN", "PROPN", "PRON"}:
            return verb, verb  # "a man with a gunshot wound", "the body of a man with"
        # "was found with", "treated a boy with", "died of": the passive subject, else the
        # object, else the subject
        kids = {c.dep_: c for c in verb.children}
        found = kids.get("nsubjpass") or kids.get("dobj") or _subject_of(verb)
        return (found, verb) if found is not None else None
    return None


def patient_of_participle(trigger: Token) -> Token | None:
    """The noun a past participle trigger modifies ("the killed leader", "a woman accused of
    theft"): what the participle's event was done to."""
    if trigger.tag_ != "VBN" or trigger.dep_ not in {"amod", "acl"}:
        return None
    head = trigger.head
    if head.i == trigger.i or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    # a prepositional object is a person here only by name or the victims' lexicon: "appeared
    # before a judge charged with fraud" is the one who appeared (``depicted``)
    person = known_person(head) if head.dep_ == "pobj" else is_person(head)
    if not person and head.ent_type_ not in {"PERSON", "NORP", "ORG"}:
        return None  # "appeared in court charged with theft": the court is not charged
    return head


def doer_of_participle(trigger: Token) -> bool:
    """Whether a present participle trigger describes the noun it hangs on as doing the act
    ("demonstrators protesting the results", "troops guarding the border", "Kenya, accusing
    Somalia of ...": the noun is the actor); not a noun that names no party ("a letter
    protesting the ban": ``ActorFinder`` finds none for it)."""
    head = trigger.head
    return (trigger.tag_ == "VBG" and trigger.dep_ in {"acl", "appos"} and head.i != trigger.i
            and head.pos_ in {"NOUN", "PROPN"})


def depicted(trigger: Token) -> Token | None:
    """The verb whose subject a bare past participle describes as having undergone the act:
    "appeared in court charged with theft" (the participle hangs on "court", not a person),
    "Arrested in May, he ..." (an adverbial participle): the subject of that verb is the
    recipient. None when the participle has its own subject or auxiliary ("after he was
    arrested"), or hangs on a verb's object or a person ("police found him in a car riddled
    with bullets": the car is not the verb's subject)."""
    if trigger.tag_ != "VBN" or trigger.dep_ not in {"acl", "advcl"}:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in trigger.children):
        return None
    head = trigger.head
    if trigger.dep_ == "advcl":
        return head if head.pos_ in {"VERB", "AUX"} else None
    if head.dep_ != "pobj" or known_person(head):
        return None
    verb = head.head.head  # noun <- preposition <- verb
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def of_objects(trigger: Token) -> list[Token]:
    """Objects of "of" directly under an event noun ("the assassination of the mayor")."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]


# types whose doer is rarely the one who reports the act ("ministers said the bombing ...",
# "police said the protest ..."); a speaker reporting an arrest, a sanction or aid is often
# its doer ("authorities said the sanctions ...")
NOT_THE_SPEAKERS = {"ASSAULT", "PROTEST"}


def reported_clause(dep: str, plover: str) -> bool:
    """A step up the tree along ``dep`` enters the verb that reports the clause below it, and
    the reporting verb's subject is a speaker, not a participant of the reported act."""
    return dep in {"ccomp", "parataxis"} and plover in NOT_THE_SPEAKERS


# prepositions that join an act to words about it ("no reason for the shelling", "declined to
# comment on the raid", "details of the shooting", "the motive behind the attack")
ABOUT_PREPS = {"for", "on", "upon", "of", "behind", "into"}
# WordNet classes of nouns of words or reasons ("explanation", "details", "comment", "reason")
WORD_CLASSES = {"communication", "motive"}
# nouns of communication that direct, commit or claim: their subject may well do the act they
# name ("issued a call for a strike", "gave the order for the attack", "made threats of
# violence", "the claim of responsibility for the bombing")
BINDING_WORDS = {"call", "appeal", "plea", "demand", "request", "petition", "order", "command",
                 "instruction", "directive", "ultimatum", "threat", "warning", "vow", "pledge",
                 "promise", "oath", "claim", "signal", "announcement", "declaration", "notice",
                 "permission", "approval", "authorization", "authorisation", "go-ahead",
                 "licence", "license", "invitation", "proposal", "plan", "programme", "program",
                 "agreement", "deal", "pact", "treaty", "contract", "commitment", "offer",
                 "bid", "campaign", "slogan", "cry", "rallying"}
# verbs of speaking about something ("declined to comment on the raid", "refused to elaborate
# on the shooting", "testified on the beating")
COMMENTING = {"comment", "elaborate", "remark", "speak", "talk", "testify", "write", "brief",
              "reflect", "dwell", "expand", "expound", "opine", "speculate", "report",
              "editorialize", "editorialise", "blog", "tweet", "post", "lecture", "preach"}


def words_about(prep: Token) -> bool:
    """Whether ``prep`` joins an act (its object) to words said about it: a noun of speech or
    reasons ("gave no reason for the shelling", "offered no explanation for the airstrike",
    "released no details of the shooting") or a verb of commenting ("declined to comment on
    the raid"). Whoever gives or withholds the words speaks about the act, and is not its doer
    by that ("the guideline's speaker of a statement"); not the words that call for, order,
    threaten or claim an act ("a call for a strike", "the order for the attack")."""
    if prep.dep_ != "prep" or prep.lower_ not in ABOUT_PREPS or prep.head.i == prep.i:
        return False
    if prep.lower_ == "of" and not any(
            o.tag_ in {"NNS", "NNPS"} or any(c.dep_ in {"det", "poss", "nummod"} for c in o.children)
            for o in prep.children if o.dep_ == "pobj"):
        return False  # "letters of protest", "a cry of protest": the kind of words, an act
    head = prep.head
    lemma = head.lemma_.lower()
    if head.pos_ in {"VERB", "AUX"}:
        if lemma in COMMENTING and prep.lower_ != "for":
            return True
        # "gave no information on the stabbing": the parser hangs the phrase on the verb
        return any(_words(c) for c in head.children if c.dep_ == "dobj")
    return _words(head)


def _words(noun: Token) -> bool:
    """A noun of speech or reasons that does not direct, commit or claim."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in BINDING_WORDS or noun.lower_ in BINDING_WORDS:
        return False
    return word_class(noun) in WORD_CLASSES


# words that ask who did something ("did not say who shot the man", "asked what caused it")
INTERROGATIVES = {"who", "whom", "what", "which", "whoever", "whatever"}


def interrogative_subject(verb: Token) -> bool:
    """Whether the subject of ``verb`` is a question word, not a relative pronoun: "police did
    not say who shot the man", "officials would not say who ordered the arrests". The doer is
    the unknown the clause asks about, so no one named around it (the speaker who withholds
    the answer) is its doer; "the man who shot ..." (a relative clause) names its doer."""
    if verb.dep_ not in {"ccomp", "csubj"}:
        return False  # a free relative is no question ("in what has become a daily rally")
    return any(c.dep_ in SUBJECTS and c.lower_ in INTERROGATIVES and c.tag_ in {"WP", "WDT"}
               for c in verb.children)


def is_person(token: Token) -> bool:
    """A noun for one or more people: a PERSON entity, a word the victims' lexicon knows
    ("farmer", "officer") or a noun whose first WordNet sense is a person ("cashier").
    (Not an agent noun by its form alone: "hunger", "border".)"""
    return known_person(token) or (token.ent_type_ not in {"GPE", "LOC", "FAC", "ORG"}
                                   and person_noun(token))


def known_person(token: Token) -> bool:
    """A PERSON entity or a noun of the victims' lexicon ("farmer", "officer", "men"); not a
    lower-case common noun the model labels PERSON ("a 9mm pistol": a unit, not a name)."""
    if token.ent_type_ == "PERSON" and not (token.is_lower and token.pos_ == "NOUN"):
        return True
    if token.pos_ not in {"NOUN", "PROPN"} or token.ent_type_ in {"GPE", "LOC", "FAC", "ORG"}:
        return False
    return category_of(token) is not None


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset(row["term"] for row in read_tsv("person_nouns.tsv"))


# (lower-case form, lemma) -> ``person_noun`` of a noun so written: its answer depends on the
# two words only, and the roles ask it of the same few nouns again and again
_PERSON_NOUN_MEMO: dict[tuple[str, str], bool] = {}
_MEMO_LIMIT = 100_000  # answers remembered before the memo starts afresh


def person_noun(token: Token) -> bool:
    """A common noun whose first WordNet sense is a person ("the cashier", "two directors",
    "potential buyers"; not "the head", "a fan"), by its lemma, its form or its singulars."""
    if token.pos_ != "NOUN":
        return False
    key = (token.lower_, token.lemma_)
    known = _PERSON_NOUN_MEMO.get(key)
    if known is None:
        if len(_PERSON_NOUN_MEMO) > _MEMO_LIMIT:
            _PERSON_NOUN_MEMO.clear()
        known = _PERSON_NOUN_MEMO[key] = _person_noun_word(*key)
    return known


def _person_noun_word(lower: str, lemma: str) -> bool:
    nouns = _person_nouns()
    return (lemma.lower() in nouns or lower in nouns
            or any(s in nouns for s in singulars(lower))
            or american(lemma.lower()) in nouns)  # "organisers"


# the places of the one an act is done to: a direct object, a passive subject
PATIENT_DEPS = {"dobj", "nsubjpass"}


def person_by_class(token: Token) -> bool:
    """A lower-case common noun, the object or passive subject of its verb, whose first
    WordNet sense is a person by the noun classes (``noun_classes.tsv``), also those
    ``person_nouns.tsv`` leaves out for being adjectives too ("a mob attacked a mechanic",
    "gunmen kidnapped an academic", "police arrested a fugitive"): where the parser reads the
    word as the noun an act is done to, it names people. (Not as a subject: "conservatives
    rally", "garden-goers can learn" are as often a stray sense or a mis-tagged adjective.)"""
    return (token.pos_ == "NOUN" and token.text.islower() and token.dep_ in PATIENT_DEPS
            and token.ent_type_ not in {"GPE", "LOC", "FAC", "ORG"}
            and word_class(token) == "person")


def person_word(token: Token) -> bool:
    """A common noun for people whatever label the model gave it (a headline capitalises its
    nouns: "Farmer kidnapped", "Activist sentenced" read as names): a word of the victims'
    lexicon or a noun whose first WordNet sense is a person, by its lemma or lower-cased form;
    not a person's name ("Kowalczyk")."""
    if category_of(token) is not None:
        return True
    nouns, lower = _person_nouns(), token.lower_
    return (lower in nouns or token.lemma_.lower() in nouns
            or any(s in nouns for s in singulars(lower)))


def person_sector(token: Token) -> str | None:
    """The sector a person noun's victim category gives ("soldiers" MIL, "farmers" CVL)."""
    category = category_of(token)
    return CATEGORY_SECTOR.get(category or "")


# singular nouns for several people, referred to as "they" ("the pair ... they were arrested",
# "the couple said they"), never as "he/she"
COLLECTIVE = {"pair", "couple", "duo", "trio", "quartet", "gang", "group", "crew", "band",
              "family", "squad", "cell", "mob", "crowd", "posse", "ring"}


def _plural(token: Token) -> bool:
    return (token.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in token.children)
            or (token.pos_ == "NOUN" and token.lemma_.lower() in COLLECTIVE))


def disagrees(pronoun: Token, token: Token) -> bool:
    """Whether ``token`` clearly cannot be what ``pronoun`` stands for: "he/she" and a plural
    ("police arrested a man after he threatened ...") or a place ("Libya must hand over the
    suspects, the minister said as he left": not Libya), "they" and one person's name, "it"
    and a person ("the minister said it would ...": not the minister). (Not "he" and an
    organisation: the small model labels many surnames ORG.)"""
    word = pronoun.lower_
    if word in SINGULAR_PERSON:
        return _plural(token) or token.ent_type_ in PLACE_LABELS
    if word in PLURAL:
        return not _plural(token) and token.ent_type_ == "PERSON"
    if word in NEUTER:
        return token.ent_type_ == "PERSON" or (
            not _plural(token) and is_person(token) and token.lemma_.lower() not in BODIES)
    return False


# singular nouns for a body of people, which "it" stands for ("the army said it would
# withdraw", "the gang said it ..."): armed forces and their units, authorities, assemblies,
# parties and groups, firms and teams
BODIES = frozenset({
    "army", "navy", "military", "militia", "police", "force", "guard", "gendarmerie",
    "battalion", "brigade", "regiment", "division", "corps", "unit", "squad", "squadron",
    "platoon", "company", "command", "garrison", "fleet", "government", "regime", "junta",
    "administration", "ministry", "department", "agency", "authority", "service", "council",
    "committee", "commission", "cabinet", "court", "tribunal", "parliament", "congress",
    "senate", "assembly", "legislature", "party", "group", "gang", "cartel", "network",
    "movement", "front", "faction", "organisation", "organization", "alliance", "coalition",
    "union", "federation", "association", "club", "team", "firm", "crew", "staff", "board",
    "family", "tribe", "clan", "community", "church", "mosque", "school", "university",
    "office", "mission", "embassy", "consulate", "bureau", "secretariat", "delegation",
    "charity", "foundation", "institute", "diocese", "conference", "league", "confederation",
    "wing", "watchdog", "body"})


PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}


def agrees(pronoun: Token, token: Token, people: frozenset[str] = frozenset()) -> bool:
    """Whether ``token`` (a noun) can be what ``pronoun`` stands for: "he/she" a singular person
    ("Maria Lopez", "the officer"), "they" a plural or coordinated phrase, "it" a singular
    organisation or country."""
    word = pronoun.lower_
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if word in SINGULAR_PERSON:  # a person's name the model left unlabelled counts too, and
        # one it labelled otherwise here but a person elsewhere in the article (``people``)
        unlabelled = token.pos_ == "PROPN" and (not token.ent_type_ or token.text in people)
        return not _plural(token) and (is_person(token) or unlabelled)
    if word in PLURAL:
        return _plural(token)
    if word in NEUTER:  # "the ombudsman's office said ... It called on": a body unlabelled
        return not _plural(token) and (token.ent_type_ in {"ORG", "GPE", "NORP"} or (
            token.lemma_.lower() in BODIES)) and (
            not is_person(token) or token.lemma_.lower() in BODIES)  # "the army ... its drones"
    return False


def unknown_name(token: Token) -> bool:
    """A capitalised noun the model gave no entity label and that is no known word for people
    ("O'Connor" tagged as a common noun): it may be the antecedent, so no other can be sure."""
    return (token.pos_ in {"NOUN", "PROPN"} and not token.ent_type_ and token.text[:1].isupper()
            and not is_person(token))


def unlabelled_name(token: Token) -> bool:
    """A proper noun the model gave no entity label, in running text ("O'Connor was placed under
    arrest", "Kowalski was charged"): most often a person's or a group's name. Not in a headline
    or a line in title case (most words capitalised), nor a name inside a longer capitalised
    phrase it does not head."""
    if token.pos_ != "PROPN" or token.ent_type_ or not token.text[:1].isupper():
        return False
    if not any(c.isalpha() and c.islower() for c in token.text):
        return False  # all capitals: an acronym or a shouted word
    words = [t for t in token.sent if t.is_alpha and not t.is_stop]
    capitals = sum(t.text[:1].isupper() for t in words)
    return len(words) >= 4 and capitals * 2 < len(words)


# entity labels the model gives to unfamiliar surnames ("Jimenez" FAC, "Montalvo" GPE,
# "Castellanos" PRODUCT) that no doer of an act has as such
MISLABELS = {"GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}


def named_doer(token: Token) -> bool:
    """A proper noun that is the subject of an active verb, labelled as a place or a thing
    ("witnesses said Montalvo attacked the guard", "told investigators that Jimenez had
    plotted to kill him"): the name of whoever did it (a person, or a town's government),
    not a place where something happened. Not a name in capitals (an acronym, a headline)."""
    return (token.pos_ == "PROPN" and token.dep_ == "nsubj" and token.ent_type_ in MISLABELS
            and token.head.pos_ == "VERB" and token.text[:1].isupper()
            and any(c.islower() for c in token.text))


@lru_cache(maxsize=1)
def _coder():
    """country_code / capital_country from the countries module, or a pycountry fallback."""
    try:
        from sitrep.resources import countries

        return countries.country_code, getattr(countries, "capital_country", None)
    except ImportError:  # pragma: no cover - until the countries module lands
        import pycountry

        def code(text: str) -> str | None:
            try:
                return pycountry.countries.lookup(text.removeprefix("the ")).alpha_3
            except LookupError:
                return None

        return code, None


@lru_cache(maxsize=50_000)
def country_of(text: str) -> str | None:
    code, capital = _coder()
    text = text.strip()
    if not text:
        return None
    found = code(text)
    if found is None and capital is not None:
        found = capital(text)
    return found


def home_country(token: Token) -> str | None:
    """The country of a group by the place it is in or comes from ("thousands of people in
    Germany", "police in Kabul", "fighters from Chad"): a country or capital named by the object
    of "in/from" under the group's noun."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "from"}:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.ent_type_ == "GPE":
                words = [t for t in obj.subtree if t.ent_type_ == "GPE"]
                name = obj.doc[words[0].i: words[-1].i + 1].text
                found = country_of(name)
                if found:
                    return found
    return None


def pobjs(token: Token, preps: set[str], kids: list[Token] | None = None) -> list[Token]:
    """Objects of the prepositions ``preps`` under ``token`` (``kids``: its children, when
    listed already)."""
    out = []
    for child in token.children if kids is None else kids:
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in preps:
            out.extend(p for p in child.children if p.dep_ == "pobj")
    return out


def _first_conjunct(verb: Token) -> Token:
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def shared_patient(trigger: Token) -> tuple[Token, Token] | None:
    """(the subject, the first conjunct) of a passive verb joined to a clause whose subject it
    shares: "the driver fled but was arrested", "a woman appeared in court and was remanded in
    custody", "he was charged and remanded", "the man was questioned and then released": the
    subject underwent the act. The conjunct is passive by its own auxiliary ("was arrested"),
    or a bare participle joined to a passive ("was dragged from the van and arrested"); not a
    participle after an active perfect ("police have arrested and charged two men"), nor a
    clause the parser joined with no "and", "but" or "or" ("charged after a man was
    stabbed")."""
    if trigger.dep_ != "conj" or trigger.pos_ not in {"VERB", "AUX"}:
        return None
    kids = list(trigger.children)
    if any(c.dep_ in SUBJECTS | {"csubj", "expl"} for c in kids):
        return None
    first = _first_conjunct(trigger)
    if first.i == trigger.i or first.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(c.dep_ == "cc" and c.i < trigger.i for c in trigger.head.children):
        return None  # "charged after a man was stabbed" parsed as a conjunct: no "and"
    if not any(c.dep_ == "auxpass" for c in kids):
        if trigger.tag_ != "VBN" or any(c.dep_ == "aux" for c in kids):
            return None
        if not any(c.dep_ == "auxpass" for c in trigger.head.children):
            return None  # "was dragged from the van and arrested": the "was" covers both
    subject = next((c for c in first.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    return (subject, first) if subject is not None else None
