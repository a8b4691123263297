"""Who confirms or verifies an act is none of its doers ("a police spokesman confirmed the
attack"): the confirmation tells again the act the story reported, which fuses into it, not a
new attack by the spokesman (roles/clauses.py, ``CONFIRMING``, for violent acts and
protests; a party confirming its own talks stays their doer). Session 43, issue 15 (event
precision). Sentences made up for these tests."""

from __future__ import annotations

import pytest

TEXTS = [
    "Gunmen attacked a farming village in Zamfara state on Monday, killing five people.\n\n"
    "A police spokesman, Musa Bello, confirmed the attack and said officers had been sent "
    "to the area.",
    "Militants stormed a checkpoint near the border on Sunday night.\n\n"
    "The army's spokesman verified the assault in a statement.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_confirmer_is_no_doer_and_the_act_is_told_once(events_of, text: str) -> None:
    assaults = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert len(assaults) == 1
    assert not any("spokesman" in a.text or "Bello" in a.text for a in assaults[0].actors)


def test_a_party_confirming_its_own_talks_stays_their_doer(events_of) -> None:
    text = "The steel company has confirmed negotiations with potential buyers, a weekly reported."
    talks = [e for e in events_of(text) if e.plover_type == "CONSULT"]
    assert talks and any("company" in a.text for a in talks[0].actors)
