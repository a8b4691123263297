"""People or buildings cleared for their safety are no withdrawal (events/senses/life/services.py,
``evacuation_rescue``): "police evacuated 200 shoppers from the mall", "passengers were
evacuated from the train", "officers evacuated nearby houses" tell a rescue by whoever is at
hand, not a RETREAT of a party. A party's own people or posts ("its citizens", "their
positions", "its embassy", "foreign nationals"), a place ("the town of Kherson") and a state
evacuating stay a withdrawal. Made-up probes, not taken from any data set; all 9 rescues gave
a RETREAT before the change. Left: a possessive on the people cleared ("the school evacuated
its pupils") and nouns without a WordNet class of person or thing ("swimmers")."""

from __future__ import annotations

import pytest

from samples import plover_types

RESCUES = [
    "Firefighters evacuated two apartment blocks in Leeds on Monday.",
    "Police evacuated 200 shoppers from the mall after a bomb threat on Saturday.",
    "Hundreds of passengers were evacuated from the train near Lyon on Friday.",
    "Staff evacuated patients from the flooded hospital in Derna on Sunday.",
    "The mine operator evacuated 90 miners as a precaution on Wednesday.",
    "Students were evacuated from the campus on Friday.",
    "Officers evacuated nearby houses during the standoff on Saturday.",
    "The factory evacuated 500 workers after the blast on Monday.",
    "Dozens of guests were evacuated from the hotel after the explosion on Friday.",
]
WITHDRAWALS = [
    "Germany said it would evacuate its citizens from Khartoum.",
    "The United States evacuated its embassy in Kabul on Sunday.",
    "Russian troops evacuated the town of Kherson on Friday.",
    "The rebels evacuated their positions on the hill on Monday.",
    "France evacuated 500 of its nationals from Niger on Wednesday.",
    "The army evacuated its base near the border on Tuesday.",
    "The UN evacuated its staff from the city on Monday.",
    "The peacekeepers evacuated 35 foreign nationals from the camp on Sunday.",
]


@pytest.mark.parametrize("text", RESCUES)
def test_a_rescue_is_no_retreat(pipeline, text: str) -> None:
    assert "RETREAT" not in plover_types(text)


@pytest.mark.parametrize("text", WITHDRAWALS)
def test_withdrawals_stay(pipeline, text: str) -> None:
    assert "RETREAT" in plover_types(text)
