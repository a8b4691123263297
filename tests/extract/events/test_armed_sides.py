"""An armed act referred back to with its doers named in other words of the same side is one
happening (``mentions.parties.same_side``), on made-up probes (``armed_side_probes``); doers of
another country or another armed sector keep two acts apart."""

from __future__ import annotations

import pytest
from armed_side_probes import ONE, TWO

import sitrep

CASES = [(text, 1) for text in ONE] + [(text, 2) for text in TWO]


@pytest.mark.parametrize("text,count", CASES,
                         ids=[f"{n}-{i}" for i, (_, n) in enumerate(CASES)])
def test_one_side_named_in_other_words_tells_no_act_apart(pipeline, text: str,
                                                          count: int) -> None:
    events = sitrep.process_text(text, published="2024-03-06").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == "ASSAULT"]
    assert len(found) == count, found
