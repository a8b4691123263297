"""Restrictions declared, extended or ordered by an authority are COERCE (events/senses/courts/
restrictions.py and the trigger table): places ordered shut ("the governor ordered all shops
closed until Friday", COERCE/restrict), a state of emergency or a curfew extended, renewed or
prolonged (martial-law, curfew), a lockdown declared, and the orders that restrict people ("a
dispersal order", "a restraining order", restrict). A restriction told as staying in force ("will
remain in place until Sunday") is in force now: no ``future`` flag. A door ordered shut, a
deadline or a contract extended, an order of the day are none. Made-up probes, not taken from
any data set."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

RESTRICTED = [  # (text, mode): one COERCE event of the mode, with no future flag
    ("The provincial governor ordered every bar in Mombasa shut until Sunday.", "restrict"),
    ("The militia has ordered all schools in the valley closed since January.", "restrict"),
    ("The city council ordered the night markets to close at 8pm on Friday.", "restrict"),
    ("The prefect directed the mosques in the district to close for two days.", "restrict"),
    ("The junta extended the state of emergency in the northern provinces for 90 days.",
     "martial-law"),
    ("Parliament renewed the state of siege in the capital on Tuesday.", "martial-law"),
    ("The army prolonged the night curfew in Goma by a week.", "curfew"),
    ("The authorities extended the curfew in the old city until Monday.", "curfew"),
    ("The separatists declared a five-day lockdown across the Anglophone region.", "restrict"),
    ("Police issued a dispersal order for the seafront on Saturday night.", "restrict"),
    ("A magistrate granted the teacher a restraining order against her neighbour.", "restrict"),
    ("Officers obtained a dispersal order covering the park, which will remain in place until "
     "Sunday.", "restrict"),
    ("A dispersal order covering the high street will stay in force until Monday morning.",
     "restrict"),
    ("The curfew imposed on the town last week will remain in place until Friday.", "curfew"),
]
NOT_RESTRICTED = [  # (text, type that must not be extracted)
    ("He ordered the door closed behind him before the interview.", "COERCE"),
    ("The ministry extended the deadline for applications to March.", "COERCE"),
    ("The company extended its contract with the city for five years.", "COERCE"),
    ("Protection of civilians is the order of the day, the envoy said.", "COERCE"),
    ("The mayor ordered a review of the budget.", "COERCE"),
    ("The shop closed early on Friday because of the heat.", "COERCE"),
    ("She ordered a coffee and closed her laptop.", "COERCE"),
    ("The club extended a warm welcome to its new members.", "COERCE"),
    ("The bank renewed its loan to the farmers' cooperative.", "COERCE"),
    ("The trainer ordered the players to close their eyes.", "COERCE"),
    ("The store will remain in place on the high street until the lease ends.", "COERCE"),
]


def _events(text: str, plover: str) -> list[Event]:
    events = sitrep.process_text(text, published="2021-03-02").events
    return [e for e in events if e.plover_type == plover]


@pytest.mark.parametrize("text,mode", RESTRICTED, ids=[t[:40] for t, _ in RESTRICTED])
def test_a_restriction_ordered_or_extended_is_coercion(pipeline, text: str, mode: str) -> None:
    found = [e for e in _events(text, "COERCE") if e.plover_mode == mode]
    assert len(found) == 1, [(e.trigger.text, e.plover_mode) for e in _events(text, "COERCE")]
    assert "future" not in found[0].modes


@pytest.mark.parametrize("text,plover", NOT_RESTRICTED, ids=[t[:40] for t, _ in NOT_RESTRICTED])
def test_a_door_a_deadline_or_an_order_of_the_day_is_none(pipeline, text: str,
                                                         plover: str) -> None:
    assert _events(text, plover) == [], [e.trigger.text for e in _events(text, plover)]
