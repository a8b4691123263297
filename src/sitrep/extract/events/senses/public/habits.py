"""What kinds of people usually do, not what someone did:

- **a bare plural doer in the present simple**: "critics complain that the government is
  overreaching", "smugglers pay the rebels for protection", "gangs demand payments from
  shopkeepers", "convoys refuse to stop at checkpoints": a class of people or things (a
  plural common noun with no determiner, number or possessor, and no name) doing something in
  the present simple, with no date, tells a habit or a view, whatever the type (``eventhood._timeless`` covers the
  physical types with any subject; speech acts of a named or definite doer stay: "the report
  criticizes", "Amnesty accuses");
- **a reputation**: "the Zetas are known to threaten journalists", "the gang is said to extort
  shopkeepers", "the militia tends to attack at night": an act in the complement of a verb of
  reputation or tendency in the present.

- **vague voices**: "some Kenyans have complained that rescuers gave priority to Americans",
  "many residents criticize the council", "most farmers have opposed the plan": a vague part
  of a class of people (some, many, most, several, few; no number, no name) voicing a view in
  the present or the present perfect, with no date, is public sentiment, no act of a party
  ("some 200 residents protested on Monday", "several lawmakers accused the minister on
  Tuesday" stay).

- **a reputation told by an agentless accusation** (``reputed_accusation``): "armed groups
  have been accused of extorting farmers", "prison guards are accused of selling phones";
- **a deed one is known for** (``reputed_deed``): the act named in the "of"/"for" complement
  of a reputation ("a gang known for kidnapping tourists", "the militia, notorious for
  torturing prisoners") or of a verb told as a habit ("is often accused of abusing migrants",
  "have long been criticised for beating suspects", "is frequently blamed for attacks on
  police"): what a doer does by habit, not one happening ("criticised on Monday for beating
  a suspect", "known for the massacre of 1995" stay);
- **a stance held over time** (``held_stance``): a speech act (accusing, rejecting, asking,
  backing, threatening) in the present perfect or the present with an adverb of repetition or
  of a long time and no date ("has repeatedly denied using torture", "have long called for
  his release", "has consistently dismissed the reports"): a position restated, not one
  statement ("denied on Monday", "has denied", "repeatedly denied the claims at Tuesday's
  hearing" stay);
- **a habit told by coordination** (``habit_conjunct``): a present-simple verb sharing the
  plural subject of another, one of them acting on a kind ("the gangs kidnap businessmen and
  demand ransoms", "extort farmers and threaten those who refuse").

A headline keeps its present ("Gangs Attack Bus").
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
PRESENT = {"VBZ", "VBP"}
# verbs of reputation or tendency whose complement is a habit (lemmas)
REPUTED = {"know", "say", "believe", "think", "reckon", "rumour", "rumor", "report", "tend",
           "use", "reputed", "famous", "notorious", "wont", "accustom", "prone", "likely"}


# those who act for a state, a court, an armed group or a movement: in news, a bare plural of
# them ("prosecutors allege", "officials say", "rebels accuse the army", "protesters demand")
# is the ones of the story, not a class (lemmas)
AUTHORITIES = {
    "prosecutor", "official", "authority", "police", "policeman", "officer", "investigator",
    "detective", "agent", "lawmaker", "legislator", "senator", "congressman", "deputy", "mp",
    "minister", "diplomat", "leader", "commander", "general", "soldier", "troop", "force",
    "rebel", "insurgent", "militant", "guerrilla", "fighter", "judge", "court", "regulator",
    "inspector", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "negotiator",
    "mediator", "monitor", "observer", "peacekeeper", "lawyer", "attorney", "protester",
    "protestor", "demonstrator", "striker", "union", "activist", "campaigner", "organizer",
    "organiser", "party", "government", "state", "ministry", "agency", "army", "military",
    "navy", "coalition", "ally", "delegate", "delegation", "representative", "governor",
    "mayor", "councillor", "councilor", "president", "premier"}


def _present_simple(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in PRESENT:
        return not auxes or all(a.lemma_.lower() == "do" and a.tag_ in PRESENT for a in auxes)
    return verb.tag_ == "VB" and not auxes and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _bare_plural(noun: Token) -> bool:
    """A class of people: "critics", "smugglers" (no determiner, number, possessor or name; no
    authority either: "prosecutors allege" are the ones of the story)."""
    if noun.tag_ != "NNS" or noun.ent_type_ or noun.lemma_.lower() in AUTHORITIES:
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "quantmod", "predet"} or c.like_num
                   or c.pos_ == "PROPN" or c.ent_type_ for c in noun.children)


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "pay the rebels and demand ..."
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


# determiners of a vague part of a class
VAGUE = {"some", "many", "most", "several", "few", "numerous", "various", "countless"}
# the types of a voice: views spoken, asked or refused
VOICES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "APPEAL", "DISAPPROVE"}


def _vague_part(noun: Token) -> bool:
    """ "Some Kenyans", "many residents" (not "some 200 residents", not "many officials")."""
    if noun.tag_ not in {"NNS", "NNPS"} or noun.lemma_.lower() in AUTHORITIES:
        return False
    kids = list(noun.children)
    if any(c.like_num or c.dep_ in {"nummod", "quantmod", "poss"} for c in kids):
        return False
    return any(c.dep_ in {"det", "amod"} and c.lower_ in VAGUE for c in kids)


def vague_voices(token: Token, plover: str, has_date: bool = False,
                 headline: bool = False) -> bool:
    """A vague part of a class voicing a view, with no date (see the module's docstring)."""
    if has_date or headline or plover not in VOICES or token.pos_ not in VERB_POS:
        return False
    auxes = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    perfect = token.tag_ == "VBN" and any(a.lemma_.lower() == "have" and a.tag_ in PRESENT
                                          for a in auxes)
    if not (perfect or _present_simple(token)):
        return False
    subject = _subject(token)
    return subject is not None and _vague_part(subject)


# pronouns of anyone of a kind ("kill those who refuse", "threaten anyone who resists")
ANY_ONE = {"those", "anyone", "anybody", "whoever", "everyone", "everybody"}


def _kind_of_object(verb: Token) -> bool:
    """An object that names a kind, not someone: a bare plural ("extort farmers", "kidnap
    businessmen", "demand ransoms") or anyone of a kind ("those who refuse")."""
    return any(c.dep_ in {"dobj", "dative"} and (
        (c.tag_ == "NNS" and not c.ent_type_ and not any(
            g.dep_ in {"det", "poss", "nummod", "quantmod", "predet"} or g.like_num
            for g in c.children)) or c.lower_ in ANY_ONE) for c in verb.children)


def habit_conjunct(token: Token, has_date: bool = False, headline: bool = False) -> bool:
    """A verb in the present simple coordinated with another that shares its plural subject,
    where one of them acts on a kind of people or things: "the gangs kidnap businessmen and
    demand ransoms", "criminal groups extort farmers and threaten those who refuse",
    "soldiers beat prisoners and deny them food": what a class does, not one happening ("the
    gang kidnapped a businessman and demanded a ransom" stays)."""
    if has_date or headline or token.pos_ not in VERB_POS or token.dep_ != "conj" or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in token.children):
        return False
    if token.tag_ not in PRESENT | {"VB"}:
        return False
    head = token.head
    if head.dep_ == "dobj" and head.pos_ == "NOUN":
        head = head.head  # "kidnap businessmen and demand ransoms" (parsed onto the object)
    if head.dep_ == "ROOT" and head.tag_ == "NNS":
        # "Gangs in the capital ... and kill those who refuse" (parsed onto the subject)
        return _plural_kind(head) and _kind_of_object(token)
    if head.pos_ not in VERB_POS or not _present_simple(head):
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return _plural_kind(subject) and (_kind_of_object(head) or _kind_of_object(token))


