"""The noun a present participle trigger describes is its actor ("demonstrators protesting the
results", "soldiers looting shops", "villagers accusing the army"), issue 15 items 4-5
(participants: named participants left out), read with the real model on made-up sentences.
A noun that names no party gets none ("a letter protesting the ban", "a campaign protesting the
tax"), and participles that are not triggers leave the main verb's roles as they were
("soldiers guarding the border shot two smugglers")."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Police used tear gas to disperse demonstrators protesting the election results.",
     "protesting", ["demonstrators"], [], [], []),
    ("Police arrested dozens of students protesting the new law.", "protesting",
     ["students"], [], [], []),
    ("Farmers blocking the highway clashed with police.", "blocking", ["Farmers"], [], [], []),
    ("Police arrested protesters blocking the road to the airport.", "blocking",
     ["protesters"], [], [], []),
    ("Thousands of workers demanding higher wages marched to the parliament.", "demanding",
     ["workers"], [], [], []),
    ("Activists calling for the release of political prisoners were detained on Monday.",
     "calling for", ["Activists"], [], [], []),
    ("Villagers accusing the army of abuses gathered outside the base.", "accusing",
     ["Villagers"], ["army"], [], []),
    ("Lawmakers condemning the attack met the prime minister.", "condemning", ["Lawmakers"],
     [], [], []),
    ("Soldiers looting shops were arrested by military police.", "looting", ["Soldiers"], [],
     [], []),
    ("Police detained residents rioting over water shortages.", "rioting", ["residents"], [],
     [], []),
    ("Diplomats urging a ceasefire arrived in the capital.", "urging", ["Diplomats"], [], [],
     []),
    ("Officers investigating the case arrested a suspect.", "investigating", ["Officers"], [],
     [], []),
]

KEPT = [
    ("A letter protesting the ban was sent to the ministry.", "protesting", [], [],
     ["letter"], []),
    ("A campaign protesting the tax gathered thousands of signatures.", "protesting", [], [],
     ["campaign"], []),
    ("Police arrested a man carrying a knife.", "arrested", ["Police"], ["man"], ["man"], []),
    ("Protesters carrying banners marched through the city.", "marched", ["Protesters"], [],
     [], []),
    ("The army said troops were shelling the town.", "shelling", ["troops"], [], ["army"],
     []),
    ("Rebels were attacking the town on Monday.", "attacking", ["Rebels"], [], [], []),
    ("Gunmen firing from a car killed a police officer.", "killed", ["Gunmen"],
     ["police officer"], [], []),
    ("Soldiers guarding the border shot two smugglers.", "shot", ["Soldiers"], ["smugglers"],
     [], []),
    ("Troops searching the village detained three men.", "detained", ["Troops"], ["men"], [],
     []),
    ("Police fired tear gas at crowds gathering outside the court.", "fired", ["Police"],
     ["crowds"], ["crowds"], []),
    ("Residents fleeing the fighting were attacked by militiamen.", "attacked",
     ["militiamen"], ["Residents"], ["Residents"], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_the_noun_a_present_participle_describes_does_the_act(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
