"""Probe sentences (made up for these tests, not taken from any data set) for a big town of the
source's own country that shares its name with a capital abroad (issue 19, item 5: the home
region of a local source): "London" in a Canadian paper is London, Ontario, "Tripoli" in a
Lebanese one is Tripoli, Lebanon, unless the article names the capital's country (a place or an
adjective: "British officials"). Near neighbours: the same sentences from sources of other
countries, or with the capital's country named, keep the capital. The name's span is resolved
as ``sitrep eval geo`` scores a gold span."""

from __future__ import annotations

import pytest

from samples import resolved_place

LONDON_ON, LONDON_UK = "London, CAN", "London, GBR"
TRIPOLI_LB, TRIPOLI_LY = "Tripoli, LBN", "Tripoli, LBY"

HOME_TOWN = [
    ("City council voted to widen the road in London on Tuesday.",
     "London", "https://lfpress.ca/news/local/1", LONDON_ON),
    ("A jazz festival returns to London this summer, organisers said.",
     "London", "https://www.lfpress.ca/entertainment/2", LONDON_ON),
    ("Two men were charged after a fight in downtown London.",
     "London", "https://www.ctvnews.ca/london/3", LONDON_ON),
    ("The mayor of London opened the new library branch.",
     "London", "https://globalnews.ca/news/4", LONDON_ON),
    ("Flooding closed two bridges in London overnight.",
     "London", "https://www.cbc.ca/news/canada/london/5", LONDON_ON),
    ("Students in London returned to class after the strike ended.",
     "London", "https://www.cp24.ca/news/6", LONDON_ON),
    ("Clashes in Tripoli left three people wounded overnight.",
     "Tripoli", "https://www.dailystar.com.lb/news/7", TRIPOLI_LB),
    ("Gunfire was heard in Tripoli on Sunday night.",
     "Tripoli", "https://nna-leb.gov.lb/en/8", TRIPOLI_LB),
    ("Fishermen in Tripoli protested against the fuel prices.",
     "Tripoli", "https://www.lbcgroup.tv.lb/news/9", TRIPOLI_LB),
    ("The school board in Athens met on Monday night.",
     "Athens", "https://www.athensbanner.us/news/10", "Athens, USA"),
]

CAPITAL = [
    ("The talks in London ended without a deal, British officials said.",
     "London", "https://www.cbc.ca/news/world/11", LONDON_UK),
    ("The Prime Minister flew to London to meet the British Prime Minister.",
     "London", "https://www.theglobeandmail.ca/politics/12", LONDON_UK),
    ("Protesters marched in London against the war.",
     "London", "https://www.bbc.co.uk/news/13", LONDON_UK),
    ("Protesters marched in London against the war.",
     "London", "https://www.nytimes.com/14", LONDON_UK),
    ("Envoys met in London and Paris to discuss the war in England's press.",
     "London", "https://www.cbc.ca/news/world/15", LONDON_UK),
    ("Clashes in Tripoli left three people wounded overnight.",
     "Tripoli", "https://www.bbc.co.uk/news/16", TRIPOLI_LY),
    ("Clashes in Tripoli left three people wounded, Libyan officials said.",
     "Tripoli", "https://www.dailystar.com.lb/news/17", TRIPOLI_LY),
    ("Police in Kingston arrested two men after a break-in downtown.",
     "Kingston", "https://www.bbc.co.uk/news/18", "Kingston, JAM"),
    ("Police in Paris arrested three men after the attack.",
     "Paris", "https://www.lemonde.fr/19", "Paris, FRA"),
    ("Traffic was heavy in Berlin after the match.",
     "Berlin", "https://www.dw.de/20", "Berlin, DEU"),
    ("The embassy in Athens was closed on Monday.",
     "Athens", "https://www.ajc.com/21", "Athens, GRC"),
]


@pytest.mark.parametrize("text,name,url,expected", HOME_TOWN)
def test_a_big_town_of_the_sources_country_wins_over_a_capital_abroad(pipeline, text, name,
                                                                       url, expected):
    c = resolved_place(pipeline, text, name, url)
    assert f"{c.name}, {c.country}" == expected


@pytest.mark.parametrize("text,name,url,expected", CAPITAL)
def test_the_capital_stays_where_the_source_or_the_article_points_to_it(pipeline, text, name,
                                                                         url, expected):
    c = resolved_place(pipeline, text, name, url)
    assert f"{c.name}, {c.country}" == expected
