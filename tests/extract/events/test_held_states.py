"""A place held told as a state is no act (events/eventhood/states.py, ``held_state``): the
perfect of a verb of holding a place with a span to the time of telling ("the rebels have
besieged the town for more than a year", "had occupied the stadium since Monday") and its
present in a report ("occupies a third of the province"). The act of taking or closing the
place, dated or bare ("besieged the town on Monday", "blockaded the highway on Sunday") stays,
and so does a perfect without a span ("have besieged the town, residents said"). Sentences
made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

HELD = [
    "The rebels have besieged the town for more than a year.",
    "Militia fighters had occupied the stadium since Monday.",
    "The militia, which has besieged the camp since April, shelled it again on Friday.",
    "Protesters had blockaded the highway for three weeks.",
    "Students had been occupying the ministry since Tuesday.",
    "The army launched its offensive in 2020 and occupies a third of the province.",
    "Rebels have occupied the airport since the fighting began.",
    "The army occupies about a third of the province.",
    "The insurgents control most of the border crossings.",
    "Government troops have encircled the port city since early March.",
    "Armed groups have blockaded the northern towns for months.",
    "The junta controls the capital and most of the lowlands.",
    "The gang has controlled the market for a decade.",
    "Soldiers have occupied the university campus since 2021.",
    "Rebel forces have surrounded the garrison for six weeks.",
    "The cartel dominates the drug routes along the coast.",
    "Fighters have been besieging the city for two years.",
    # (a ship seized on Monday would be an act of its own: COERCE/seize)
    "The group, which has blockaded the port for two months, issued a statement on Monday.",
    "Settlers have occupied the hilltop since 2019.",
    "In the town, which the army has besieged for weeks, food ran out on Sunday.",
    "Demonstrators have occupied the main square for nine days.",
    "Truckers have blockaded the border crossing since Monday.",
    "The militia has occupied the school for three months.",
    "Farmers had blockaded the motorway for two days.",
]
KEPT = [
    "The rebels besieged the town on Monday.",
    "Militia fighters occupied the stadium on Monday.",
    "Armed groups blockaded the northern towns on Wednesday.",
    "Soldiers blockaded the highway on Sunday morning.",
    "The rebels have besieged the town, residents said on Monday.",
    "Students occupied the ministry on Tuesday.",
    "Troops besieged the rebel stronghold for three days in March.",
    "Police occupied the square on Monday and arrested 20 people.",
]
OTHER_ACTS = [
    ("The militia shelled the camp for three hours on Friday.", "ASSAULT"),
    ("Police have arrested five men since Monday.", "COERCE"),
    ("The army seized control of the border crossing on Friday.", "COERCE"),
    ("Soldiers stormed the university campus on Thursday.", "ASSAULT"),
    # a blockade by civilians is a protest that obstructs (session 46, ``civil_blockade``)
    ("Protesters blockaded the highway on Sunday morning.", "PROTEST"),
]


@pytest.mark.parametrize("text", HELD)
def test_a_place_held_as_a_state_is_no_act(pipeline, text: str) -> None:
    assert "COERCE" not in plover_types(text)


@pytest.mark.parametrize("text", KEPT)
def test_the_act_of_taking_or_closing_a_place_stays(pipeline, text: str) -> None:
    assert "COERCE" in plover_types(text)


@pytest.mark.parametrize(("text", "kind"), OTHER_ACTS)
def test_other_acts_with_a_span_stay(pipeline, text: str, kind: str) -> None:
    assert kind in plover_types(text)
