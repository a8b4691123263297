"""A counted perfect passive toll over the story's own days that names nothing of the act is a
casualty figure, no happening (events/GUIDELINES.md, "quantities alone";
eventhood/counts.py, ``_told_bare``): "11 people had been killed since Monday". An act noun, a
doer, a weapon or a place noun beside it keeps the sentence an ASSAULT, and so do arrests
counted since a day. Made-up probes, not taken from any data set; all 6 bare tolls gave an
ASSAULT before the change. Left: a count by a number noun ("dozens of protesters"), which
``_partitive_number`` does not read as counted."""

from __future__ import annotations

import pytest

from samples import plover_types

BARE = [
    "The regional health office said 14 people had been killed since Monday.",
    "Officials said nine soldiers have been killed since Saturday.",
    "At least 30 people have been wounded since Tuesday, the ministry said.",
    "More than 200 people have been killed in the unrest since March, despite a truce.",
    "Twelve villagers had been killed since Friday, according to the governor.",
    "Forty protesters have been injured since Sunday, a rights group said.",
]
TOLD = [
    "At least 27 people have been killed since Sunday in clashes between the two militias.",
    "Gunmen have killed 11 people in the district since Monday.",
    "Eight people have been shot dead by masked men since Friday.",
    "Five people have been arrested since Monday.",
    "Three people were killed in an air strike on the market on Monday.",
]


@pytest.mark.parametrize("text", BARE)
def test_a_bare_toll_is_no_assault(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", TOLD)
def test_a_toll_with_its_act_stays(pipeline, text: str) -> None:
    assert set(plover_types(text)) & {"ASSAULT", "COERCE"}
