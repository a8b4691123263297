"""A time phrase that modifies a noun of the clause ("in connection with a shooting last
month", "with a robbery last year") dates that noun, not the act of the clause: an arrest or a
charge on a stated day is current, whatever time the crime it names took place
(``dated.clause_text`` leaves such phrases out of the clause's background cues). Neighbours: a
time phrase of the act itself still makes it background. Made-up sentences, real model."""

from __future__ import annotations

import pytest

from sitrep.pipeline import process_text

CURRENT = [
    ("A man was arrested on Tuesday in connection with a shooting last month, police said.",
     "COERCE"),
    ("Police arrested a man on Tuesday in connection with a shooting last month.", "COERCE"),
    ("A man was charged on Monday with a robbery last year.", "ACCUSE"),
    ("Two women were detained on Sunday over a stabbing last month.", "COERCE"),
    ("Police arrested a teenager on Friday in connection with a carjacking last month.",
     "COERCE"),
    ("A former guard was charged on Thursday with an assault last year.", "ACCUSE"),
    ("Prosecutors charged two men on Wednesday with a kidnapping last month.", "ACCUSE"),
    ("Troops detained three men on Monday over an ambush last month.", "COERCE"),
    ("A court convicted a man on Tuesday of a murder last year.", "SANCTION"),
    ("The army arrested a commander on Sunday for a massacre last year.", "COERCE"),
    ("A soldier was charged on Friday with a killing last spring.", "ACCUSE"),
    ("A man was indicted on Thursday over a fraud last year.", "ACCUSE"),
    ("Soldiers detained a village chief on Friday over an attack last year.", "COERCE"),
    ("A judge jailed a man on Wednesday for an assault last summer.", "COERCE"),
]
BACKGROUND = [
    ("Police arrested him last month.", "COERCE"),
    ("The mayor was arrested last year after a protest.", "COERCE"),
    ("Last year, police arrested the mayor over a protest.", "COERCE"),
    ("A man was arrested last month in connection with a shooting.", "COERCE"),
    ("Rebels attacked the town last month.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "plover"), CURRENT, ids=[t[:50] for t, _ in CURRENT])
def test_a_time_of_the_noun_an_act_names_does_not_date_the_act(text, plover) -> None:
    events = [e for e in process_text(text, "2016-04-26").events if e.plover_type == plover]
    assert events and not events[0].historical


@pytest.mark.parametrize(("text", "plover"), BACKGROUND, ids=[t[:50] for t, _ in BACKGROUND])
def test_a_time_of_the_act_itself_still_makes_it_background(text, plover) -> None:
    events = [e for e in process_text(text, "2016-04-26").events if e.plover_type == plover]
    assert events and events[0].historical
