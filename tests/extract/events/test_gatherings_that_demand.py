"""A crowd that gathers to demand or denounce something protests (PROTEST/demo; issue 15's
recall on held-out articles: "relatives of inmates gathered outside the prison demanding
information", "thousands banged pots and pans in the square, demanding an end to inequality"
were read as requests only): a verb of assembling ("gather", "assemble", "converge",
"congregate") with a clause or purpose of demanding, chanting, denouncing or protesting, and
pots and pans banged. People gathered to wait, to mourn or to shop, and pots banged in a
kitchen stay no PROTEST.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

PROTESTS = [
    "Relatives of inmates gathered outside the prison demanding information.",
    "Hundreds of farmers gathered in front of the ministry, demanding higher prices.",
    "Students assembled on the campus chanting slogans against the rector.",
    "Crowds converged on the square to demand the release of the activists.",
    "Dozens of nurses gathered outside the hospital to protest the cuts.",
    "Families of the missing gathered at the governor's office, demanding answers.",
    "Residents congregated near the town hall denouncing the new tax.",
    "Thousands of people banged pots and pans in the main square.",
    "Neighbours banged pots and pans from their balconies to protest the curfew.",
    "Hundreds of workers gathered at the factory gate calling for unpaid wages.",
    "About 300 fishermen gathered at the port to denounce the ban.",
]
NOT_PROTESTS = [
    "Relatives gathered outside the hospital waiting for news.",
    "Mourners gathered at the cemetery on Sunday.",
    "Shoppers gathered early to buy bread.",
    "The cook banged the pots in the kitchen.",
    "Investigators gathered evidence at the scene.",
    "Fans gathered in the square to watch the match.",
    "The children assembled in the hall for the concert.",
    "Workers assembled the cars at the plant.",
    "Families gathered to celebrate the holiday.",
    "Birds gathered on the roof.",
]


@pytest.mark.parametrize("text", PROTESTS)
def test_crowd_gathered_to_demand_is_protest(pipeline, text: str) -> None:
    assert "PROTEST" in plover_types(text)


@pytest.mark.parametrize("text", NOT_PROTESTS)
def test_gatherings_to_wait_mourn_or_watch_are_no_protest(pipeline, text: str) -> None:
    assert "PROTEST" not in plover_types(text)
