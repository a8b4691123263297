"""An attack's outcome told after the attack, in the passive, with no doer of its own ("Gunmen
attacked a bar on Friday. Four people were killed, police said."; "Drones struck a market.
A monastery and a school were destroyed."): the toll or the damage of the attack told before,
not a second attack (``events.corefer`` fuses it into the nearest earlier compatible attack).
A toll told as one more ("another six soldiers were killed", "also", "in a separate attack"),
with a doer ("killed by police"), with named victims ("John Okafor was killed": the named-later
rules decide), or at another place or day (``corefer``'s compatibility) stays apart."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.mentions.agreement import agree, plural
from sitrep.extract.events.mentions.people import told_as_more, unnamed
from sitrep.records import Event

# the verbs of what an attack did to its victims or their things, in the passive
OUTCOME_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim", "shoot", "stab",
                           "destroy", "damage", "burn", "murder", "slay"})
VERBS = {"VERB", "AUX"}
NOUNS = {"NOUN", "PROPN"}
# the nouns of a hurt someone has, not of an act ("a gunshot wound", "stab wounds", "injuries")
WOUNDS = frozenset({"wound", "injury"})


def passive_outcome(token: Token | None) -> bool:
    """A verb of an outcome told in the passive without an agent ("were killed", "a woman who
    was shot in the leg", "houses destroyed in the raid")."""
    if token is None or token.pos_ not in VERBS or token.lemma_.lower() not in OUTCOME_VERBS:
        return False
    deps = {c.dep_ for c in token.children}
    if "agent" in deps:
        return False
    return bool(deps & {"auxpass", "nsubjpass"}) or (
        token.dep_ in {"acl", "relcl"} and token.tag_ == "VBN")


def wound_told(token: Token | None) -> bool:
    """A trigger that is a wound someone has ("found a man with a gunshot wound", "suffered
    stab wounds", "treated for gunshot injuries"): the outcome of a violent act, not an act."""
    if token is None or token.pos_ not in NOUNS:
        return False
    if token.dep_ == "compound" and token.head.pos_ in NOUNS:
        token = token.head  # "gunshot" of "gunshot wound"
    return token.lemma_.lower() in WOUNDS


def toll_told_later(event: Event, token: Token | None) -> bool:
    """An attack told only by its outcome: a passive outcome verb or a wound, no doer, victims
    or things not named with proper names, not told as one more, not a running total."""
    return (event.plover_type == "ASSAULT" and not event.actors
            and (passive_outcome(token) or wound_told(token))
            and unnamed(event) and not told_as_more(event) and not running_total(token))


def toll_of(earlier: Event, token: Token | None, later: Event) -> bool:
    """Whether a toll told later (``toll_told_later``) may be the outcome of the ``earlier``
    event (``token``: its trigger): an act told with more than its outcome, or a toll whose
    victims the later one tells again (``its_victims_told``)."""
    return not toll_told_later(earlier, token) or its_victims_told(earlier, later)


def its_victims_told(earlier: Event, later: Event) -> bool:
    """The later toll tells the victims of an earlier toll again, one by one or by a pronoun:
    "Two men were shot outside a bar ... They found a 24-year-old man with a gunshot wound and
    a 27-year-old man who had been shot in the abdomen" (each one of the two men), "A woman was
    shot ... Officers found her with a gunshot wound" (the same woman). A later group is no
    part of an earlier single person ("A man was stabbed ... Two men were stabbed"), nor is
    someone of another sex ("Two women were shot ... A man had been shot")."""
    if not earlier.recipients or not later.recipients:
        return False
    spans = {(a.evidence.start, a.evidence.end) for a in earlier.recipients}
    if all((a.evidence.start, a.evidence.end) in spans for a in later.recipients):
        return True  # a pronoun read as the person told before
    return (any(plural(a) for a in earlier.recipients)
            and not any(plural(a) for a in later.recipients)
            and agree(earlier.recipients, later.recipients))


def running_total(token: Token | None) -> bool:
    """The outcome is counted over a period ("40 soldiers had been killed since January",
    "have been killed so far", "killed to date", "killed this year"): a cumulative toll, which
    stays a claim of its own, not the toll of the attack told before."""
    if token is None:
        return False
    for child in token.children:
        words = {t.lower_ for t in child.subtree}
        if child.dep_ == "prep" and child.lower_ in {"since", "throughout"}:
            return True
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since"
                                         for c in child.children):
            return True  # "since the siege began"
        if {"so", "far"} <= words or {"to", "date"} <= words:
            return True
        if child.dep_ == "npadvmod" and words & {"this", "last"} and words & {"year", "month"}:
            return True
    return False
