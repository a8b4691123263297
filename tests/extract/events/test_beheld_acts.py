"""The subject of a verb of perceiving, telling of, remembering or feeling about an act is none
of its doers ("Residents decried the attack": the residents did not attack; "Witnesses recalled
the stabbing", "Reporters covered the protest") (a speaker made the actor of the attack spoken
of: "residents ... decried the attack", "people expressed outrage at the shooting" fused into
the shooting's incident as its doers): a noun trigger that is the object of a verb of
``clauses.BEHOLDING`` takes no actor from that verb's subject. Read with the real model on
made-up sentences. Neighbours: those who carry out, launch, join or open an act keep it, and so does one who
records it (a doer may film his own act)."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Residents decried the attack on the mosque.", "attack", [], [], ["Residents"], []),
    ("Villagers mourned the massacre on Sunday.", "massacre", [], [], ["Villagers"], []),
    ("The bishop lamented the bombing of the church.", "bombing", [], ["church"], ["bishop"],
     []),
    ("Neighbors described the shooting as terrifying.", "shooting", [], [], ["Neighbors"], []),
    ("Witnesses recalled the stabbing in vivid detail.", "stabbing", [], [], ["Witnesses"], []),
    ("Students remembered the attack at a vigil.", "attack", [], [], ["Students"], []),
    ("Reporters covered the protest outside the court.", "protest", [], [], ["Reporters"], []),
    ("Survivors recounted the ambush on the convoy.", "ambush", [], [], ["Survivors"], []),
    ("Residents witnessed the shooting from their windows.", "shooting", [], [], ["Residents"],
     []),
    ("The pastor deplored the killings in the village.", "killings", [], [], ["pastor"], []),
    ("Relatives commemorated the bombing with a march of silence.", "bombing", [], [],
     ["Relatives"], []),
    ("Shopkeepers documented the riot in detail.", "riot", [], [], ["Shopkeepers"], []),
    ("A neighbour heard the shooting late at night.", "shooting", [], [], ["neighbour"], []),
    ("Two tourists survived the attack on the hotel.", "attack", [], [], ["tourists"], []),
]

KEPT = [
    ("Rebels carried out the attack on the base.", "attack", ["Rebels"], [], [], []),
    ("Militants launched an assault on the town.", "assault", ["Militants"], [], [], []),
    ("Workers joined the strike on Monday.", "strike", ["Workers"], [], [], []),
    ("Gunmen opened fire on the crowd.", "fire", ["Gunmen"], ["crowd"], [], []),
    ("The group claimed the bombing of the embassy.", "bombing", ["group"], [], [], []),
    ("The suspect filmed the assaults with a hidden camera.", "assaults", ["suspect"], [], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_who_beholds_an_act_does_not_do_it(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
