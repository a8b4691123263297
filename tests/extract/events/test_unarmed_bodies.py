"""ASSAULT words done by a team or a firm (events/senses/fit.py, ``unarmed_body``): a team that
clashes, battles back or storms back plays a game, and a firm that attacks a market, raids its
reserves or strikes back with a model competes in one. A body named with arms or force ("a SWAT
team", "a team of gunmen", "an elite squad", "a death squad", "the security company's guards"),
a clause with fans, and the sides of a war ("the Azerbaijani side", "both sides") stay. Sentences
made up for these tests (13 of the 16 moves gave an ASSAULT before the rule)."""

from __future__ import annotations

import pytest

import sitrep

MOVES = [
    "The two teams will clash again next week.",
    "The squad battled back from a ten-point deficit.",
    "The firm attacked the market with cheaper phones.",
    "The bank raided its reserves to pay the dividend.",
    "The startup shot past its rivals in sales.",
    "The club raided the transfer market for two strikers.",
    "The company struck back with a cheaper model.",
    "The football team stormed back from two goals down.",
    "The insurer hit its customers with higher premiums.",
    "The hockey club battled the Rangers to a draw.",
    "The automaker attacked the luxury segment with a new sedan.",
    "The airline fought off a takeover bid.",
    "The lender shot up the rankings this year.",
    "The team fought hard but lost in overtime.",
    "The publisher attacked the problem of piracy with new locks.",
    "The carmaker clashed with the union over wages.",
]
ARMED = [
    "A SWAT team stormed the apartment on Monday.",
    "A team of gunmen attacked the village on Monday.",
    "The team's bus was attacked by fans after the game.",
    "The security company's guards shot two protesters.",
    "Players attacked the referee after the match.",
    "An elite squad stormed the hideout on Tuesday.",
    "Death squads killed dozens of villagers in the 1980s.",
    "The Azerbaijani side shelled Armenian positions overnight.",
    "Both sides clashed near the village on Sunday.",
    "A terrorist network attacked the embassy in August.",
    "The demining team was attacked near the border on Monday.",
]


def _types(text: str) -> list[str]:
    events = sitrep.process_text(
        "Officials spoke on Monday. " + text, published="2021-03-01"
    ).events
    return [e.plover_type for e in events if "Officials" not in e.evidence.text]


@pytest.mark.parametrize("text", MOVES)
def test_moves_of_teams_and_firms_are_no_assault(pipeline, text: str) -> None:
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text", ARMED)
def test_armed_bodies_and_sides_of_a_war_stay(pipeline, text: str) -> None:
    assert "ASSAULT" in _types(text)
