"""A war or an invasion dated to a month or a year is named as a marker of time, not told as one
happening (events/eventhood/states.py, ``dated_episode``; the s36 writers' convention 17): "broke
away in a war in 1991-92", "since Russia's full-scale invasion of Ukraine in 2022". An invasion
or a war dated to its day, one told as the subject of its course ("a war broke out in March"),
and a single attack recalled with its year, stay. Sentences made up
for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

MARKERS = [
    "Russia launched its full-scale invasion of Ukraine in February 2022 and occupies about a "
    "fifth of its territory.",
    "Poland has expelled dozens of Russian diplomats since Russia's full-scale invasion of "
    "Ukraine in 2022.",
    "The province has been unstable since the uprising in 2011.",
    "The rebellion in 2008 left hundreds dead.",
    "Thousands fled during the invasion in March 2003.",
    "The country has rebuilt its army since the civil war in the 1990s.",
    "The insurgency of 2004 drove thousands from their homes.",
    "The island has been divided since the invasion in July 1974.",
    "Many families left the valley during the war in 1992.",
    "The republic declared independence after the revolt of 1989.",
    "Veterans of the invasion in 2003 marched in the capital.",
    "The border has stayed closed since the conflict in 2008.",
]
KEPT = [
    "Tanks crossed the border on Thursday in an invasion that killed dozens.",
    "The invasion began on Thursday with air strikes on the capital.",
    "Fighting broke out on Monday between the army and the rebels.",
    "The war between the two factions broke out on Sunday.",
    "Rebels attacked the garrison in 2019, killing 30 soldiers.",
    "In March 2020, gunmen ambushed a convoy near the town.",
    "A war broke out in the north in March.",
    "The invasion in February 2022 killed thousands of civilians.",
    "Troops stormed the rebel stronghold in May 2015, killing 12 fighters.",
    "Gunmen attacked a police station in the town in 2018, killing four officers.",
    "Russia launched an invasion of its neighbour on Thursday.",
]


@pytest.mark.parametrize("text", MARKERS)
def test_a_war_dated_to_a_month_or_year_is_a_time_marker(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", KEPT)
def test_an_invasion_of_the_day_or_a_dated_attack_stays(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)
