"""Someone told as not harmed after an attack ("She was not injured") is the attack's zero toll
(events/corefer.py, the toll told later), not a happening of its own, and no target of it, on
made-up probes (``spared_probes``); one spared at another place or day stays with its own
attack."""

from __future__ import annotations

import pytest
from spared_probes import ONE, TWO

import sitrep

CASES = [(text, 1) for text in ONE] + [(text, 2) for text in TWO]


@pytest.mark.parametrize("text,count", CASES,
                         ids=[f"{n}-{i}" for i, (_, n) in enumerate(CASES)])
def test_one_spared_is_the_attacks_zero_toll(pipeline, text: str, count: int) -> None:
    events = sitrep.process_text(text, published="2024-03-04").events
    found = [(e.trigger.text, e.evidence.start, e.modes) for e in events
             if e.plover_type == "ASSAULT"]
    assert len(found) == count, found
    assert not any("negated" in modes for _, _, modes in found), found


def test_the_one_spared_is_no_target() -> None:
    text = "A man was stabbed outside a pub in Leeds on Friday. His brother was not injured."
    events = [e for e in sitrep.process_text(text, published="2024-03-04").events
              if e.plover_type == "ASSAULT"]
    assert len(events) == 1
    assert not any("brother" in a.text for a in events[0].recipients), events[0].recipients
