"""The one a bare participle after a verb of finding, report or leaving says underwent the act
is its recipient ("Nine rebels were found shot dead", "two guards were reported killed", "police
found two men shot dead", "the explosion left three people wounded": ``targets.
small_clause_patient``), and the dead named by a noun of remains are, not their bodies ("the
bodies of four men were found with gunshot wounds": ``nouns.remains_of``), read with the real
model on made-up sentences. Neither the finder nor the reporter did the act; an infinitive
("were reported to have killed") keeps its doer."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Nine rebels were found shot dead near the river.", "shot", [], ["rebels"], [], []),
    ("Two guards were reported killed in the attack.", "killed", [], ["guards"], [], []),
    ("Six miners were believed killed in the blast.", "killed", [], ["miners"], [], []),
    ("Five villagers were found beaten to death.", "beaten", [], ["villagers"], [], []),
    ("Four police officers were reported wounded in the clash.", "wounded", [], ["officers"],
     [], []),
    ("Dozens of protesters were reported injured.", "injured", [], ["protesters"], [], []),
    ("The bodies of four men were found with gunshot wounds in a ditch.", "wounds", [], ["men"],
     [], ["bodies"]),
    ("The bodies of two journalists were found with stab wounds.", "wounds", [],
     ["journalists"], [], ["bodies"]),
    ("The bodies of three farmers bearing gunshot wounds were recovered.", "wounds", [],
     ["farmers"], [], ["bodies"]),
    ("Police found two men shot dead in a car.", "shot", [], ["men"], ["men", "Police"], []),
    # one event since session 35: the toll the explosion "left" is the explosion's
    ("The explosion left three people wounded.", "explosion", [], ["people"], [], []),
    ("Two hikers were discovered stabbed near the trail.", "stabbed", [], ["hikers"], [], []),
    ("Three teenagers were seen beaten by the guards.", "beaten", ["guards"], ["teenagers"], [],
     []),
]

KEPT = [
    ("Twelve fighters were said to have been killed in the raid.", "killed", [], ["fighters"],
     [], []),
    ("The gunmen were reported to have killed four guards.", "killed", ["gunmen"], ["guards"],
     [], ["gunmen"]),
    ("The rebels were believed to have attacked the convoy.", "attacked", ["rebels"],
     ["convoy"], [], ["rebels"]),
    ("The blast wounded three people.", "wounded", [], ["people"], [], []),
    ("Gunmen killed three people at a market.", "killed", ["Gunmen"], ["people"], [], []),
    ("Two men were stabbed outside a bar.", "stabbed", [], ["men"], [], []),
    ("Police arrested two men found with stolen phones.", "arrested", ["Police"], ["men"], [],
     []),
    ("Soldiers shot the man dead at a checkpoint.", "shot", ["Soldiers"], ["man"], [], []),
]

# a past the tagger takes for a participle under "said" is active when it has an object of its
# own: its subject did the act (session 44)
ACTIVE = [
    ("Armed bandits kidnapped at least 20 pupils from a school on Tuesday, police said.",
     "kidnapped", ["bandits"], ["pupils"], [], ["bandits"]),
    ("Masked men abducted two nurses from a clinic on Monday, officials said.", "abducted",
     ["men"], ["nurses"], [], ["men"]),
    ("Militants kidnapped three teachers near the school, the ministry said.", "kidnapped",
     ["Militants"], ["teachers"], [], ["Militants"]),
    ("Two guards were reported killed in the attack, police said.", "killed", [], ["guards"],
     [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_the_one_found_or_reported_harmed_is_the_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)


@pytest.mark.parametrize("case", participant_cases(ACTIVE, []))
def test_a_past_with_an_object_under_said_keeps_its_doer(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
