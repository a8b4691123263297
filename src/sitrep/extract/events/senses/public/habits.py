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


def class_habit(token: Token, has_date: bool = False, headline: bool = False) -> bool:
    """A bare plural doer in the present simple, or an act in the complement of a verb of
    reputation in the present (see the module's docstring)."""
    if has_date or headline or token.pos_ not in VERB_POS:
        return False
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
