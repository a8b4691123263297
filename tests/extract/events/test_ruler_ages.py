"""A past act dated by the rule of a person named ("executed under Saddam Hussein", "in the
days of Mengistu", "in Saddam Hussein's time"), on made-up sentences: the age of that person's
rule is an earlier one the article recalls, background (``careers.under_a_ruler``). Near
neighbours: an act with a day of its own, in a future or a present perfect, or under a
person's thing ("under Erdogan's new law", "under the instructions of"), stays news."""

from __future__ import annotations

import pytest
from tests.samples import check_background

PUBLISHED = "2021-03-10"

# 11 of these 12 were news before the change ("during the reign of" was background already)
RULERS_AGES = [
    ("Thousands of Kurds were executed under Saddam Hussein, the report said.", "executed"),
    ("Egypt cooperated closely with Washington in the times of Carter.", "cooperated"),
    ("Under Stalin, the secret police deported whole nations to Siberia.", "deported"),
    ("Soldiers burned dozens of villages in the days of Mengistu, survivors said.", "burned"),
    ("Under Franco, the regime jailed thousands of trade unionists.", "jailed"),
    ("Under Marcos, soldiers killed hundreds of farmers in the province.", "killed"),
    ("Under Ceausescu, the police detained thousands of people.", "detained"),
    ("In the time of Idi Amin, soldiers massacred villagers in the north.", "massacred"),
    ("Many dissidents were tortured under Augusto Pinochet, the commission found.", "tortured"),
    ("In Saddam Hussein's time, the army shelled Kurdish towns.", "shelled"),
    (
        "Under Slobodan Milosevic, the police expelled Albanian teachers from their schools.",
        "expelled",
    ),
    ("During the reign of Nicolae Ceausescu, the army shot protesters in Timisoara.", "shot"),
]
NEWS = [
    ("Police arrested three protesters on Monday under Erdogan's new law.", "arrested"),
    ("Under Biden, the US will send troops to Poland.", "send troops"),
    ("The police arrested him under the instructions of Mamuka Shengelia on Monday.", "arrested"),
    ("Under Modi, the government has detained hundreds of activists.", "detained"),
    ("Police arrested two men on Tuesday during the visit of Putin.", "arrested"),
    (
        "Protesters marched on Tuesday in the capital under the eyes of Lukashenko's police.",
        "marched",
    ),
    ("Troops fired on the crowd during the speech of President Ruto on Monday.", "fired"),
    ("Under Article 5, the allies sent troops to the border.", "sent troops"),
]


@pytest.mark.parametrize(("text", "trigger"), RULERS_AGES)
def test_act_in_a_rulers_age_is_background(text: str, trigger: str) -> None:
    check_background(text, trigger, True, PUBLISHED)


@pytest.mark.parametrize(("text", "trigger"), NEWS)
def test_act_of_the_news_near_a_rulers_name_stays_news(text: str, trigger: str) -> None:
    check_background(text, trigger, False, PUBLISHED)
