"""Tolls of past events inside a current story are background (made-up probes, published
2024-05-06): a relative clause after a noun dated by an earlier year ("the 2008 war, in which
1,400 died", "since 1998, when 3,000 people were killed"), and a subject dated by one ("the
2004 tsunami killed ..."); a year of publication or a comparison with no toll stays current
(``periods._past_year``, ``periods._antecedent``). Rows: (text, [(low, background)])."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

CASES = [
    ("Twelve people were killed on Monday, the worst violence since the 2008 war, in which "
     "1,400 died.", [(12, False), (1400, True)]),
    ("It was the worst flood since 1998, when 3,000 people were killed.", [(3000, True)]),
    ("The 2004 tsunami killed some 230,000 people; on Monday a smaller wave killed six.",
     [(230000, True), (6, False)]),
    ("The 1999 earthquake, which killed 17,000 people, still haunts the city.",
     [(17000, True)]),
    ("Locals recalled the 2015 blast, in which 43 people were injured.", [(43, True)]),
    ("The storm was the strongest since 2010, when 90 people died.", [(90, True)]),
    # neighbours
    ("The 2024 floods have killed 12 people so far.", [(12, False)]),
    ("Nine people died on Friday, the deadliest attack since 2019.", [(9, False)]),
    ("Fourteen soldiers have been killed since January.", [(14, False)]),
    ("Two men were arrested in the town, which has 2,000 residents.", [(2, False)]),
    ("Police arrested five people at the 2024 rally, in which three officers were hurt.",
     [(5, False), (3, False)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_toll_of_a_past_year_is_background(pipeline, text, expected):
    result = pipeline.process(Article(text=text, published=dt.date(2024, 5, 6)))
    assert sorted((c.low, c.background) for c in result.claims) == sorted(expected)
