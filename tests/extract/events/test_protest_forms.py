"""One crowd taking several forms of protest in one sentence is one protest (``merge``: a
protest's mode is its form and does not set protests apart; a verb conjoined to the clause
whose object names the protest, "went on strike and marched", tells the same act), on made-up
probes (``protest_forms_probes``); other crowds at other places or days stay apart."""

from __future__ import annotations

import pytest
from protest_forms_probes import ONE, TWO

import sitrep

CASES = [(text, 1) for text in ONE] + [(text, 2) for text in TWO]


@pytest.mark.parametrize("text,count", CASES,
                         ids=[f"{n}-{i}" for i, (_, n) in enumerate(CASES)])
def test_one_crowd_in_several_forms_of_protest_is_one_event(pipeline, text: str,
                                                            count: int) -> None:
    events = sitrep.process_text(text, published="2024-03-06").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == "PROTEST"]
    assert len(found) == count, found
