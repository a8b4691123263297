"""Sport and games read as violence (events/senses/life/games.py): scoring moves, a team beaten by a
team with no score, a loss in a competition and an attack to win a race are no ASSAULT. Near
neighbours (beatings and shootings at or after games, armed sides defeating each other, weapons
hitting stadiums) stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

GAMES = [
    "Smith hit the tying 3-pointer with two seconds left.",
    "The terrier was beaten in the final round of the show.",
    "The Eagles beat the Giants on Sunday.",
    "She shot a 68 in the final round of the tournament.",
    "The champion attacked on the final climb to win the stage.",
    "The Steelers beat the Ravens in Baltimore on Sunday.",
    "She hit a birdie on the 18th hole on Saturday.",
    "He struck a three-pointer at the buzzer on Friday.",
    "The favourite was beaten in the Kentucky Derby on Saturday.",
    "He fired a 66 in the second round at Augusta.",
    "The rider attacked on the last lap to win the race.",
    "Smith hit two free throws in the final minute.",
    "It was a three-run blast that won the series for the Jays.",
    "His solo blast in the ninth tied the game.",
    "A two-run blast in the eighth put the Cubs ahead.",
]
VIOLENCE = [
    "Gunmen beat a shopkeeper to death on Saturday.",
    "Troops shot two protesters near the stadium on Friday.",
    "Police beat fans after the game on Sunday.",
    "A gunman shot a referee after the match on Saturday.",
    "A rocket hit the stadium on Monday.",
    "Soldiers hit the crowd with batons on Friday.",
    "Fans attacked the team bus on Saturday.",
    "The coach was shot dead outside his home on Monday.",
    "Rebels attacked the army to win control of the road on Sunday.",
    "A man was beaten in his cell at the jail on Friday.",
    "A 500-pound bomb destroyed the bridge on Monday.",
    "A blast at the stadium killed three fans on Saturday.",
]


@pytest.mark.parametrize("text", GAMES)
def test_moves_and_results_in_games_are_no_assault(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", VIOLENCE)
def test_violence_at_games_and_between_armed_sides_stays(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)
