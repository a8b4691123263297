"""A fight at law is no violence: a verb of fighting whose object is a measure, a decision or a
charge ("would fight the fine", "is fighting the defamation suit") or that is fought in a court
("would fight the eviction in court") is the challenge of a measure (REJECT, where the
challenge is kept), no ASSAULT
(events/senses/courts/legal.py ``legal_fight``). Fights between people stay attacks. Made-up
probes, not taken from any data set; every challenge below was an ASSAULT before the change
(11 of 11), none of the 6 neighbours changed."""

from __future__ import annotations

import pytest

from samples import typed_events

CHALLENGES = [  # (text, trigger word)
    ("Lawyers for the company said they would fight the fine in court.", "fight"),
    ("The union will fight the dismissals in the labour court.", "fight"),
    ("The former minister said he would fight the charges.", "fight"),
    ("Residents said they would fight the eviction in court.", "fight"),
    ("The journalist is fighting the defamation suit.", "fighting"),
    ("The club said it would fight the fine.", "fight"),
    ("Villagers are battling the closure of the clinic in court.", "battling"),
    ("The opposition will fight the new law in the constitutional court.", "fight"),
    ("The shop owners said they would fight the tax.", "fight"),
    ("The athlete vowed to fight the suspension.", "fight"),
    ("Teachers are fighting the transfers in court.", "fighting"),
]
FIGHTS = [  # (text, trigger word)
    ("The two gangs fought in the market on Sunday, leaving three dead.", "fought"),
    ("Rebels fought government troops near the border on Monday.", "fought"),
    ("Youths fought with police in the town centre on Friday.", "fought"),
    ("Police fought running battles with rioters in the city on Saturday.", "fought"),
    ("Soldiers battled insurgents in the hills for six hours on Monday.", "battled"),
    ("The two men fought outside a bar on Friday night.", "fought"),
]


@pytest.mark.parametrize("text,trigger", CHALLENGES, ids=[r[0][:40] for r in CHALLENGES])
def test_fight_at_law_is_a_challenge(pipeline, text: str, trigger: str) -> None:
    found = typed_events(text)
    assert not [t for t in found if t[0] == "ASSAULT"], found
    assert all(t[0] == "REJECT" for t in found if trigger in t[1]), found


@pytest.mark.parametrize("text,trigger", FIGHTS, ids=[r[0][:40] for r in FIGHTS])
def test_fight_between_people_stays_an_attack(pipeline, text: str, trigger: str) -> None:
    found = typed_events(text)
    assert any(t[0] == "ASSAULT" and trigger in t[1] for t in found), found
