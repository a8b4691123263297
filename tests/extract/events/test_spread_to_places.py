"""Protests that spread to named places are happenings there, no trend (issue 15's recall on
held-out articles: "Protests also spread to Batumi, Kutaisi and Zugdidi" was read as a trend
and dropped). A protest noun whose verb "spread" goes "to" or "into" a place (a place name, or a
noun of towns and regions) is a PROTEST; protests that grow, become frequent or spread with no
place, and news, word or rumours of a protest that spread, stay no PROTEST.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

SPREAD = [
    "Protests also spread to Tartu and Narva.",
    "But protests spread to Valparaíso and other cities over the weekend.",
    "The demonstrations spread to Lyon on Tuesday.",
    "Rallies quickly spread to the capital.",
    "Strikes spread to the ports of the south on Monday.",
    "The riots spread to three more towns overnight.",
    "By Sunday the protests had spread to Mombasa and Kisumu.",
    "Marches spread to several cities across the country.",
    "Demonstrations have spread to Aleppo and Homs.",
    "The protests spread into neighbouring districts on Thursday.",
    "Riots spread to the suburbs of Paris at the weekend.",
    "The strike spread to Gdansk on Wednesday.",
]
NOT_SPREAD = [
    "Protests have spread across the region in recent years.",
    "Protests spread like wildfire on social media.",
    "Rumours of a march spread to the capital.",
    "The fire spread to nearby homes.",
    "Protests have become more frequent.",
    "Strikes have increased in the north.",
    "The protests grew in size over the past year.",
    "The virus spread to Lyon in March.",
]


@pytest.mark.parametrize("text", SPREAD)
def test_protests_spread_to_a_place_are_protest(pipeline, text: str) -> None:
    assert "PROTEST" in plover_types(text)


@pytest.mark.parametrize("text", NOT_SPREAD)
def test_trends_and_news_of_protests_are_no_protest(pipeline, text: str) -> None:
    assert "PROTEST" not in plover_types(text)
