"""Words of allowing that grant no permission (senses/life/permits.py): leave a court grants in
a case ("a magistrate allowed police to detain them for 14 more days") and what a bill or a law
named by an infinitive provides ("a bill to allow the army to shoot down drones"); no
CONCEDE, and the act provided for is none done. A party's permission stays. Session 43, issue
15 (event precision). Sentences made up for these tests."""

from __future__ import annotations

import pytest

NONE = [
    "At the hearing a magistrate allowed police to hold the suspects for ten more days.",
    "The judge permitted the prosecution to call two more witnesses on Tuesday.",
    "Ministers said a bill to allow the navy to sink smuggling boats would go to parliament "
    "next week.",
]
KEPT = [
    "Israel allowed 40 aid trucks to enter Gaza on Monday.",
    "The junta allowed the UN envoy to visit the detained leader on Friday.",
]


@pytest.mark.parametrize("text", NONE)
def test_court_leave_and_a_bills_provision_are_no_concession(events_of, text: str) -> None:
    events = events_of(text)
    assert not [e for e in events if e.plover_type == "CONCEDE"]
    assert not [e for e in events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize("text", KEPT)
def test_a_partys_permission_stays(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.plover_type == "CONCEDE"]
