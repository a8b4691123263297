"""The crime a conviction or a prison sentence punishes is background
(``history.cases.punished_for``): "A man who attacked a cyclist has been jailed", "was jailed for
six years over a knife attack", "was sentenced to life for killing a guard": the verdict comes
months after the crime. Neighbours: a sentence to come ("could be jailed", "faces jail"), a
release on bail and an arrest (the crime may be days old), and a crime its own sentence dates
within the week. Made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_background

PUBLISHED = "2021-10-20"  # a Wednesday

PUNISHED = [
    ("A man who attacked a cyclist with a metal bar in Hull has been jailed for five years.",
     "attacked"),
    ("A woman who stabbed her flatmate in Leeds was jailed for eight years on Tuesday.",
     "stabbed"),
    ("Grimsby man jailed for six years over knife attack on taxi driver", "attack"),
    ("A teenager who shot at a house in Salford has been sentenced to nine years.", "shot"),
    ("Two brothers who kidnapped a businessman in Bolton were jailed on Monday.", "kidnapped"),
    ("Derby man jailed for 12 years over hammer attack on neighbour", "attack"),
    ("A gunman who opened fire on a bus in Norwich was sentenced to life on Tuesday.", "fire"),
]
NEWS = [
    ("A man who attacked a cyclist with a metal bar in Hull could be jailed for five years.",
     "attacked"),
    ("A man who attacked a cyclist with a metal bar in Hull was released on bail on Tuesday.",
     "attacked"),
    ("A man who attacked a cyclist with a metal bar in Hull on Sunday was arrested on Monday.",
     "attacked"),
    ("A man who attacked a cyclist with a metal bar in Hull faces jail.", "attacked"),
    ("A woman who stabbed her flatmate in Leeds on Sunday was jailed on Tuesday.", "stabbed"),
]


@pytest.mark.parametrize("text,trigger,background",
                         [(t, g, True) for t, g in PUNISHED] + [(t, g, False) for t, g in NEWS])
def test_the_crime_a_sentence_punishes_is_background(pipeline, text: str, trigger: str,
                                                     background: bool) -> None:
    check_background(text, trigger, background, PUBLISHED)