def _plural_kind(subject: Token | None) -> bool:
    """A plural common noun with no number or name: "the gangs", "criminal groups"."""
    return not (subject is None or subject.tag_ != "NNS" or subject.ent_type_ or any(
        c.dep_ in {"nummod", "quantmod"} or c.like_num for c in subject.children))


# verbs of accusing whose agentless passive tells a reputation ("have been accused of")
ACCUSING = {"accuse", "suspect", "blame", "criticize", "criticise", "condemn", "denounce",
            "fault", "implicate", "link", "tie"}
DEMONSTRATIVES = {"this", "that", "these", "those"}


def reputed_accusation(token: Token, plover: str, has_date: bool = False,
                       headline: bool = False) -> bool:
    """A class of doers accused, with no accuser and no date, in the present or the present
    perfect passive: "armed groups in the region have been accused of extorting farmers",
    "prison guards are accused of selling phones": a reputation, no one's accusation ("the two
    men are accused of killing a shopkeeper", "the militias were accused by the UN on
    Tuesday", "Farinas is accused of" stay)."""
    if plover != "ACCUSE" or has_date or headline or token.tag_ != "VBN" or \
            token.lemma_.lower() not in ACCUSING:
        return False
    kids = list(token.children)
    passive = [c for c in kids if c.dep_ == "auxpass"]
    if not passive or any(c.dep_ == "agent" for c in kids):
        return False
    tensed = [c for c in kids if c.dep_ in {"aux", "auxpass"} and c.tag_ in PRESENT | {"MD"}]
    if not tensed or any(c.tag_ == "MD" for c in tensed):
        return False  # "were accused" tells one accusation; "could be accused" a modal
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.tag_ == "NNS" and not subject.ent_type_ and not any(
        c.dep_ in {"nummod", "quantmod"} or c.like_num or c.lower_ in DEMONSTRATIVES
        for c in subject.children)


