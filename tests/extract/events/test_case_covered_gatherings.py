"""The arrested are not the crowd of a gathering they were covering, and a trade's syndicate is
no crime ring (issue 19 item 2, session 39: the main event of a snippet, not background), on
made-up sentences: reporters, monitors or observers detained while covering, filming, watching or
documenting a rally are an arrest (ARREST), not a protest with intervention; "the Journalists'
Syndicate", "the teachers' syndicate" are unions, not organised crime. Demonstrators arrested at a
rally, and drug or smuggling syndicates, keep their labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

COVERED = [
    "Police detained three reporters who were covering a rally against the mining law.",
    "Security agents detained a cameraman covering a demonstration over fuel prices.",
    "Police arrested a blogger who was livestreaming a protest outside the court.",
    "Officers detained four human rights monitors observing a sit-in at the university.",
    "Police detained a foreign journalist who was reporting on the strike at the port.",
    "Police detained a lawyer who was monitoring a vigil for the missing activists.",
    "Police detained two election observers who were watching a rally in the north.",
    "Soldiers arrested a freelance photographer documenting a march by farmers.",
    "Police arrested two students who were filming the demonstration with their phones.",
    "Plainclothes officers detained a television crew covering the protest at the refinery.",
]

TRADE_SYNDICATES = [
    "The Journalists' Syndicate elected a new president on Monday.",
    "The teachers' syndicate said its members would hold a meeting next week.",
    "The Press Syndicate said the new media law was unconstitutional.",
    "The Engineers Syndicate opened a training centre in the capital.",
]

NEIGHBOURS = [
    ("Police arrested dozens of demonstrators at a rally against the mining law.", "PROTEST_WITH_INTER"),
    ("Police dismantled a drug syndicate operating from the port.", "ORG_CRIME"),
    ("A smuggling syndicate moved 300 migrants across the border, police said.", "ORG_CRIME"),
]


@pytest.mark.parametrize("text", COVERED)
def test_people_detained_covering_a_gathering_are_an_arrest(text: str) -> None:
    assert classify_rules(text) == "ARREST"


@pytest.mark.parametrize("text", TRADE_SYNDICATES)
def test_a_trade_syndicate_is_no_crime(text: str) -> None:
    assert classify_rules(text) == "OTHER"


@pytest.mark.parametrize(("text", "label"), NEIGHBOURS)
def test_neighbours_keep_their_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
