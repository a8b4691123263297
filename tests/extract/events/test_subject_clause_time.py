"""A time adverbial that closes the relative clause of a verb's subject ("Families who lost
relatives in the massacre years ago met the president on Tuesday"), which the parser hangs on
the main verb, dates the relative clause (``dated.subject_tails``): the main act keeps the news
day, and the act of the relative clause is background. Made-up sentences; near neighbours with
the time fronted before the subject, or inside the main clause, keep their reading."""

from __future__ import annotations

import pytest
from tests.samples import check_background

PUBLISHED = "2021-03-10"

# 11 of these 12 were background before the change
MAIN_ACT_NEWS = [
    (
        "Soldiers who fought in the war decades ago staged a protest on Friday over pensions.",
        "protest",
    ),
    ("Families who lost relatives in the massacre years ago met the president on Tuesday.", "met"),
    (
        "Veterans who served in the army decades ago marched through the capital on Sunday.",
        "marched",
    ),
    (
        "Farmers who lost land in the flood years ago protested outside parliament on Monday.",
        "protested",
    ),
    ("Miners who worked in the pit decades ago rallied at the town hall on Saturday.", "rallied"),
    ("Refugees who fled from the war years ago met the minister on Wednesday.", "met"),
    ("Exiles who lived in the capital decades ago signed a petition on Thursday.", "signed"),
    ("Workers who were injured in the blast years ago sued the company on Monday.", "sued"),
    ("Widows who lost husbands in the mine decades ago blocked the road on Friday.", "blocked"),
    ("Officers who trained in the academy years ago arrested the mayor on Tuesday.", "arrested"),
    (
        "Lawyers who worked for the party decades ago criticized the verdict on Monday.",
        "criticized",
    ),
    (
        "Residents who moved to the village years ago demonstrated against the mine on Saturday.",
        "demonstrated",
    ),
]
# 3 of these 5 were news before the change
RELATIVE_ACT_BACKGROUND = [
    (
        "Soldiers who fought in the war decades ago staged a protest on Friday over pensions.",
        "fought",
    ),
    ("Workers who were injured in the blast years ago sued the company on Monday.", "injured"),
    (
        "Survivors who were wounded in the bombing years ago visited the memorial on Sunday.",
        "wounded",
    ),
    ("The militants who attacked the base three years ago surrendered on Tuesday.", "attacked"),
    ("The officer who shot a teenager two years ago was arrested on Monday.", "shot"),
]
FRONTED_OR_OWN = [
    (
        "Two years ago, soldiers who fought in the war staged a protest in the capital.",
        "protest",
        True,
    ),
    (
        "Protesters who had marched in the capital on Monday were arrested years ago.",
        "arrested",
        True,
    ),
    (
        "The militants who attacked the base three years ago surrendered on Tuesday.",
        "surrendered",
        False,
    ),
]


@pytest.mark.parametrize(("text", "trigger"), MAIN_ACT_NEWS)
def test_main_act_keeps_the_news_day(text: str, trigger: str) -> None:
    check_background(text, trigger, False, PUBLISHED)


@pytest.mark.parametrize(("text", "trigger"), RELATIVE_ACT_BACKGROUND)
def test_relative_clause_act_takes_the_tail(text: str, trigger: str) -> None:
    check_background(text, trigger, True, PUBLISHED)


@pytest.mark.parametrize(("text", "trigger", "background"), FRONTED_OR_OWN)
def test_fronted_or_own_time_unchanged(text: str, trigger: str, background: bool) -> None:
    check_background(text, trigger, background, PUBLISHED)