def class_habit(token: Token, has_date: bool = False, headline: bool = False) -> bool:
    """A bare plural doer in the present simple, or an act in the complement of a verb of
    reputation in the present (see the module's docstring)."""
    if reputed_deed(token, has_date, headline):
        return True  # "a gang known for kidnapping tourists", "often accused of abusing"
    if has_date or headline or token.pos_ not in VERB_POS:
        return False
    if habit_conjunct(token):
        return True  # "the gangs kidnap businessmen and demand ransoms"
    verb = token
    if token.dep_ == "xcomp" and token.head.pos_ in VERB_POS | {"ADJ"}:
        head = token.head
        if head.lemma_.lower() in REPUTED and (
                _present_simple(head) or any(c.dep_ in {"auxpass", "cop"} and c.tag_ in PRESENT
                                             for c in head.children)):
            return True  # "are known to threaten", "tends to attack"
        verb = head  # "smugglers refuse to pay": the habit is the head's
    if not _present_simple(verb):
        return False
    subject = _subject(verb)
    return subject is not None and _bare_plural(subject)


# words of a reputation whose "for" complement is a habit (lemmas; "known for", "notorious for")
REPUTATION = {"know", "notorious", "infamous", "famous", "renowned", "noted", "reputed",
              "feared", "legendary", "celebrated", "remembered"}
# adverbs of frequency or of a long time on the verb that governs the complement
HABIT_ADVERBS = {"often", "usually", "frequently", "always", "generally", "typically",
                 "sometimes", "regularly", "routinely", "commonly", "repeatedly", "habitually",
                 "constantly", "continually", "persistently", "systematically", "long"}
DEFINITE_ONE = {"the", "this", "that", "its", "their", "his", "her", "our", "my", "your"}


def _complement_preposition(token: Token) -> Token | None:
    """The "of" or "for" whose complement names the act of ``token``: a gerund ("for
    kidnapping tourists"), the gerund the parser read as a modifier of its object ("of
    abusing migrants": abusing as amod of migrants) or a plural event noun ("for attacks on
    police"); a conjunct shares the preposition of the first."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pcomp":
        prep = node.head
    elif node.dep_ == "amod" and node.tag_ == "VBG" and node.head.dep_ == "pobj" and             node.i == node.head.head.i + 1:
        prep = node.head.head
    elif node.dep_ == "pobj" and node.pos_ == "NOUN":
        if node.tag_ != "NNS" or any(c.dep_ == "nummod" or c.like_num for c in node.children):
            return None  # "known for the massacre", "blamed for two attacks": particular acts
        prep = node.head
    else:
        return None
    return prep if prep.dep_ == "prep" and prep.lower_ in {"of", "for"} else None


def _habitual(governor: Token) -> bool:
    """A reputation word ("known", "notorious") or a verb qualified as a habit ("often
    accused", "have long been criticised"; "long" only in the perfect or the present)."""
    if governor.lemma_.lower() in REPUTATION or governor.lower_ in REPUTATION:
        return governor.pos_ == "ADJ" or governor.tag_ == "VBN"
    if governor.pos_ not in VERB_POS:
        return False
    adverbs = {c.lower_ for c in governor.children if c.dep_ == "advmod"}
    if adverbs & (HABIT_ADVERBS - {"long"}):
        return True
    return "long" in adverbs and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and
                                     c.tag_ in PRESENT for c in governor.children)


def reputed_deed(token: Token, has_date: bool = False, headline: bool = False) -> bool:
    """The act a doer is known for or habitually blamed for, with no date (see the module's
    docstring): "a group known for kidnapping tourists", "is often accused of abusing
    migrants"."""
    if has_date or headline:
        return False
    prep = _complement_preposition(token)
    return prep is not None and prep.head.i != prep.i and _habitual(prep.head)


# the types of a statement that a party may restate for years (its position)
STANCE_TYPES = {"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"}
# adverbs of repetition or of a long time on such a statement
STANCE_ADVERBS = HABIT_ADVERBS | {"consistently", "steadfastly", "continuously", "invariably"}


def held_stance(token: Token, plover: str, has_date: bool = False,
                headline: bool = False) -> bool:
    """A position restated over time (see the module's docstring): "has repeatedly denied",
    "have long called for", "has consistently dismissed"."""
    if plover not in STANCE_TYPES or has_date or headline or token.pos_ not in VERB_POS:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in STANCE_ADVERBS for c in token.children):
        return False
    return token.tag_ in PRESENT or any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                        and c.tag_ in PRESENT for c in token.children)
