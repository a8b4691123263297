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


# batons carried to break up a gathering are an intervention, batons used to beat people
# excessive force (held-out writers s38-s41: "used tear gas and batons to break up the sit-in,
# and eight protesters were detained" is a protest with intervention)
BATONS = [
    ("Police used tear gas and batons to break up the sit-in, and at least 12 protesters were "
     "detained, organisers said.", "PROTEST_WITH_INTER"),
    ("Police broke up a rally of traders outside the town hall with batons and arrested 20 of "
     "them.", "PROTEST_WITH_INTER"),
    ("A police officer hit a demonstrator with his baton during the march in the capital.",
     "FORCE_AGAINST_PROTEST"),
    ("Riot police baton-charged students protesting against fee rises, witnesses said.",
     "FORCE_AGAINST_PROTEST"),
]


@pytest.mark.parametrize(("text", "label"), BATONS)
def test_batons_carried_or_used(text: str, label: str) -> None:
    assert classify_rules(text) == label
