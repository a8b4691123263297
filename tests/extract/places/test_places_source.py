"""Probe sentences (made up for these tests, not taken from any data set; the web addresses are
made up too) for the home region of a local source (issue 19, item 5): the town a source's web
address names is context for the article's names. Each probe is resolved as ``sitrep eval geo``
scores a gold span (``resolved_place``), once with its address and once without: the probes of
``CHANGES`` must move to the expected place with the address, and their near neighbours of
``STAYS`` must resolve the same either way."""

from __future__ import annotations

import pytest

from samples import resolved_place
from sitrep.extract.places.mention import km
from sitrep.extract.places.source import source_towns

DUBLIN_OH, MANSFIELD_TX, RICHMOND_BC = (40.10, -83.11), (32.56, -97.14), (49.17, -123.14)
SPRINGFIELD_MA, SPRINGFIELD_IL, ATHENS_GA = (42.10, -72.59), (39.80, -89.64), (33.96, -83.38)
JACKSON_TN, AURORA_IL, HAMILTON_OH = (35.61, -88.81), (41.76, -88.32), (39.40, -84.56)
LANCASTER_PA, FRANKFORT_KY, ROCHESTER_MN = (40.04, -76.31), (38.20, -84.87), (44.02, -92.47)
PERTH_SCO = (56.40, -3.43)

# the address names the paper's town (or a section's town near it): the names of the article
# are read near it
CHANGES = [
    ("The Dublin school board approved a new bus route on Tuesday.", "Dublin", DUBLIN_OH,
     "https://www.columbusdispatch.com/local/dublin/story"),
    ("Dublin police said the crash closed the bridge for two hours.", "Dublin", DUBLIN_OH,
     "http://www.columbuslocalnews.com/dublin_news/story.html"),
    ("The Mansfield city council delayed the vote on the new park.", "Mansfield", MANSFIELD_TX,
     "https://www.dallasnews.com/news/2020/01/02/vote"),
    ("The mayor of Richmond opened the new library branch.", "Richmond", RICHMOND_BC,
     "https://www.vancouversun.com/news/local-news/library"),
    ("The Springfield council met on Monday to discuss the budget.", "Springfield",
     SPRINGFIELD_MA, "https://www.bostonglobe.com/metro/budget"),
    ("A water main break flooded streets in Springfield.", "Springfield", SPRINGFIELD_IL,
     "https://www.chicagotribune.com/news/local/water"),
    ("Police in Athens arrested a man after a chase.", "Athens", ATHENS_GA,
     "https://www.atlantanewsnow.com/news/crime/chase"),
    ("A tornado damaged homes in Jackson on Friday night.", "Jackson", JACKSON_TN,
     "https://www.memphisnews.com/news/tornado"),
    ("Officials in Aurora said the water is safe to drink.", "Aurora", AURORA_IL,
     "https://www.chicagotribune.com/suburbs/water"),
    ("Rescuers pulled two men from the river near Hamilton.", "Hamilton", HAMILTON_OH,
     "https://www.cincinnati.com/story/news/rescue"),
    ("The Lancaster city council approved a new budget.", "Lancaster", LANCASTER_PA,
     "https://www.philadelphiainquirer.com/news/budget"),
    ("A school bus crashed on the highway outside Frankfort.", "Frankfort", FRANKFORT_KY,
     "https://www.louisvillenews.com/news/crash"),
    ("Heavy snow closed schools in Rochester on Tuesday.", "Rochester", ROCHESTER_MN,
     "https://www.minneapolisnews.com/news/snow"),
]


@pytest.mark.parametrize(("text", "name", "point", "url"), CHANGES)
def test_the_town_of_a_source_address_places_the_articles_names(pipeline, text, name, point,
                                                                 url):
    without = resolved_place(pipeline, text, name)
    with_address = resolved_place(pipeline, text, name, url)
    assert km(with_address, point) <= 161, (with_address.name, with_address.admin1)
    assert km(without, point) > 161  # the probe tests the address, not the sentence


