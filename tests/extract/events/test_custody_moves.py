"""People held moved by the state are COERCE (events/senses/courts/custody.py
``moved_in_custody``): "guards moved four gang leaders to a maximum-security prison", "30
inmates were transferred to a jail in the north", "the detainees were relocated to a detention
centre". A family moved to a house, staff transferred to an office, a player transferred to a
club and a concert moved are none; troops moved stay a deployment (MOBILIZE). Made-up probes, not
taken from any data set."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

MOVED = [
    "Guards moved four cartel bosses to a maximum-security prison on Monday.",
    "Prison officials transferred 30 inmates to a jail in the north of the country.",
    "The riot began after wardens tried to transfer three gang chiefs to a high-security jail.",
    "The detainees were relocated to a detention centre outside the capital.",
    "Authorities shifted 200 prisoners to a new penitentiary in the desert.",
    "The army transported the captives to a military prison near the coast.",
    "Six gang bosses were moved from the city jail to a remote island prison.",
    "Police transferred the suspect to the central lockup on Tuesday.",
    "The ministry said it had moved 40 inmates out of the overcrowded prison.",
    "Officials relocated the convicts to a correctional facility in the south.",
    "The government transferred the jailed opposition leader to a prison far from the capital.",
]
NOT_MOVED = [
    ("She moved her family to a new house in Leeds.", "COERCE"),
    ("The company transferred 40 staff to its Manchester office.", "COERCE"),
    ("The school moved the pupils to a temporary building.", "COERCE"),
    ("The club transferred the striker to a rival team for a record fee.", "COERCE"),
    ("The prison band moved its concert to the town hall.", "COERCE"),
    ("The bank transferred the money to an account in Zurich.", "COERCE"),
    ("The charity moved its office to a former prison building.", "COERCE"),
    ("The museum relocated its collection to a new wing.", "COERCE"),
    ("Troops were moved to the border on Monday.", "COERCE"),
    ("The nurse transferred the patient to a hospital in the city.", "COERCE"),
]


def _events(text: str, plover: str) -> list[Event]:
    events = sitrep.process_text(text, published="2021-03-02").events
    return [e for e in events if e.plover_type == plover]


@pytest.mark.parametrize("text", MOVED, ids=[t[:40] for t in MOVED])
def test_people_held_moved_to_a_prison_are_coerced(pipeline, text: str) -> None:
    assert len(_events(text, "COERCE")) == 1, [e.trigger.text for e in _events(text, "COERCE")]


@pytest.mark.parametrize("text,plover", NOT_MOVED, ids=[t[:40] for t, _ in NOT_MOVED])
def test_families_staff_players_and_things_moved_are_not(pipeline, text: str,
                                                         plover: str) -> None:
    assert _events(text, plover) == [], [e.trigger.text for e in _events(text, plover)]
