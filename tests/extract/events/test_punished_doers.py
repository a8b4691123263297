"""The one convicted, arrested or charged for an act did it (issue 15, round 2: "Amir is
serving a life sentence for the assassination of Rabin" gave the assassination no actor): the
object or passive subject of a verb of the trigger lexicon that convicts, arrests or charges
("jailed", "arrested", "detained", "convicted", "blamed"), or the subject of the verb whose
object is such a noun ("serving a sentence for"), is the actor of the act named after "for".
And what an attack is made on, a building or a thing, is its recipient ("the attack on the
mosque"). Read with the real model on made-up sentences. Neighbours: an act the verb's own
subject did ("the army arrested the protesters during the attack on the base") keeps its
reading; praise for an act is no punishment."""

from __future__ import annotations

import pytest

from samples import PARTICIPANT_FIELDS, check_participants, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
PUNISHED = [
    ("Police arrested two men for the attack on the mosque.", "attack", ["men"], ["mosque"],
     ["Police"], []),
    ("The farmer was detained for the assault on a tax collector.", "assault", ["farmer"],
     ["collector"], [], []),
    ("Amir is serving a life sentence for the 1995 assassination of Rabin.", "assassination",
     ["Amir"], [], [], []),
    ("Police detained three youths for the attack on a bus driver.", "attack", ["youths"],
     ["driver"], ["Police"], []),
    ("Two soldiers were arrested for the assault on a journalist.", "assault", ["soldiers"], [],
     [], []),
    ("A former guard is serving a prison sentence for the 2019 killing of an inmate.", "killing",
     ["guard"], ["inmate"], [], []),
    ("Police arrested a teenager for the attack on a synagogue.", "attack", ["teenager"],
     ["synagogue"], ["Police"], []),
    ("The student was detained for the assault on his teacher.", "assault", ["student"],
     ["teacher"], [], []),
    ("Five men were arrested for the ambush on a convoy last week.", "ambush", ["men"], [], [],
     []),
    ("Officers arrested the driver for the attack on a cyclist.", "attack", ["driver"],
     ["cyclist"], ["Officers"], []),
    ("The militia leader was convicted for the 2014 massacre of villagers.", "massacre",
     ["leader"], ["villagers"], [], []),
    ("The woman was arrested for the stabbing of her husband on Friday.", "stabbing", ["woman"],
     ["husband"], [], []),
    ("Police arrested three men for the bombing of the church in March.", "bombing", ["men"],
     [], ["Police"], []),
    ("Police blamed the rebels for the attack on the mosque.", "attack", ["rebels"], ["mosque"],
     ["Police"], []),
]

KEPT = [
    ("The army arrested the protesters during the attack on the base.", "attack", ["army"],
     [], ["protesters"], []),
    ("Rebels attacked the soldiers near the border.", "attacked", ["Rebels"], ["soldiers"], [],
     []),
    ("Police arrested two men after an attack on a shop.", "arrested", ["Police"], ["men"], [],
     []),
]


@pytest.mark.parametrize(PARTICIPANT_FIELDS, participant_cases(PUNISHED, KEPT))
def test_the_one_punished_for_an_act_did_it(
    events_of,
    text: str,
    trigger: str,
    actors: list[str],
    recipients: list[str],
    not_actors: list[str],
    not_recipients: list[str],
) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors, not_recipients)
