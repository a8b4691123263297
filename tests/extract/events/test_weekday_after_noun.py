"""A weekday written just after an event noun, as news writes the day of a happening ("in a
rally Saturday"), is the noun's own day (``dated.date_after_noun``), even where the parser hangs
it on a relative clause of the past ("paid tribute to the men who launched the revolution
decades ago in a rally Saturday"): the happening is the news, not background. Made-up
sentences; near neighbours with an earlier date of their own stay background."""

from __future__ import annotations

import pytest
from tests.samples import check_background

PUBLISHED = "2021-03-10"

# 9 of these 12 were background before the change
NEWS_DAY_AFTER_NOUN = [
    (
        "Tens of thousands of people paid tribute to the men who launched the revolution more "
        "than four decades ago in a rally Saturday demanding the return of the boy.",
        "rally",
    ),
    (
        "Veterans remembered the soldiers who died in the war years ago at a protest Monday "
        "outside parliament.",
        "protest",
    ),
    (
        "The group that staged the coup decades ago held talks Monday with the new government.",
        "talks",
    ),
    (
        "Relatives of those who vanished under the junta decades ago held a protest Thursday in "
        "the main square.",
        "protest",
    ),
    ("Students who led the uprising years ago addressed a rally Sunday in the capital.", "rally"),
    (
        "The party that ruled the country decades ago organized a march Saturday in the capital.",
        "march",
    ),
    (
        "Exiles who fled the country years ago joined a protest Sunday outside the embassy.",
        "protest",
    ),
    ("Police arrested the men who robbed the bank last year in a raid Monday.", "raid"),
    (
        "Soldiers who fought in the war decades ago staged a protest Friday over pensions.",
        "protest",
    ),
    (
        "Farmers who lost their land years ago joined a demonstration Tuesday in the capital.",
        "demonstration",
    ),
    ("Workers who were laid off last year staged a strike Monday at the port.", "strike"),
    (
        "Survivors mourned the miners who were killed in the collapse decades ago at a vigil "
        "Friday, and then staged a protest Saturday at the mine.",
        "protest",
    ),
]
BACKGROUND = [
    ("Police arrested a man in the 2015 bombing Monday.", "bombing"),
    ("Thousands marched in a rally last year against the war.", "rally"),
    ("The rebels launched an attack two years ago on the town, survivors said Monday.", "attack"),
    ("Two years ago, the army crushed a protest in the square.", "protest"),
    ("Veterans who fought in the war decades ago held a protest in March 2019.", "protest"),
]


@pytest.mark.parametrize(("text", "trigger"), NEWS_DAY_AFTER_NOUN)
def test_weekday_after_the_noun_keeps_it_news(text: str, trigger: str) -> None:
    check_background(text, trigger, False, PUBLISHED)


@pytest.mark.parametrize(("text", "trigger"), BACKGROUND)
def test_earlier_date_of_its_own_stays_background(text: str, trigger: str) -> None:
    check_background(text, trigger, True, PUBLISHED)
