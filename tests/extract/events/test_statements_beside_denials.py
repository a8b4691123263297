"""A statement joined to the clause a speaker denies is the denier's own act: "the rebels denied
that they had attacked the convoy and blamed the army" has the rebels blame the army (ACCUSE,
not negated), where the small model hangs "blamed" on the denied "attacked". Deeds conjoined
inside the denied clause stay denied ("denied that its troops had looted the village and burned
homes": no ASSAULT). Made-up probes, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep

BESIDE = [
    ("The rebels denied that they had attacked the convoy and blamed the army for the deaths.",
     "rebels"),
    ("The ministry denied that its jets had struck the market and accused the militia of "
     "staging the attack.", "ministry"),
    ("The spokesman denied that any drone had been launched from its territory and accused "
     "Warsaw of provoking the crisis.", "spokesman"),
]
DENIED_DEEDS = [
    "The army denied that its troops had looted the village and burned homes.",
    "The police denied that officers had beaten the protesters and fired tear gas at them.",
]


@pytest.mark.parametrize("text,speaker", BESIDE, ids=[t[:40] for t, _ in BESIDE])
def test_a_statement_beside_a_denied_clause_is_the_deniers(pipeline, text: str,
                                                          speaker: str) -> None:
    events = sitrep.process_text(text, published="2024-05-08").events
    accusations = [e for e in events if e.plover_type == "ACCUSE"]
    assert accusations
    assert all("negated" not in e.modes for e in accusations)
    assert any(speaker in a.text for e in accusations for a in e.actors)


@pytest.mark.parametrize("text", DENIED_DEEDS, ids=[t[:40] for t in DENIED_DEEDS])
def test_deeds_inside_the_denied_clause_stay_denied(pipeline, text: str) -> None:
    events = sitrep.process_text(text, published="2024-05-08").events
    assert not [e for e in events if e.plover_type == "ASSAULT" and "negated" not in e.modes]
