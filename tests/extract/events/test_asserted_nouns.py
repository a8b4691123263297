"""Acts a speaker only asserts, named by a noun (events/eventhood.py, ``_embedded``): "alleged
that officials worked out an agreement", "claimed that the army carried out a massacre",
"insisted that the deal had US support": the accusation or the claim is the speaker's act;
the agreement, the massacre, the support are not reported as fact. A noun the clause
presupposes ("alleged that the massacre was ordered by the minister"), the reporter's neutral
attribution ("police said the gunman opened fire") and a noun the accusation is about
("accused the rebels of the attack") stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

ASSERTED = [
    ("He has alleged that officials worked out an agreement with the cartel.", "AGREE"),
    ("The opposition alleged that the army had carried out a massacre in the village.",
     "ASSAULT"),
    ("The ministry insisted that the deal had American support.", "SUPPORT"),
    ("Residents alleged that soldiers had committed a massacre in the hamlet.", "ASSAULT"),
    ("The governor alleged that the gangs had signed a truce with the police.", "AGREE"),
    ("The senator insisted that the rebels had received military aid from abroad.", "AID"),
    ("The rebels alleged that the government had signed an accord with the militias.", "AGREE"),
    ("The party asserted that the mayor had received support from the cartel.", "SUPPORT"),
    ("The union alleged that the company had reached an agreement with the police.", "AGREE"),
    ("The newspaper alleged that the minister had ordered a raid on the offices.", "ASSAULT"),
]
REPORTED = [
    ("The opposition alleged that the massacre was ordered by the defence minister.",
     "ASSAULT"),
    ("Police said the gunman opened fire on the crowd.", "ASSAULT"),
    ("The ministry accused the rebels of the attack on the convoy.", "ACCUSE"),
    ("The rebels claimed responsibility for the bombing on Monday.", "ASSAULT"),
    ("Officials said the two sides signed an agreement on Friday.", "AGREE"),
    ("The opposition alleged fraud in the vote on Sunday.", "ACCUSE"),
    ("The army said its troops had carried out a raid on the camp.", "ASSAULT"),
    ("Witnesses said soldiers staged an ambush near the river.", "ASSAULT"),
    ("The governor condemned the massacre in the village.", "ACCUSE"),
    ("The governor alleged that the gangs had signed a truce with the police.", "ACCUSE"),
]
# a verb in the clause of "insist" or "assert" is told, not only asserted: a demand ("must"),
# a denial, an act the speaker reports
INSISTED_ACTS = [
    ("The envoy insisted that the rebels must release the hostages.", "REQUEST"),
    ("Ankara asserted that Damascus must withdraw its troops from the border.", "REQUEST"),
    ("The union insisted that the company must negotiate with the workers.", "REQUEST"),
    ("The premier asserted that the two sides met in Geneva on Tuesday.", "CONSULT"),
    ("The minister insisted that the government must free the detained journalists.",
     "REQUEST"),
    ("Rebels insisted that the army must stop shelling the villages.", "REQUEST"),
    ("The bishop insisted that both sides must meet for talks.", "REQUEST"),
    ("The EU asserted that Belgrade must arrest the suspects.", "REQUEST"),
    ("Moscow asserted that Kyiv must return the prisoners.", "REQUEST"),
    ("The governor insisted that the militia must disarm.", "REQUEST"),
]


@pytest.mark.parametrize("text,plover", ASSERTED)
def test_acts_only_asserted_by_a_speaker_are_not_coded(pipeline, text: str,
                                                       plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", REPORTED + INSISTED_ACTS)
def test_presupposed_and_neutrally_reported_acts_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
