"""An attack reported by its toll or in a word, told again in detail by doers described
without a name (in any number) and targets without names, is the attack told first
(events/mentions/people.py ``doers_described``), on made-up probes (``attack_detail_probes``);
victims and doers told by a word for any person ("four men were shot ... two men fired") are no
side hitting back; another place or day, one told as more or as done after it ("hours later"),
state forces, a named target (or one named through its owner, "Ruiz's bodyguard") or a
background attack stay apart."""

from __future__ import annotations

import pytest
from attack_detail_probes import ONE, ONE_ANY_PERSON, TWO, TWO_AFTER_OR_OWNED

import sitrep

CASES = ([(text, 1) for text in ONE + ONE_ANY_PERSON]
         + [(text, 2) for text in TWO + TWO_AFTER_OR_OWNED])


@pytest.mark.parametrize("text,count", CASES,
                         ids=[f"{n}-{i}" for i, (_, n) in enumerate(CASES)])
def test_an_attack_told_in_detail_is_the_attack_told_before(pipeline, text: str,
                                                             count: int) -> None:
    events = sitrep.process_text(text, published="2024-03-04").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == "ASSAULT"]
    assert len(found) == count, found
