"""A passive that states the subject's own stance or part ("X is opposed to Y", "X were
engaged in ethnic cleansing", "X were involved in the shooting") has the subject as actor, not
as recipient (issue 15 items 4-5: participants; a wire sentence "Israel is opposed to French
mediation" made Israel the one opposed), read with the real model on made-up sentences. Real
passives with a "by" agent ("the plan was opposed by the opposition", "the rebels were
attacked by the army") keep their subject as what underwent the act."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Israel is opposed to French mediation in the talks.", "opposed", ["Israel"], [], [],
     ["Israel"]),
    ("The government is opposed to the deployment of foreign troops.", "opposed",
     ["government"], [], [], ["government"]),
    ("The rebels are opposed to any ceasefire.", "opposed", ["rebels"], [], [], ["rebels"]),
    ("Serb forces were engaged in ethnic cleansing against the Albanian population.",
     "cleansing", ["Serb forces"], ["Albanian population"], [], []),
    ("Militia fighters were engaged in attacks on villages.", "attacks", ["Militia fighters"],
     [], [], []),
    ("Two soldiers were involved in the shooting of a protester.", "shooting", ["soldiers"],
     ["protester"], [], []),
    ("Soldiers were involved in the kidnapping of two tourists.", "kidnapping",
     ["Soldiers"], ["tourists"], [], []),
    ("The opposition is opposed to the president's plan.", "opposed", ["opposition"],
     ["president"], [], ["opposition"]),
    ("Egypt is opposed to the blockade of Qatar.", "opposed", ["Egypt"], [], [], ["Egypt"]),
    ("Police officers were involved in the killing of the journalist.", "killing",
     ["officers"], ["journalist"], [], []),
]

KEPT = [
    ("The plan was opposed by the opposition.", "opposed", ["opposition"], [], [], []),
    ("The ceasefire was opposed by rebels in the north.", "opposed", ["rebels"], [], [], []),
    ("The prisoner was beaten by guards.", "beaten", ["guards"], ["prisoner"], ["prisoner"],
     []),
    ("The rebels were attacked by the army.", "attacked", ["army"], ["rebels"], ["rebels"],
     []),
    ("Two soldiers were killed in the attack.", "killed", [], ["soldiers"], ["soldiers"], []),
    ("The town was shelled on Monday.", "shelled", [], [], ["town"], []),
    ("The deal was rejected by parliament.", "rejected", ["parliament"], [], [], []),
    ("The protesters were arrested by police.", "arrested", ["police"], ["protesters"],
     ["protesters"], []),
    ("Villagers hid in a cave during the attack.", "attack", [], [], ["Villagers"], []),
    ("The journalist was killed by soldiers.", "killed", ["soldiers"], ["journalist"],
     ["journalist"], []),
    ("Kenya is opposed to the sanctions on Somalia.", "opposed", ["Kenya"], [], [],
     ["Kenya"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_passive_of_stance_has_its_subject_as_actor(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
