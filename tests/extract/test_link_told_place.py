"""Made-up probes (not copied from any data set): a sentence that names its place by its kind
alone ("recovered 86 firearms in the state", "shootings across the county") is placed at the
last place of that kind the article named before it, also one inside an institution's name
("The Osun State Police Command said ..."). Neighbours: a sentence that names its own place
keeps it; a kind with no place of it told before places nothing by itself; "the State
Department" is no such phrase."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import places_by_event

# (text, type of the event, the place it must get)
TOLD = [
    ("The Osun State Police Command on Thursday said it recovered 86 assorted firearms and 88 "
     "unexpended cartridges in the state.", "COERCE", "Osun"),
    ("The Texas Department of Public Safety said troopers arrested 40 suspected smugglers in "
     "the state last week.", "COERCE", "Texas"),
    ("The Ohio State Highway Patrol said on Monday that gunmen shot five people in the state.",
     "ASSAULT", "Ohio"),
    ("The Borno State governor said insurgents attacked three villages in the state on Friday.",
     "ASSAULT", "Borno"),
    ("The Cook County Sheriff's Office said on Sunday it arrested 12 men in the county.",
     "COERCE", "Cook County"),
    ("The Harris County Sheriff's Office said deputies arrested a man in the county on Friday.",
     "COERCE", "Harris County"),
    ("The Rivers State Police Command said gunmen killed two officers in the state on Tuesday.",
     "ASSAULT", "Rivers"),
    ("The Arizona Department of Public Safety said officers arrested 30 people in the state "
     "on Monday.", "COERCE", "Arizona"),
    ("The Florida Highway Patrol said troopers arrested four suspects in the state on "
     "Friday.", "COERCE", "Florida"),
    ("The Delta State Police Command said it arrested 15 suspected robbers in the state.",
     "COERCE", "Delta"),
]
# (text, type, the place it must keep, or None for no place)
KEPT = [
    ("The Osun State Police Command said it arrested two men in Osogbo on Thursday.", "COERCE",
     "Osogbo"),
    ("Police said they arrested 40 suspected kidnappers in the state last week.", "COERCE",
     None),
    ("The State Department said on Monday that gunmen killed five people in Kabul.", "ASSAULT",
     "Kabul"),
]


def _places(pipeline, text: str, kind: str) -> list[set[str]]:
    return [set(names) for names in places_by_event(pipeline, text, kind, dt.date(2016, 1, 20))]


@pytest.mark.parametrize(("text", "kind", "place"), TOLD, ids=[t[:50] for t, _, _ in TOLD])
def test_in_the_state_is_the_state_told_before(pipeline, text, kind, place):
    found = _places(pipeline, text, kind)
    assert found and any(place in names for names in found), found


@pytest.mark.parametrize(("text", "kind", "place"), KEPT, ids=[t[:50] for t, _, _ in KEPT])
def test_a_place_of_the_sentence_or_none_told_stays(pipeline, text, kind, place):
    found = _places(pipeline, text, kind)
    assert found
    if place is None:
        assert all(not names for names in found), found
    else:
        assert any(place in names for names in found), found