# near neighbours: the address says nothing (no town, a slug, the town the article names
# alone), or the article's own words are stronger than the paper's town
STAYS = [
    # the article names the country of a famous place
    ("The president flew to Paris for talks with the French prime minister in France.", "Paris",
     "https://www.chicagotribune.com/news/world/talks"),
    # a capital beside its country
    ("Protesters marched in Dublin, Ireland, against the new tax.", "Dublin",
     "https://www.columbusdispatch.com/news/world/protest"),
    # a town in the words of the headline (the article's slug) is not the paper's town
    ("Heavy rain flooded roads in Springfield on Sunday.", "Springfield",
     "https://www.example.com/news/2020/boston-weather-flooding-roads"),
    ("Heavy rain flooded roads in Springfield on Sunday.", "Springfield",
     "https://www.example.com/boston-weather-flooding-roads"),
    # the address names the article's own town and nothing more about where it is
    ("The City of Paris supports the new tree project in Paris.", "Paris",
     "http://www.parisbeacon.com/articles/news/trees.txt"),
    # words of web addresses are no towns
    ("A fire at a warehouse in Hamilton injured two workers.", "Hamilton",
     "https://www.dailystar.com/news/local/fire"),
    ("A fire at a warehouse in Hamilton injured two workers.", "Hamilton",
     "https://www.thetimes-herald.com/news/local/fire"),
    # a country named by the address keeps its own capital
    ("Flooding closed the main road into Kingston on Monday.", "Kingston",
     "https://www.jamaica-gleaner.com/news/flood"),
    # a British domain: a town of that name in Britain, else nothing
    ("Residents of Bristol protested against the new road.", "Bristol",
     "https://www.knoxnews.co.uk/story/news/road"),
    # the town's own state in the sentence is stronger than a far paper
    ("Voters in Portland, Oregon, approved the school bond.", "Portland",
     "https://www.bangornews.com/news/schools"),
    ("Two men from Carrollton, Georgia, were arrested after the robbery.", "Carrollton",
     "https://www.dallasnews.com/news/crime/story"),
    # a section about a far namesake of another town is no evidence of the paper's town
    ("The Columbia city council met on Monday.", "Columbia",
     "https://www.charlottenews.com/moscow/council"),
]


@pytest.mark.parametrize(("text", "name", "url"), STAYS)
def test_an_address_without_a_town_of_its_own_changes_nothing(pipeline, text, name, url):
    assert resolved_place(pipeline, text, name, url).id == resolved_place(pipeline, text,
                                                                          name).id


ADDRESSES = [
    ("http://www.columbuslocalnews.com/articles/dublin_news/news/story.txt",
     [("Columbus", "OH"), ("Dublin", "OH")]),
    ("https://www.perthshireadvertiser.co.uk/news/local-news/fire", [("Perth", "SCT")]),
    ("https://www.star-telegram.com/news/local/arlington/article1.html", [("Arlington", "TX")]),
    ("https://www.gainesvilleregister.com/local/story", [("Gainesville", "FL")]),
    ("https://toronto.ctvnews.ca/fire-in-the-east-end-1.123", [("Toronto", "08")]),
    ("https://www.theguardian.com/world/2020/jan/02/story", []),
    ("https://www.example.com/news/north-carolina/story", []),
    ("https://www.example.com/news/europe/story", []),
    ("https://www.dailystar.com/news/world/paris-attack-suspects-charged", []),
    ("not a web address at all", []),
]


@pytest.mark.parametrize(("url", "towns"), ADDRESSES)
def test_the_towns_a_web_address_names(pipeline, url, towns):
    from sitrep.extract.places.rules import home_country

    found = source_towns(pipeline.gazetteer, url, home_country(url))
    assert [(c.name, c.admin1) for c in found] == towns
