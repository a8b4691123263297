"""A bare plural event noun told over a year or more is a summary of many unnamed happenings,
not one (events/eventhood/counts.py ``kinds_over_years``): "bombings in the province killed more
than 600 people in 2019". A day, a determiner or a number keep the happening. Sentences made up
for these tests."""

from __future__ import annotations

import pytest

import sitrep

SUMMARIES = [
    "Bombings in the province killed more than 600 people in 2019, a monitoring group said.",
    "Riots in 2011 and 2012 against the regime were crushed by the army.",
    "Kidnappings along the highway earned the gangs millions of dollars last year.",
    "Hundreds of miners have died in clashes with police since 2015.",
    "Strikes by dock workers paralysed the port for weeks in 2020.",
    "Demonstrations against fuel prices drew thousands onto the streets in 2018 and 2019.",
    "Air raids on the city destroyed hundreds of homes last year, the UN said.",
    "Ambushes on army convoys killed dozens of soldiers in 2018.",
    "Thousands of farmers fled their villages after militia raids in 2017.",
    "Shootings in the northern suburbs left 40 people dead last year.",
    "Massacres of villagers by the militia went unpunished throughout the 1990s.",
    "Attacks on health workers in the region killed 35 medics in 2018 and 2019.",
    "Raids by the militia drove 3,000 families from the valley between 2015 and 2017.",
]
# one happening: a day, a determiner, a number, a doer that is no kind of act
HAPPENINGS = [
    ("Bombings in the province killed 12 people on Monday, police said.", "ASSAULT"),
    ("Riots broke out in the capital on Friday after the vote.", "PROTEST"),
    ("Clashes with police killed three miners on Tuesday.", "ASSAULT"),
    ("Air raids on the city destroyed 40 homes overnight, the UN said.", "ASSAULT"),
    ("In 2019, soldiers killed 14 villagers in an ambush near the border.", "ASSAULT"),
    ("A bombing in the province killed more than 60 people in 2019.", "ASSAULT"),
    ("Gunmen killed five people in attacks on two villages on Sunday.", "ASSAULT"),
    ("Strikes by dock workers paralysed the port on Monday.", "PROTEST"),
    ("Ethnic violence killed eight people in the town on Saturday.", "ASSAULT"),
    ("Attacks on health workers in the region killed 35 medics last week.", "ASSAULT"),
    ("Protesters and police clashed in the capital in 2018, leaving five dead.", "ASSAULT"),
    ("The two neighbours signed agreements on trade and fishing rights in 2019.", "AGREE"),
]


def _types(text: str) -> list[str]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.plover_type for e in events]


@pytest.mark.parametrize("text", SUMMARIES)
def test_a_bare_plural_act_over_years_is_a_summary(pipeline, text: str) -> None:
    assert _types(text) == []


@pytest.mark.parametrize("text,act", HAPPENINGS)
def test_one_happening_with_a_day_determiner_or_doer_stays(pipeline, text: str,
                                                           act: str) -> None:
    assert act in _types(text)
