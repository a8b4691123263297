"""Threats made on unseen wording (THREATEN): a warning that people will be harmed, with no
one else named as the doer ("notes warning that anyone who talked would be shot"), an act of
force vowed or announced on a condition another party must meet ("vowed more bombings unless
...", "would call a strike if the ministry did not ..."), and menacing with a weapon ("pointed
a rifle at the guard", "handed the clerk a note saying he was armed"). Their neighbours stay
no threat: warnings of risk, a cooperative offer on a condition, a finger pointed, a note
with an order. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

THREATS = [
    "The gang left notes warning that anyone who talked to the police would be shot.",
    "Leaflets dropped on the village warned that collaborators would be executed.",
    "The militia vowed more bombings unless the prisoners were freed.",
    "The rebel commander vowed new attacks unless the army left the valley.",
    "The union said it would call a national strike if the ministry did not raise wages.",
    "The farmers said they would block the highways if the government did not cancel the tax.",
    "The party said it would boycott the election if the commission did not postpone it.",
    "A man pointed a rifle at the guard and took the keys.",
    "The robber threatened the cashier with a knife and fled with $300.",
    "The suspect handed the clerk a note saying he was armed and took the cash.",
    "A masked man brandished a pistol at the bus driver on Tuesday.",
    "Police said the suspect aimed a shotgun at two deputies before he was arrested.",
    "The teenager held a knife to the woman's throat and demanded her phone.",
    "The governor gave the protesters an ultimatum to leave the square by noon.",
]
NOT_THREATS = [
    "Forecasters warned that floods could spread to the southern districts.",
    "Warning: this video contains graphic content.",
    "The driver suffered non-life-threatening injuries in the crash.",
    "The agency warned that thousands of people could be killed by the storm.",
    "The union said it would hold a rally on Friday if the weather allowed.",
    "The minister said the government would release the prisoners if the rebels laid down "
    "their arms.",
    "The officer pointed a finger at the crowd.",
    "She pointed the camera at the stage.",
    "He handed the clerk a note with his order.",
    "The soldier held a rifle during the parade on Sunday.",
    "The governor vowed more investment in the region.",
    "Doctors warned that the patients would be kept in isolation.",
    "The cartel has turned its guns on the mayor's allies.",
]


@pytest.mark.parametrize("text", THREATS)
def test_threat_made_is_threaten(pipeline, text: str) -> None:
    assert "THREATEN" in plover_types(text)


@pytest.mark.parametrize("text", NOT_THREATS)
def test_warning_of_risk_or_plain_gesture_is_no_threat(pipeline, text: str) -> None:
    assert "THREATEN" not in plover_types(text)
