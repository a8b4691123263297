"""The one a noun of accusation or report says did the act of its "that" clause is the
recipient of the ACCUSE ("accusations that the army shelled the town": the army; "investigated
claims that rebels attacked a convoy": the rebels) (issue 15 item 6, objects of accusations),
read with the real model on made-up sentences; one it happened to ("allegations that detainees
were beaten") and the speaker of a relative clause ("the accusations that the lawyer made")
are not."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The minister denied accusations that his ministry had misused public funds.",
     "accusations", [], ["ministry"], [], []),
    ("Amnesty investigated allegations that police tortured detainees.", "investigated",
     ["Amnesty"], ["police"], [], ["detainees"]),
    ("Prosecutors filed charges that the mayor took bribes.", "charges", ["Prosecutors"],
     ["mayor"], [], []),
    ("Rebels made accusations that government troops burned homes.", "accusations", ["Rebels"],
     ["troops"], [], []),
    ("Human rights groups repeated their accusation that the militia recruited children.",
     "accusation", [], ["militia"], [], ["children"]),
    ("The UN is investigating claims that rebels attacked a convoy.", "investigating", ["UN"],
     ["rebels"], [], []),
    ("Opposition leaders voiced accusations that the governor rigged the vote.", "accusations",
     ["leaders"], ["governor"], [], []),
    ("Residents made accusations that soldiers looted shops.", "accusations", ["Residents"],
     ["soldiers"], [], []),
    ("Investigators are investigating claims that the gang bribed officials.", "investigating",
     ["Investigators"], ["gang"], [], ["officials"]),
    ("The ombudsman is investigating reports that prison guards beat inmates.",
     "investigating", [], ["guards"], [], ["inmates"]),
    ("Journalists published accusations that the general ordered the killings.", "accusations",
     ["Journalists"], ["general"], [], []),
]

KEPT = [
    ("Residents made accusations that detainees were beaten.", "accusations", [], [], [],
     ["detainees"]),
    ("The accusations that the lawyer made were dismissed.", "accusations", [], [], [],
     ["lawyer"]),
    ("Police are investigating allegations of abuse.", "investigating", ["Police"], [], [],
     ["Police"]),
    ("Prosecutors filed charges against the mayor.", "charges", ["Prosecutors"], ["mayor"], [],
     []),
    ("The minister denied accusations that he had been bribed.", "accusations", [], [], [],
     ["minister"]),
    ("Rebels made accusations that villagers were killed.", "accusations", ["Rebels"], [], [],
     ["villagers"]),
    ("The UN is investigating claims that aid was stolen.", "investigating", ["UN"], [], [],
     ["aid"]),
    ("The accusations that police released on Monday were dismissed.", "accusations", [], [],
     [], ["police"]),
    ("Residents made accusations that shops were looted.", "accusations", ["Residents"], [], [],
     ["shops"]),
    ("The ombudsman is investigating reports that inmates were beaten.", "investigating", [],
     [], [], ["inmates"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_the_one_an_accusation_says_acted_is_its_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
