"""Forces sent somewhere are a deployment (MOBILIZE), not aid (issue 15 item 4, known left
"police were sent to the bar" typed AID): the trigger lexicon's MOBILIZE rows of "send" and
"dispatch" name the whole family of armed and police forces and their vehicles; goods sent to
someone stay AID. Made-up probes, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep

SENT_FORCES = [
    ("Police were sent to the bar after the brawl.", "sent"),
    ("Riot police were sent to the city centre on Monday.", "sent"),
    ("The governor sent the national guard to the border town.", "sent"),
    ("The government dispatched gendarmes to the northern province.", "dispatched"),
    ("The army sent tanks to the outskirts of the capital.", "sent"),
    ("The navy sent two frigates to the strait.", "sent"),
    ("The interior ministry sent police to the mine on Tuesday.", "sent"),
    ("The army sent helicopters to the region.", "sent"),
    ("The warlord sent his militia to the disputed village.", "sent"),
    ("The admiral dispatched a destroyer to the gulf.", "dispatched"),
    ("The state sent guardsmen to the flooded town.", "sent"),
    ("The regime dispatched riot police to the university.", "dispatched"),
]
# neighbours: goods sent to someone are aid; troops were already a deployment
KEPT = [
    ("The government sent food and medicine to the flood victims.", "sent", "AID"),
    ("The EU sent aid to the refugees in the camps.", "sent", "AID"),
    ("The donors sent blankets to the displaced families.", "sent", "AID"),
    ("The army sent troops to the border on Monday.", "sent", "MOBILIZE"),
    ("The allies dispatched warships to the region.", "dispatched", "MOBILIZE"),
]


def _types(text: str, trigger: str) -> list[str]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e.plover_type for e in events if trigger in e.trigger.text]


@pytest.mark.parametrize("text,trigger", SENT_FORCES, ids=[r[0][:30] for r in SENT_FORCES])
def test_forces_sent_are_a_deployment_not_aid(pipeline, text: str, trigger: str) -> None:
    types = _types(text, trigger)
    assert "MOBILIZE" in types and "AID" not in types, types


@pytest.mark.parametrize("text,trigger,plover", KEPT, ids=[r[0][:30] for r in KEPT])
def test_goods_sent_stay_aid_and_troops_a_deployment(
    pipeline, text: str, trigger: str, plover: str
) -> None:
    assert plover in _types(text, trigger)
