"""A raid and what its doers took at the place raided, told in a relative clause of that place,
is one COERCE (events/mentions/related.py ``done_there``), on made-up probes
(``raid_place_probes``); a place clause with doers of its own, an earlier seizure there, or
another place and day stay two."""

from __future__ import annotations

import pytest
from raid_place_probes import ONE, TWO

import sitrep

CASES = [(text, 1) for text in ONE] + [(text, 2) for text in TWO]


@pytest.mark.parametrize("text,count", CASES,
                         ids=[f"{n}-{i}" for i, (_, n) in enumerate(CASES)])
def test_a_raid_and_its_seizure_at_the_place_are_one_event(pipeline, text: str,
                                                           count: int) -> None:
    events = sitrep.process_text(text, published="2024-03-04").events
    found = [(e.trigger.text, e.plover_mode) for e in events if e.plover_type == "COERCE"]
    assert len(found) == count, found
