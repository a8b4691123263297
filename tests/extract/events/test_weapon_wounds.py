"""Wounds told by their weapon are the attack that gave them (issue 16 item 6, issue 15 misses):
"found dead with a gunshot wound", "died of gunshot wounds", "suffered a stab wound" tell an
ASSAULT (firearms, or a blade) whose recipient is whoever bears the wound and whose doer the
verb does not name ("police said", "police found the body" are no attackers). A wound told as
self-inflicted or accidental is no attack; wounds without a weapon ("a knee injury", "old war
wounds", "a wound to his pride") are none either. Sentences made up for these tests, read with
the real model."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases, plover_types

WOUNDS = [
    "A man was found dead with a gunshot wound to the head in a car early Sunday, police said.",
    "A woman died of a gunshot wound at a hospital on Saturday night.",
    "A 17-year-old boy suffered a gunshot wound to the leg on Tuesday night.",
    "Police found the body of a man with multiple gunshot wounds behind a store on Friday.",
    "The victim had several stab wounds to the chest, the coroner said.",
    "Two men were treated for gunshot wounds at the county hospital on Sunday.",
    "The guard sustained a bullet wound to his arm during the robbery.",
    "A teenager was taken to hospital with knife wounds after a fight on Saturday.",
    "The farmer died from machete wounds on Monday, officials said.",
    "A soldier received shrapnel wounds in the shelling on Sunday.",
    "The cab driver suffered a gunshot injury to the neck on Friday night.",
    "An officer is recovering from stab injuries sustained on Thursday.",
]
NOT_ATTACKS = [
    "He died of a self-inflicted gunshot wound, police said.",
    "The hunter suffered an accidental gunshot wound while cleaning his rifle.",
    "The player is out for a month with a knee injury.",
    "The veteran still suffers from old war wounds.",
    "The defeat was a wound to his pride.",
    "She suffered a back injury in a fall at home.",
    "The striker has a hamstring injury and will miss the match.",
    "He died of an unintentional gunshot wound at a hunting camp.",
    "The wound healed within a week, the doctor said.",
    "The farmer was treated for a head injury after falling from a ladder.",
]

# (text, trigger, actors, recipients, not actors, not recipients)
BEARERS = [
    ("A man was found dead with a gunshot wound in a car early Sunday, police said.", "wound",
     [], ["man"], ["police"], []),
    ("Police found the body of a man with multiple gunshot wounds behind a store.", "wound",
     [], ["man"], ["Police"], []),
    ("A woman died of a gunshot wound at a hospital on Saturday night.", "wound", [],
     ["woman"], ["woman"], []),
    ("A teenager suffered a stab wound to the back outside a school.", "wound", [],
     ["teenager"], ["teenager"], []),
    ("Two men were treated for gunshot wounds at the county hospital.", "wound", [], ["men"],
     ["men"], []),
    ("The guard sustained a bullet wound to his arm during the robbery.", "wound", [],
     ["guard"], ["guard"], []),
    ("Doctors treated the man for two gunshot wounds.", "wound", [], ["man"],
     ["Doctors", "man"], []),
    ("A woman was rushed to hospital with knife wounds on Monday.", "wound", [],
     ["woman"], ["woman"], []),
    ("A soldier received shrapnel wounds in the border village.", "wound", [], ["soldier"],
     ["soldier"], []),
    ("Medics treated a boy with a gunshot wound to the shoulder.", "wound", [], ["boy"],
     ["Medics", "boy"], []),
]
# near neighbours: an attack told by its verb keeps its doer and its victim
KEPT = [
    ("Gunmen shot a man in the head early Sunday.", "shot", ["Gunmen"], ["man"], [], []),
    ("A robber stabbed the guard in the arm.", "stabbed", ["robber"], ["guard"], [], []),
    ("Police shot a suspect in the leg on Friday.", "shot", ["Police"], ["suspect"], [], []),
    ("Militants wounded two soldiers with shrapnel.", "wounded", ["Militants"], ["soldiers"],
     [], []),
    ("An attacker with a knife wounded a teenager outside a school.", "wounded", ["attacker"],
     ["teenager"], [], []),
    ("Rebels shot dead a farmer on Monday.", "shot", ["Rebels"], ["farmer"], [], []),
    ("A sniper wounded a boy near the market.", "wounded", ["sniper"], ["boy"], [], []),
    ("The gang stabbed a shopkeeper on Monday.", "stabbed", ["gang"], ["shopkeeper"], [], []),
    ("A gunman shot a man twice on Tuesday.", "shot", ["gunman"], ["man"], [], []),
    ("Troops shot a protester in the border village.", "shot", ["Troops"], ["protester"], [],
     []),
]


@pytest.mark.parametrize("text", WOUNDS)
def test_a_wound_told_by_its_weapon_is_an_assault(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)


@pytest.mark.parametrize("text", NOT_ATTACKS)
def test_self_inflicted_accidental_and_weaponless_wounds_are_no_assault(pipeline,
                                                                         text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("case", participant_cases(BEARERS, KEPT))
def test_whoever_bears_the_wound_is_its_recipient_and_no_doer_is_read(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
