"""Acts named as what someone reacts to: "the governor condemned the ambush", "the envoy was
appalled by the massacre", "detectives are looking into the stabbing", "denounced what she
called a cowardly attack", "the ambush shows that the rebels can strike the roads". The sentence reports the reaction (an ACCUSE, an inquiry); the act
it names is the one the article told before, not a new one. ``corefer.fuse`` joins such a
mention to the nearest earlier event of its type whatever the place and the doers it was given
(they are the reaction's: the speaker, the place of the statement), and lends the earlier event
nothing; where the article tells no earlier act of its type, the mention stays (it is then the
article's only report of the act).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.events.mentions.people import REFERRING_DETERMINERS
from sitrep.records import Event

# verbs and participles of reacting to an act: condemning, mourning, being shocked by it,
# looking into it (lemmas; the model lemmatises some participles to themselves)
REACTING = {"condemn", "denounce", "deplore", "decry", "criticise", "criticize", "slam",
            "blast", "lament", "mourn", "regret", "investigate", "probe", "examine", "review",
            "look", "outrage", "outraged", "shock", "shocked", "horrify", "horrified",
            "sadden", "saddened", "appal", "appall", "appalled", "anger", "angered", "dismay",
            "dismayed", "sicken", "sickened", "disturb", "disturbed", "stun", "stunned",
            "grieve", "blame", "welcome", "hail", "applaud", "praise", "protest", "deny",
            "react", "respond", "probing", "investigating", "condemnation",
            "investigation", "inquiry", "enquiry", "outcry",
            # a claim of responsibility names the attack told before ("the Houthis claimed the
            # attack", "claimed responsibility for the bombing")
            "claim", "claimed", "responsibility"}
# concern and dismay ("said it was concerned by the arrest", "upset by the raids"), comment
# ("has not commented on the strike") and opposition ("rejected the suspension", "challenged
# the seizure"): reactions to an act told before only when they name it by a bare reference
# ("the suspension", not "the suspension of Radio Kaduna", which may be another)
REFERRING = {"concern", "concerned", "worry", "worried", "alarm", "alarmed", "trouble",
             "troubled", "upset", "distress", "distressed", "disappoint", "disappointed",
             "surprise", "surprised", "astonish", "astonished", "disgust", "disgusted",
             "frustrate", "frustrated", "angry", "furious", "indignant", "comment", "remark",
             "reject", "oppose", "challenge", "contest", "dispute"}
# verbs that name an act told before for what the speaker takes it to be ("called the
# expulsion a provocation", "described the bombing as an act of desperation")
CHARACTERISING = {"call", "describe", "term", "brand", "label", "characterise", "characterize",
                  "dub", "portray", "denounce", "condemn", "see", "view", "regard"}
# the prepositions that join a reaction to what it reacts to ("outraged by", "looking into",
# "anger over", "blamed the rebels for", "responsibility for", "reacted to")
REACTION_PREPOSITIONS = {"by", "at", "over", "into", "about", "for", "to", "of", "on"}
NOUNS = {"NOUN", "PROPN"}
# verbs whose subject is an act told before, named for what it means or where it stands ("the
# bombing shows that the rebels can strike the cities", "the attack comes after a warning")
SIGNIFYING = {"show", "mark", "underline", "underscore", "highlight", "demonstrate", "prove",
              "reveal", "signal", "suggest", "indicate", "expose", "illustrate", "raise",
              "follow", "come", "deal", "cast", "spark", "prompt", "trigger", "draw"}


COPULAS = {"be", "become", "feel", "seem", "appear", "remain", "get"}
# the pronouns that stand for an act told before when a speaker says what it was ("this was a
# brutal assault", "it had been a massacre", "called it a terrorist attack")
STANDING_FOR = {"this", "that", "it", "these", "those"}


def _reacting(word: Token, bare: bool = False) -> bool:
    """A word of reacting, or a copula whose complement is one ("was outraged by"); ``bare``:
    the act is named by a bare reference, which words of concern, comment and opposition also
    react to."""
    words = REACTING | REFERRING if bare else REACTING
    if word.lemma_.lower() in COPULAS:
        return any(c.dep_ == "acomp" and _reacting(c, bare) for c in word.children)
    return word.lemma_.lower() in words or word.lower_ in words


def _definite(noun: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS) or c.dep_ == "poss"
               for c in noun.children)


def _called(noun: Token) -> bool:
    """ "condemned what he called a barbaric attack": the noun names the object of the
    reaction in the reactor's words."""
    call = noun.head
    if noun.dep_ != "oprd" or call.lemma_.lower() not in {"call", "describe", "term", "brand"}:
        return False
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in call.children):
        return False
    return call.dep_ in {"ccomp", "dobj", "pobj"} and _reacting(call.head)


