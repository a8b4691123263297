"""A past act told in an earlier stage of a person's life is a recollection, background with no
date of its own (``history.stages``): "as a young officer he led raids", "when he was
governor, he jailed critics", "in his days as mayor", "in her youth", "when she was 12". A time
clause of a situation ("when he was a passenger in a car", "when he was at home"), a role that
may be today's ("as mayor, she signed", "during her time as governor") and a young doer of the
story ("the young officer led a raid") stay news."""

from __future__ import annotations

import pytest

from samples import check_background

PUBLISHED = "2021-10-20"

EARLIER = [
    ("As a young officer, he led raids on rebel camps in the north.", "raids"),
    ("When he was governor, he jailed dozens of critics.", "jailed"),
    ("In his days as mayor, police arrested hundreds of protesters.", "arrested"),
    ("In his youth he fought with the rebels against the army.", "fought"),
    ("As a teenager, she marched against the junta.", "marched"),
    ("When she was 12, soldiers burned her village.", "burned"),
    ("During his time as a young lieutenant, he shelled the town.", "shelled"),
    ("While he was mayor of the city, he banned all rallies.", "banned"),
    ("In her student days, she protested against the war.", "protested"),
    ("He was beaten by police when he was a student in Cairo.", "beaten"),
    ("During her childhood, militias attacked the family farm twice.", "attacked"),
    ("When they were children, soldiers expelled their families from the valley.",
     "expelled"),
]
NEWS = [
    ("Gunmen shot him when he was a passenger in a car.", "shot"),
    ("He was shot when he was leaving the mosque.", "shot"),
    ("As mayor, she signed an agreement with the union.", "agreement"),
    ("Police arrested the suspect when he was at home.", "arrested"),
    ("The young officer led a raid on the camp.", "raid"),
    ("During her time as governor, she signed a truce with the rebels.", "signed"),
    ("Troops fired on the crowd while he was a guest at the hotel.", "fired"),
    ("As a result, troops attacked the village.", "attacked"),
    ("When the governor arrived, protesters marched on the palace.", "marched"),
    ("A teenager was stabbed outside the school, police said.", "stabbed"),
]



@pytest.mark.parametrize("text,trigger,background",
                         [(t, g, True) for t, g in EARLIER] + [(t, g, False) for t, g in NEWS])
def test_an_act_of_an_earlier_stage_of_life_is_background(pipeline, text: str, trigger: str,
                                                          background: bool) -> None:
    check_background(text, trigger, background, PUBLISHED)
