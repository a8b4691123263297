"""Who confirms or verifies an act is none of its doers ("a police spokesman confirmed the
attack"): the confirmation tells again the act the story reported, which fuses into it, not a
new attack by the spokesman (roles/clauses.py, ``BEHOLDING``). Session 43, issue 15 (event
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
