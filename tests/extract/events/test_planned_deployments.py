"""Deployments planned for a deadline (MOBILIZE, flag future): "3,000 recruits would be deployed
before the end of the year" is one deployment to come, not a running total of a year; coast
guard craft sent to a disputed sea are a show of force, not a rescue. Neighbours: counts of past
acts over a year stay no event ("250 people were arrested in 2019"), and coast guard craft sent
on a rescue or to an accident stay no MOBILIZE. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

PLANNED = [
    "The ministry said some 2,000 new recruits would be deployed to the north before the end "
    "of the year.",
    "The army said 4,000 soldiers will be deployed along the border by the end of the year.",
    "Officials said 600 police officers would be sent to the province later this year.",
    "The government announced that 1,500 troops would be deployed to the region in 2022.",
    "The navy said three frigates will be deployed to the strait before the end of the year.",
    "The minister said 800 more gendarmes would be dispatched to the north this year.",
    "The defence ministry said 2,500 reservists would be mobilised before the year is out.",
    "The general said 1,200 marines would be deployed to the island by December.",
    "The interior minister said two more coast guard cutters would be deployed to the shoal "
    "next week.",
    "Three coast guard vessels were deployed to the disputed reef on Monday.",
    "The government sent two coast guard ships to the disputed waters on Friday.",
    "Four coast guard patrol boats will be deployed around the islands this month.",
]
# counts of past acts over a year: no event of any type
YEARLY = [
    "Some 250 people were arrested in 2019.",
    "More than 300 soldiers were killed in 2020.",
    "About 1,200 protesters were detained last year.",
    "Some 3,000 migrants were deported in 2018.",
]
NOT_PLANNED = [
    "A coast guard helicopter was sent to search for the missing fishermen.",
    "Two coast guard boats were dispatched to the scene of the collision on Monday.",
    "Coast guard crews were sent to rescue the stranded sailors.",
    "A coast guard cutter was deployed to the site of the oil spill.",
    "Rescue teams were sent to the scene of the crash on Sunday.",
]


@pytest.mark.parametrize("text", PLANNED)
def test_planned_or_coast_guard_deployment_is_mobilize(pipeline, text: str) -> None:
    assert "MOBILIZE" in plover_types(text)


@pytest.mark.parametrize("text", NOT_PLANNED)
def test_yearly_counts_and_rescues_are_no_mobilize(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "MOBILIZE" not in types


@pytest.mark.parametrize("text", YEARLY)
def test_counts_over_a_past_year_stay_no_event(pipeline, text: str) -> None:
    assert plover_types(text) == []
