"""Force on a crowd told without a blow word is an attack (ASSAULT, crowd-control), as the
held-out sets code it: people pushed, driven or forced back ("police pushed them back with
shields": senses/public/civic.py ``pushed_back``, the trigger need ``@pushed_back``), and tear gas,
rubber bullets or stun grenades fired into the air (they fall on the crowd: no longer a shot at
no target, senses/gatherings.py ``fired_into_air``); warning shots into the air stay a show. Near neighbours: a vote or a launch pushed back, boats
driven back by a storm, shots fired into the air to celebrate or as a convoy passes stay no
attack. Made-up probes."""

from __future__ import annotations

import pytest

from samples import article_events, kinds

FORCE: list[tuple[str, str]] = [  # (text, trigger word)
    ("Some threw stones at police, who pushed them back with shields.", "pushed"),
    ("Riot officers pushed the protesters back with batons.", "pushed"),
    ("Police drove the crowd back towards the square.", "drove"),
    ("Guards forced the relatives back from the gate.", "forced"),
    ("Soldiers pushed the demonstrators back across the bridge.", "pushed"),
    ("Police fired tear gas and live rounds into the air to disperse them.", "fired"),
    ("Officers fired rubber bullets into the air to break up the march.", "fired"),
    ("Riot police fired tear gas canisters into the air near the university.", "fired"),
    ("Security forces fired stun grenades and tear gas into the air outside parliament.",
     "fired"),
    ("Gendarmes fired tear gas into the sky as the crowd surged.", "fired"),
]
CALM: list[tuple[str, str]] = [  # (text, trigger word): no attack
    ("Hunters fired their rifles into the air to celebrate the wedding.", "fired"),
    ("The committee pushed back the vote to next week.", "pushed"),
    ("The company pushed back the launch of the phone.", "pushed"),
    ("Rebels fired into the air as they drove through the town.", "fired"),
    ("The storm drove the boats back to the harbour.", "drove"),
    ("The minister pushed back against the criticism.", "pushed"),
    ("Rising costs forced the company back to the drawing board.", "forced"),
    ("Soldiers fired warning shots into the air to scatter the crowd.", "fired"),
    ("Troops fired into the air to disperse hundreds of students outside the ministry.",
     "fired"),
]


@pytest.fixture(scope="module")
def events_of(pipeline):
    return lambda text: article_events(pipeline, text)


@pytest.mark.parametrize(("text", "trigger"),
                         [pytest.param(*row, id=f"force-{k:02d}") for k, row in enumerate(FORCE)])
def test_force_on_a_crowd_is_an_attack(events_of, text: str, trigger: str) -> None:
    events = events_of(text)
    assert [e for e in events if e.plover_type == "ASSAULT" and trigger in e.trigger.text], \
        kinds(events)


@pytest.mark.parametrize(("text", "trigger"),
                         [pytest.param(*row, id=f"calm-{k:02d}") for k, row in enumerate(CALM)])
def test_other_pushes_and_shots_are_no_attack(events_of, text: str, trigger: str) -> None:
    events = events_of(text)
    assert not [e for e in events if e.plover_type == "ASSAULT" and trigger in e.trigger.text], \
        kinds(events)
