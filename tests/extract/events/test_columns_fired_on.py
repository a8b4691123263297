"""A column fired on is a formation of troops or vehicles, not a newspaper column: "an army
helicopter fired on a rebel column" is an ASSAULT, not criticism told in a medium
(events/senses/public/elections.py ``attack_in_words``, ``FORMATIONS``); "attacked the plan in
his column" stays criticism (ACCUSE). Made-up probes, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep

FIRED_ON = [
    "An army helicopter fired on a rebel column near the river.",
    "Jets fired on an armoured column moving towards the capital.",
    "Government gunships fired on a militia column east of the town.",
    "Drones struck on a supply column before dawn, the army said.",
    "Artillery fired on a column of trucks carrying fighters.",
    "Warplanes fired on a retreating column on the highway.",
    "Soldiers fired on a column of insurgents crossing the valley.",
    "A drone fired on a mechanised column outside the city.",
]
IN_WORDS = [
    "The senator attacked the budget plan in his weekly column.",
    "The writer slammed the minister in a column on Sunday.",
    "She attacked the reform in her column for the daily.",
    "The editor lashed out at critics in his column.",
    "The former minister hit out at the party in a newspaper column.",
]


def _types(text: str) -> set[str]:
    return {e.plover_type for e in sitrep.process_text(text, published="2021-03-02").events}


@pytest.mark.parametrize("text", FIRED_ON, ids=[t[:40] for t in FIRED_ON])
def test_a_column_fired_on_is_attacked(pipeline, text: str) -> None:
    types = _types(text)
    assert "ASSAULT" in types and "ACCUSE" not in types, types


@pytest.mark.parametrize("text", IN_WORDS, ids=[t[:40] for t in IN_WORDS])
def test_an_attack_in_a_written_column_is_criticism(pipeline, text: str) -> None:
    assert "ASSAULT" not in _types(text)
