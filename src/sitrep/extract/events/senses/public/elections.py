"""Elections and words said, read as violence:

- **an electoral contest**: "she beat her Republican rival by 300 votes", "defeated the
  incumbent in the primary", "crushed the opposition in the runoff", "voters rejected the tax
  measure": a vote won or lost is no ASSAULT, and a ballot measure backed or turned down by
  voters no REJECT or SUPPORT. The frame is read from the clause: a margin of votes or points
  ("by 300 votes"), an electoral contest as its setting ("in the election", "in Tuesday's
  primary", "at the polls"), a candidate, rival or incumbent as the one beaten, or voters (or a
  contest as the setting: "residents rejected the levy at the polls") as the doer;
- **an attack in words**: "the candidate attacked his opponent's record in a debate", "slammed
  the plan in a statement", "lashed out at critics on Twitter": a violence word told with a
  medium of speech is criticism (ACCUSE, disapprove), not an assault.

The families of words are listed whole (inflections come through the lemma).
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
# violence words that also tell an electoral win (lemmas)
BEATING = {"beat", "defeat", "crush", "trounce", "rout", "oust", "unseat", "topple", "edge",
           "hammer", "thrash", "overwhelm", "vanquish", "best", "outpoll", "knock", "sweep",
           "destroy", "annihilate", "demolish", "wallop", "clobber", "drub", "overpower"}
# contests at the polls (lemmas)
CONTESTS = {"election", "primary", "runoff", "run-off", "race", "poll", "ballot", "vote",
            "caucus", "contest", "referendum", "by-election", "byelection", "midterm",
            "midterms", "plebiscite", "nomination", "recall", "reelection", "re-election"}
# margins of a vote (lemmas)
MARGINS = {"vote", "ballot", "point", "percent", "%", "margin", "seat", "delegate", "landslide"}
# those beaten at the polls (lemmas)
CANDIDATES = {"incumbent", "rival", "challenger", "opponent", "candidate", "nominee",
              "contender", "runner-up", "frontrunner", "front-runner", "ticket", "slate"}
# contests of the public at large (a vote or a ballot may be one of a union's members, whose
# rejection of an offer is news): "at the polls", "in Tuesday's election" (lemmas)
PUBLIC_CONTESTS = {"election", "primary", "runoff", "run-off", "poll", "referendum",
                   "plebiscite", "midterm", "midterms", "by-election", "byelection", "box"}
# measures put to the public on a ballot (lemmas; no "proposal": one put to members stays)
BALLOT_MEASURES = {"measure", "proposition", "initiative", "levy", "bond", "amendment",
                   "referendum"}
VOTERS = {"voter", "electorate", "elector", "constituent", "delegate"}
MEASURES = {"measure", "proposition", "initiative", "referendum", "levy", "bond", "amendment",
            "proposal", "question", "ballot"}
# violence words used of words (lemmas)
VERBAL_VIOLENCE = {"attack", "slam", "blast", "hit", "lash", "savage", "hammer", "rip",
                   "assail", "strike", "fire", "lambast", "lambaste", "bash", "pummel", "batter",
                   "skewer", "target", "punch", "tear"}
# media of speech (lemmas)
MEDIA = {"debate", "speech", "statement", "interview", "tweet", "post", "op-ed", "column",
         "letter", "conference", "briefing", "ad", "advert", "advertisement", "commercial",
         "editorial", "blog", "podcast", "broadcast", "address", "remark", "comment", "rally",
         "twitter", "facebook", "television", "tv", "radio", "video", "memo", "essay",
         "article", "book", "report", "sermon", "message", "email", "e-mail", "newsletter",
         "x", "instagram", "youtube", "tiktok", "website", "blogpost", "statements"}


def _clause_words(token: Token) -> set[str]:
    return {t.lemma_.lower() for c in token.children
            if c.dep_ in {"prep", "npadvmod", "advmod", "dobj", "nsubj", "nsubjpass", "agent"}
            for t in c.subtree}


def _setting_words(token: Token) -> set[str]:
    """The words of the phrases that set a clause ("at the polls", "in Tuesday's election"),
    not of its object ("rejected the referendum")."""
    return {t.lemma_.lower() for c in token.children if c.dep_ in {"prep", "npadvmod"}
            for t in c.subtree}


def _objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]


def electoral(token: Token, plover: str) -> bool:
    """A vote won or lost, or a ballot measure backed or turned down by voters."""
    if token.pos_ not in VERB_POS:
        return False
    lemma = token.lemma_.lower()
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if plover in {"REJECT", "SUPPORT", "AGREE"}:
        # "voters rejected the tax measure", "residents rejected the levy at the polls"
        if any(s.lemma_.lower() in VOTERS for s in subjects):
            return any(o.lemma_.lower() in MEASURES for o in _objects(token))
        return bool(_setting_words(token) & PUBLIC_CONTESTS) and any(
            o.lemma_.lower() in BALLOT_MEASURES for o in _objects(token))
    if plover != "ASSAULT" or lemma not in BEATING:
        return False
    words = _clause_words(token)
    if words & CONTESTS:
        return True  # "in the election", "in Tuesday's primary"
    if any(c.dep_ == "prep" and c.lower_ == "by" and any(
            t.lemma_.lower() in MARGINS for t in c.subtree) for c in token.children):
        return True  # "by 300 votes", "by 12 points"
    return any(o.lemma_.lower() in CANDIDATES or any(
        g.dep_ in {"amod", "compound"} and g.lemma_.lower() in CANDIDATES for g in o.children)
        for o in _objects(token))


def attack_in_words(token: Token, plover: str) -> bool:
    """A violence word told with a medium of speech ("attacked his record in a debate",
    "slammed the plan in a statement"): criticism."""
    if plover != "ASSAULT" or token.pos_ not in VERB_POS or \
            token.lemma_.lower() not in VERBAL_VIOLENCE:
        return False
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ not in {"in", "on", "through", "via"}:
            continue  # ("during a speech", "at a rally": where a blow may be struck)
        if any(g.dep_ == "pobj" and g.lemma_.lower() in MEDIA and g.ent_type_ not in
               {"GPE", "LOC", "FAC"} and not _formation(g, prep) for g in prep.children):
            return True
    return False


# media words that also name a formation of troops or vehicles on the move (lemmas)
FORMATIONS = {"column"}


def _formation(noun: Token, prep: Token) -> bool:
    """A column fired on ("fired on a rebel column", "struck an armoured column"), not one
    written ("attacked the plan in his column"): a medium only after "in" or with a
    possessor."""
    return noun.lemma_.lower() in FORMATIONS and prep.lower_ != "in" and not any(
        c.dep_ == "poss" for c in noun.children)