def _characterised(noun: Token) -> bool:
    """ "called the expulsion a provocation", "described the bombing as an act of
    desperation": the definite object of a verb of naming, with what it is named."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in CHARACTERISING:
        return False
    return any(c.dep_ in {"oprd", "xcomp"} or (c.dep_ == "prep" and c.lower_ == "as") or (
        c.dep_ == "dobj" and c.i > noun.i) for c in verb.children)  # ("branded the
    # expulsion a provocation", parsed with two objects)


def _predicated(noun: Token) -> bool:
    """ "this was a brutal assault", "it had been a deliberate bombardment", "called it a
    terrorist attack": the act noun is what a pronoun standing for an act told before is said
    to be (the complement of a copula or of a verb of naming); a characterisation, no new act
    (not "there was an attack", whose subject is no pronoun)."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in COPULAS:
        role = "nsubj"
    elif noun.dep_ == "oprd" and head.lemma_.lower() in CHARACTERISING:
        role = "dobj"
    else:
        return False
    return any(c.dep_ == role and c.lower_ in STANDING_FOR for c in head.children)


def reaction_object(token: Token | None) -> bool:
    """The act noun ``token`` is what a reaction is about: the definite object of a verb of
    reacting ("condemned the bombing", "rejected the suspension") or of naming ("called the
    expulsion a provocation"), its definite object after a preposition ("outraged by
    the killings", "concerned by the arrest", "declined to comment on the ambush", "blamed the
    rebels for the attack"), the
    reactor's name for it ("condemned what he called a barbaric attack"), or the definite
    subject of a verb of what it means or brings ("the bombing shows that", "the attack
    sparked outrage")."""
    if token is None or token.pos_ not in NOUNS:
        return False
    if token.dep_ == "compound" and token.head.pos_ in NOUNS:
        token = token.head  # "the bomb attack"
    if _called(token) or _predicated(token):
        return True
    if not _definite(token):
        return False
    bare = not any(c.dep_ in {"prep", "acl", "relcl", "compound", "amod"}
                   for c in token.children)  # "the suspension", not "of Radio Kaduna"
    if token.dep_ == "dobj":
        return _reacting(token.head, bare) or (bare and _characterised(token))
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in SIGNIFYING:
        return True  # "the bombing shows that ...", "the attack sparked outrage"
    if token.dep_ == "pobj" and token.head.lower_ in REACTION_PREPOSITIONS:
        governor = token.head.head
        return governor.i != token.head.i and _reacting(governor, bare)
    return False


def own_targets(event: Event, token: Token | None, at: Callable[[int], Token | None]) -> Event:
    """``event`` with only the recipients its trigger's own phrase names ("the arrest of Mensah"):
    the others of a reaction's sentence are the reaction's ("concerned by the arrest and urged
    the authorities to free him": the authorities are urged, not arrested). ``at``: the token at
    a character offset of the article."""
    if token is None:
        return event
    own = [r for r in event.recipients if (word := at(r.evidence.start)) is not None
           and token.left_edge.i <= word.i <= token.right_edge.i and word.doc is token.doc]
    return dataclasses.replace(event, recipients=own) if len(own) < len(event.recipients) \
        else event
