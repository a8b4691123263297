"""Background named again by a definite noun: "the shooting", "this attack", "his arrest" with no
date of its own, in an article that tells every happening of that type as background
elsewhere ("Dr. Slepian was killed in his kitchen by a sniper last fall. ... Kopp is being
sought as a material witness in the shooting", "The embassy bombings of Aug. 7 killed 224
people ... talks that were interrupted by the bombing"). The noun names the happening told
before (or after) as past, and takes its background: an inquiry, a trial, a lawsuit, a witness
or an anniversary is about an earlier happening, and the article reports it as news only where
it tells one of that type as current.

An act of that type the article tells as current keeps every definite noun of the type news:
a verb that is not background ("Police arrested a man on Monday ... after the arrest"), or a
noun dated in its own phrase ("the attack on Monday", "launched the attack on Monday"). An
indefinite noun ("a shooting") is a happening of its own, never a reference. Without a background mention of the type, nothing
changes (a charge "in the shooting" of an otherwise untold shooting stays the story's).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.events.when.dated import clause_head, clause_text
from sitrep.records import Event

REFERRING = {"the", "this", "that", "these", "those"}
OWN_ROLES = {"nsubj", "nsubjpass", "dobj", "attr"}
# verbs that say their subject or object took place (lemmas): its date is the noun's
OCCURRENCE_VERBS = {"happen", "occur", "take", "hold", "be", "carry", "conduct", "make", "stage",
                    "launch", "mount", "begin", "start", "resume", "commit", "unleash", "wage",
                    "perform", "undertake", "see", "witness", "record", "continue", "end"}
NOUNS = {"NOUN", "PROPN"}
NOT_DONE = {"historical", "future", "hypothetical", "negated"}


def definite(token: Token) -> bool:
    """A noun with a definite or demonstrative determiner or a possessor, its own or, as the
    first part of a compound, its head's ("the car bombing", "the embassy bombing")."""
    if token.pos_ not in NOUNS:
        return False
    if token.dep_ == "compound" and token.head.pos_ in NOUNS:
        token = token.head
    return any((c.dep_ == "det" and c.lower_ in REFERRING) or c.dep_ == "poss"
               for c in token.children) or _known_plural(token)


TARGET_PREPS = {"on", "against", "of", "at", "in", "into"}


def _known_plural(token: Token) -> bool:
    """A bare plural named in a phrase, whose own target is definite: "victims of terrorist
    attacks on the U.S. embassies", "an inquiry into bombings of the two churches", "survivors
    of shootings at the school" name known happenings as "the attacks" would; not a verb's own
    object ("rebels launched attacks on the capital") nor a target of no known identity
    ("victims of attacks on villages")."""
    if token.tag_ != "NNS" or any(c.dep_ in {"det", "poss"} for c in token.children):
        return False
    if token.dep_ != "pobj":
        return False
    return any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS and any(
        g.dep_ == "pobj" and any(d.dep_ in {"det", "poss"} and (d.dep_ == "poss" or
                                                                 d.lower_ in REFERRING)
                                 for d in g.children) for g in c.children)
        for c in token.children)


def own_date(event: Event, token: Token) -> bool:
    """The event's date lies in its trigger's own phrase ("the attack on Monday"), or in the
    clause of a verb of occurrence the noun is the subject or object of ("launched the attack
    on Monday", "the talks were held on Monday"); not in a clause that only names it ("met on
    Wednesday to finish talks interrupted by the bombing", "heard an appeal against the arrest
    on Monday", "defended the expulsion on Tuesday")."""
    when = event.when
    if when is None or not when.text:
        return False
    if when.text in " ".join(t.text for t in token.subtree):
        return True
    node = token
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    verb = clause_head(token)
    return node.head.i == verb.i and node.dep_ in OWN_ROLES and \
        verb.lemma_.lower() in OCCURRENCE_VERBS and when.text in clause_text(token, verb)


def _current(event: Event, token: Token | None) -> bool:
    """An act the article tells as the news: done, not background, and told by a verb, an
    indefinite noun or a noun dated in its own phrase or by its verb of occurrence."""
    if set(event.modes) & NOT_DONE:
        return False
    return token is None or token.pos_ not in NOUNS or not definite(token) or \
        own_date(event, token)


def mark_referred(events: list[Event], trigger_of: Callable[[Event], Token | None]) -> None:
    """Flag as background (in place) the undated definite nouns of a type whose only told
    happenings in the article are background, told so in another sentence (the module's
    docstring)."""
    past: dict[str, set[int]] = {}  # type -> the sentences (their start) that tell it as past
    for e in events:
        if e.historical:
            past.setdefault(e.plover_type, set()).add(e.evidence.start)
    if not past:
        return
    tokens = [trigger_of(e) for e in events]
    current = {e.plover_type for e, t in zip(events, tokens, strict=True) if _current(e, t)}
    for event, token in zip(events, tokens, strict=True):
        if event.plover_type in current or token is None or \
                not past.get(event.plover_type, set()) - {event.evidence.start}:
            continue  # a background act of its sentence is the likening's ("the ambush
            # recalled the attack on a convoy"), not a reference
        if not set(event.modes) & NOT_DONE and definite(token) and not own_date(event, token):
            event.modes.insert(0, "historical")
            event.when = None  # the day of the clause that governs it is not its own
