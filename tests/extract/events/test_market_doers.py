"""Facts of the economy told with conflict words (events/senses/life/markets.py,
``traded_subject``; events/senses/public/opinions.py, ``_thing_state``): a price, a share or a
market as the doer ("oil prices attacked the yearly lows", "stocks fought back", "the dollar
retreated") and a company granting a state of a thing ("conceded that its profits would fall")
are no ASSAULT, RETREAT or CONCEDE. Near neighbours (people of the markets acting, an admission
of a fault, of a deed or of defeat) stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

FACTS = [
    ("Oil prices attacked the yearly lows on Monday.", "ASSAULT"),
    ("Stocks fought back in afternoon trading.", "ASSAULT"),
    ("Shares of the retailer surrendered early gains.", "RETREAT"),
    ("The dollar retreated against the yen.", "RETREAT"),
    ("The stock market clashed with bond yields.", "ASSAULT"),
    ("Copper prices surrendered their gains after the report.", "RETREAT"),
    ("The yen retreated from its highs after the data.", "RETREAT"),
    ("Gold prices attacked the $2,000 mark again.", "ASSAULT"),
    ("The pound retreated sharply against the euro on Thursday.", "RETREAT"),
    ("The bank conceded that its profits would fall this year.", "CONCEDE"),
    ("The carmaker admitted that demand had weakened in Europe.", "CONCEDE"),
    ("The retailer conceded that margins would shrink next year.", "CONCEDE"),
    ("The mining company conceded that output would drop in the third quarter.", "CONCEDE"),
]
ACTS = [
    ("Investors protested outside the bank on Monday.", "PROTEST"),
    ("Mayor Bond resigned from the council on Monday.", "RETREAT"),
    ("Stock retreated from the front line with his men on Monday.", "RETREAT"),
    ("Traders attacked a guard at the exchange on Friday.", "ASSAULT"),
    ("The market was attacked by gunmen on Saturday.", "ASSAULT"),
    ("The minister conceded that the army had made mistakes.", "CONCEDE"),
    ("The government admitted that its soldiers had killed the civilians.", "CONCEDE"),
    ("The company admitted that mistakes were made in the audit.", "CONCEDE"),
    ("The army conceded defeat in the battle for the town on Sunday.", "CONCEDE"),
]


@pytest.mark.parametrize("text,plover", FACTS)
def test_prices_and_states_of_things_are_no_conflict(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", ACTS)
def test_acts_of_people_and_admitted_faults_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
