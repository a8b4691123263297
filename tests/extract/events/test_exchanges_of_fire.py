"""The other side of an exchange of fire is the actor of what its victims suffered ("a gunman
was killed in a shootout with police": police; "died in a confrontation with troops": troops),
and shootouts, gunfights, firefights and gun battles are ASSAULTs whose sides are both actors
(issue 15 item 6: participants of "with"; misses: "exchanged fire with troops"); read with the
real model on made-up sentences. A verb with its own object keeps its subject ("police killed a
gunman in a shootout"), and "with" under other nouns names no side ("an attack with
explosives")."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Eight people were killed in a confrontation with soldiers in the north.", "killed",
     ["soldiers"], ["people"], ["people"], []),
    ("A gunman was killed in a shootout with police on Sunday.", "killed", ["police"],
     ["gunman"], ["gunman"], []),
    ("Four officers were wounded in a gunfight with gang members.", "wounded",
     ["gang members"], ["officers"], ["officers"], []),
    ("Two soldiers died in a firefight with rebels near the border.", "firefight",
     ["soldiers", "rebels"], [], [], []),
    ("Three smugglers were killed in a gunbattle with border guards.", "killed",
     ["border guards"], ["smugglers"], ["smugglers"], []),
    ("A police officer was injured in a shootout with robbers at the bank.", "injured",
     ["robbers"], ["officer"], ["officer"], []),
    ("The shootout between police and the gang lasted an hour.", "shootout",
     ["police", "gang"], [], [], []),
    ("Two militants were killed in a confrontation with troops near the village.", "killed",
     ["troops"], ["militants"], ["militants"], []),
    ("A firefight broke out between soldiers and smugglers at the border.", "firefight",
     ["soldiers", "smugglers"], [], [], []),
    ("Protesters were arrested in a confrontation with police.", "arrested", ["police"],
     ["Protesters"], ["Protesters"], []),
]

KEPT = [
    ("Police killed a gunman in a shootout on Sunday.", "killed", ["Police"], ["gunman"],
     ["gunman"], []),
    ("A gunman was killed by police on Sunday.", "killed", ["police"], ["gunman"], ["gunman"],
     []),
    ("A soldier was killed in an attack with explosives near the base.", "killed", [],
     ["soldier"], ["explosives", "soldier"], []),
    ("A journalist was killed in a confrontation in the capital.", "killed", [],
     ["journalist"], ["journalist", "capital"], []),
    ("Police detained a man in a confrontation with protesters.", "detained", ["Police"],
     ["man"], ["protesters"], []),
    ("A soldier was wounded in an ambush with heavy weapons.", "wounded", [], ["soldier"],
     ["weapons", "soldier"], []),
    ("A man was killed in a shootout on Sunday.", "killed", [], ["man"], ["man"], []),
    ("The soldiers traded fire with the rebels.", "traded", ["soldiers", "rebels"], [], [], []),
    ("Five rebels were killed in fighting with the army.", "killed", ["army"], ["rebels"],
     ["rebels"], []),
    ("Police clashed with protesters outside parliament.", "clashed", ["Police", "protesters"],
     [], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_the_other_side_of_an_exchange_of_fire_is_an_actor(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
