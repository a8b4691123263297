"""An act told by its doers and its toll conjoined in the passive with no doer are one
happening (events/merge.py ``_conjoined_outcome``), on made-up probes (``act_toll_probes``); a
toll at another place or day, with doers of its own or in an act of its own stays apart."""

from __future__ import annotations

import pytest
from act_toll_probes import ONE, TWO

import sitrep

CASES = [(text, 1) for text in ONE] + [(text, 2) for text in TWO]


@pytest.mark.parametrize("text,count", CASES,
                         ids=[f"{n}-{i}" for i, (_, n) in enumerate(CASES)])
def test_a_toll_conjoined_with_its_act_is_that_act(pipeline, text: str, count: int) -> None:
    events = sitrep.process_text(text, published="2024-03-04").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == "ASSAULT"]
    assert len(found) == count, found
