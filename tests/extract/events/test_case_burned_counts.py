"""Made-up probes for session 43 (issue 19, CASE typing): a count, a quantity or an adjective
between "burned" and the houses, homes, shops, huts, cars or buses it destroyed ("burned 140
homes", "torched more than 200 houses", "burned 14 old buses") is property destruction as
"burned homes" was; neighbours: fire that destroyed homes with no doer stays no property
destruction, and burning with no property named says nothing of it."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

PROBES = [
    ("Militiamen burned 90 homes in the village overnight, elders said.", "PROPERTY_DISTRUCT"),
    ("Raiders burned more than 300 huts in the district, leaving families without shelter.",
     "PROPERTY_DISTRUCT"),
    ("Arsonists burned dozens of shops in the old market on Sunday night.", "PROPERTY_DISTRUCT"),
    ("Vandals burned 14 old buses at the depot, the transport company said.", "PROPERTY_DISTRUCT"),
]
NEIGHBOURS = [
    ("Fire destroyed 120 homes in a slum overnight; the cause was not known.", "PROPERTY_DISTRUCT"),
    ("Farmers burned crop stubble in the fields, officials said.", "PROPERTY_DISTRUCT"),
]


@pytest.mark.parametrize(("text", "label"), PROBES)
def test_burned_counted_property_is_property_destruction(text: str, label: str) -> None:
    assert classify_rules(text) == label


@pytest.mark.parametrize(("text", "label"), NEIGHBOURS)
def test_no_doer_or_no_property_is_not(text: str, label: str) -> None:
    assert classify_rules(text) != label
