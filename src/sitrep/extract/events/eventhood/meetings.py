"""A body's own meeting: CONSULT needs a counterpart distinct from the actor. A meeting or a
session named by one body ("a party meeting", "the council's session", "a cabinet meeting") or
told as the setting of one body's business ("the city council approved budget changes during a
meeting Wednesday", "he spoke after a board meeting") is the body's routine, not a consultation
between parties. A meeting with someone ("a meeting with the governor", "a session between the
two delegations"), of several named parties ("an EU-Israel meeting", "a meeting of the two
leaders"), or held by several actors ("the leaders agreed at a meeting in Paris") stays.
"""

from __future__ import annotations

from spacy.tokens import Token

# nouns of a meeting that may be one body's own
MEETING_NOUNS = {"meeting", "session", "sitting", "retreat", "huddle", "caucus", "plenary"}
# nouns of one body, whose meeting is its own business
BODIES = {"party", "council", "board", "cabinet", "committee", "subcommittee", "staff", "caucus",
          "faculty", "team", "club", "family", "company", "school", "department", "ministry",
          "commission", "senate", "assembly", "parliament", "congress", "legislature",
          "government", "administration", "city", "town", "village", "county", "union",
          "management", "executive", "bureau", "panel", "jury", "church", "parish",
          "congregation", "directors", "trustees", "selectmen", "aldermen", "commissioners",
          "supervisors", "district", "budget", "planning", "zoning", "finance", "leadership",
          "politburo", "presidium", "secretariat", "chamber", "house", "group", "firm",
          "corporation", "association", "society", "league", "federation", "synod",
          "conclave", "convention", "shareholder", "shareholders", "member", "members"}
# prepositions of a counterpart or of the parties of a meeting
COUNTERPART_PREPS = {"with", "between", "among", "amongst", "of", "involving"}
# prepositions that make a meeting the setting of an act ("during a meeting", "after a meeting")
SETTING_PREPS = {"during", "at", "after", "before", "following", "in", "ahead"}
MULTI_ADJECTIVES = {"bilateral", "trilateral", "multilateral", "joint", "international",
                    "regional", "summit", "interministerial", "intergovernmental", "tripartite",
                    "bipartisan", "cross-party"}


def _has_counterpart(noun: Token) -> bool:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in COUNTERPART_PREPS:
            return True
        if child.dep_ in {"conj", "appos"}:
            return True
        if child.dep_ in {"amod", "compound"} and (
                child.lower_ in MULTI_ADJECTIVES or child.ent_type_ in {"GPE", "NORP", "PERSON"}
                or "-" in child.text):
            return True
    return False


def _single(subject: Token | None) -> bool:
    """A subject that names one body ("City Council", "the board"), not several actors."""
    if subject is None or subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in {
            "they", "we", "both"}:
        return False
    return not any(c.dep_ == "conj" for c in subject.children)


def own_meeting(token: Token, plover: str) -> bool:
    """A meeting that is one body's own business (see the module's docstring)."""
    if plover != "CONSULT" or token.pos_ != "NOUN" or token.lemma_.lower() not in MEETING_NOUNS \
            or _has_counterpart(token):
        return False
    if any(c.dep_ in {"compound", "poss", "amod"} and c.lemma_.lower() in BODIES
           for c in token.children):
        return True  # "a party meeting", "the council's session"
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS or prep.head.pos_ not in {
            "VERB", "AUX"}:
        return False
    verb = prep.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return _single(subject) and subject is not None and subject.pos_ in {"NOUN", "PROPN"} and (
        subject.lemma_.lower() in BODIES or subject.ent_type_ == "ORG")


# verbs of holding a meeting, whose object is the meeting ("host talks", "hold a meeting")
HOLDING = {"host", "hold", "convene", "organise", "organize", "arrange", "call", "stage"}
# nouns of talks and meetings held between parties (lemmas)
TALKS = {"talk", "talks", "meeting", "summit", "negotiation", "dialogue", "conference",
         "consultation", "session"}
# verbs that offer a meeting, which is their content, not a meeting told (lemmas; the offer is
# an AGREE of its own; not "invite", whose invitation is a CONSULT, nor a request, whose asked
# act is a hypothetical of its own: test_asked_content.py)
OFFERING = {"offer", "volunteer"}


def meeting_offered(token: Token, plover: str) -> bool:
    """Talks or a meeting that a party offers to host or asks another to hold ("Saudi Arabia
    offered to host talks", "asked the Security Council to hold an emergency meeting", "urged
    the government to convene a dialogue"): the offer (AGREE) or the request (REQUEST) is the event; the meeting is
    its content, no CONSULT of its own. Talks held ("hosted talks on Sunday"), announced ("will
    hold talks next week") or a party ready to meet another ("was ready to meet union leaders")
    stay, and so do talks a party is invited to hold (the invitation is a CONSULT)."""
    if plover != "CONSULT":
        return False
    noun = token
    if token.lemma_.lower() in HOLDING:  # the trigger "host talks" read from its verb
        noun = next((c for c in token.children if c.dep_ == "dobj"), token)
    if noun.lemma_.lower() not in TALKS and noun.lower_ not in TALKS:
        return False
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in HOLDING:
        return False
    # "offered to host talks"; "offered on Monday to hold talks" (parsed as an adverbial)
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
    return infinitive and verb.head.lemma_.lower() in OFFERING
