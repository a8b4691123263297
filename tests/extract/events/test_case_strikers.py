"""Made-up probes for session 43 (issue 19, CASE typing): one "striker" is a footballer, not a
worker on strike ("the striker's late goal", "the striker shot down any talk of a transfer"):
only the plural "strikers" is a protest word; neighbours: strikers, striking workers and a
strike by workers stay protests."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

FOOTBALL = [
    "The striker scored twice as the home side won 3-1 on Saturday.",
    "The veteran striker dismissed talk of a move abroad after the 2-0 defeat.",
    "A late goal from the striker ended the visitors' hopes of a draw.",
]
PROTESTS = [
    "Hundreds of strikers marched to the ministry to demand higher wages.",
    "Striking dock workers blocked the port gates for a third day.",
    "A strike by nurses closed the main hospital for two days.",
]


@pytest.mark.parametrize("text", FOOTBALL)
def test_one_striker_is_no_protest(text: str) -> None:
    assert classify_rules(text) not in ("PEACE_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR")


@pytest.mark.parametrize("text", PROTESTS)
def test_strikers_still_protest(text: str) -> None:
    assert classify_rules(text) == "PEACE_PROTEST"
