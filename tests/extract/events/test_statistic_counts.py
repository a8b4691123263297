"""Those a statistic counts (events/eventhood/counts.py, ``counted_in_statistic``): a participle on
the people a number, rate or change counts (a count only over a period) ("the number of officers
killed on duty rose", "a 15 percent increase from those arrested in 2019") is a figure, not one
happening; the claims keep the tallies. Near neighbours (a vague "a number of", an act with a
day of its own or in a happening, a share of a group, a plain count of an act) stay. Sentences
made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

COUNTED = [
    ("The number of police officers killed on duty rose to 45 in 2019.", "ASSAULT"),
    ("The rate of people killed by police doubled between 2015 and 2018.", "ASSAULT"),
    ("The total of journalists detained worldwide reached a record last year.", "COERCE"),
    ("Police arrested 4,500 people in 2020, a 15 percent increase from those arrested in 2019.",
     "COERCE"),
    ("The number of protesters arrested since January has passed 2,000.", "COERCE"),
    ("The number of migrants detained at sea fell by half in 2020.", "COERCE"),
    ("The rate of migrants deported has doubled since 2019.", "COERCE"),
    ("The tally of journalists killed since 2010 has reached 80.", "ASSAULT"),
    ("The toll of civilians killed by drones since 2015 is unknown.", "ASSAULT"),
    ("The average number of protesters arrested per month rose in 2020.", "COERCE"),
    ("The number of people arrested for drug trafficking climbed to 3,200 in 2018.", "COERCE"),
    ("There were 90 activists arrested in the province in 2016, a 20 percent drop from those "
     "arrested in 2015.", "COERCE"),
]
ACTS = [
    ("A number of people arrested on Monday were released on bail.", "COERCE"),
    ("The number of people killed in Tuesday's attack rose to 14.", "ASSAULT"),
    ("Police arrested 30 protesters in the capital on Friday.", "COERCE"),
    ("Gunmen killed 12 people on Tuesday.", "ASSAULT"),
    ("Two of the men arrested in the raid on Sunday were released.", "COERCE"),
    ("Around 60 percent of those detained in the raids were later released.", "COERCE"),
    ("Half of those wounded in the clashes were police officers.", "ASSAULT"),
    ("The number of people killed in clashes rose to 14.", "ASSAULT"),
]


@pytest.mark.parametrize("text,plover", COUNTED)
def test_those_a_statistic_counts_are_no_event(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", ACTS)
def test_acts_with_a_day_or_a_vague_count_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
